"""Locale data from Babel: country names, languages, dates and numbers in the user's language.

Nothing here is a hand-made table: country names, their validity and the formats of dates and
numbers all come from the CLDR data Babel ships. Babel is imported where it is first needed,
and the answers a start needs are kept on disk (`kept_answers`): loading Babel and its data
would cost about 35 ms of every start.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from workshop.kept_answers import file_signature, remembered
from workshop.languages.i18n import tr

if TYPE_CHECKING:
    from babel import Locale

# a language code that can name one of Babel's data files
_LANGUAGE_FILE = re.compile(r"^[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,8}){0,3}\Z")
# CLDR territory codes that are not countries or that stand for unknown/multiple regions.
_NOT_COUNTRIES = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"}


def babel_source(language: str) -> str:
    """The signature of what Babel answers about `language` from: this version of the app (the
    filters below), Babel's global data and the language's own data file, found without
    importing Babel ("" when any cannot be found: the answer is then not kept)."""
    folder, common = _babel_data()
    if not common or not _LANGUAGE_FILE.match(language):
        return ""
    own = file_signature(folder / "locale-data" / f"{language.replace('-', '_')}.dat")
    return f"{common}|{own}" if own else ""


@cache
def _babel_data() -> tuple[Path, str]:
    """Babel's data folder and the part of every answer's signature that is not a language's."""
    from importlib.util import find_spec

    from workshop import __version__

    try:
        spec = find_spec("babel")
    except (ImportError, ValueError):
        return Path(), ""
    folders = list(spec.submodule_search_locations or ()) if spec else []
    if not folders:
        return Path(), ""
    app = file_signature(__file__) or __version__  # a frozen build's modules have no file
    babel = file_signature(Path(folders[0]) / "global.dat")
    return Path(folders[0]), f"{app}|{babel}" if babel else ""


@cache
def _locale(language: str) -> Locale:
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(language.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        return Locale("en")


@cache
def country_names(language: str = "en") -> dict[str, str]:
    """Two-letter ISO 3166 codes mapped to country names in `language`."""
    return remembered("countries", language, babel_source(language),
                      lambda: _babel_country_names(language), keep=_is_names)


def _babel_country_names(language: str) -> dict[str, str]:
    territories = _locale(language).territories
    return {code: name for code, name in territories.items()
            if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES}


def _is_names(answer: object) -> bool:
    return isinstance(answer, dict) and bool(answer) and all(
        isinstance(code, str) and isinstance(name, str) for code, name in answer.items())


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
    # only known codes are kept: any text can be asked (a package's), the known are few
    return remembered("languages", str(code), babel_source(str(code)),
                      lambda: _babel_knows(str(code)), keep=lambda answer: answer is True)


def _babel_knows(code: str) -> bool:
    from babel import Locale, UnknownLocaleError

    try:
        Locale.parse(code.replace("-", "_"))
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
    from babel.dates import format_date

    if not text:
        return ""
    return format_date(date.fromisoformat(text), format=length, locale=_locale(language))


def format_date_range(start: str, end: str, language: str = "en", length: str = "long") -> str:
    """The dates of a workshop (YYYY-MM-DD, either may be "") as `language` writes a range:
    "3–5 March 2026" in French order, "Mar 3 – 5, 2026" in American English (CLDR's own
    interval patterns). `length` "long" spells the month, "medium" abbreviates it."""
    from babel.dates import format_interval

    if not (start and end) or start == end:
        return format_iso_date(start or end, language, length)
    first, last = date.fromisoformat(start), date.fromisoformat(end)
    if last < first:  # shown as typed; a range pattern would hide the mistake
        return " – ".join(format_iso_date(d, language, length) for d in (start, end))
    skeleton = "yMMMMd" if length == "long" else "yMMMd"
    return format_interval(first, last, skeleton, locale=_locale(language))


def format_moment(moment: datetime, language: str = "en", length: str = "medium") -> str:
    """A point in time (e.g. when a backup was made) in this computer's time zone."""
    from babel.dates import format_datetime, get_timezone

    return format_datetime(moment, format=length, tzinfo=get_timezone(), locale=_locale(language))


def format_number(value: float, language: str = "en", places: int | None = None) -> str:
    """A number written for `language`; with `places`, always that many decimals ("2.0")."""
    from babel.numbers import format_decimal

    pattern = None if places is None else "#,##0" + ("." + "0" * places if places else "")
    return format_decimal(value, format=pattern, locale=_locale(language))
