"""Automatic backups of workshop files, and restoring one without losing anything.

A facilitator's laptop runs on a hotel power strip and the workshop file may sit on a USB stick:
the app keeps consistent copies of the open workshop in the user data folder (platformdirs,
`WORKSHOP_DATA_DIR` to move it), one folder per workshop (its id), made with SQLite's online
backup API from a connection of their own so a copy is never half an edit. The GUI makes one
when a file is opened and every few minutes while it is being edited.

Copies are rotated: the newest `KEEP_LAST`, plus the newest of each of the last `KEEP_DAYS` days.
Each copy's name carries its time and the workshop's revision. Restoring puts a copy in place of
the workshop file after moving the current file (and any journal SQLite left beside it) aside
under a new name: nothing is ever overwritten without a copy kept.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import sqlite3
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from workshop.errors import WorkshopError
from workshop.file.atomic import EARLIER_AFTER, atomic_output, write_image
from workshop.file.schema import WORKSHOP_APPLICATION_ID
from workshop.file.sqlite_file import (
    FileLock,
    database_image,
    file_alone,
    image_connection,
    sqlite_uri,
)
from workshop.languages.i18n import tr
from workshop.paths import user_data_dir

KEEP_LAST = 10
KEEP_DAYS = 14
DEFAULT_INTERVAL_MINUTES = 10
ORIGIN = "origin.json"  # the paths a workshop was backed up from, to find it by path
_NAME = re.compile(r"^(\d{8}T\d{6}Z)-r(\d+)\.workshop\Z", re.ASCII)
# What an earlier version's backup killed halfway left (never held: removed an hour after).
_EARLIER_PART = re.compile(r"\.\d{8}T\d{6}Z-[0-9a-f]{12}\.part(-journal)?")
_STAMP = "%Y%m%dT%H%M%SZ"
_ID = re.compile(r"^[0-9A-Za-z-]{1,64}\Z")
_SIDE_FILES = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class Backup:
    """One backup copy: where it is, which workshop, at which revision, when it was made."""

    path: Path
    workshop_id: str
    revision: int
    made_at: datetime  # UTC

    @property
    def size(self) -> int:
        """The copy's size in bytes (0 if it vanished)."""
        try:
            return self.path.stat().st_size
        except OSError:
            return 0


def backups_root() -> Path:
    """The folder holding every workshop's backups."""
    return user_data_dir() / "backups"


def _folder(workshop_id: str) -> Path:
    if not _ID.match(workshop_id):
        raise WorkshopError(tr("The workshop's id {id} cannot name a backup folder.",
                               id=workshop_id[:40]))
    return backups_root() / workshop_id


def _read_identity(conn: sqlite3.Connection) -> tuple[str, int]:
    row = conn.execute("SELECT id, revision FROM workshop").fetchone()
    return _backup_key(conn, str(row[0])), int(row[1])


def _backup_key(conn: sqlite3.Connection, workshop_id: str) -> str:
    """The folder a file's backups go to: its workshop's id, except for a group's copy, which
    shares that id and is kept apart under its own, so that restoring never puts a copy in
    place of the facilitator's file, or the reverse."""
    try:
        found = conn.execute("SELECT copy_id FROM copy_origin LIMIT 1").fetchone()
    except sqlite3.OperationalError:  # a file from before group copies
        return workshop_id
    return workshop_id if found is None else str(found[0])


def make_backup(source: Path | str, *, conn: sqlite3.Connection | None = None,
                now: datetime | None = None) -> Backup:
    """Copy a workshop file into its backup folder (whole or nothing) and rotate the folder.

    Reads through a read-only connection of its own, so it may run on a worker thread while
    the file is open and being edited; `conn` (an open connection to the file) is used instead
    when the file itself can no longer be reached. If the newest backup already holds the same
    revision, that one is returned and nothing is written. Raises WorkshopError in one sentence
    (a full disk, a file that is not a workshop).
    """
    source = Path(source)
    now = (now or datetime.now(UTC)).astimezone(UTC)
    own = conn is None
    try:
        if conn is None:
            conn = sqlite3.connect(sqlite_uri(source, read_only=True), uri=True)
            conn.execute("PRAGMA busy_timeout = 5000")
        if conn.execute("PRAGMA application_id").fetchone()[0] != WORKSHOP_APPLICATION_ID:
            raise WorkshopError(tr("{name} is not a workshop file.", name=source.name))
        workshop_id, revision = _read_identity(conn)
        folder = _folder(workshop_id)
        existing = list_backups(workshop_id)
        if existing and existing[0].revision == revision:
            _remember_origin(folder, source)
            return existing[0]
        folder.mkdir(parents=True, exist_ok=True)
        image = database_image(conn)
        copy = image_connection(image)
        try:
            workshop_id, revision = _read_identity(copy)  # edits may have come meanwhile
        finally:
            copy.close()
        final = folder / f"{now.strftime(_STAMP)}-r{revision}.workshop"
        write_image(image, final, replace=False)
    except WorkshopError:
        raise
    except (sqlite3.Error, OSError) as error:
        raise WorkshopError(tr("No backup of {name} could be made ({reason}); the workshop "
                               "file itself is unchanged.", name=source.name,
                               reason=getattr(error, "strerror", None) or error)) from None
    finally:
        if own and conn is not None:
            conn.close()
    _remember_origin(folder, source)
    rotate(workshop_id, now)
    return Backup(final, workshop_id, revision, now.replace(microsecond=0))


def _remember_origin(folder: Path, source: Path) -> None:
    where = str(source.resolve())
    paths = _origins(folder)
    if where in paths:
        return
    paths.insert(0, where)
    with contextlib.suppress(WorkshopError), atomic_output(folder / ORIGIN) as out:
        out.write(json.dumps({"paths": paths[:20]}, ensure_ascii=False).encode("utf-8"))


def _origins(folder: Path) -> list[str]:
    try:
        data = json.loads((folder / ORIGIN).read_text(encoding="utf-8"))
        return [p for p in data.get("paths", []) if isinstance(p, str)]
    except (OSError, ValueError, AttributeError):
        return []


def list_backups(workshop_id: str) -> list[Backup]:
    """The backups of one workshop, newest first (by time, then revision)."""
    try:
        folder = _folder(workshop_id)
        names = os.listdir(folder)
    except (OSError, WorkshopError):
        return []
    found = []
    for name in names:
        match = _NAME.match(name)
        if match:
            made = datetime.fromisoformat(match.group(1))  # basic ISO 8601, in UTC
            found.append(Backup(folder / name, workshop_id, int(match.group(2)), made))
    return sorted(found, key=lambda b: (b.made_at, b.revision), reverse=True)


def rotate(workshop_id: str, now: datetime | None = None) -> list[Path]:
    """Delete the backups the policy no longer keeps; the paths deleted.

    Kept: the newest KEEP_LAST, and the newest of each day (UTC) of the last KEEP_DAYS days.
    """
    now = (now or datetime.now(UTC)).astimezone(UTC)
    backups = list_backups(workshop_id)
    keep = {b.path for b in backups[:KEEP_LAST]}
    days: set[str] = set()
    for backup in backups:  # newest first: the first seen of a day is its newest
        day = backup.made_at.date().isoformat()
        if now - backup.made_at <= timedelta(days=KEEP_DAYS) and day not in days:
            days.add(day)
            keep.add(backup.path)
    removed = []
    for backup in backups:
        if backup.path not in keep:
            with contextlib.suppress(OSError):
                backup.path.unlink()
                removed.append(backup.path)
    return removed + _remove_earlier_parts(_folder(workshop_id))


def _remove_earlier_parts(folder: Path) -> list[Path]:
    """Remove the half-made copies of earlier versions' killed backups, an hour old."""
    removed = []
    now = time.time()
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            if _EARLIER_PART.fullmatch(entry.name) and entry.is_file(follow_symlinks=False) \
                    and now - entry.stat().st_mtime > EARLIER_AFTER:
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)
                    removed.append(Path(entry.path))
    return removed


def workshop_id_of(path: Path) -> str | None:
    """The workshop id written in a file, if it can still be read (a damaged file may not)."""
    try:
        conn = file_alone(Path(path))  # a journal beside it may be another file's
    except (sqlite3.Error, OSError):
        return None
    try:
        if conn.execute("PRAGMA application_id").fetchone()[0] != WORKSHOP_APPLICATION_ID:
            return None
        return _read_identity(conn)[0]
    except (sqlite3.Error, TypeError, ValueError):
        return None
    finally:
        conn.close()


def backups_for(path: Path | str) -> list[Backup]:
    """The backups of the workshop at `path`, newest first.

    Found by the workshop id inside the file, or, when the file is too damaged to say, by the
    paths each backup folder remembers having copied from.
    """
    path = Path(path)
    workshop_id = workshop_id_of(path) if path.is_file() else None
    if workshop_id is not None and list_backups(workshop_id):
        return list_backups(workshop_id)
    where = str(path.resolve())
    try:
        folders = [f for f in backups_root().iterdir() if f.is_dir()]
    except OSError:
        return []
    found: list[Backup] = []
    for folder in folders:
        if where in _origins(folder):
            found += list_backups(folder.name)
    return sorted(found, key=lambda b: (b.made_at, b.revision), reverse=True)


def is_good(backup: Backup) -> bool:
    """Whether a backup passes SQLite's full integrity check and is a workshop file."""
    try:
        conn = sqlite3.connect(sqlite_uri(backup.path, read_only=True), uri=True)
    except (sqlite3.Error, OSError):
        return False
    try:
        if conn.execute("PRAGMA application_id").fetchone()[0] != WORKSHOP_APPLICATION_ID:
            return False
        result = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        return result == ["ok"] and _read_identity(conn)[0] == backup.workshop_id
    except (sqlite3.Error, TypeError, ValueError):
        return False
    finally:
        conn.close()


def newest_good_backup(path: Path | str) -> Backup | None:
    """The newest backup of the workshop at `path` that passes the integrity check."""
    return next((b for b in backups_for(path) if is_good(b)), None)


def aside_name(path: Path, reason: str, now: datetime | None = None) -> Path:
    """A free name beside `path` to keep it under, e.g. `w.workshop.before-restore-…`."""
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime(_STAMP)
    candidate = path.with_name(f"{path.name}.{reason}-{stamp}")
    n = 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.name}.{reason}-{stamp}-{n}")
    return candidate


def move_aside(path: Path, reason: str) -> Path | None:
    """Rename a workshop file and the journal files SQLite keeps beside it to a free name.

    Returns the new name, or None when there was no file. The journal files travel with it, so
    the file kept aside opens exactly as it was and none of them can be applied to another file
    later put under the old name.
    """
    if not path.exists():
        for suffix in _SIDE_FILES:  # a journal without its file would poison the next one
            side = path.with_name(path.name + suffix)
            if side.exists():
                side.replace(aside_name(side, "orphan"))
        return None
    aside = aside_name(path, reason)
    path.replace(aside)
    for suffix in _SIDE_FILES:
        side = path.with_name(path.name + suffix)
        if side.exists():
            side.replace(aside.with_name(aside.name + suffix))
    return aside


def restore_backup(backup: Backup, target: Path | str, *,
                   reason: str = "before-restore") -> Path | None:
    """Put a backup in place of the workshop file `target`, keeping the current file aside.

    The caller closes the file first. The file kept aside is named after `reason` (e.g.
    `w.workshop.before-restore-20261123T024500Z`). Refused when the backup fails the
    integrity check or another program holds the file open. Returns where the previous file
    was kept (None when there was none). Raises WorkshopError in one sentence; on failure the
    previous file is put back under its name.
    """
    target = Path(target)
    if not is_good(backup):
        raise WorkshopError(tr("The backup {name} is damaged; choose another one.",
                               name=backup.path.name))
    lock = FileLock(target)
    if not lock.acquire():
        raise WorkshopError(tr("{name} is open in another window or program: close it there "
                               "before restoring a backup.", name=target.name))
    aside: Path | None = None
    try:
        try:
            aside = move_aside(target, reason)
            with atomic_output(target, replace=False) as out, backup.path.open("rb") as source:
                shutil.copyfileobj(source, out)
        except OSError as error:
            raise WorkshopError(tr("{name} cannot be written ({reason}); nothing was changed.",
                                   name=target.name, reason=error.strerror or error)) from None
    except WorkshopError:
        if aside is not None and not target.exists():
            with contextlib.suppress(OSError):
                aside.replace(target)
                for suffix in _SIDE_FILES:
                    side = aside.with_name(aside.name + suffix)
                    if side.exists():
                        side.replace(target.with_name(target.name + suffix))
                aside = None
        raise
    finally:
        lock.release()
    return aside
