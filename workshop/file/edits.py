"""Reversible edits: each is one call into `WorkshopFile` and knows how to undo itself.

An add is undone by a removal, an update by an update with `Change.old`, a removal by
`restore(Removal)`. They hold no Qt: the interface wraps a list of them in one undo step
(`ui/commands.py`), and the core applies lists of them itself (collecting a group's copy), so
every change a user makes, from a key press to a group's afternoon of work, is made the same way.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from workshop.file.model import Record, new_uuid
from workshop.file.store import Removal, WorkshopFile


class Edit:
    """One reversible call into the core."""

    table = ""

    def apply(self, store: WorkshopFile) -> None:
        """Do (or redo) the edit."""
        raise NotImplementedError

    def revert(self, store: WorkshopFile) -> None:
        """Undo the edit."""
        raise NotImplementedError


class AddEdit(Edit):
    """Add a record; undone by removing it, redone by restoring what the removal took."""

    def __init__(self, record: Record) -> None:
        self.record = record
        self.table = record.TABLE
        self.removal: Removal | None = None

    def apply(self, store: WorkshopFile) -> None:
        if self.removal is None:
            store.add(self.record)
        else:
            store.restore(self.removal)

    def revert(self, store: WorkshopFile) -> None:
        self.removal = store.remove(type(self.record), self.record.uuid)


class UpdateEdit(Edit):
    """Change fields of a record; undone by writing back the old values the core returned."""

    def __init__(self, record_type: type[Record], uuid: str, **values: Any) -> None:
        self.record_type = record_type
        self.table = record_type.TABLE
        self.uuid = uuid
        self.new = dict(values)
        self.old: dict[str, Any] | None = None

    def apply(self, store: WorkshopFile) -> None:
        change = store.update(self.record_type, self.uuid, **self.new)
        if self.old is None:
            self.old = dict(change.old)

    def revert(self, store: WorkshopFile) -> None:
        if self.old:
            store.update(self.record_type, self.uuid, **self.old)


class RemoveEdit(Edit):
    """Remove a record and what depends on it; undone by `restore`."""

    def __init__(self, record_type: type[Record], uuid: str) -> None:
        self.record_type = record_type
        self.table = record_type.TABLE
        self.uuid = uuid
        self.removal: Removal | None = None

    def apply(self, store: WorkshopFile) -> None:
        self.removal = store.remove(self.record_type, self.uuid)

    def revert(self, store: WorkshopFile) -> None:
        if self.removal is not None:
            store.restore(self.removal)


class DetailsEdit(Edit):
    """Change the workshop's details; undone with the old values."""

    table = "workshop"

    def __init__(self, **values: Any) -> None:
        self.new = dict(values)
        self.old: dict[str, Any] | None = None

    def apply(self, store: WorkshopFile) -> None:
        change = store.update_details(**self.new)
        if self.old is None:
            self.old = dict(change.old)

    def revert(self, store: WorkshopFile) -> None:
        if self.old:
            store.update_details(**self.old)


class SetEdit(Edit):
    """Set fields of the one record a natural key names (a group's assessment of a commitment,
    the consensus on a commitment, the session notes of a day), created on first edit; undone
    to before the first keystroke of the burst (the record removed if this edit made it)."""

    def __init__(self, record_type: type[Record], key: dict[str, Any], **values: Any) -> None:
        self.record_type = record_type
        self.table = record_type.TABLE
        self.key = dict(key)
        self.new = dict(values)
        self.uuid = ""
        self.created = False
        self.old: dict[str, Any] = {}
        self.removal: Removal | None = None

    def apply(self, store: WorkshopFile) -> None:
        if not self.uuid:
            where = " AND ".join(f"{column} = ?" for column in self.key)
            found = store.records(self.record_type, where, list(self.key.values()))
            if found:
                self.uuid = found[0].uuid
                self.old = dict(store.update(self.record_type, self.uuid, **self.new).old)
            else:
                self.uuid = new_uuid()
                store.add(self.record_type(uuid=self.uuid, **self.key, **self.new))
                self.created = True
        elif self.created and self.removal is not None:
            store.restore(self.removal)
            store.update(self.record_type, self.uuid, **self.new)
        else:
            store.update(self.record_type, self.uuid, **self.new)

    def revert(self, store: WorkshopFile) -> None:
        if self.created:
            self.removal = store.remove(self.record_type, self.uuid)
        elif self.old:
            store.update(self.record_type, self.uuid, **self.old)


def apply_edits(store: WorkshopFile, edits: Sequence[Edit]) -> None:
    """Make edits in one transaction: all kept, or (on a refusal) none."""
    if len(edits) == 1:
        edits[0].apply(store)
        return
    with store.batch():
        for edit in edits:
            edit.apply(store)


def revert_edits(store: WorkshopFile, edits: Sequence[Edit]) -> None:
    """Undo edits, last first, in one transaction."""
    if len(edits) == 1:
        edits[0].revert(store)
        return
    with store.batch():
        for edit in reversed(edits):
            edit.revert(store)
