"""The pages one by one on the demo workshop: keys, filters, undo, projector, results."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from ui.pages.assessment import AssessmentPage
from ui.pages.consensus import ConsensusPage
from ui.pages.coordination import CoordinationPage
from ui.pages.evaluation import EvaluationPage
from ui.pages.people import PeoplePage
from ui.pages.ranking import RankingPage
from ui.pages.results import ResultsPage
from workshop.analysis import summarize
from workshop.file.model import Assessment, CoordinationEntry, EvaluationAnswer, Gap, Participant


def test_projector_mode_keys(window, demo_path: Path, qtbot) -> None:
    window.open_file(demo_path)
    consensus = window.page(ConsensusPage)
    window.go_to(consensus)
    start = consensus.list.current()
    window.projector_action.trigger()
    projector = window.projector
    assert projector is not None and projector.isFullScreen()
    assert projector.current() == start
    assert "reference not yet checked" in projector.heading.text() or \
        window.context.store.catalog.commitment(start).reference_checked
    qtbot.keyClick(projector, Qt.Key.Key_Right)
    qtbot.keyClick(projector, Qt.Key.Key_Right)
    qtbot.keyClick(projector, Qt.Key.Key_Left)
    second = projector.current()
    assert second != start
    assert "2 of" in projector.footer.text()
    assert window.context.store.catalog.commitment(second).summary in \
        projector.body.toPlainText()
    qtbot.keyClick(projector, Qt.Key.Key_Escape)
    assert window.projector is None
    assert consensus.list.current() == second


def test_projector_opens_with_f5_follows_edits_and_lets_go_when_left(window, demo_path: Path,
                                                                    qtbot) -> None:
    from ui import commands

    window.open_file(demo_path)
    window.go_to(window.page(ConsensusPage))
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    projector = window.projector
    assert projector is not None and projector.isFullScreen()
    # the keys go to the projector once it is the active window, as on a real screen
    qtbot.waitUntil(lambda: QApplication.activeWindow() is projector)
    first = projector.position
    for step, key in enumerate((Qt.Key.Key_Down, Qt.Key.Key_Space, Qt.Key.Key_PageDown), 1):
        qtbot.keyClick(projector, key)
        assert projector.position == first + step, key
    assert f"{first + 4} of" in projector.footer.text()
    qtbot.keyClick(projector, Qt.Key.Key_Up)
    qtbot.keyClick(projector, Qt.Key.Key_PageUp)
    assert projector.position == first + 1
    shown = projector.current()
    # an edit made meanwhile (the plenary agrees) shows at once on the projector
    commands.set_consensus(window.context, "Consensus", shown, status="na")
    assert "Not applicable" in projector.body.toPlainText()
    qtbot.keyClick(projector, Qt.Key.Key_Escape)
    assert window.projector is None
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the projector is gone
    # the closed projector no longer listens: later edits reach only the live pages
    commands.set_consensus(window.context, "Consensus", shown, status="4")
    window.context.undo_stack.undo()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.projector is not None and window.projector is not projector
    qtbot.keyClick(window.projector, Qt.Key.Key_Escape)


def test_coordination_cell_cycles_and_undoes(window, demo_path: Path, qtbot) -> None:
    window.open_file(demo_path)
    page = window.page(CoordinationPage)
    window.go_to(page)
    store = window.context.store
    model = page.model
    empty = next(model.index(r, c) for r in range(model.rowCount())
                 for c in range(model.columnCount()) if model.entry(model.index(r, c)) is None)
    before = store.count(CoordinationEntry)
    page.view.setCurrentIndex(empty)
    qtbot.keyClick(page.view, Qt.Key.Key_Space)
    assert model.index(empty.row(), empty.column()).data() == "Contributes"
    qtbot.keyClick(page.view, Qt.Key.Key_Space)
    assert model.index(empty.row(), empty.column()).data() == "Leads"
    qtbot.keyClick(page.view, Qt.Key.Key_Space)
    assert model.index(empty.row(), empty.column()).data() == ""
    assert store.count(CoordinationEntry) == before
    window.undo_action.trigger()
    assert model.index(empty.row(), empty.column()).data() == "Leads"


def test_assessment_filters_and_reference_note(window, demo_path: Path, qtbot) -> None:
    window.open_file(demo_path)
    page = window.page(AssessmentPage)
    window.go_to(page)
    catalog = window.context.store.catalog
    everything = page.list.model.rowCount()
    assert everything > 1
    commitment = catalog.commitment(page.list.current())
    if not commitment.reference_checked:
        assert "(reference not yet checked)" in page.reference.text()
    page.list.search.setText(commitment.title)
    assert page.list.current() == commitment.id
    assert all(commitment.title.casefold() in c.title.casefold() or
               commitment.title.casefold() in c.summary.casefold()
               for c in page.list.model.commitments)
    page.list.search.clear()
    page.list.status.setCurrentIndex(page.list.status.findData("-"))
    assert page.list.model.rowCount() == 0  # the demo group assessed everything
    page.list.status.setCurrentIndex(0)
    chapter = commitment.chapter
    page.list.chapter.setCurrentIndex(page.list.chapter.findData(chapter))
    assert {c.chapter for c in page.list.model.commitments} == {chapter}
    page.list.chapter.setCurrentIndex(0)
    assert page.list.model.rowCount() == everything


def test_typing_is_one_undo_step(window, demo_path: Path, qtbot) -> None:
    window.open_file(demo_path)
    page = window.page(AssessmentPage)
    window.go_to(page)
    group, cid = page.current_group(), page.list.current()
    store = window.context.store

    def notes() -> str:
        return store.records(Assessment, "group_uuid = ? AND commitment_id = ?",
                             [group, cid])[0].notes

    original = notes()
    editor = page.texts["notes"].editor
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, " Checked with the ministry.")
    assert notes() == original + " Checked with the ministry."
    window.undo_action.trigger()
    assert notes() == original
    assert editor.toPlainText() == original
    window.redo_action.trigger()
    assert notes() == original + " Checked with the ministry."


def test_status_keys_on_the_list(window, demo_path: Path, qtbot) -> None:
    window.open_file(demo_path)
    page = window.page(AssessmentPage)
    window.go_to(page)
    store = window.context.store
    group, cid = page.current_group(), page.list.current()
    for key, status in ((Qt.Key.Key_0, "0"), (Qt.Key.Key_4, "4"), (Qt.Key.Key_N, "na")):
        qtbot.keyClick(page.list.view, key)
        assert store.records(Assessment, "group_uuid = ? AND commitment_id = ?",
                             [group, cid])[0].status == status
        assert page.status.buttons[status].isChecked()
    qtbot.keyClicks(page.list.view, "?")
    assert store.records(Assessment, "group_uuid = ? AND commitment_id = ?",
                         [group, cid])[0].status == "unknown"


def test_consensus_shows_the_groups_side_by_side(window, demo_path: Path, qtbot) -> None:
    window.open_file(demo_path)
    page = window.page(ConsensusPage)
    window.go_to(page)
    assert page.answers.rowCount() >= 1
    assert page.answers.item(0, 0).text().startswith("Group")
    qtbot.keyClick(page.list.view, Qt.Key.Key_1)
    assert page.status.buttons["1"].isChecked()


def test_a_bad_paste_adds_nothing(window, demo_path: Path, errors) -> None:
    window.open_file(demo_path)
    page = window.page(PeoplePage)
    window.go_to(page)
    before = window.context.store.count(Participant)
    QGuiApplication.clipboard().setText("MoH\tDirector\tfemale\tA\nMoH\tAnalyst\tyes\tB\n")
    page.paste_button.click()
    assert window.context.store.count(Participant) == before
    assert len(errors) == 1 and "Row 2" in errors[0]


def test_gap_ranking_by_votes_and_sorting(window, demo_path: Path) -> None:
    window.open_file(demo_path)
    page = window.page(RankingPage)
    window.go_to(page)
    page.rank_by_votes()
    gaps = sorted(window.context.store.records(Gap), key=lambda g: g.rank)
    assert [g.rank for g in gaps] == list(range(1, len(gaps) + 1))
    assert [g.votes for g in gaps] == sorted((g.votes for g in gaps), reverse=True)
    votes = next(c for c in range(page.model.columnCount())
                 if page.model.spec.columns[c].field == "votes")
    page.table.view.sortByColumn(votes, Qt.SortOrder.DescendingOrder)
    shown = [int(page.table.proxy.index(r, votes).data())
             for r in range(page.table.proxy.rowCount())]
    assert shown == sorted(shown, reverse=True)
    window.undo_action.trigger()
    assert any(g.rank is None for g in window.context.store.records(Gap))


def test_evaluation_answers(window, demo_path: Path) -> None:
    window.open_file(demo_path)
    page = window.page(EvaluationPage)
    window.go_to(page)
    question = page.question()
    before = window.context.store.count(EvaluationAnswer)
    page.table.add_button.click()
    assert window.context.store.count(EvaluationAnswer) == before + 1
    assert page.score.rowCount() == len(window.context.store.records(
        EvaluationAnswer, "question_id = ?", [question.id]))


def test_results_show_the_figures_of_summarize(window, demo_path: Path) -> None:
    window.open_file(demo_path)
    page = window.page(ResultsPage)
    window.go_to(page)
    figures = summarize(window.context.store)
    assert page.figures == figures
    counts = figures["counts"]
    assert f"Gaps: {counts['gaps']}" in page.totals.text()
    assert page.counts.item(0, 0).text() == str(counts["gaps_by_priority"]["high"])
    assert len(page.heat_map.rows) == 7
    assert not page.heat_map.grab().isNull()


def test_typing_then_moving_on_saves_to_the_commitment_typed_on(window, demo_path: Path, qtbot,
                                                                monkeypatch) -> None:
    from ui.widgets.text_binder import TextBinder

    monkeypatch.setattr(TextBinder, "delay_ms", 10_000)  # the pause has not come yet
    window.open_file(demo_path)
    page = window.page(AssessmentPage)
    window.go_to(page)
    store = window.context.store
    group, first = page.current_group(), page.list.current()
    editor = page.texts["evidence"].editor
    editor.setPlainText("Survey 2025")
    page.list.go_by(1)
    second = page.list.current()
    assert second != first

    def evidence(cid: str) -> str:
        return store.records(Assessment, "group_uuid = ? AND commitment_id = ?",
                             [group, cid])[0].evidence

    assert evidence(first) == "Survey 2025"
    assert evidence(second) != "Survey 2025"
    assert editor.toPlainText() == evidence(second)


def test_a_refused_edit_shows_one_message_and_keeps_no_undo_step(window, demo_path: Path,
                                                                 errors) -> None:
    from workshop.file.model import Institution

    window.open_file(demo_path)
    page = window.page(PeoplePage)
    window.go_to(page)
    stack = window.context.undo_stack
    name = page.institutions.rows[0].name
    assert not page.institutions.setData(page.institutions.index(0, 0), "   ")
    assert len(errors) == 1 and "name" in errors[0]
    assert stack.count() == 0
    uuid = page.institutions.rows[0].uuid
    assert window.context.store.get(Institution, uuid).name == name
    assert page.institutions.index(0, 0).data() == name


def test_participants_dragged_onto_a_group_join_it_in_one_undo_step(window, demo_path: Path
                                                                    ) -> None:
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QDropEvent

    from ui.pages.groups import GroupsPage
    from workshop.file.model import GroupMember

    window.open_file(demo_path)
    page = window.page(GroupsPage)
    window.go_to(page)
    store = window.context.store
    page.groups.setCurrentRow(0)
    target = page.groups.item(1)
    target_uuid = target.data(Qt.ItemDataRole.UserRole)
    in_target = {m.participant_uuid for m in store.records(GroupMember, "group_uuid = ?",
                                                           [target_uuid])}
    rows = [r for r in range(page.members.count())
            if page.members.item(r).data(Qt.ItemDataRole.UserRole) not in in_target][:2]
    rows.append(next(r for r in range(page.members.count())
                     if page.members.item(r).data(Qt.ItemDataRole.UserRole) in in_target))
    dragged = [page.members.item(r) for r in rows]
    payload = page.members.mimeData(dragged)
    where = QPointF(page.groups.visualItemRect(target).center())
    # the drag is welcome over a group, and only a drag of participants (the enter and move
    # events take a QPoint before PySide6 6.12, a QPointF from then on)
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent

    try:
        QDragEnterEvent(where, Qt.DropAction.CopyAction, QMimeData(), Qt.MouseButton.LeftButton,
                        Qt.KeyboardModifier.NoModifier)
        over = where
    except TypeError:
        over = where.toPoint()

    for mime, welcome in ((payload, True), (QMimeData(), False)):
        if not welcome:
            mime.setText("not participants")
        enter = QDragEnterEvent(over, Qt.DropAction.CopyAction, mime,
                                Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        page.groups.dragEnterEvent(enter)
        move = QDragMoveEvent(over, Qt.DropAction.CopyAction, mime,
                              Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        page.groups.dragMoveEvent(move)
        assert (enter.isAccepted(), move.isAccepted()) == (welcome, welcome)
    before = store.count(GroupMember)
    drop = QDropEvent(where, Qt.DropAction.CopyAction, payload, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    page.groups.dropEvent(drop)
    assert drop.isAccepted()
    assert store.count(GroupMember) == before + 2  # the one already in the group is skipped
    window.undo_action.trigger()
    assert store.count(GroupMember) == before

    foreign = QMimeData()
    foreign.setText("Robert'); DROP TABLE group_member;--")
    refused = QDropEvent(where, Qt.DropAction.CopyAction, foreign, Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.NoModifier)
    page.groups.dropEvent(refused)
    assert not refused.isAccepted()
    assert store.count(GroupMember) == before


def test_a_report_that_cannot_be_written_is_one_message_and_no_file(window, demo_path: Path,
                                                                     tmp_path: Path,
                                                                     errors) -> None:
    window.open_file(demo_path)
    page = window.page(ResultsPage)
    window.go_to(page)
    assert page.reports.buttons  # every report the core can write has a button
    target = tmp_path / "no-such-folder" / "results.xlsx"
    page.reports.export("full", "xlsx", target)
    assert len(errors) == 1 and "cannot be written" in errors[0] and "\n" not in errors[0]
    assert not target.parent.exists()
    assert page.reports.last_report is None


def test_the_results_page_exports_the_full_workbook(window, demo_path: Path, tmp_path: Path,
                                                    monkeypatch, errors) -> None:
    import openpyxl
    from PySide6.QtWidgets import QFileDialog

    window.open_file(demo_path)
    page = window.page(ResultsPage)
    window.go_to(page)
    target = tmp_path / "results.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.reports.buttons[("full", "xlsx")].click()
    assert errors == []
    assert page.reports.last_report == target
    assert "Report written" in window.statusBar().currentMessage()
    book = openpyxl.load_workbook(target)
    gaps = book["Gaps"]
    assert gaps.max_row - 1 == page.figures["counts"]["gaps"]
    # recorded in the file the window holds open, so that its review can be read back
    export_id = next(row[1].value for row in book["_workshop"].iter_rows()
                     if row[0].value == "export_id")
    assert window.context.store.workbook_export(export_id) is not None
    gaps["K2"] = "Still a gap."
    cover = book["Workshop"]
    name_row = next(r[0].row for r in cover.iter_rows() if r[0].value == "Reviewer's name")
    cover.cell(name_row, 2).value = "Ministry of Health"
    book.save(target)
    preview = window.preview_review(target)
    assert preview is not None and preview.reviews.rowCount() == 1 and errors == []
    preview.reject()


def test_a_read_only_workshop_writes_no_full_workbook_it_cannot_record(
        window, demo_path: Path, tmp_path: Path, monkeypatch, errors) -> None:
    monkeypatch.setattr("ui.main_window.is_writable", lambda path: False)
    window.open_file(demo_path)
    assert window.context.read_only
    page = window.page(ResultsPage)
    window.go_to(page)
    target = tmp_path / "results.xlsx"
    page.reports.export("full", "xlsx", target)
    assert len(errors) == 1 and "is read-only" in errors[0] and "\n" not in errors[0]
    assert not target.exists() and page.reports.last_report is None
    page.reports.export("gap", "pdf", tmp_path / "gap.pdf")  # the other reports are written
    assert len(errors) == 1 and (tmp_path / "gap.pdf").exists()


def test_the_gap_report_names_participants_only_when_asked(window, demo_path: Path,
                                                           tmp_path: Path, monkeypatch,
                                                           errors) -> None:
    import pypdf
    from PySide6.QtWidgets import QFileDialog

    window.open_file(demo_path)
    page = window.page(ResultsPage)
    window.go_to(page)
    name = next(p.name for p in window.context.store.records(Participant) if p.name)
    assert not page.reports.names.isChecked()  # off unless asked, every time
    written = {}
    for asked in (False, True):
        page.reports.names.setChecked(asked)
        target = tmp_path / f"gap-{asked}.pdf"
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            lambda *a, t=target, **k: (str(t), ""))
        page.reports.buttons[("gap", "pdf")].click()
        written[asked] = " ".join(p.extract_text() for p in pypdf.PdfReader(target).pages)
    assert errors == []
    assert name not in written[False] and "List of participants" not in written[False]
    assert name in written[True] and "List of participants" in written[True]
    # the other reports never hold names, whatever the box says
    target = tmp_path / "full.xlsx"
    page.reports.export("full", "xlsx", target)
    assert errors == [] and target.exists()


def test_reports_are_written_in_the_language_chosen(window, demo_path: Path, tmp_path: Path,
                                                    errors) -> None:
    import pypdf

    from workshop.languages.i18n import tr

    window.open_file(demo_path)
    page = window.page(ResultsPage)
    window.go_to(page)
    choice = page.reports.language
    assert choice.currentData() is None  # the workshop's own language, as on the command line
    choice.setCurrentIndex(choice.findData("fr"))
    target = tmp_path / "gap-fr.pdf"
    page.reports.export("gap", "pdf", target)
    cover = pypdf.PdfReader(target).pages[0].extract_text()
    assert errors == [] and tr("Gap report", "fr") in cover and "Gap report" not in cover


def test_a_page_not_shown_catches_up_with_edits_when_shown_again(window, demo_path: Path,
                                                                 errors) -> None:
    from ui import commands
    from ui.pages.setup import SetupPage
    from workshop.file.model import Institution, new_uuid

    window.open_file(demo_path)
    people = window.page(PeoplePage)
    window.go_to(people)
    before = people.entry_institution.count()
    window.go_to(window.page(SetupPage))
    commands.add(window.context, "Add", Institution(uuid=new_uuid(), name="Ministry of Youth"))
    assert people.stale and people.entry_institution.count() == before  # not refreshed yet
    window.go_to(people)
    assert not people.stale and people.entry_institution.count() == before + 1
    commands.add(window.context, "Add", Institution(uuid=new_uuid(), name="Ministry of Sport"))
    assert people.entry_institution.count() == before + 2  # the page shown: at once
    assert errors == []


def test_typing_is_saved_when_the_field_loses_the_focus(qtbot, monkeypatch) -> None:
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

    from ui.widgets.text_binder import TextBinder

    monkeypatch.setattr(TextBinder, "delay_ms", 60_000)  # only the focus leaving saves
    holder = QWidget()
    qtbot.addWidget(holder)
    line, text, other = QLineEdit(holder), QPlainTextEdit(holder), QLineEdit(holder)
    layout = QVBoxLayout(holder)
    for widget in (line, text, other):
        layout.addWidget(widget)
    saved: list[str] = []
    TextBinder(line, saved.append)
    TextBinder(text, saved.append)
    holder.show()
    holder.activateWindow()
    qtbot.waitUntil(holder.isActiveWindow)
    for editor, typed in ((line, "Ministry"), (text, "Two clinics")):
        editor.setFocus()
        qtbot.waitUntil(editor.hasFocus)
        qtbot.keyClicks(editor, typed)
        assert saved[-1:] != [typed]  # still typing: nothing saved yet
        other.setFocus()
        qtbot.waitUntil(lambda: saved[-1:] == [typed])  # noqa: B023 - waited on at once


def test_a_status_key_moves_on_when_the_facilitator_chose_so(window, demo_path: Path,
                                                              qtbot) -> None:
    from ui import settings

    window.open_file(demo_path)
    page = window.page(AssessmentPage)
    window.go_to(page)
    store = window.context.store
    group = page.current_group()
    first = page.list.current()
    qtbot.keyClick(page.list.view, Qt.Key.Key_2)
    assert page.list.current() == first, "off by default: the key sets, the list stays"
    page.list.advance.setChecked(True)
    assert settings.advance_after_status()
    order = [c.id for c in page.list.model.commitments]
    for key, status in ((Qt.Key.Key_3, "3"), (Qt.Key.Key_1, "1")):
        shown = page.list.current()
        qtbot.keyClick(page.list.view, key)
        assert store.records(Assessment, "group_uuid = ? AND commitment_id = ?",
                             [group, shown])[0].status == status
        assert page.list.current() == order[order.index(shown) + 1]
    consensus = window.page(ConsensusPage)
    assert consensus.list.advance.isChecked(), "one choice for both lists, remembered"


def test_the_chosen_status_is_shown_in_its_colour(window, demo_path: Path) -> None:
    from ui.widgets.heat_map import STATUS_COLOURS
    from ui.widgets.status_buttons import chosen_style

    window.open_file(demo_path)
    page = window.page(AssessmentPage)
    window.go_to(page)
    page.set_status("0")
    button = page.status.buttons["0"]
    assert button.isChecked()
    assert STATUS_COLOURS["0"].lower() in button.styleSheet().lower()
    assert "color: #000000" in chosen_style("2") and "color: #ffffff" in chosen_style("0")
    rendered = button.grab().toImage()
    centre = rendered.pixelColor(4, rendered.height() // 2)
    assert centre.name().lower() == STATUS_COLOURS["0"].lower()


def test_keys_add_a_gap_and_a_need_and_the_buttons_stay_put(window, demo_path: Path,
                                                           qtbot) -> None:
    window.open_file(demo_path)
    page = window.page(AssessmentPage)
    window.go_to(page)
    store = window.context.store
    group, cid = page.current_group(), page.list.current()
    before = len(store.records(Gap, "group_uuid = ? AND commitment_id = ?", [group, cid]))
    page.list.view.setFocus()
    qtbot.keyClick(page.list.view, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert len(store.records(Gap, "group_uuid = ? AND commitment_id = ?",
                            [group, cid])) == before + 1
    view = page.gap_table.view
    assert view.state() == view.State.EditingState, "the cursor is in the new gap's text"
    qtbot.keyClick(view.focusWidget(), Qt.Key.Key_Escape)
    needs = len(page.needs.rows)
    qtbot.keyClick(page.list.view, Qt.Key.Key_G,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert len(page.needs.rows) == needs + 1
    where = []
    for row in range(3):
        page.list.view.setCurrentIndex(page.list.model.index(row))
        QApplication.processEvents()
        where.append(page.gap_table.add_button.mapTo(page.detail, page.gap_table.add_button.rect()
                                                     .topLeft()))
    assert len(set(where)) == 1, "the Add button stays where it was"


def test_the_plenary_marks_and_filters_commitments_and_takes_a_groups_status(
        window, demo_path: Path, qtbot) -> None:
    from ui.models import UUID_ROLE
    from ui.pages.consensus import group_answers
    from ui.widgets.commitment_list import FLAG
    from workshop.file import reads
    from workshop.file.model import Consensus
    from workshop.file.store import WorkshopFile

    with WorkshopFile.open(demo_path) as store:
        untouched = store.commitments_in_scope()[-1]  # one no group has assessed yet
        for assessment in reads.assessments_of_commitment(store, untouched):
            store.remove(Assessment, assessment.uuid)
        disputed = store.commitments_in_scope()[0]  # one a second group sees otherwise
        (mine,) = reads.assessments_of_commitment(store, disputed)
        other = next(g for g in reads.working_groups(store) if g.uuid != mine.group_uuid)
        store.set_assessment(other.uuid, disputed, status="4" if mine.status != "4" else "0")
    window.open_file(demo_path)
    store = window.context.store
    page = window.page(ConsensusPage)
    window.go_to(page)
    statuses: dict[str, set[str]] = {}
    for a in reads.all_assessments(store):
        statuses.setdefault(a.commitment_id, set()).add(a.status)
    differ = {cid for cid, found in statuses.items() if len(found) > 1}
    gaps = {g.commitment_id for g in reads.gaps_by_rank(store)}
    assert differ == {disputed} and gaps
    for key, expected in (("differ", differ), ("gaps", gaps), ("not_assessed", {untouched})):
        page.list.status.setCurrentIndex(page.list.status.findData(FLAG + key))
        assert {c.id for c in page.list.model.commitments} == expected, key
    page.list.status.setCurrentIndex(page.list.status.findData(FLAG + "differ"))
    first = page.list.model.index(0)
    assert first.data().startswith("\u2260"), "the list marks where the groups differ"
    cid = first.data(UUID_ROLE)
    page.list.select(cid)
    row = next(i for i, answer in enumerate(group_answers(store, cid))
               if answer["status"] is not None)
    wanted = group_answers(store, cid)[row]["status"]
    page.list.view.setFocus()
    qtbot.keyClick(page.list.view, Qt.Key(Qt.Key.Key_1 + row),
                   Qt.KeyboardModifier.ControlModifier)
    assert store.records(Consensus, "commitment_id = ?", [cid])[0].status == wanted
    assert page.status.buttons[wanted].isChecked()


def test_the_gap_count_says_one_gap_and_keeps_up(window, demo_path: Path, monkeypatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    from ui import language
    from workshop.file.model import Gap as GapRecord

    language.install("en")  # as every start does: English has its plural forms too
    window.open_file(demo_path)
    page = window.page(RankingPage)
    window.go_to(page)
    store = window.context.store
    assert page.count.text() == f"{len(store.records(GapRecord))} gaps"
    asked: list[list[str]] = []

    def answer(_parent, _title, _label, items, _current, _editable):
        asked.append(list(items))
        return items[2], True

    monkeypatch.setattr(QInputDialog, "getItem", answer)
    page.add_gap()
    assert page.count.text() == f"{len(store.records(GapRecord))} gaps"
    newest = [g for g in store.records(GapRecord) if g.description == "New gap"]
    third = window.context.catalog.commitment(store.commitments_in_scope()[2])
    assert asked and newest and third is not None and newest[0].commitment_id == third.id
    keep = store.records(GapRecord)[0].uuid
    from ui import commands

    commands.remove(window.context, "Remove", GapRecord,
                    *[g.uuid for g in store.records(GapRecord) if g.uuid != keep])
    assert page.count.text() == "1 gap"


def test_a_gap_on_a_not_applicable_commitment_gets_a_word(window, demo_path: Path) -> None:
    window.open_file(demo_path)
    page = window.page(AssessmentPage)
    window.go_to(page)
    page.set_status("na")
    page.add_gap()
    assert page.notice.isVisibleTo(window) and "not applicable" in page.notice.text()
    page.list.go_by(1)
    assert not page.notice.isVisibleTo(window)
    page.set_status("2")
    page.add_gap()
    assert not page.notice.isVisibleTo(window)


def test_the_new_workshop_dialog_says_where_the_file_goes(window, tmp_path: Path) -> None:
    from ui.dialogs import NewWorkshopDialog

    dialog = NewWorkshopDialog(window, str(tmp_path))
    assert str(tmp_path) in dialog.where.text()


def test_the_projector_follows_the_page_and_sizes_its_type_to_the_screen(
        window, demo_path: Path) -> None:
    from ui.pages.action_plan import ActionPlanPage
    from ui.projector import ACTIONS, COMMITMENTS, GAPS, RESULTS, ROWS_PER_SCREEN
    from workshop.file import reads

    window.open_file(demo_path)
    store = window.context.store
    for page_type, kind in ((ConsensusPage, COMMITMENTS), (RankingPage, GAPS),
                            (ActionPlanPage, ACTIONS), (ResultsPage, RESULTS)):
        window.go_to(window.page(page_type))
        window.show_projector()
        projector = window.projector
        assert projector.kind == kind
        text = projector.body.toPlainText()
        if kind == GAPS:
            ranked = reads.gaps_by_rank(store)
            assert ranked[0].description in text
            assert ranked[ROWS_PER_SCREEN].description not in text
            projector.go_by(1)
            assert ranked[ROWS_PER_SCREEN].description in projector.body.toPlainText()
        elif kind == ACTIONS:
            assert reads.actions_by_deadline(store)[0].description in text
        elif kind == RESULTS:
            assert "Demand reduction" in text or "1." in text
        projector.close()
    window.go_to(window.page(ConsensusPage))
    window.show_projector()
    projector = window.projector
    projector.fit_to(1080)
    big = projector.font().pixelSize()
    projector.fit_to(600)
    assert big == 1080 // 30 and projector.font().pixelSize() == 20 < big
    projector.close()


def test_chapters_out_of_scope_are_hidden_and_institutions_listed_in_full(
        window, demo_path: Path) -> None:
    from ui.pages.groups import GroupsPage
    from workshop.file import reads
    from workshop.file.store import WorkshopFile

    with WorkshopFile.open(demo_path) as store:
        store.update_details(chapters=[1, 2])
        in_scope = reads.chapters_in_scope(store)
    assert in_scope == {1, 2}
    window.open_file(demo_path)
    results = window.page(ResultsPage)
    window.go_to(results)
    assert [label.split(".")[0] for label, _ in results.heat_map.rows] == ["1", "2"]
    groups = window.page(GroupsPage)
    window.go_to(groups)
    assigned = {a.chapter for a in reads.group_assignments(window.context.store,
                                                             groups.current_group())
                if a.chapter is not None}
    shown = {n for n, box in groups.chapter_boxes.items() if box.isVisibleTo(groups)}
    assert shown == in_scope | assigned
    people = window.page(PeoplePage)
    window.go_to(people)
    institutions = reads.institutions_in_order(window.context.store)
    combo = [people.entry_institution.itemText(i)
             for i in range(people.entry_institution.count())]
    assert len(combo) == len(institutions)
    assert all(text.startswith(i.name) for text, i in zip(combo, institutions, strict=True))


def test_the_commitment_header_names_no_english_document_in_another_language(
        window, demo_path: Path) -> None:
    from ui import language

    window.open_file(demo_path)
    page = window.page(AssessmentPage)
    window.go_to(page)
    commitment = window.context.catalog.commitment(page.list.current())
    assert commitment.reference in page.reference.text()
    language.install("ar")
    window.retranslate()
    page = window.page(AssessmentPage)
    window.go_to(page)
    text = page.reference.text()
    assert commitment.short_reference in text and "outcome document" not in text
    language.install("en")


def test_a_follow_up_workshop_shows_its_baseline_in_the_window(window, demo_path: Path,
                                                               tmp_path: Path, errors) -> None:
    from ui.pages.setup import SetupPage
    from ui.widgets.commitment_list import FLAG
    from workshop.demo import build_demo
    from workshop.file.model import Consensus
    from workshop.file.store import WorkshopFile

    earlier = tmp_path / "earlier.workshop"
    build_demo(earlier, seed=5).close()
    with WorkshopFile.open(earlier) as store:
        store.update_details(start_date="2024-02-01", end_date="2024-02-03")
        before = {c.commitment_id: c.status for c in store.records(Consensus)}
    window.open_file(demo_path)
    setup = window.page(SetupPage)
    window.go_to(setup)
    assert "No baseline" in setup.baseline_label.text()
    assert setup.take_baseline(earlier) and errors == []
    assert "2024-02-01" in setup.baseline_label.text()
    store = window.context.store
    now = {c.commitment_id: c.status for c in store.records(Consensus)}
    changed = {cid for cid, status in now.items() if cid in before and before[cid] != status}
    consensus = window.page(ConsensusPage)
    window.go_to(consensus)
    consensus.list.status.setCurrentIndex(consensus.list.status.findData(FLAG + "changed"))
    assert {c.id for c in consensus.list.model.commitments} == changed
    assert consensus.baseline.isVisibleTo(window) and "2024-02-01" in consensus.baseline.text()
    results = window.page(ResultsPage)
    window.go_to(results)
    assert results.progress_since.isVisibleTo(window)
    last = results.since_table.rowCount() - 1
    figures = summarize(store)["progress"]
    assert [results.since_table.item(last, c).text() for c in range(1, 5)] == [
        str(figures[k]) for k in ("improved", "unchanged", "worsened", "no_baseline")]
    assert not setup.take_baseline(demo_path), "the same workshop is refused"
    assert errors and "same workshop" in errors[-1]


def test_the_needs_table_gives_its_room_to_what_is_needed(window, demo_path: Path) -> None:
    from PySide6.QtWidgets import QHeaderView

    window.open_file(demo_path)
    page = window.page(AssessmentPage)
    window.go_to(page)
    columns = [c.field for c in page.needs.spec.columns]
    header = page.need_table.view.horizontalHeader()
    assert header.sectionResizeMode(columns.index("description")) == \
        QHeaderView.ResizeMode.Stretch
