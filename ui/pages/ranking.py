"""Gap prioritisation: every gap with its priority, votes and rank; sortable, editable."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui import commands
from ui.commands import EditCommand, UpdateEdit
from ui.context import WorkshopContext
from ui.language import commitment_label
from ui.models import Column, RecordTableModel, TableSpec, labels
from ui.pages.exercise_base import ExercisePage
from ui.widgets.record_table import RecordTable
from workshop.catalogs.exercises import Exercise
from workshop.file.model import PRIORITIES, Gap, WorkingGroup, new_uuid


def commitment_choices(context: WorkshopContext) -> dict[str, str]:
    """Commitments in scope by id, labelled by their short reference and title ("2016 1(a)
    Primary prevention…"): the full reference starts alike for a whole document."""
    catalog = context.catalog
    found = {cid: catalog.commitment(cid) for cid in context.store.commitments_in_scope()}
    return {cid: commitment_label(c) for cid, c in found.items() if c}


def group_choices(context: WorkshopContext) -> dict[str, str]:
    """Working groups by uuid, labelled by name."""
    return {g.uuid: g.name for g in context.store.records(WorkingGroup)}


class RankingPage(ExercisePage):
    """The gap prioritisation exercise (kind "ranking")."""

    watches = frozenset({"gap"})

    def __init__(self, context: WorkshopContext, exercise: Exercise,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, exercise, parent)
        columns = [
            Column("description", self.tr("Gap")),
            Column("commitment_id", self.tr("Commitment"), lambda: commitment_choices(context)),
            Column("group_uuid", self.tr("Group"), lambda: group_choices(context),
                   editable=False),
            Column("votes", self.tr("Votes"), kind="int"),
            Column("priority", self.tr("Priority"), lambda: labels(PRIORITIES)),
            Column("rank", self.tr("Rank"), kind="optional_int",
                   tooltip=self.tr("1 is the most important; leave empty for unranked gaps")),
        ]
        columns = [c for c in columns if self.shows(f"gap.{c.field}") or c.field == "group_uuid"]
        self.model = RecordTableModel(context, TableSpec(
            Gap, columns), self.tr("Edit a gap"))
        self.table = RecordTable(self.model, self.tr("Gaps"), self.add_gap,
                                 self.tr("Remove gaps"), self.body)
        rank = QPushButton(self.tr("Rank by votes"), self.body)
        rank.setToolTip(self.tr("Number the gaps 1, 2, 3... from the most votes down"))
        rank.clicked.connect(self.rank_by_votes)
        rank.setEnabled(context.can_change("gap", "rank"))
        for button in (self.table.add_button, self.table.remove_button):  # the plenary's list
            button.setEnabled(context.can_change("gap", "rank"))
        self.table.buttons.insertWidget(1, rank)
        self.count = QLabel(self.body)
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved):
            signal.connect(self._count)
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.count)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)

    def refresh(self) -> None:
        self._count()

    def _count(self) -> None:
        """The number of gaps, as the table holds them now (the table reloads on its own)."""
        self.count.setText(self.tr("%n gaps", "", self.model.rowCount()))

    def add_gap(self) -> None:
        """Add a gap named in plenary: ask which commitment it is on (the selected gap's
        proposed), then start typing it."""
        selected = self.table.selected_uuids()
        current = self.context.store.get(Gap, selected[0]) if selected else None
        catalog = self.context.catalog
        scope = [c for c in (catalog.commitment(cid)
                             for cid in self.context.store.commitments_in_scope()) if c]
        if not scope:
            return
        names = [commitment_label(c) for c in scope]
        start = next((i for i, c in enumerate(scope)
                      if current and c.id == current.commitment_id), 0)
        name, chosen = QInputDialog.getItem(
            self, self.tr("Add a gap"), self.tr("The commitment the gap is on:"), names, start,
            False)
        if not chosen:
            return
        commitment = scope[names.index(name)].id
        record = Gap(uuid=new_uuid(), commitment_id=commitment, description=self.tr("New gap"))
        if commands.add(self.context, self.tr("Add a gap"), record):
            self.table.select_uuid(record.uuid, 0, edit=True)

    def rank_by_votes(self) -> None:
        """Give every gap a rank from its votes (most votes first) as one undo step."""
        gaps = sorted(self.context.store.records(Gap), key=lambda g: (-g.votes, g.rank or 10**6,
                                                                       g.description))
        edits = [UpdateEdit(Gap, g.uuid, rank=n) for n, g in enumerate(gaps, start=1)
                 if g.rank != n]
        if edits:
            commands.push(EditCommand(self.context, self.tr("Rank the gaps by votes"),
                                      edits))
