"""Plenary consensus: the groups' answers side by side, one agreed status per commitment.

The consensus is set with one key press (0-4, N, ?) on the list; dissent and notes are typed
beside it. Groups that did not assess the commitment are shown as such.
"""

from __future__ import annotations

import html
import json
from typing import TypedDict

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui import commands
from ui.context import WorkshopContext
from ui.models import labels
from ui.pages.assessment import add_navigation_keys, reference_text
from ui.pages.exercise_base import ExercisePage
from ui.widgets.commitment_list import CommitmentList
from ui.widgets.read_only_table import read_only_table
from ui.widgets.scrolling import scroll_area
from ui.widgets.status_buttons import StatusButtons
from ui.widgets.text_binder import TextBinder
from workshop.catalogs.exercises import Exercise
from workshop.exchange.collect import resolution_edits
from workshop.file import reads
from workshop.file.model import PRIORITIES, STATUSES, Conflict, Consensus
from workshop.file.store import WorkshopFile
from workshop.progress import baseline_then


class GroupAnswer(TypedDict):
    """One group's answer on a commitment, as the plenary and the projector show it."""

    group: str
    status: str | None  # None: not assessed
    measures: str
    evidence: str
    notes: str
    gaps: str  # the group's gaps on it, one a line


def group_answers(store: WorkshopFile, commitment_id: str) -> list[GroupAnswer]:
    """Each group's answer on a commitment: name, status (or None), measures, notes, gaps."""
    answers: list[GroupAnswer] = []
    assessments = {a.group_uuid: a for a in reads.assessments_of_commitment(store, commitment_id)}
    gaps: dict[str | None, list[str]] = {}
    for gap in reads.gaps_of_commitment(store, commitment_id):
        gaps.setdefault(gap.group_uuid, []).append(gap.description)
    for group in reads.working_groups(store):
        assessment = assessments.get(group.uuid)
        if assessment is None and commitment_id not in store.group_commitments(group.uuid):
            continue
        answers.append({
            "group": group.name,
            "status": assessment.status if assessment else None,
            "measures": assessment.measures if assessment else "",
            "evidence": assessment.evidence if assessment else "",
            "notes": assessment.notes if assessment else "",
            "gaps": "\n".join(gaps.get(group.uuid, [])),
        })
    return answers


class ConsensusPage(ExercisePage):
    """The plenary consensus exercise (kind "consensus")."""

    watches = frozenset({"working_group", "group_assignment", "assessment", "consensus", "gap",
                         "workshop", "conflict", "assistance_need", "baseline"})

    def __init__(self, context: WorkshopContext, exercise: Exercise,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, exercise, parent)
        self.status_labels = labels(STATUSES)
        self.commitment_id = ""
        # the baseline's status of each commitment, read once per refresh (not per commitment)
        self.baseline_before: dict[str, str] = {}
        self.list = CommitmentList(context.catalog, self.status_labels, self.set_status,
                                   self.body, {
                                       "differ": self.tr("Groups differ"),
                                       "not_assessed": self.tr("Not assessed by any group"),
                                       "gaps": self.tr("Has gaps"),
                                       "changed": self.tr("Changed since the baseline"),
                                       "conflict": self.tr("Conflicts with a group's copy")})
        self.list.current_changed.connect(self._show_commitment)
        self.reference = QLabel(self.body)
        self.commitment_title = QLabel(self.body)
        self.commitment_title.setWordWrap(True)
        self.summary = QLabel(self.body)
        self.summary.setWordWrap(True)
        self.baseline = QLabel(self.body)  # the baseline's status, in a follow-up workshop
        self.baseline.hide()
        self.answers = read_only_table(self.body, self.tr("The groups' answers"), [
            self.tr("Group"), self.tr("Status"), self.tr("Measures"), self.tr("Notes"),
            self.tr("Gaps")])
        self.answers.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.answers.setWordWrap(True)
        self.answers.setMinimumHeight(120)
        self.conflicts = QGroupBox(self.tr("Conflicts with a group's copy"), self.body)
        self.conflicts.setToolTip(self.tr(
            "The group's copy and this file both changed these since the copy was made: both "
            "values are kept until you choose one"))
        self.conflict_rows = QVBoxLayout(self.conflicts)
        self.conflicts.hide()
        self.take = QPushButton(self.tr("Take the selected group's status"), self.body)
        self.take.setToolTip(self.tr("The status of the group selected above becomes the "
                                     "consensus (Ctrl+1 for the first group, Ctrl+2 for the "
                                     "second...)"))
        self.take.clicked.connect(self._take_selected)
        for n in range(1, 10):
            QShortcut(QKeySequence(f"Ctrl+{n}"), self,
                      lambda r=n - 1: self.take_group_status(r),
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.status = StatusButtons(self.status_labels, self.tr("Consensus status"), self.body)
        self.status.chosen.connect(self.set_status)
        self.dissent = QPlainTextEdit(self.body)
        self.dissent.setAccessibleName(self.tr("Dissent"))
        self.dissent.setTabChangesFocus(True)
        self.dissent.setMaximumHeight(80)
        self.dissent_binder = TextBinder(self.dissent, lambda t: self._save_text("dissent", t))
        self.notes = QPlainTextEdit(self.body)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(80)
        self.notes_binder = TextBinder(self.notes, lambda t: self._save_text("notes", t))
        form = QFormLayout()
        form.addRow(self.tr("Consensus"), self.status)
        form.addRow(self.tr("&Dissent"), self.dissent)
        form.addRow(self.tr("N&otes"), self.notes)
        self.dissent.setVisible(self.shows("consensus.dissent"))
        self.notes.setVisible(self.shows("consensus.notes"))

        detail = QWidget(self.body)
        detail_layout = QVBoxLayout(detail)
        detail_layout.addWidget(self.reference)
        detail_layout.addWidget(self.commitment_title)
        detail_layout.addWidget(self.summary)
        detail_layout.addWidget(self.baseline)
        detail_layout.addWidget(QLabel(self.tr("<b>The groups' answers</b>"), detail))
        detail_layout.addWidget(self.answers, 1)
        detail_layout.addWidget(self.take, 0, Qt.AlignmentFlag.AlignLeft)
        detail_layout.addWidget(self.conflicts)
        detail_layout.addLayout(form)
        self.detail = detail
        scroll = scroll_area(detail, self.body)
        splitter = QSplitter(self.body)
        splitter.addWidget(self.list)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        add_navigation_keys(self, self.list.go_by)
        self.status.setEnabled(context.can_change("consensus"))
        self.take.setEnabled(context.can_change("consensus"))
        self.dissent.setReadOnly(not context.can_change("consensus"))
        self.notes.setReadOnly(not context.can_change("consensus"))

    def refresh(self) -> None:
        store = self.context.store
        catalog = self.context.catalog
        status_of = {c.commitment_id: c.status for c in store.records(Consensus)}
        self.baseline_before = baseline_then(store).statuses
        commitments = [catalog.commitment(cid) for cid in store.commitments_in_scope()]
        self.list.set_commitments([c for c in commitments if c is not None], status_of,
                                  self._marks(store, status_of))
        self._show_commitment(self.list.current() or "")

    def _marks(self, store: WorkshopFile, now: dict[str, str]) -> dict[str, set[str]]:
        """The commitments to mark and filter by: where the groups' statuses differ, where no
        group has assessed, where gaps were named, where a group's copy conflicts."""
        statuses: dict[str, set[str]] = {}
        for assessment in reads.all_assessments(store):
            statuses.setdefault(assessment.commitment_id, set()).add(assessment.status)
        in_scope = set(store.commitments_in_scope())
        before = self.baseline_before
        return {"changed": {cid for cid, status in now.items()
                            if cid in before and before[cid] != status},
                "differ": {cid for cid, found in statuses.items() if len(found) > 1},
                "not_assessed": in_scope - set(statuses),
                "gaps": {gap.commitment_id for gap in reads.gaps_by_rank(store)},
                "conflict": reads.conflicted_commitments(store)}

    def take_group_status(self, row: int) -> bool:
        """Take the status of the group on row `row` of the answers as the consensus (the
        key Ctrl+1 takes the first group's, Ctrl+2 the second's...)."""
        answers = group_answers(self.context.store, self.commitment_id) \
            if self.commitment_id else []
        if not 0 <= row < len(answers) or answers[row]["status"] is None:
            return False
        status = answers[row]["status"]
        assert status is not None
        self.set_status(status)
        return True

    def _take_selected(self) -> None:
        rows = self.answers.selectionModel().selectedRows()
        self.take_group_status(rows[0].row() if rows else 0)

    def _show_commitment(self, commitment_id: str) -> None:
        self.dissent_binder.flush()  # typing in progress belongs to the commitment shown
        self.notes_binder.flush()
        self.commitment_id = commitment_id
        store = self.context.store
        commitment = self.context.catalog.commitment(commitment_id) if commitment_id else None
        self.detail.setEnabled(commitment is not None)
        self.answers.setRowCount(0)
        self._show_conflicts([])
        if commitment is None:
            self.reference.setText(self.tr("No commitment to show."))
            self.commitment_title.clear()
            self.summary.clear()
            self.status.set_status(None)
            self.dissent_binder.show("")
            self.notes_binder.show("")
            return
        self.reference.setText(html.escape(reference_text(
            commitment, self.tr("(reference not yet checked)"))))
        self.commitment_title.setText(f"<b>{html.escape(commitment.title)}</b>")
        self.summary.setText(commitment.summary)
        self.panel.set_chapter(commitment.chapter)
        answers = group_answers(store, commitment_id)
        self.answers.setRowCount(len(answers))
        for row, answer in enumerate(answers):
            status = answer["status"]
            values = [answer["group"],
                      self.status_labels.get(status, "") if status else self.tr("not assessed"),
                      answer["measures"], answer["notes"], answer["gaps"]]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.answers.setItem(row, column, item)
        self.answers.resizeRowsToContents()
        self._show_conflicts(reads.conflicts_of_commitment(store, commitment_id))
        found = store.baseline()
        self.baseline.setVisible(found is not None)
        if found is not None:
            then = self.baseline_before.get(commitment_id)
            self.baseline.setText(self.tr("<b>Baseline</b> ({date}): {status}").format(
                date=html.escape(found["start_date"] or "-"),
                status=html.escape(self.status_labels.get(then, "") if then
                                   else self.tr("no status agreed"))))
        consensus = reads.consensus_of(store, commitment_id)
        self.status.set_status(consensus.status if consensus else None)
        self.dissent_binder.show(consensus.dissent if consensus else "")
        self.notes_binder.show(consensus.notes if consensus else "")

    def _show_conflicts(self, conflicts: list[Conflict]) -> None:
        """One line per open conflict on the commitment shown, each with its two choices."""
        while self.conflict_rows.count():
            item = self.conflict_rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # gone from the screen now; freed once the event loop turns
                widget.deleteLater()
        self.conflicts.setVisible(bool(conflicts))
        groups = {g.uuid: g.name for g in reads.working_groups(self.context.store)}
        for conflict in conflicts:
            row = QWidget(self.conflicts)
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            text = QLabel(self.tr("{group}, {what}: this file has {here}; the group's copy has "
                                  "{copy}.").format(
                group=html.escape(groups.get(conflict.group_uuid or "", "?")),
                what=html.escape(self._conflict_subject(conflict)),
                here=f"<b>{html.escape(self._conflict_value(conflict, conflict.here_value))}</b>",
                copy=f"<b>{html.escape(self._conflict_value(conflict, conflict.copy_value))}</b>"),
                row)
            text.setWordWrap(True)
            keep = QPushButton(self.tr("Keep this file's"), row)
            take = QPushButton(self.tr("Take the group's"), row)
            keep.clicked.connect(lambda _c=False, c=conflict: self.resolve(c, take_copy=False))
            take.clicked.connect(lambda _c=False, c=conflict: self.resolve(c, take_copy=True))
            for button in (keep, take):
                button.setEnabled(self.context.can_change("conflict"))
            line.addWidget(text, 1)
            line.addWidget(keep)
            line.addWidget(take)
            self.conflict_rows.addWidget(row)

    def _conflict_subject(self, conflict: Conflict) -> str:
        things = {"assessment": self.tr("assessment"), "gap": self.tr("gap"),
                  "assistance_need": self.tr("need")}
        fields = {"status": self.tr("status"), "measures": self.tr("measures"),
                  "evidence": self.tr("evidence"), "notes": self.tr("notes"),
                  "description": self.tr("description"), "priority": self.tr("priority"),
                  "assistance_type": self.tr("type"), "providers": self.tr("providers"),
                  "timeframe": self.tr("timeframe")}
        thing = things.get(conflict.table_name, conflict.table_name)
        if conflict.field is None:
            return thing
        return f"{thing} {fields.get(conflict.field, conflict.field)}"

    def _conflict_value(self, conflict: Conflict, stored: str) -> str:
        value = json.loads(stored)
        if value is None:
            return self.tr("removed") if conflict.field is None else self.tr("nothing")
        if isinstance(value, dict):
            return str(value.get("description") or self.tr("kept"))
        if conflict.field == "status":
            return self.status_labels.get(value, value)
        if conflict.field == "priority":
            return labels(PRIORITIES).get(value, value)
        return str(value) if value != "" else self.tr("nothing")

    def resolve(self, conflict: Conflict, take_copy: bool) -> bool:
        """Settle a conflict: keep this file's value, or take the group's (one undo step)."""
        text = self.tr("Take the group's answer") if take_copy else \
            self.tr("Keep this file's answer")
        return commands.push(commands.EditCommand(
            self.context, text, resolution_edits(self.context.store, conflict, take_copy)))

    def set_status(self, status: str) -> None:
        """Record the plenary's status for the commitment shown."""
        if self.commitment_id:
            commands.set_consensus(self.context, self.tr("Agree the status {status}").format(
                status=self.status_labels[status]), self.commitment_id, status=status)

    def _save_text(self, field: str, text: str) -> None:
        if self.commitment_id:
            commands.set_consensus(self.context, self.tr("Edit the consensus"),
                                   self.commitment_id, merge=True, **{field: text})
