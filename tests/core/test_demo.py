"""The demo workshop is realistic, complete and the same for the same seed."""

from __future__ import annotations

from pathlib import Path

import pytest

from workshop.analysis import summarize
from workshop.demo import build_demo
from workshop.file.model import ASSISTANCE_TYPES, RECORD_TYPES, Consensus, Gap
from workshop.file.store import WorkshopFile


def test_demo_has_every_part_of_a_workshop(demo_path: Path) -> None:
    with WorkshopFile.open(demo_path) as store:
        figures = summarize(store)
        counts = figures["counts"]
        catalog = store.catalog
        ungass = {c.id for c in catalog.commitments if c.document == "2016"}
        consensus = {c.commitment_id for c in store.records(Consensus)}
        high_gaps = [g for g in store.records(Gap) if g.rank is not None]
    assert figures["workshop"]["country_name"].startswith("Fictional country")
    assert counts["institutions"] >= 12
    assert 22 <= counts["participants"] <= 28
    assert counts["participants_by_sex"]["female"] > 0 and counts["participants_by_sex"]["male"] > 0
    assert counts["groups"] == 4
    assert consensus == ungass, "a consensus for every 2016 commitment"
    assert all(g["assessed"] == g["commitments"] > 0 for g in figures["groups"])
    assert 0 < counts["dissents"] < len(ungass) // 4
    assert counts["gaps"] > 0 and high_gaps
    assert all(n > 0 for n in counts["assistance_needs_by_type"].values())
    assert set(counts["assistance_needs_by_type"]) == set(ASSISTANCE_TYPES)
    assert counts["action_items"] > 0
    assert counts["coordination_entries"] >= 12
    assert counts["evaluation_answers"] > counts["participants"]


def _content(path: Path) -> dict[str, list]:
    with WorkshopFile.open(path, read_only=True) as store:
        return {t.TABLE: store.records(t, order_by="uuid") for t in RECORD_TYPES} | {
            "details": [store.details.id, store.details.title, store.details.start_date]}


def test_same_seed_same_workshop_other_seed_other_workshop(tmp_path: Path, demo_master: Path,
                                                           catalog) -> None:
    build_demo(tmp_path / "again.workshop", seed=1).close()
    build_demo(tmp_path / "other.workshop", seed=2).close()
    first = _content(demo_master)
    assert _content(tmp_path / "again.workshop") == first
    assert _content(tmp_path / "other.workshop") != first


def test_a_build_stopped_midway_leaves_no_file(tmp_path: Path) -> None:
    class Stop(Exception):
        pass

    heard: list[tuple[int, int]] = []

    def report(done: int, total: int) -> None:
        heard.append((done, total))
        if done == 10:
            raise Stop

    path = tmp_path / "demo.workshop"
    with pytest.raises(Stop):
        build_demo(path, report=report)
    assert heard[0] == (0, heard[0][1]) and heard[0][1] > 10 and len(heard) == 11
    assert list(tmp_path.iterdir()) == []  # neither the file nor its journal is left
    build_demo(path).close()  # and the name is free for the next build
    assert path.is_file()
