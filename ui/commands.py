"""Undoable edits: every change the user makes is a QUndoCommand that calls the core.

An `Edit` (workshop/file/edits.py) is one reversible call into `WorkshopFile` (add, update, remove,
set an assessment...). A command holds one or more edits and runs them in one transaction
(`store.batch()`), so a paste of twenty rows, or a group's copy collected, is one undo step.
Successive text edits of the same field join one step (`absorb`, called by
`push` rather than QUndoStack's `mergeWith`, whose merged commands PySide6 never
frees), so typing a sentence
is one undo step.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ui.context import WorkshopContext
from workshop.errors import WorkshopError
from workshop.file.edits import (
    AddEdit,
    DetailsEdit,
    Edit,
    RemoveEdit,
    SetEdit,
    UpdateEdit,
    apply_edits,
    revert_edits,
)
from workshop.file.model import Assessment, Consensus, Record, SessionNote


class EditCommand(QUndoCommand):
    """One undo step: one or more edits done in one transaction.

    With a `merge_key`, a following command with the same key (the same field of the same
    record, typed on) joins this one: undo goes back to before the first keystroke.
    """

    def __init__(self, context: WorkshopContext, text: str, edits: Sequence[Edit],
                 merge_key: Hashable | None = None) -> None:
        super().__init__(text)
        self.context = context
        self.edits = list(edits)
        self.merge_key = merge_key
        self.made = False  # made by `make`, and not yet redone by the stack's push

    def make(self) -> None:
        """Make the edit the first time (`push`, before the stack holds it); a
        refusal reaches the context's `refuse`."""
        self._apply()
        self.made = True

    def redo(self) -> None:
        if self.made:  # QUndoStack.push redoes what `make` just did: nothing to do again
            self.made = False
            return
        self._apply()

    def _apply(self) -> None:
        try:
            apply_edits(self.context.store, self.edits)
        except WorkshopError as error:
            self.setObsolete(True)
            self.context.refuse(error.message)
        self.context.announce_written()

    def undo(self) -> None:
        try:
            revert_edits(self.context.store, self.edits)
        except WorkshopError as error:
            self.setObsolete(True)
            self.context.refuse(error.message)
        self.context.announce_written()

    def absorb(self, other: QUndoCommand) -> bool:
        """Take in a later command already made on the same field (typing on), so that both
        are one undo step; whether it was taken."""
        if not isinstance(other, EditCommand) or self.merge_key is None \
                or other.merge_key != self.merge_key \
                or len(self.edits) != 1 or len(other.edits) != 1:
            return False
        mine, theirs = self.edits[0], other.edits[0]
        if not hasattr(mine, "new") or type(mine) is not type(theirs):
            return False
        mine.new.update(theirs.new)  # type: ignore[attr-defined]
        return True


def push(command: EditCommand) -> bool:
    """Do an edit and keep it for undo; False (and one message) when the core refused it.

    The edit is made here, before the stack sees it: a refused edit is dropped, one that
    continues the step on top of the stack (typing on) joins that step, and only a new
    step is pushed (its first `redo`, which QUndoStack calls, finds the edit made).
    """
    context = command.context
    if context.read_only:
        context.failed.emit(QCoreApplication.translate(
            "WorkshopContext", "This workshop is open read-only: changes cannot be saved."))
        return False
    context.refused = False
    command.make()
    if context.refused:
        return False
    stack = context.undo_stack
    top = stack.command(stack.count() - 1) if stack.index() == stack.count() > 0 else None
    if isinstance(top, type(command)) and top.absorb(command):
        return True
    stack.push(command)
    return True


def add(context: WorkshopContext, text: str, *records: Record) -> bool:
    """Add records as one undo step."""
    return push(EditCommand(context, text, [AddEdit(r) for r in records]))


def update(context: WorkshopContext, text: str, record_type: type[Record], uuid: str,
           merge: bool = False, **values: Any) -> bool:
    """Change fields of one record as one undo step (merging with the previous one if asked)."""
    key = (record_type.TABLE, uuid, tuple(sorted(values))) if merge else None
    return push(EditCommand(context, text, [UpdateEdit(record_type, uuid, **values)],
                                    key))


def remove(context: WorkshopContext, text: str, record_type: type[Record], *uuids: str) -> bool:
    """Remove records (and what depends on them) as one undo step."""
    return push(EditCommand(context, text, [RemoveEdit(record_type, u) for u in uuids]))


def set_details(context: WorkshopContext, text: str, merge: bool = False, **values: Any) -> bool:
    """Change the workshop's details as one undo step."""
    key = ("workshop", tuple(sorted(values))) if merge else None
    return push(EditCommand(context, text, [DetailsEdit(**values)], key))


def set_assessment(context: WorkshopContext, text: str, group_uuid: str, commitment_id: str,
                   merge: bool = False, **values: Any) -> bool:
    """Set fields of a group's assessment of a commitment as one undo step."""
    key = ("assessment", group_uuid, commitment_id, tuple(sorted(values))) if merge else None
    edit = SetEdit(Assessment, {"group_uuid": group_uuid, "commitment_id": commitment_id},
                   **values)
    return push(EditCommand(context, text, [edit], key))


def set_consensus(context: WorkshopContext, text: str, commitment_id: str, merge: bool = False,
                  **values: Any) -> bool:
    """Set fields of the consensus on a commitment as one undo step."""
    key = ("consensus", commitment_id, tuple(sorted(values))) if merge else None
    edit = SetEdit(Consensus, {"commitment_id": commitment_id}, **values)
    return push(EditCommand(context, text, [edit], key))


def set_session_notes(context: WorkshopContext, text: str, day: str, notes: str) -> bool:
    """Write a day's session notes (typing on joins the same undo step)."""
    edit = SetEdit(SessionNote, {"day": day}, notes=notes)
    return push(EditCommand(context, text, [edit], ("session_note", day)))
