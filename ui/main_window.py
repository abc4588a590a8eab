"""The main window: the steps of the workshop in a sidebar, the open file, menus and status.

One window holds one workshop file. Its pages share a `WorkshopContext`; the window owns the
menus (File, Edit, View), the read-only banner, the status bar that says every change is saved,
and the way into projector mode. Errors the user can cause arrive as one message, shown in one
dialog; the window keeps running and nothing already saved is touched.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QGuiApplication,
    QKeySequence,
    QUndoGroup,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ui import language, operations, settings
from ui.countdown import ZOOM_STEPS, Countdown
from ui.language import native_name
from ui.widgets.start_page import StartPage
from ui.widgets.text_binder import TextBinder
from workshop.errors import WorkshopError
from workshop.languages.i18n import UN_LANGUAGES

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent

    from ui.backup_keeper import BackupKeeper
    from ui.context import WorkshopContext
    from ui.pages.base import Page
    from ui.projector import ProjectorWindow
    from ui.session_notes import SessionNotesDialog
    from workshop.catalogs.exercises import Exercise
    from workshop.file.backups import Backup
    from workshop.file.store import WorkshopFile

# The window imports the workshop file, Babel and the catalog only when a workshop is opened,
# so that the start page appears as fast as a bare window; a workshop opens on its first page
# alone (the others are built when first shown), and sqlite-utils, which only writing needs, is
# loaded a moment after the window is shown, before anyone types (bench/startup.py; a test
# checks what the start path imports).
WARM_UP_MS = 1500


# The page each exercise kind gets ("module:class"); the exercise's definition fills it.
PAGE_BY_KIND = {
    "matrix": "ui.pages.coordination:CoordinationPage",
    "assessment": "ui.pages.assessment:AssessmentPage",
    "consensus": "ui.pages.consensus:ConsensusPage",
    "ranking": "ui.pages.ranking:RankingPage",
    "action_plan": "ui.pages.action_plan:ActionPlanPage",
    "survey": "ui.pages.evaluation:EvaluationPage",
}
# The steps before and after the exercises, with their sidebar titles in the page's own
# translation context (the page shows the same title: one translation for both).
STEPS_BEFORE = (
    ("ui.pages.setup:SetupPage", QT_TRANSLATE_NOOP("SetupPage", "Setup")),
    ("ui.pages.people:PeoplePage", QT_TRANSLATE_NOOP("PeoplePage",
                                                     "Institutions and participants")),
    ("ui.pages.groups:GroupsPage", QT_TRANSLATE_NOOP("GroupsPage", "Working groups")),
)
STEP_AFTER = ("ui.pages.results:ResultsPage", QT_TRANSLATE_NOOP("ResultsPage", "Results"))


@dataclass
class PageSlot:
    """A step of the workshop flow: its title in the sidebar, and its page, built the first
    time it is shown (so that opening a workshop builds one page, not ten)."""

    title: str
    module: str
    name: str  # the page's class
    exercise: Exercise | None = None
    page: Page | None = None

    @classmethod
    def of(cls, page_type: str, title: str, exercise: Exercise | None = None) -> PageSlot:
        """The step of a "module:class" page."""
        module, _colon, name = page_type.partition(":")
        return cls(title, module, name, exercise)

    def is_a(self, page_type: type) -> bool:
        """Whether this step's page is of `page_type` (without building it)."""
        return (page_type.__module__, page_type.__name__) == (self.module, self.name)

    def build(self, context: WorkshopContext) -> Page:
        """The page, made now if it was not yet."""
        if self.page is None:
            page_class = getattr(importlib.import_module(self.module), self.name)
            self.page = page_class(context) if self.exercise is None \
                else page_class(context, self.exercise)
            self.page.title = self.title
        return self.page


def file_filter() -> str:
    """The file dialogs' filter, in the user's language."""
    return QCoreApplication.translate("MainWindow", "Workshop files (*.workshop);;All files (*)")


def is_consolidated(path: Path) -> bool:
    """Whether the file is a secretariat's consolidated file (by its SQLite header)."""
    from workshop.file.store import CONSOLIDATED_APPLICATION_ID, application_id, read_header

    try:
        return application_id(read_header(Path(path))) == CONSOLIDATED_APPLICATION_ID
    except (OSError, WorkshopError):
        return False


def is_held_elsewhere(path: Path) -> bool:
    """Whether another window or program holds the workshop file open for writing."""
    from workshop.file.sqlite_file import held_elsewhere

    return path.is_file() and held_elsewhere(path)


def is_writable(path: Path) -> bool:
    """Whether the file and its folder can be written (SQLite writes beside the file)."""
    from workshop.file.store import is_writable as writable

    return writable(path)


class MainWindow(QMainWindow):
    """One window per open workshop file."""

    def __init__(self) -> None:
        super().__init__()
        self.context: WorkshopContext | None = None
        self.slots: list[PageSlot] = []
        self.projector: ProjectorWindow | None = None
        self.undo_group = QUndoGroup(self)
        self.secretariat_windows: list[QWidget] = []
        self.notes_dialog: SessionNotesDialog | None = None
        self.countdown = Countdown(self)
        self.countdown_label = QLabel(self)
        self.countdown.ticked.connect(self._show_countdown)
        self.countdown.ended.connect(self._countdown_ended)
        self.zoom_step = ZOOM_STEPS.index(1.0)
        self.base_font = QApplication.font()
        self.backup_keeper: BackupKeeper | None = None
        self.setWindowTitle(self.tr("Drug policy workshop"))
        self.setAcceptDrops(True)

        self.start_page = self._make_start_page()
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #fff3cd; color: #5c4400; padding: 6px;")
        self.banner.hide()
        self.sidebar = QListWidget(self)
        self.sidebar.setMaximumWidth(230)
        self.sidebar.currentRowChanged.connect(self._show_page)
        self.stack = QStackedWidget(self)
        self.workspace = QSplitter(self)
        self.workspace.addWidget(self.sidebar)
        self.workspace.addWidget(self.stack)
        self.workspace.setStretchFactor(1, 1)
        self.workspace.setChildrenCollapsible(False)
        self.screens = QStackedWidget(self)
        self.screens.addWidget(self.start_page)
        self.screens.addWidget(self.workspace)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.screens, 1)
        self.setCentralWidget(central)
        self.saved_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.countdown_label)
        self.statusBar().addPermanentWidget(self.saved_label)
        self.toolbar: QToolBar | None = None
        self._make_actions()
        self.resize(1280, 720)
        geometry = settings.geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        self._show_start()

    # ----- menus -----------------------------------------------------------------------------

    def _action(self, text: str, slot,
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
                tip: str = "") -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        return action

    def _make_start_page(self) -> StartPage:
        page = StartPage(self)
        page.new_requested.connect(self.new_workshop)
        page.open_requested.connect(self.open_dialog)
        page.demo_requested.connect(self.open_demo)
        page.recent_requested.connect(lambda p: self.open_path(Path(p)))
        return page

    def _make_actions(self) -> None:
        self.banner.setAccessibleName(self.tr("Read-only notice"))
        self.sidebar.setAccessibleName(self.tr("Steps of the workshop"))
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_action = self._action(self.tr("&New workshop…"), self.new_workshop,
                                       QKeySequence.StandardKey.New)
        self.open_action = self._action(self.tr("&Open…"), self.open_dialog,
                                        QKeySequence.StandardKey.Open)
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.demo_action = self._action(self.tr("Open the &demo workshop"), self.open_demo)
        self.copy_action = self._action(self.tr("Save a &copy…"), self.save_copy,
                                        tip=self.tr("Write a copy of the workshop file, e.g. "
                                                    "to a USB stick"))
        self.consolidated_action = self._action(
            self.tr("Consolidated &results (secretariat)…"), self.choose_consolidated,
            tip=self.tr("Merge the exchange packages of many workshops into one file"))
        self.review_action = self._action(
            self.tr("Import a ministry &review…"), self.choose_review,
            tip=self.tr("Read back a reviewed full results workbook: see what would change, "
                        "then record the review"))
        self.give_copy_action = self._action(
            self.tr("&Give a group its copy…"), self.give_group_copy,
            tip=self.tr("Write a copy of the workshop for one working group's laptop"))
        self.collect_action = self._action(
            self.tr("Co&llect group work…"), self.choose_copies_to_collect,
            tip=self.tr("Bring the groups' copies back: their changes are taken field by "
                        "field, and where this file changed the same answer both are kept "
                        "(you can also drop copies on the window)"))
        self.package_action = self._action(
            self.tr("Write the e&xchange package…"), self.write_exchange_package,
            tip=self.tr("The file that carries the workshop's results to the secretariat"))
        self.worksheets_action = self._action(
            self.tr("Paper &worksheets…"), self.choose_worksheets_folder,
            tip=self.tr("Print worksheets for each working group, a sign-in sheet and the "
                        "evaluation form, for a power cut or a room with one laptop"))
        self.restore_action = self._action(
            self.tr("Restore from &backup…"), self.restore_from_backup,
            tip=self.tr("Go back to one of the copies the app keeps automatically; the file as "
                        "it is now is kept beside it"))
        self.close_action = self._action(self.tr("&Close"), self.close_file,
                                         QKeySequence.StandardKey.Close)
        self.quit_action = self._action(self.tr("&Quit"), self.close,
                                        QKeySequence.StandardKey.Quit)
        file_menu.insertAction(self.recent_menu.menuAction(), self.new_action)
        file_menu.insertAction(self.recent_menu.menuAction(), self.open_action)
        for action in (self.demo_action, self.copy_action, self.restore_action,
                       self.give_copy_action, self.collect_action, self.worksheets_action,
                       self.package_action, self.review_action,
                       self.consolidated_action, self.close_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.projector_action = self._action(
            self.tr("&Projector mode"), self.show_projector, "F5",
            self.tr("Show one commitment at a time in large type, full screen (F5; Esc leaves)"))
        view_menu.addAction(self.projector_action)
        self.notes_action = self._action(
            self.tr("Session &notes…"), self.show_session_notes, "Ctrl+L",
            self.tr("The rapporteur's log of each day, kept in the file and in the full "
                    "results workbook (Ctrl+L)"))
        view_menu.addAction(self.notes_action)
        self.countdown_action = self._action(
            self.tr("&Countdown…"), self.ask_countdown, "Ctrl+T",
            self.tr("Time group work or a plenary round: the time left shows here and on the "
                    "projector (Ctrl+T)"))
        view_menu.addAction(self.countdown_action)
        view_menu.addSeparator()
        self.zoom_in_action = self._action(self.tr("Zoom &in"), lambda: self.zoom(1),
                                           QKeySequence.StandardKey.ZoomIn)
        self.zoom_out_action = self._action(self.tr("Zoom &out"), lambda: self.zoom(-1),
                                            QKeySequence.StandardKey.ZoomOut)
        self.zoom_reset_action = self._action(self.tr("&Actual size"), lambda: self.zoom(0),
                                              "Ctrl+0")
        for action in (self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action):
            view_menu.addAction(action)
        self.language_menu = view_menu.addMenu(self.tr("&Language"))
        self.language_actions = QActionGroup(self)
        for code in UN_LANGUAGES:
            action = self.language_menu.addAction(native_name(code))
            action.setCheckable(True)
            action.setChecked(code == language.current_language())
            action.setData(code)
            self.language_actions.addAction(action)
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.guide_action = self._action(self.tr("Facilitator's &guide"), self.show_guide, "F1")
        self.shortcuts_action = self._action(self.tr("&Keyboard shortcuts"),
                                             self.show_shortcuts)
        self.scale_action = self._action(self.tr("The implementation &scale"), self.show_scale)
        self.about_action = self._action(self.tr("&About"), self.show_about)
        for action in (self.guide_action, self.shortcuts_action, self.scale_action,
                       self.about_action):
            help_menu.addAction(action)
        self.toolbar = QToolBar(self.tr("Workshop"), self)
        self.toolbar.setObjectName("workshop-toolbar")
        self.toolbar.addAction(self.undo_action)
        self.toolbar.addAction(self.redo_action)
        self.toolbar.addAction(self.projector_action)
        self.addToolBar(self.toolbar)

    # ----- help ------------------------------------------------------------------------------

    def _help(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_guide(self) -> QDialog:
        """Help > Facilitator's guide (F1)."""
        from ui.help import guide_dialog

        return self._help(guide_dialog(self, language.current_language()))

    def show_shortcuts(self) -> QDialog:
        """Help > Keyboard shortcuts."""
        from ui.help import shortcuts_dialog

        return self._help(shortcuts_dialog(self))

    def show_scale(self) -> QDialog:
        """Help > The implementation scale."""
        from ui.help import scale_dialog

        return self._help(scale_dialog(self))

    def show_about(self) -> str:
        """Help > About: the versions of the app and of the catalog; the text shown."""
        from ui.help import about_text
        from workshop.catalogs.catalog import latest_catalog

        catalog = self.context.store.catalog if self.context is not None else latest_catalog()
        text = about_text(catalog.label)
        QMessageBox.about(self, self.tr("About"), text)
        return text

    # ----- language --------------------------------------------------------------------------

    def set_language(self, code: str) -> None:
        """Switch the interface language now and remember it; the open file stays as it is."""
        settings.save_language(code)
        if code != language.current_language():
            language.install(code)
            self.retranslate()

    def retranslate(self) -> None:
        """Rebuild menus, start page and pages in the installed language.

        The open workshop's context (file, undo stack, the page shown) is kept: pages are views
        over it, so rebuilding them loses nothing, and Undo still undoes the edits made before.
        Text being typed is saved first.
        """
        self.flush_typing()
        if self.projector is not None:
            self.projector.close()
        self.menuBar().clear()
        for action in self.findChildren(QAction):
            if action.parent() is self:
                action.deleteLater()
        if self.toolbar is not None:
            self.removeToolBar(self.toolbar)
            self.toolbar.deleteLater()
        self._make_actions()
        old_start = self.start_page
        self.start_page = self._make_start_page()
        self.screens.insertWidget(0, self.start_page)
        self.screens.removeWidget(old_start)
        old_start.deleteLater()
        if self.context is None:
            self._show_start()
            return
        row = self.sidebar.currentRow()
        self._drop_pages()
        self._fill_pages()
        self.sidebar.setCurrentRow(max(row, 0))  # refilled: this shows the page again
        self._show_banner(self.context.store)
        self._enable_file_actions(self.context.store)
        self._update_status(frozenset({"*"}))

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        files = settings.recent_files()
        for path in files:
            action = self.recent_menu.addAction(path.name)
            action.setToolTip(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(p))
        if not files:
            self.recent_menu.addAction(self.tr("No recent workshops")).setEnabled(False)

    # ----- errors ----------------------------------------------------------------------------

    def show_error(self, message: str) -> None:
        """Show one message the user can act on, in one dialog."""
        QMessageBox.critical(self, self.tr("Drug policy workshop"), message)

    # ----- opening and closing ---------------------------------------------------------------

    def open_file(self, path: Path, read_only: bool | None = None) -> None:
        """Open a workshop file in this window; raises WorkshopError with the user's message."""
        path = Path(path).resolve()
        if self.context is not None and self.context.store.path.resolve() == path:
            return
        if read_only is None:
            read_only = path.exists() and not is_writable(path)
        from workshop.file.store import WorkshopFile

        # the core refuses a file another window or program holds open for writing
        store = WorkshopFile.open(path, read_only=read_only, sync_behind=True)
        self.close_file()
        self._show_workshop(store)
        settings.add_recent_file(path)

    def open_path(self, path: Path) -> bool:
        """Open a file, showing any problem in one dialog; whether it opened.

        A secretariat's consolidated file opens in a window of its own.
        """
        if is_consolidated(path):
            self.open_consolidated(path)
            return True
        try:
            self.open_file(path)
        except WorkshopError as error:
            if is_held_elsewhere(Path(path)):
                return self.offer_read_only(Path(path), error.message)
            return self.offer_recovery(Path(path), error.message)
        return True

    def offer_read_only(self, path: Path, message: str) -> bool:
        """A file another window or program holds open for writing: offer to show it read-only.

        Returns whether it was opened (read-only, with a banner saying why).
        """
        answer = QMessageBox.question(self, self.tr("Open read-only?"), self.tr(
            "{problem}\n\nOpen it read-only here, to read and present it?").format(
                problem=message))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            self.open_file(path, read_only=True)
        except WorkshopError as error:
            self.show_error(error.message)
            return False
        self.banner.setText(self.tr(
            "{name} is open for writing in another window or program, so it is shown "
            "read-only here: changes cannot be saved in this window.").format(name=path.name))
        return True

    def offer_recovery(self, path: Path, message: str) -> bool:
        """A file that is damaged or missing: say so, and offer its newest good backup.

        Returns whether a backup was restored and opened. The damaged file is kept aside.
        """
        from ui.widgets.country_combo import ui_language
        from workshop.file.backups import newest_good_backup
        from workshop.integrity import needs_recovery
        from workshop.languages.locale_data import format_moment

        backup = newest_good_backup(path) if needs_recovery(path) else None
        if backup is None:
            self.show_error(message)
            return False
        question = self.tr(
            "{problem}\n\nThe newest good backup is revision {revision} of {time}. Restore it "
            "and open it? The file as it is now is kept beside it.").format(
                problem=message, revision=backup.revision,
                time=format_moment(backup.made_at, ui_language()))
        answer = QMessageBox.question(self, self.tr("Restore from backup"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self.restore_backup(backup, Path(path), reason="damaged")

    def restore_from_backup(self) -> QWidget | None:
        """File > Restore from backup: list the open workshop's backups; restore the chosen one.

        Returns the dialog (shown, window-modal).
        """
        from ui.backup_dialog import RestoreBackupDialog
        from workshop.file.backups import list_backups

        context = self.context
        if context is None:
            return None
        self.flush_typing()
        if self.backup_keeper is not None:
            self.backup_keeper.backup_if_changed()
        store = context.store
        dialog = RestoreBackupDialog(store.path.name, list_backups(store.details.id),
                                     store.revision, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        path = store.path

        def restore() -> None:
            chosen = dialog.chosen()
            if chosen is not None:
                self.restore_backup(chosen, path)

        dialog.accepted.connect(restore)
        dialog.open()
        return dialog

    def restore_backup(self, backup: Backup, path: Path, reason: str = "before-restore") -> bool:
        """Close the file, put the backup in its place (the current file kept aside), reopen."""
        from workshop.file.backups import restore_backup

        if self.context is not None and self.context.store.path == path.resolve():
            self.close_file()
        try:
            aside = restore_backup(backup, path, reason=reason)
        except WorkshopError as error:
            self.show_error(error.message)
            aside = None
            if not path.exists():
                return False
        try:
            self.open_file(path)
        except WorkshopError as error:
            self.show_error(error.message)
            return False
        if aside is not None:
            self.statusBar().showMessage(self.tr(
                "Revision {revision} was restored; the file as it was is kept as {name}.").format(
                    revision=backup.revision, name=aside.name), 15000)
        return True

    def open_consolidated(self, path: Path) -> None:
        """Show the secretariat's window for a consolidated file (made at the first merge)."""
        from ui.secretariat_window import SecretariatWindow

        window = SecretariatWindow(Path(path))
        self.secretariat_windows.append(window)
        window.destroyed.connect(lambda _obj=None, w=window: self._forget_secretariat(w))
        window.show()

    def _forget_secretariat(self, window: QWidget) -> None:
        if window in self.secretariat_windows:
            self.secretariat_windows.remove(window)

    def choose_consolidated(self) -> None:
        """Ask for a consolidated file to open, or a name for a new one."""
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Open or start a consolidated file"),
            str(self._folder() / "results.consolidated"),
            self.tr("Consolidated files (*.consolidated);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if not name:
            return
        path = Path(name)
        if path.exists() and not is_consolidated(path):
            self.show_error(self.tr("{name} is not a consolidated file: choose another name."
                                    ).format(name=path.name))
            return
        self.open_consolidated(path)

    def open_dialog(self) -> None:
        """Ask for a workshop file and open it."""
        name, _filter = QFileDialog.getOpenFileName(self, self.tr("Open a workshop"),
                                                    str(self._folder()), file_filter())
        if name:
            self.open_path(Path(name))

    def _folder(self) -> Path:
        if self.context is not None:
            return self.context.store.path.parent
        last = settings.last_file()
        return last.parent if last else Path.home()

    def new_workshop(self) -> None:
        """Ask for the details and a file name, create the workshop and open it."""
        from ui.dialogs import NewWorkshopDialog

        dialog = NewWorkshopDialog(self, str(self._folder()))
        if dialog.exec() != NewWorkshopDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        if not values["country"]:
            self.show_error(self.tr("Choose the country from the list."))
            return
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the new workshop as"),
            str(self._folder() / f"{values['country'].lower()}-workshop.workshop"), file_filter())
        if name:
            self.create_workshop(Path(name), **values)

    def create_workshop(self, path: Path, **values: Any) -> bool:
        """Create a workshop file with these details and open it; whether it worked."""
        from workshop.catalogs.catalog import latest_catalog
        from workshop.file.store import WorkshopFile

        try:
            path = Path(path)
            if not path.suffix:
                path = path.with_suffix(".workshop")
            WorkshopFile.create(path, latest_catalog(), **values).close()
        except WorkshopError as error:
            self.show_error(error.message)
            return False
        return self.open_path(path)

    def open_demo(self) -> operations.OperationSignals | None:
        """Open the demo workshop from the user data folder, building it first if needed.

        The build runs off the GUI thread with a progress dialog whose Cancel removes the
        half-built file; returns the build's signals (None when the demo was there already).
        """
        from workshop.paths import user_data_dir

        path = user_data_dir() / "demo.workshop"
        if path.exists():
            self.open_path(path)
            return None

        def build(progress: operations.Progress) -> Path:
            from workshop.demo import build_demo

            build_demo(path, report=progress.report).close()
            return path

        return operations.run_with_dialog(
            self, self.tr("Building the demo workshop…"), build,
            lambda result: None if self.open_path(result) else None, self.show_error,
            lambda: self.statusBar().showMessage(
                self.tr("The demo workshop was not built."), 10000))

    def save_copy(self) -> None:
        """Write a copy of the open workshop to a file the user names (off the GUI thread)."""
        if self.context is None:
            return
        source = self.context.store.path
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save a copy as"),
            str(source.with_name(source.stem + "-copy.workshop")), file_filter())
        if not name:
            return

        def done(target: Path) -> None:
            self.statusBar().showMessage(self.tr("A copy was saved as {path}").format(
                path=target), 8000)

        def cancelled() -> None:
            self.statusBar().showMessage(
                self.tr("The copy was cancelled; nothing was written."), 8000)

        operations.run_with_dialog(
            self, self.tr("Writing the copy…"),
            lambda progress: operations.copy_workshop(source, Path(name), progress),
            done, self.show_error, cancelled)

    def choose_review(self) -> None:
        """Ask for a reviewed workbook, then preview it (File > Import a ministry review)."""
        if self.context is None:
            return
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import a ministry review"), str(self._folder()),
            self.tr("Excel workbooks (*.xlsx)"))
        if name:
            self.preview_review(Path(name))

    def preview_review(self, path: Path) -> QWidget | None:
        """Read a reviewed workbook off the GUI thread (its own read-only connection), then show
        what it would change; record it on confirmation.

        Returns the preview dialog when it is already shown (operations run in line, as in
        tests), else None: the dialog opens when the reading is done, or an error is shown.
        """
        from workshop.exchange.review import ReviewImport, read_review, record_review
        from workshop.file.store import WorkshopFile

        context = self.context
        if context is None:
            return None
        self.flush_typing()
        source = context.store.path
        shown: list[QWidget] = []

        def read(_progress: operations.Progress) -> ReviewImport:
            with WorkshopFile.open(source, read_only=True) as reader:
                return read_review(reader, path)

        def preview(result: ReviewImport) -> None:
            from ui.review_dialog import ReviewImportDialog

            if self.context is not context:
                return  # the workshop was closed meanwhile
            dialog = ReviewImportDialog(result, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

            def record() -> None:
                recorded = context.write_once(lambda store: record_review(store, result))
                if recorded is None:
                    return  # refused: the context's `failed` message says why
                self.statusBar().showMessage(self.tr(
                    "The review by {reviewer} was recorded ({n} views and comments).").format(
                        reviewer=recorded.reviewer,
                        n=sum(1 for i in recorded.items if i.change != "unchanged")), 8000)

            dialog.accepted.connect(record)
            dialog.open()
            shown.append(dialog)

        operations.run_with_dialog(self, self.tr("Reading the reviewed workbook…"), read,
                                   preview, self.show_error)
        return shown[0] if shown else None

    def give_group_copy(self) -> QWidget | None:
        """Ask which group the copy is for, then where to write it (File > Give a group its
        copy); returns the dialog, shown."""
        from ui.group_copies import GiveCopyDialog
        from workshop.file import reads

        context = self.context
        if context is None:
            return None
        groups = reads.working_groups(context.store)
        if not groups:
            self.show_error(self.tr("The workshop has no working groups yet: add them on the "
                                    "Working groups page first."))
            return None
        dialog = GiveCopyDialog(groups, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def chosen() -> None:
            group = dialog.group.currentText()
            source = context.store.path
            name, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Save the copy for {group} as").format(group=group),
                str(source.with_name(f"{source.stem} - {group}.workshop")), file_filter())
            if name:
                self.write_group_copy(dialog.chosen(), Path(name),
                                      dialog.with_names.isChecked())

        dialog.accepted.connect(chosen)
        dialog.open()
        return dialog

    def write_group_copy(self, group_uuid: str, out: Path, with_names: bool) -> str:
        """Write a group's copy and say where it went (or why not), in the status bar."""
        from ui.group_copies import give_copy

        if self.context is None:
            return ""
        self.flush_typing()
        message = give_copy(self.context, group_uuid, out, with_names)
        self.statusBar().showMessage(message, 15000)
        return message

    def ask_countdown(self) -> None:
        """View > Countdown: ask for the minutes (0 stops the countdown running)."""
        minutes, chosen = QInputDialog.getInt(
            self, self.tr("Countdown"), self.tr("Minutes (0 stops the countdown):"), 15, 0,
            600)
        if chosen:
            self.start_countdown(minutes * 60)

    def start_countdown(self, seconds: int) -> None:
        """Count down `seconds` (0 stops it)."""
        if seconds:
            self.countdown.start(seconds)
        else:
            self.countdown.stop()

    def _show_countdown(self, text: str) -> None:
        self.countdown_label.setText(text)
        self.countdown_label.setStyleSheet("")
        if self.projector is not None:
            self.projector.show_countdown(text, ended=False)

    def _countdown_ended(self) -> None:
        text = self.tr("Time is up")
        self.countdown_label.setText(text)
        self.countdown_label.setStyleSheet("color: white; background: #c0392b; padding: 2px;")
        if self.projector is not None:
            self.projector.show_countdown(text, ended=True)

    def zoom(self, step: int) -> float:
        """Bigger (1), smaller (-1) or actual size (0) type in the whole window; the factor."""
        from ui.countdown import apply_zoom

        self.zoom_step = ZOOM_STEPS.index(1.0) if step == 0 else \
            min(max(self.zoom_step + step, 0), len(ZOOM_STEPS) - 1)
        apply_zoom(self.base_font, ZOOM_STEPS[self.zoom_step])
        return ZOOM_STEPS[self.zoom_step]

    def show_session_notes(self) -> SessionNotesDialog | None:
        """View > Session notes: the rapporteur's log of the day, beside the window."""
        from ui.session_notes import SessionNotesDialog

        if self.context is None:
            return None
        if self.notes_dialog is None:
            self.notes_dialog = SessionNotesDialog(self.context, language.current_language(),
                                                   self)
        self.notes_dialog.show()
        self.notes_dialog.raise_()
        return self.notes_dialog

    def write_exchange_package(self) -> None:
        """Ask about names and where, then write the exchange package (File > Write the
        exchange package); the status bar and a message say where it went."""
        from ui.package_export import ask_and_write

        if self.context is not None:
            self.flush_typing()
            ask_and_write(self, self.context, self.tell)

    def tell(self, message: str) -> None:
        """A sentence the user should read: in the status bar, and in a message box."""
        self.statusBar().showMessage(message, 15000)
        QMessageBox.information(self, self.tr("Drug policy workshop"), message)

    def choose_worksheets_folder(self) -> None:
        """Ask for a folder, then write the paper worksheets there (File > Paper
        worksheets)."""
        if self.context is None:
            return
        name = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the paper worksheets"), str(self._folder()))
        if name:
            self.write_worksheets(Path(name))

    def write_worksheets(self, folder: Path) -> operations.OperationSignals | None:
        """Write the paper worksheets into `folder` off the GUI thread, with progress and
        Cancel, in the workshop's language; say where they went."""
        if self.context is None:
            return None
        self.flush_typing()
        source = self.context.store.path

        def work(progress: operations.Progress) -> list[Path]:
            from workshop.reports.worksheets_pdf import write_worksheets

            return write_worksheets(source, folder, progress=progress.report)

        def done(written: list[Path]) -> None:
            self.statusBar().showMessage(self.tr("{n} worksheets written to {folder}").format(
                n=len(written), folder=folder), 15000)

        return operations.run_with_dialog(
            self, self.tr("Writing the paper worksheets…"), work, done, self.show_error)

    def choose_copies_to_collect(self) -> None:
        """Ask for group copies and collect them (File > Collect group work)."""
        if self.context is None:
            return
        names, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Collect group work"), str(self._folder()), file_filter())
        if names:
            self.collect_group_work([Path(n) for n in names])

    def collect_group_work(self, paths: list[Path]) -> QMessageBox | None:
        """Collect group copies into the open workshop (each one undo step) and say what each
        did, in one message; returns that message box, shown."""
        from ui.group_copies import collect_copies, collect_summary

        if self.context is None:
            return None
        self.flush_typing()
        results = collect_copies(self.context, paths)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Group work collected"),
                          collect_summary(results), QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        """Accept workshop files dropped on the window."""
        if event.mimeData().hasUrls() and all(
                url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        """Group copies dropped on an open workshop are collected into it; another file
        dropped is opened."""
        from ui.group_copies import is_group_copy_of

        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls()]
        copies = [p for p in paths if is_group_copy_of(self.context, p)]
        event.acceptProposedAction()
        if copies:
            self.collect_group_work(copies)
        elif len(paths) == 1:
            self.open_path(paths[0])

    def close_file(self) -> None:
        """Close the open workshop (every edit is already saved); show the start page."""
        if self.context is None:
            return
        self.flush_typing()
        if self.projector is not None:
            self.projector.close()
        if self.notes_dialog is not None:
            self.notes_dialog.binder.flush()  # typing in progress is saved first
            self.notes_dialog.close()
            self.notes_dialog.deleteLater()
            self.notes_dialog = None
        context = self.context
        self.context = None
        self.undo_group.removeStack(context.undo_stack)
        self._drop_pages(context)
        if self.backup_keeper is not None:
            self.backup_keeper.stop()
            self.backup_keeper.deleteLater()
            self.backup_keeper = None
        context.store.close()
        context.deleteLater()
        self._show_start()

    # ----- the open workshop -----------------------------------------------------------------

    def _show_start(self) -> None:
        self.start_page.set_recent(settings.recent_files())
        self.screens.setCurrentWidget(self.start_page)
        self.banner.hide()
        self.saved_label.clear()
        self.setWindowTitle(self.tr("Drug policy workshop"))
        for action in (self.copy_action, self.close_action, self.projector_action,
                       self.review_action, self.restore_action, self.give_copy_action,
                       self.collect_action, self.worksheets_action, self.package_action,
                       self.notes_action):
            action.setEnabled(False)

    def _show_workshop(self, store: WorkshopFile) -> None:
        from ui.context import EVERYTHING, WorkshopContext

        context = WorkshopContext(store, self)
        self.context = context
        context.failed.connect(self.show_error)
        context.changed.connect(self._update_status)
        context.synced.connect(self._show_saved)
        self.undo_group.addStack(context.undo_stack)
        self.undo_group.setActiveStack(context.undo_stack)
        self._fill_pages()
        self.screens.setCurrentWidget(self.workspace)
        self.sidebar.setCurrentRow(0)  # the steps were just filled: this shows the first
        self._show_banner(store)
        self._enable_file_actions(store)
        context.failed.connect(self._file_gone)
        self._update_status(EVERYTHING)
        if not store.read_only:
            from ui.backup_keeper import BackupKeeper

            self.backup_keeper = BackupKeeper(store, settings.backup_minutes(), self)
            self.backup_keeper.failed.connect(
                lambda message: self.statusBar().showMessage(message, 15000))
            if self.isVisible():
                self.backup_keeper.start()
            else:  # the file named at start: the copy starts once the window is on screen
                QTimer.singleShot(0, self, self._start_backups)
            # The first edit needs sqlite-utils: load it once the window is shown and idle.
            QTimer.singleShot(WARM_UP_MS, self, self._warm_up)

    def _warm_up(self) -> None:
        """Load what the first edit needs (sqlite-utils), if a writable workshop is open (the
        timer holds no workshop: one closed meanwhile is freed at once)."""
        store = self.context.store if self.context is not None else None
        if store is not None and not store.read_only and not store.gone:
            store.warm_up()

    def _fill_pages(self) -> None:
        self.slots = self.build_slots()
        self.sidebar.blockSignals(True)
        for slot in self.slots:
            self.sidebar.addItem(slot.title)
        self.sidebar.blockSignals(False)

    def _page_at(self, row: int) -> Page:
        """The page of step `row`, built and put in the stack the first time it is wanted."""
        slot = self.slots[row]
        if slot.page is None:
            assert self.context is not None  # there are steps only while a workshop is open
            self.stack.addWidget(slot.build(self.context))
        return slot.page  # type: ignore[return-value]  # built just above

    @property
    def pages(self) -> list[Page]:
        """Every page of the flow, in order (each built if it was not yet)."""
        return [self._page_at(row) for row in range(len(self.slots))]

    def _drop_pages(self, context: WorkshopContext | None = None) -> None:
        context = context or self.context
        self.sidebar.blockSignals(True)
        self.sidebar.clear()
        self.sidebar.blockSignals(False)
        for slot in self.slots:
            if slot.page is not None:
                self.stack.removeWidget(slot.page)
                slot.page.deleteLater()
        self.slots = []
        if context is not None:
            # the pages' table models belong to the context; they go with their pages
            for model in context.findChildren(QAbstractItemModel):
                model.deleteLater()

    def _enable_file_actions(self, store: WorkshopFile) -> None:
        for action in (self.copy_action, self.close_action, self.projector_action,
                       self.worksheets_action, self.notes_action):
            action.setEnabled(True)
        self.review_action.setEnabled(not store.read_only)
        self.restore_action.setEnabled(not store.read_only)
        self.package_action.setEnabled(store.origin is None)  # a copy is collected, not sent
        facilitators = not store.read_only and store.origin is None
        self.give_copy_action.setEnabled(facilitators)
        self.collect_action.setEnabled(facilitators)

    def _show_banner(self, store: WorkshopFile) -> None:
        origin = store.origin
        if origin is not None:
            from workshop.file.model import WorkingGroup

            group = store.get(WorkingGroup, origin.group_uuid)
            self.banner.setText(self.tr(
                "This is the copy of {group} of the workshop “{title}”. Assess the group's "
                "commitments and name its gaps and needs; the rest is shown for reference and "
                "is changed in the facilitator's file, where this copy is collected (File > "
                "Collect group work).").format(group=group.name if group else "?",
                                               title=store.details.title))
            self.banner.show()
        elif store.read_only:
            self.banner.setText(self.tr(
                "{name} is open read-only (the file or its folder cannot be written): you can "
                "read and present it, but changes cannot be saved. Use File > Save a copy to "
                "work on a copy.").format(name=store.path.name))
            self.banner.show()
        else:
            self.banner.hide()

    def _file_gone(self, message: str) -> None:
        """Keep the sentence in the banner once the file has vanished under the app."""
        if self.context is not None and self.context.store.gone:
            self.banner.setText(message)
            self.banner.show()
            self._update_status(frozenset())

    def build_slots(self) -> list[PageSlot]:
        """The steps of the workshop flow, in order; exercise steps from their definitions."""
        from workshop.catalogs.exercises import load_exercises
        from workshop.catalogs.translations import localized_exercise

        def step(page_type: str, title: object) -> PageSlot:
            slot = PageSlot.of(page_type, str(title))
            # translated in the page's class context, where the text was marked
            slot.title = QCoreApplication.translate(slot.name, str(title))
            return slot

        slots = [step(page_type, title) for page_type, title in STEPS_BEFORE]
        try:
            exercises = load_exercises()
        except WorkshopError as error:
            self.show_error(error.message)
            exercises = []
        for exercise in exercises:
            page_type = PAGE_BY_KIND.get(exercise.kind)
            if page_type is not None:
                shown = localized_exercise(exercise, language.current_language())
                slots.append(PageSlot.of(page_type, shown.title, shown))
        slots.append(step(*STEP_AFTER))
        return slots

    def _show_page(self, row: int) -> None:
        if 0 <= row < len(self.slots):
            leaving = self.stack.currentWidget()
            if leaving is not None:
                self.flush_typing(leaving)
            page = self._page_at(row)
            self.stack.setCurrentWidget(page)
            page.shown()

    def flush_typing(self, within: QWidget | None = None) -> None:
        """Save what is being typed now (text fields save after a short pause), in `within`
        or anywhere in the window."""
        for binder in (within or self).findChildren(TextBinder):
            binder.flush()

    def page(self, page_type: type[Page]) -> Page | None:
        """The first page of a type (tests and projector mode find pages this way)."""
        row = next((r for r, slot in enumerate(self.slots) if slot.is_a(page_type)), None)
        return None if row is None else self._page_at(row)

    def go_to(self, page: Page) -> None:
        """Show a page, as if chosen in the sidebar."""
        self.sidebar.setCurrentRow(next(r for r, slot in enumerate(self.slots)
                                        if slot.page is page))

    def _show_saved(self, *_revision: int) -> None:
        """Say whether every edit is saved: committed and, in the app, on the disk (a commit
        is made durable by a thread of its own; until then the edit is "being saved")."""
        if self.context is None:
            return
        store = self.context.store
        behind = store.sync_behind
        if store.read_only:
            self.saved_label.setText(self.tr("Read-only: changes cannot be saved"))
        elif store.gone:
            self.saved_label.setText(self.tr("Not saved: the file is no longer there"))
        elif behind is not None and behind.problem:
            self.saved_label.setText(self.tr(
                "Not yet on the disk ({problem}): keep the app open; it tries again with the "
                "next change").format(problem=behind.problem))
        elif behind is not None and behind.durable_revision < store.revision:
            self.saved_label.setText(self.tr("Saving… (revision {n})").format(n=store.revision))
        else:
            self.saved_label.setText(self.tr("All changes saved (revision {n})").format(
                n=store.revision))

    def _update_status(self, tables: frozenset[str]) -> None:
        if self.context is None:
            return
        store = self.context.store
        self._show_saved()
        if "*" in tables or "workshop" in tables:
            from workshop.languages.locale_data import country_name

            details = store.details
            country = country_name(details.country, language.current_language())
            self.setWindowTitle(self.tr("{title} — {country} — Drug policy workshop").format(
                title=details.title, country=country))

    # ----- projector -------------------------------------------------------------------------

    def show_projector(self) -> None:
        """Full screen, one commitment at a time, starting from the one shown on the page."""
        from ui.pages.action_plan import ActionPlanPage
        from ui.pages.assessment import AssessmentPage
        from ui.pages.consensus import ConsensusPage
        from ui.pages.ranking import RankingPage
        from ui.pages.results import ResultsPage
        from ui.projector import ACTIONS, COMMITMENTS, GAPS, RESULTS, ProjectorWindow

        if self.context is None:
            return
        current = self.stack.currentWidget()
        ids = self.context.store.commitments_in_scope()
        start = None
        kind = {RankingPage: GAPS, ActionPlanPage: ACTIONS, ResultsPage: RESULTS}.get(
            type(current), COMMITMENTS)
        if isinstance(current, AssessmentPage | ConsensusPage):
            shown = [c.id for c in current.list.model.commitments]
            ids = shown or ids
            start = current.list.current()
        self.projector = ProjectorWindow(self.context, ids, start, kind)
        self.projector.left.connect(self._projector_left)
        if self.countdown.timer.isActive():
            self.projector.show_countdown(self.countdown.text(), ended=False)
        # with a projector plugged in as a second screen, the plenary sees it there and the
        # facilitator keeps the main window on the laptop
        others = [s for s in QGuiApplication.screens() if s is not self.screen()]
        if others:
            self.projector.setScreen(others[0])
            self.projector.move(others[0].geometry().topLeft())
        self.projector.fit_to((self.projector.screen() or self.screen()).geometry().height())
        self.projector.showFullScreen()
        self.projector.activateWindow()
        self.projector.setFocus()

    def _projector_left(self) -> None:
        from ui.pages.assessment import AssessmentPage
        from ui.pages.consensus import ConsensusPage

        projector = self.projector
        self.projector = None
        if projector is not None:
            current = self.stack.currentWidget()
            if isinstance(current, AssessmentPage | ConsensusPage) and projector.current():
                current.list.select(projector.current() or "")
            projector.deleteLater()

    # ----- closing ---------------------------------------------------------------------------

    def _start_backups(self) -> None:
        """Start the backups of the open workshop, if one is open and they have not started
        (the timer holds no workshop: one closed meanwhile is freed at once)."""
        if self.backup_keeper is not None:
            self.backup_keeper.start()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        """Close the file with the window; every edit was already saved."""
        settings.save_geometry(self.saveGeometry())
        self.close_file()
        super().closeEvent(event)
