"""Checks shared by every loader of data files (catalogs, exercise definitions).

A data file is refused whole at its first problem, with one sentence that names the file and
the problem; a `Checker` builds those sentences from the loader's own template.
"""

from __future__ import annotations

from typing import Any

from workshop.errors import WorkshopError
from workshop.languages.i18n import tr


def shown(text: str, limit: int = 60) -> str:
    """Text from a file as it may appear in a one-line message: printable, and not too long."""
    text = "".join(c if c.isprintable() else "?" for c in text)
    return text if len(text) <= limit else text[:limit - 1] + "…"


class Checker:
    """Turns the first problem found in one file into one user-facing WorkshopError."""

    def __init__(self, template: str, name: str) -> None:
        """`template` is a translatable sentence with {name} and {problem} fields."""
        self.template = template
        self.name = name

    def fail(self, problem: str) -> WorkshopError:
        """The error to raise for `problem`."""
        return WorkshopError(tr(self.template, name=self.name, problem=problem))

    def text(self, value: Any, where: str, *, limit: int = 4000, required: bool = True,
             strip: bool = False) -> str:
        """A text value; padded text is stripped (`strip`) or refused, so hashes stay honest."""
        if value is None:
            if not required:
                return ""
            raise self.fail(tr("{where} is missing", where=where))
        if not isinstance(value, str):
            raise self.fail(tr("{where} must be text", where=where))
        if strip:
            value = value.strip()
        elif value != value.strip():
            raise self.fail(tr("{where} starts or ends with spaces", where=where))
        if required and not value:
            raise self.fail(tr("{where} is empty", where=where))
        if len(value) > limit:
            raise self.fail(tr("{where} is longer than {limit} characters",
                               where=where, limit=limit))
        return value

    def whole_number(self, value: Any, where: str) -> int:
        """A whole number (not a boolean, not text)."""
        if value is None:
            raise self.fail(tr("{where} is missing", where=where))
        if not isinstance(value, int) or isinstance(value, bool):
            raise self.fail(tr("{where} must be a whole number", where=where))
        return value

    def mapping(self, value: Any, where: str) -> dict[str, Any]:
        """A table of named values."""
        if not isinstance(value, dict):
            raise self.fail(tr("{where} must be an object", where=where))
        return value

    def listing(self, value: Any, where: str) -> list[Any]:
        """A list."""
        if not isinstance(value, list):
            raise self.fail(tr("{where} must be a list", where=where))
        return value

    def text_list(self, value: Any, where: str, limit: int) -> tuple[str, ...]:
        """A non-empty list of distinct texts."""
        if value is None:
            raise self.fail(tr("{where} is missing", where=where))
        if not isinstance(value, list):
            raise self.fail(tr("{where} must be a list of texts", where=where))
        if not value:
            raise self.fail(tr("{where} is empty", where=where))
        items = tuple(self.text(item, where, limit=limit, strip=True) for item in value)
        for i, item in enumerate(items):
            if item in items[:i]:
                raise self.fail(tr("{where} lists {item} twice", where=where, item=item))
        return items

    def unique(self, values: list[str], what: str) -> None:
        """Refuse the first value that appears twice."""
        seen: set[str] = set()
        for value in values:
            if value in seen:
                raise self.fail(tr("the {what} {value} appears twice", what=what, value=value))
            seen.add(value)

    def known_keys(self, raw: dict[str, Any], allowed: set[str] | frozenset[str],
                   where: str) -> None:
        """Refuse a field the format does not have (often a typing mistake)."""
        unknown = sorted(set(map(str, raw)) - set(allowed))
        if unknown:
            raise self.fail(tr("{where} has the unknown field {field}", where=where,
                               field=shown(unknown[0])))
