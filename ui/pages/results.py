"""Results: progress per group and in consensus, the heat map, gaps and needs by type.

Every figure on this page comes from `workshop.analysis.summarize`, the same function the
reports and `workshop info` use, so they cannot disagree.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.context import WorkshopContext
from ui.models import labels
from ui.pages.base import Page
from ui.widgets.heat_map import HeatMap
from ui.widgets.read_only_table import read_only_table
from ui.widgets.report_buttons import ReportButtons
from ui.widgets.scrolling import scroll_area
from workshop.analysis import summarize
from workshop.file import reads
from workshop.file.model import ASSISTANCE_TYPES, PRIORITIES


class ResultsPage(Page):
    """The workshop's figures, refreshed after every change."""

    def __init__(self, context: WorkshopContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.progress_box = QGroupBox(self.tr("Progress"), self)
        self.progress = QFormLayout(self.progress_box)
        self.heat_map = HeatMap(self)
        heat_box = QGroupBox(self.tr("Consensus status by chapter"), self)
        QVBoxLayout(heat_box).addWidget(self.heat_map)
        self.counts = read_only_table(self, self.tr("Gaps and needs by priority"),
                                      row_labels=True)
        self.types = read_only_table(self, self.tr("Needs by type of assistance"),
                                     row_labels=True)
        self.totals = QLabel(self)
        self.totals.setWordWrap(True)
        self.progress_since = QGroupBox(self.tr("Progress since the baseline"), self)
        self.since_table = read_only_table(self.progress_since,
                                           self.tr("Progress since the baseline"), [
                                               self.tr("Chapter"), self.tr("Improved"),
                                               self.tr("Unchanged"), self.tr("Worsened"),
                                               self.tr("No baseline")])
        self.since_label = QLabel(self.progress_since)
        since_layout = QVBoxLayout(self.progress_since)
        since_layout.addWidget(self.since_label)
        since_layout.addWidget(self.since_table)
        self.progress_since.hide()
        counts_box = QGroupBox(self.tr("Gaps and technical-assistance needs"), self)
        grid = QGridLayout(counts_box)
        grid.addWidget(self.totals, 0, 0, 1, 2)
        grid.addWidget(self.counts, 1, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.types, 1, 1)
        grid.setColumnStretch(1, 2)
        inner = QWidget(self)
        layout = QVBoxLayout(inner)
        self.reports = ReportButtons(lambda: self.context.store.path, parent=self,
                                     open_store=lambda: self.context.store)
        layout.addWidget(self.reports)
        package = QPushButton(self.tr("Write the exchange package for the secretariat…"), self)
        package.setToolTip(self.tr("The file that carries the workshop's results to the "
                                   "secretariat (File > Write the exchange package)"))
        package.clicked.connect(self._write_package)
        package.setEnabled(context.store.origin is None)
        self.package_button = package
        layout.addWidget(package, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.progress_box)
        layout.addWidget(heat_box)
        layout.addWidget(self.progress_since)
        layout.addWidget(counts_box)
        layout.addStretch(1)
        scroll = scroll_area(inner, self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.figures: dict = {}

    def _show_progress(self, progress: dict) -> None:
        """Improved, unchanged, worsened and without a baseline, by chapter (a follow-up)."""
        baseline = progress["baseline"]
        self.progress_since.setVisible(baseline is not None)
        if baseline is None:
            return
        said = [self.tr("Since {title} ({date}).").format(
            title=baseline["title"], date=baseline["start_date"] or "-")]
        if baseline["unmapped_commitments"]:
            said.append(self.tr("Not compared (no place in this catalog version): {ids}.").format(
                ids=", ".join(baseline["unmapped_commitments"])))
        if baseline["catalog_warning"]:
            said.append(baseline["catalog_warning"])
        self.since_label.setText(" ".join(said))
        rows = progress["by_chapter"]
        self.since_table.setRowCount(len(rows) + 1)
        keys = ("improved", "unchanged", "worsened", "no_baseline")
        for row, (chapter, counts) in enumerate([*rows.items(),
                                                 (self.tr("All"), progress)]):
            found = self.context.catalog.chapter(int(chapter)) if chapter.isdigit() else None
            name = f"{chapter}. {found.short}" if found else chapter
            for column, text in enumerate([name, *(str(counts[k]) for k in keys)]):
                self.since_table.setItem(row, column, QTableWidgetItem(text))
        self.since_table.resizeColumnsToContents()
        self.since_table.setMinimumHeight(self.since_table.verticalHeader().length() + 30)

    def _write_package(self) -> None:
        from ui.package_export import ask_and_write

        ask_and_write(self, self.context, self.window().tell)  # type: ignore[attr-defined]

    def _bar(self, done: int, total: int, name: str) -> QProgressBar:
        bar = QProgressBar(self.progress_box)
        bar.setRange(0, max(total, 1))
        bar.setValue(min(done, max(total, 1)))
        bar.setFormat(self.tr("{done} of {total}").format(done=done, total=total))
        bar.setAccessibleName(name)
        return bar

    def refresh(self) -> None:
        figures = summarize(self.context.store)
        self.figures = figures
        counts = figures["counts"]
        while self.progress.rowCount():
            self.progress.removeRow(0)
        for group in figures["groups"]:
            name = self.tr("{group}: commitments assessed").format(group=group["name"])
            self.progress.addRow(name, self._bar(group["assessed"], group["commitments"], name))
        name = self.tr("Plenary: commitments with a consensus")
        self.progress.addRow(name, self._bar(counts["commitments_with_consensus"],
                                             counts["commitments_in_scope"], name))

        in_scope = reads.chapters_in_scope(self.context.store)
        self._show_progress(figures["progress"])
        self.heat_map.show_consensus(self.context.catalog, {
            number: figures for number, figures in counts["consensus_by_chapter"].items()
            if int(number) in in_scope})

        self.totals.setText(self.tr(
            "Gaps: {gaps}   Technical-assistance needs: {needs}   Actions: {actions}   "
            "Dissents recorded: {dissents}").format(
            gaps=counts["gaps"], needs=counts["assistance_needs"],
            actions=counts["action_items"], dissents=counts["dissents"]))
        priorities = labels(PRIORITIES)
        self.counts.clear()
        self.counts.setRowCount(len(priorities))
        self.counts.setColumnCount(2)
        self.counts.setHorizontalHeaderLabels([self.tr("Gaps"), self.tr("Needs")])
        self.counts.setVerticalHeaderLabels(list(priorities.values()))
        for row, code in enumerate(priorities):
            self.counts.setItem(row, 0, QTableWidgetItem(str(counts["gaps_by_priority"][code])))
            self.counts.setItem(row, 1, QTableWidgetItem(
                str(counts["assistance_needs_by_priority"][code])))
        types = labels(ASSISTANCE_TYPES)
        self.types.clear()
        self.types.setRowCount(len(types))
        self.types.setColumnCount(1)
        self.types.setHorizontalHeaderLabels([self.tr("Needs")])
        self.types.setVerticalHeaderLabels(list(types.values()))
        for row, code in enumerate(types):
            self.types.setItem(row, 0, QTableWidgetItem(
                str(counts["assistance_needs_by_type"][code])))
        for table in (self.counts, self.types):
            table.resizeColumnsToContents()
            table.setFixedHeight(table.verticalHeader().length()
                                 + table.horizontalHeader().height() + 2 * table.frameWidth())
