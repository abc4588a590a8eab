"""The secretariat's window: packages merged by dialog or drag and drop, outcomes, Cancel."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog

from ui.secretariat_window import SecretariatWindow
from workshop.demo import build_demo
from workshop.exchange.consolidated import ConsolidatedFile
from workshop.exchange.packages import write_package
from workshop.file.store import WorkshopFile


@pytest.fixture(scope="module")
def packages(demo_master: Path, tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """The demo's package, another country's, and a file that is not a package."""
    folder = tmp_path_factory.mktemp("packages")
    with WorkshopFile.open(demo_master, read_only=True) as store:
        catalog = store.catalog
        first = write_package(store, folder / "xn.wspkg")
    other = folder / "ke.workshop"
    build_demo(other, seed=3, country="KE", catalog=catalog).close()
    with WorkshopFile.open(other, read_only=True) as store:
        second = write_package(store, folder / "ke.wspkg")
    junk = folder / "notes.wspkg"
    junk.write_bytes(b"PK\x03\x04 this is not really a zip")
    return [first, second, junk]


def outcome_column(window: SecretariatWindow) -> list[str]:
    table = window.merge_table
    return [table.item(row, 1).text() for row in range(table.rowCount())]


def test_packages_from_the_dialog_are_merged_and_shown(qtbot, tmp_path: Path, packages,
                                                       monkeypatch) -> None:
    path = tmp_path / "results.consolidated"
    window = SecretariatWindow(path)
    qtbot.addWidget(window)
    assert "No package merged yet" in window.heading.text()
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda *a, **k: ([str(p) for p in packages], ""))
    window.add_action.trigger()
    assert outcome_column(window) == ["Added", "Added", "Refused"]
    refused_reason = window.merge_table.item(2, 4).text()
    assert "notes.wspkg" in refused_reason and "\n" not in refused_reason
    assert window.summary["workshops"] == 2 and window.summary["countries"] == 2
    assert "2 workshops from 2 countries" in window.heading.text()
    assert window.workshop_table.model().rowCount() == 2
    assert "2 of 3 packages merged" in window.statusBar().currentMessage()
    with ConsolidatedFile.open(path, read_only=True) as cfile:
        assert len(cfile.merged()) == 2

    window.add_packages(packages[:1])  # the same package again changes nothing
    assert outcome_column(window)[-1] == "Already merged"
    assert window.summary["workshops"] == 2


def test_package_files_dropped_on_the_window_are_merged(qtbot, tmp_path: Path,
                                                        packages) -> None:
    window = SecretariatWindow(tmp_path / "dropped.consolidated")
    qtbot.addWidget(window)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in packages[:2]])
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(drop)
    assert drop.isAccepted()
    assert outcome_column(window) == ["Added", "Added"]

    text_only = QMimeData()
    text_only.setText("not a file")
    refused = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, text_only,
                         Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(refused)
    assert not refused.isAccepted()
    assert window.merge_table.rowCount() == 2


def test_cancel_stops_between_packages_and_keeps_what_was_merged(qtbot, tmp_path: Path,
                                                                 packages, monkeypatch) -> None:
    from ui import operations

    path = tmp_path / "cancelled.consolidated"
    window = SecretariatWindow(path)
    qtbot.addWidget(window)

    def run_pressing_cancel_after_first(work, done, failed, **kwargs):
        """Run in line, the user pressing Cancel as soon as the first package is reported."""
        signals = operations.OperationSignals()
        signals.progress.connect(lambda *_: signals.cancel())
        done(work(operations.Progress(signals)))
        return signals

    monkeypatch.setattr(operations, "run", run_pressing_cancel_after_first)
    window.add_packages(packages[:2])
    assert outcome_column(window) == ["Added"]
    assert "Stopped after 1 packages" in window.statusBar().currentMessage()
    with ConsolidatedFile.open(path, read_only=True) as cfile:
        assert len(cfile.merged()) == 1


def test_the_main_window_opens_a_consolidated_file_in_the_secretariat_window(
        window, tmp_path: Path, packages) -> None:
    from workshop.exchange.merge import merge_packages

    path = tmp_path / "opened.consolidated"
    merge_packages(path, packages[:1])
    assert window.open_path(path)
    [secretariat] = window.secretariat_windows
    assert secretariat.summary["workshops"] == 1
    assert window.context is None  # the main window itself still shows no workshop


def test_the_history_tab_lists_every_merge_of_the_file(qtbot, tmp_path: Path, packages) -> None:
    from workshop.exchange.merge import merge_packages

    path = tmp_path / "history.consolidated"
    merge_packages(path, packages[:2])
    window = SecretariatWindow(path)
    qtbot.addWidget(window)
    assert window.history_table.model().rowCount() == 2
    outcomes = {window.history_table.model().index(r, 5).data() for r in range(2)}
    assert outcomes == {"Added"}
    assert window.merge_table.rowCount() == 0  # nothing merged in this window yet


def test_the_consolidated_workbook_is_exported_from_the_window(qtbot, tmp_path: Path, packages,
                                                               monkeypatch) -> None:
    import openpyxl

    window = SecretariatWindow(tmp_path / "export.consolidated")
    qtbot.addWidget(window)
    assert not window.reports.isEnabled()  # nothing merged, nothing to report
    window.add_packages(packages[:2])
    assert window.reports.isEnabled()
    target = tmp_path / "all.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.reports.buttons[("full", "xlsx")].click()
    assert window.reports.last_report == target
    listed = openpyxl.load_workbook(target)["Workshops"]
    assert listed.max_row == 3  # a header and the two workshops
