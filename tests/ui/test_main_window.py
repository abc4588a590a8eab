"""The main window: opening files, the pages of the flow, status, errors, read-only files."""

from __future__ import annotations

import gc
import shutil
import weakref
from pathlib import Path

from PySide6.QtCore import Qt

from ui import settings
from ui.app import make_window
from ui.models import RecordTableModel
from ui.pages.coordination import CoordinationModel
from workshop.file.model import Institution
from workshop.file.store import WorkshopFile


def test_demo_renders_every_page(window, demo_path: Path, errors, qtbot) -> None:
    window.open_file(demo_path)
    titles = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert titles[:3] == ["Setup", "Institutions and participants", "Working groups"]
    assert titles[-1] == "Results"
    assert "National action assessment" in titles and "Plenary consensus" in titles
    for row in range(window.sidebar.count()):
        window.sidebar.setCurrentRow(row)
        assert window.stack.currentWidget() is window.pages[row]
        assert not window.grab().isNull()
    assert errors == []
    assert "Fictional country" in window.windowTitle() or "—" in window.windowTitle()
    assert window.saved_label.text().startswith("All changes saved (revision ")


def test_item_models_follow_qt_rules(window, demo_path: Path, qtmodeltester) -> None:
    window.open_file(demo_path)
    for page in window.pages:
        window.go_to(page)
        for model in page.findChildren(RecordTableModel) + page.findChildren(CoordinationModel):
            qtmodeltester.check(model)
        if hasattr(page, "list"):
            qtmodeltester.check(page.list.model)


def test_no_argument_reopens_the_last_file_or_shows_the_start_page(qtbot, demo_path: Path,
                                                                   errors) -> None:
    first = make_window([])
    qtbot.addWidget(first)
    assert first.context is None
    assert first.screens.currentWidget() is first.start_page
    first.open_file(demo_path)
    first.close()
    assert settings.last_file() == demo_path.resolve()
    second = make_window([])
    qtbot.addWidget(second)
    assert second.context is not None and second.context.store.path == demo_path.resolve()
    second.close()
    assert errors == []


def test_a_foreign_file_is_refused_in_one_dialog(window, tmp_path: Path, errors,
                                                 demo_path: Path) -> None:
    foreign = tmp_path / "notes.workshop"
    foreign.write_text("not a workshop", encoding="utf-8")
    window.open_file(demo_path)
    assert not window.open_path(foreign)
    assert errors == ["notes.workshop is not a workshop file."]
    # the open workshop is untouched and still usable
    assert window.context is not None and window.context.store.path == demo_path.resolve()


def test_a_damaged_file_is_refused(window, tmp_path: Path, errors, demo_path: Path) -> None:
    damaged = tmp_path / "damaged.workshop"
    data = bytearray(demo_path.read_bytes())
    data[4096:8192] = b"\xff" * 4096
    damaged.write_bytes(bytes(data))
    assert not window.open_path(damaged)
    assert len(errors) == 1 and "damaged.workshop" in errors[0]
    assert window.context is None


def test_a_file_open_in_another_window_is_refused(window, qtbot, demo_path: Path,
                                                  errors, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from ui.main_window import MainWindow

    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _parent, _title, text, *a, **k: (
        asked.append(text), QMessageBox.StandardButton.No)[1])
    window.open_file(demo_path)
    other = MainWindow()
    qtbot.addWidget(other)
    assert not other.open_path(demo_path)
    assert len(asked) == 1 and "already open" in asked[0] and "read-only" in asked[0]
    assert other.context is None and errors == []
    other.close()


def test_read_only_file_shows_a_banner_and_refuses_edits(window, demo_path: Path, errors,
                                                         monkeypatch) -> None:
    monkeypatch.setattr("ui.main_window.is_writable", lambda path: False)
    window.open_file(demo_path)
    assert window.context.read_only
    assert window.banner.isVisible() and "read-only" in window.banner.text()
    assert window.saved_label.text() == "Read-only: changes cannot be saved"
    page = window.pages[1]
    window.go_to(page)
    assert not page.institution_table.add_button.isEnabled()
    page.add_institution()
    assert errors and "read-only" in errors[0]


def test_save_a_copy_uses_the_backup_api(window, demo_path: Path, tmp_path: Path,
                                         monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "copy.workshop"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(target), ""))
    window.open_file(demo_path)
    window.copy_action.trigger()
    with WorkshopFile.open(target) as copy:
        assert copy.count(Institution) == window.context.store.count(Institution)


def test_open_demo_builds_it_in_the_user_data_folder(window, data_dir: Path) -> None:
    window.demo_action.trigger()
    assert window.context is not None
    assert window.context.store.path == (data_dir / "demo.workshop").resolve()
    assert window.context.store.count(Institution) > 5


def test_new_workshop_from_the_dialog(window, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    from ui.dialogs import NewWorkshopDialog

    def accept(dialog: NewWorkshopDialog) -> int:
        dialog.country.setCurrentIndex(dialog.country.findData("KE"))
        dialog.title_edit.setText("Nairobi workshop")
        return NewWorkshopDialog.DialogCode.Accepted

    monkeypatch.setattr(NewWorkshopDialog, "exec", accept)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(tmp_path / "nairobi"), ""))
    window.new_action.trigger()
    assert window.context.store.path == (tmp_path / "nairobi.workshop").resolve()
    assert window.windowTitle().startswith("Nairobi workshop — Kenya")


def test_copy_of_demo_opens_with_recent_menu(window, demo_path: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.workshop"
    shutil.copyfile(demo_path, other)
    window.open_file(demo_path)
    window.open_file(other)
    window.recent_menu.aboutToShow.emit()
    names = [a.text() for a in window.recent_menu.actions()]
    assert names[:2] == ["other.workshop", "demo.workshop"]
    window.recent_menu.actions()[1].trigger()
    assert window.context.store.path == demo_path.resolve()
    assert window.sidebar.currentItem().text() == "Setup"
    assert window.sidebar.item(0).flags() & Qt.ItemFlag.ItemIsEnabled


def test_a_cancelled_copy_leaves_nothing(demo_path: Path, tmp_path: Path, qtbot) -> None:
    from ui import operations

    target = tmp_path / "cancelled.workshop"
    outcome: list[str] = []

    def work(progress: operations.Progress) -> Path:
        progress.signals.cancel()
        return operations.copy_workshop(demo_path, target, progress)

    operations.run(work, lambda _r: outcome.append("done"), outcome.append,
                   with_progress=True, cancelled=lambda: outcome.append("cancelled"))
    assert outcome == ["cancelled"]
    assert not target.exists()
    assert not target.with_name(target.name + ".part").exists()


def test_controls_without_visible_text_have_accessible_names(window, demo_path: Path) -> None:
    from PySide6.QtWidgets import (
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QHeaderView,
        QLineEdit,
        QPlainTextEdit,
        QTextBrowser,
    )

    def inside(widget, kinds) -> bool:
        parent = widget.parent()
        while parent is not None:
            if isinstance(parent, kinds):
                return True
            parent = parent.parent()
        return False

    window.open_file(demo_path)
    unnamed = []
    for page in window.pages:
        window.go_to(page)
        for kind in (QAbstractItemView, QComboBox, QLineEdit, QPlainTextEdit, QTextBrowser,
                     QAbstractSpinBox):
            for widget in page.findChildren(kind):
                if isinstance(widget, QHeaderView) or inside(widget, QComboBox | QAbstractSpinBox):
                    continue  # headers show text; parts of a named combo box or date field
                if not widget.accessibleName():
                    unnamed.append(f"{page.title}: {type(widget).__name__} "
                                   f"{widget.objectName()}")
    assert unnamed == [], "\n".join(unnamed)


def test_tab_goes_round_every_page_without_a_trap(window, demo_path: Path, qtbot) -> None:
    """From the steps list, Tab visits the page's controls and comes back: no table keeps the
    key to move between its cells, no scroll area is a stop of its own."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QPushButton, QScrollArea

    window.open_file(demo_path)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    for page in window.pages:
        window.go_to(page)
        window.sidebar.setFocus()
        visited = []
        for _ in range(60):
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            widget = QApplication.focusWidget()
            if widget is window.sidebar:
                break
            visited.append(widget)
        else:
            raise AssertionError(f"{page.title}: Tab never comes back to the steps list")
        assert not [w for w in visited if isinstance(w, QScrollArea)], page.title
        assert len(visited) == len(set(map(id, visited))) or page.title == "Setup", \
            f"{page.title}: a control keeps the Tab key"  # a date field's parts are stops
        assert all(page.isAncestorOf(w) for w in visited), page.title
        if page.title == "Results":
            assert any(isinstance(w, QPushButton) for w in visited)  # the report buttons


def test_a_workshop_opens_on_one_page_and_readies_writing_after(window, demo_path: Path,
                                                                qtbot, monkeypatch) -> None:
    """Opening builds the first page only; the others when first shown; what writing needs is
    loaded a moment after the window is shown."""
    import ui.main_window as main_window

    monkeypatch.setattr(main_window, "WARM_UP_MS", 10)
    window.open_file(demo_path)
    built = [slot.page is not None for slot in window.slots]
    assert built[0] and not any(built[1:])
    assert [window.sidebar.item(r).text() for r in range(window.sidebar.count())] == \
        [slot.title for slot in window.slots]
    window.sidebar.setCurrentRow(4)
    assert window.slots[4].page is not None and window.stack.currentWidget() is \
        window.slots[4].page
    assert window.context.store._db is None
    qtbot.waitUntil(lambda: window.context.store._db is not None, timeout=5000)
    # the sidebar's titles are the pages' own, in every language
    for code in ("en", "fr", "ar"):
        window.set_language(code)
        assert [slot.title for slot in window.slots] == [page.title for page in window.pages]
    window.set_language("en")


def test_the_window_comes_back_at_the_size_it_was_closed(qtbot) -> None:
    from ui.main_window import MainWindow

    first = MainWindow()
    qtbot.addWidget(first)
    first.resize(760, 540)  # within the offscreen screen, which restoreGeometry keeps it to
    first.show()
    first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (760, 540)


def test_the_workshop_opened_at_start_is_freed_once_closed(qtbot, demo_path: Path,
                                                           errors) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    from ui.app import show_first_window

    gc.disable()  # as `run` starts the app
    try:
        _app, window = show_first_window([str(demo_path)])
    finally:
        gc.enable()
    qtbot.addWidget(window)
    try:
        context, store = weakref.ref(window.context), weakref.ref(window.context.store)
        window.close_file()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()
        # what start-up made is frozen for good; the workshop opened with it is not
        assert context() is None and store() is None
        assert errors == []
    finally:
        gc.unfreeze()


def test_recent_files_newest_first_and_not_rewritten_when_reopening_the_last(
        tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    first, second = tmp_path / "a.workshop", tmp_path / "b.workshop"
    for path in (first, second):
        path.write_bytes(b"")
    settings.add_recent_file(first)
    settings.add_recent_file(second)
    assert settings.recent_files() == [second.resolve(), first.resolve()]
    stored = Path(QSettings().fileName())
    inode = stored.stat().st_ino
    settings.add_recent_file(second)  # the last file reopened: nothing to write
    assert stored.stat().st_ino == inode
    settings.add_recent_file(first)
    assert settings.recent_files() == [first.resolve(), second.resolve()]
    assert stored.stat().st_ino != inode  # written again (a new file, written whole)


def test_paper_worksheets_are_written_from_the_file_menu(window, demo_path, tmp_path,
                                                         errors) -> None:
    """File > Paper worksheets: a PDF per group, the sign-in sheet and the evaluation form."""
    import pypdf

    from workshop.file import reads

    window.open_file(demo_path)
    assert window.worksheets_action.isEnabled()
    window.write_worksheets(tmp_path / "paper")
    written = sorted((tmp_path / "paper").glob("*.pdf"))
    groups = reads.working_groups(window.context.store)
    assert len(written) == len(groups) + 2 and errors == []
    assert all(pypdf.PdfReader(p).pages for p in written)
    assert str(len(written)) in window.statusBar().currentMessage()
    window.close_file()
    assert not window.worksheets_action.isEnabled()


def test_the_exchange_package_is_written_from_the_app(window, demo_path, tmp_path, errors,
                                                      monkeypatch) -> None:
    """File > Write the exchange package: the package the secretariat reads, without names
    unless asked, and one sentence saying where it went."""
    from PySide6.QtWidgets import QMessageBox

    from ui import package_export
    from ui.pages.results import ResultsPage
    from workshop.exchange.packages import read_package

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda _parent, _title, message, *a, **k: told.append(message))
    window.open_file(demo_path)
    assert window.package_action.isEnabled()
    results = window.page(ResultsPage)
    assert results.package_button.isEnabled()
    out = tmp_path / "for-the-secretariat.zip"
    package_export.write(window, demo_path, out, False, window.tell)
    package = read_package(out)
    assert package.manifest.revision == window.context.store.revision
    assert not package.manifest.personal_data
    assert all(row["name"] == "" for row in package.records["participant"])
    assert told and str(out) in told[-1] and "without" in told[-1] and errors == []
    package_export.write(window, demo_path, tmp_path / "named.zip", True, window.tell)
    assert read_package(tmp_path / "named.zip").manifest.personal_data


def test_the_help_menu(window, demo_path, monkeypatch) -> None:
    """Help: the guide (in the interface's language), the shortcuts, the scale, the versions."""
    from PySide6.QtWidgets import QMessageBox, QTextBrowser

    from ui import language
    from workshop import __version__
    from workshop.languages.i18n import UN_LANGUAGES

    window.open_file(demo_path)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _p, _t, text: shown.append(text))
    about = window.show_about()
    assert __version__ in about and window.context.store.catalog.label in about and shown
    shortcuts = window.show_shortcuts().findChild(QTextBrowser).toPlainText()
    for keys in ("Ctrl+G", "Ctrl+Shift+G", "F5", "Ctrl+1"):
        assert keys in shortcuts
    scale = window.show_scale().findChild(QTextBrowser).toPlainText()
    assert "Fully implemented and sustained" in scale and "Not applicable" in scale
    assert "Facilitator's guide" in window.show_guide().findChild(QTextBrowser).toPlainText()
    language.install("fr")
    assert "Guide de l'animateur" in window.show_guide().findChild(QTextBrowser).toPlainText()
    from workshop.paths import resources_dir

    english = (resources_dir() / "guide" / "facilitator-guide.md").read_text("utf-8")
    for code in UN_LANGUAGES:
        if code == "en":
            continue
        translated = (resources_dir() / "guide" / f"facilitator-guide.{code}.md").read_text(
            "utf-8")
        assert translated.count("**") == english.count("**"), code
        for keys in ("Ctrl+G", "Ctrl+Shift+G" if code not in ("fr", "es") else "+G", "F5"):
            assert keys in translated, (code, keys)


def test_session_notes_are_kept_per_day_and_go_into_the_full_workbook(window, demo_path,
                                                                       tmp_path, qtbot) -> None:
    """View > Session notes: typed notes are saved for the day chosen, undoable, kept in the
    file and written to the full results workbook."""
    import openpyxl

    from workshop.file import reads
    from workshop.reports import write_report

    window.open_file(demo_path)
    dialog = window.show_session_notes()
    assert dialog is not None and dialog.isVisible()
    days = [dialog.day.itemData(i) for i in range(dialog.day.count())]
    details = window.context.store.details
    assert details.start_date in days and details.end_date in days
    dialog.day.setCurrentIndex(days.index(details.start_date))
    qtbot.keyClicks(dialog.text, "Opening: the minister's address")
    dialog.binder.flush()
    dialog.day.setCurrentIndex(days.index(details.end_date))
    qtbot.keyClicks(dialog.text, "Closing")
    dialog.binder.flush()
    store = window.context.store
    assert [(n.day, n.notes) for n in reads.session_notes(store)] == [
        (details.start_date, "Opening: the minister's address"), (details.end_date, "Closing")]
    window.undo_action.trigger()
    assert reads.session_note(store, details.end_date) is None
    assert dialog.text.toPlainText() == ""
    window.close_file()
    out = write_report(demo_path, "full", "xlsx", tmp_path / "full.xlsx")
    sheet = openpyxl.load_workbook(out)["Session notes"]
    values = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    assert any("Opening: the minister's address" in str(v) for row in values for v in row)


def test_the_countdown_shows_in_the_window_and_on_the_projector(window, demo_path) -> None:
    window.open_file(demo_path)
    window.start_countdown(62)
    assert window.countdown_label.text().endswith("1:02")
    window.countdown.tick()
    assert window.countdown_label.text().endswith("1:01")
    window.show_projector()
    assert window.projector.clock.isVisibleTo(window.projector)
    assert window.projector.clock.text().endswith("1:01")
    window.countdown.left = 1
    window.countdown.tick()
    assert window.countdown_label.text() == "Time is up"
    assert window.projector.clock.text() == "Time is up"
    assert not window.countdown.timer.isActive()
    window.projector.close()
    window.start_countdown(0)
    assert window.countdown_label.text() == ""


def test_zoom_makes_the_type_bigger_and_back(window) -> None:
    from PySide6.QtWidgets import QApplication

    size = QApplication.font().pointSizeF()
    assert window.zoom(1) > 1 and QApplication.font().pointSizeF() > size
    window.zoom(1)
    assert window.zoom(-1) > 1
    assert window.zoom(0) == 1.0 and QApplication.font().pointSizeF() == size
    for _ in range(20):
        window.zoom(-1)
    assert QApplication.font().pointSizeF() >= 6
    window.zoom(0)
