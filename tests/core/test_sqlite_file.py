"""The app's SQLite files, workshop and consolidated alike, opened one way and trusting nothing.

Each mishap goes through the real command line (`workshop.cli.main`) where a command reaches
it: exit status 1, one sentence naming the file, and every file in its folder (the file, its
`-wal`, `-journal`, `-shm`, `.lock`) byte for byte as it was. Journals are made as a crash
leaves them: a `-wal` copied while the writer still had it (committed edits not yet in the
file), a rollback journal copied in the middle of a transaction whose pages already reached
the file (hot: the file alone is not consistent).
"""

from __future__ import annotations

import errno
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from test_exchange import rewrite

from workshop import cli
from workshop.errors import DamagedFile, WorkshopError
from workshop.exchange.consolidated import CONSOLIDATED, ConsolidatedFile
from workshop.exchange.packages import write_package
from workshop.file.model import Institution, new_uuid
from workshop.file.sqlite_file import (
    RECOVERY_PREFIX,
    file_alone,
    schemas_from_migrations,
    storage_error,
)
from workshop.file.store import WORKSHOP, WorkshopFile
from workshop.schema_digests import computed_digests

ROOT = Path(__file__).resolve().parents[2]
Refuse = Callable[..., str]  # the fixtures of tests/conftest.py and this module
Crash = Callable[..., Path]
State = Callable[[Path], dict[str, str]]
POSIX = pytest.mark.skipif(sys.platform == "win32", reason="POSIX files and mounts")


# ----- helpers ---------------------------------------------------------------------------------

def run(capsys: pytest.CaptureFixture[str], *args: Any) -> tuple[int, str, str]:
    """Run the real command line in this process; exit status, stdout, stderr."""
    code = cli.main([str(arg) for arg in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def refused(capsys: pytest.CaptureFixture[str], folder_state: Callable[[Path], dict[str, str]]):
    """(named, phrase, *args, folder) -> sentence: run a command that must be refused: exit 1,
    one sentence naming `named` and saying `phrase`, and nothing in `folder` changed."""
    def refuse(named: str, phrase: str, *args: Any, folder: Path) -> str:
        before = folder_state(folder)
        code, _out, err = run(capsys, *args)
        message = err.strip()
        assert code == 1, (args, err)
        assert message and "\n" not in message and "Traceback" not in message, message
        assert named in message and phrase in message, message
        assert folder_state(folder) == before, args
        return message

    return refuse


def names_in(path: Path) -> set[str]:
    """The institutions a workshop file holds, read as the app reads it."""
    with WorkshopFile.open(path, read_only=True) as store:
        return {i.name for i in store.records(Institution)}


def merged_in(path: Path) -> set[str]:
    """The workshop ids a consolidated file holds, read as the app reads it."""
    with ConsolidatedFile.open(path, read_only=True) as cfile:
        return set(cfile.merged())


def raw_integrity(path: Path, journals: list[Path]) -> list[str]:
    """What SQLite itself makes of a file with journals beside it (in a scratch copy): the
    `integrity_check` of the file it would play them into."""
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / path.name
        shutil.copyfile(path, copy)
        for journal in journals:
            shutil.copyfile(journal, Path(scratch) / journal.name)
        conn = sqlite3.connect(copy)
        try:
            return [row[0] for row in conn.execute("PRAGMA integrity_check")]
        finally:
            conn.close()


def new_workshop(path: Path, catalog: Any, workshop_id: str | None = None,
                 institutions: int = 2) -> Path:
    """A small workshop file made by the app, with a few institutions."""
    store = WorkshopFile.create(path, catalog, country="KE", title="Nairobi", documents=["2016"],
                                workshop_id=workshop_id)
    with store:
        for n in range(institutions):
            store.add(Institution(uuid=new_uuid(), name=f"Ministry {n}", sector="health"))
    return path


def derived_package(base: Path, out: Path, number: int) -> Path:
    """Another workshop's package: `base` with a new workshop id and country."""
    workshop_id = f"00000000-0000-4000-8000-{number:012d}"

    def content(data: dict[str, Any]) -> None:
        data["workshop"].update(id=workshop_id, country=("KE", "PE", "GH", "NP")[number % 4])

    def manifest(data: dict[str, Any]) -> None:
        data["workshop_id"] = workshop_id

    return rewrite(base, out, content=content, manifest=manifest)


@pytest.fixture(scope="module")
def packages(demo_master: Path, tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Six packages of six workshops (the demo's, re-identified)."""
    folder = tmp_path_factory.mktemp("packages")
    with WorkshopFile.open(demo_master, read_only=True) as store:
        base = write_package(store, folder / "demo.zip")
    return [derived_package(base, folder / f"p{n}.zip", n) for n in range(6)]


@pytest.fixture
def consolidated(packages: list[Path], tmp_path: Path) -> Path:
    """A consolidated file with four workshops merged."""
    from workshop.exchange.merge import merge_packages

    path = tmp_path / "all.wsc"
    assert all(o.ok for o in merge_packages(path, packages[:4]))
    return path


@pytest.fixture
def other_consolidated(packages: list[Path], tmp_path: Path) -> Path:
    """Another consolidated file (another identity, other workshops), in a folder of its own."""
    from workshop.exchange.merge import merge_packages

    folder = tmp_path / "elsewhere"
    folder.mkdir()
    path = folder / "other.wsc"
    assert all(o.ok for o in merge_packages(path, packages[2:]))
    return path


# ----- 1. exactly a file of the app ---------------------------------------------------------

# Each defect: SQL a hand or another program could add; none is anything the app writes.
WORKSHOP_DEFECTS = {
    "trigger": "CREATE TRIGGER wipe AFTER INSERT ON institution BEGIN DELETE FROM audit_log; END",
    "view": "CREATE VIEW everything AS SELECT * FROM institution",
    "table": "CREATE TABLE notes (text TEXT)",
    "index": "CREATE INDEX institution_name ON institution(name)",
    "generated column": "ALTER TABLE institution ADD COLUMN loud TEXT "
                        "GENERATED ALWAYS AS (upper(name)) VIRTUAL",
    "virtual table": "CREATE VIRTUAL TABLE search USING fts5(text)",
    "column": "ALTER TABLE institution ADD COLUMN extra TEXT",
}
CONSOLIDATED_DEFECTS = {
    # the one that deleted 50 of 51 workshops during a merge, exit status 0
    "trigger": "CREATE TRIGGER keep_one AFTER INSERT ON workshop "
               "BEGIN DELETE FROM workshop WHERE id != NEW.id; END",
    "view": "CREATE VIEW everything AS SELECT * FROM workshop",
    "table": "CREATE TABLE notes (text TEXT)",
    "index": "CREATE INDEX workshop_title ON workshop(title)",
    "generated column": "ALTER TABLE workshop ADD COLUMN loud TEXT "
                        "GENERATED ALWAYS AS (upper(title)) VIRTUAL",
    "virtual table": "CREATE VIRTUAL TABLE search USING fts5(text)",
    "column": "ALTER TABLE merge_log ADD COLUMN extra TEXT",
}


def with_sql(path: Path, statement: str) -> Path:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute(statement)
        conn.execute("PRAGMA journal_mode = DELETE")
    finally:
        conn.close()
    return path


@pytest.mark.parametrize("defect", sorted(WORKSHOP_DEFECTS))
def test_a_workshop_file_holding_what_the_app_never_writes_is_refused_untouched(
        defect: str, tmp_path: Path, catalog: Any, capsys: pytest.CaptureFixture[str],
        refused: Refuse) -> None:
    path = with_sql(new_workshop(tmp_path / "w.workshop", catalog), WORKSHOP_DEFECTS[defect])
    for args in (["review-import", path, tmp_path / "reviewed.xlsx"], ["info", path],
                 ["report", path, "--kind", "gap", "--out", tmp_path / "gap.pdf"]):
        refused("w.workshop", "refused as unsafe", *args, folder=tmp_path)
    with pytest.raises(DamagedFile):  # the GUI offers a backup of a file changed by hand
        WorkshopFile.open(path)


@pytest.mark.parametrize("defect", sorted(CONSOLIDATED_DEFECTS))
def test_a_consolidated_file_holding_what_the_app_never_writes_is_refused_untouched(
        defect: str, consolidated: Path, packages: list[Path],
        capsys: pytest.CaptureFixture[str], refused: Refuse) -> None:
    with_sql(consolidated, CONSOLIDATED_DEFECTS[defect])
    folder = consolidated.parent
    for args in (["merge", consolidated, packages[5]], ["info", consolidated],
                 ["merge", "--dry-run", consolidated, packages[5]],
                 ["report", consolidated, "--kind", "gap", "--out", folder / "gap.pdf"]):
        refused("all.wsc", "refused as unsafe", *args, folder=folder)
    conn = sqlite3.connect(consolidated)
    assert conn.execute("SELECT count(*) FROM workshop").fetchone()[0] == 4  # nothing ran
    conn.close()


def test_the_known_schemas_are_those_the_migrations_write() -> None:
    """known_schemas.py holds a digest of every schema version the migrations write; when a
    migration is added, run `python -m workshop.schema_digests`."""
    from workshop.file.known_schemas import KNOWN_SCHEMAS

    for kind, versions in computed_digests().items():
        for version, digest in versions.items():
            assert digest in KNOWN_SCHEMAS.get(kind, {}).get(version, ()), (
                f"{kind} schema {version} is not in workshop/file/known_schemas.py: run "
                "python -m workshop.schema_digests")
    assert max(schemas_from_migrations(WORKSHOP)) == WORKSHOP.schema_version
    assert max(schemas_from_migrations(CONSOLIDATED)) == CONSOLIDATED.schema_version


def test_opening_either_kind_needs_no_sqlite_utils(demo_path: Path, consolidated: Path) -> None:
    """The schema is checked against the kept digests, not by running the migrations."""
    code = ("import sys; from workshop.file.store import WorkshopFile; "
            "from workshop.exchange.consolidated import ConsolidatedFile; "
            "WorkshopFile.open(sys.argv[1], read_only=True).close(); "
            "ConsolidatedFile.open(sys.argv[2], read_only=True).close(); "
            "print('sqlite_utils' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code, str(demo_path), str(consolidated)],
                            cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.stdout.strip() == "False", result.stderr


OLDER_WORKSHOP_SCHEMAS = sorted(v for v in schemas_from_migrations(WORKSHOP)
                                if v < WORKSHOP.schema_version)


@pytest.mark.parametrize("version", OLDER_WORKSHOP_SCHEMAS)
def test_a_workshop_file_of_every_older_schema_is_read_as_it_is_and_migrated_to_write(
        version: int, tmp_path: Path, older_schema_file: Callable[[Path, int], Path],
        folder_state: State) -> None:
    """Whatever migrations are added, every schema an earlier version wrote still opens."""
    path = older_schema_file(tmp_path / "old.workshop", version)
    before = folder_state(tmp_path)
    assert names_in(path) == {"Ghana Police"}  # read through an upgraded copy in memory
    assert folder_state(tmp_path) == before
    with WorkshopFile.open(path) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] \
            == WORKSHOP.schema_version
    assert (tmp_path / f"old.workshop.schema{version}.bak").exists()


def test_a_consolidated_file_of_the_first_schema_is_read_as_it_is_and_upgraded_to_write(
        packages: list[Path], tmp_path: Path, folder_state: State) -> None:
    from sqlite_utils import Database

    from workshop.exchange.consolidated import SCHEMA_VERSION, migrations
    from workshop.exchange.merge import merge_packages
    from workshop.file.store import CONSOLIDATED_APPLICATION_ID

    path = tmp_path / "old.wsc"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA application_id = {CONSOLIDATED_APPLICATION_ID}")
    migrations().apply(Database(conn), stop_before="0002_file_identity")
    conn.close()
    before = folder_state(tmp_path)
    assert merged_in(path) == set()  # read through an upgraded copy in memory
    assert merge_packages(path, packages[:1], dry_run=True)[0].outcome == "added"
    assert folder_state(tmp_path) == before
    assert merge_packages(path, packages[:1])[0].outcome == "added"
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("SELECT revision FROM consolidated_file").fetchone()[0] == 1
    conn.close()


# ----- 2. journals: only a file's own is played into it ----------------------------------------

@pytest.fixture
def foreign_wal(tmp_path: Path, catalog: Any, crash_with_wal: Crash) -> tuple[Path, Path]:
    """A workshop file with the `-wal` of another workshop file put beside it; (file, wal)."""
    path = new_workshop(tmp_path / "w.workshop", catalog)
    (tmp_path / "other").mkdir()
    other = new_workshop(tmp_path / "other" / "other.workshop", catalog)
    crash_with_wal(other, tmp_path / "other" / "crashed.workshop", ["Another workshop's"])
    wal = Path(f"{path}-wal")
    shutil.copyfile(tmp_path / "other" / "crashed.workshop-wal", wal)
    shutil.rmtree(tmp_path / "other")
    return path, wal


def test_a_wal_of_another_file_is_never_played_into_a_workshop_file(
        foreign_wal: tuple[Path, Path], tmp_path: Path,
        capsys: pytest.CaptureFixture[str], refused: Refuse) -> None:
    path, wal = foreign_wal
    for args in (["review-import", path, tmp_path / "reviewed.xlsx"], ["info", path],
                 ["check", path], ["pack", path, "--out", tmp_path / "w.zip"],
                 ["report", path, "--kind", "full", "--out", tmp_path / "full.xlsx"]):
        message = refused("w.workshop-wal", "does not belong to it", *args,
                          folder=tmp_path)
        assert "move w.workshop-wal to another folder" in message
    for read_only in (False, True):
        with pytest.raises(WorkshopError, match="does not belong") as caught:
            WorkshopFile.open(path, read_only=read_only)
        assert not isinstance(caught.value, DamagedFile)  # the GUI offers no backup for it
    wal.unlink()  # moved away, as the sentence says: the file opens as it was
    assert names_in(path) == {"Ministry 0", "Ministry 1"}


def test_a_wal_of_a_copy_of_the_same_workshop_is_told_by_the_history(
        tmp_path: Path, catalog: Any, capsys: pytest.CaptureFixture[str], refused: Refuse,
        crash_with_wal: Crash) -> None:
    """Two copies of one workshop (a copy on a stick, a group's copy) have its id; each got
    one edit. The other copy's `-wal` would make a sound file of the same id and revision,
    and lose this copy's edit: only the history (the audit log's newest entry) tells."""
    path = new_workshop(tmp_path / "w.workshop", catalog)
    (tmp_path / "other").mkdir()
    other = tmp_path / "other" / "w.workshop"
    shutil.copyfile(path, other)
    with WorkshopFile.open(path) as store:
        store.add(Institution(uuid=new_uuid(), name="Ours", sector="police"))
    crashed = crash_with_wal(other, tmp_path / "other" / "crashed.workshop", ["Theirs"])
    wal = Path(f"{path}-wal")
    shutil.copyfile(f"{crashed}-wal", wal)
    shutil.rmtree(tmp_path / "other")
    assert raw_integrity(path, [wal]) == ["ok"]  # SQLite alone would take it, losing "Ours"
    refused("w.workshop-wal", "does not belong to it", "info", path, folder=tmp_path)
    refused("w.workshop-wal", "does not belong to it", "review-import", path,
            tmp_path / "reviewed.xlsx", folder=tmp_path)
    wal.unlink()
    assert "Ours" in names_in(path)


def test_a_workshop_file_after_a_crash_keeps_every_committed_edit(
        tmp_path: Path, catalog: Any, capsys: pytest.CaptureFixture[str], crash_with_wal: Crash,
        folder_state: State) -> None:
    (tmp_path / "source").mkdir()
    source = new_workshop(tmp_path / "source" / "w.workshop", catalog)
    path = crash_with_wal(source, tmp_path / "w.workshop", ["Typed before the crash"])
    shutil.rmtree(tmp_path / "source")
    before = folder_state(tmp_path)
    assert sorted(before) == ["w.workshop", "w.workshop-wal"]
    code, out, err = run(capsys, "info", path, "--json")  # read from a recovered copy
    assert code == 0 and '"institutions": 3' in out, err
    assert "Typed before the crash" in names_in(path)
    assert folder_state(tmp_path) == before  # nothing written, not even a -shm
    with WorkshopFile.open(path) as store:  # opened to write: SQLite plays the -wal itself
        assert "Typed before the crash" in {i.name for i in store.records(Institution)}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["w.workshop"]
    code, out, err = run(capsys, "check", path)
    assert code == 0 and "integrity check passed" in out, err


def test_a_journal_of_another_consolidated_file_is_never_played_into_it(
        consolidated: Path, other_consolidated: Path, packages: list[Path],
        capsys: pytest.CaptureFixture[str], refused: Refuse, crash_with_journal: Crash) -> None:
    crashed = crash_with_journal(other_consolidated, other_consolidated.with_name("c.wsc"))
    journal = Path(f"{consolidated}-journal")
    shutil.copyfile(f"{crashed}-journal", journal)
    shutil.rmtree(other_consolidated.parent)
    folder = consolidated.parent
    assert raw_integrity(consolidated, [journal]) != ["ok"]  # SQLite alone would spoil it
    for args in (["merge", consolidated, packages[5]], ["info", consolidated],
                 ["check", consolidated], ["merge", "--dry-run", consolidated, packages[5]],
                 ["report", consolidated, "--kind", "gap", "--out", folder / "gap.pdf"]):
        refused("all.wsc-journal", "does not belong to it", *args, folder=folder)
    journal.unlink()
    assert len(merged_in(consolidated)) == 4


def test_a_consolidated_file_after_a_killed_merge_is_recovered_not_called_damaged(
        consolidated: Path, packages: list[Path], capsys: pytest.CaptureFixture[str],
        crash_with_journal: Crash, folder_state: State) -> None:
    folder = consolidated.parent
    path = crash_with_journal(consolidated, folder / "crashed.wsc")
    consolidated.unlink()
    conn = file_alone(path)  # the file alone is half a transaction: only its journal mends it
    assert conn.execute("PRAGMA quick_check").fetchone()[0] != "ok"
    conn.close()
    before = folder_state(folder)
    code, out, err = run(capsys, "info", path)  # read from a recovered copy
    assert code == 0 and "4 workshops" in out, err
    assert folder_state(folder) == before
    code, out, err = run(capsys, "merge", path, packages[4])
    assert code == 0 and "1 added" in out, err
    assert len(merged_in(path)) == 5
    assert not Path(f"{path}-journal").exists()
    code, out, err = run(capsys, "check", path)
    assert code == 0, err


def test_recovered_copies_are_removed_and_those_of_killed_readers_too(
        tmp_path: Path, catalog: Any, monkeypatch: pytest.MonkeyPatch,
        crash_with_wal: Crash) -> None:
    scratch = tmp_path / "temp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    (tmp_path / "source").mkdir()
    source = new_workshop(tmp_path / "source" / "w.workshop", catalog)
    path = crash_with_wal(source, tmp_path / "w.workshop", ["Recovered"])
    # a reader killed while it read its copy, long ago: nobody holds the copy any more
    stale = scratch / f"{RECOVERY_PREFIX}stale"
    stale.mkdir()
    shutil.copyfile(path, stale / "recovered.sqlite")
    os.utime(stale, (time.time() - 3600, time.time() - 3600))
    # a reader still reading its copy (another process, holding it)
    code = ("import sys, time; from workshop.file.store import WorkshopFile; "
            "s = WorkshopFile.open(sys.argv[1], read_only=True); print('reading', flush=True); "
            "sys.stdin.read(); s.close()")
    reader = subprocess.Popen([sys.executable, "-c", code, str(path)], cwd=ROOT,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                              env=dict(os.environ, TMPDIR=str(scratch)))
    try:
        assert reader.stdout is not None and reader.stdout.readline().strip() == "reading"
        held = [p for p in scratch.iterdir() if p != stale]
        assert len(held) == 1
        os.utime(held[0], (time.time() - 3600, time.time() - 3600))
        assert "Recovered" in names_in(path)  # this reader's copy, then the sweep
        assert sorted(scratch.iterdir()) == held  # the stale one went, the held one stays
    finally:
        assert reader.stdin is not None
        reader.stdin.close()
        reader.wait(timeout=60)
    assert list(scratch.iterdir()) == []


# ----- 3. outputs never go over a file of the app -------------------------------------------

@contextmanager
def live_workshop(path: Path) -> Iterator[WorkshopFile]:
    """The workshop open for writing, with an edit committed and still in its `-wal`."""
    with WorkshopFile.open(path) as store:
        store.add(Institution(uuid=new_uuid(), name="Committed, in the -wal", sector="police"))
        assert Path(f"{path}-wal").stat().st_size > 0
        yield store


def _targets(folder: Path, path: Path, consolidated_path: Path) -> dict[str, Path]:
    """Every kind of place an output must never go, made in `folder` beside `path`."""
    fifo = folder / "pipe.pdf"
    os.mkfifo(fifo)
    sock = folder / "socket.pdf"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(sock))
    server.close()
    kept = folder / f"{path.name}.schema1.bak"
    shutil.copyfile(path, kept)
    journal_elsewhere = folder / "renamed-journal.pdf"
    shutil.copyfile(f"{path}-wal", journal_elsewhere)
    link = folder / "link.pdf"
    link.symlink_to(f"{path}-wal")
    return {"the input itself": path, "its -wal": Path(f"{path}-wal"),
            "its -shm": Path(f"{path}-shm"), "its -journal": Path(f"{path}-journal"),
            "its .lock": Path(f"{path}.lock"), "a copy kept before a migration": kept,
            "the -wal of that copy, not yet there": Path(f"{kept}-wal"),
            "a consolidated file": consolidated_path, "a journal under another name":
            journal_elsewhere, "a link to the -wal": link, "a folder": folder,
            "a pipe": fifo, "a socket": sock, "a device": Path(os.devnull)}


@POSIX
def test_no_report_or_package_is_ever_written_over_a_file_of_the_app(
        demo_path: Path, consolidated: Path, capsys: pytest.CaptureFixture[str],
        refused: Refuse) -> None:
    folder = demo_path.parent
    with live_workshop(demo_path):
        targets = _targets(folder, demo_path, consolidated)
        for what, target in targets.items():
            for args in (["report", demo_path, "--kind", "gap", "--out", target],
                         ["pack", demo_path, "--out", target]):
                device = target == Path(os.devnull)
                before = target.stat().st_mode if device else None
                refused(target.name or str(target), "", *args, folder=folder)
                if device:
                    assert target.stat().st_mode == before, what
    assert "Committed, in the -wal" in names_in(demo_path)  # the -wal's edit is all there
    assert not [p for p in folder.iterdir() if p.name.endswith((".workshop-tmp",
                                                                ".workshop-new"))]


def test_a_new_workshop_or_consolidated_file_never_replaces_a_file_of_the_app(
        demo_path: Path, consolidated: Path, tmp_path: Path, packages: list[Path],
        capsys: pytest.CaptureFixture[str], refused: Refuse) -> None:
    with live_workshop(demo_path):
        wal = f"{demo_path}-wal"
        for target in (demo_path, consolidated, Path(wal), Path(os.devnull)):
            refused(target.name, "", "demo", target, "--force", folder=tmp_path)
        refused("demo.workshop-journal", "belongs to a database", "new",
                f"{demo_path}-journal", "--country", "KE", "--title", "T", folder=tmp_path)
        refused("demo.workshop-journal", "belongs to a database", "merge",
                f"{demo_path}-journal", packages[0], folder=tmp_path)


def test_a_killed_writer_leaves_a_temporary_file_the_next_output_removes(
        tmp_path: Path) -> None:
    from workshop.file.atomic import atomic_output

    killed = ("import os, signal, sys; from workshop.file.atomic import atomic_output\n"
              "with atomic_output(sys.argv[1]) as out:\n"
              "    out.write(b'half a report'); out.flush(); os.kill(os.getpid(), 9)")
    assert subprocess.run([sys.executable, "-c", killed, str(tmp_path / "gap.pdf")], cwd=ROOT,
                          timeout=60).returncode == -9
    left = [p.name for p in tmp_path.iterdir()]
    assert len(left) == 1 and left[0].startswith(".gap.pdf.") \
        and left[0].endswith(".workshop-tmp")
    writing = ("import sys; from workshop.file.atomic import atomic_output\n"
               "with atomic_output(sys.argv[1]) as out:\n"
               "    out.write(b'a whole report'); print('writing', flush=True); "
               "sys.stdin.read()")
    writer = subprocess.Popen([sys.executable, "-c", writing, str(tmp_path / "ta.pdf")],
                              cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              text=True)
    try:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "writing"
        with atomic_output(tmp_path / "other.pdf") as out:
            out.write(b"another report")
        names = sorted(p.name for p in tmp_path.iterdir())
        assert left[0] not in names  # the killed writer's
        assert [n for n in names if n.startswith(".ta.pdf.")]  # the live writer's stays
    finally:
        assert writer.stdin is not None
        writer.stdin.close()
        writer.wait(timeout=60)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.pdf", "ta.pdf"]
    assert (tmp_path / "ta.pdf").read_bytes() == b"a whole report"


def test_temporary_files_of_earlier_versions_go_an_hour_after_they_were_written(
        tmp_path: Path, catalog: Any) -> None:
    from workshop.file.atomic import atomic_output

    old, new = time.time() - 7200, time.time()
    for name, when in ((".gap.pdf.abcd1234.tmp", old), (".gap.pdf.efgh5678.tmp", new),
                       ("w.workshop.creating", old), ("w.workshop.creating-journal", old),
                       (".notes.txt.abcd1234.tmp", old)):
        (tmp_path / name).write_bytes(b"left by a killed writer")
        os.utime(tmp_path / name, (when, when))
    with atomic_output(tmp_path / "gap.pdf") as out:
        out.write(b"report")
    WorkshopFile.create(tmp_path / "w.workshop", catalog, country="KE", title="T").close()
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        ".gap.pdf.efgh5678.tmp", ".notes.txt.abcd1234.tmp", "gap.pdf", "w.workshop"]


# ----- 4. a full or read-only disk is called that ----------------------------------------------

def _errors() -> dict[str, BaseException]:
    """Real SQLite errors of every class, and the system's."""
    folder = Path(tempfile.mkdtemp())
    found: dict[str, BaseException] = {}

    def catch(name: str, action: Callable[[], Any]) -> None:
        try:
            action()
        except (sqlite3.Error, OSError) as error:
            found[name] = error

    db = folder / "x.db"
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("CREATE TABLE t (x)")
    conn.execute("PRAGMA max_page_count = 3")
    catch("full", lambda: conn.execute("INSERT INTO t VALUES (zeroblob(100000))"))
    conn.close()
    reader = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
    catch("read-only", lambda: reader.execute("INSERT INTO t VALUES (1)"))
    reader.close()
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    other = sqlite3.connect(db, timeout=0)
    catch("busy", lambda: other.execute("SELECT * FROM t").fetchall())
    holder.execute("ROLLBACK")
    holder.close()
    other.close()
    catch("cannot open", lambda: sqlite3.connect(folder / "gone" / "x.db"))
    (folder / "text.db").write_text("Minutes of the meeting\n" * 300)
    catch("not a database", lambda: sqlite3.connect(folder / "text.db").execute(
        "SELECT * FROM sqlite_master").fetchall())
    shutil.rmtree(folder)
    found["disk"] = OSError(errno.EIO, os.strerror(errno.EIO))
    found["no space"] = OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    found["read-only file system"] = OSError(errno.EROFS, os.strerror(errno.EROFS))
    return found


def test_every_storage_error_is_told_for_what_it_is_and_only_damage_is_damage(
        tmp_path: Path) -> None:
    errors = _errors()
    expected = {"full": "the disk is full", "read-only": "is read-only", "busy": "is busy",
                "cannot open": "cannot be opened", "not a database": "is damaged",
                "disk": "because of a disk error", "no space": "the disk is full",
                "read-only file system": "is read-only"}
    assert set(errors) == set(expected)
    for name, error in errors.items():
        message = storage_error(error, tmp_path / "w.workshop").message
        assert expected[name] in message and "w.workshop" in message, (name, message)
        assert "\n" not in message
        assert isinstance(storage_error(error, tmp_path / "w.workshop"), DamagedFile) \
            == (name == "not a database"), name
        assert ("damaged" in message) == (name == "not a database"), name


@contextmanager
def mounted(folder: Path, size: str = "4m") -> Iterator[Path]:
    """A small disk of its own (tmpfs), for a real full or read-only disk; skips where it
    cannot be mounted (not root, not Linux)."""
    folder.mkdir(exist_ok=True)
    if sys.platform != "linux" or os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("a disk of its own needs root on Linux")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "none", str(folder)],
                          capture_output=True)
    if done.returncode != 0:
        pytest.skip("tmpfs cannot be mounted here")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(folder: Path) -> None:
    """Fill the disk that holds `folder`."""
    # Unbuffered: a buffered file would try to write its last block again on close, and
    # raise there, outside this loop, depending on how the free space falls.
    with open(folder / "filler", "wb", buffering=0) as out:
        try:
            while True:
                out.write(b"\x00" * 65536)
        except OSError:
            pass


def remount_read_only(folder: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)


def test_a_full_disk_is_called_full_at_open_and_at_every_write(
        tmp_path: Path, catalog: Any, packages: list[Path],
        capsys: pytest.CaptureFixture[str], refused: Refuse) -> None:
    with mounted(tmp_path / "disk") as disk:
        path = new_workshop(disk / "w.workshop", catalog)
        consolidated_path = disk / "all.wsc"
        assert run(capsys, "merge", consolidated_path, packages[0])[0] == 0
        fill(disk)
        # opening to write needs room beside the file (SQLite's -shm): refused, nothing left
        refused("w.workshop", "the disk is full", "review-import", path,
                disk / "reviewed.xlsx", folder=disk)
        code, out, err = run(capsys, "merge", consolidated_path, packages[1])
        assert code == 1 and "all.wsc cannot be written because the disk is full" in out, err
        assert "damaged" not in out + err
        assert run(capsys, "info", consolidated_path)[0] == 0  # reading needs no room
        (disk / "filler").unlink()
        store = WorkshopFile.open(path)
        fill(disk)
        with pytest.raises(WorkshopError, match="the disk is full") as caught:
            for n in range(200):  # a page or two may still fit
                store.add(Institution(uuid=new_uuid(), name=f"{n} " + "x" * 3000))
        assert not isinstance(caught.value, DamagedFile)
        (disk / "filler").unlink()
        store.add(Institution(uuid=new_uuid(), name="Once there is room again"))
        store.close()
        assert "Once there is room again" in names_in(path)
        assert run(capsys, "check", path)[0] == 0
        assert run(capsys, "check", consolidated_path)[0] == 0


def test_a_read_only_disk_is_called_read_only_and_committed_edits_are_read_from_it(
        tmp_path: Path, catalog: Any, consolidated: Path, packages: list[Path],
        capsys: pytest.CaptureFixture[str], refused: Refuse, crash_with_wal: Crash,
        crash_with_journal: Crash, folder_state: State) -> None:
    (tmp_path / "source").mkdir()
    source = new_workshop(tmp_path / "source" / "w.workshop", catalog)
    with mounted(tmp_path / "disk") as disk:
        path = crash_with_wal(source, disk / "w.workshop", ["Typed before the crash"])
        crashed = crash_with_journal(consolidated, disk / "all.wsc")
        remount_read_only(disk)
        before = folder_state(disk)
        refused("w.workshop", "is read-only", "review-import", path,
                disk / "reviewed.xlsx", folder=disk)
        refused("all.wsc", "is read-only", "merge", crashed, packages[5], folder=disk)
        assert "Typed before the crash" in names_in(path)  # from a recovered copy
        code, out, err = run(capsys, "info", crashed)
        assert code == 0 and "4 workshops" in out, err
        code, out, err = run(capsys, "report", path, "--kind", "gap", "--out",
                             tmp_path / "gap.pdf")
        assert code == 0, err
        assert folder_state(disk) == before


# ----- 5. damage is found, and only damage is called damage ------------------------------------

def scribble_index_page(path: Path, index: str) -> Path:
    """Overwrite the second half of an index's root page (its cells) in the file."""
    conn = sqlite3.connect(path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", [index]).fetchone()
    page = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    assert root is not None, index
    with open(path, "r+b") as handle:
        handle.seek((root[0] - 1) * page + page // 2)
        handle.write(b"\xff" * (page // 2))
    return path


def test_a_workshop_file_with_a_scribbled_index_page_is_refused_as_damaged(
        demo_path: Path, capsys: pytest.CaptureFixture[str], refused: Refuse) -> None:
    scribble_index_page(demo_path, "audit_log_record")
    folder = demo_path.parent
    for args in (["info", demo_path], ["review-import", demo_path, folder / "r.xlsx"]):
        refused("demo.workshop", "is damaged", *args, folder=folder)
    with pytest.raises(DamagedFile):
        WorkshopFile.open(demo_path, read_only=True)


def test_a_consolidated_file_with_a_scribbled_index_page_is_refused_as_damaged(
        consolidated: Path, packages: list[Path], capsys: pytest.CaptureFixture[str],
        refused: Refuse) -> None:
    scribble_index_page(consolidated, "merge_log_workshop")
    folder = consolidated.parent
    for args in (["info", consolidated], ["merge", consolidated, packages[5]]):
        refused("all.wsc", "is damaged", *args, folder=folder)
    with pytest.raises(DamagedFile):
        ConsolidatedFile.open(consolidated, read_only=True)


# ----- a pipe is no file -----------------------------------------------------------------------

@POSIX
@pytest.mark.parametrize("args", [["info", "{fifo}"], ["check", "{fifo}"],
                                  ["merge", "{fifo}", "{package}"],
                                  ["report", "{fifo}", "--kind", "gap", "--out", "{out}"],
                                  ["pack", "{fifo}", "--out", "{out}"],
                                  ["review-import", "{fifo}", "{out}"],
                                  ["info", "{wal_fifo}"], ["merge", "{journal_fifo}",
                                                           "{package}"]],
                         ids=lambda args: "-".join(a.strip("{}") for a in args))
def test_a_pipe_given_as_a_file_or_beside_one_is_refused_without_waiting(
        args: list[str], tmp_path: Path, demo_path: Path, consolidated: Path,
        packages: list[Path], data_dir: Path, folder_state: State) -> None:
    fifo = tmp_path / "pipe.workshop"
    os.mkfifo(fifo)
    os.mkfifo(f"{demo_path}-wal")
    os.mkfifo(f"{consolidated}-journal")
    values = {"fifo": str(fifo), "package": str(packages[0]), "out": str(tmp_path / "out.pdf"),
              "wal_fifo": str(demo_path), "journal_fifo": str(consolidated)}
    before = folder_state(tmp_path)
    result = subprocess.run([sys.executable, "-m", "workshop.cli",
                             *(a.format(**values) for a in args)], cwd=ROOT,
                            capture_output=True, text=True, timeout=60,
                            env=dict(os.environ, WORKSHOP_DATA_DIR=str(data_dir)))
    message = result.stderr.strip()
    assert result.returncode == 1 and message and "\n" not in message, result
    assert "is not a file" in message and "Traceback" not in message
    assert folder_state(tmp_path) == before
