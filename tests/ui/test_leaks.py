"""What a session does thousands of times leaves nothing behind: typing, refused edits, cells.

The three-day soak (test_soak.py, bench/soak.py) found two ways PySide6 keeps Python objects of
things Qt has deleted: a command QUndoStack deletes inside `push` (merged into the step below,
or obsolete), and an editor Qt makes inside a Python `createEditor`. Each case here repeats the
action and counts the objects still alive.
"""

from __future__ import annotations

import gc
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from ui import commands
from ui.commands import EditCommand
from ui.pages.people import PeoplePage
from workshop.file.model import Institution


def alive(kind: type) -> int:
    """How many objects of a type Python holds, once Qt's deletions and the collector ran."""
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    return sum(isinstance(found, kind) for found in gc.get_objects())


def test_typing_on_keeps_one_command_per_undo_step(window, demo_path: Path, errors) -> None:
    window.open_file(demo_path)
    context = window.context
    institution = context.store.records(Institution)[0]
    before = alive(EditCommand)
    for n in range(1, 301):  # a name typed key by key: one undo step
        commands.update(context, "Rename", Institution, institution.uuid, merge=True,
                        name="Ministry of Health"[: n % 18 + 1] + str(n))
    assert context.undo_stack.count() == 1
    assert alive(EditCommand) - before == 1
    window.undo_action.trigger()  # the step still goes back to before the first key
    assert context.store.get(Institution, institution.uuid).name == institution.name
    assert errors == []


def test_refused_edits_leave_no_command(window, demo_path: Path, errors) -> None:
    window.open_file(demo_path)
    context = window.context
    before = alive(EditCommand)
    for _ in range(100):
        assert not commands.update(context, "Rename", Institution, "no-such-institution",
                                   name="Ministry")
    assert context.undo_stack.count() == 0
    assert alive(EditCommand) == before
    assert len(errors) == 100  # each refusal said so, once


def test_editing_text_cells_keeps_no_editor(window, demo_path: Path, qtbot, errors) -> None:
    window.open_file(demo_path)
    page = window.page(PeoplePage)
    window.go_to(page)
    view = page.institution_table.view
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))  # an institution's name: a text cell
    before = alive(QLineEdit)
    for n in range(60):
        qtbot.keyClicks(view, f"x{n}")  # typing opens the cell's editor
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert alive(QLineEdit) == before
    assert errors == []
