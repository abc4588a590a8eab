"""Three days of a workshop in one process: 20,000 edits through the real widgets of the main
window, 1,000 refreshes of the secretariat's window, and the memory it took.

A facilitator keeps the app open from the first morning to the last afternoon. PySide6 6.12 on
Python 3.11 aborted such a session after a few thousand Qt calls ("Fatal Python error:
none_dealloc"): nothing short of a long session finds that kind of fault. This module is that
session, driven as a facilitator would drive it, inside the app's own event loop (so queued
signals, deferred deletions, the backup timer and its worker thread all run as they do for a
user): a new workshop is set up, institutions, participants and four working groups are
entered, the groups assess their commitments with the status keys, typing measures, evidence
and notes, adding and removing gaps and needs; the plenary agrees statuses and dissent with the
projector on and off; actions are planned; Undo and Redo are used throughout; the steps are
switched in the sidebar. Meanwhile the secretariat's window over a consolidated file of 100
merged workshops (demo workshops packed and merged by the core, derived as in bench/merge.py)
is refreshed 1,000 times, and ten more packages are merged through it.

The driver keeps its own account of what every edit made (`Expected`), with undo steps that
mirror the window's undo stack. At the end it undoes and redoes a stretch of steps through
Edit > Undo and Edit > Redo and compares the file with its account each way, closes the window
and writes the account beside the file (`expected.json`) for the test to compare.

    python -m bench.soak                  the memory table: RSS, Python objects, growth
    python -m bench.soak --trace          also the tracemalloc lines that grew most
    python -m bench.soak --json FOLDER    run in FOLDER, print the report as JSON (the test)

`tests/ui/test_soak.py` runs `--json` in a child process: an abort there fails the test with
the child's last words instead of taking the test run down.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
import traceback
import tracemalloc
from collections import Counter
from collections.abc import Callable, Hashable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import FunctionType, MethodType, ModuleType
from typing import Any

from bench.table import Row, print_table

EDITS = 20_000
REFRESHES = 1_000
WORKSHOPS = 100  # merged into the consolidated file before the soak
LATE_PACKAGES = 10  # merged through the secretariat's window during the soak
DEMOS = 5  # demo workshops built and packed for real; the other packages derived from them
WARM_UP = 0.25  # share of the edits after which memory is first measured
CHECKPOINTS = 4  # memory measured again this many times between the warm-up and the end
UNDO_CHECK = 150  # steps undone (then redone) at the end, the file compared each time
GROUPS = ("Health and social", "Justice and police", "Borders and customs", "Youth and schools")
ROOT = Path(__file__).resolve().parent.parent

# What the groups type: several scripts, since text must survive byte for byte.
PHRASES = (
    "National drug strategy 2024-2028 adopted by cabinet",
    "Opioid agonist treatment in 12 of 47 districts",
    "Loi n° 2021-17 relative aux stupéfiants",
    "Estrategia nacional sobre drogas, evaluación intermedia",
    "Programme de prévention en milieu scolaire",
    "Национальная программа профилактики",
    "国家禁毒委员会年度报告",
    "تقرير اللجنة الوطنية لمكافحة المخدرات",
    "Data from the 2023 household survey",
    "No budget line for harm reduction",
)
WORDS = ("survey", "law", "clinic", "training", "customs", "data", "budget", "youth", "NGO")


def rss_kib() -> int:
    """The resident memory of this process now, in KiB (the peak where /proc is missing)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as handle:
            pages = int(handle.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") // 1024
    except (OSError, ValueError, IndexError):
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak // 1024 if sys.platform == "darwin" else peak


def held_bytes(roots: list[Any]) -> int:
    """About how many bytes Python holds for these objects and what only they reach: Qt
    objects (a command's context, say), classes, modules and functions are not followed."""
    from PySide6.QtCore import QObject

    seen: set[int] = set()
    waiting = list(roots)
    total = 0
    while waiting:
        found = waiting.pop()
        if id(found) in seen or isinstance(found, type | ModuleType | FunctionType | MethodType
                                           | QObject):
            continue
        seen.add(id(found))
        total += sys.getsizeof(found)
        waiting.extend(gc.get_referents(found))
    return total


# ----- the consolidated file ------------------------------------------------------------------


def build_consolidated(folder: Path, workshops: int = WORKSHOPS,
                       late: int = LATE_PACKAGES) -> tuple[Path, list[Path]]:
    """A consolidated file holding `workshops` merged workshops, and `late` packages not yet
    merged (for the window to merge during the soak)."""
    from bench.merge import build_packages
    from workshop.exchange.merge import merge_packages

    folder.mkdir(parents=True, exist_ok=True)
    packages = build_packages(folder, workshops + late, demos=DEMOS)
    consolidated = folder / "results.consolidated"
    outcomes = merge_packages(consolidated, packages[:workshops])
    refused = [o for o in outcomes if o.outcome != "added"]
    if refused:
        raise RuntimeError(f"soak: {len(refused)} packages not added, first: {refused[0]}")
    return consolidated, packages[workshops:]


# ----- the driver's own account of the file ---------------------------------------------------


@dataclass
class Step:
    """One undo step: (table, key, value before, value after) for every record it touched."""

    merge_key: Hashable | None
    changes: list[tuple[str, Hashable, Any, Any]] = field(default_factory=list)


class Expected:
    """What the workshop file must hold, kept beside the app, with undo steps of its own.

    Tables map a key to a value (None: no record). The steps mirror the window's undo stack:
    a new edit drops the steps undone before it; one that carries the merge key of the step on
    top of the stack (typing on in one field), with nothing undone, joins that step, which
    keeps its first value before (ui.context.WorkshopContext.push).
    """

    TABLES = ("assessment", "consensus", "gap", "need", "action", "participant", "institution",
              "group")

    def __init__(self) -> None:
        self.tables: dict[str, dict[Hashable, Any]] = {name: {} for name in self.TABLES}
        self.steps: list[Step] = []
        self.index = 0

    def get(self, table: str, key: Hashable) -> Any:
        """The value of a record, or None."""
        return self.tables[table].get(key)

    def _put(self, table: str, key: Hashable, value: Any) -> None:
        if value is None:
            self.tables[table].pop(key, None)
        else:
            self.tables[table][key] = value

    def edit(self, changes: list[tuple[str, Hashable, Any]],
             merge_key: Hashable | None = None) -> None:
        """Record one edit (one push on the undo stack) that set these values."""
        top = self.steps[-1] if self.steps and self.index == len(self.steps) else None
        del self.steps[self.index:]
        done = [(table, key, self.get(table, key), value) for table, key, value in changes]
        for table, key, value in changes:
            self._put(table, key, value)
        if merge_key is not None and top is not None and top.merge_key == merge_key:
            for table, key, before, after in done:
                spot = next((i for i, c in enumerate(top.changes) if c[:2] == (table, key)),
                            None)
                if spot is None:
                    top.changes.append((table, key, before, after))
                else:
                    top.changes[spot] = (*top.changes[spot][:3], after)
        else:
            self.steps.append(Step(merge_key, done))
        self.index = len(self.steps)

    def undo(self) -> None:
        """Edit > Undo."""
        self.index -= 1
        for table, key, before, _after in reversed(self.steps[self.index].changes):
            self._put(table, key, before)

    def redo(self) -> None:
        """Edit > Redo."""
        for table, key, _before, after in self.steps[self.index].changes:
            self._put(table, key, after)
        self.index += 1

    def state(self) -> dict[str, dict[str, Any]]:
        """The tables as JSON-ready dictionaries (keys joined by "|")."""
        return {name: {_key(k): list(v) if isinstance(v, tuple) else v
                       for k, v in sorted(rows.items(), key=lambda kv: _key(kv[0]))}
                for name, rows in self.tables.items()}


def _key(key: Hashable) -> str:
    return "|".join(key) if isinstance(key, tuple) else str(key)


def file_state(store: Any) -> dict[str, dict[str, Any]]:
    """What a workshop file holds, in the shape of `Expected.state()` (assessments and gaps
    name their group, as the driver does)."""
    from workshop.file.model import (
        ActionItem,
        Assessment,
        AssistanceNeed,
        Consensus,
        Gap,
        Institution,
        Participant,
        WorkingGroup,
    )

    groups = {g.uuid: g.name for g in store.records(WorkingGroup)}
    rows: dict[str, dict[Hashable, Any]] = {
        "assessment": {(groups[a.group_uuid], a.commitment_id):
                       [a.status, a.measures, a.evidence, a.notes]
                       for a in store.records(Assessment)},
        "consensus": {c.commitment_id: [c.status, c.dissent, c.notes]
                      for c in store.records(Consensus)},
        "gap": {g.uuid: [groups.get(g.group_uuid or "", ""), g.commitment_id, g.description]
                for g in store.records(Gap)},
        "need": {n.uuid: n.commitment_id for n in store.records(AssistanceNeed)},
        "action": {a.uuid: a.description for a in store.records(ActionItem)},
        "participant": {p.uuid: p.role for p in store.records(Participant)},
        "institution": {i.uuid: i.name for i in store.records(Institution)},
        "group": groups,
    }
    return {name: {_key(k): v for k, v in sorted(found.items(), key=lambda kv: _key(kv[0]))}
            for name, found in rows.items()}


def differences(expected: dict[str, dict[str, Any]], found: dict[str, dict[str, Any]],
                limit: int = 5) -> list[str]:
    """Where the file and the account disagree, one line each (the first few)."""
    lines = []
    for table in sorted(set(expected) | set(found)):
        mine, theirs = expected.get(table, {}), found.get(table, {})
        for key in sorted(set(mine) | set(theirs)):
            if mine.get(key) != theirs.get(key):
                lines.append(f"{table} {key}: expected {mine.get(key)!r}, "
                             f"the file holds {theirs.get(key)!r}")
    return lines[:limit] + ([f"... {len(lines) - limit} more"] if len(lines) > limit else [])


# ----- the session ----------------------------------------------------------------------------


class ThreeDays:
    """Drives one main window through a three-day workshop; each `yield` lets the event loop
    turn, as between two key presses of a person."""

    def __init__(self, folder: Path, edits: int, refreshes: int, consolidated: Path,
                 late_packages: list[Path], seed: int = 2026) -> None:
        self.folder = folder
        self.budget = edits
        self.refreshes_wanted = refreshes
        self.consolidated = consolidated
        self.late_packages = late_packages
        self.rng = random.Random(seed)
        self.expected = Expected()
        self.edits = 0  # user actions that changed the file (undo and redo included)
        self.refreshes = 0
        self.projector_shows = 0
        self.page_switches = 0
        self.errors: list[str] = []
        self.memory: list[dict[str, Any]] = []
        self.path = folder / "three-days.workshop"
        self.window: Any = None
        self.secretariat: Any = None
        self.groups: dict[str, str] = {}  # name -> uuid
        self.snapshot: tracemalloc.Snapshot | None = None
        self.kinds: Counter[str] = Counter()  # Python objects by type after the warm-up
        self.grown_kinds: list[str] = []
        self.undo_checked = 0
        self.trace = False
        self.traced_growth: list[str] = []

    # ----- counting --------------------------------------------------------------------------

    def _edited(self, changes: list[tuple[str, Hashable, Any]],
                merge_key: Hashable | None = None) -> None:
        self.expected.edit(changes, merge_key)
        self.edits += 1

    def _after_each(self) -> None:
        """Between two actions: the window's undo stack and the account must agree step for
        step, the secretariat's refreshes keep pace with the edits, and memory is measured
        after the warm-up and at checkpoints."""
        stack = self.window.context.undo_stack if self.window.context is not None else None
        if stack is not None and (stack.count(), stack.index()) != (len(self.expected.steps),
                                                                     self.expected.index):
            raise RuntimeError(f"soak: the window's undo stack ({stack.count()} steps, at "
                               f"{stack.index()}) and the account ({len(self.expected.steps)}, "
                               f"at {self.expected.index}) went apart after {self.edits} edits")
        due = self.edits * self.refreshes_wanted // self.budget
        while self.secretariat is not None and self.refreshes < min(due, self.refreshes_wanted):
            self.secretariat.refresh()
            self.refreshes += 1
        if not self.memory and self.edits >= self.budget * WARM_UP:
            self.measure("after warm-up")
            if self.trace:
                tracemalloc.start(1)
                self.snapshot = tracemalloc.take_snapshot()
        elif self.memory and len(self.memory) <= CHECKPOINTS:
            share = WARM_UP + (1 - WARM_UP) * len(self.memory) / (CHECKPOINTS + 1)
            if self.edits >= self.budget * share:
                self.measure(f"after {self.edits} edits")

    def measure(self, label: str) -> None:
        """Note the process's memory now (after a full garbage collection)."""
        from PySide6.QtCore import QEvent
        from PySide6.QtWidgets import QApplication

        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()
        objects = gc.get_objects()
        kinds = Counter(f"{type(o).__module__}.{type(o).__qualname__}" for o in objects)
        if self.kinds:  # what grew since the warm-up
            self.grown_kinds = [f"{name} +{n}" for name, n in
                                (kinds - self.kinds).most_common(12)]
        else:
            self.kinds = kinds
        stack = self.window.context.undo_stack
        commands = [stack.command(i) for i in range(stack.count())]
        self.memory.append({"label": label, "edits": self.edits, "rss_kib": rss_kib(),
                            "python_objects": len(objects), "undo_steps": stack.count(),
                            "undo_kib": held_bytes(commands) // 1024,
                            "account_kib": held_bytes(self.expected.steps) // 1024})

    @property
    def done(self) -> bool:
        """Whether the edits asked for were made."""
        return self.edits >= self.budget

    # ----- the widgets -----------------------------------------------------------------------

    def page(self, page_type: type) -> Any:
        """Show the page of this type through the sidebar, as a click would."""
        page = self.window.page(page_type)
        row = next(r for r, slot in enumerate(self.window.slots) if slot.page is page)
        if self.window.sidebar.currentRow() != row:
            self.window.sidebar.setCurrentRow(row)
            self.page_switches += 1
        return page

    def keys(self, widget: Any, key: Any, modifier: Any = None) -> None:
        """One key press on a widget."""
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        QTest.keyClick(widget, key, modifier or Qt.KeyboardModifier.NoModifier)

    def type_text(self, editor: Any, text: str) -> Iterator[str]:
        """Type into a text field, one key at a time; yields the field's text after each key
        that changed it (each such key is saved: one edit)."""
        before = _text_of(editor)
        for char in text:
            press(editor, char)
            now = _text_of(editor)
            if now != before:
                before = now
                yield now

    def backspace(self, editor: Any, times: int) -> Iterator[str]:
        """Press Backspace at the end of a text field; yields its text after each key."""
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QTextCursor

        editor.moveCursor(QTextCursor.MoveOperation.End)
        for _ in range(min(times, len(_text_of(editor)))):
            self.keys(editor, Qt.Key.Key_Backspace)
            yield _text_of(editor)

    def cell_editor(self, view: Any) -> Any:
        """The editor a table view just opened on its current cell: the focus widget, as for
        someone typing (PySide6 keeps what indexWidget() or findChildren() return alive after
        Qt deletes it, so the driver does not ask them)."""
        from PySide6.QtWidgets import QApplication

        editor = QApplication.focusWidget()
        if editor is None or not view.isAncestorOf(editor):
            raise RuntimeError("soak: no cell editor has the focus (is the window active?)")
        return editor

    def commit_cell(self, view: Any, text: str) -> None:
        """Type a cell's new text into the editor just opened and press Enter."""
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication

        editor = self.cell_editor(view)
        editor.selectAll()
        for char in text:
            press(editor, char)
        QTest.keyClick(editor, Qt.Key.Key_Return)
        QApplication.processEvents()

    def new_uuid_in(self, model: Any, known: set[str]) -> str:
        """The uuid of the row a table model shows that was not there before."""
        new = [r.uuid for r in model.rows if r.uuid not in known]
        if len(new) != 1:
            raise RuntimeError(f"soak: expected one new row, found {len(new)}")
        return new[0]

    def phrase(self) -> str:
        """Something a rapporteur would type."""
        text = self.rng.choice(PHRASES)
        return text[: self.rng.randint(min(8, len(text)), len(text))]

    # ----- the facilitator's actions ---------------------------------------------------------

    def set_up(self) -> Iterator[None]:
        """Day one, morning: the workshop's details, institutions, participants, groups."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QPushButton

        from ui.pages.groups import GroupsPage
        from ui.pages.people import PeoplePage
        from ui.pages.setup import SetupPage

        window = self.window
        if not window.create_workshop(self.path, country="KE", title="Three-day workshop",
                                      start_date="2026-05-04", end_date="2026-05-06"):
            raise RuntimeError(f"soak: the workshop was not created: {self.errors}")
        window.activateWindow()
        yield
        setup = self.page(SetupPage)
        setup.venue.setFocus()
        for _text in self.type_text(setup.venue, "Nairobi, Kenyatta Centre"):
            self._edited([], "venue")  # not in the account: an undo step all the same
        yield

        people = self.page(PeoplePage)
        for name in ("Ministry of Health", "National Police Service", "Judiciary",
                     "Kenya Revenue Authority", "Ministry of Education", "NACADA",
                     "Ministry of Interior", "Civil society forum"):
            known = {r.uuid for r in people.institutions.rows}
            people.institution_table.add_button.click()
            uuid = self.new_uuid_in(people.institutions, known)
            self._edited([("institution", uuid, "New institution")])
            self.commit_cell(people.institution_table.view, name)
            self._edited([("institution", uuid, name)])
            yield
        for _ in range(32):
            yield from self.add_participant(people)

        groups = self.page(GroupsPage)
        add = next(b for b in groups.findChildren(QPushButton) if b.text() == "Add group")
        chapters = sorted(groups.chapter_boxes)
        for number, name in enumerate(GROUPS):
            add.click()
            uuid = groups.current_group()
            self._edited([("group", uuid, f"Group {number + 1}")])
            groups.name.selectAll()
            for text in self.type_text(groups.name, name):
                self._edited([("group", uuid, text)], ("rename", uuid))
            self.groups[name] = uuid
            # chapters and members are not in the account (the assessments show the chapters)
            for chapter in chapters[number::len(GROUPS)]:
                groups.chapter_boxes[chapter].click()
                self._edited([])
            for row in range(number, groups.members.count(), len(GROUPS)):
                groups.members.item(row).setCheckState(Qt.CheckState.Checked)
                self._edited([])
            yield

    def add_participant(self, people: Any) -> Iterator[None]:
        """The quick-entry row: an institution, a role typed, Enter."""
        from PySide6.QtCore import Qt

        combo = people.entry_institution
        combo.setCurrentIndex(self.rng.randrange(combo.count()))
        people.entry_role.setFocus()
        role = self.rng.choice(("Director", "Inspector", "Nurse", "Judge", "Analyst",
                                "Teacher", "Officer", "Pharmacist"))
        for _text in self.type_text(people.entry_role, role):
            pass  # the quick-entry row saves nothing until Enter
        known = {r.uuid for r in people.participants.rows}
        self.keys(people.entry_role, Qt.Key.Key_Return)
        uuid = self.new_uuid_in(people.participants, known)
        self._edited([("participant", uuid, role)])
        yield

    def remove_participant(self, people: Any) -> Iterator[None]:
        """Select a participant's row and press Remove."""
        table = people.participant_table
        if people.participants.rowCount() < 10:
            return
        row = self.rng.randrange(people.participants.rowCount())
        table.view.selectRow(row)
        uuid = table.selected_uuids()[0]
        table.remove_button.click()
        self._edited([("participant", uuid, None)])
        yield

    def assess(self, group: str) -> Iterator[None]:
        """A group's session: status keys, typing, gaps and needs, commitment by commitment."""
        from PySide6.QtCore import Qt

        from ui.pages.assessment import AssessmentPage

        page = self.page(AssessmentPage)
        uuid = self.groups[group]
        if page.current_group() != uuid:
            page.group.setCurrentIndex(page.group.findData(uuid))
        view = page.list.view
        for _ in range(self.rng.randint(3, 8)):
            view.setFocus()
            cid = page.list.current()
            if cid is None:
                return
            yield from self.press_status(view, "assessment", (group, cid))
            if self.rng.random() < 0.6:
                yield from self.type_assessment(page, group, cid)
            roll = self.rng.random()
            if roll < 0.25:
                yield from self.add_gap(page, group, cid)
            elif roll < 0.35:
                yield from self.remove_row(page.gap_table, "gap")
            elif roll < 0.45:
                yield from self.add_need(page, cid)
            elif roll < 0.5:
                yield from self.remove_row(page.need_table, "need")
            step = 1 if self.rng.random() < 0.8 else -1
            self.keys(view, Qt.Key.Key_Down if step > 0 else Qt.Key.Key_Up,
                      Qt.KeyboardModifier.ControlModifier)
            if page.list.current() == cid:  # the end of the list: back to the top
                page.list.select(page.list.model.commitments[0].id)
            yield

    def press_status(self, view: Any, table: str, key: Hashable) -> Iterator[None]:
        """A status key (0-4, N, ?) on the commitment list: a status other than the one set."""
        from PySide6.QtCore import Qt

        keys = {"0": Qt.Key.Key_0, "1": Qt.Key.Key_1, "2": Qt.Key.Key_2, "3": Qt.Key.Key_3,
                "4": Qt.Key.Key_4, "na": Qt.Key.Key_N}
        current = self.expected.get(table, key)
        choices = [s for s in keys if current is None or s != current[0]]
        status = self.rng.choice(choices)
        self.keys(view, keys[status])
        self._edited([(table, key, _with(current, 0, status, table))])
        yield

    def type_assessment(self, page: Any, group: str, cid: str) -> Iterator[None]:
        """Type into measures, evidence or notes: a new phrase, or a few words more, or a few
        Backspaces."""
        from PySide6.QtGui import QTextCursor

        fields = list(page.texts)
        name = self.rng.choice(fields)
        editor = page.texts[name].editor
        editor.setFocus()
        position = 1 + ("measures", "evidence", "notes").index(name)
        key = (group, cid)
        merge = ("assessment", group, cid, name)
        roll = self.rng.random()
        if roll < 0.15:
            for typed in self.backspace(editor, self.rng.randint(1, 4)):
                self._edited([("assessment", key, _with(self.expected.get("assessment", key),
                                                         position, typed, "assessment"))], merge)
            return
        if roll < 0.6 or len(editor.toPlainText()) > 90:
            editor.selectAll()
            text = self.phrase()
        else:
            editor.moveCursor(QTextCursor.MoveOperation.End)
            text = " " + self.rng.choice(WORDS)
        for typed in self.type_text(editor, text):
            self._edited([("assessment", key, _with(self.expected.get("assessment", key),
                                                     position, typed, "assessment"))], merge)
        yield

    def add_gap(self, page: Any, group: str, cid: str) -> Iterator[None]:
        """Add a gap and type its description in the cell that opens."""
        known = {r.uuid for r in page.gaps.rows}
        page.gap_table.add_button.click()
        uuid = self.new_uuid_in(page.gaps, known)
        self._edited([("gap", uuid, (group, cid, "New gap"))])
        text = self.phrase()
        self.commit_cell(page.gap_table.view, text)
        self._edited([("gap", uuid, (group, cid, text))])
        yield

    def add_need(self, page: Any, cid: str) -> Iterator[None]:
        """Add a technical-assistance need (it opens its type's list: Esc keeps training)."""
        from PySide6.QtCore import Qt

        known = {r.uuid for r in page.needs.rows}
        page.need_table.add_button.click()
        uuid = self.new_uuid_in(page.needs, known)
        self._edited([("need", uuid, cid)])
        self.keys(self.cell_editor(page.need_table.view), Qt.Key.Key_Escape)
        yield

    def remove_row(self, table: Any, name: str) -> Iterator[None]:
        """Select the last row of a record table and press Remove (nothing if it is empty)."""
        rows = table.model.rowCount()
        if not rows:
            return
        table.view.selectRow(rows - 1)
        uuid = table.selected_uuids()[0]
        table.remove_button.click()
        self._edited([(name, uuid, None)])
        yield

    def undo_redo(self) -> Iterator[None]:
        """Edit > Undo a few times; then Redo all of it, or only part and edit on."""
        window = self.window
        back = self.rng.randint(1, 6)
        back = min(back, window.context.undo_stack.index())
        for _ in range(back):
            window.undo_action.trigger()
            self.expected.undo()
            self.edits += 1
            yield
        forward = back if self.rng.random() < 0.7 else self.rng.randint(0, back)
        for _ in range(forward):
            window.redo_action.trigger()
            self.expected.redo()
            self.edits += 1
            yield

    def consensus(self) -> Iterator[None]:
        """The plenary: status keys on the consensus list, dissent typed, the projector on
        and off."""
        from PySide6.QtCore import Qt

        from ui.pages.consensus import ConsensusPage

        page = self.page(ConsensusPage)
        view = page.list.view
        for _ in range(self.rng.randint(3, 8)):
            view.setFocus()
            cid = page.list.current()
            if cid is None:
                return
            yield from self.press_status(view, "consensus", cid)
            if self.rng.random() < 0.4:
                page.dissent.setFocus()
                page.dissent.selectAll()
                for typed in self.type_text(page.dissent, self.phrase()):
                    self._edited([("consensus", cid, _with(self.expected.get("consensus", cid),
                                                           1, typed, "consensus"))],
                                 ("consensus", cid, "dissent"))
            if self.rng.random() < 0.15:
                yield from self.projector()
            self.keys(view, Qt.Key.Key_PageDown)
            if page.list.current() == cid:
                page.list.select(page.list.model.commitments[0].id)
            yield

    def projector(self) -> Iterator[None]:
        """F5 (the projector), a few arrows, Esc; back on the main window."""
        from PySide6.QtCore import Qt

        window = self.window
        window.projector_action.trigger()
        projector = window.projector
        self.projector_shows += 1
        yield
        for _ in range(self.rng.randint(1, 5)):
            self.keys(projector, self.rng.choice((Qt.Key.Key_Right, Qt.Key.Key_Left,
                                                  Qt.Key.Key_Space)))
            yield
        self.keys(projector, Qt.Key.Key_Escape)
        window.activateWindow()
        yield

    def plan_actions(self) -> Iterator[None]:
        """Day three: actions added and typed, some removed."""
        from ui.pages.action_plan import ActionPlanPage

        page = self.page(ActionPlanPage)
        for _ in range(self.rng.randint(1, 3)):
            if self.rng.random() < 0.75 or page.model.rowCount() < 3:
                known = {r.uuid for r in page.model.rows}
                page.table.add_button.click()
                uuid = self.new_uuid_in(page.model, known)
                self._edited([("action", uuid, "New action")])
                text = self.phrase()
                self.commit_cell(page.table.view, text)
                self._edited([("action", uuid, text)])
            else:
                yield from self.remove_row(page.table, "action")
            yield

    def wander(self) -> Iterator[None]:
        """Someone clicks through the other steps of the sidebar."""
        for _ in range(self.rng.randint(1, 3)):
            row = self.rng.randrange(self.window.sidebar.count())
            self.window.sidebar.setCurrentRow(row)
            self.page_switches += 1
            yield

    def merge_late_packages(self) -> Iterator[None]:
        """The secretariat merges a few packages through its window (off the GUI thread)."""
        batch, self.late_packages = self.late_packages[:5], self.late_packages[5:]
        if not batch:
            return
        self.secretariat.add_packages(batch)
        while not self.secretariat.add_action.isEnabled():
            yield  # the merge runs on the thread pool; the loop delivers its result
        self.window.activateWindow()  # the facilitator's window, in front again

    # ----- the three days --------------------------------------------------------------------

    def days(self) -> Iterator[None]:
        """Set-up, then rounds of group work, plenary and planning until the edits are made."""
        from ui.pages.people import PeoplePage

        self.window.open_consolidated(self.consolidated)
        self.secretariat = self.window.secretariat_windows[-1]
        yield from self.set_up()
        yield from self.walk_through()
        names = list(self.groups)
        while not self.done:
            share = self.edits / self.budget
            roll = self.rng.random()
            if share < 0.6 or roll < 0.3:  # the groups' work fills the first day and a half
                yield from self.assess(self.rng.choice(names))
            elif share < 0.85 or roll < 0.6:
                yield from self.consensus()
            else:
                yield from self.plan_actions()
            roll = self.rng.random()
            if roll < 0.2:
                yield from self.undo_redo()
            elif roll < 0.25:
                yield from self.wander()
            elif roll < 0.27:
                people = self.page(PeoplePage)
                yield from self.add_participant(people)
                yield from self.remove_participant(people)
            if self.late_packages and share > 0.5:
                yield from self.merge_late_packages()
        self.measure("end")

    def walk_through(self) -> Iterator[None]:
        """Day one, before the group work: the facilitator shows every step once (so that the
        warm-up has built every page and used every kind of action before memory is first
        measured), and the secretariat merges its first late packages."""
        for row in range(self.window.sidebar.count()):
            self.window.sidebar.setCurrentRow(row)
            self.page_switches += 1
            yield
        yield from self.assess(next(iter(self.groups)))
        yield from self.consensus()
        yield from self.projector()
        yield from self.plan_actions()
        yield from self.undo_redo()
        yield from self.merge_late_packages()

    def check_undo(self) -> Iterator[None]:
        """Undo a stretch of steps through Edit > Undo, then redo them, comparing the file with
        the account after each; raises on the first difference."""
        store = self.window.context.store
        steps = min(UNDO_CHECK, self.window.context.undo_stack.index())
        for direction in ("undo", "redo"):
            for n in range(steps):
                getattr(self.window, f"{direction}_action").trigger()
                getattr(self.expected, direction)()
                if n % 10 == 0 or n == steps - 1:
                    wrong = differences(self.expected.state(), file_state(store))
                    if wrong:
                        raise RuntimeError(f"soak: after {n + 1} {direction} steps the file "
                                           f"differs from the account: {wrong}")
                yield
        self.undo_checked = steps


def press(editor: Any, char: str) -> None:
    """Type one character as a keyboard would send it (a layout's key for other scripts)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    if char.isascii():
        QTest.keyClicks(editor, char)
    else:  # QTest maps only ASCII to keys; other scripts arrive as text with an unknown key
        QTest.sendKeyEvent(QTest.KeyAction.Click, editor, Qt.Key.Key_unknown, char,
                           Qt.KeyboardModifier.NoModifier)


def _text_of(editor: Any) -> str:
    return editor.toPlainText() if hasattr(editor, "toPlainText") else editor.text()


def _with(record: tuple | None, position: int, value: str, table: str) -> tuple:
    """A record's values with one changed; a record made by this edit starts from the
    defaults (status "unknown", empty texts)."""
    base = list(record) if record is not None else ["unknown", "", "", ""][
        : 4 if table == "assessment" else 3]
    base[position] = value
    return tuple(base)


# ----- running it -----------------------------------------------------------------------------


def run(folder: Path, edits: int = EDITS, refreshes: int = REFRESHES, trace: bool = False,
        progress: Callable[[str], None] | None = None) -> dict[str, Any]:
    """Build the consolidated file, run the three days in the event loop of a new window, check
    the undo stack, close the window and write `expected.json`; returns the report."""
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from ui.main_window import MainWindow
    from ui.widgets.text_binder import TextBinder

    folder.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("WORKSHOP_DATA_DIR", str(folder / "userdata"))
    os.environ.setdefault("WORKSHOP_CACHE_DIR", str(folder / "cache"))
    start = time.perf_counter()
    consolidated, late = build_consolidated(folder / "packages")
    set_up_s = time.perf_counter() - start

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setOrganizationName("drug-policy-workshop-soak")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(folder / "settings"))
    QSettings().setValue("backup_minutes", 1)  # backups on their worker thread meanwhile
    TextBinder.delay_ms = 0  # every key typed is saved: an edit each
    soak = ThreeDays(folder, edits, refreshes, consolidated, late)
    soak.trace = trace
    QMessageBox.critical = lambda _parent, _title, text, *a, **k: soak.errors.append(text)
    window = MainWindow()
    window.resize(1366, 768)
    window.show()
    soak.window = window
    failure: list[str] = []
    moments = _chain(soak.days(), soak.check_undo())
    reported = [0]

    def step() -> None:
        try:
            next(moments)
            soak._after_each()
        except StopIteration:
            app.exit(0)  # quit() would close the windows first
            return
        except Exception:  # a fault of the app or of the driver: the report says which
            failure.append(traceback.format_exc())
            app.exit(0)  # quit() would close the windows first
            return
        if progress is not None and soak.edits // 1000 > reported[0]:
            reported[0] = soak.edits // 1000
            progress(f"{soak.edits} edits, {soak.refreshes} refreshes")
        QTimer.singleShot(0, step)

    started = time.perf_counter()
    QTimer.singleShot(0, step)
    app.exec()
    seconds = time.perf_counter() - started
    revision = window.context.store.revision if window.context is not None else None
    summary = dict(soak.secretariat.summary) if soak.secretariat is not None else {}
    if soak.trace and not failure:
        soak.traced_growth = _grown(soak.snapshot)
    for other in list(window.secretariat_windows):
        other.close()
    window.close()
    (folder / "expected.json").write_text(json.dumps(soak.expected.state(), ensure_ascii=False),
                                          encoding="utf-8")
    return {"file": str(soak.path), "edits": soak.edits, "revision": revision,
            "refreshes": soak.refreshes, "projector_shows": soak.projector_shows,
            "page_switches": soak.page_switches, "undo_checked": soak.undo_checked,
            "undo_steps": soak.expected.index,
            "workshops_merged": summary.get("workshops"), "errors": soak.errors,
            "failure": failure[0] if failure else "", "memory": soak.memory,
            "traced_growth": soak.traced_growth, "grown_kinds": soak.grown_kinds,
            "seconds": round(seconds, 1),
            "set_up_seconds": round(set_up_s, 1)}


def _chain(*parts: Iterator[None]) -> Iterator[None]:
    for part in parts:
        yield from part


def _grown(before: tracemalloc.Snapshot, lines: int = 20) -> list[str]:
    """The source lines whose allocations grew most since `before`, after their total."""
    gc.collect()
    after = tracemalloc.take_snapshot()
    tracemalloc.stop()
    grown = after.compare_to(before, "lineno")
    total = sum(stat.size_diff for stat in grown)
    return [f"Python allocations grew by {total / 1024:.0f} KiB in all"] + [
        str(stat) for stat in grown[:lines]]


def growth(report: dict[str, Any]) -> float:
    """The resident memory's growth from the end of the warm-up to the end, in percent."""
    first, last = report["memory"][0], report["memory"][-1]
    return (last["rss_kib"] - first["rss_kib"]) * 100 / first["rss_kib"]


def run_child(folder: Path, extra: list[str] | None = None,
              python: str = sys.executable) -> tuple[subprocess.CompletedProcess, dict | None]:
    """Run the soak in a child process (`--json`); its report, or None when it did not end."""
    done = subprocess.run([python, "-X", "faulthandler", "-m", "bench.soak", "--json",
                           str(folder), *(extra or [])], capture_output=True, text=True,
                          cwd=ROOT, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
                          check=False)
    lines = done.stdout.strip().splitlines()
    report = json.loads(lines[-1]) if done.returncode == 0 and lines else None
    return done, report


def rows(notes: list[str]) -> list[Row]:
    """Run the soak in a fresh process; its memory figures."""
    with tempfile.TemporaryDirectory() as tmp:
        done, report = run_child(Path(tmp))
    if report is None or report["failure"]:
        reason = report["failure"].splitlines()[-1] if report else \
            f"exit {done.returncode}: {done.stderr.strip().splitlines()[-1:]}"
        return [Row("Three-day soak", f"failed: {reason}", "no crash", False)]
    first, last = report["memory"][0], report["memory"][-1]
    percent = growth(report)
    undo_mb = (last["undo_kib"] - first["undo_kib"]) / 1024
    account_mb = (last["account_kib"] - first["account_kib"]) / 1024
    notes.append(f"Soak: a new workshop driven through the main window's widgets in its event "
                 f"loop, {report['edits']} edits (status keys, typing, gaps, needs, actions, "
                 f"participants, {report['undo_steps']} undo steps kept, undo and redo), "
                 f"{report['page_switches']} page switches, the projector shown "
                 f"{report['projector_shows']} times, {report['refreshes']} refreshes of the "
                 f"secretariat's window over {report['workshops_merged']} merged workshops; "
                 f"{report['seconds']:.0f} s. Memory after warm-up ({first['edits']} edits) "
                 f"and at the end, after a full garbage collection; the undo history and the "
                 f"driver's own account of the edits are measured on Python's side (their Qt "
                 f"side is not).")
    return [
        Row("Soak: three days, edits and secretariat refreshes without a crash",
            f"{report['edits']} edits, {report['refreshes']} refreshes; file as edited, "
            f"undo checked over {report['undo_checked']} steps", "no crash", True),
        Row("Soak: resident memory after warm-up / at the end",
            f"{first['rss_kib'] / 1024:.0f} MB / {last['rss_kib'] / 1024:.0f} MB "
            f"({percent:+.1f}%)", "under 10% growth", percent < 10),
        Row("Soak: of that growth, the undo history / the driver's own account",
            f"{undo_mb:.1f} MB for {last['undo_steps'] - first['undo_steps']} more undo steps "
            f"/ {account_mb:.1f} MB"),
        Row("Soak: Python objects after warm-up / at the end",
            f"{first['python_objects']} / {last['python_objects']}"),
    ]


def main(argv: list[str] | None = None) -> int:
    """`--json FOLDER`: run here and print the report; otherwise the table of figures."""
    parser = argparse.ArgumentParser(prog="python -m bench.soak", description=__doc__)
    parser.add_argument("--json", type=Path, metavar="FOLDER",
                        help="run in FOLDER and print the report as one JSON line")
    parser.add_argument("--edits", type=int, default=EDITS)
    parser.add_argument("--refreshes", type=int, default=REFRESHES)
    parser.add_argument("--trace", action="store_true",
                        help="trace Python's allocations after the warm-up; print what grew")
    args = parser.parse_args(argv)
    if args.json is not None:
        report = run(args.json, args.edits, args.refreshes, args.trace,
                     progress=lambda line: print(line, file=sys.stderr, flush=True))
        print(json.dumps(report, ensure_ascii=False))
        return 0
    if args.trace:
        with tempfile.TemporaryDirectory() as tmp:
            done, report = run_child(Path(tmp), ["--trace", "--edits", str(args.edits)])
        if report is None:
            print(done.stderr[-3000:], file=sys.stderr)
            return 1
        print("\n".join(report["traced_growth"]))
        return 0
    notes: list[str] = []
    print_table(rows(notes), notes)
    return 0


if __name__ == "__main__":
    sys.exit(main())
