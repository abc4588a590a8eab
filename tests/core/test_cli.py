"""The command line: exit codes, one-sentence errors, and `--json` figures that match the file."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def workshop(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    """Run the real `workshop` entry point in a child process."""
    env = dict(os.environ, WORKSHOP_DATA_DIR=str(data_dir))
    return subprocess.run([sys.executable, "-m", "ui.launcher", *args], capture_output=True,
                          text=True, cwd=ROOT, env=env, timeout=120)


def one_sentence_error(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1, result
    assert "Traceback" not in result.stderr
    message = result.stderr.strip()
    assert message and "\n" not in message
    return message


def test_demo_then_info_json_agrees_with_the_file(tmp_path: Path, data_dir: Path) -> None:
    out = tmp_path / "d.workshop"
    result = workshop("demo", str(out), data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    result = workshop("info", str(out), "--json", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    info = json.loads(result.stdout)
    conn = sqlite3.connect(out)

    def scalar(sql: str) -> int:
        return conn.execute(sql).fetchone()[0]

    counts = info["counts"]
    assert info["workshop"]["revision"] == scalar("SELECT revision FROM workshop")
    assert info["workshop"]["id"] == scalar("SELECT id FROM workshop")
    assert info["catalog"]["hash"] == scalar("SELECT catalog_hash FROM workshop")
    assert counts["institutions"] == scalar("SELECT count(*) FROM institution")
    assert counts["participants"] == scalar("SELECT count(*) FROM participant")
    assert counts["participants_by_sex"]["female"] == scalar(
        "SELECT count(*) FROM participant WHERE sex = 'female'")
    assert counts["groups"] == scalar("SELECT count(*) FROM working_group") == 4
    assert counts["commitments_with_consensus"] == scalar("SELECT count(*) FROM consensus")
    assert counts["commitments_with_consensus"] == counts["commitments_in_scope"]
    assert sum(counts["consensus_status"].values()) == counts["commitments_with_consensus"]
    for status, n in counts["consensus_status"].items():
        assert n == scalar(f"SELECT count(*) FROM consensus WHERE status = '{status}'")
    assert counts["gaps"] == scalar("SELECT count(*) FROM gap")
    assert counts["assistance_needs"] == scalar("SELECT count(*) FROM assistance_need")
    for kind, n in counts["assistance_needs_by_type"].items():
        assert n == scalar(f"SELECT count(*) FROM assistance_need WHERE assistance_type='{kind}'")
        assert n > 0
    assert counts["action_items"] == scalar("SELECT count(*) FROM action_item") > 0
    conn.close()
    text = workshop("info", str(out), data_dir=data_dir)
    assert text.returncode == 0 and "Fictional country (XN)" in text.stdout


def test_new_creates_a_workshop_with_its_scope(tmp_path: Path, data_dir: Path) -> None:
    out = tmp_path / "n.workshop"
    result = workshop("new", str(out), "--country", "ec", "--title", "Taller nacional",
                      "--start", "2026-06-01", "--end", "2026-06-03", "--language", "es",
                      "--chapters", "1,4", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    info = json.loads(workshop("info", str(out), "--json", data_dir=data_dir).stdout)
    assert info["workshop"]["country"] == "EC"
    assert info["workshop"]["country_name"] == "Ecuador"
    assert info["workshop"]["chapters"] == [1, 4]
    assert info["counts"]["commitments_in_scope"] > 0
    assert info["workshop"]["revision"] == 0


@pytest.mark.parametrize("args, fragment", [
    (["new", "{tmp}/x.workshop", "--country", "QQ", "--title", "T"], "not a country code"),
    (["new", "{tmp}/x.workshop", "--country", "KE", "--title", "T", "--start", "2026-13-01"],
     "YYYY-MM-DD"),
    (["new", "{tmp}/x.workshop", "--country", "KE", "--title", "T", "--chapters", "one"],
     "--chapters"),
    (["info", "{tmp}/missing.workshop"], "does not exist"),
    (["info", "{tmp}/text.workshop"], "not a workshop file"),
    (["check", "{tmp}/text.workshop"], "not a workshop file"),
    (["demo", "{tmp}/text.workshop"], "already exists"),
    (["new", "{tmp}/no/such/folder/x.workshop", "--country", "KE", "--title", "T"],
     "cannot be written"),
])
def test_bad_input_exits_1_with_one_sentence(tmp_path: Path, data_dir: Path, args: list[str],
                                             fragment: str) -> None:
    (tmp_path / "text.workshop").write_text("not a database")
    result = workshop(*[a.format(tmp=tmp_path) for a in args], data_dir=data_dir)
    assert fragment in one_sentence_error(result)
    assert (tmp_path / "text.workshop").read_text() == "not a database"


@pytest.mark.parametrize("args", [["info"], ["frobnicate"], ["info", "a", "--bogus"],
                                  ["new", "x.workshop"], ["catalog", "export"]])
def test_wrong_usage_exits_2(data_dir: Path, args: list[str]) -> None:
    result = workshop(*args, data_dir=data_dir)
    assert result.returncode == 2, result
    assert "Traceback" not in result.stderr and "usage:" in result.stderr


def test_demo_force_keeps_the_file_that_was_there(demo_path: Path, data_dir: Path) -> None:
    """Nothing is written over a workshop file, not even by `demo --force`: it is kept aside."""
    from workshop.cli import main

    before = demo_path.read_bytes()
    assert main(["demo", str(demo_path), "--seed", "2", "--force"]) == 0
    kept = [p for p in demo_path.parent.iterdir() if ".before-demo-" in p.name]
    assert len(kept) == 1 and kept[0].read_bytes() == before
    assert demo_path.read_bytes() != before  # a new demo (another seed) in its place
    from workshop.file.store import WorkshopFile

    with WorkshopFile.open(demo_path):  # the new one is held open: --force is refused
        result = workshop("demo", str(demo_path), "--force", data_dir=data_dir)
    assert "already open" in one_sentence_error(result)
    assert len([p for p in demo_path.parent.iterdir() if ".before-demo-" in p.name]) == 1


def test_check_passes_a_sound_file_and_fails_a_broken_one(demo_path: Path,
                                                          data_dir: Path) -> None:
    result = workshop("check", str(demo_path), data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert "integrity check passed" in result.stdout
    conn = sqlite3.connect(demo_path)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("UPDATE participant SET institution_uuid = "
                 "'00000000-0000-4000-8000-000000000000' WHERE rowid = 1")
    conn.commit()
    conn.close()
    message = one_sentence_error(workshop("check", str(demo_path), data_dir=data_dir))
    assert "points to a missing institution" in message


def test_catalog_json_counts_documents_chapters_and_challenges(data_dir: Path, catalog) -> None:
    result = workshop("catalog", "--json", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    entry = next(c for c in json.loads(result.stdout)["catalogs"] if c["hash"] == catalog.hash)
    assert entry["commitments"] == len(catalog.commitments)
    assert sum(d["commitments"] for d in entry["documents"]) == len(catalog.commitments)
    assert [c["number"] for c in entry["chapters"]] == [1, 2, 3, 4, 5, 6, 7]
    assert sum(c["commitments"] for c in entry["chapters"]) == len(catalog.commitments)
    assert [c["letter"] for c in entry["challenges"]] == list("abcdefghjklm")
    assert all(c["commitments"] > 0 for c in entry["challenges"])
    versions = {c["version"]: c for c in json.loads(result.stdout)["catalogs"]
                if c["id"] == "single-track"}
    assert versions[1]["previous_version"] is None and versions[1]["id_changes"] == []
    assert versions[2]["previous_version"] == 1
    assert {c["id"]: c["now"] for c in versions[2]["id_changes"]} == {
        "2016-4-b": ["2016-4-f"], "2016-4-f": ["2016-4-b"]}


def test_every_command_is_documented_in_the_readme() -> None:
    from workshop.cli import COMMANDS

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for command in COMMANDS:
        assert re.search(rf"workshop {command}\b", readme), command


def test_the_launcher_tells_a_file_from_a_command_without_loading_the_command_line(
        tmp_path: Path, monkeypatch) -> None:
    from ui.launcher import FILE_SUFFIXES, _names_a_file
    from workshop.cli import COMMANDS

    # a file is known by its suffix alone, which is why no command may end in one
    assert not [c for c in COMMANDS if c.lower().endswith(FILE_SUFFIXES)]
    monkeypatch.chdir(tmp_path)
    assert _names_a_file("missing.workshop") and _names_a_file("Results.ZIP")
    assert not _names_a_file("info") and not _names_a_file("--help")
    assert not _names_a_file("infoo")  # a mistyped command goes to the command line's error
    (tmp_path / "info").write_text("")  # a file named like a command: the command wins
    (tmp_path / "notes").write_text("")
    assert not _names_a_file("info") and _names_a_file("notes")
