"""National action assessment: each group's status, measures, evidence, gaps and needs.

The group's commitments are listed on the left (filterable); beside them the commitment's
reference, title and summary, and everything the group records for it. Entirely keyboard-driven:
0-4, N and ? set the status; Ctrl+Down/Ctrl+Up or Page Down/Page Up move between commitments.
What is shown comes from the exercise's definition (its `fields`).
"""

from __future__ import annotations

import functools
import html
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ui import commands
from ui.context import WorkshopContext
from ui.models import Column, RecordTableModel, TableSpec, labels
from ui.pages.exercise_base import ExercisePage
from ui.pages.people import institution_choices
from ui.widgets.commitment_list import CommitmentList
from ui.widgets.eliding_combo import ElidingComboBox
from ui.widgets.record_table import RecordTable
from ui.widgets.scrolling import scroll_area
from ui.widgets.status_buttons import StatusButtons
from ui.widgets.text_binder import TextBinder
from workshop.catalogs.catalog import Commitment
from workshop.catalogs.exercises import Exercise
from workshop.file import reads
from workshop.file.model import (
    ASSISTANCE_TYPES,
    PRIORITIES,
    STATUSES,
    Assessment,
    AssistanceNeed,
    Gap,
    new_uuid,
)
from workshop.file.store import ChangeSet


def reference_text(commitment: Commitment, checked_note: str) -> str:
    """The reference as people cite it, marked plainly when it is not yet checked. The long
    form names the document in English; in another interface language the short form (year,
    paragraph and letter) is shown, which reads the same in any language and invents no
    translated title."""
    from ui.language import current_language, left_to_right

    reference = commitment.reference if current_language() == "en" \
        else left_to_right(commitment.short_reference)
    if commitment.reference_checked:
        return reference
    return f"{reference} {checked_note}"


def add_navigation_keys(page: QWidget, go_by: Callable[[int], None]) -> None:
    """Ctrl+Down/Ctrl+Up and Page Down/Page Up move to the next or previous commitment."""
    for keys, step in (("Ctrl+Down", 1), ("Ctrl+Up", -1), ("PgDown", 1), ("PgUp", -1)):
        shortcut = QShortcut(QKeySequence(keys), page, lambda s=step: go_by(s),
                             context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.setAutoRepeat(True)


class AssessmentPage(ExercisePage):
    """The assessment exercise (kind "assessment"), one group at a time."""

    watches = frozenset({"working_group", "group_assignment", "assessment", "gap",
                         "assistance_need", "institution", "workshop"})

    def __init__(self, context: WorkshopContext, exercise: Exercise,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, exercise, parent)
        self.status_labels = labels(STATUSES)
        self.commitment_id = ""  # the commitment shown, and the group it is shown for
        self.shown_group = ""
        self.group = ElidingComboBox(self.body, self.tr("The group whose assessment is shown"))
        self.group.setAccessibleName(self.tr("Working group"))
        self.group.setToolTip(self.tr("The group whose assessment is shown"))
        self.group.currentIndexChanged.connect(lambda _i: self._group_changed())
        self.list = CommitmentList(context.catalog, self.status_labels, self.set_status,
                                   self.body)
        self.list.current_changed.connect(self._show_commitment)

        # the commitment
        self.reference = QLabel(self.body)
        self.reference.setAccessibleName(self.tr("Reference"))
        self.reference.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.commitment_title = QLabel(self.body)
        self.commitment_title.setWordWrap(True)
        self.summary = QLabel(self.body)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Summary"))
        # The title and summary keep one height whatever their length, so that the status
        # buttons and the Add buttons below stay where the hand expects them.
        lines = self.fontMetrics().lineSpacing()
        self.commitment_title.setFixedHeight(2 * lines + 4)
        self.summary.setFixedHeight(4 * lines + 4)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        self.commitment_title.setAlignment(Qt.AlignmentFlag.AlignTop
                                           | Qt.AlignmentFlag.AlignLeading)
        self.notice = QLabel(self.body)  # a word about the last thing done, when it needs one
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color: #8a4b00;")
        self.notice.hide()
        # the group's answer
        self.status = StatusButtons(self.status_labels, self.tr("Status"), self.body)
        self.status.chosen.connect(self.set_status)
        self.texts: dict[str, TextBinder] = {}
        form = QFormLayout()
        form.addRow(self.tr("Status"), self.status)
        names = {"measures": self.tr("&Measures in place"),
                 "evidence": self.tr("&Evidence and data"),
                 "notes": self.tr("N&otes")}
        for field, label in names.items():
            if not self.shows(f"assessment.{field}"):
                continue
            edit = QPlainTextEdit(self.body)
            edit.setTabChangesFocus(True)
            edit.setAccessibleName(label.replace("&", ""))
            edit.setMinimumHeight(48)
            edit.setMaximumHeight(64)
            self.texts[field] = TextBinder(edit, functools.partial(self._save_text, field))
            form.addRow(label, edit)

        self.gaps = RecordTableModel(context, TableSpec(
            Gap, [Column("description", self.tr("Gap")),
                  Column("priority", self.tr("Priority"), lambda: labels(PRIORITIES))],
            rows=lambda store: reads.group_gaps(store, self.current_group() or "",
                                                self.commitment_id)),
            self.tr("Edit a gap"))
        self.gap_table = RecordTable(self.gaps, self.tr("Gaps"), self.add_gap,
                                     self.tr("Remove gaps"), self.body)
        need_columns = [Column("assistance_type", self.tr("Type of assistance"),
                               lambda: labels(ASSISTANCE_TYPES)),
                        Column("description", self.tr("What is needed")),
                        Column("priority", self.tr("Priority"), lambda: labels(PRIORITIES)),
                        Column("institution_uuid", self.tr("Requested by"),
                               lambda: institution_choices(context)),
                        Column("providers", self.tr("Providers")),
                        Column("timeframe", self.tr("Timeframe"))]
        need_columns = [c for c in need_columns if self.shows(f"assistance_need.{c.field}")
                        or c.field == "assistance_type"]
        self.needs = RecordTableModel(context, TableSpec(
            AssistanceNeed, need_columns, rows=lambda store: reads.group_needs(
                store, self.current_group() or "", self.commitment_id)), self.tr("Edit a need"))
        described = next((i for i, c in enumerate(need_columns) if c.field == "description"), 0)
        self.need_table = RecordTable(self.needs, self.tr("Technical-assistance needs"),
                                      self.add_need, self.tr("Remove needs"), self.body,
                                      stretch=described)  # what is needed takes the room
        for table in (self.gap_table, self.need_table):
            table.view.setMinimumHeight(110)
        for keys, add, table, tip in (
                ("Ctrl+G", self.add_gap, self.gap_table, self.tr("Add a gap (Ctrl+G)")),
                ("Ctrl+Shift+G", self.add_need, self.need_table,
                 self.tr("Add a need, answering the gap selected (Ctrl+Shift+G)"))):
            QShortcut(QKeySequence(keys), self, add,
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            table.add_button.setToolTip(tip)
        detail = QWidget(self.body)
        detail_layout = QVBoxLayout(detail)
        detail_layout.addWidget(self.reference)
        detail_layout.addWidget(self.commitment_title)
        detail_layout.addWidget(self.summary)
        detail_layout.addLayout(form)
        if self.shows("gap.description"):
            detail_layout.addWidget(QLabel(self.tr("<b>Gaps</b>"), detail))
            detail_layout.addWidget(self.notice)
            detail_layout.addWidget(self.gap_table)
        else:
            self.gap_table.hide()
        if any(f.startswith("assistance_need.") for f in exercise.fields):
            detail_layout.addWidget(QLabel(self.tr("<b>Technical-assistance needs</b>"), detail))
            detail_layout.addWidget(self.need_table)
        else:
            self.need_table.hide()
        scroll = scroll_area(detail, self.body)
        self.detail = detail

        left = QWidget(self.body)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        group_label = QLabel(self.tr("&Group"), left)
        group_label.setBuddy(self.group)
        row.addWidget(group_label)
        row.addWidget(self.group, 1)
        left_layout.addLayout(row)
        left_layout.addWidget(self.list, 1)
        splitter = QSplitter(self.body)
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        add_navigation_keys(self, self.list.go_by)
        self.status.setEnabled(context.can_change("assessment"))
        for binder in self.texts.values():
            binder.editor.setReadOnly(context.read_only)

    # ----- reading ---------------------------------------------------------------------------

    def current_group(self) -> str | None:
        """The uuid of the group shown."""
        return self.group.currentData()

    def refresh(self) -> None:
        current = self.current_group()
        self.group.blockSignals(True)
        self.group.clear()
        for group in reads.groups_at_work(self.context.store):
            self.group.addItem(group.name, group.uuid)
        position = self.group.findData(current)
        self.group.setCurrentIndex(position if position >= 0 else 0)
        self.group.blockSignals(False)
        self._group_changed()

    def refresh_for(self, changes: ChangeSet) -> None:
        """A status key or a field of the group shown: repaint that commitment's row and, if
        it is the one shown, its status and fields; anything else shows the page again."""
        store = self.context.store
        group = self.current_group()
        found = [store.get(Assessment, uuid) for _table, uuid in changes.records]
        if set(changes) != {"assessment"} or not found or group is None or any(
                a is None or a.group_uuid != group for a in found):
            self.refresh()
            return
        for assessment in found:
            assert assessment is not None
            self.list.show_status(assessment.commitment_id, assessment.status)
            if assessment.commitment_id == self.commitment_id:
                self._show_assessment(assessment)

    def _show_assessment(self, assessment: Assessment | None) -> None:
        """The group's status and fields for the commitment shown."""
        self.status.set_status(assessment.status if assessment else None)
        for field, binder in self.texts.items():
            binder.show(getattr(assessment, field) if assessment else "")

    def _group_changed(self) -> None:
        group = self.current_group()
        store = self.context.store
        if group is None:
            self.list.set_commitments([], {})
            self._show_commitment("")
            return
        catalog = self.context.catalog
        commitments = [catalog.commitment(cid) for cid in store.group_commitments(group)]
        status_of = {a.commitment_id: a.status
                     for a in reads.group_assessments(store, group)}
        self.list.set_commitments([c for c in commitments if c is not None], status_of)
        self._show_commitment(self.list.current() or "")

    def _show_commitment(self, commitment_id: str) -> None:
        if commitment_id != self.commitment_id:
            self.notice.hide()
        for binder in self.texts.values():
            binder.flush()  # typing in progress belongs to the commitment shown until now
        self.commitment_id = commitment_id
        self.shown_group = self.current_group() or ""
        commitment = self.context.catalog.commitment(commitment_id) \
            if commitment_id else None
        self.detail.setEnabled(commitment is not None)
        if commitment is None:
            self.reference.setText(self.tr("No commitment to show: assign chapters or "
                                           "commitments to this group on the Working groups "
                                           "page, or change the filters."))
            self.reference.setWordWrap(True)
            self.commitment_title.clear()
            self.summary.clear()
            self.status.set_status(None)
            for binder in self.texts.values():
                binder.show("")
        else:
            self.reference.setText(html.escape(reference_text(
                commitment, self.tr("(reference not yet checked)"))))
            self.commitment_title.setText(f"<b>{html.escape(commitment.title)}</b>")
            self.summary.setText(commitment.summary)
            self.summary.setToolTip(commitment.summary)
            self.panel.set_chapter(commitment.chapter)
            self._show_assessment(reads.assessment_of(
                self.context.store, self.current_group() or "", commitment_id))
        self.gaps.reload()
        self.needs.reload()

    # ----- editing ---------------------------------------------------------------------------

    def set_status(self, status: str) -> None:
        """Set the group's status for the commitment shown (one key press, one undo step)."""
        group = self.current_group()
        if group and self.commitment_id:
            commands.set_assessment(
                self.context, self.tr("Set the status to {status}").format(
                    status=self.status_labels[status]), group, self.commitment_id,
                status=status)

    def _save_text(self, field: str, text: str) -> None:
        group = self.shown_group
        if group and self.commitment_id:
            commands.set_assessment(self.context, self.tr("Edit the assessment"), group,
                                    self.commitment_id, merge=True, **{field: text})

    def add_gap(self) -> None:
        """Add a gap of this group for the commitment shown, and start typing it."""
        group = self.current_group()
        if not (group and self.commitment_id):
            return
        record = Gap(uuid=new_uuid(), commitment_id=self.commitment_id, group_uuid=group,
                     description=self.tr("New gap"))
        if commands.add(self.context, self.tr("Add a gap"), record):
            self.gap_table.select_uuid(record.uuid, 0, edit=True)
            answer = reads.assessment_of(self.context.store, group, self.commitment_id)
            if answer is not None and answer.status == "na":
                self.notice.setText(self.tr(
                    "The group marked this commitment not applicable: is the gap meant for it? "
                    "(Edit > Undo takes it back.)"))
                self.notice.show()

    def add_need(self) -> None:
        """Add a need for the commitment, answering the gap selected (if any)."""
        if not (self.current_group() and self.commitment_id):
            return
        selected = self.gap_table.selected_uuids()
        record = AssistanceNeed(uuid=new_uuid(), commitment_id=self.commitment_id,
                                assistance_type="training",
                                gap_uuid=selected[0] if selected else None)
        if commands.add(self.context, self.tr("Add a technical-assistance need"), record):
            self.need_table.select_uuid(record.uuid, 0, edit=True)
