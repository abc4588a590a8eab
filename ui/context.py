"""What every page of one window shares: the open file, its undo stack, one "changed" signal.

Pages never hold each other; they hold this context (git-cola's habit). They change data only by
pushing undoable commands through `commands.push` (or, for the one change that cannot be undone,
`write_once`), and refresh themselves when `changed` announces the change set the core built from
what it wrote, cascades included (Anki's operations), so there is one path for every edit and
one for every refresh.

The undo stack is handed only the commands it keeps. PySide6 keeps the Python object of every
command that QUndoStack deletes inside `push` (one merged into the step below, or one made
obsolete by a refusal) alive for as long as the stack lives: a three-day session typing into
fields grew by thousands of such commands, each holding the text typed. So `push` makes the edit
itself first; a refused edit is not pushed, and typing on the same field is absorbed into the
step on top of the stack by Python (`EditCommand.absorb`), never by QUndoStack's merge.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from workshop.catalogs.catalog import Catalog
from workshop.catalogs.translations import localized_catalog
from workshop.errors import WorkshopError
from workshop.file.group_work import GROUP_TABLES, PLENARY_FIELDS
from workshop.file.store import ChangeSet, WorkshopFile
from workshop.languages.i18n import current_language

# Announced when everything may have changed (a file was opened).
EVERYTHING = ChangeSet.everything()

T = TypeVar("T")


class WorkshopContext(QObject):
    """The open workshop file of one window and the means to change it."""

    # a ChangeSet: the tables (a frozenset of names; "workshop" for the details, "*" for
    # everything) and records that the core wrote
    changed = Signal(object)
    # a message for the user, already in their words (a WorkshopError's .message)
    failed = Signal(str)
    # a revision now on the disk, or a sync that failed (emitted from the sync thread, so
    # delivered to the window's thread through its event loop)
    synced = Signal(int)

    def __init__(self, store: WorkshopFile, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = QUndoStack(self)
        self.refused = False
        self._origin_known = False
        self._in_copy = False
        if store.sync_behind is not None:
            store.sync_behind.listen(self.synced.emit)

    @property
    def catalog(self) -> Catalog:
        """The workshop's catalog with its texts in the interface language (English fallback)."""
        return localized_catalog(self.store.catalog, current_language())

    @property
    def read_only(self) -> bool:
        """Whether the file was opened read-only (nothing can be changed)."""
        return self.store.read_only

    def can_change(self, table: str, field: str | None = None) -> bool:
        """Whether the views may offer to change `table` (or one `field` of it): never in a
        read-only file, and in a group's copy only the group's own work (the core refuses the
        rest; the views then show it read-only rather than offer what will be refused)."""
        if self.read_only:
            return False
        if self._origin_known is False:
            self._in_copy = self.store.origin is not None
            self._origin_known = True
        if not self._in_copy:
            return True
        return table in GROUP_TABLES and (field is None
                                          or field not in PLENARY_FIELDS.get(table, ()))

    def refuse(self, message: str) -> None:
        """Called by a command whose edit the core refused: one message, nothing kept."""
        self.refused = True
        self.failed.emit(message)

    def write_once(self, work: Callable[[WorkshopFile], T]) -> T | None:
        """The operation path for the changes that cannot be undone: recording a ministry
        review (it replaces a reviewer's earlier views, which the file does not keep) and
        taking a baseline (it replaces the one before).
        Runs `work` on the store, announces what the core wrote, and leaves the undo history as
        it was (its steps touch other records). A refusal becomes the `failed` message and
        None."""
        if self.read_only:
            self.failed.emit(self.tr("This workshop is open read-only: changes cannot be saved."))
            return None
        try:
            result = work(self.store)
        except WorkshopError as error:
            self.store.take_changes()
            self.failed.emit(error.message)
            return None
        self.announce_written()
        return result

    def announce_written(self) -> None:
        """Tell every view what the core wrote since the last announcement (its change set)."""
        self.announce(self.store.take_changes())

    def announce(self, changes: ChangeSet) -> None:
        """Tell every view what changed: the tables (and records) of a change set."""
        self.changed.emit(changes)
