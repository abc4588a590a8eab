"""The commitment catalog: the bundled one is complete and sound; broken ones are refused."""

from __future__ import annotations

import copy
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from workshop.catalogs.catalog import (
    CHALLENGE_LETTERS,
    available_catalogs,
    bundled_catalog_dir,
    latest_catalog,
    load_catalog,
    parse_catalog,
)
from workshop.errors import WorkshopError
from workshop.languages.i18n import translation_language

REFERENCE = re.compile(r"^.+, para\. \d{1,3}( \([a-z]{1,2}\))?$")


def test_every_2016_chapter_is_present_with_its_recommendations(catalog) -> None:
    assert [c.number for c in catalog.chapters] == [1, 2, 3, 4, 5, 6, 7]
    per_chapter = Counter(c.chapter for c in catalog.commitments if c.document == "2016")
    assert sorted(per_chapter) == [1, 2, 3, 4, 5, 6, 7]
    # Chapter n of the outcome document is its operative paragraph n.
    for c in catalog.commitments:
        if c.document == "2016":
            assert c.paragraph == str(c.chapter), c.id


def test_all_four_documents_are_in_the_single_track(catalog) -> None:
    assert {d.id for d in catalog.documents} == {"2009", "2014", "2016", "2019"}
    assert {c.document for c in catalog.commitments} == {"2009", "2014", "2016", "2019"}


def test_ids_are_unique_and_references_well_formed(catalog) -> None:
    ids = [c.id for c in catalog.commitments]
    assert len(ids) == len(set(ids))
    for c in catalog.commitments:
        assert REFERENCE.match(c.reference), c.reference
        assert c.summary and c.title
        if c.reference_checked:
            assert c.reference_source, c.id


def test_challenges_use_the_secretariat_letters_and_are_all_linked(catalog) -> None:
    assert [c.letter for c in catalog.challenges] == list(CHALLENGE_LETTERS)
    assert "i" not in CHALLENGE_LETTERS
    linked = Counter(letter for c in catalog.commitments for letter in c.challenges)
    for challenge in catalog.challenges:
        assert linked[challenge.letter] > 0, challenge.letter


def test_unchecked_references_are_marked(catalog) -> None:
    unchecked = [c for c in catalog.commitments if not c.reference_checked]
    assert unchecked, "the facts file confirms few letters; most references must be unchecked"
    assert any(c.reference_checked for c in catalog.commitments)


def test_hash_is_of_the_content_not_the_layout(catalog, tmp_path: Path) -> None:
    data = json.loads(catalog.content)
    relaid = tmp_path / "relaid.json"
    relaid.write_text(json.dumps(data, indent=7, ensure_ascii=True), encoding="utf-8")
    assert load_catalog(relaid).hash == catalog.hash
    data["commitments"][0]["summary"] += " More."
    assert parse_catalog(data).hash != catalog.hash


def test_a_bad_installed_catalog_hides_no_other(catalog, data_dir: Path) -> None:
    folder = data_dir / "catalogs"
    folder.mkdir(exist_ok=True)
    (folder / "broken.json").write_text("{", encoding="utf-8")
    problems: list[str] = []
    assert catalog in available_catalogs(problems)
    assert len(problems) == 1 and "broken.json" in problems[0]


def test_bundled_catalogs_all_load() -> None:
    files = sorted(p for p in bundled_catalog_dir().glob("*.json") if not translation_language(p))
    assert files
    for path in files:
        load_catalog(path)
    assert latest_catalog().id == "single-track"
    assert available_catalogs()


def _mutations():
    def drop_chapter(d):
        d["chapters"] = d["chapters"][:-1]

    def duplicate_id(d):
        d["commitments"].append(copy.deepcopy(d["commitments"][0]))

    def unknown_chapter(d):
        d["commitments"][0]["chapter"] = 8

    def unknown_challenge(d):
        d["commitments"][0]["challenges"] = ["i"]

    def unknown_document(d):
        d["commitments"][0]["document"] = "1998"

    def bad_paragraph(d):
        d["commitments"][0]["paragraph"] = "1.2"

    def bad_subparagraph(d):
        d["commitments"][0]["subparagraph"] = "A"

    def id_not_reference(d):
        d["commitments"][0]["id"] = "2016-1-zz"

    def checked_without_source(d):
        d["commitments"][0]["reference_checked"] = True
        d["commitments"][0]["reference_source"] = ""

    def checked_not_boolean(d):
        d["commitments"][0]["reference_checked"] = "yes"

    def orphan_challenge(d):
        for c in d["commitments"]:
            c["challenges"] = [x for x in c["challenges"] if x != "l"]

    def wrong_format(d):
        d["format"] = 2

    def empty_summary(d):
        d["commitments"][0]["summary"] = "   "

    def letter_i(d):
        d["challenges"][0]["letter"] = "i"

    def not_a_list(d):
        d["commitments"] = {"a": 1}

    def bad_version(d):
        d["version"] = "1.0"

    def document_is_a_list(d):
        d["commitments"][0]["document"] = ["2016"]

    def challenge_is_a_list(d):
        d["commitments"][0]["challenges"] = [["a"]]

    def unknown_field(d):
        d["commitments"][0]["paragraph_text"] = "copied official text"

    def padded_title(d):
        d["commitments"][0]["title"] = " Title "

    def repeated_challenge(d):
        d["commitments"][0]["challenges"] = ["a", "a"]

    return [(f.__name__, f) for f in (
        document_is_a_list, challenge_is_a_list, unknown_field, padded_title, repeated_challenge,
        drop_chapter, duplicate_id, unknown_chapter, unknown_challenge, unknown_document,
        bad_paragraph, bad_subparagraph, id_not_reference, checked_without_source,
        checked_not_boolean, orphan_challenge, wrong_format, empty_summary, letter_i,
        not_a_list, bad_version)]


@pytest.mark.parametrize("name, mutate", _mutations())
def test_broken_catalog_is_refused_with_one_sentence(catalog, tmp_path: Path, name: str,
                                                     mutate) -> None:
    data = json.loads(catalog.content)
    mutate(data)
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(WorkshopError) as caught:
        load_catalog(path)
    message = str(caught.value)
    assert path.name in message and "not valid" in message and "\n" not in message


@pytest.mark.parametrize("content, fragment", [
    (b"{\"format\": 1,", "not valid JSON (line 1)"),
    (b"\xff\xfe\x00garbage", "not UTF-8"),
    (b"[]", "must be an object"),
])
def test_unreadable_catalog_files_are_refused(tmp_path: Path, content: bytes,
                                              fragment: str) -> None:
    path = tmp_path / "broken.json"
    path.write_bytes(content)
    with pytest.raises(WorkshopError, match=re.escape(fragment)):
        load_catalog(path)


def test_short_references_are_compact_and_unique(catalog) -> None:
    by_id = {c.id: c for c in catalog.commitments}
    shorts = [c.short_reference for c in catalog.commitments]
    assert len(set(shorts)) == len(shorts)
    first_2016 = next(c for c in catalog.commitments if c.document == "2016" and c.subparagraph)
    assert first_2016.short_reference == f"2016 {first_2016.paragraph}({first_2016.subparagraph})"
    wf = [c for c in by_id.values() if c.document == "2019"]
    assert wf and all(c.short_reference.startswith("2019 ") for c in wf)


def test_a_translated_catalog_finds_its_own_commitments(catalog) -> None:
    """A copy made for another language looks commitments up in itself, not in the English."""
    from dataclasses import replace

    first = catalog.commitments[0]
    renamed = replace(catalog, commitments=(replace(first, title="Titre traduit"),
                                            *catalog.commitments[1:]))
    assert renamed.commitment(first.id).title == "Titre traduit"
    assert catalog.commitment(first.id).title == first.title


def test_a_catalog_is_parsed_once_per_process(demo_path) -> None:
    """Opening workshops again and again (pages, reports, backups) reuses the parsed catalog."""
    from workshop.catalogs.catalog import latest_catalog
    from workshop.file.store import WorkshopFile

    assert latest_catalog() is latest_catalog()
    with WorkshopFile.open(demo_path, read_only=True) as first, \
            WorkshopFile.open(demo_path, read_only=True) as second:
        assert first.catalog is second.catalog
