"""One write path: every change goes through `ui/commands.py` (undoable) or
`WorkshopContext.write_once` (the one that cannot be undone), and what the window announces is
the core's change set, built from what the core wrote, cascades included."""

from __future__ import annotations

import ast
import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from ui import commands
from workshop.file.model import RECORD_TYPES
from workshop.file.store import ChangeSet

ROOT = Path(__file__).resolve().parents[2]
# The core's writing calls: on the store, and the review module's one that records a workbook.
WRITES = {"add", "update", "remove", "restore", "set_assessment", "set_consensus",
          "update_details", "record_reviews", "record_review", "batch", "take_changes"}
# Where they may be called: the undoable edits and the context's two paths.
WRITE_PATH = {"ui/commands.py", "ui/context.py"}
SQL = re.compile(r"\bSELECT\b[\s\S]*\bFROM\b|\bINSERT INTO\b|\bUPDATE \w+ SET\b|"
                 r"\bDELETE FROM\b|\bWHERE\b|\bORDER BY\b|\bIS (NOT )?NULL\b|\b\w+ (=|IN) [?(]")


def rows(path: Path) -> dict[tuple[str, str], tuple[Any, ...]]:
    """Every record of the file by (table, uuid)."""
    conn = sqlite3.connect(path)
    found = {(r.TABLE, row[0]): row for r in RECORD_TYPES
             for row in conn.execute(f"SELECT * FROM {r.TABLE}")}
    conn.close()
    return found


def written(before: dict[tuple[str, str], Any], after: dict[tuple[str, str], Any]) -> set[
        tuple[str, str]]:
    """The records inserted, changed or deleted between two states of the file."""
    return {key for key in before.keys() | after.keys() if before.get(key) != after.get(key)}


def referenced_types(path: Path) -> list[type]:
    """The record types other records point to: removing one cascades or nulls references."""
    conn = sqlite3.connect(path)
    targets = {fk[2] for r in RECORD_TYPES
               for fk in conn.execute(f"PRAGMA foreign_key_list({r.TABLE})")}
    conn.close()
    return [r for r in RECORD_TYPES if r.TABLE in targets]


def test_every_referenced_type_is_tried(demo_path: Path) -> None:
    names = {r.TABLE for r in referenced_types(demo_path)}
    assert {"institution", "participant", "working_group", "gap"} <= names


@pytest.mark.parametrize("table", ["institution", "participant", "working_group", "gap"])
def test_a_removal_announces_every_record_it_touched(window, demo_path: Path, errors,
                                                     table: str) -> None:
    """The record with the most dependents of its type: the change set names every row the
    delete removed or whose reference it nulled, and undo and redo announce the same rows."""
    window.open_file(demo_path)
    context = window.context
    record_type = next(r for r in RECORD_TYPES if r.TABLE == table)
    announced: list[ChangeSet] = []
    context.changed.connect(announced.append)
    best, touched = "", 0
    for record in context.store.records(record_type):
        removal = context.store.remove(record_type, record.uuid)  # to count, then put back
        context.store.restore(removal)
        if len(removal.rows) + len(removal.nulled) > touched:
            best, touched = record.uuid, len(removal.rows) + len(removal.nulled)
    context.store.take_changes()
    assert touched > 1, f"no {table} with dependents in the demo"

    before = rows(demo_path)
    assert commands.remove(context, "Remove", record_type, best) and errors == []
    after = rows(demo_path)
    expected = written(before, after)
    assert len(expected) == touched
    assert announced[-1].records == expected
    assert set(announced[-1]) == {t for t, _ in expected}
    window.undo_action.trigger()
    assert rows(demo_path) == before and announced[-1].records == expected
    window.redo_action.trigger()
    assert rows(demo_path) == after and announced[-1].records == expected


def test_a_refused_batch_announces_nothing_written(window, demo_path: Path, errors) -> None:
    """Two rows pasted, the second refused: the batch is rolled back, and what the first one
    had noted as written is forgotten with it."""
    from workshop.file.model import Institution, new_uuid

    window.open_file(demo_path)
    context = window.context
    announced: list[ChangeSet] = []
    context.changed.connect(announced.append)
    before = rows(demo_path)
    assert not commands.add(context, "Paste", Institution(uuid=new_uuid(), name="Customs"),
                            Institution(uuid=new_uuid(), name=""))
    assert rows(demo_path) == before
    assert announced and all(not changes for changes in announced)
    assert commands.add(context, "Add", Institution(uuid=new_uuid(), name="Police"))
    assert len(announced[-1].records) == 1


def give_disk(window: Any, sync: Any) -> None:
    """Give the open workshop a sync thread whose disk is `sync` (a slow or failing one),
    heard by the window as the app's own is."""
    from workshop.file.sync_behind import SyncBehind

    store = window.context.store
    assert store.sync_behind is not None
    store.sync_behind.close()
    store.sync_behind = SyncBehind(store.path, store.revision, sync=sync)
    store.sync_behind.listen(window.context.synced.emit)


def _write_calls_outside_the_path(source: str) -> list[str]:
    """Calls of the core's writing methods that are not inside `write_once(...)`."""
    tree = ast.parse(source)
    allowed: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and node.func.attr == "write_once":
            allowed.update(id(inner) for inner in ast.walk(node))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and id(node) not in allowed:
            name = node.func.attr if isinstance(node.func, ast.Attribute) else \
                node.func.id if isinstance(node.func, ast.Name) else ""
            target = node.func.value if isinstance(node.func, ast.Attribute) else None
            on_store = isinstance(target, ast.Attribute) and target.attr == "store" or \
                isinstance(target, ast.Name) and target.id == "store"
            if name in WRITES and (on_store or isinstance(node.func, ast.Name)):
                found.append(f"line {node.lineno}: {name}")
    return found


def test_no_module_of_ui_writes_outside_the_operation_path() -> None:
    offenders = {}
    for path in sorted((ROOT / "ui").rglob("*.py")):
        name = path.relative_to(ROOT).as_posix()
        if name in WRITE_PATH:
            continue
        found = _write_calls_outside_the_path(path.read_text(encoding="utf-8"))
        if found:
            offenders[name] = found
    assert offenders == {}


def test_the_scan_finds_a_write_that_bypasses_the_path() -> None:
    assert _write_calls_outside_the_path(
        "def f(context, store, result):\n"
        "    context.store.remove(Gap, 'x')\n"
        "    record_review(store, result)\n"
        "    context.write_once(lambda s: record_review(s, result))\n") == [
        "line 2: remove", "line 3: record_review"]


def test_the_sql_pattern_finds_sql_and_not_prose() -> None:
    for sql in ("SELECT * FROM gap", "group_uuid = ?", "rank IS NULL, rank", "gap_uuid IN (",
                "UPDATE gap SET votes = 1", "DELETE FROM gap"):
        assert SQL.search(sql), sql
    for prose in ("The status a key press sets (0-4, N, ?),", "Select the rows to delete",
                  "Update the gaps", "Is it set?"):
        assert not SQL.search(prose), prose


def test_no_module_of_ui_holds_sql_or_the_connection() -> None:
    offenders = {}
    for path in sorted((ROOT / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                      if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef))
                      and node.body and isinstance(node.body[0], ast.Expr)}
        found = [f"line {node.lineno}: {node.value[:40]!r}" for node in ast.walk(tree)
                 if isinstance(node, ast.Constant) and isinstance(node.value, str)
                 and id(node) not in docstrings and SQL.search(node.value)]
        found += [f"line {node.lineno}: .{node.attr}" for node in ast.walk(tree)
                  if isinstance(node, ast.Attribute) and node.attr in ("db", "conn", "execute",
                                                                       "query", "executemany")]
        if found:
            offenders[path.relative_to(ROOT).as_posix()] = found
    assert offenders == {}


def test_on_a_stalled_disk_the_keys_go_in_and_the_window_says_saving_until_synced(
        window, demo_path: Path, qtbot, errors) -> None:
    """The disk does not answer for a while (a slow stick): each status key is committed at
    once, in order; the status bar says "Saving…" until the sync thread has them on the disk,
    then "All changes saved"."""
    import threading

    from PySide6.QtCore import Qt

    from ui.pages.assessment import AssessmentPage
    from workshop.file import reads
    from workshop.file.sync_behind import sync_file

    window.open_file(demo_path)
    page = window.page(AssessmentPage)
    window.go_to(page)
    store = window.context.store
    disk = threading.Event()

    def stalled(path: Path) -> None:
        disk.wait(30)
        sync_file(path)

    give_disk(window, stalled)
    group = page.current_group() or ""
    start = store.revision
    pressed = []
    for key in (Qt.Key.Key_1, Qt.Key.Key_3, Qt.Key.Key_0, Qt.Key.Key_4):
        before = {a.commitment_id: a.status for a in reads.group_assessments(store, group)}
        shown = page.list.current() or ""
        if before.get(shown) == str(int(key) - int(Qt.Key.Key_0)):
            continue
        page.list.view.setFocus()
        qtbot.keyClick(page.list.view, key)
        pressed.append((shown, str(int(key) - int(Qt.Key.Key_0))))
        qtbot.keyClick(page.list.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    now = {a.commitment_id: a.status for a in reads.group_assessments(store, group)}
    assert [now[cid] for cid, _ in pressed] == [status for _, status in pressed]
    assert store.revision == start + len(pressed) > start
    assert window.saved_label.text() == f"Saving… (revision {store.revision})"
    disk.set()
    qtbot.waitUntil(lambda: window.saved_label.text()
                    == f"All changes saved (revision {store.revision})", timeout=10000)
    assert errors == []


def test_a_status_key_repaints_its_row_not_the_page(window, demo_path: Path, qtbot,
                                                    errors) -> None:
    """Refresh by what changed: a status key repaints the commitment's row and its status
    buttons; the list is not rebuilt, the gaps and needs tables are not read again, the group
    box is not refilled. A gap added still shows at once."""
    from PySide6.QtCore import Qt

    from ui.pages.assessment import AssessmentPage
    from workshop.file import reads

    window.open_file(demo_path)
    page = window.page(AssessmentPage)
    window.go_to(page)
    store = window.context.store
    group = page.current_group() or ""
    events: dict[str, list[Any]] = {"list reset": [], "rows repainted": [], "gaps reset": [],
                                    "gaps repainted": [], "groups refilled": []}
    page.list.model.modelReset.connect(lambda: events["list reset"].append(1))
    page.list.model.dataChanged.connect(
        lambda first, last, *_: events["rows repainted"].append((first.row(), last.row())))
    page.gaps.modelReset.connect(lambda: events["gaps reset"].append(1))
    page.gaps.dataChanged.connect(lambda *_: events["gaps repainted"].append(1))
    page.group.currentIndexChanged.connect(lambda *_: events["groups refilled"].append(1))
    shown = page.list.current() or ""
    row = page.list.view.currentIndex().row()
    before = reads.assessment_of(store, group, shown)
    status = "1" if before is None or before.status != "1" else "3"
    page.list.view.setFocus()
    qtbot.keyClick(page.list.view, getattr(Qt.Key, f"Key_{status}"))
    assert reads.assessment_of(store, group, shown).status == status  # type: ignore[union-attr]
    assert events == {"list reset": [], "rows repainted": [(row, row)], "gaps reset": [],
                      "gaps repainted": [], "groups refilled": []}
    assert [c for c, b in page.status.buttons.items() if b.isChecked()] == [status]
    assert f"[{status}]" in page.list.model.index(row).data()
    window.undo_action.trigger()  # undo is a change of the same record: the same repaint
    assert events["rows repainted"][-1] == (row, row) and events["list reset"] == []
    assert [c for c, b in page.status.buttons.items() if b.isChecked()] == (
        [before.status] if before else [])
    page.add_gap()
    assert events["gaps reset"] or events["gaps repainted"]
    assert errors == []


def test_a_hidden_pages_table_is_read_again_only_when_shown(window, demo_path: Path, qtbot,
                                                            errors) -> None:
    """Tables do not reload while their page is hidden: a change marks them stale, and the
    page read them again when the window shows it (with the change)."""
    from ui.pages.action_plan import ActionPlanPage
    from ui.pages.assessment import AssessmentPage
    from workshop.file.model import ActionItem

    window.open_file(demo_path)
    plan = window.page(ActionPlanPage)
    window.go_to(plan)
    reads_of_plan: list[int] = []
    plan.model.modelReset.connect(lambda: reads_of_plan.append(1))
    plan.model.dataChanged.connect(lambda *_: reads_of_plan.append(1))
    window.go_to(window.page(AssessmentPage))
    first = window.context.store.records(ActionItem)[0]
    commands.update(window.context, "Edit the action", ActionItem, first.uuid,
                    description="Train forty prison health staff")
    assert reads_of_plan == [] and plan.model.stale
    window.go_to(plan)
    assert reads_of_plan and not plan.model.stale
    row = plan.model.row_of(first.uuid)
    assert plan.model.rows[row].description == "Train forty prison health staff"
    assert errors == []


def test_a_failing_disk_is_said_in_the_status_bar_and_the_next_edit_tries_again(
        window, demo_path: Path, qtbot, errors) -> None:
    import errno
    import threading

    from ui.pages.consensus import ConsensusPage
    from workshop.file.sync_behind import sync_file

    window.open_file(demo_path)
    page = window.page(ConsensusPage)
    window.go_to(page)
    store = window.context.store
    full = threading.Event()
    full.set()

    def sometimes_full(path: Path) -> None:
        if full.is_set():
            raise OSError(errno.ENOSPC, "No space left on device")
        sync_file(path)

    give_disk(window, sometimes_full)
    page.set_status("0" if not page.status.buttons["0"].isChecked() else "1")
    qtbot.waitUntil(lambda: window.saved_label.text().startswith(
        "Not yet on the disk (No space left on device)"), timeout=10000)
    full.clear()
    page.set_status("2" if not page.status.buttons["2"].isChecked() else "3")
    qtbot.waitUntil(lambda: window.saved_label.text()
                    == f"All changes saved (revision {store.revision})", timeout=10000)
    assert errors == []
