"""The secretariat's window: a consolidated file, the packages merged into it, its figures.

Packages arrive by the file dialog or by dragging files from the file manager onto the window,
many at once. The merge runs off the GUI thread with a progress bar; Cancel stops it between two
packages (each package merged stays merged, whole). The window reads the consolidated file only
for display and never keeps it open, so the merge holds the file's single writer lock alone.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QBrush, QColor, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTableWidgetItem,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ui import language, operations
from ui.widgets.heat_map import HeatMap
from ui.widgets.read_only_table import read_only_table, read_only_view
from ui.widgets.report_buttons import ReportButtons
from workshop.catalogs.catalog import latest_catalog
from workshop.errors import WorkshopError
from workshop.exchange.consolidated import ConsolidatedFile, summarize_consolidated
from workshop.exchange.merge import APPLIED, CONFLICT, REFUSED, MergeOutcome, merge_packages
from workshop.languages.locale_data import country_name, format_date_range


def outcome_labels() -> dict[str, str]:
    """The merge outcomes in the user's language."""
    translate = QCoreApplication.translate
    return {"added": translate("SecretariatWindow", "Added"),
            "unchanged": translate("SecretariatWindow", "Already merged"),
            "replaced": translate("SecretariatWindow", "Replaced an older revision"),
            "conflict": translate("SecretariatWindow", "Conflict"),
            "refused": translate("SecretariatWindow", "Refused")}


def package_filter() -> str:
    """The file dialog's filter for exchange packages."""
    return QCoreApplication.translate(
        "SecretariatWindow", "Exchange packages (*.wspkg *.zip);;All files (*)")


class SecretariatWindow(QMainWindow):
    """One window per consolidated file."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.outcomes: list[MergeOutcome] = []
        self.summary: dict = {}
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setAcceptDrops(True)
        self.setWindowTitle(self.tr("{name} — consolidated results").format(name=self.path.name))

        self.add_action = QAction(self.tr("&Add packages…"), self)
        self.add_action.setShortcut(QKeySequence.StandardKey.Open)
        self.add_action.setToolTip(self.tr("Merge exchange packages into this file (you can also "
                                           "drag package files onto the window)"))
        self.add_action.triggered.connect(self.choose_packages)
        close = QAction(self.tr("&Close"), self)
        close.setShortcut(QKeySequence.StandardKey.Close)
        close.triggered.connect(self.close)
        menu = self.menuBar().addMenu(self.tr("&File"))
        menu.addAction(self.add_action)
        menu.addSeparator()
        menu.addAction(close)
        toolbar = QToolBar(self.tr("Secretariat"), self)
        toolbar.setObjectName("secretariat-toolbar")
        toolbar.addAction(self.add_action)
        self.addToolBar(toolbar)

        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.merge_table = read_only_table(self, self.tr("Merge outcomes"), [
            self.tr("Package"), self.tr("Outcome"), self.tr("Country"), self.tr("Revision"),
            self.tr("Reason")])
        self.workshop_table = read_only_view(self, self.tr("Workshops merged"), [
            self.tr("Country"), self.tr("Workshop"), self.tr("Dates"), self.tr("Revision"),
            self.tr("Merged at")])
        self.history_table = read_only_view(self, self.tr("Merge history of the file"), [
            self.tr("When"), self.tr("Package"), self.tr("Country"), self.tr("Revision"),
            self.tr("Replaced revision"), self.tr("Outcome")])
        self.heat_map = HeatMap(self)
        self.totals = QLabel(self)
        self.totals.setWordWrap(True)
        figures = QWidget(self)
        figures_layout = QVBoxLayout(figures)
        figures_layout.addWidget(QLabel(self.tr("Consensus status by chapter, all workshops"),
                                        figures))
        figures_layout.addWidget(self.heat_map)
        figures_layout.addWidget(self.totals)
        figures_layout.addStretch(1)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.merge_table, self.tr("Merge outcomes"))
        self.tabs.addTab(self.workshop_table, self.tr("Workshops"))
        self.tabs.addTab(figures, self.tr("Figures"))
        self.tabs.addTab(self.history_table, self.tr("History"))
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addWidget(self.heading)
        self.reports = ReportButtons(lambda: self.path, consolidated=True, parent=self)
        self.reports.setEnabled(self.path.exists())
        layout.addWidget(self.reports)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.resize(1100, 680)
        self.refresh()

    # ----- showing the file ------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the consolidated file's figures again (read-only, closed at once)."""
        self.reports.setEnabled(self.path.exists())
        if not self.path.exists():
            self.summary = {}
            self.heading.setText(self.tr("No package merged yet: add packages to begin."))
            self.workshop_table.model().set_rows([])  # type: ignore[attr-defined]
            return
        try:
            with ConsolidatedFile.open(self.path, read_only=True) as cfile:
                self.summary = summarize_consolidated(cfile, language.current_language())
                history = cfile.merge_log()
        except WorkshopError as error:
            self.heading.setText(error.message)
            return
        summary = self.summary
        self.heading.setText(self.tr(
            "{workshops} workshops from {countries} countries in {name}.").format(
            workshops=summary["workshops"], countries=summary["countries"], name=self.path.name))
        shown_in = language.current_language()
        self.workshop_table.model().set_rows([  # type: ignore[attr-defined]
            (w["country_name"], w["title"],
             format_date_range(w["start_date"], w["end_date"], shown_in, "medium"),
             str(w["revision"]), w["merged_at"][:16]) for w in summary["merged"]])
        self.workshop_table.resizeColumnsToContents()
        names = outcome_labels()
        self.history_table.model().set_rows([  # type: ignore[attr-defined]
            (entry["at"][:16].replace("T", " "), entry["package"],
             country_name(entry["country"], shown_in), str(entry["revision"]),
             "" if entry["previous_revision"] is None else str(entry["previous_revision"]),
             names.get(entry["outcome"], entry["outcome"])) for entry in history])
        self.history_table.resizeColumnsToContents()
        counts = summary["counts"]
        self.heat_map.show_consensus(latest_catalog(), counts["consensus_by_chapter"])
        self.totals.setText(self.tr(
            "Participants: {participants}   Gaps: {gaps}   Technical-assistance needs: "
            "{needs}   Actions: {actions}").format(
            participants=counts["participants"], gaps=counts["gaps"],
            needs=counts["assistance_needs"], actions=counts["action_items"]))

    def _show_outcomes(self, outcomes: list[MergeOutcome]) -> None:
        names = outcome_labels()
        warn = QBrush(QColor("#f8d7da"))
        for outcome in outcomes:
            row = self.merge_table.rowCount()
            self.merge_table.insertRow(row)
            reason = " ".join([outcome.reason, *outcome.warnings]).strip()
            texts = (Path(outcome.package).name, names.get(outcome.outcome, outcome.outcome),
                     country_name(outcome.country, language.current_language())
                     if outcome.country else "",
                     "" if outcome.revision is None else str(outcome.revision),
                     reason)
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(outcome.package if column == 0 else text)
                if outcome.outcome in (CONFLICT, REFUSED):
                    item.setBackground(warn)
                self.merge_table.setItem(row, column, item)
        self.merge_table.resizeColumnsToContents()
        self.merge_table.scrollToBottom()

    # ----- merging ---------------------------------------------------------------------------

    def choose_packages(self) -> None:
        """Ask for package files (several at once) and merge them."""
        names, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Add exchange packages"), str(self.path.parent), package_filter())
        if names:
            self.add_packages([Path(n) for n in names])

    def add_packages(self, packages: list[Path]) -> operations.OperationSignals:
        """Merge the packages into the file off the GUI thread, with progress and Cancel."""
        self.add_action.setEnabled(False)

        def work(progress: operations.Progress) -> list[MergeOutcome]:
            return merge_packages(
                self.path, packages,
                progress=lambda done, total, _outcome: progress.tell(done, total),
                should_stop=progress.stop_requested)

        def finished() -> None:
            self.add_action.setEnabled(True)
            self.refresh()

        def done(outcomes: list[MergeOutcome]) -> None:
            finished()
            self.outcomes.extend(outcomes)
            self._show_outcomes(outcomes)
            self.tabs.setCurrentWidget(self.merge_table)
            applied = sum(1 for o in outcomes if o.outcome in APPLIED)
            message = self.tr("{applied} of {total} packages merged.").format(
                applied=applied, total=len(packages))
            if len(outcomes) < len(packages):
                message += " " + self.tr("Stopped after {done} packages; the rest were not "
                                         "read.").format(done=len(outcomes))
            self.statusBar().showMessage(message)

        def failed(message: str) -> None:
            finished()
            QMessageBox.critical(self, self.tr("Consolidated results"), message)

        return operations.run_with_dialog(self, self.tr("Merging packages…"), work, done,
                                          failed, finished)

    # ----- drag and drop ---------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt override)
        if self.add_action.isEnabled() and _local_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt override)
        files = _local_files(event)
        if not files or not self.add_action.isEnabled():
            event.ignore()
            return
        event.acceptProposedAction()
        self.add_packages(files)


def _local_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    data = event.mimeData()
    if not data.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile()]
