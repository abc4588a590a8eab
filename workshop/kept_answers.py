"""Answers every start needs, kept on disk so that the next start need not work them out again.

Opening a workshop asks the same questions at every start: the country names in one language
and whether a language code is known (asking Babel means importing it and loading a language's
CLDR data, about 35 ms), and what the exercise definitions say (Python's TOML parser takes
about 8 ms for the six files). Each answer is kept in the user's cache folder with the
signature of what it came from (this version of the app and Babel's installed data files, or
the SHA-256 of the exercise file), as Python keeps compiled modules; it is worked out again
when that signature changed, when the file of answers cannot be read, or when a kept answer is
not of the expected form. Only a cache: written without waiting for the disk (a crash may
leave it unreadable, and then it is simply rebuilt), never needed (without a cache folder every
answer is worked out), never larger than MAX_BYTES, and nothing in it is a table of its own:
every answer is Babel's or the parser's.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import stat
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from workshop.errors import WorkshopError
from workshop.paths import user_cache_dir

FILE_NAME = "kept-answers.json"
FORMAT = 2
MAX_BYTES = 1_000_000  # beyond this (answers for many versions of many files) start afresh

_lock = threading.Lock()  # reports ask from worker threads too
_answers: dict[str, Any] = {}
_answers_from: Path | None = None  # the file they were read from (tests move the folder)


def file_signature(path: Path | str) -> str:
    """The size and modification time of a file ("" when it cannot be read: nothing is kept)."""
    try:
        found = os.stat(path)
    except (OSError, ValueError):
        return ""
    return f"{found.st_size}-{found.st_mtime_ns}"


def answers_path() -> Path | None:
    """The file the answers are kept in (None without a cache folder)."""
    try:
        return user_cache_dir() / FILE_NAME
    except OSError:
        return None


def remembered(section: str, question: str, source: str, ask: Callable[[], Any],
               keep: Callable[[Any], bool]) -> Any:
    """The answer to `question`: the one kept before if it came from the same `source` (a
    signature; "" keeps nothing), else `ask()`'s, kept for the next start.

    `keep(answer)` says whether an answer is one to keep, and whether a kept one has the form
    to be used (one that has not, from a torn or foreign file, is asked again). Whatever `ask`
    raises goes to the caller, and nothing is kept of it.
    """
    if not source:
        return ask()
    with _lock:
        entry = _loaded()["sections"].get(section, {}).get(question)
        if isinstance(entry, dict) and entry.get("source") == source \
                and keep(entry.get("answer")):
            return entry["answer"]
    answer = ask()
    if keep(answer):
        with _lock:
            _keep(section, question, {"source": source, "answer": answer})
    return answer


def remembered_parse(section: str, content: str | bytes, parse: Callable[[Any], Any],
                     keep: Callable[[Any], bool]) -> Any:
    """What `parse(content)` made of a file's content, kept while some file holds that same
    content (keyed by its SHA-256, so a file rewritten within one tick of the clock is still
    seen, and the same file in two places is kept once)."""
    raw = content.encode("utf-8", "surrogatepass") if isinstance(content, str) else content
    digest = hashlib.sha256(raw).hexdigest()
    return remembered(section, digest, digest, lambda: parse(content), keep)


def forget() -> None:
    """Drop the answers read into memory (the file stays); the next question reads it again."""
    global _answers_from
    with _lock:
        _answers_from = None


def _loaded() -> dict[str, Any]:
    global _answers, _answers_from
    where = answers_path()
    if where is None or where != _answers_from:
        _answers, _answers_from = _read(where), where
    return _answers


def _read(where: Path | None) -> dict[str, Any]:
    empty: dict[str, Any] = {"format": FORMAT, "sections": {}}
    if where is None:
        return empty
    try:
        found = os.stat(where)
        # a plain file of a sensible size only: never wait on a pipe or read a device
        if not stat.S_ISREG(found.st_mode) or found.st_size > MAX_BYTES:
            return empty
        data = json.loads(where.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return empty
    if not isinstance(data, dict) or data.get("format") != FORMAT \
            or not isinstance(data.get("sections"), dict) \
            or not all(isinstance(section, dict) for section in data["sections"].values()):
        return empty
    return data


def _keep(section: str, question: str, entry: dict[str, Any]) -> None:
    """Add one answer, in memory and in the file; an answer JSON cannot hold is not kept."""
    from workshop.file.atomic import atomic_output

    answers = _loaded()
    grown = {**answers["sections"], section: {**answers["sections"].get(section, {}),
                                              question: entry}}
    try:
        text = json.dumps({"format": FORMAT, "sections": grown})
    except (TypeError, ValueError):  # not a JSON value (a TOML date): asked again next time
        return
    if len(text) > MAX_BYTES:
        grown = {section: {question: entry}}
        text = json.dumps({"format": FORMAT, "sections": grown})
    answers["sections"] = grown
    if _answers_from is None:
        return
    with contextlib.suppress(OSError):  # a pipe or device in the cache's place: the cache's
        if not stat.S_ISREG(os.lstat(_answers_from).st_mode):  # own name, taken back
            os.unlink(_answers_from)
    with contextlib.suppress(WorkshopError, OSError), \
            atomic_output(_answers_from, sync=False) as out:
        out.write(text.encode("ascii"))
