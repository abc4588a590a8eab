"""Edits made durable behind the typing: commits do not wait for the disk, a thread of its own
syncs them, an edit counts as saved only once synced, and nothing is lost or reordered."""

from __future__ import annotations

import errno
import sqlite3
import threading
from pathlib import Path

from workshop.file.model import Consensus
from workshop.file.store import WorkshopFile
from workshop.file.sync_behind import SyncBehind, sync_file


def consensus_statuses(path: Path) -> dict[str, str]:
    """What another program reading the file sees now (committed, synced or not)."""
    conn = sqlite3.connect(path)
    try:
        return dict(conn.execute("SELECT commitment_id, status FROM consensus"))
    finally:
        conn.close()


def changed(store: WorkshopFile, cid: str, status: str | None = None) -> str:
    """Set a consensus status that differs from the one stored (so the edit commits)."""
    now = {c.commitment_id: c.status for c in store.records(Consensus)}.get(cid)
    status = status if status is not None and status != now else "0" if now != "0" else "4"
    store.set_consensus(cid, status=status)
    return status


def swap_sync(store: WorkshopFile, sync, **options) -> SyncBehind:  # type: ignore[no-untyped-def]
    """Give an open store a sync thread whose disk is `sync` (a slow or failing one)."""
    assert store.sync_behind is not None
    store.sync_behind.close()
    store.sync_behind = SyncBehind(store.path, store.revision, sync=sync, **options)
    return store.sync_behind


def test_the_app_commits_without_waiting_and_the_thread_makes_it_durable(
        demo_path: Path) -> None:
    heard: list[int] = []
    with WorkshopFile.open(demo_path, sync_behind=True) as store:
        assert store.conn.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
        assert store.sync_behind is not None
        store.sync_behind.listen(heard.append)
        cid = store.commitments_in_scope()[0]
        store.set_consensus(cid, status="3")
        assert store.sync_behind.wait(10)
        assert store.sync_behind.durable_revision == store.revision
        revision = store.revision
    assert heard[-1] == revision
    assert not Path(f"{demo_path}-wal").exists()  # closing folded the log into the file
    with WorkshopFile.open(demo_path, read_only=True) as store:
        assert store.revision == revision and store.records(
            Consensus, "commitment_id = ?", [cid])[0].status == "3"


def test_the_command_line_waits_for_the_disk_at_each_commit(demo_path: Path) -> None:
    with WorkshopFile.open(demo_path) as store:
        assert store.sync_behind is None
        assert store.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_on_a_stalled_disk_keys_are_committed_in_order_and_saved_only_once_synced(
        demo_path: Path) -> None:
    disk = threading.Event()

    def stalled(path: Path) -> None:
        disk.wait(30)
        sync_file(path)

    with WorkshopFile.open(demo_path, sync_behind=True) as store:
        behind = swap_sync(store, stalled)
        start = store.revision
        cid = store.commitments_in_scope()[0]
        keys = [changed(store, cid, status) for status in ["1", "3", "0", "4", "2"]]
        # every key is committed, in order (the last one stays), while the disk is silent
        assert consensus_statuses(demo_path)[cid] == keys[-1]
        assert store.revision == start + 5
        assert [e["new_value"] for e in store.audit_log(limit=5)][::-1] == [
            f'"{k}"' for k in keys]
        assert behind.durable_revision == start and not behind.wait(0.05)
        disk.set()
        assert behind.wait(10) and behind.durable_revision == start + 5


def test_a_failing_disk_is_said_and_the_edits_are_saved_once_it_answers(
        demo_path: Path) -> None:
    full = threading.Event()
    full.set()

    def sometimes_full(path: Path) -> None:
        if full.is_set():
            raise OSError(errno.ENOSPC, "No space left on device")
        sync_file(path)

    with WorkshopFile.open(demo_path, sync_behind=True) as store:
        behind = swap_sync(store, sometimes_full)
        cids = store.commitments_in_scope()[:2]
        changed(store, cids[0])
        assert not behind.wait(10)
        assert behind.problem == "No space left on device"
        assert behind.durable_revision < store.revision
        full.clear()
        changed(store, cids[1])
        assert behind.wait(10) and behind.problem == ""
        assert behind.durable_revision == store.revision


def test_the_thread_folds_a_large_log_back_into_the_file(demo_path: Path) -> None:
    with WorkshopFile.open(demo_path, sync_behind=True) as store:
        assert store.conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 0
        behind = swap_sync(store, sync_file, checkpoint_bytes=1)
        cid = store.commitments_in_scope()[0]
        status = changed(store, cid)
        assert behind.wait(10)
        behind.close()  # the fold happens right after the sync, on the thread
        store.sync_behind = None
        # the file itself, read without its log, already holds the edit
        uri = f"{demo_path.resolve().as_uri()}?mode=ro&immutable=1"
        conn = sqlite3.connect(uri, uri=True)
        try:
            assert conn.execute("SELECT status FROM consensus WHERE commitment_id = ?",
                                [cid]).fetchone()[0] == status
        finally:
            conn.close()


def test_closing_waits_for_the_last_sync(demo_path: Path) -> None:
    synced: list[Path] = []

    def slow(path: Path) -> None:
        threading.Event().wait(0.2)
        sync_file(path)
        synced.append(path)

    store = WorkshopFile.open(demo_path, sync_behind=True)
    swap_sync(store, slow)
    changed(store, store.commitments_in_scope()[0])
    store.close()
    assert synced, "closed before the last edit reached the disk"
