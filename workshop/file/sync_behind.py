"""Edits made durable behind the typing: the disk sync leaves the thread that edits.

A workshop file open in the app commits each edit at once, in order, on the thread the user
types on, without waiting for the disk (WAL with `synchronous = NORMAL`: a commit is a write
into the write-ahead log, in the operating system's hands, safe from a crash of the app). The
wait for the disk itself, which on a slow USB stick takes tens of milliseconds, is done here on a
thread of its own: after each commit it syncs the write-ahead log, and from then on the edit
survives a power cut too. Only then does the edit count as saved (`durable_revision`, and the
callback the window turns into "All changes saved"). Between the two, a power cut loses at most
the edits not yet called saved, and never leaves the file half written (SQLite's WAL recovery).

The same thread folds the log back into the file (a checkpoint, with its own syncs) once it has
grown past a few megabytes, so that no commit on the typing thread ever does. Nothing here
writes a record: the one write path stays the store's.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

from workshop.file.sqlite_file import companion, sqlite_uri

CHECKPOINT_BYTES = 4 * 1024 * 1024  # fold the log back into the file past this size


def sync_file(path: Path) -> None:
    """Wait until what was written to `path` is on the disk (a missing file has nothing)."""
    try:
        handle = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        return
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


class SyncBehind:
    """One thread that makes committed revisions durable, newest first, and says so."""

    def __init__(self, path: Path, revision: int, *,
                 sync: Callable[[Path], None] = sync_file,
                 checkpoint_bytes: int = CHECKPOINT_BYTES) -> None:
        """`revision` is the file's revision at opening (already on the disk); `sync` waits
        for a file to reach the disk (a slower one can be given to tests)."""
        self.path = path
        self.wal = companion(path, "-wal")
        self._sync = sync
        self._checkpoint_bytes = checkpoint_bytes
        self._wanted = revision
        self._durable = revision
        self._problem = ""
        self._failed_at = 0  # the revision the last failed sync was for
        self._closing = False
        self._changed = threading.Condition()
        self._listeners: list[Callable[[int], None]] = []
        self._thread = threading.Thread(target=self._run, name="sync-behind", daemon=True)
        self._thread.start()

    @property
    def durable_revision(self) -> int:
        """The newest revision known to be on the disk."""
        with self._changed:
            return self._durable

    @property
    def problem(self) -> str:
        """Why the last sync failed ('' when it did not): the edits stay unsaved meanwhile."""
        with self._changed:
            return self._problem

    def listen(self, callback: Callable[[int], None]) -> None:
        """Call `callback(revision)` from the sync thread each time a revision is durable or a
        sync fails (then `problem` says why)."""
        self._listeners.append(callback)

    def committed(self, revision: int) -> None:
        """A revision was committed: make it durable (without waiting for it)."""
        with self._changed:
            if revision > self._wanted:
                self._wanted = revision
                self._changed.notify_all()

    def wait(self, timeout: float | None = None) -> bool:
        """Wait until every committed revision is durable, or its sync failed; whether it
        is durable."""
        with self._changed:
            return self._changed.wait_for(
                lambda: self._durable >= self._wanted or self._failed_at >= self._wanted,
                timeout) and self._durable >= self._wanted

    def close(self) -> None:
        """Sync what is left and stop the thread (before the file's connection closes, so
        the last connection to close folds the log back into the file)."""
        with self._changed:
            self._closing = True
            self._changed.notify_all()
        self._thread.join()

    # ----- the thread -------------------------------------------------------------------------

    def _run(self) -> None:
        folder: sqlite3.Connection | None = None
        try:
            while True:
                with self._changed:
                    self._changed.wait_for(lambda: self._wanted > self._durable or self._closing)
                    target, closing = self._wanted, self._closing
                if target > self._durable:
                    self._make_durable(target)
                    folder = self._fold_back(folder)
                if closing and (self._durable >= self._wanted or self._problem):
                    return  # a disk that still fails at closing is said by `problem`
        finally:
            if folder is not None:
                folder.close()

    def _make_durable(self, target: int) -> None:
        try:
            self._sync(self.wal)
        except OSError as error:
            with self._changed:
                self._problem = error.strerror or str(error)
                self._failed_at = target
                self._changed.notify_all()
            self._tell(self._durable)
            if not self._closing:
                with self._changed:  # try again at the next commit, or when closing
                    self._changed.wait(1.0)
            return
        with self._changed:
            self._durable = max(self._durable, target)
            self._problem = ""
            self._changed.notify_all()
        self._tell(target)

    def _fold_back(self, folder: sqlite3.Connection | None) -> sqlite3.Connection | None:
        """Checkpoint the log into the file once it is large (never blocks the writer)."""
        try:
            if self.wal.stat().st_size < self._checkpoint_bytes:
                return folder
            if folder is None:
                folder = sqlite3.connect(sqlite_uri(self.path, False), uri=True,
                                         check_same_thread=False)
            folder.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        except (OSError, sqlite3.Error):
            pass  # the file's own close folds it back; a busy log is tried again later
        return folder

    def _tell(self, revision: int) -> None:
        for callback in list(self._listeners):
            callback(revision)
