"""Action planning: actions for the priority gaps, with who, with whom, by when, measured how."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui import commands
from ui.context import WorkshopContext
from ui.models import Column, RecordTableModel, TableSpec
from ui.pages.exercise_base import ExercisePage
from ui.pages.people import institution_choices
from ui.pages.ranking import commitment_choices
from ui.widgets.record_table import RecordTable
from workshop.catalogs.exercises import Exercise
from workshop.file import reads
from workshop.file.model import ActionItem, Gap, new_uuid


def gap_choices(context: WorkshopContext) -> dict[str, str]:
    """Gaps by uuid, labelled by rank and description, ranked ones first."""
    gaps = sorted(context.store.records(Gap), key=lambda g: (g.rank is None, g.rank or 0))
    return {g.uuid: (f"{g.rank}. " if g.rank else "") + g.description for g in gaps}


class ActionPlanPage(ExercisePage):
    """The action planning exercise (kind "action_plan")."""

    watches = frozenset({"action_item"})

    def __init__(self, context: WorkshopContext, exercise: Exercise,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, exercise, parent)
        columns = [
            Column("description", self.tr("Action")),
            Column("gap_uuid", self.tr("Gap"), lambda: gap_choices(context)),
            Column("commitment_id", self.tr("Commitment"), lambda: commitment_choices(context)),
            Column("responsible_uuid", self.tr("Responsible"),
                   lambda: institution_choices(context)),
            Column("partners", self.tr("Partners")),
            Column("deadline", self.tr("Deadline"),
                   tooltip=self.tr("A date (YYYY-MM-DD) or a period")),
            Column("indicator", self.tr("Indicator")),
        ]
        fields = set(exercise.fields)
        if any(f.startswith("action_item.") for f in fields):
            columns = [c for c in columns if f"action_item.{c.field}" in fields
                       or c.field == "description"]
        self.model = RecordTableModel(context, TableSpec(ActionItem, columns),
                                      self.tr("Edit an action"))
        self.table = RecordTable(self.model, self.tr("Actions"), self.add_action,
                                 self.tr("Remove actions"), self.body)
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)

    def add_action(self) -> None:
        """Add an action (for the first ranked gap that has none yet) and start typing it."""
        store = self.context.store
        planned = {a.gap_uuid for a in store.records(ActionItem)}
        gaps = [g for g in reads.gaps_by_rank(store)
                if g.uuid not in planned]
        gap = gaps[0] if gaps else None
        record = ActionItem(uuid=new_uuid(), description=self.tr("New action"),
                            gap_uuid=gap.uuid if gap else None,
                            commitment_id=gap.commitment_id if gap else None)
        if commands.add(self.context, self.tr("Add an action"), record):
            self.table.select_uuid(record.uuid, 0, edit=True)
