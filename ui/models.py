"""Qt item models over the workshop file: tables of records, and the commitment list.

A `RecordTableModel` shows one record type as rows, with columns declared once (`Column`);
edits in a cell become undoable commands, and the model refreshes itself from the context's
"changed" signal when one of its tables changed. Labels of closed lists (sectors, priorities...)
come from the core's message table, so the GUI and the reports name them alike.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QWidget

from ui import commands
from ui.context import WorkshopContext
from ui.language import commitment_label, left_to_right
from workshop.catalogs.catalog import Commitment
from workshop.file.model import Record
from workshop.file.rules import REFERENCES
from workshop.file.store import ChangeSet, WorkshopFile
from workshop.languages.i18n import tr as core_tr

Index = QModelIndex | QPersistentModelIndex
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 1  # the column's {code: label} choices, or None
UUID_ROLE = Qt.ItemDataRole.UserRole + 2  # the row's record uuid / commitment id
SORT_ROLE = Qt.ItemDataRole.UserRole + 3


@dataclass
class Column:
    """One column of a record table: the field, its header, and how it is edited."""

    field: str
    header: str
    # {code: label} of a closed list or of other records (e.g. institutions); None for text
    choices: Callable[[], dict[str, str]] | None = None
    kind: str = "text"  # "text", "int" or "optional_int"
    editable: bool = True
    tooltip: str = ""


@dataclass
class TableSpec:
    """Which records a table shows: the type, an optional filter, the order, the columns."""

    record_type: type[Record]
    columns: list[Column]
    # the records shown, as a named read of the core (default: every record, in entry order)
    rows: Callable[[WorkshopFile], Sequence[Record]] | None = None


def labels(choices: dict[str, str]) -> dict[str, str]:
    """A closed list's labels in the user's language."""
    return {code: core_tr(label) for code, label in choices.items()}


class RecordTableModel(QAbstractTableModel):
    """Records of one type as an editable table; every edit is one undo step."""

    def __init__(self, context: WorkshopContext, spec: TableSpec, edit_text: str) -> None:
        super().__init__(context)
        self.context = context
        self.spec = spec
        self.edit_text = edit_text
        self.rows: list[Record] = []
        self._choice_cache: dict[int, dict[str, str]] = {}
        # the views showing it (a RecordTable adds its own); while none of them is on the page
        # the window shows, a change only marks it stale, and `catch_up` reads it when shown
        self.views: list[QWidget] = []
        self.stale = False
        self.reload()
        context.changed.connect(self._on_changed)

    # ----- refresh -------------------------------------------------------------------------

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(self.shown_tables):
            if self.views and not any(view.isVisibleTo(view.window()) for view in self.views):
                self.stale = True
            else:
                self.reload()

    def catch_up(self) -> None:
        """Its page is shown again: read the records if they changed while it was hidden."""
        if self.stale:
            self.reload()

    @property
    def shown_tables(self) -> frozenset[str]:
        """The tables whose change this table shows: its own, and those its references point
        to (their names label the cells), as the schema's references say."""
        record_type = self.spec.record_type
        return frozenset({record_type.TABLE} | {REFERENCES[column] for column in
                                                record_type.columns() if column in REFERENCES})

    def reload(self) -> None:
        """Read the records again; keep rows in place when only values changed."""
        store = self.context.store
        self.stale = False
        rows = list(self.spec.rows(store) if self.spec.rows is not None
                    else store.records(self.spec.record_type))
        self._choice_cache.clear()
        if [r.uuid for r in rows] == [r.uuid for r in self.rows] and rows:
            self.rows = rows
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(rows) - 1, len(self.spec.columns) - 1))
        else:
            self.beginResetModel()
            self.rows = rows
            self.endResetModel()

    def _choices(self, column: int) -> dict[str, str] | None:
        spec = self.spec.columns[column]
        if spec.choices is None:
            return None
        if column not in self._choice_cache:
            self._choice_cache[column] = spec.choices()
        return self._choice_cache[column]

    # ----- the model -----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.spec.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.spec.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.spec.columns[section].header
            if role == Qt.ItemDataRole.ToolTipRole and self.spec.columns[section].tooltip:
                return self.spec.columns[section].tooltip
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = self.spec.columns[index.column()]
        if column.editable and self.context.can_change(self.spec.record_type.TABLE,
                                                       column.field):
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        record = self.rows[index.row()]
        column = self.spec.columns[index.column()]
        value = getattr(record, column.field)
        if role == Qt.ItemDataRole.DisplayRole:
            choices = self._choices(index.column())
            if choices is not None:
                return choices.get(value, "" if value is None else str(value))
            return "" if value is None else str(value) if column.kind != "text" else value
        if role == Qt.ItemDataRole.EditRole:
            return value if value is not None else ""
        if role == SORT_ROLE:
            if column.kind != "text":
                return -1 if value is None else value
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == CHOICES_ROLE:
            return self._choices(index.column())
        if role == UUID_ROLE:
            return record.uuid
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return column.tooltip
        return None

    def setData(self, index: Index, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        record = self.rows[index.row()]
        column = self.spec.columns[index.column()]
        if column.kind in ("int", "optional_int"):
            text = str(value).strip()
            if not text and column.kind == "optional_int":
                value = None
            else:
                try:
                    value = int(text)
                except ValueError:
                    self.context.failed.emit(self.tr("{field} must be a whole number.").format(
                        field=column.header))
                    return False
        elif column.choices is not None and value == "":
            value = None
        if getattr(record, column.field) == value:
            return False
        return commands.update(self.context, self.edit_text, self.spec.record_type,
                               record.uuid, **{column.field: value})

    def record(self, row: int) -> Record | None:
        """The record shown in a row."""
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, uuid: str) -> int:
        """The row of a record, or -1."""
        return next((i for i, r in enumerate(self.rows) if r.uuid == uuid), -1)


class CommitmentListModel(QAbstractListModel):
    """Commitments as a list: reference and title, with a status label beside each."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.commitments: list[Commitment] = []
        self.status_of: dict[str, str] = {}
        self.status_labels: dict[str, str] = {}
        self.signs: dict[str, str] = {}

    def set_commitments(self, commitments: list[Commitment], status_of: dict[str, str],
                        status_labels: dict[str, str], signs: dict[str, str] | None = None
                        ) -> None:
        """Show these commitments (with the signs a page marks some with); keep rows when
        only statuses or signs changed."""
        same = [c.id for c in commitments] == [c.id for c in self.commitments]
        self.status_of = status_of
        self.status_labels = status_labels
        self.signs = signs or {}
        if same and commitments:
            self.commitments = commitments
            self.dataChanged.emit(self.index(0), self.index(len(commitments) - 1))
        else:
            self.beginResetModel()
            self.commitments = commitments
            self.endResetModel()

    def show_status(self, commitment_id: str, status_of: dict[str, str]) -> None:
        """Repaint the one row whose status changed."""
        self.status_of = status_of
        row = self.row_of(commitment_id)
        if row >= 0:
            self.dataChanged.emit(self.index(row), self.index(row))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.commitments)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.commitments):
            return None
        commitment = self.commitments[index.row()]
        status = self.status_of.get(commitment.id)
        if role == Qt.ItemDataRole.DisplayRole:
            mark = status if status is not None else "–"
            mark = {"na": "N/A", "unknown": "?"}.get(mark, mark)
            sign = self.signs.get(commitment.id, "")
            line = f"{left_to_right(f'[{mark}]')}  {commitment_label(commitment)}"
            return f"{sign} {line}" if sign else line
        if role == Qt.ItemDataRole.ToolTipRole:
            label = self.status_labels.get(status or "", "")
            text = f"{commitment.reference}\n{commitment.title}"
            text = f"{text}\n{label}" if label else text
            if "\u26a0" in self.signs.get(commitment.id, ""):
                text += "\n" + self.tr("A group's copy and this file changed the same answer: "
                                        "choose one on the consensus page.")
            if "\u2260" in self.signs.get(commitment.id, ""):
                text += "\n" + self.tr("The groups' statuses differ.")
            return text
        if role == UUID_ROLE:
            return commitment.id
        return None

    def row_of(self, commitment_id: str) -> int:
        """The row of a commitment, or -1."""
        return next((i for i, c in enumerate(self.commitments) if c.id == commitment_id), -1)
