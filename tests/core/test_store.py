"""The workshop file: records round trip, edits are transactions, bad files are refused."""

from __future__ import annotations

import sqlite3
from dataclasses import asdict
from pathlib import Path

import pytest

from workshop.errors import WorkshopError
from workshop.file.model import (
    RECORD_TYPES,
    ActionItem,
    Assessment,
    AssistanceNeed,
    Consensus,
    CoordinationEntry,
    EvaluationAnswer,
    Gap,
    GroupAssignment,
    GroupMember,
    Institution,
    Participant,
    WorkingGroup,
    new_uuid,
)
from workshop.file.schema import SCHEMA_VERSION, WORKSHOP_APPLICATION_ID
from workshop.file.store import WorkshopFile


def one_of_each(store: WorkshopFile) -> list:
    """One record of every type, with text in several scripts, added to the store."""
    cid = store.commitments_in_scope()[0]
    inst = Institution(uuid=new_uuid(), name="وزارة الصحة 卫生部 Минздрав", sector="health",
                       acronym="MoH")
    person = Participant(uuid=new_uuid(), institution_uuid=inst.uuid, role="Director",
                         sex="female", name="Amara Ösei", email="a@example.org")
    group = WorkingGroup(uuid=new_uuid(), name="Group A", position=1)
    gap = Gap(uuid=new_uuid(), commitment_id=cid, description="=SUM(A1) no budget 😀",
              group_uuid=group.uuid, priority="high", rank=1, votes=7)
    records = [
        inst, person, group,
        GroupMember(uuid=new_uuid(), group_uuid=group.uuid, participant_uuid=person.uuid),
        GroupAssignment(uuid=new_uuid(), group_uuid=group.uuid, chapter=1),
        GroupAssignment(uuid=new_uuid(), group_uuid=group.uuid, commitment_id=cid),
        Assessment(uuid=new_uuid(), group_uuid=group.uuid, commitment_id=cid, status="2",
                   measures="Law 12/2020", evidence="Survey 2024", notes="\u202eRTL\u202c"),
        Consensus(uuid=new_uuid(), commitment_id=cid, status="1", dissent="MoJ disagrees"),
        gap,
        AssistanceNeed(uuid=new_uuid(), commitment_id=cid, assistance_type="training",
                       description="Train staff", gap_uuid=gap.uuid, priority="high",
                       institution_uuid=inst.uuid, providers="UNODC", timeframe="2027"),
        ActionItem(uuid=new_uuid(), description="Draft the law", commitment_id=cid,
                   gap_uuid=gap.uuid, responsible_uuid=inst.uuid, partners="WHO",
                   deadline="2027-06-30", indicator="Law adopted"),
        CoordinationEntry(uuid=new_uuid(), institution_uuid=inst.uuid, chapter=1, role="lead"),
        EvaluationAnswer(uuid=new_uuid(), question_id="q1", participant_uuid=person.uuid,
                         score=4, comment="'; DROP TABLE gap; --"),
    ]
    for record in records:
        store.add(record)
    return records


def test_every_record_type_round_trips_through_the_file(fresh_workshop: WorkshopFile) -> None:
    records = one_of_each(fresh_workshop)
    assert {type(r) for r in records} == set(RECORD_TYPES)
    path = fresh_workshop.path
    fresh_workshop.close()
    with WorkshopFile.open(path) as reopened:
        for record in records:
            assert reopened.get(type(record), record.uuid) == record


def test_every_edit_grows_the_revision_and_is_audited(fresh_workshop: WorkshopFile) -> None:
    start = fresh_workshop.revision
    inst = Institution(uuid=new_uuid(), name="Customs", sector="customs")
    change = fresh_workshop.add(inst)
    assert change.revision == start + 1 == fresh_workshop.revision
    change = fresh_workshop.update(Institution, inst.uuid, name="Customs Authority")
    assert change.old == {"name": "Customs"} and change.new == {"name": "Customs Authority"}
    assert fresh_workshop.revision == start + 2
    entry = fresh_workshop.audit_log(1)[0]
    assert (entry["action"], entry["table_name"], entry["field"]) == ("update", "institution",
                                                                      "name")
    assert entry["old_value"] == '"Customs"' and entry["new_value"] == '"Customs Authority"'
    assert entry["revision"] == fresh_workshop.revision
    # A change that changes nothing is not an edit.
    fresh_workshop.update(Institution, inst.uuid, name="Customs Authority")
    assert fresh_workshop.revision == start + 2


def test_refused_edit_writes_nothing(fresh_workshop: WorkshopFile) -> None:
    before = fresh_workshop.revision
    with pytest.raises(WorkshopError, match="not a valid status"):
        fresh_workshop.set_consensus(fresh_workshop.commitments_in_scope()[0], status="7")
    with pytest.raises(WorkshopError, match="not in this workshop's catalog"):
        fresh_workshop.set_consensus("2016-99-zz", status="1")
    with pytest.raises(WorkshopError, match="must be filled in"):
        fresh_workshop.add(Institution(uuid=new_uuid(), name="  ", sector="health"))
    with pytest.raises(WorkshopError, match="conflicts"):
        fresh_workshop.add(Participant(uuid=new_uuid(), institution_uuid="nope"))
    assert fresh_workshop.revision == before
    assert fresh_workshop.audit_log() == []


def test_removal_takes_dependents_and_restore_brings_them_back(
        fresh_workshop: WorkshopFile) -> None:
    records = one_of_each(fresh_workshop)
    inst = records[0]
    need = next(r for r in records if isinstance(r, AssistanceNeed))
    removal = fresh_workshop.remove(Institution, inst.uuid)
    assert fresh_workshop.count(Participant) == 0
    assert fresh_workshop.count(GroupMember) == 0
    assert fresh_workshop.count(CoordinationEntry) == 0
    assert fresh_workshop.get(AssistanceNeed, need.uuid).institution_uuid is None
    assert fresh_workshop.get(EvaluationAnswer, records[-1].uuid).participant_uuid is None
    fresh_workshop.restore(removal)
    for record in records:
        assert fresh_workshop.get(type(record), record.uuid) == record


def test_batch_is_all_or_nothing(fresh_workshop: WorkshopFile) -> None:
    with pytest.raises(WorkshopError):
        with fresh_workshop.batch():
            fresh_workshop.add(Institution(uuid=new_uuid(), name="Police", sector="police"))
            fresh_workshop.add(Institution(uuid=new_uuid(), name="X", sector="no-such"))
    assert fresh_workshop.count(Institution) == 0
    assert fresh_workshop.revision == 0


def test_details_are_validated(fresh_workshop: WorkshopFile) -> None:
    fresh_workshop.update_details(title="Atelier national", language="fr", chapters=[3, 1, 3])
    details = fresh_workshop.details
    assert (details.title, details.language, details.chapters) == ("Atelier national", "fr",
                                                                   [1, 3])
    for bad, message in [({"country": "QQQ"}, "country code"), ({"end_date": "2026-01-01"},
                         "before it starts"), ({"start_date": "4 May"}, "YYYY-MM-DD"),
                         ({"documents": ["1998"]}, "documents must be"),
                         ({"title": " "}, "needs a title")]:
        with pytest.raises(WorkshopError, match=message):
            fresh_workshop.update_details(**bad)


def test_group_commitments_follow_chapters_and_single_assignments(
        fresh_workshop: WorkshopFile) -> None:
    catalog = fresh_workshop.catalog
    group = WorkingGroup(uuid=new_uuid(), name="G")
    fresh_workshop.add(group)
    fresh_workshop.add(GroupAssignment(uuid=new_uuid(), group_uuid=group.uuid, chapter=2))
    chapter_two = [c.id for c in catalog.in_scope(["2016"], [2])]
    assert fresh_workshop.group_commitments(group.uuid) == chapter_two
    single = catalog.in_scope(["2016"], [7])[0].id
    fresh_workshop.add(GroupAssignment(uuid=new_uuid(), group_uuid=group.uuid,
                                       commitment_id=single))
    assert set(fresh_workshop.group_commitments(group.uuid)) == set(chapter_two) | {single}


def test_file_carries_its_marks_and_pragmas(fresh_workshop: WorkshopFile) -> None:
    db = fresh_workshop.db
    assert db.execute("PRAGMA application_id").fetchone()[0] == WORKSHOP_APPLICATION_ID
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_file_keeps_its_catalog_when_a_newer_one_is_installed(tmp_path: Path, catalog,
                                                               data_dir: Path) -> None:
    import json

    path = tmp_path / "w.workshop"
    WorkshopFile.create(path, catalog, country="PE", title="Lima").close()
    data = json.loads(catalog.content)
    data["version"] = catalog.version + 1
    data["commitments"][0]["summary"] = "Corrected summary."
    installed = data_dir / "catalogs"
    installed.mkdir(exist_ok=True)
    (installed / "newer.json").write_text(json.dumps(data), encoding="utf-8")
    with WorkshopFile.open(path) as store:
        assert store.catalog.hash == catalog.hash
        assert store.catalog.commitments[0].summary == catalog.commitments[0].summary


def test_file_of_the_first_schema_is_migrated_and_a_copy_kept(tmp_path: Path,
                                                               first_schema_file) -> None:
    path = tmp_path / "old.workshop"
    first_schema_file(path)
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == 1
    with WorkshopFile.open(path) as store:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert store.db["review"].exists()
        assert [i.name for i in store.records(Institution)] == ["Ghana Police"]
        assert store.revision == 3
    kept = sqlite3.connect(path.with_name("old.workshop.schema1.bak"))
    assert kept.execute("PRAGMA user_version").fetchone()[0] == 1
    assert kept.execute("SELECT name FROM institution").fetchall() == [("Ghana Police",)]
    assert kept.execute("SELECT count(*) FROM sqlite_master WHERE name = 'review'").fetchone() \
        == (0,)
    kept.close()


def test_reading_a_file_of_the_first_schema_leaves_it_as_it_was(tmp_path: Path,
                                                                 first_schema_file) -> None:
    from workshop.analysis import summarize

    path = tmp_path / "old.workshop"
    first_schema_file(path)
    before = path.read_bytes()
    with WorkshopFile.open(path, read_only=True) as store:
        assert store.read_only
        assert [i.name for i in store.records(Institution)] == ["Ghana Police"]
        assert summarize(store)["counts"]["institutions"] == 1
        with pytest.raises(WorkshopError):
            store.add(Institution(uuid=new_uuid(), name="Customs", sector="customs"))
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.workshop"]


def _refused(path: Path, message: str) -> None:
    before = path.read_bytes()
    listing = sorted(p.name for p in path.parent.iterdir())
    with pytest.raises(WorkshopError, match=message) as caught:
        WorkshopFile.open(path)
    assert path.name in str(caught.value)
    assert "\n" not in str(caught.value)
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == listing


def test_foreign_files_are_refused_untouched(tmp_path: Path) -> None:
    text = tmp_path / "notes.workshop"
    text.write_text("Minutes of the meeting\n" * 20)
    _refused(text, "not a workshop file")
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    _refused(other, "another program")
    empty = tmp_path / "empty.workshop"
    empty.write_bytes(b"")
    _refused(empty, "not a workshop file")


def test_missing_file_and_folder_are_named(tmp_path: Path) -> None:
    with pytest.raises(WorkshopError, match="does not exist"):
        WorkshopFile.open(tmp_path / "nope.workshop")
    with pytest.raises(WorkshopError, match="is a folder"):
        WorkshopFile.open(tmp_path)


def test_newer_schema_is_refused_with_its_version(tmp_path: Path, catalog) -> None:
    path = tmp_path / "future.workshop"
    WorkshopFile.create(path, catalog, country="KE", title="Future").close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.commit()
    conn.close()
    _refused(path, f"newer version of the app \\(schema {SCHEMA_VERSION + 5}")


def test_damaged_file_is_refused_untouched(tmp_path: Path, demo_path: Path) -> None:
    data = bytearray(demo_path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    # Scribble over the middle pages, keeping the header so the file still looks like ours.
    for offset in range(page_size * 3, len(data) - page_size, page_size * 2):
        data[offset + 8: offset + 40] = b"\xff" * 32
    damaged = tmp_path / "damaged.workshop"
    damaged.write_bytes(bytes(data))
    _refused(damaged, "damaged")
    truncated = tmp_path / "cut.workshop"
    truncated.write_bytes(demo_path.read_bytes()[: page_size * 4])
    _refused(truncated, "damaged")


def test_read_only_open_refuses_edits(tmp_path: Path, demo_path: Path) -> None:
    with WorkshopFile.open(demo_path, read_only=True) as store:
        before = store.revision
        with pytest.raises(WorkshopError, match="read-only"):
            store.add(Institution(uuid=new_uuid(), name="X", sector="health"))
        assert store.revision == before


def test_create_refuses_to_replace_a_file(tmp_path: Path, catalog) -> None:
    path = tmp_path / "w.workshop"
    path.write_text("precious")
    with pytest.raises(WorkshopError, match="already exists"):
        WorkshopFile.create(path, catalog, country="KE", title="T")
    assert path.read_text() == "precious"


def test_records_are_plain_dataclasses() -> None:
    inst = Institution(uuid="u", name="n")
    assert asdict(inst) == {"uuid": "u", "name": "n", "sector": "other", "acronym": ""}


def test_a_file_open_for_writing_cannot_be_opened_twice(demo_path: Path) -> None:
    first = WorkshopFile.open(demo_path)
    with pytest.raises(WorkshopError, match="already open in another window"):
        WorkshopFile.open(demo_path)
    with WorkshopFile.open(demo_path, read_only=True) as reader:
        assert reader.revision == first.revision
    first.close()
    WorkshopFile.open(demo_path).close()
    assert not demo_path.with_name(demo_path.name + ".lock").exists()


def test_a_killed_holder_does_not_block_the_file(demo_path: Path) -> None:
    import subprocess
    import sys

    code = ("import os, sys; from workshop.file.store import WorkshopFile; "
            "WorkshopFile.open(sys.argv[1]); print('open', flush=True); "
            "os.kill(os.getpid(), 9)")
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run([sys.executable, "-c", code, str(demo_path)], cwd=root,
                            capture_output=True, text=True)
    assert result.stdout.strip() == "open"
    WorkshopFile.open(demo_path).close()
