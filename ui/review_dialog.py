"""The preview of a ministry's review before it is recorded (File > Import a ministry review).

The core reads the reviewed workbook (workshop.exchange.review.read_review) and says what would
change; this dialog shows it: who reviewed and when, each view and comment with what it
replaces, and every edit outside the review columns, which is ignored. Nothing is written until
the user presses "Record the review".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.read_only_table import read_only_table
from workshop.languages.i18n import tr as core_tr

if TYPE_CHECKING:  # the core's review module brings openpyxl: loaded only when used
    from workshop.exchange.review import ReviewImport


class ReviewImportDialog(QDialog):
    """Shows what a reviewed workbook would change; accepted means: record it."""

    def __init__(self, result: ReviewImport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.review = result  # not `result`: QDialog.result() is the dialog code
        self.setWindowTitle(self.tr("Ministry review: what would change"))
        self.resize(980, 600)
        counts = result.counts()
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setText(self.tr(
            "Review by {reviewer} of {date}, from the workbook {name} (written at revision "
            "{revision}): {new} new, {changed} changed, {unchanged} unchanged. {ignored} edits "
            "outside the review columns are ignored and never applied.").format(
                reviewer=result.reviewer or "-", date=result.reviewed_at, name=result.workbook,
                revision=result.workbook_revision, **counts))

        change_names = {"new": self.tr("New"), "changed": self.tr("Changed"),
                        "unchanged": self.tr("Unchanged")}
        self.reviews = self._table(
            [self.tr("Change"), self.tr("Sheet"), self.tr("Row"), self.tr("View"),
             self.tr("Comment"), self.tr("Before")],
            [[change_names.get(i.change, i.change), i.sheet, i.row_label, core_tr(i.view),
              i.comment, "" if i.previous_view is None else
              " – ".join(t for t in (core_tr(i.previous_view), i.previous_comment or "") if t)]
             for i in result.items],
            self.tr("Reviews in the workbook"))
        self.ignored = self._table(
            [self.tr("Sheet"), self.tr("Cell"), self.tr("Column"), self.tr("As exported"),
             self.tr("Found"), self.tr("Why ignored")],
            [[e.sheet, e.cell, e.column, e.exported, e.found, e.reason] for e in result.ignored],
            self.tr("Edits outside the review columns (ignored)"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.record_button = buttons.addButton(self.tr("&Record the review"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        wanted = counts["new"] + counts["changed"]
        self.record_button.setEnabled(wanted > 0)
        if not wanted:
            self.record_button.setToolTip(self.tr("Nothing new to record."))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        for title, table in ((self.tr("Reviews ({n})").format(n=len(result.items)),
                              self.reviews),
                             (self.tr("Ignored edits ({n})").format(n=len(result.ignored)),
                              self.ignored)):
            box = QGroupBox(title, self)
            QVBoxLayout(box).addWidget(table)
            layout.addWidget(box, 2 if table is self.reviews else 1)
        layout.addWidget(buttons)

    def _table(self, headers: list[str], rows: list[list[str]], name: str) -> QTableWidget:
        table = read_only_table(self, name, headers, len(rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                item = QTableWidgetItem(" ".join(str(value).split()))
                item.setToolTip(str(value))
                table.setItem(r, c, item)
        table.resizeColumnsToContents()
        for c in range(len(headers)):
            table.setColumnWidth(c, min(table.columnWidth(c), 320))
        return table
