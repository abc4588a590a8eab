"""A table to read (figures, outcomes, answers): one way to make it, the same everywhere
(`read_only_view` over a model for the tables that may hold thousands of rows).

Named for screen readers, not editable, rows selected whole, the last column stretched, no row
numbers (labels where asked), and the Tab key leaving it (arrows move within), so that a
keyboard user is never held in a table.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView, QTableWidget, QWidget

from ui.models import Index


def read_only_table(parent: QWidget, name: str, headers: Sequence[str] = (),
                    rows: int = 0, row_labels: bool = False) -> QTableWidget:
    """A read-only table named `name` with these column headers and `rows` empty rows; with
    `row_labels`, each row's label shown on its left (else no row numbers)."""
    table = QTableWidget(rows, len(headers), parent)
    table.setAccessibleName(name)
    if headers:
        table.setHorizontalHeaderLabels(list(headers))
    table.setTabKeyNavigation(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().setVisible(row_labels)
    return table


class TextRows(QAbstractTableModel):
    """Rows of text for a view: one object for the whole table, so that a table of thousands
    of rows (the workshops of a consolidated file) costs no item per cell."""

    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self.rows: list[tuple[str, ...]] = []

    def set_rows(self, rows: Sequence[Sequence[str]]) -> None:
        """Show these rows (each as many texts as there are headers)."""
        self.beginResetModel()
        self.rows = [tuple(row) for row in rows]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        return self.rows[index.row()][index.column()]

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.headers):
            return self.headers[section]
        return None


def read_only_view(parent: QWidget, name: str, headers: Sequence[str]) -> QTableView:
    """A read-only table like `read_only_table`, over a `TextRows` model (`view.model()`) for
    tables that may grow to thousands of rows; columns sized from the first rows only."""
    view = QTableView(parent)
    view.setModel(TextRows(headers, view))
    view.setAccessibleName(name)
    view.setTabKeyNavigation(False)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setResizeContentsPrecision(200)
    view.verticalHeader().setVisible(False)
    return view
