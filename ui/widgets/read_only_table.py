"""A table to read (figures, outcomes, answers): one way to make it, the same everywhere.

Named for screen readers, not editable, rows selected whole, the last column stretched, no row
numbers (labels where asked), and the Tab key leaving it (arrows move within), so that a
keyboard user is never held in a table.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QWidget


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
