"""Automatic backups: consistent copies, rotated, listed by time and revision, restored safely;
and the hostile environments of a workshop file: a full disk, a file pulled away while open."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from workshop.errors import WorkshopError
from workshop.file.backups import (
    KEEP_DAYS,
    KEEP_LAST,
    backups_for,
    is_good,
    list_backups,
    make_backup,
    newest_good_backup,
    restore_backup,
    rotate,
)
from workshop.file.model import Institution, new_uuid
from workshop.file.store import WorkshopFile

ROOT = Path(__file__).resolve().parents[2]


def _add(store: WorkshopFile, name: str) -> None:
    store.add(Institution(uuid=new_uuid(), name=name, sector="health"))


def _names(path: Path) -> set[str]:
    with WorkshopFile.open(path, read_only=True) as store:
        return {i.name for i in store.records(Institution)}


def test_a_backup_is_a_consistent_copy_named_by_time_and_revision(demo_path: Path,
                                                                    data_dir: Path) -> None:
    store = WorkshopFile.open(demo_path)
    first = make_backup(demo_path)
    assert first.path.parent.parent == data_dir / "backups"
    assert first.revision == store.revision and first.workshop_id == store.details.id
    assert f"-r{store.revision}.workshop" in first.path.name
    # nothing changed: the same backup, no new file
    assert make_backup(demo_path) == first
    _add(store, "After the first backup")
    second = make_backup(demo_path, now=datetime.now(UTC) + timedelta(seconds=5))
    assert second.revision == first.revision + 1
    assert list_backups(store.details.id) == [second, first]
    assert "After the first backup" in _names(second.path)
    assert "After the first backup" not in _names(first.path)
    assert is_good(first) and is_good(second)
    # the copy stands alone: no journal beside it, and it opens as a workshop
    assert not Path(str(second.path) + "-wal").exists()
    store.close()


def test_rotation_keeps_the_last_ten_and_one_per_day(fresh_workshop: WorkshopFile) -> None:
    now = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
    made = []
    # 20 days, four backups a day, six hours apart
    for hours in range(20 * 24, 0, -6):
        _add(fresh_workshop, f"edit {hours}")
        made.append(make_backup(fresh_workshop.path, now=now - timedelta(hours=hours)))
    final = make_backup(fresh_workshop.path, now=now)  # nothing new: returns the newest
    assert final == made[-1]
    rotate(fresh_workshop.details.id, now)
    kept = list_backups(fresh_workshop.details.id)
    newest_ten = sorted(made, key=lambda b: b.made_at, reverse=True)[:KEEP_LAST]
    assert all(b in kept for b in newest_ten)
    days = {b.made_at.date() for b in kept}
    recent_days = {b.made_at.date() for b in made if now - b.made_at <= timedelta(days=KEEP_DAYS)}
    assert days == recent_days
    # one per day beyond the newest ten, and that one is the day's newest
    for day in days:
        of_day = [b for b in made if b.made_at.date() == day]
        assert max(of_day, key=lambda b: b.made_at) in kept
    assert len(kept) == len(set(kept))
    assert len(kept) < len(made)
    for backup in made:
        assert backup.path.exists() == (backup in kept)


def test_restore_keeps_the_current_file_aside_and_reopens(demo_path: Path) -> None:
    store = WorkshopFile.open(demo_path)
    older = make_backup(demo_path)
    _add(store, "Made after the backup")
    revision = store.revision
    with pytest.raises(WorkshopError, match="open in another window"):
        restore_backup(older, demo_path)
    store.close()
    aside = restore_backup(older, demo_path)
    assert aside is not None and aside.name.startswith("demo.workshop.before-restore-")
    assert "Made after the backup" in _names(aside)
    with WorkshopFile.open(aside, read_only=True) as kept:
        assert kept.revision == revision
    with WorkshopFile.open(demo_path) as restored:
        assert restored.revision == older.revision
        assert "Made after the backup" not in {i.name for i in restored.records(Institution)}


def test_a_damaged_backup_is_never_restored(demo_path: Path) -> None:
    with WorkshopFile.open(demo_path) as store:
        good = make_backup(demo_path)
        _add(store, "Newer")
    bad = make_backup(demo_path, now=datetime.now(UTC) + timedelta(minutes=1))
    data = bytearray(bad.path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    middle = len(data) // 2 // page * page  # the start of a page: its header, checked
    data[middle: middle + 64] = b"\xff" * 64
    bad.path.write_bytes(bytes(data))
    assert not is_good(bad)
    before = demo_path.read_bytes()
    with pytest.raises(WorkshopError, match="damaged; choose another"):
        restore_backup(bad, demo_path)
    assert demo_path.read_bytes() == before
    assert newest_good_backup(demo_path) == good


def test_a_damaged_file_is_matched_to_its_backups_by_path(demo_path: Path, tmp_path: Path,
                                                          data_dir: Path) -> None:
    WorkshopFile.open(demo_path).close()
    backup = make_backup(demo_path)
    demo_path.write_bytes(b"\x00" * 4096)  # nothing of the file can be read any more
    assert backups_for(demo_path) == [backup]
    assert newest_good_backup(demo_path) == backup
    result = subprocess.run([sys.executable, "-m", "ui.launcher", "check", str(demo_path)],
                            capture_output=True, text=True, cwd=ROOT,
                            env=dict(os.environ, WORKSHOP_DATA_DIR=str(data_dir)))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    message = result.stderr.strip()
    assert "\n" not in message
    assert "not a workshop file" in message
    assert f"newest good backup is revision {backup.revision}" in message
    assert str(backup.path) in message
    aside = restore_backup(backup, demo_path)
    assert aside is not None and aside.read_bytes() == b"\x00" * 4096
    WorkshopFile.open(demo_path).close()


def test_check_says_when_there_is_no_backup(tmp_path: Path, data_dir: Path) -> None:
    damaged = tmp_path / "lost.workshop"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x01" * 200)
    result = subprocess.run([sys.executable, "-m", "ui.launcher", "check", str(damaged)],
                            capture_output=True, text=True, cwd=ROOT,
                            env=dict(os.environ, WORKSHOP_DATA_DIR=str(data_dir)))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "No good backup of lost.workshop" in result.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="an open file cannot be deleted on Windows")
def test_a_file_pulled_away_while_open_keeps_every_edit_in_a_backup(demo_path: Path) -> None:
    store = WorkshopFile.open(demo_path)
    workshop_id = store.details.id
    _add(store, "Last edit before the stick was pulled")
    revision = store.revision
    for suffix in ("", "-wal", "-shm"):
        Path(str(demo_path) + suffix).unlink(missing_ok=True)
    with pytest.raises(WorkshopError, match="no longer where it was opened") as refused:
        _add(store, "Edit after")
    message = refused.value.message
    assert f"revision {revision}" in message and "\n" not in message
    # later edits get the same sentence; no second rescue, nothing crashes
    with pytest.raises(WorkshopError, match="no longer where it was opened"):
        store.update_details(title="Another title")
    assert store.gone
    assert store.revision == revision  # what was open can still be read and shown
    store.close()
    rescued = list_backups(workshop_id)
    assert [b.revision for b in rescued] == [revision]
    assert str(rescued[0].path) in message
    assert "Last edit before the stick was pulled" in _names(rescued[0].path)
    assert "Edit after" not in _names(rescued[0].path)
    # the stick comes back (the file reappears): restoring puts the work back in place
    restore_backup(rescued[0], demo_path)
    assert "Last edit before the stick was pulled" in _names(demo_path)


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_a_full_disk_refuses_the_edit_in_one_sentence_and_loses_nothing(
        fresh_workshop: WorkshopFile) -> None:
    path = fresh_workshop.path
    fresh_workshop.close()
    # The child limits the size any file of it may grow to (RLIMIT_FSIZE): SQLite's writes
    # beyond it fail at the operating system, as on a full disk. It edits until refused, then
    # the limit is lifted and it edits again.
    code = """
import resource, signal, sys
from workshop.errors import WorkshopError
from workshop.file.model import Institution, new_uuid
from workshop.file.store import WorkshopFile
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
store = WorkshopFile.open(sys.argv[1])
soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
resource.setrlimit(resource.RLIMIT_FSIZE, (int(sys.argv[2]), hard))
n = 0
try:
    while n < 10000:
        n += 1
        store.add(Institution(uuid=new_uuid(), name=f"edit {n} " + "x" * 2000,
                              sector="health"))
        print("ok", n, flush=True)
except WorkshopError as error:
    print("refused", error.message, flush=True)
resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
store.add(Institution(uuid=new_uuid(), name="after space was freed", sector="health"))
print("ok after", store.revision, flush=True)
store.close()
"""
    limit = path.stat().st_size + 64 * 1024
    result = subprocess.run([sys.executable, "-c", code, str(path), str(limit)], cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert "Traceback" not in result.stderr, result.stderr
    lines = result.stdout.splitlines()
    refused = [line for line in lines if line.startswith("refused")]
    assert len(refused) == 1, result.stdout[-2000:]
    # a write beyond the limit fails as a disk error (EFBIG), a full disk as SQLITE_FULL
    # (tests/core/test_sqlite_file.py fills a real one): never "damaged"
    assert "cannot be read or written because of a disk error" in refused[0]
    assert "what was saved before is intact" in refused[0] and "damaged" not in refused[0]
    acknowledged = [int(line.split()[1]) for line in lines if line.startswith("ok ")
                    and line.split()[1].isdigit()]
    assert acknowledged, "the limit refused even the first edit"
    assert lines[-1].startswith("ok after")
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    names = _names(path)
    for n in acknowledged:
        assert f"edit {n} " + "x" * 2000 in names
    assert "after space was freed" in names


def test_half_made_copies_of_killed_backups_go_an_hour_after(fresh_workshop: WorkshopFile,
                                                              data_dir: Path) -> None:
    """An earlier version wrote a backup to `.STAMP-HEX.part` first: a kill left it there."""
    import time

    folder = data_dir / "backups" / fresh_workshop.details.id
    folder.mkdir(parents=True)
    old, new = time.time() - 7200, time.time()
    for name, when in ((".20261120T120000Z-0123456789ab.part", old),
                       (".20261120T120000Z-0123456789ab.part-journal", old),
                       (".20261120T130000Z-ba9876543210.part", new)):
        (folder / name).write_bytes(b"half a copy")
        os.utime(folder / name, (when, when))
    backup = make_backup(fresh_workshop.path)
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [".20261120T130000Z-ba9876543210.part", backup.path.name, "origin.json"])
