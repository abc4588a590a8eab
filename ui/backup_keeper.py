"""Automatic backups of the open workshop: when it opens, every few minutes of editing, on close.

The copy itself (`workshop.file.backups.make_backup`) reads through a connection of its own, so it
runs on the thread pool while the facilitator keeps typing; a backup that fails (a full disk)
is one line in the status bar, never a dialog in the middle of a session.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from ui import operations
from workshop.errors import WorkshopError
from workshop.file.backups import Backup, make_backup
from workshop.file.store import WorkshopFile


class BackupKeeper(QObject):
    """Keeps backups of one open, writable workshop file."""

    made = Signal(object)  # the Backup just made (or the newest, when nothing had changed)
    failed = Signal(str)  # why no backup could be made, in one sentence

    def __init__(self, store: WorkshopFile, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.path = store.path
        self.last_revision: int | None = None
        self.running = False
        self.started = False
        self.timer = QTimer(self)
        self.timer.setInterval(max(1, minutes) * 60_000)
        self.timer.timeout.connect(self.backup_if_changed)

    def start(self) -> None:
        """Back up now (the file as opened), then on every tick of the timer (once)."""
        if self.started:
            return
        self.started = True
        self.backup_now()
        self.timer.start()

    def changed(self) -> bool:
        """Whether the file moved on since the last backup."""
        return not self.store.gone and self.store.revision != self.last_revision

    def backup_if_changed(self) -> None:
        """The timer's tick: a backup only if something was edited since the last one."""
        if self.changed():
            self.backup_now()

    def backup_now(self) -> None:
        """Start a backup off the GUI thread (unless one is under way)."""
        if self.running or self.store.gone:
            return
        self.running = True
        path = self.path
        operations.run(lambda: make_backup(path), self._done, self._failed)

    def _done(self, backup: Backup) -> None:
        self.running = False
        self.last_revision = backup.revision
        self.made.emit(backup)

    def _failed(self, message: str) -> None:
        self.running = False
        self.failed.emit(message)

    def stop(self) -> None:
        """Stop the timer and, if the file changed since the last backup, make a last one.

        Called before the file closes; the last copy is made in line (a workshop file is a few
        megabytes at most) so that it is complete before the window or the app goes away. A
        backup still under way may have read the file before the last edits, so it does not
        count: the copies write to names of their own, side by side.
        """
        self.timer.stop()
        if self.changed():
            try:
                self._done(make_backup(self.path))
            except WorkshopError as error:
                self.failed.emit(error.message)
