"""Writing an output file whole or not at all, and only where an output may go.

Reports, workbooks, packages, installed catalogs, backups and copies of a workshop file are all
written the same way: to a temporary file beside the target, flushed to disk, then moved into
place in one step. A failure (a full disk, a pulled USB stick, an exception in the writer)
never leaves half a file under the requested name, and an unwritable target is reported in one
sentence.

An output goes only to a new name or over a regular file that is not a file of the app: never
over a workshop or consolidated file (any SQLite database: the input itself, a backup, a copy
kept before a migration), nor over one of the files SQLite and the app keep beside one (`-wal`,
`-shm`, `-journal`, `.lock`) or an SQLite journal, nor over a folder, a device, a pipe or a
socket (renaming over `/dev/null` would replace the device with a file).

The temporary file, `.NAME.xxxxxxxx.workshop-tmp`, is held by a lock that dies with its
writer (it is locked before it gets that name). A writer that was killed leaves it behind; the
next output written to the same folder removes it, and never one a live process holds.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from workshop.errors import WorkshopError
from workshop.file.sqlite_file import (
    ABANDONED_AFTER,
    COMPANIONS,
    SQLITE_HEADER,
    hold_while_writing,
    is_abandoned,
    is_sqlite_file,
    read_header,
)
from workshop.languages.i18n import tr

TEMP_SUFFIX = ".workshop-tmp"
STAGING_SUFFIX = ".workshop-new"  # before it is locked: removed only once a minute old
EARLIER_AFTER = 3600.0  # seconds: temporary files of earlier versions were never locked
# How SQLite's journals begin: a WAL file, and a rollback journal's header.
JOURNAL_MAGICS = (b"\x37\x7f\x06\x82", b"\x37\x7f\x06\x83", b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7")

__all__ = ["SQLITE_HEADER", "atomic_output", "refuse_output_target",
           "remove_abandoned_temporaries"]


@contextlib.contextmanager
def atomic_output(target: Path | str, *, replace: bool = True,
                  sync: bool = True) -> Iterator[BinaryIO]:
    """Yield a binary file to write; on success it becomes `target`, on any failure it vanishes.

    Refuses a target no output may be written to (see the module). With `replace=False` an
    existing target is never overwritten (the move is a hard link, which fails if the name is
    taken). With `sync=False` the data is not forced to the disk first: only for a cache, which
    a crash may leave empty or unreadable (its reader then rebuilds it). Raises WorkshopError
    naming the file for OS errors.
    """
    target = Path(target)
    refuse_output_target(target)
    remove_abandoned_temporaries(target.parent, target.name)
    temp_name = ""
    held = -1
    try:
        handle, temp_name = _new_temporary(target)
        if sys.platform != "win32":
            held = os.dup(handle)  # keeps the lock until the file is in place
        os.chmod(temp_name, 0o644)  # mkstemp makes it private; outputs are meant to be shared
        with os.fdopen(handle, "w+b") as stream:
            yield stream
            stream.flush()
            if sync:
                os.fsync(stream.fileno())
        if replace:
            os.replace(temp_name, target)
        else:
            _move_without_replacing(temp_name, target)
        temp_name = ""
    except FileExistsError:
        raise WorkshopError(tr("{path} already exists; nothing was written over it.",
                               path=target)) from None
    except OSError as error:
        raise WorkshopError(tr("{path} cannot be written ({reason}); nothing was written. "
                               "Check the folder and the free space.",
                               path=target, reason=error.strerror or error)) from None
    finally:
        if temp_name:
            with contextlib.suppress(OSError):
                os.unlink(temp_name)
        if held >= 0:
            os.close(held)


def _new_temporary(target: Path) -> tuple[int, str]:
    """A new temporary file beside `target`, open and held; its name."""
    prefix = f".{target.name}."
    if sys.platform == "win32":  # an open file cannot be removed there: no lock needed
        return tempfile.mkstemp(dir=target.parent, prefix=prefix, suffix=TEMP_SUFFIX)
    handle, staging = tempfile.mkstemp(dir=target.parent, prefix=prefix, suffix=STAGING_SUFFIX)
    try:
        hold_while_writing(handle)
        name = staging[: -len(STAGING_SUFFIX)] + TEMP_SUFFIX
        if os.path.lexists(name):
            raise FileExistsError(name)
        os.rename(staging, name)
    except BaseException:
        os.close(handle)
        with contextlib.suppress(OSError):
            os.unlink(staging)
        raise
    return handle, name


def refuse_output_target(target: Path) -> None:
    """Refuse, in one sentence, a target no output may be written to: a folder, a device, a
    pipe or a socket, an SQLite database (a workshop or consolidated file, the input itself, a
    backup), an SQLite journal, or a companion of an SQLite database (its `-wal`, `-shm`,
    `-journal` or `.lock`, even before it exists)."""
    try:
        mode = os.stat(target).st_mode
    except OSError:
        mode = None  # nothing there yet (or unreachable: the write will say so)
    if mode is not None and stat.S_ISDIR(mode):
        raise WorkshopError(tr("{path} is a folder; choose a file name.", path=target))
    if mode is not None and not stat.S_ISREG(mode):
        raise WorkshopError(tr("{path} is not a file but a device, a pipe or a socket; nothing "
                               "is written to it: choose a file name.", path=target))
    head = b""
    if mode is not None:
        with contextlib.suppress(WorkshopError):
            head = read_header(target)
    if head.startswith(SQLITE_HEADER):
        raise WorkshopError(tr("{path} is a database (a workshop or consolidated file); nothing "
                               "is ever written over it: choose another name.", path=target))
    owner = _companion_owner(target)
    if owner is not None or head.startswith(JOURNAL_MAGICS):
        raise WorkshopError(tr(
            "{path} belongs to a database (SQLite or the app keeps it beside {owner}); nothing "
            "is ever written over it: choose another name.", path=target,
            owner=owner.name if owner is not None else "?"))


def _companion_owner(target: Path) -> Path | None:
    """The SQLite database `target` is a companion of (its `-wal`, `-shm`, `-journal` or
    `.lock`), or None."""
    lowered = target.name.lower()
    for suffix in COMPANIONS:
        if lowered.endswith(suffix) and len(target.name) > len(suffix):
            owner = target.with_name(target.name[: -len(suffix)])
            if is_sqlite_file(owner):
                return owner
    return None


def remove_abandoned_temporaries(folder: Path, name: str = "") -> list[Path]:
    """Remove the temporary files killed writers left in `folder`; the paths removed.

    Removed: this module's temporary files that no live process holds (a writer holds its own
    until it is in place); and, an hour after they were last written, those of earlier versions
    of the app for the output `name` (`.NAME.xxxxxxxx.tmp`, and `NAME.creating` with its
    journals, which were never held). Never a file a live process holds, never a folder.
    """
    earlier = re.compile(rf"\.{re.escape(name)}\.[a-z0-9_]{{8}}\.tmp") if name else None
    creating = {f"{name}.creating{suffix}" for suffix in ("", "-journal", "-wal", "-shm")} \
        if name else set()
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        found = entry.name
        if found.startswith(".") and found.endswith(TEMP_SUFFIX):
            after = 0.0
        elif found.startswith(".") and found.endswith(STAGING_SUFFIX):
            after = ABANDONED_AFTER
        elif (earlier is not None and earlier.fullmatch(found)) or found in creating:
            after = EARLIER_AFTER
        else:
            continue
        with contextlib.suppress(OSError):
            if entry.is_file(follow_symlinks=False) and _remove_if_abandoned(Path(entry.path),
                                                                              after):
                removed.append(Path(entry.path))
    return removed


def _remove_if_abandoned(path: Path, after: float) -> bool:
    """Remove a temporary file last written more than `after` seconds ago that no live
    process holds; whether it was removed."""
    handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)
                     | getattr(os, "O_NOFOLLOW", 0))
    try:
        info = os.fstat(handle)
        if not stat.S_ISREG(info.st_mode) or time.time() - info.st_mtime < after \
                or not is_abandoned(handle):
            return False
        if sys.platform != "win32":
            os.unlink(path)  # while its lock is ours: no writer can take it meanwhile
            return True
    finally:
        os.close(handle)
    os.unlink(path)  # Windows: fails while any process has it open
    return True


def _move_without_replacing(temp_name: str, target: Path) -> None:
    try:
        os.link(temp_name, target)  # fails if the target exists
    except FileExistsError:
        raise
    except OSError:  # a file system without hard links (FAT on a USB stick)
        if target.exists():
            raise FileExistsError(target) from None
        os.replace(temp_name, target)
        return
    os.unlink(temp_name)


def write_image(image: bytes, target: Path, *, replace: bool = True) -> Path:
    """Write a database image (`database_image`) to `target`, whole or not at all, through the
    one writer of outputs (so never over an app file, its companions, a device or a pipe);
    returns `target`."""
    with atomic_output(target, replace=replace) as out:
        out.write(image)
    return Path(target)
