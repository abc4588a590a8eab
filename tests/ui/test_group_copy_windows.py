"""A group's copy taken out and brought back through the real windows: the facilitator's
window writes it, a second window (the group's laptop) works in it, the facilitator's window
collects it as one undo step, and the plenary settles the conflict on the consensus page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox

from ui.main_window import MainWindow
from ui.pages.assessment import AssessmentPage
from ui.pages.consensus import ConsensusPage
from ui.pages.ranking import RankingPage
from ui.pages.setup import SetupPage
from ui.widgets.commitment_list import FLAG
from workshop.file import reads
from workshop.file.model import Assessment, CollectedCopy, Conflict


def test_a_copy_goes_out_and_comes_back_through_the_windows(window, qtbot, demo_path: Path,
                                                            tmp_path: Path, errors) -> None:
    window.open_file(demo_path)
    store = window.context.store
    group = reads.working_groups(store)[0]
    dialog = window.give_group_copy()
    assert dialog is not None and dialog.group.count() == len(reads.working_groups(store))
    assert not dialog.with_names.isChecked(), "names stay out unless asked"
    dialog.reject()
    copy_path = tmp_path / "group-a.workshop"
    message = window.write_group_copy(group.uuid, copy_path, with_names=False)
    assert copy_path.exists() and str(copy_path) in message

    # The group's laptop.
    laptop = MainWindow()
    qtbot.addWidget(laptop)
    laptop.show()
    laptop.open_file(copy_path)
    assert laptop.banner.isVisible() and group.name in laptop.banner.text()
    assert not laptop.give_copy_action.isEnabled() and not laptop.collect_action.isEnabled()
    page = laptop.page(AssessmentPage)
    assert isinstance(page, AssessmentPage)
    laptop.go_to(page)
    assert [page.group.itemText(i) for i in range(page.group.count())] == [group.name]
    commitment = page.list.current()
    assert commitment
    assert page.status.isEnabled() and page.gap_table.add_button.isEnabled()
    assert page.need_table.add_button.isEnabled()
    setup = laptop.page(SetupPage)
    assert isinstance(setup, SetupPage) and not setup.title_edit.isEnabled()
    ranking = laptop.page(RankingPage)
    assert isinstance(ranking, RankingPage) and not ranking.table.add_button.isEnabled()
    rank_column = next(i for i, c in enumerate(ranking.model.spec.columns) if c.field == "rank")
    assert not ranking.model.flags(ranking.model.index(0, rank_column)) \
        & Qt.ItemFlag.ItemIsEditable, "the plenary's ranking is shown read-only"
    page.set_status("4")
    assert errors == []
    consensus = laptop.page(ConsensusPage)
    assert isinstance(consensus, ConsensusPage)
    laptop.go_to(consensus)
    assert not consensus.status.isEnabled()
    consensus.set_status("1")  # were it offered, the core refuses it
    assert errors and "only the group's own" in errors[-1], "the plenary's part is read-only"
    errors.clear()
    laptop.close()

    # Meanwhile the facilitator typed the same group's status on that commitment.
    mine = reads.assessment_of(store, group.uuid, commitment)
    assert mine is not None and mine.status != "4"
    facilitator_page = window.page(AssessmentPage)
    window.go_to(facilitator_page)
    facilitator_page.group.setCurrentIndex(facilitator_page.group.findData(group.uuid))
    facilitator_page.list.select(commitment)
    facilitator_page.set_status("0" if mine.status != "0" else "1")
    here = reads.assessment_of(store, group.uuid, commitment).status  # type: ignore[union-attr]

    # Back on the facilitator's laptop: dropped on the window.
    steps = window.context.undo_stack.count()
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(copy_path))])
    window.dropEvent(QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, data,
                                Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert boxes and "conflicts kept for the plenary: 1" in boxes[-1].text()
    boxes[-1].close()
    assert window.context.undo_stack.count() == steps + 1, "one copy, one undo step"
    (conflict,) = store.records(Conflict)
    assert (conflict.field, conflict.here_value, conflict.copy_value) == (
        "status", f'"{here}"', '"4"')

    consensus = window.page(ConsensusPage)
    window.go_to(consensus)
    consensus.list.status.setCurrentIndex(consensus.list.status.findData(FLAG + "conflict"))
    assert [c.id for c in consensus.list.model.commitments] == [commitment]
    assert consensus.list.model.index(0).data().startswith("\u26a0")
    consensus.list.select(commitment)
    assert consensus.conflicts.isVisibleTo(window)
    assert consensus.resolve(conflict, take_copy=True)
    assert reads.assessment_of(store, group.uuid, commitment).status == "4"  # type: ignore[union-attr]
    assert store.records(Conflict) == [] and not consensus.conflicts.isVisibleTo(window)

    window.undo_action.trigger()  # the choice
    assert len(store.records(Conflict)) == 1
    window.undo_action.trigger()  # the collect, with its record of what was taken
    assert store.records(Conflict) == [] and store.records(CollectedCopy) == []
    assert store.get(Assessment, mine.uuid).status == here  # type: ignore[union-attr]
    assert errors == []
