"""Countries grouped by UN M.49 region, from CLDR, named by Babel."""

from __future__ import annotations

import pytest

from workshop.languages.locale_data import country_names
from workshop.languages.regions import region_name, region_of, regions, subregion_of


@pytest.mark.parametrize(("country", "region", "subregion"), [
    ("KE", "002", "014"), ("MA", "002", "015"), ("BR", "019", "005"), ("MX", "019", "013"),
    ("FR", "150", "155"), ("RU", "150", "151"), ("CN", "142", "030"), ("IR", "142", "034"),
    ("AU", "009", "053"),
])
def test_countries_fall_in_their_region(country: str, region: str, subregion: str) -> None:
    assert region_of(country) == region
    assert subregion_of(country) == subregion


def test_every_country_babel_names_has_a_region_except_a_few() -> None:
    missing = sorted(code for code in country_names("en") if not region_of(code))
    assert len(country_names("en")) > 200
    assert len(missing) < 10, missing  # e.g. Antarctica and CLDR's outlying areas


def test_regions_are_the_five_continents_named_in_each_language() -> None:
    assert set(regions()) == {"002", "009", "019", "142", "150"}
    assert region_name("002", "en") == "Africa"
    assert region_name("002", "fr") == "Afrique"
    assert region_name("150", "ru") == "Европа"
    assert region_name("", "en") == "No region"


def test_training_codes_have_no_region() -> None:
    assert region_of("XN") == "" and subregion_of("XN") == ""
