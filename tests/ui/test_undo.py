"""Undo and redo restore the workshop file exactly, for every kind of edit the pages make.

Each case runs one edit through `ui.commands` (what the pages call), then Edit > Undo and
Edit > Redo, comparing every results table of the file row by row: undo gives back the file as
it was before the edit, redo the file as the edit left it, dependants of a removal included.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from ui import commands
from ui.context import WorkshopContext
from workshop.file.model import (
    RECORD_TYPES,
    Assessment,
    Consensus,
    GroupAssignment,
    Institution,
    Participant,
    WorkingGroup,
    new_uuid,
)


def snapshot(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every results table and the workshop's details (not the revision, audit or reviews)."""
    conn = sqlite3.connect(path)
    found = {r.TABLE: conn.execute(f"SELECT * FROM {r.TABLE} ORDER BY uuid").fetchall()
             for r in RECORD_TYPES}
    found["workshop"] = conn.execute(
        "SELECT country, title, start_date, end_date, venue, language, documents, chapters "
        "FROM workshop").fetchall()
    conn.close()
    return found


def _unassessed(context: WorkshopContext) -> tuple[str, str]:
    store = context.store
    group = store.records(WorkingGroup)[0]
    done = {a.commitment_id for a in store.records(Assessment, "group_uuid = ?", [group.uuid])}
    return group.uuid, next(c for c in store.commitments_in_scope() if c not in done)


def remove_a_group_with_its_work(context: WorkshopContext) -> None:
    group = context.store.records(WorkingGroup)[0]
    commands.remove(context, "Remove group", WorkingGroup, group.uuid)


def remove_an_institution_with_its_people(context: WorkshopContext) -> None:
    store = context.store
    used = {p.institution_uuid for p in store.records(Participant)}
    institution = next(i for i in store.records(Institution) if i.uuid in used)
    commands.remove(context, "Remove institution", Institution, institution.uuid)


def paste_participants(context: WorkshopContext) -> None:
    institution = context.store.records(Institution)[0]
    commands.add(context, "Paste", *[
        Participant(uuid=new_uuid(), institution_uuid=institution.uuid, role=role, sex=sex,
                    name=name)
        for role, sex, name in (("Analyst", "female", "Ana Test"),
                                ("Officer", "male", "Ben Test"), ("Judge", "other", ""))])


def assign_a_chapter(context: WorkshopContext) -> None:
    group = context.store.records(WorkingGroup)[-1]
    commands.add(context, "Assign", GroupAssignment(uuid=new_uuid(), group_uuid=group.uuid,
                                                    chapter=7))


def assess_a_new_commitment(context: WorkshopContext) -> None:
    group, commitment = _unassessed(context)
    commands.set_assessment(context, "Status", group, commitment, status="3",
                            measures="A law of 2025")


def change_an_assessment(context: WorkshopContext) -> None:
    first = context.store.records(Assessment)[0]
    commands.set_assessment(context, "Status", first.group_uuid, first.commitment_id,
                            status="na", notes="Not relevant here")


def agree_a_new_consensus(context: WorkshopContext) -> None:
    agreed = {c.commitment_id for c in context.store.records(Consensus)}
    commitment = next((c for c in context.store.commitments_in_scope() if c not in agreed),
                      None)
    if commitment is None:  # the demo agreed on everything: change one instead
        commitment = next(iter(agreed))
    commands.set_consensus(context, "Consensus", commitment, status="1", dissent="Customs")


def widen_the_scope(context: WorkshopContext) -> None:
    commands.set_details(context, "Scope", documents=["2009", "2016"], chapters=[1, 3])


def rename_with_typing(context: WorkshopContext) -> None:
    institution = context.store.records(Institution)[0]
    for text in ("M", "Mi", "Min", "Ministry of Tests"):  # keystrokes: one undo step
        commands.update(context, "Rename", Institution, institution.uuid, merge=True,
                        name=text)


EDITS: list[Callable[[WorkshopContext], None]] = [
    remove_a_group_with_its_work, remove_an_institution_with_its_people, paste_participants,
    assign_a_chapter, assess_a_new_commitment, change_an_assessment, agree_a_new_consensus,
    widen_the_scope, rename_with_typing]


@pytest.mark.parametrize("edit", EDITS, ids=lambda edit: edit.__name__)
def test_undo_and_redo_restore_the_file_exactly(window, demo_path: Path, errors,
                                                edit: Callable[[WorkshopContext], None]) -> None:
    window.open_file(demo_path)
    context = window.context
    before = snapshot(demo_path)
    edit(context)
    after = snapshot(demo_path)
    assert after != before and errors == []
    assert context.undo_stack.count() == 1  # one edit, one step, whatever it touched
    window.undo_action.trigger()
    assert snapshot(demo_path) == before
    window.redo_action.trigger()
    assert snapshot(demo_path) == after
    window.undo_action.trigger()
    assert snapshot(demo_path) == before
