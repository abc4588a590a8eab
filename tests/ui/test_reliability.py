"""Nothing lost in the GUI: automatic backups, File > Restore from backup, recovery of a damaged
file, and the hostile environments (file pulled away, read-only folder, a second instance,
older and newer files), each with one clear message."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from workshop.file.backups import list_backups, make_backup
from workshop.file.model import Institution, new_uuid
from workshop.file.schema import SCHEMA_VERSION
from workshop.file.store import WorkshopFile
from workshop.languages.locale_data import format_number

ROOT = Path(__file__).resolve().parents[2]


def _add(window, name: str) -> None:
    """One edit through the window's own path (an undoable command), as the pages make it."""
    from ui import commands

    assert commands.add(window.context, "Add", Institution(uuid=new_uuid(), name=name))


def _names(path: Path) -> set[str]:
    with WorkshopFile.open(path, read_only=True) as store:
        return {i.name for i in store.records(Institution)}


def test_a_backup_is_made_on_open_and_on_the_timer_only_after_edits(window, demo_path: Path,
                                                                     errors) -> None:
    QSettings().setValue("backup_minutes", 3)
    window.open_file(demo_path)
    keeper = window.backup_keeper
    assert keeper is not None and keeper.timer.isActive()
    assert keeper.timer.interval() == 3 * 60_000
    workshop_id = window.context.store.details.id
    opened = list_backups(workshop_id)
    assert [b.revision for b in opened] == [window.context.store.revision]
    keeper.timer.timeout.emit()  # nothing edited: no new copy
    assert list_backups(workshop_id) == opened
    _add(window, "Ministry of Youth")
    keeper.timer.timeout.emit()
    newest = list_backups(workshop_id)[0]
    assert newest.revision == window.context.store.revision
    assert "Ministry of Youth" in _names(newest.path)
    _add(window, "Ministry of Sport")
    window.close_file()  # closing keeps a last copy of what changed since
    assert "Ministry of Sport" in _names(list_backups(workshop_id)[0].path)
    assert errors == []


def test_a_file_opened_at_start_is_copied_once_the_window_is_shown(qtbot, demo_path: Path,
                                                                    errors) -> None:
    from ui.app import make_window

    window = make_window([str(demo_path)])  # as `workshop FILE` does, before showing it
    qtbot.addWidget(window)
    copies: list[object] = []
    window.backup_keeper.made.connect(copies.append)
    workshop_id = window.context.store.details.id
    assert not window.isVisible() and list_backups(workshop_id) == []  # the window comes first
    window.show()
    qtbot.waitUntil(lambda: len(copies) == 1)
    assert [b.revision for b in list_backups(workshop_id)] == [window.context.store.revision]
    assert window.backup_keeper.timer.isActive()
    window.showMinimized()
    window.showNormal()  # shown again: the backups are not started a second time
    qtbot.wait(50)
    assert len(copies) == 1
    window.close_file()
    assert errors == []


def test_a_file_closed_before_its_first_copy_started_is_copied_once(qtbot, demo_path: Path,
                                                                    errors) -> None:
    from ui.app import make_window

    window = make_window([str(demo_path)])
    qtbot.addWidget(window)
    workshop_id = window.context.store.details.id
    window.show()  # the first copy is due at the event loop's next turn...
    window.close_file()  # ...but the file is closed first: closing copies it
    qtbot.wait(50)  # the turn comes, and nothing more happens
    assert len(list_backups(workshop_id)) == 1
    assert errors == []


def test_closing_while_a_backup_is_under_way_still_keeps_the_last_edits(window,
                                                                        demo_path: Path,
                                                                        errors) -> None:
    window.open_file(demo_path)
    keeper = window.backup_keeper
    workshop_id = window.context.store.details.id
    _add(window, "Ministry of Late Edits")
    keeper.running = True  # a timer's backup started before that edit and has not finished
    window.close_file()
    assert "Ministry of Late Edits" in _names(list_backups(workshop_id)[0].path)
    assert errors == []


def test_restore_from_backup_in_one_step_without_closing_the_app(window, qtbot, demo_path: Path,
                                                                 errors) -> None:
    window.open_file(demo_path)
    at_open = window.context.store.revision
    _add(window, "Added after opening")
    latest = window.context.store.revision
    dialog = window.restore_from_backup()
    assert dialog is not None and dialog.isVisible()
    # the copy made on open, and one made just now of the edit since (newest first)
    assert [b.revision for b in dialog.backups] == [latest, at_open]
    assert dialog.list.topLevelItemCount() == 2
    assert dialog.list.topLevelItem(1).text(1) == format_number(at_open)
    assert not dialog.restore_button.isEnabled()
    dialog.list.setCurrentItem(dialog.list.topLevelItem(1))
    assert dialog.restore_button.isEnabled()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert errors == []
    assert window.context is not None  # the workshop is open again, in the same window
    store = window.context.store
    assert store.path == demo_path.resolve()
    assert store.revision == at_open
    assert "Added after opening" not in {i.name for i in store.records(Institution)}
    kept = [p for p in demo_path.parent.iterdir() if ".before-restore-" in p.name
            and not p.name.endswith(("-wal", "-shm"))]
    assert len(kept) == 1 and "Added after opening" in _names(kept[0])
    assert "Revision" in window.statusBar().currentMessage()
    assert kept[0].name in window.statusBar().currentMessage()
    # the restored file is edited normally afterwards
    _add(window, "After the restore")
    assert window.context.store.revision == at_open + 1


def test_a_damaged_file_offers_its_newest_good_backup(window, demo_path: Path, errors,
                                                      monkeypatch) -> None:
    window.open_file(demo_path)
    _add(window, "Saved before the damage")
    revision = window.context.store.revision
    window.close_file()
    data = bytearray(demo_path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for offset in range(page * 2, len(data) - page, page):
        data[offset + 8: offset + 40] = b"\xff" * 32
    demo_path.write_bytes(bytes(data))
    asked: list[str] = []

    def answer(choice):
        def question(_parent, _title, text, *args, **kwargs):
            asked.append(text)
            return choice
        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    assert not window.open_path(demo_path)
    assert window.context is None and demo_path.read_bytes() == bytes(data)
    assert "damaged" in asked[0] and f"revision {revision}" in asked[0]
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    assert window.open_path(demo_path)
    assert errors == []
    assert window.context.store.revision == revision
    assert "Saved before the damage" in {i.name for i in
                                         window.context.store.records(Institution)}
    kept = [p for p in demo_path.parent.iterdir() if ".damaged-" in p.name
            and not p.name.endswith(("-wal", "-shm"))]
    assert len(kept) == 1 and kept[0].read_bytes() == bytes(data)


def test_a_damaged_file_without_backup_is_one_message(window, tmp_path: Path, errors,
                                                      monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest.fail("no offer"))
    damaged = tmp_path / "never-backed-up.workshop"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x07" * 5000)
    assert not window.open_path(damaged)
    assert len(errors) == 1 and "never-backed-up.workshop" in errors[0]


@pytest.mark.skipif(sys.platform == "win32", reason="an open file cannot be deleted on Windows")
def test_the_file_pulled_away_while_open(window, demo_path: Path, errors) -> None:
    window.open_file(demo_path)
    _add(window, "Typed before the stick was pulled")
    revision = window.context.store.revision
    workshop_id = window.context.store.details.id
    for suffix in ("", "-wal", "-shm"):
        Path(str(demo_path) + suffix).unlink(missing_ok=True)
    window.go_to(window.pages[1])
    window.pages[1].add_institution()  # an edit through the page, as a user makes it
    assert len(errors) == 1 and "no longer where it was opened" in errors[0]
    assert window.banner.isVisible() and "no longer where it was opened" in window.banner.text()
    assert window.saved_label.text() == "Not saved: the file is no longer there"
    window.pages[1].add_institution()
    assert len(errors) == 2 and errors[1] == errors[0]  # the same sentence, nothing crashes
    for page in window.pages:  # every page still shows what was open
        window.go_to(page)
        assert not window.grab().isNull()
    window.close_file()
    rescued = list_backups(workshop_id)[0]
    assert rescued.revision == revision
    assert "Typed before the stick was pulled" in _names(rescued.path)


def test_a_second_instance_of_the_app_is_refused_or_read_only(window, demo_path: Path, errors,
                                                              monkeypatch) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys; from workshop.file.store import WorkshopFile; "
         "s = WorkshopFile.open(sys.argv[1]); print('open', flush=True); sys.stdin.read()",
         str(demo_path)], cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        before = demo_path.read_bytes()
        asked: list[str] = []

        def question(answer):
            return lambda _parent, _title, text, *a, **k: (asked.append(text), answer)[1]

        monkeypatch.setattr(QMessageBox, "question", question(QMessageBox.StandardButton.No))
        assert not window.open_path(demo_path)
        assert "already open in another window or program" in asked[0]
        assert window.context is None and demo_path.read_bytes() == before
        # the offer taken: shown read-only, with a banner saying why; the holder's file intact
        monkeypatch.setattr(QMessageBox, "question", question(QMessageBox.StandardButton.Yes))
        assert window.open_path(demo_path)
        assert window.context.read_only and window.backup_keeper is None
        assert "another window or program" in window.banner.text()
        assert window.banner.isVisible()
        window.pages[1].add_institution()
        assert errors and "read-only" in errors[-1]
        window.close_file()
        assert demo_path.read_bytes() == before
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)
    assert window.open_path(demo_path)  # once the other instance is gone, it opens


def test_an_older_file_is_migrated_with_a_copy_kept(window, tmp_path: Path, first_schema_file,
                                                   errors) -> None:
    path = tmp_path / "old.workshop"
    first_schema_file(path)
    original = _dump(path)
    assert window.open_path(path)
    assert errors == []
    assert window.context.store.db.execute("PRAGMA user_version").fetchone()[0] \
        == SCHEMA_VERSION
    # the copy kept first holds exactly what the old file held, in the old schema
    assert _dump(path.with_name("old.workshop.schema1.bak")) == original
    assert "Ghana Police" in {i.name for i in window.context.store.records(Institution)}


def _dump(path: Path) -> tuple[int, list[str]]:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0], list(conn.iterdump())
    finally:
        conn.close()


def test_a_newer_file_is_refused_with_its_version(window, demo_path: Path, errors,
                                                  monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest.fail("no offer"))
    conn = sqlite3.connect(demo_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 4}")
    conn.close()
    before = demo_path.read_bytes()
    assert not window.open_path(demo_path)
    assert len(errors) == 1
    assert f"schema {SCHEMA_VERSION + 4}" in errors[0] and "newer version" in errors[0]
    assert demo_path.read_bytes() == before


@contextmanager
def _read_only_copy(demo_path: Path, companions: tuple[str, ...] = ()):
    """The demo (and its `companions`, e.g. its "-wal") in a folder nobody may write: files
    0444, folder 0555, and for root (who writes anywhere) also immutable (chattr +i), as on a
    write-protected stick."""
    folder = Path(tempfile.mkdtemp(prefix="workshop-ro-"))
    target = folder / "demo.workshop"
    files = [target, *(folder / f"demo.workshop{suffix}" for suffix in companions)]
    for suffix, path in zip(("", *companions), files, strict=True):
        path.write_bytes(Path(f"{demo_path}{suffix}").read_bytes())
        path.chmod(0o444)
    folder.chmod(0o555)
    immutable = False
    try:
        if os.geteuid() == 0:
            done = subprocess.run(["chattr", "+i", *map(str, files), str(folder)],
                                  capture_output=True, check=False) \
                if shutil.which("chattr") else None
            if done is None or done.returncode != 0:
                pytest.skip("root writes anywhere and chattr cannot make the folder read-only")
            immutable = True
        yield target
    finally:
        if immutable:
            subprocess.run(["chattr", "-i", *map(str, files), str(folder)], check=False)
        folder.chmod(0o755)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_a_read_only_folder_opens_read_only_and_nothing_is_written(window, demo_path: Path,
                                                                   errors) -> None:
    with _read_only_copy(demo_path) as target:
        before = target.read_bytes()
        assert window.open_path(target)
        assert window.context.read_only
        assert window.banner.isVisible() and "read-only" in window.banner.text()
        assert window.backup_keeper is None and not window.restore_action.isEnabled()
        for page in window.pages:  # every page can be read and shown
            window.go_to(page)
            assert not window.grab().isNull()
        window.go_to(window.pages[1])
        window.pages[1].add_institution()
        assert errors and "read-only" in errors[-1]
        window.close_file()
        assert target.read_bytes() == before
        assert sorted(p.name for p in target.parent.iterdir()) == ["demo.workshop"]


def test_a_file_with_values_the_app_never_writes_offers_its_backup(window, demo_path: Path,
                                                                   errors, monkeypatch) -> None:
    window.open_file(demo_path)
    _add(window, "Before the hand edit")
    revision = window.context.store.revision
    window.close_file()
    conn = sqlite3.connect(demo_path)
    conn.execute("UPDATE consensus SET status = 'banana' WHERE rowid = 1")
    conn.commit()
    conn.close()
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a, **k: (
        asked.append(text), QMessageBox.StandardButton.Yes)[1])
    assert window.open_path(demo_path)
    assert "banana" in asked[0] and "never writes" in asked[0]
    assert errors == [] and window.context.store.revision == revision
    for page in window.pages:  # the figures count by the closed lists again
        window.go_to(page)
        assert not window.grab().isNull()


# ----- files the app must not trust: journals, pipes, outputs over its own files -------------


def test_a_wal_of_another_file_is_named_and_no_backup_is_offered(
        window, tmp_path: Path, catalog, crash_with_wal, folder_state, errors,
        monkeypatch) -> None:
    folder = tmp_path / "files"
    (folder / "other").mkdir(parents=True)
    path = folder / "w.workshop"
    WorkshopFile.create(path, catalog, country="KE", title="Nairobi").close()
    make_backup(path)  # a backup there is, and it must not be offered: the file is sound
    other = folder / "other" / "other.workshop"
    WorkshopFile.create(other, catalog, country="PE", title="Lima").close()
    crash_with_wal(other, other.with_name("crashed.workshop"), ["Lima's ministry"])
    shutil.copyfile(other.with_name("crashed.workshop-wal"), f"{path}-wal")
    shutil.rmtree(folder / "other")
    before = folder_state(folder)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest.fail("no offer"))
    assert not window.open_path(path)
    assert len(errors) == 1 and "w.workshop-wal" in errors[0], errors
    assert "does not belong" in errors[0] and "\n" not in errors[0]
    assert window.context is None and folder_state(folder) == before


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_edits_still_in_the_wal_are_shown_from_a_read_only_folder(
        window, demo_path: Path, tmp_path: Path, crash_with_wal, folder_state,
        errors) -> None:
    crashed = crash_with_wal(demo_path, tmp_path / "crashed.workshop", ["Typed before the crash"])
    with _read_only_copy(crashed, ("-wal",)) as target:
        before = folder_state(target.parent)
        assert window.open_path(target)
        assert window.context.read_only and window.banner.isVisible()
        assert "Typed before the crash" in {i.name for i in
                                            window.context.store.records(Institution)}
        window.close_file()
        assert folder_state(target.parent) == before
    assert errors == []


def test_the_secretariat_window_names_a_foreign_journal_and_database_code(
        window, tmp_path: Path, demo_master: Path, crash_with_journal, folder_state,
        errors) -> None:
    from workshop.exchange.merge import merge_packages
    from workshop.exchange.packages import write_package

    folder = tmp_path / "files"
    (folder / "other").mkdir(parents=True)
    with WorkshopFile.open(demo_master, read_only=True) as store:
        package = write_package(store, tmp_path / "demo.zip")
    path, other = folder / "all.wsc", folder / "other" / "other.wsc"
    for consolidated in (path, other):  # two files, each with an identity of its own
        assert merge_packages(consolidated, [package])[0].ok
    crashed = crash_with_journal(other, other.with_name("crashed.wsc"))
    shutil.copyfile(f"{crashed}-journal", f"{path}-journal")
    shutil.rmtree(folder / "other")
    before = folder_state(folder)
    assert window.open_path(path)
    secretariat = window.secretariat_windows[-1]
    assert "all.wsc-journal" in secretariat.heading.text()
    assert "does not belong" in secretariat.heading.text()
    secretariat.close()
    assert folder_state(folder) == before
    Path(f"{path}-journal").unlink()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TRIGGER keep_one AFTER INSERT ON workshop "
                 "BEGIN DELETE FROM workshop WHERE id != NEW.id; END")
    conn.commit()
    conn.close()
    assert window.open_path(path)
    assert "refused as unsafe" in window.secretariat_windows[-1].heading.text()
    assert errors == []


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_a_pipe_given_as_a_workshop_is_refused_without_waiting(window, tmp_path: Path,
                                                               errors, monkeypatch) -> None:
    fifo = tmp_path / "pipe.workshop"
    os.mkfifo(fifo)

    def unblock() -> None:  # were the app to wait on the pipe, this lets it go after 20 s
        time.sleep(20)
        try:
            os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        except OSError:
            pass

    threading.Thread(target=unblock, daemon=True).start()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest.fail("no offer"))
    started = time.monotonic()
    assert not window.open_path(fifo)
    assert time.monotonic() - started < 20
    assert len(errors) == 1 and "pipe.workshop" in errors[0] and "is not a file" in errors[0]


def test_save_a_copy_never_goes_over_the_workshops_own_wal(window, demo_path: Path, errors,
                                                           monkeypatch) -> None:
    window.open_file(demo_path)
    _add(window, "Still in the -wal")
    wal = Path(f"{demo_path}-wal")
    before = wal.read_bytes()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(wal), ""))
    window.save_copy()
    assert len(errors) == 1 and "demo.workshop-wal" in errors[0], errors
    assert wal.read_bytes() == before
    window.close_file()
    assert "Still in the -wal" in _names(demo_path)
