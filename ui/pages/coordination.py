"""Coordination map: institutions by chapter, each cell empty, contributes or leads.

Click a cell, or press Space or Enter on it, to cycle empty -> contributes -> leads -> empty;
each step is one undo step.
"""

from __future__ import annotations

import textwrap
from typing import Any, cast

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import QHeaderView, QTableView, QVBoxLayout, QWidget

from ui import commands
from ui.context import WorkshopContext
from ui.models import Index, labels
from ui.pages.exercise_base import ExercisePage
from workshop.catalogs.exercises import Exercise
from workshop.file import reads
from workshop.file.model import COORDINATION_ROLES, CoordinationEntry, Institution, new_uuid

ROLE_COLOURS = {"lead": QColor("#2e86c1"), "contributor": QColor("#aed6f1")}


class CoordinationModel(QAbstractTableModel):
    """Institutions (rows) by chapters (columns); the cell is the institution's role."""

    def __init__(self, context: WorkshopContext) -> None:
        super().__init__(context)
        self.context = context
        self.chapters = list(context.catalog.chapters)
        self.institutions: list[Institution] = []
        self.entries: dict[tuple[str, int], CoordinationEntry] = {}
        self.role_labels = labels(COORDINATION_ROLES)
        self.reload()

    def reload(self) -> None:
        """Read institutions and entries again."""
        store = self.context.store
        institutions = reads.institutions_by_name(store)
        self.entries = {(e.institution_uuid, e.chapter): e
                        for e in store.records(CoordinationEntry)}
        if [i.uuid for i in institutions] == [i.uuid for i in self.institutions] and institutions:
            self.institutions = institutions
            self.dataChanged.emit(self.index(0, 0), self.index(len(institutions) - 1,
                                                               len(self.chapters) - 1))
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(institutions) - 1)
        else:
            self.beginResetModel()
            self.institutions = institutions
            self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.institutions)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.chapters)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.chapters):
            chapter = self.chapters[section]
            if role == Qt.ItemDataRole.DisplayRole:
                # on two or three lines: seven chapters side by side fit a laptop's width
                return textwrap.fill(f"{chapter.number}. {chapter.short}", width=18,
                                     max_lines=3, placeholder="…")
            if role == Qt.ItemDataRole.ToolTipRole:
                return chapter.title
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.institutions):
            institution = self.institutions[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return institution.acronym or institution.name
            if role == Qt.ItemDataRole.ToolTipRole:
                return institution.name
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def entry(self, index: Index) -> CoordinationEntry | None:
        """The coordination entry of a cell, if any."""
        return self.entries.get((self.institutions[index.row()].uuid,
                                 self.chapters[index.column()].number))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.institutions):
            return None
        entry = self.entry(index)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.role_labels.get(entry.role, "") if entry else ""
        if role == Qt.ItemDataRole.BackgroundRole and entry:
            return ROLE_COLOURS.get(entry.role)
        if role == Qt.ItemDataRole.ForegroundRole and entry and entry.role == "lead":
            return QColor("white")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Click, Space or Enter: empty, contributes, leads")
        return None

    def cycle(self, index: Index) -> None:
        """Move a cell to its next role: empty -> contributes -> leads -> empty."""
        if not index.isValid() or not self.context.can_change("coordination"):
            return
        entry = self.entry(index)
        institution = self.institutions[index.row()].uuid
        chapter = self.chapters[index.column()].number
        if entry is None:
            commands.add(self.context, self.tr("Mark a contribution"), CoordinationEntry(
                uuid=new_uuid(), institution_uuid=institution, chapter=chapter,
                role="contributor"))
        elif entry.role == "contributor":
            commands.update(self.context, self.tr("Mark a lead"), CoordinationEntry,
                            entry.uuid, role="lead")
        else:
            commands.remove(self.context, self.tr("Clear a cell of the map"), CoordinationEntry,
                            entry.uuid)


class CoordinationView(QTableView):
    """The map's table; Space and Enter cycle the current cell, arrows move, Tab leaves."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabKeyNavigation(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            cast(CoordinationModel, self.model()).cycle(self.currentIndex())
            return
        super().keyPressEvent(event)


class CoordinationPage(ExercisePage):
    """The coordination map exercise (kind "matrix")."""

    watches = frozenset({"institution", "coordination"})

    def __init__(self, context: WorkshopContext, exercise: Exercise,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, exercise, parent)
        self.model = CoordinationModel(context)
        self.view = CoordinationView(self.body)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Coordination map: institutions by chapter"))
        self.view.clicked.connect(self.model.cycle)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(80)
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def refresh(self) -> None:
        current = self.view.currentIndex()
        self.model.reload()
        if current.isValid():
            self.view.setCurrentIndex(self.model.index(current.row(), current.column()))
