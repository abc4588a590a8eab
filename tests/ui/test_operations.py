"""Long work really off the GUI thread: the thread pool, the progress dialog and its Cancel.

The other GUI tests run operations in line (`Operation.synchronous`); these do not.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton, QWidget

from ui import operations
from ui.pages.results import ResultsPage


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
    from workshop.store import WorkshopFile

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
