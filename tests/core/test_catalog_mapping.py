"""Catalog versions that compare: ids carried forward and backward through each version's
record of the ids that changed, and what has no place said, never dropped."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from workshop.catalogs.catalog import Catalog, available_catalogs, parse_catalog
from workshop.catalogs.catalog_mapping import id_mapping, missing_version_warning
from workshop.catalogs.catalog_workbook import catalog_to_data
from workshop.errors import WorkshopError


def version(number: int) -> Catalog:
    return next(c for c in available_catalogs()
                if c.id == "single-track" and c.version == number)


def third(previous: int = 2) -> Catalog:
    """A version 3 that moves 4(f) to 4(g), 4(g) to 4(h) and 4(h) to 4(f), and removes 1(n)
    (a placeholder)."""
    data = catalog_to_data(version(2))
    data["version"] = 3
    data["commitments"] = [c for c in data["commitments"] if c["id"] != "2016-1-n"]
    data["previous"] = {"version": previous, "changes": [
        {"id": "2016-4-f", "now": ["2016-4-g"]}, {"id": "2016-4-g", "now": ["2016-4-h"]},
        {"id": "2016-4-h", "now": ["2016-4-f"]},
        {"id": "2016-1-n", "now": [], "note": "A placeholder."}]}
    return parse_catalog(data)


def test_the_bundled_version_2_corrects_4b_and_4f_and_says_so() -> None:
    v1, v2 = version(1), version(2)
    assert v2.previous_version == 1
    assert {(c.id, c.now) for c in v2.changes} == {("2016-4-b", ("2016-4-f",)),
                                                    ("2016-4-f", ("2016-4-b",))}
    assert v2.commitment("2016-4-f").title == v1.commitment("2016-4-b").title  # type: ignore[union-attr]
    for letter in "ab":
        checked = v2.commitment(f"2016-4-{letter}")
        assert checked is not None and checked.reference_checked
        assert "A/S-30/2" in checked.reference_source and "English" in checked.reference_note
    rest = [c for c in v2.commitments if c.id.startswith("2016-4-") and c.id[-1] not in "ab"]
    assert len(rest) == 13 and all("unreliable" in c.reference_note for c in rest)
    assert not any(c.reference_checked for c in rest)


def test_ids_are_carried_through_two_steps_both_ways() -> None:
    v1, v3 = version(1), third()
    catalogs = [v1, version(2), v3]
    forward = id_mapping({c.id for c in v1.commitments}, "single-track", 1, v3, catalogs)
    assert forward.ids("2016-4-b") == ("2016-4-g",)  # gender: 4(b), then 4(f), then 4(g)
    assert forward.ids("2016-4-f") == ("2016-4-b",)
    assert forward.ids("2016-4-g") == ("2016-4-h",)
    assert forward.ids("2016-1-n") == () and forward.ids("2016-1-a") == ("2016-1-a",)
    backward = id_mapping({c.id for c in v3.commitments}, "single-track", 3, v1, catalogs)
    assert backward.ids("2016-4-g") == ("2016-4-b",)
    assert backward.ids("2016-4-b") == ("2016-4-f",)
    assert backward.ids("2016-4-h") == ("2016-4-g",) and backward.ids("2016-4-f") == (
        "2016-4-h",)
    statuses, unmapped = forward.statuses({"2016-4-b": "2", "2016-1-n": "1"})
    assert statuses == {"2016-4-g": "2"} and unmapped == ["2016-1-n"]
    assert missing_version_warning(forward) == ""


def test_a_missing_version_between_takes_ids_as_they_are_and_says_so() -> None:
    v1, v3 = version(1), third()
    mapping = id_mapping({"2016-4-b", "2016-1-n"}, "single-track", 1, v3, [v1, v3])
    assert mapping.missing_version == 2
    assert mapping.ids("2016-4-b") == ("2016-4-b",) and mapping.ids("2016-1-n") == ()
    assert missing_version_warning(mapping).startswith(
        "Version 2 of catalog single-track is not installed here")


@pytest.mark.parametrize("previous, problem", [
    ({"version": 2, "changes": []}, "previous version 2 is not below its version 2"),
    ({"version": 1, "changes": [{"id": "2016-4-b", "now": ["2016-9-z"]}]},
     "points at 2016-9-z, which is not one of its commitments"),
    ({"version": 1, "changes": [{"id": "2016-4-b", "now": []}, {"id": "2016-4-b", "now": []}]},
     "the changed id 2016-4-b appears twice"),
    ({"version": 1, "changes": [{"id": "2016-4-b", "to": []}]}, "to"),
])
def test_a_malformed_record_of_changes_refuses_the_catalog(previous: dict, problem: str) -> None:
    data = catalog_to_data(version(2))
    data["previous"] = previous
    with pytest.raises(WorkshopError, match=problem):
        parse_catalog(data)


def test_a_catalog_without_a_record_of_changes_keeps_every_id() -> None:
    v2 = dataclasses.replace(version(2), changes=(), previous_version=0)
    mapping = id_mapping({"2016-4-b"}, "single-track", 1, v2, [version(1), v2])
    assert mapping.ids("2016-4-b") == ("2016-4-b",) and not mapping.missing_version


def test_a_baseline_two_versions_back_lists_what_has_no_place(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    from workshop.catalogs.catalog import installed_catalog_dir, load_catalog
    from workshop.cli import main
    from workshop.demo import build_demo
    from workshop.file.store import WorkshopFile
    from workshop.progress import progress

    monkeypatch.setenv("WORKSHOP_DATA_DIR", str(tmp_path / "data"))
    target = installed_catalog_dir() / "single-track-v3.json"
    target.write_text(json.dumps(catalog_to_data(third())), encoding="utf-8")
    then_path, now_path = tmp_path / "then.workshop", tmp_path / "now.workshop"
    build_demo(then_path, seed=2, catalog=version(1)).close()
    with WorkshopFile.open(then_path) as store:
        store.update_details(start_date="2024-03-04", end_date="2024-03-06")
    build_demo(now_path, seed=1, catalog=load_catalog(target)).close()
    assert main(["baseline", str(now_path), str(then_path)]) == 0
    assert "Not compared (no place in this catalog version): 2016-1-n." in capsys.readouterr().out
    with WorkshopFile.open(now_path, read_only=True) as store:
        shown = progress(store)["baseline"]
    assert shown["unmapped_commitments"] == ["2016-1-n"] and shown["catalog_warning"] == ""
    target.unlink()  # version 3 is in the file itself; version 2 is bundled: nothing missing
    with WorkshopFile.open(now_path, read_only=True) as store:
        assert progress(store)["baseline"]["unmapped_commitments"] == ["2016-1-n"]
