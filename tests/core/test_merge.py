"""The secretariat's merge: exactly what was sent, never twice, never silently overwritten."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from workshop.analysis import summarize
from workshop.demo import build_demo
from workshop.errors import WorkshopError
from workshop.exchange.consolidated import SCHEMA_VERSION, ConsolidatedFile, summarize_consolidated
from workshop.exchange.merge import merge_packages
from workshop.exchange.packages import write_package
from workshop.file.model import RECORD_TYPES, Consensus, Participant
from workshop.file.store import WorkshopFile

ROOT = Path(__file__).resolve().parents[2]


def pack(workshop: Path, out: Path, **options: Any) -> Path:
    """Write the package of a workshop file."""
    with WorkshopFile.open(workshop, read_only=True) as store:
        return write_package(store, out, **options)


def dump(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table of a SQLite file, for comparing content."""
    conn = sqlite3.connect(path)
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    out = {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in tables}
    conn.close()
    return out


def edit(workshop: Path) -> None:
    """One real edit through the store: the revision grows."""
    with WorkshopFile.open(workshop) as store:
        first = store.records(Consensus)[0]
        store.update(Consensus, first.uuid, notes=first.notes + " (revised)")


@pytest.fixture(scope="module")
def second_master(demo_master: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Another workshop, another country and seed, built once."""
    with WorkshopFile.open(demo_master, read_only=True) as store:
        catalog = store.catalog  # the demo's own, whatever the user data folder holds now
    path = tmp_path_factory.mktemp("second") / "ke.workshop"
    build_demo(path, seed=7, country="KE", catalog=catalog).close()
    return path


@pytest.fixture
def second_demo(second_master: Path, tmp_path: Path) -> Path:
    """A private copy of the second workshop."""
    path = tmp_path / "ke.workshop"
    shutil.copyfile(second_master, path)
    return path


def test_pack_then_merge_round_trip_equals_the_source_figures(
        demo_path: Path, second_demo: Path, tmp_path: Path) -> None:
    consolidated = tmp_path / "all.wsc"
    outcomes = merge_packages(consolidated, [pack(demo_path, tmp_path / "a.zip"),
                                             pack(second_demo, tmp_path / "b.zip")])
    assert [o.outcome for o in outcomes] == ["added", "added"]
    sources = []
    for path in (demo_path, second_demo):
        with WorkshopFile.open(path, read_only=True) as store:
            sources.append(summarize(store)["counts"])
    with ConsolidatedFile.open(consolidated, read_only=True) as cfile:
        summary = summarize_consolidated(cfile)
        conn = cfile.conn
        for path in (demo_path, second_demo):
            with WorkshopFile.open(path, read_only=True) as store:
                wid = store.details.id
                for record_type in RECORD_TYPES:
                    columns = record_type.columns()
                    source = [tuple("" if c in record_type.PERSONAL else row[c]
                                    for c in columns)
                              for row in store.db.query(
                                  f"SELECT * FROM {record_type.TABLE} ORDER BY uuid")]
                    merged = conn.execute(
                        f"SELECT {', '.join(columns)} FROM {record_type.TABLE} "
                        "WHERE workshop_id = ? ORDER BY uuid", [wid]).fetchall()
                    assert merged == source, record_type.TABLE
    assert summary["workshops"] == 2 and summary["countries"] == 2
    assert summary["country_codes"] == ["KE", "XN"]
    for key in ("institutions", "participants", "gaps", "assistance_needs", "action_items",
                "commitments_with_consensus", "evaluation_answers"):
        assert summary["counts"][key] == sources[0][key] + sources[1][key], key
    for sex, n in summary["counts"]["participants_by_sex"].items():
        assert n == sources[0]["participants_by_sex"][sex] + sources[1]["participants_by_sex"][sex]
    for chapter, row in summary["counts"]["consensus_by_chapter"].items():
        for status, n in row.items():
            assert n == sum(s["consensus_by_chapter"][chapter][status] for s in sources)


def test_merging_twice_changes_nothing(demo_path: Path, tmp_path: Path) -> None:
    package = pack(demo_path, tmp_path / "a.zip")
    again = pack(demo_path, tmp_path / "again.zip")  # same revision, packed later
    consolidated = tmp_path / "all.wsc"
    merge_packages(consolidated, [package])
    before_bytes, before = consolidated.read_bytes(), dump(consolidated)
    outcomes = merge_packages(consolidated, [package, again])
    assert [o.outcome for o in outcomes] == ["unchanged", "unchanged"]
    assert consolidated.read_bytes() == before_bytes
    assert dump(consolidated) == before


def test_newer_revision_replaces_and_is_logged(demo_path: Path, tmp_path: Path) -> None:
    old = pack(demo_path, tmp_path / "old.zip")
    edit(demo_path)
    new = pack(demo_path, tmp_path / "new.zip")
    consolidated = tmp_path / "all.wsc"
    merge_packages(consolidated, [old])
    outcomes = merge_packages(consolidated, [new])
    assert outcomes[0].outcome == "replaced"
    with WorkshopFile.open(demo_path, read_only=True) as store:
        revision, wid = store.revision, store.details.id
        n_consensus = store.count(Consensus)
    assert outcomes[0].revision == revision
    assert f"Revision {revision} replaced revision {revision - 1}" in outcomes[0].reason
    with ConsolidatedFile.open(consolidated, read_only=True) as cfile:
        assert cfile.merged()[wid][0] == revision
        assert cfile.conn.execute("SELECT count(*) FROM consensus").fetchone()[0] == n_consensus
        assert cfile.conn.execute(
            "SELECT count(*) FROM consensus WHERE notes LIKE '%(revised)'").fetchone()[0] == 1
        log = cfile.merge_log()
    assert [(e["outcome"], e["revision"], e["previous_revision"]) for e in log] == [
        ("replaced", revision, revision - 1), ("added", revision - 1, None)]
    assert log[0]["package"] == "new.zip" and len(log[0]["package_sha256"]) == 64


def test_older_revision_is_a_conflict_that_changes_nothing(demo_path: Path,
                                                           tmp_path: Path) -> None:
    old = pack(demo_path, tmp_path / "old.zip")
    edit(demo_path)
    new = pack(demo_path, tmp_path / "new.zip")
    consolidated = tmp_path / "all.wsc"
    merge_packages(consolidated, [new])
    before = consolidated.read_bytes()
    outcomes = merge_packages(consolidated, [old])
    assert outcomes[0].outcome == "conflict"
    assert "older than the merged revision" in outcomes[0].reason
    assert consolidated.read_bytes() == before


def test_same_revision_with_different_content_is_a_conflict(demo_path: Path,
                                                            tmp_path: Path) -> None:
    plain = pack(demo_path, tmp_path / "plain.zip")
    # Same workshop and revision, other content: here, the copy with names.
    named = pack(demo_path, tmp_path / "named.zip", include_personal_data=True)
    consolidated = tmp_path / "all.wsc"
    merge_packages(consolidated, [plain])
    before = consolidated.read_bytes()
    outcomes = merge_packages(consolidated, [named])
    assert outcomes[0].outcome == "conflict"
    assert "already merged with different content" in outcomes[0].reason
    assert consolidated.read_bytes() == before


def test_personal_data_reaches_the_consolidated_file_only_when_packed(
        demo_path: Path, tmp_path: Path) -> None:
    consolidated = tmp_path / "named.wsc"
    merge_packages(consolidated, [pack(demo_path, tmp_path / "n.zip",
                                       include_personal_data=True)])
    with WorkshopFile.open(demo_path, read_only=True) as store:
        names = sorted(p.name for p in store.records(Participant))
    conn = sqlite3.connect(consolidated)
    assert sorted(r[0] for r in conn.execute("SELECT name FROM participant")) == names
    conn.close()
    plain = tmp_path / "plain.wsc"
    merge_packages(plain, [pack(demo_path, tmp_path / "p.zip")])
    conn = sqlite3.connect(plain)
    assert {r[0] for r in conn.execute("SELECT name || email FROM participant")} == {""}
    conn.close()


def test_dry_run_writes_nothing_and_creates_nothing(demo_path: Path, second_demo: Path,
                                                    tmp_path: Path) -> None:
    a, b = pack(demo_path, tmp_path / "a.zip"), pack(second_demo, tmp_path / "b.zip")
    missing = tmp_path / "new.wsc"
    outcomes = merge_packages(missing, [a, b, a], dry_run=True)
    assert [o.outcome for o in outcomes] == ["added", "added", "unchanged"]
    assert not missing.exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("new.wsc")) == []
    consolidated = tmp_path / "all.wsc"
    merge_packages(consolidated, [a])
    before = consolidated.read_bytes()
    outcomes = merge_packages(consolidated, [a, b], dry_run=True)
    assert [o.outcome for o in outcomes] == ["unchanged", "added"]
    assert consolidated.read_bytes() == before


def test_progress_is_reported_and_a_merge_can_stop_between_packages(
        demo_path: Path, second_demo: Path, tmp_path: Path) -> None:
    a, b = pack(demo_path, tmp_path / "a.zip"), pack(second_demo, tmp_path / "b.zip")
    seen: list[tuple[int, int, str]] = []
    outcomes = merge_packages(tmp_path / "all.wsc", [a, b],
                              progress=lambda done, total, o: seen.append((done, total,
                                                                           o.outcome)),
                              should_stop=lambda: len(seen) == 1)
    assert seen == [(1, 2, "added")] and [o.outcome for o in outcomes] == ["added"]
    with ConsolidatedFile.open(tmp_path / "all.wsc", read_only=True) as cfile:
        assert len(cfile.merged()) == 1


def test_another_catalog_version_merges_by_id_and_unknown_ids_are_reported(
        demo_path: Path, catalog, data_dir: Path, tmp_path: Path) -> None:
    from test_exchange import rewrite  # the package helpers live beside

    newer = json.loads(catalog.content)
    newer["version"] = catalog.version + 1
    newer["title"] += " (corrected)"
    (data_dir / "catalogs").mkdir(exist_ok=True)
    (data_dir / "catalogs" / "single-track-next.json").write_text(json.dumps(newer))

    package = pack(demo_path, tmp_path / "a.zip")

    def unknown_ids(data: dict[str, Any]) -> None:
        data["records"]["consensus"][0]["commitment_id"] = "2016-999-z"
        data["records"]["gap"][0]["commitment_id"] = "2016-998"
    odd = rewrite(package, tmp_path / "odd.zip", content=unknown_ids)
    outcomes = merge_packages(tmp_path / "all.wsc", [package])
    assert outcomes[0].outcome == "added"
    assert f"version {catalog.version} (the newest here is {catalog.version + 1})" in \
        outcomes[0].warnings[0]
    outcomes = merge_packages(tmp_path / "odd.wsc", [odd])
    assert outcomes[0].outcome == "added"
    assert any("2 commitment ids are in no installed version" in w and "2016-998" in w
               and "2016-999-z" in w for w in outcomes[0].warnings)


def test_a_workshop_file_is_not_a_consolidated_file(demo_path: Path, tmp_path: Path) -> None:
    before = demo_path.read_bytes()
    with pytest.raises(WorkshopError, match="is a workshop file, not a consolidated file"):
        merge_packages(demo_path, [pack(demo_path, tmp_path / "a.zip")])
    assert demo_path.read_bytes() == before
    consolidated = tmp_path / "all.wsc"
    merge_packages(consolidated, [])
    with pytest.raises(WorkshopError, match="consolidated file of the secretariat, not a "
                                            "workshop file"):
        WorkshopFile.open(consolidated)


def test_consolidated_file_is_marked_and_versioned(tmp_path: Path) -> None:
    consolidated = tmp_path / "all.wsc"
    merge_packages(consolidated, [])
    conn = sqlite3.connect(consolidated)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == 0x57534843
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    for record_type in RECORD_TYPES:  # record tables follow the workshop's records
        columns = [r[1] for r in conn.execute(f"PRAGMA table_info({record_type.TABLE})")]
        assert columns == ["workshop_id", *record_type.columns()], record_type.TABLE
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    with pytest.raises(WorkshopError, match="newer version of the app"):
        merge_packages(consolidated, [])


# ----- command line ----------------------------------------------------------------------------


def workshop(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    """Run the real `workshop` entry point in a child process."""
    env = dict(os.environ, WORKSHOP_DATA_DIR=str(data_dir))
    return subprocess.run([sys.executable, "-m", "ui.launcher", *args], capture_output=True,
                          text=True, cwd=ROOT, env=env, timeout=120)


def test_cli_pack_merge_json_info_and_check(demo_path: Path, second_demo: Path,
                                            tmp_path: Path, data_dir: Path) -> None:
    a, b = tmp_path / "a.zip", tmp_path / "b.zip"
    result = workshop("pack", str(demo_path), "--out", str(a), data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert "without participant names" in result.stdout
    pack(second_demo, b)
    bad = tmp_path / "bad.zip"
    bad.write_text("not a package")
    consolidated = tmp_path / "all.wsc"

    result = workshop("merge", str(consolidated), str(a), str(b), "--dry-run", "--json",
                      data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert [o["outcome"] for o in json.loads(result.stdout)] == ["added", "added"]
    assert not consolidated.exists()

    result = workshop("merge", str(consolidated), str(a), str(bad), str(b), "--json",
                      data_dir=data_dir)
    assert result.returncode == 1
    outcomes = json.loads(result.stdout)
    assert [o["outcome"] for o in outcomes] == ["added", "refused", "added"]
    for o in outcomes:
        assert set(o) == {"package", "workshop_id", "country", "revision", "outcome",
                          "reason", "warnings"}
    assert outcomes[1]["package"] == str(bad) and "bad.zip is refused" in outcomes[1]["reason"]
    assert outcomes[1]["workshop_id"] == "" and outcomes[1]["revision"] is None
    assert outcomes[2]["country"] == "KE" and outcomes[2]["revision"] > 0

    result = workshop("merge", str(consolidated), str(a), data_dir=data_dir)
    assert result.returncode == 0 and "unchanged" in result.stdout

    result = workshop("info", str(consolidated), "--json", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    info = json.loads(result.stdout)
    assert info["kind"] == "consolidated"
    assert info["workshops"] == 2 and info["countries"] == 2
    assert info["counts"]["participants"] > 0
    result = workshop("info", str(consolidated), data_dir=data_dir)
    assert result.returncode == 0 and "2 workshops from 2 countries" in result.stdout
    result = workshop("info", str(demo_path), "--json", data_dir=data_dir)
    assert json.loads(result.stdout)["kind"] == "workshop"

    for path in (consolidated, a):
        result = workshop("check", str(path), data_dir=data_dir)
        assert result.returncode == 0 and "integrity check passed" in result.stdout
    result = workshop("check", str(bad), data_dir=data_dir)
    assert result.returncode == 1 and "not a zip file" in result.stderr
    assert "Traceback" not in result.stderr


def test_cli_conflict_exits_1_and_still_lists_every_package(demo_path: Path, tmp_path: Path,
                                                            data_dir: Path) -> None:
    plain = pack(demo_path, tmp_path / "plain.zip")
    named = pack(demo_path, tmp_path / "named.zip", include_personal_data=True)
    consolidated = tmp_path / "all.wsc"
    result = workshop("merge", str(consolidated), str(plain), str(named), data_dir=data_dir)
    assert result.returncode == 1
    assert "plain.zip: added" in result.stdout and "named.zip: conflict" in result.stdout
    assert "1 added, 0 unchanged, 0 replaced, 1 conflict, 0 refused" in result.stdout


@pytest.mark.parametrize("args", [["merge"], ["merge", "all.wsc"], ["pack", "x.workshop"]])
def test_cli_wrong_usage_exits_2(args: list[str], data_dir: Path) -> None:
    result = workshop(*args, data_dir=data_dir)
    assert result.returncode == 2 and "usage:" in result.stderr


def test_cli_merge_into_a_workshop_file_is_refused_in_one_sentence(
        demo_path: Path, tmp_path: Path, data_dir: Path) -> None:
    copy = tmp_path / "copy.workshop"
    shutil.copyfile(demo_path, copy)
    result = workshop("merge", str(copy), str(pack(demo_path, tmp_path / "a.zip")),
                      data_dir=data_dir)
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0 and "not a consolidated file" in result.stderr


def test_check_finds_records_of_no_merged_workshop(demo_path: Path, tmp_path: Path) -> None:
    from workshop.integrity import check_file

    consolidated = tmp_path / "all.wsc"
    merge_packages(consolidated, [pack(demo_path, tmp_path / "a.zip")])
    assert check_file(consolidated) == []
    conn = sqlite3.connect(consolidated)
    conn.execute("INSERT INTO institution VALUES ('gone', 'u', 'Orphan', 'other', '')")
    conn.commit()
    conn.close()
    problems = check_file(consolidated)
    assert len(problems) == 1 and "belong to no merged workshop" in problems[0]


@pytest.mark.parametrize("field, value", [("country", "FR"),
                                          ("created_at", "2020-01-01T00:00:00+00:00")])
def test_a_package_that_changes_a_workshops_identity_is_a_conflict(
        demo_path: Path, tmp_path: Path, field: str, value: str) -> None:
    """A later revision with the merged workshop's id but another country or creation is not
    that workshop: it never replaces it (KE became FR before)."""
    from test_exchange import rewrite  # the package helpers live beside

    package = pack(demo_path, tmp_path / "a.zip")

    def newer(data: dict[str, Any]) -> None:
        data["workshop"][field] = value
        data["workshop"]["revision"] += 1

    def newer_manifest(manifest: dict[str, Any]) -> None:
        manifest["revision"] += 1
    impostor = rewrite(package, tmp_path / "impostor.zip", content=newer,
                       manifest=newer_manifest)
    consolidated = tmp_path / "all.wsc"
    assert merge_packages(consolidated, [package])[0].outcome == "added"
    before = dump(consolidated)

    outcomes = merge_packages(consolidated, [impostor])
    assert outcomes[0].outcome == "conflict", outcomes[0].reason
    assert value in outcomes[0].reason and "never change" in outcomes[0].reason
    assert dump(consolidated) == before
    # in one call too: the impostor after the real one, the real one's newer revision after it
    edit(demo_path)
    again = pack(demo_path, tmp_path / "b.zip")
    outcomes = merge_packages(tmp_path / "fresh.wsc", [package, impostor, again])
    assert [o.outcome for o in outcomes] == ["added", "conflict", "replaced"]
