"""Long work really off the GUI thread: the thread pool, the progress dialog and its Cancel.

The other GUI tests run operations in line (`Operation.synchronous`); these do not.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton, QWidget

from ui import operations
from ui.pages.results import ResultsPage

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def threaded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(operations.Operation, "synchronous", False)


def test_cancel_in_the_progress_dialog_stops_the_work(qtbot, threaded) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    worker: dict[str, object] = {}
    outcome: list[str] = []

    def work(progress: operations.Progress) -> str:
        worker["thread"] = threading.current_thread()
        for step in range(2000):  # about 20 s unless cancelled
            progress.report(step, 2000)
            time.sleep(0.01)
        return "finished"

    signals = operations.run_with_dialog(parent, "Working…", work,
                                         lambda result: outcome.append(result),
                                         lambda message: outcome.append(message),
                                         lambda: outcome.append("cancelled"))
    dialog = signals.dialog
    assert isinstance(dialog, QProgressDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=5000)  # shown once the work lasts 0.5 s
    assert dialog.value() > 0  # progress arrives from the worker
    cancel = next(b for b in dialog.findChildren(QPushButton))
    with qtbot.waitSignal(signals.cancelled, timeout=5000):
        cancel.click()
    assert outcome == ["cancelled"]
    assert worker["thread"] is not threading.main_thread()
    assert not dialog.isVisible()


def test_a_report_is_written_on_a_worker_thread_while_the_window_answers(
        window, demo_path: Path, tmp_path: Path, qtbot, errors, threaded) -> None:
    window.open_file(demo_path)
    page = window.page(ResultsPage)
    window.go_to(page)
    target = tmp_path / "gap.pdf"
    with qtbot.waitSignal(page.reports.written, timeout=60_000) as written:
        page.reports.export("gap", "pdf", target)
        QApplication.processEvents()  # the GUI thread is free while the report is written
    assert written.args == [target]
    assert target.read_bytes().startswith(b"%PDF") and errors == []


def test_a_full_workbook_written_on_a_worker_is_recorded_by_the_gui_thread(
        window, demo_path: Path, tmp_path: Path, qtbot, errors, threaded,
        monkeypatch) -> None:
    """The worker writes the workbook; the window's workshop file, which only the GUI thread
    writes, records the export before the workbook is put in place."""
    from workshop.file.store import WorkshopFile

    window.open_file(demo_path)
    page = window.page(ResultsPage)
    window.go_to(page)
    recorded_by: list[threading.Thread] = []
    record = WorkshopFile.record_export

    def spy(store: WorkshopFile, export: object) -> None:
        recorded_by.append(threading.current_thread())
        assert not target.exists()  # recorded first, then put in place
        record(store, export)  # type: ignore[arg-type]

    monkeypatch.setattr(WorkshopFile, "record_export", spy)
    conn = window.context.store.conn
    before = conn.execute("SELECT count(*) FROM workbook_export").fetchone()[0]
    target = tmp_path / "full.xlsx"
    with qtbot.waitSignal(page.reports.written, timeout=60_000):
        page.reports.export("full", "xlsx", target)
    assert recorded_by == [threading.main_thread()] and errors == []
    assert conn.execute("SELECT count(*) FROM workbook_export").fetchone()[0] == before + 1


def test_a_reviewed_workbook_is_read_off_the_gui_thread(window, demo_path: Path,
                                                        tmp_path: Path, qtbot, errors,
                                                        threaded) -> None:
    from test_review_dialog import reviewed

    from ui.review_dialog import ReviewImportDialog

    workbook = reviewed(demo_path, tmp_path)
    window.open_file(demo_path)
    assert window.preview_review(workbook) is None  # the reading is under way
    qtbot.waitUntil(lambda: any(isinstance(w, ReviewImportDialog) and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=30_000)
    assert errors == []


def test_building_the_demo_can_be_cancelled_and_leaves_nothing(window, data_dir: Path, qtbot,
                                                               errors, threaded) -> None:
    signals = window.open_demo()
    assert signals is not None  # the demo was not there: it is being built
    signals.cancel()  # as the dialog's Cancel does
    qtbot.waitUntil(lambda: "not built" in window.statusBar().currentMessage(), timeout=30_000)
    assert window.context is None and not signals.dialog.isVisible()
    assert not (data_dir / "demo.workshop").exists()
    assert errors == []
    # built in full the next time, and opened
    signals = window.open_demo()
    qtbot.waitUntil(lambda: window.context is not None, timeout=30_000)
    assert window.context.store.path == (data_dir / "demo.workshop").resolve()
    assert errors == []


def test_a_worker_whose_signals_are_gone_ends_quietly() -> None:
    """What quitting does to a worker still running: its signals object is deleted first."""
    told: list[object] = []

    def work(progress: operations.Progress) -> str:
        shiboken6.delete(progress.signals)  # the app ended meanwhile
        progress.report(1, 2)
        return "copied"

    operation = operations.Operation(work, with_progress=True)
    operation.signals.done.connect(told.append)
    operation.setAutoDelete(False)
    operation.run()  # neither "Signal source has been deleted" nor anything else
    assert told == []


def test_quitting_while_a_worker_waits_for_the_gui_thread_ends_the_wait(qtbot,
                                                                        threaded) -> None:
    """A worker asking the GUI thread for a step (recording an export) while the app quits:
    the GUI thread is waiting for the workers, not in its event loop, so the worker stops
    waiting (Cancelled) and the step is never made."""
    asking = threading.Event()
    made: list[str] = []
    outcome: list[str] = []

    def work() -> str:
        asking.set()
        return operations.on_gui_thread(lambda: made.append("recorded") or "recorded")

    operations.run(work, outcome.append, outcome.append, cancelled=lambda: outcome.append("x"))
    assert asking.wait(5)
    started = time.monotonic()
    assert operations.finish_running(timeout_ms=10_000)  # no deadlock
    assert time.monotonic() - started < 5
    QApplication.processEvents()  # the queued call, if any, must not run now
    assert made == []


# The app on a workshop file through its entry point; the first backup (on its worker thread)
# is held until the window has been closed, so that it is still copying when the app quits.
QUIT_DURING_BACKUP = """
import sys, threading
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import ui.backup_keeper
from ui import launcher

real_backup = ui.backup_keeper.make_backup
window_closed = threading.Event()

def held_backup(path):
    if threading.current_thread() is threading.main_thread():
        return real_backup(path)  # the last backup, made in line as the window closes
    window_closed.wait(30)
    backup = real_backup(path)
    print("the worker's backup was made", flush=True)
    return backup

def close_the_window():
    for window in QApplication.topLevelWidgets():
        window.close()
    window_closed.set()

ui.backup_keeper.make_backup = held_backup
app = QApplication([sys.argv[0]])  # the app's own start takes this one
QTimer.singleShot(300, close_the_window)
status = launcher.main(sys.argv[1:])
print("the app ended", status, flush=True)
"""


def test_quitting_while_the_first_backup_runs_waits_for_it(tmp_path: Path,
                                                           demo_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_CACHE_HOME=str(tmp_path / "cache"), HOME=str(tmp_path))
    done = subprocess.run([sys.executable, "-c", QUIT_DURING_BACKUP, str(demo_path)], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Traceback" not in done.stderr and "deleted" not in done.stderr, done.stderr[-3000:]
    # the app waited for the backup under way before it ended
    assert done.stdout.splitlines() == ["the worker's backup was made", "the app ended 0"]
