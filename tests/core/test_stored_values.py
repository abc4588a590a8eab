"""Values the app never writes, put into a workshop file by hand or another program: each is
refused with one sentence by every command that opens the file, nothing is written, the file
stays as it was; and `check` passes only a file whose package the secretariat would accept."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from workshop.cli import main
from workshop.errors import DamagedFile
from workshop.file.store import WorkshopFile

MISSING = "00000000-0000-4000-8000-000000000000"

# case -> (the statement that spoils the demo file, a phrase of the one sentence)
SPOILED = {
    "text_not_utf8": ("UPDATE gap SET description = CAST(X'C328FF' AS TEXT) WHERE rowid = 1",
                      "not UTF-8"),
    "blob_in_text": ("UPDATE gap SET description = X'00FF10' WHERE rowid = 1", "must be text"),
    "integer_past_limit": ("UPDATE gap SET votes = 99999999999 WHERE rowid = 1",
                           "whole number"),
    "fractional_rank": ("UPDATE gap SET rank = 1.5 WHERE rowid = 1", "whole number"),
    "text_as_number": ("UPDATE gap SET votes = 'many' WHERE rowid = 1", "whole number"),
    "dangling_reference": (f"UPDATE participant SET institution_uuid = '{MISSING}' "
                           "WHERE rowid = 1", "points to a missing institution"),
    "uuid_with_newline": ("UPDATE consensus SET uuid = uuid || char(10) WHERE rowid = 1",
                          "not a UUID"),
    "commitment_with_newline": ("UPDATE consensus SET commitment_id = commitment_id || char(10) "
                                "WHERE rowid = 1", "not a commitment id"),
    "details_not_utf8": ("UPDATE workshop SET title = CAST(X'C328FF' AS TEXT)", "not UTF-8"),
    "details_blob": ("UPDATE workshop SET venue = X'00FF'", "venue must be text"),
    "details_fraction": ("UPDATE workshop SET revision = revision + 0.5", "whole number"),
    "out_of_list": ("UPDATE assistance_need SET assistance_type = 'cash' WHERE rowid = 1",
                    "cash is not a valid assistance_type"),
}


def spoil(path: Path, statement: str) -> str:
    """Change the file as another program would (foreign keys off); the new bytes' hash."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = OFF")
    assert conn.execute(statement).rowcount == 1
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    """A command of the real command line, in this process: its status and its stderr."""
    status = main(list(args))
    return status, capsys.readouterr().err.strip()


@pytest.mark.parametrize("case", sorted(SPOILED))
def test_a_value_the_app_never_writes_is_refused_by_every_command(
        case: str, demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    statement, phrase = SPOILED[case]
    digest = spoil(demo_path, statement)
    with pytest.raises(DamagedFile) as refused:
        WorkshopFile.open(demo_path, read_only=True)
    assert phrase in refused.value.message and demo_path.name in refused.value.message

    out = tmp_path / "out"
    for command in (["info", str(demo_path), "--json"], ["check", str(demo_path)],
                    ["pack", str(demo_path), "--out", str(out) + ".zip"],
                    ["report", str(demo_path), "--kind", "gap", "--out", str(out) + ".pdf"],
                    ["report", str(demo_path), "--kind", "full", "--out", str(out) + ".xlsx"]):
        status, error = run(capsys, *command)
        assert status == 1, (command, error)
        assert phrase in error and "Unexpected" not in error and "\n" not in error, error
    assert not list(tmp_path.glob("out*"))
    assert hashlib.sha256(demo_path.read_bytes()).hexdigest() == digest


def test_check_fails_a_file_whose_package_would_be_refused(
        demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An empty gap description opens (the pages show it) but no package may carry it: `check`
    says so before `pack` is tried, and `pack` writes nothing."""
    spoil(demo_path, "UPDATE gap SET description = '' WHERE rowid = 1")
    status, error = run(capsys, "check", str(demo_path))
    assert status == 1 and "package would be refused" in error and "empty description" in error
    status, error = run(capsys, "pack", str(demo_path), "--out", str(tmp_path / "p.zip"))
    assert status == 1 and "empty description" in error, error
    assert not (tmp_path / "p.zip").exists()
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith("demo.workshop")] == []


def test_check_passes_the_demo(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "check", str(demo_path))[0] == 0
