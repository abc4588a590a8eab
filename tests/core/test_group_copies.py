"""Group copies out, their work back in: field by field, once, nothing overwritten silently.

Every test writes real workshop files: the demo, copies made from it with the real command,
edits made through the store of each laptop, and collects read back from the files.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from workshop.cli import main
from workshop.errors import WorkshopError
from workshop.exchange.collect import collect, resolution_edits
from workshop.exchange.group_copy import find_group, make_group_copy
from workshop.file.edits import apply_edits
from workshop.file.model import (
    RECORD_TYPES,
    Assessment,
    AssistanceNeed,
    Conflict,
    Gap,
    Institution,
    Participant,
    WorkingGroup,
)
from workshop.file.store import WorkshopFile

ROOT = Path(__file__).resolve().parents[2]

GAP_1 = "00000000-0000-4000-8000-000000000101"
NEED_1 = "00000000-0000-4000-8000-000000000102"
GAP_2 = "00000000-0000-4000-8000-000000000201"
INSTITUTION_F = "00000000-0000-4000-8000-000000000301"


def results(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every record of a workshop file, table by table, as sorted rows."""
    with WorkshopFile.open(path, read_only=True) as store:
        return {r.TABLE: sorted(tuple(sorted(row.items())) for row in store.query(
            f"SELECT * FROM {r.TABLE}")) for r in RECORD_TYPES}


def groups(path: Path) -> tuple[WorkingGroup, WorkingGroup]:
    with WorkshopFile.open(path, read_only=True) as store:
        found = store.records(WorkingGroup, order_by="position, rowid")
    return found[0], found[1]


def assessment(store: WorkshopFile, group: WorkingGroup, index: int) -> Assessment:
    cid = store.group_commitments(group.uuid)[index]
    return store.records(Assessment, "group_uuid = ? AND commitment_id = ?",
                         [group.uuid, cid])[0]


def facilitator_edits(store: WorkshopFile, g1: WorkingGroup) -> None:
    """The facilitator's own work meanwhile, and one field that group 1 changes too."""
    store.add(Institution(uuid=INSTITUTION_F, name="Added by the facilitator"))
    store.set_consensus(store.group_commitments(g1.uuid)[3], status="2", notes="plenary")
    store.update(Assessment, assessment(store, g1, 0).uuid, measures="typed by the facilitator")


def group_1_edits(store: WorkshopFile, g1: WorkingGroup) -> None:
    first = assessment(store, g1, 0)
    store.update(Assessment, first.uuid, status="4", measures="typed by group 1")
    store.update(Assessment, assessment(store, g1, 1).uuid, evidence="group 1's evidence")
    cid = store.group_commitments(g1.uuid)[2]
    store.add(Gap(uuid=GAP_1, commitment_id=cid, description="gap of group 1",
                  group_uuid=g1.uuid, priority="high"))
    store.add(AssistanceNeed(uuid=NEED_1, commitment_id=cid, assistance_type="training",
                             gap_uuid=GAP_1, description="need of group 1"))
    store.update(Gap, GAP_1, description="gap of group 1, reworded")


def group_2_edits(store: WorkshopFile, g2: WorkingGroup) -> None:
    store.update(Assessment, assessment(store, g2, 0).uuid, status="1", notes="group 2")
    store.add(Gap(uuid=GAP_2, commitment_id=store.group_commitments(g2.uuid)[0],
                  description="gap of group 2", group_uuid=g2.uuid))


def edit(path: Path, work: Any, *args: Any) -> None:
    with WorkshopFile.open(path) as store:
        work(store, *args)


@pytest.fixture
def laptops(demo_path: Path, tmp_path: Path) -> tuple[Path, Path, Path, Path]:
    """The facilitator's file, the copies of groups 1 and 2, and the one-laptop file: what one
    laptop would hold had every edit been made on it (the facilitator's value kept where group
    1 changed the same field)."""
    g1, g2 = groups(demo_path)
    with WorkshopFile.open(demo_path) as store:
        make_group_copy(store, g1, tmp_path / "g1.workshop")
        make_group_copy(store, g2, tmp_path / "g2.workshop")
    one = tmp_path / "one-laptop.workshop"
    shutil.copyfile(demo_path, one)
    edit(demo_path, facilitator_edits, g1)
    edit(tmp_path / "g1.workshop", group_1_edits, g1)
    edit(tmp_path / "g2.workshop", group_2_edits, g2)
    edit(one, group_1_edits, g1)
    edit(one, group_2_edits, g2)
    edit(one, facilitator_edits, g1)
    return demo_path, tmp_path / "g1.workshop", tmp_path / "g2.workshop", one


@pytest.mark.parametrize("order", [(1, 2), (2, 1)])
def test_collecting_both_copies_in_either_order_gives_the_one_laptop_file(
        laptops: tuple[Path, Path, Path, Path], order: tuple[int, int]) -> None:
    main_path, g1_copy, g2_copy, one = laptops
    copies = {1: g1_copy, 2: g2_copy}
    with WorkshopFile.open(main_path) as store:
        done = {n: collect(store, copies[n]) for n in order}
        conflicts = store.records(Conflict)
    assert [done[n].outcome for n in order] == ["collected", "collected"]
    assert results(main_path) == results(one)
    assert not done[2].conflicts, "two groups never conflict over their own work"
    (conflict,) = done[1].conflicts
    assert (conflict["field"], conflict["from"], conflict["to"]) == (
        "measures", "typed by the facilitator", "typed by group 1")
    assert [(c.field, json.loads(c.here_value), json.loads(c.copy_value))
            for c in conflicts] == [("measures", "typed by the facilitator", "typed by group 1")]


def test_collecting_twice_changes_nothing_and_a_later_collect_brings_only_what_is_new(
        laptops: tuple[Path, Path, Path, Path]) -> None:
    main_path, g1_copy, _g2, _one = laptops
    g1, _ = groups(main_path)
    with WorkshopFile.open(main_path) as store:
        collect(store, g1_copy)
        revision = store.revision
        again = collect(store, g1_copy)
        assert (again.outcome, store.revision, again.applied) == ("nothing new", revision, [])
    edit(g1_copy, lambda s: s.update(Gap, GAP_1, description="said a third way"))
    with WorkshopFile.open(main_path) as store:
        later = collect(store, g1_copy)
        assert [(e["field"], e["to"]) for e in later.applied] == [
            ("description", "said a third way")]
        assert later.conflicts == [], "the earlier collect's value is the base of the new one"
        assert store.get(Gap, GAP_1).description == "said a third way"  # type: ignore[union-attr]


def test_a_dry_run_writes_nothing(laptops: tuple[Path, Path, Path, Path]) -> None:
    main_path, g1_copy, _g2, _one = laptops
    before = main_path.read_bytes()
    with WorkshopFile.open(main_path) as store:
        revision = store.revision
        planned = collect(store, g1_copy, dry_run=True)
        assert store.revision == revision
    assert planned.applied and planned.conflicts
    assert results(main_path) == results_of_bytes(before, main_path.parent / "before.workshop")


def results_of_bytes(image: bytes, path: Path) -> dict[str, list[tuple[Any, ...]]]:
    path.write_bytes(image)
    return results(path)


def test_a_removal_in_the_copy_is_made_unless_the_file_changed_the_record(
        demo_path: Path, tmp_path: Path) -> None:
    g1, _ = groups(demo_path)
    with WorkshopFile.open(demo_path) as store:
        gaps = store.records(Gap, "group_uuid = ?", [g1.uuid])
        assert len(gaps) >= 2
        make_group_copy(store, g1, tmp_path / "copy.workshop")
        store.update(Gap, gaps[1].uuid, priority="low" if gaps[1].priority != "low" else "high")
    edit(tmp_path / "copy.workshop", lambda s: (s.remove(Gap, gaps[0].uuid),
                                                 s.remove(Gap, gaps[1].uuid)))
    with WorkshopFile.open(demo_path) as store:
        done = collect(store, tmp_path / "copy.workshop")
        assert store.get(Gap, gaps[0].uuid) is None
        assert store.get(Gap, gaps[1].uuid) is not None, "changed here: kept, as a conflict"
        (conflict,) = store.records(Conflict)
        assert conflict.field is None and json.loads(conflict.copy_value) is None
        assert done.conflicts[0]["to"] is None
        apply_edits(store, resolution_edits(store, conflict, take_copy=True))
        assert store.get(Gap, gaps[1].uuid) is None and store.records(Conflict) == []


def test_choosing_a_value_resolves_the_conflict(laptops: tuple[Path, Path, Path, Path]) -> None:
    main_path, g1_copy, _g2, _one = laptops
    with WorkshopFile.open(main_path) as store:
        collect(store, g1_copy)
        (conflict,) = store.records(Conflict)
        apply_edits(store, resolution_edits(store, conflict, take_copy=True))
        assessment_now = store.get(Assessment, conflict.record_uuid)
        assert assessment_now is not None and assessment_now.measures == "typed by group 1"
        assert store.records(Conflict) == []


def test_the_copy_refuses_edits_outside_the_groups_work(laptops: tuple[Path, Path, Path, Path]
                                                         ) -> None:
    main_path, g1_copy, _g2, _one = laptops
    g1, g2 = groups(main_path)
    with WorkshopFile.open(g1_copy) as copy:
        revision = copy.revision
        for attempt in (
                lambda: copy.add(Institution(uuid=INSTITUTION_F, name="not theirs")),
                lambda: copy.set_consensus(copy.group_commitments(g1.uuid)[0], status="1"),
                lambda: copy.update(Assessment, assessment(copy, g2, 0).uuid, status="3"),
                lambda: copy.update(Gap, GAP_1, rank=1),
                lambda: copy.update(WorkingGroup, g1.uuid, name="renamed")):
            with pytest.raises(WorkshopError, match="only the group's own"):
                attempt()
        assert copy.revision == revision


def test_changes_outside_the_groups_work_are_listed_as_ignored_never_applied(
        laptops: tuple[Path, Path, Path, Path]) -> None:
    """A copy edited by another program (its store would refuse these)."""
    main_path, g1_copy, _g2, _one = laptops
    conn = sqlite3.connect(g1_copy)
    renamed = conn.execute("SELECT uuid FROM institution LIMIT 1").fetchone()[0]
    conn.execute("UPDATE institution SET name = 'forged' WHERE uuid = ?", [renamed])
    conn.execute("INSERT INTO audit_log (revision, at, action, table_name, record_uuid, field, "
                 "old_value, new_value) VALUES (999, '2026-01-01', 'update', 'institution', ?, "
                 "'name', '\"x\"', '\"forged\"')", [renamed])
    conn.commit()
    conn.close()
    with WorkshopFile.open(main_path) as store:
        done = collect(store, g1_copy)
        assert store.get(Institution, renamed).name != "forged"  # type: ignore[union-attr]
    assert [(i["table"], i["to"], i["reason"]) for i in done.ignored] == [
        ("institution", "forged", "outside the group's work")]


FORGED = {
    "an unknown table": ("update", "sqlite_master", "x", "name", '"a"', '"b"'),
    "an unknown column": ("update", "assessment", "{uuid}", "password", '"a"', '"b"'),
    "a value that is not JSON": ("update", "assessment", "{uuid}", "status", '"1"', "{oops"),
    "an insert without its row": ("insert", "gap", "{uuid}", None, None, '"not a row"'),
    "a row of other columns": ("insert", "gap", "{uuid}", None, None, '{"uuid": "{uuid}"}'),
    "a removal never logged": ("update", "gap", "{gap}", "description", '"a"', '"b"'),
}


@pytest.mark.parametrize("forgery", sorted(FORGED))
def test_a_copy_with_a_forged_change_log_is_refused_whole(
        laptops: tuple[Path, Path, Path, Path], forgery: str) -> None:
    """A copy edited by another program: refused with one sentence, nothing written."""
    main_path, g1_copy, _g2, _one = laptops
    conn = sqlite3.connect(g1_copy)
    uuid = conn.execute("SELECT uuid FROM assessment LIMIT 1").fetchone()[0]
    g1, _ = groups(main_path)
    gap = conn.execute(  # one of group 1's gaps that nothing refers to
        "SELECT uuid FROM gap WHERE group_uuid = ? AND uuid != ? AND uuid NOT IN (SELECT "
        "gap_uuid FROM assistance_need WHERE gap_uuid IS NOT NULL) AND uuid NOT IN (SELECT "
        "gap_uuid FROM action_item WHERE gap_uuid IS NOT NULL) LIMIT 1",
        [g1.uuid, GAP_1]).fetchone()[0]
    if forgery == "a removal never logged":
        conn.execute("DELETE FROM gap WHERE uuid = ?", [gap])
    action, table, record, field, old, new = FORGED[forgery]
    conn.execute("INSERT INTO audit_log (revision, at, action, table_name, record_uuid, field, "
                 "old_value, new_value) VALUES (999, '2026-01-01', ?, ?, ?, ?, ?, ?)",
                 [action, table, record.format(uuid=uuid, gap=gap), field, old,
                  new.replace("{uuid}", uuid) if new else new])
    conn.commit()
    conn.close()
    before = results(main_path)
    with WorkshopFile.open(main_path) as store:
        revision = store.revision
        done = collect(store, g1_copy)
        assert store.revision == revision
    assert done.outcome == "refused" and g1_copy.name in done.message, done.message
    assert "\n" not in done.message
    assert results(main_path) == before


def test_a_copy_keeps_its_backups_apart_from_the_workshops(
        laptops: tuple[Path, Path, Path, Path]) -> None:
    from workshop.file.backups import backups_for, make_backup

    main_path, g1_copy, _g2, _one = laptops
    kept_main, kept_copy = make_backup(main_path), make_backup(g1_copy)
    assert kept_main.workshop_id != kept_copy.workshop_id
    assert [b.path for b in backups_for(main_path)] == [kept_main.path]
    assert [b.path for b in backups_for(g1_copy)] == [kept_copy.path]


def test_a_copy_is_never_packed_for_the_secretariat(laptops: tuple[Path, Path, Path, Path],
                                                      tmp_path: Path) -> None:
    _main, g1_copy, _g2, _one = laptops
    assert main(["pack", str(g1_copy), "--out", str(tmp_path / "p.zip")]) == 1
    assert not (tmp_path / "p.zip").exists()


def test_a_copy_leaves_out_names_and_history_unless_asked(demo_path: Path, tmp_path: Path
                                                          ) -> None:
    g1, _ = groups(demo_path)
    with WorkshopFile.open(demo_path) as store:
        make_group_copy(store, g1, tmp_path / "plain.workshop")
        make_group_copy(store, g1, tmp_path / "named.workshop", with_names=True)
        names = {p.name for p in store.records(Participant)} - {""}
    assert names
    with WorkshopFile.open(tmp_path / "plain.workshop", read_only=True) as plain:
        assert {p.name for p in plain.records(Participant)} == {""}
        assert plain.audit_log() == []
        assert plain.origin is not None and plain.origin.group_uuid == g1.uuid
    assert not any(name.encode() in (tmp_path / "plain.workshop").read_bytes()
                   for name in names), "no name left in the file's free pages"
    with WorkshopFile.open(tmp_path / "named.workshop", read_only=True) as named:
        assert {p.name for p in named.records(Participant)} - {""} == names


def test_refused_copies_write_nothing(laptops: tuple[Path, Path, Path, Path], demo_master: Path,
                                      tmp_path: Path) -> None:
    main_path, g1_copy, _g2, _one = laptops
    other = tmp_path / "other.workshop"
    shutil.copyfile(demo_master, other)
    with WorkshopFile.open(other) as store:
        store.update_details(title="Another workshop")
    # The same workshop, restored from a backup made before the copies were given out.
    restored = tmp_path / "restored.workshop"
    shutil.copyfile(demo_master, restored)
    newer = tmp_path / "newer.workshop"
    shutil.copyfile(g1_copy, newer)
    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    damaged = tmp_path / "damaged.workshop"
    damaged.write_bytes(g1_copy.read_bytes()[:5000] + b"\0" * 3000)
    foreign = tmp_path / "notes.workshop"
    foreign.write_text("minutes of the plenary")
    g1, _ = groups(main_path)
    with WorkshopFile.open(other) as store:
        other_copy = tmp_path / "other-copy.workshop"
        store.update_details(title="Another workshop")
    conn = sqlite3.connect(other)
    conn.execute("UPDATE workshop SET id = '00000000-0000-4000-8000-00000000abcd'")
    conn.commit()
    conn.close()
    with WorkshopFile.open(other) as store:
        make_group_copy(store, g1, other_copy)
    cases = {other_copy: "another workshop", newer: "newer", damaged: "damaged",
             foreign: "", main_path: "not a group's copy"}
    for copy, words in cases.items():
        before = main_path.read_bytes()
        with WorkshopFile.open(main_path) as store:
            revision = store.revision
            done = collect(store, copy)
            assert store.revision == revision
        assert done.outcome == "refused" and words in done.message, (copy.name, done.message)
        assert "\n" not in done.message and "Traceback" not in done.message
        assert results(main_path) == results_of_bytes(before, tmp_path / "before.workshop")
    with WorkshopFile.open(restored) as store:
        done = collect(store, g1_copy)
    assert done.outcome == "refused" and "no longer holds" in done.message


def test_group_copy_and_collect_commands(demo_path: Path, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    copy = tmp_path / "group-b.workshop"
    assert main(["group-copy", str(demo_path), "--group", "2", "--out", str(copy)]) == 0
    g1, g2 = groups(demo_path)
    with WorkshopFile.open(copy) as store:
        assert store.origin is not None and store.origin.group_uuid == g2.uuid
        store.update(Assessment, assessment(store, g2, 0).uuid, notes="from the break-out room")
    capsys.readouterr()
    assert main(["collect", str(demo_path), str(copy), "--json"]) == 0
    (report,) = json.loads(capsys.readouterr().out)
    assert report["outcome"] == "collected" and report["group"] == g2.name
    assert [(a["field"], a["to"]) for a in report["applied"]] == [
        ("notes", "from the break-out room")]
    assert {"unchanged", "ignored", "conflicts", "revision", "message"} <= set(report)
    assert main(["collect", str(demo_path), str(copy)]) == 0
    assert "nothing new" in capsys.readouterr().out
    assert main(["group-copy", str(demo_path), "--group", "Nobody", "--out",
                 str(tmp_path / "x.workshop")]) == 1
    assert "no working group Nobody" in capsys.readouterr().err
    with WorkshopFile.open(demo_path, read_only=True) as store:
        assert find_group(store, g1.name.upper()).uuid == g1.uuid


COLLECT = """
import sys
from workshop.exchange.collect import collect
from workshop.file.store import WorkshopFile
store = WorkshopFile.open(sys.argv[1])
print("open", flush=True)
collect(store, sys.argv[2])
print("done", flush=True)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL exists only on POSIX")
def test_sigkill_during_collect_leaves_the_file_as_before_or_as_after(
        demo_path: Path, tmp_path: Path) -> None:
    g1, _ = groups(demo_path)
    with WorkshopFile.open(demo_path) as store:
        make_group_copy(store, g1, tmp_path / "copy.workshop")
    with WorkshopFile.open(tmp_path / "copy.workshop") as copy, copy.batch():
        for n, cid in enumerate(copy.group_commitments(g1.uuid)):
            copy.set_assessment(g1.uuid, cid, measures=f"measure {n}", evidence=f"law {n}")
            for k in range(15):
                copy.add(Gap(uuid=f"00000000-0000-4000-8000-{n:06d}{k:06d}", commitment_id=cid,
                             description=f"gap {n}.{k}", group_uuid=g1.uuid))
    pristine = tmp_path / "pristine.workshop"
    shutil.copyfile(demo_path, pristine)
    before = results(pristine)
    after_path = tmp_path / "after.workshop"
    shutil.copyfile(pristine, after_path)
    with WorkshopFile.open(after_path) as store:
        collect(store, tmp_path / "copy.workshop")
    after = results(after_path)
    rng = random.Random(16)
    seen = set()
    for _run in range(8):
        shutil.copyfile(pristine, demo_path)
        for companion in ("-wal", "-shm"):
            Path(f"{demo_path}{companion}").unlink(missing_ok=True)
        child = subprocess.Popen([sys.executable, "-c", COLLECT, str(demo_path),
                                  str(tmp_path / "copy.workshop")], cwd=ROOT,
                                 stdout=subprocess.PIPE, text=True, env=dict(os.environ))
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "open"
        time.sleep(rng.uniform(0.0, 0.4))
        child.send_signal(signal.SIGKILL)
        child.wait()
        found = results(demo_path)
        assert found in (before, after)
        seen.add("after" if found == after else "before")
    print("states after a kill:", sorted(seen))
