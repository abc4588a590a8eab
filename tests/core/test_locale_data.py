"""Dates, ranges and numbers as each language writes them, from CLDR through Babel."""

from __future__ import annotations

import pytest

from workshop.languages.locale_data import format_date_range, format_number


def test_numbers_keep_the_places_asked_for() -> None:
    assert format_number(2, "en", places=1) == "2.0"
    assert format_number(2.25, "fr", places=1) == "2,2"
    assert format_number(1234.5, "en") == "1,234.5"


@pytest.mark.parametrize("language, expected", [
    ("en", "Mar 3 – 5, 2026"), ("fr", "3–5 mars 2026"), ("es", "3–5 de marzo de 2026"),
    ("zh", "2026年3月3日 – 5日")])
def test_a_workshop_s_dates_read_as_one_range(language: str, expected: str) -> None:
    assert format_date_range("2026-03-03", "2026-03-05", language).replace("\u2009", " ") \
        == expected


def test_a_range_with_one_date_or_none_or_backwards() -> None:
    assert format_date_range("2026-03-03", "", "en") == "March 3, 2026"
    assert format_date_range("", "2026-03-05", "en") == "March 5, 2026"
    assert format_date_range("2026-03-03", "2026-03-03", "en") == "March 3, 2026"
    assert format_date_range("", "", "en") == ""
    # a mistake stays visible rather than being folded into a range
    assert format_date_range("2026-03-05", "2026-03-03", "en") == \
        "March 5, 2026 – March 3, 2026"
