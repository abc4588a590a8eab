"""A complete small workshop driven through the real widgets, then read back from the file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit

from ui.pages.action_plan import ActionPlanPage
from ui.pages.assessment import AssessmentPage
from ui.pages.consensus import ConsensusPage
from ui.pages.groups import GroupsPage
from ui.pages.people import PeoplePage
from ui.pages.setup import SetupPage
from workshop.file.model import (
    ActionItem,
    Assessment,
    AssistanceNeed,
    Consensus,
    Gap,
    GroupAssignment,
    GroupMember,
    Institution,
    Participant,
    WorkingGroup,
)
from workshop.file.store import WorkshopFile


def type_into_editor(qtbot, text: str) -> None:
    """Type into the cell editor the view just opened, and press Enter."""
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit), editor
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits the editor's data queued


def test_a_whole_workshop_through_the_widgets(window, qtbot, tmp_path: Path, errors) -> None:
    path = tmp_path / "small.workshop"
    assert window.create_workshop(path, country="KE", title="Small workshop",
                                  start_date="2026-05-04", end_date="2026-05-06")
    window.activateWindow()
    qtbot.waitActive(window)
    stack = window.context.undo_stack

    # setup: venue typed (one undo step), chapters 1 and 3 in scope
    setup = window.page(SetupPage)
    window.go_to(setup)
    setup.venue.setFocus()
    qtbot.keyClicks(setup.venue, "Nairobi")
    assert window.context.store.details.venue == "Nairobi"
    assert stack.count() == 1  # seven keystrokes merged into one undo step
    setup.chapter_boxes[1].click()
    setup.chapter_boxes[3].click()
    assert window.context.store.details.chapters == [1, 3]

    # institutions: Add opens the name for typing
    people = window.page(PeoplePage)
    window.go_to(people)
    people.institution_table.add_button.click()
    type_into_editor(qtbot, "Ministry of Health")
    institutions = window.context.store.records(Institution)
    assert [i.name for i in institutions] == ["Ministry of Health"]
    moh = institutions[0].uuid
    people.institutions.setData(people.institutions.index(0, 1), "MoH")

    # participants: a paste of three rows (one new institution) is one undo step
    QGuiApplication.clipboard().setText(
        "MoH\tDirector\tF\tAmina Otieno\n"
        "National Police\tInspector\tmale\tJohn Kamau\n"
        "moh\tNurse\tNot stated\t\n")
    people.participant_table.view.setFocus()
    before = stack.count()
    qtbot.keyClick(people.participant_table.view, Qt.Key.Key_V,
                   Qt.KeyboardModifier.ControlModifier)
    assert stack.count() == before + 1
    assert window.context.store.count(Participant) == 3
    assert window.context.store.count(Institution) == 2
    # quick entry: role typed, Enter adds
    people.entry_institution.setCurrentIndex(people.entry_institution.findData(moh))
    qtbot.keyClicks(people.entry_role, "Pharmacist")
    qtbot.keyClick(people.entry_role, Qt.Key.Key_Return)
    assert window.context.store.count(Participant) == 4
    assert people.entry_role.text() == ""

    # two groups: chapter 1 for the first, chapter 3 and one commitment for the second
    groups = window.page(GroupsPage)
    window.go_to(groups)
    add_button = next(b for b in groups.findChildren(type(people.entry_add))
                      if b.text() == "Add group")
    add_button.click()
    qtbot.keyClicks(groups.name, "Health group")
    groups.chapter_boxes[1].click()
    groups.members.item(0).setCheckState(Qt.CheckState.Checked)
    add_button.click()
    groups.chapter_boxes[3].click()
    groups.members.item(1).setCheckState(Qt.CheckState.Checked)
    store = window.context.store
    group_records = store.records(WorkingGroup, order_by="position")
    assert [g.name for g in group_records] == ["Health group", "Group 2"]
    first, second = (g.uuid for g in group_records)
    assert store.group_commitments(first) and store.group_commitments(second)
    assert store.count(GroupMember) == 2

    # assessment from the keyboard, group by group
    assessment = window.page(AssessmentPage)
    window.go_to(assessment)
    assessment.group.setCurrentIndex(assessment.group.findData(first))
    view = assessment.list.view
    view.setFocus()
    first_cid = assessment.list.current()
    qtbot.keyClick(view, Qt.Key.Key_2)
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    second_cid = assessment.list.current()
    assert second_cid != first_cid
    qtbot.keyClick(view, Qt.Key.Key_N)
    qtbot.keyClick(view, Qt.Key.Key_PageUp)
    assert assessment.list.current() == first_cid
    measures = assessment.texts["measures"].editor
    measures.setFocus()
    qtbot.keyClicks(measures, "National strategy 2024")
    # a gap and a need for this commitment
    assessment.gap_table.add_button.click()
    type_into_editor(qtbot, "No treatment outside the capital")
    assessment.gap_table.view.selectRow(0)
    assessment.need_table.add_button.click()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assessment.group.setCurrentIndex(assessment.group.findData(second))
    assessment.list.view.setFocus()
    qtbot.keyClick(assessment.list.view, Qt.Key.Key_3)
    second_group_cid = assessment.list.current()

    status = {(a.group_uuid, a.commitment_id): a for a in store.records(Assessment)}
    assert status[(first, first_cid)].status == "2"
    assert status[(first, first_cid)].measures == "National strategy 2024"
    assert status[(first, second_cid)].status == "na"
    assert status[(second, second_group_cid)].status == "3"

    # plenary consensus with one key press, dissent typed
    consensus = window.page(ConsensusPage)
    window.go_to(consensus)
    consensus.list.select(first_cid)
    consensus.list.view.setFocus()
    qtbot.keyClick(consensus.list.view, Qt.Key.Key_2)
    consensus.dissent.setFocus()
    qtbot.keyClicks(consensus.dissent, "Police sees it lower.")
    agreed = store.records(Consensus)
    assert [(c.commitment_id, c.status, c.dissent) for c in agreed] == [
        (first_cid, "2", "Police sees it lower.")]

    # an action for the gap
    plan = window.page(ActionPlanPage)
    window.go_to(plan)
    plan.table.add_button.click()
    type_into_editor(qtbot, "Open two regional clinics")
    actions = store.records(ActionItem)
    assert [a.description for a in actions] == ["Open two regional clinics"]
    assert actions[0].gap_uuid == store.records(Gap)[0].uuid

    # undo and redo: the action's description, then the action itself
    window.undo_action.trigger()
    assert store.records(ActionItem)[0].description == "New action"
    window.undo_action.trigger()
    assert store.count(ActionItem) == 0
    window.redo_action.trigger()
    window.redo_action.trigger()
    assert store.records(ActionItem)[0].description == "Open two regional clinics"
    # saved once the disk has it: the sync thread says so through the event loop
    qtbot.waitUntil(lambda: window.saved_label.text()
                    == f"All changes saved (revision {store.revision})", timeout=10000)
    assert errors == []
    window.close()

    with WorkshopFile.open(path) as reopened:
        assert reopened.details.venue == "Nairobi"
        assert reopened.details.chapters == [1, 3]
        assert {i.acronym for i in reopened.records(Institution)} == {"MoH", ""}
        people_rows = reopened.records(Participant)
        assert [p.name for p in people_rows][:2] == ["Amina Otieno", "John Kamau"]
        assert [p.sex for p in people_rows] == ["female", "male", "not_stated", "not_stated"]
        assert reopened.count(WorkingGroup) == 2
        assert reopened.count(GroupAssignment) == 2
        assert {(a.group_uuid, a.commitment_id, a.status)
                for a in reopened.records(Assessment)} == {
            (first, first_cid, "2"), (first, second_cid, "na"),
            (second, second_group_cid, "3")}
        assert reopened.records(Consensus)[0].dissent == "Police sees it lower."
        gap = reopened.records(Gap)[0]
        assert gap.description == "No treatment outside the capital"
        need = reopened.records(AssistanceNeed)[0]
        assert need.gap_uuid == gap.uuid and need.commitment_id == first_cid
        assert reopened.records(ActionItem)[0].description == "Open two regional clinics"
