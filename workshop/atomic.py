"""Writing an output file whole or not at all.

Reports, workbooks, packages and installed catalogs are all written the same way: to a
temporary file beside the target, flushed to disk, then moved into place in one step. A failure
(a full disk, a pulled USB stick, an exception in the writer) never leaves half a file under the
requested name, and an unwritable target is reported in one sentence.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from .errors import WorkshopError
from .i18n import tr

# How every SQLite file begins: workshop and consolidated files are recognised by it.
SQLITE_HEADER = b"SQLite format 3\x00"


@contextlib.contextmanager
def atomic_output(target: Path | str, *, replace: bool = True,
                  sync: bool = True) -> Iterator[BinaryIO]:
    """Yield a binary file to write; on success it becomes `target`, on any failure it vanishes.

    With `replace=False` an existing target is never overwritten (the move is a hard link,
    which fails if the name is taken). With `sync=False` the data is not forced to the disk
    first: only for a cache, which a crash may leave empty or unreadable (its reader then
    rebuilds it). Raises WorkshopError naming the file for OS errors.
    """
    target = Path(target)
    if target.is_dir():
        raise WorkshopError(tr("{path} is a folder; choose a file name.", path=target))
    if _is_database(target):
        raise WorkshopError(tr("{path} is a database (a workshop or consolidated file); nothing "
                               "is ever written over it: choose another name.", path=target))
    temp_name = ""
    try:
        handle, temp_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.",
                                             suffix=".tmp")
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


def _is_database(path: Path) -> bool:
    """Whether `path` is an SQLite file: the results of a workshop, never an output's place."""
    if not path.is_file():  # nothing, or a pipe or device: opening one could wait for ever
        return False
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


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
