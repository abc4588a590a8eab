"""Locale data from Babel: country names, languages, dates and numbers in the user's language.

Nothing here is a hand-made table: country names, their validity and the formats of dates and
numbers all come from the CLDR data Babel ships.
"""

from __future__ import annotations

from datetime import date, datetime
from functools import cache

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_datetime, format_interval, get_timezone
from babel.numbers import format_decimal

from .i18n import tr

# CLDR territory codes that are not countries or that stand for unknown/multiple regions.
_NOT_COUNTRIES = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"}


@cache
def _locale(language: str) -> Locale:
    try:
        return Locale.parse(language.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        return Locale("en")


@cache
def country_names(language: str = "en") -> dict[str, str]:
    """Two-letter ISO 3166 codes mapped to country names in `language`."""
    territories = _locale(language).territories
    return {code: name for code, name in territories.items()
            if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES}


def is_training_code(code: str) -> bool:
    """Whether `code` is an ISO 3166 user-assigned code (XA-XZ), kept for fictional countries.

    The demo and training workshops take place in a fictional country; such a code can never
    be mistaken for a real one in the secretariat's merged results.
    """
    return len(code) == 2 and code.startswith("X") and code.isalpha() and code.isupper() \
        and code not in country_names("en")


def is_country_code(code: str) -> bool:
    """Whether `code` is a two-letter country code Babel knows, or a training code."""
    return code in country_names("en") or is_training_code(code)


def country_name(code: str, language: str = "en") -> str:
    """The country's name in `language`; training codes are named as fictional countries."""
    name = country_names(language).get(code)
    if name:
        return name
    if is_training_code(code):
        return tr("Fictional country ({code})", language, code=code)
    return code


def is_language_code(code: str) -> bool:
    """Whether `code` names a language Babel has data for."""
    try:
        Locale.parse(str(code).replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        return False
    return True


def is_iso_date(text: str) -> bool:
    """Whether `text` is a calendar date written YYYY-MM-DD."""
    try:
        date.fromisoformat(text)
    except (TypeError, ValueError):
        return False
    return len(text) == 10


def format_iso_date(text: str, language: str = "en", length: str = "long") -> str:
    """A YYYY-MM-DD date written for `language` ("" stays "")."""
    if not text:
        return ""
    return format_date(date.fromisoformat(text), format=length, locale=_locale(language))


def format_date_range(start: str, end: str, language: str = "en", length: str = "long") -> str:
    """The dates of a workshop (YYYY-MM-DD, either may be "") as `language` writes a range:
    "3–5 March 2026" in French order, "Mar 3 – 5, 2026" in American English (CLDR's own
    interval patterns). `length` "long" spells the month, "medium" abbreviates it."""
    if not (start and end) or start == end:
        return format_iso_date(start or end, language, length)
    first, last = date.fromisoformat(start), date.fromisoformat(end)
    if last < first:  # shown as typed; a range pattern would hide the mistake
        return " – ".join(format_iso_date(d, language, length) for d in (start, end))
    skeleton = "yMMMMd" if length == "long" else "yMMMd"
    return format_interval(first, last, skeleton, locale=_locale(language))


def format_moment(moment: datetime, language: str = "en", length: str = "medium") -> str:
    """A point in time (e.g. when a backup was made) in this computer's time zone."""
    return format_datetime(moment, format=length, tzinfo=get_timezone(), locale=_locale(language))


def format_number(value: float, language: str = "en", places: int | None = None) -> str:
    """A number written for `language`; with `places`, always that many decimals ("2.0")."""
    pattern = None if places is None else "#,##0" + ("." + "0" * places if places else "")
    return format_decimal(value, format=pattern, locale=_locale(language))
