"""The UN M.49 region and sub-region of a country, named in any language.

The secretariat's consolidated reports group countries by region. The grouping comes from
CLDR's territory containment (resources/cldr/, copied unchanged from CLDR) and the names from
Babel, so neither is a hand-made table. Training codes (XA..XZ, used by the demo) belong to no
region.
"""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from functools import cache

from babel import Locale, UnknownLocaleError

from workshop.languages.i18n import tr
from workshop.paths import resources_dir

WORLD = "001"
NO_REGION = ""


@cache
def _containment() -> dict[str, tuple[str, ...]]:
    """Group code -> the codes it contains, without CLDR's deprecated or extra groupings."""
    root = ElementTree.parse(resources_dir() / "cldr" / "territory-containment.xml").getroot()
    groups: dict[str, tuple[str, ...]] = {}
    for group in root.iter("group"):
        if group.get("status") in ("deprecated", "grouping"):
            continue
        code = group.get("type", "")
        groups[code] = groups.get(code, ()) + tuple(group.get("contains", "").split())
    return groups


@cache
def _parents() -> dict[str, str]:
    parents: dict[str, str] = {}
    for group, members in _containment().items():
        for member in members:
            parents.setdefault(member, group)
    return parents


def subregion_of(country: str) -> str:
    """The M.49 sub-region containing a country (e.g. "014", Eastern Africa), or ""."""
    return _parents().get(country.upper(), NO_REGION)


def region_of(country: str) -> str:
    """The M.49 region (continent) containing a country (e.g. "002", Africa), or ""."""
    code = country.upper()
    parents = _parents()
    while code in parents and parents[code] != WORLD:
        code = parents[code]
    return code if parents.get(code) == WORLD else NO_REGION


def regions() -> tuple[str, ...]:
    """The M.49 regions (continents), in CLDR's order."""
    return _containment()[WORLD]


def region_name(code: str, language: str = "en") -> str:
    """A region's name in a language (Babel's CLDR data); "No region" for none."""
    if not code:
        return tr("No region", language)
    try:
        names = Locale.parse(language).territories
    except (UnknownLocaleError, ValueError):
        names = Locale("en").territories
    return names.get(code, code)
