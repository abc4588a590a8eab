"""One rule per stored field: what a value of a workshop's record may be.

The same rules judge a workshop file's rows when it is opened or checked (`content_check`) and
an exchange package's rows when it is read (`exchange`), so a file that `check` passes packs into
a package the secretariat accepts, and a value another command would stumble on is refused where
it is first read, with one sentence, never a traceback later. Ids are matched whole
(`fullmatch`, ASCII digits only): a trailing newline or another script's digits are not an id.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Any

from workshop.catalogs.validation import Checker
from workshop.languages.i18n import N_, tr

MAX_TEXT = 20_000  # characters in one text field
MAX_COUNT = 10_000_000  # the largest whole number a field (or a package's count) may hold

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
SHA256 = re.compile(r"[0-9a-f]{64}")
CATALOG_ID = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")
DOCUMENT_ID = re.compile(r"[0-9]{4}")
COMMITMENT_ID = re.compile(r"[0-9A-Za-z-]{1,40}")
QUESTION_ID = re.compile(r"[A-Za-z0-9_.-]{1,80}")

# Columns that point to another record of the same workshop, and the table they point to.
REFERENCES: dict[str, str] = {
    "institution_uuid": "institution",
    "group_uuid": "working_group",
    "participant_uuid": "participant",
    "gap_uuid": "gap",
    "responsible_uuid": "institution",
}
# Combinations the workshop file keeps unique; a package breaking one is not a workshop's.
UNIQUE_TOGETHER: dict[str, tuple[str, ...]] = {
    "group_member": ("group_uuid", "participant_uuid"),
    "assessment": ("group_uuid", "commitment_id"),
    "consensus": ("commitment_id",),
    "coordination": ("institution_uuid", "chapter"),
}
# Columns holding a chapter number (1 to 7).
CHAPTER_COLUMNS = {("group_assignment", "chapter"), ("coordination", "chapter")}


def shown(value: Any, limit: int = 40) -> str:
    """A value as a message may show it: short, on one line, nothing unprintable."""
    text = "".join(c if c.isprintable() else "?" for c in str(value)[:limit])
    return text + ("…" if len(str(value)) > limit else "")


def is_int(value: Any) -> bool:
    """A whole number, and not a bool (which Python counts as one)."""
    return isinstance(value, int) and not isinstance(value, bool)


def is_encodable(text: str) -> bool:
    """Text that can be written as UTF-8: no lone surrogate (JSON's `\\ud800` makes one)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def matches(pattern: re.Pattern[str], value: Any) -> bool:
    """`value` is text that the pattern matches whole."""
    return isinstance(value, str) and pattern.fullmatch(value) is not None


def check_value(table: str, column: str, hint: str, value: Any, where: str,
                choices: dict[str, dict[str, str]], check: Checker) -> None:
    """Refuse `value` of `table.column` (its type `hint`, its closed lists `choices`) unless it
    is one the app writes; `where` names the row in the sentence."""
    problem = value_rule(table, column, hint, choices.get(column))(value)
    if problem is not None:
        raise check.fail(tr(problem[0], where=where, field=column, **problem[1]))


Problem = tuple[str, dict[str, Any]]  # a sentence with {where} and {field}, and its values
Rule = Callable[[Any], Problem | None]


@functools.cache
def _rule_cache() -> dict[tuple[str, str, str, tuple[str, ...] | None], Rule]:
    return {}


def value_rule(table: str, column: str, hint: str, allowed: dict[str, str] | None) -> Rule:
    """The rule of one field, made once: a function of a value that returns None when the app
    could have written it, else the problem (a translatable sentence and its values)."""
    key = (table, column, hint, tuple(allowed) if allowed is not None else None)
    cache = _rule_cache()
    if key not in cache:
        cache[key] = _make_rule(table, column, hint, allowed)
    return cache[key]


def _make_rule(table: str, column: str, hint: str, allowed: dict[str, str] | None) -> Rule:
    optional = "None" in hint
    if hint.startswith("int"):
        chapter = (table, column) in CHAPTER_COLUMNS

        def whole(value: Any) -> Problem | None:
            if value is None:
                return None if optional else (N_("{where} has no {field}"), {})
            if not is_int(value) or not -MAX_COUNT <= value <= MAX_COUNT:
                return N_("{where}: {field} must be a whole number"), {}
            if chapter and value not in range(1, 8):
                return N_("{where}: {field} must be a chapter from 1 to 7"), {}
            return None
        return whole
    pattern, what = _id_pattern(column)

    def text(value: Any) -> Problem | None:
        if value is None:
            return None if optional else (N_("{where} has no {field}"), {})
        if not isinstance(value, str):
            return N_("{where}: {field} must be text"), {}
        if not is_encodable(value):
            return N_("{where}: {field} holds a character that is not text (a lone "
                      "surrogate)"), {}
        if len(value) > MAX_TEXT:
            return N_("{where}: {field} is longer than {limit} characters"), {"limit": MAX_TEXT}
        if pattern is not None and pattern.fullmatch(value) is None:
            return what, {}
        if allowed is not None and value not in allowed:
            return N_("{where}: {value} is not a valid {field}"), {"value": shown(value)}
        return None
    return text


def _id_pattern(column: str) -> tuple[re.Pattern[str] | None, str]:
    """The pattern an id column's values match whole, and the sentence when one does not."""
    if column == "uuid" or column in REFERENCES:
        return UUID, N_("{where}: {field} is not a UUID")
    if column == "commitment_id":
        return COMMITMENT_ID, N_("{where}: {field} is not a commitment id")
    if column == "question_id":
        return QUESTION_ID, N_("{where}: {field} is not a question id")
    return None, ""


def check_dates(start: str, end: str, check: Checker) -> None:
    """A workshop ends on or after the day it starts (either may be left empty)."""
    if start and end and end < start:
        raise check.fail(tr("the workshop's last day ({end}) is before its first ({start})",
                            start=start, end=end))
