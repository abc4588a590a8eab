"""Long work off the GUI thread: a QRunnable whose result comes back as a signal.

Work that can report progress takes a `Progress` argument: it reports how far it got, and
raises `Cancelled` from `report` once the user pressed Cancel.

Building the demo or copying a large file must not freeze the window on the projector. `run`
starts the work on a thread pool and calls `done` or `failed` on the GUI thread (signals of a
QObject the runnable holds, since the pool deletes the runnable). Tests may pass
`synchronous=True` (or set `Operation.synchronous`) to run in line, as Picard's tests do.
Work that must write the window's workshop file passes that step to `on_gui_thread`: only the
GUI thread writes the file.

A worker may outlive the window that started it: the first backup is still copying when the
facilitator quits, and as Python shuts down PySide6 deletes the signals object the worker was
going to tell. Every signal a worker sends therefore goes through `OperationSignals.send`,
which drops it when its object is gone, and the app waits for the workers under way before it
ends (`finish_running`), asking those that can stop to stop.
"""

from __future__ import annotations

import sqlite3
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from workshop.errors import WorkshopError


class Cancelled(Exception):
    """Raised inside work the user cancelled; nothing of it is kept."""


class OperationSignals(QObject):
    """The signals of one operation; lives on the GUI thread."""

    done = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    progress = Signal(int, int)  # done, total

    def __init__(self) -> None:
        super().__init__()
        self.stop = threading.Event()

    def cancel(self) -> None:
        """Ask the work to stop at its next progress report."""
        self.stop.set()

    def send(self, name: str, *args: Any) -> None:
        """Emit the signal `name` from the worker, unless this object is already deleted (the
        app is ending): nobody is left to tell, and the worker must end quietly."""
        if not shiboken6.isValid(self):
            return
        try:
            getattr(self, name).emit(*args)
        except RuntimeError:  # deleted between the check and the emit
            pass


# Operations under way: their signals must outlive the runnable the pool deletes, until the
# result has been delivered on the GUI thread.
_running: set[OperationSignals] = set()
T = TypeVar("T")


class _GuiThreadCall:
    """One call a worker asks the GUI thread to make, and its outcome."""

    def __init__(self, work: Callable[[], Any]) -> None:
        self.work = work
        self.result: Any = None
        self.error: BaseException | None = None
        self.done = threading.Event()
        self.abandoned = False  # the worker stopped waiting (the app is ending): never run it

    def run(self) -> None:
        if self.abandoned:
            return
        try:
            self.result = self.work()
        except BaseException as error:  # handed back to the worker, which raises it
            self.error = error
        finally:
            self.done.set()


class _GuiThreadCalls(QObject):
    """Carries calls from workers to the GUI thread (it lives there: made at import, by the
    main thread)."""

    call = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.call.connect(self.run)

    @Slot(object)
    def run(self, call: _GuiThreadCall) -> None:
        call.run()


_gui_thread_calls = _GuiThreadCalls()
# Set once the app is ending (finish_running): the GUI thread no longer takes calls.
_finishing = threading.Event()


def on_gui_thread(work: Callable[[], T]) -> T:
    """Make the call `work()` on the GUI thread, wait for it, and return its result (or raise
    its error): for a worker's step that writes the window's workshop file, which only the GUI
    thread writes. On the GUI thread itself (operations run in line) it is just called.

    Raises Cancelled if the application quits before the GUI thread got to it.
    """
    if threading.current_thread() is threading.main_thread():
        return work()
    call = _GuiThreadCall(work)
    _gui_thread_calls.call.emit(call)
    while not call.done.wait(0.1):
        if QCoreApplication.closingDown() or _finishing.is_set():
            call.abandoned = True
            raise Cancelled
    if call.error is not None:
        raise call.error
    return call.result


class Progress:
    """Handed to work that reports progress; `report` raises Cancelled once cancelled."""

    def __init__(self, signals: OperationSignals) -> None:
        self.signals = signals

    def report(self, done: int, total: int) -> None:
        """Say how far the work got (any unit); stop here if the user cancelled."""
        self.tell(done, total)
        if self.signals.stop.is_set():
            raise Cancelled

    def tell(self, done: int, total: int) -> None:
        """Say how far the work got, for work that stops on its own (`stop_requested`)."""
        self.signals.send("progress", done, total)

    def stop_requested(self) -> bool:
        """Whether the user pressed Cancel; for work that stops between steps of its own."""
        return self.signals.stop.is_set()


class Operation(QRunnable):
    """One call run on the thread pool; the result or the user's message comes back by signal."""

    synchronous = False  # tests set this to run every operation in line

    def __init__(self, work: Callable[..., Any], with_progress: bool = False) -> None:
        super().__init__()
        self.work = work
        self.with_progress = with_progress
        self.signals = OperationSignals()

    def run(self) -> None:
        try:
            if self.with_progress:
                result = self.work(Progress(self.signals))
            else:
                result = self.work()
        except Cancelled:
            self.signals.send("cancelled")
        except WorkshopError as error:
            self.signals.send("failed", error.message)
        except OSError as error:
            self.signals.send("failed", str(error.strerror or error))
        except Exception as error:  # a defect: still one message, and the app keeps running
            traceback.print_exc()
            self.signals.send("failed", QCoreApplication.translate(
                "operations", "Unexpected error ({kind}: {error}); please report it with what "
                "you were doing.").format(kind=type(error).__name__, error=error))
        else:
            self.signals.send("done", result)


def run(work: Callable[..., Any], done: Callable[[Any], None],
        failed: Callable[[str], None], synchronous: bool | None = None,
        with_progress: bool = False,
        cancelled: Callable[[], None] | None = None) -> OperationSignals:
    """Run `work` off the GUI thread; `done(result)` or `failed(message)` follow on it.

    With `with_progress`, work is called with a `Progress`; connect to the returned signals'
    `progress` and `cancelled`, and call their `cancel()` to stop it.
    """
    operation = Operation(work, with_progress)
    signals = operation.signals
    signals.done.connect(done)
    signals.failed.connect(failed)
    if cancelled is not None:
        signals.cancelled.connect(cancelled)
    _running.add(signals)
    for finished in (signals.done, signals.failed, signals.cancelled):
        finished.connect(lambda *_args: _running.discard(signals))
    if Operation.synchronous if synchronous is None else synchronous:
        operation.setAutoDelete(False)
        operation.run()
    else:
        QThreadPool.globalInstance().start(operation)
    return signals


def finish_running(timeout_ms: int = 60_000) -> bool:
    """Before the app ends: ask the operations under way to stop (a merge or a report stops at
    its next step; a backup finishes its copy) and wait for their workers; whether all ended
    within `timeout_ms`. A worker waiting for the GUI thread (on_gui_thread) stops waiting:
    the GUI thread is here, not in its event loop."""
    _finishing.set()
    try:
        for signals in list(_running):
            signals.cancel()
        return QThreadPool.globalInstance().waitForDone(timeout_ms)
    finally:
        _finishing.clear()


def run_with_dialog(parent: QWidget, text: str, work: Callable[[Progress], Any],
                    done: Callable[[Any], None], failed: Callable[[str], None],
                    cancelled: Callable[[], None] | None = None) -> OperationSignals:
    """`run` with a window-modal progress dialog whose Cancel stops the work.

    The dialog appears only if the work lasts over half a second, and closes before `done`,
    `failed` or `cancelled` is called.
    """
    dialog = QProgressDialog(text, QCoreApplication.translate("operations", "Cancel"), 0, 0,
                             parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(500)
    dialog.setAutoReset(False)

    def closing(then: Callable[..., None] | None) -> Callable[..., None]:
        def handler(*args: Any) -> None:
            dialog.close()
            if then is not None:
                then(*args)
        return handler

    signals = run(work, closing(done), closing(failed), with_progress=True,
                  cancelled=closing(cancelled))

    def show_progress(n: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(n, max(total, 1)))

    signals.progress.connect(show_progress)
    dialog.canceled.connect(signals.cancel)
    signals.dialog = dialog  # type: ignore[attr-defined]  # kept alive with the signals
    return signals


def copy_workshop(source: Path, target: Path, progress: Progress | None = None) -> Path:
    """Copy a live workshop file with SQLite's backup API, from a reader of its own.

    The copy is written by the core's one writer of outputs: whole or not at all, and never
    over a workshop file (the source itself included), a file SQLite keeps beside one, a
    device or a pipe. Runs on a worker thread: it opens its own read-only connection rather
    than share the window's.
    """
    from workshop.file.atomic import write_image
    from workshop.file.sqlite_file import database_image, sqlite_uri, storage_error

    source = Path(source).resolve()
    try:
        reader = sqlite3.connect(sqlite_uri(source, read_only=True), uri=True)
        try:
            image = database_image(reader, None if progress is None else progress.report)
        finally:
            reader.close()
    except sqlite3.Error as error:
        raise storage_error(error, source) from None
    return write_image(image, Path(target))
