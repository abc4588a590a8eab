"""Working groups: the groups, their members, and the chapters or commitments each assesses."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ui import commands
from ui.context import WorkshopContext
from ui.language import commitment_label, left_to_right
from ui.pages.base import Page
from ui.widgets.drag_lists import DragSourceList, DropTargetList
from ui.widgets.text_binder import TextBinder
from workshop.file import reads
from workshop.file.model import (
    GroupAssignment,
    GroupMember,
    Institution,
    Participant,
    WorkingGroup,
    new_uuid,
)


class GroupsPage(Page):
    """Groups on the left; the selected group's name, members and assignments on the right."""

    watches = frozenset({"working_group", "group_member", "group_assignment", "participant",
                         "institution", "workshop"})

    def __init__(self, context: WorkshopContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._loading = False
        self.shown_group: str | None = None
        self.groups = DropTargetList(self)
        self.groups.setAccessibleName(self.tr("Working groups"))
        self.groups.setToolTip(self.tr("Drop participants here to add them to a group"))
        self.groups.setWordWrap(True)  # long group names on two lines, not under a scrollbar
        self.groups.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.groups.dropped.connect(self.add_members)
        self.groups.currentRowChanged.connect(lambda _row: self._show_group())
        add = QPushButton(self.tr("Add group"), self)
        add.clicked.connect(self.add_group)
        remove = QPushButton(self.tr("Remove group"), self)
        remove.setToolTip(self.tr("Remove the group with its assessments (can be undone)"))
        remove.clicked.connect(self.remove_group)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.groups, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        left_layout.addLayout(buttons)

        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Group name"))
        self.name_binder = TextBinder(self.name, self._rename)
        self.members = DragSourceList(self)
        self.members.setAccessibleName(self.tr("Members (tick the participants of this group)"))
        self.members.setToolTip(self.tr("Tick the members of this group, or drag participants "
                                        "onto another group on the left"))
        self.members.itemChanged.connect(self._member_toggled)
        chapters = QGroupBox(self.tr("Chapters assessed by this group"), self)
        grid = QGridLayout(chapters)
        self.chapter_boxes: dict[int, QCheckBox] = {}
        for i, chapter in enumerate(context.catalog.chapters):
            box = QCheckBox(f"{chapter.number}. {chapter.short}", chapters)
            box.setToolTip(chapter.title)
            box.toggled.connect(lambda checked, n=chapter.number: self._chapter_toggled(n,
                                                                                        checked))
            grid.addWidget(box, i // 2, i % 2)
            self.chapter_boxes[chapter.number] = box
        self.commitment_picker = QComboBox(self)
        self.commitment_picker.setAccessibleName(self.tr("Commitment to assign"))
        self.commitment_picker.setEditable(True)
        self.commitment_picker.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.commitment_picker.completer()
        if completer is not None:  # an editable combo box always has one
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
        assign = QPushButton(self.tr("Assign"), self)
        assign.setToolTip(self.tr("Assign this single commitment to the group"))
        assign.clicked.connect(self.assign_commitment)
        self.singles = QListWidget(self)
        self.singles.setAccessibleName(self.tr("Single commitments assigned"))
        self.singles.setMaximumHeight(110)
        unassign = QPushButton(self.tr("Unassign"), self)
        unassign.clicked.connect(self.unassign_commitment)
        picker = QHBoxLayout()
        picker.addWidget(self.commitment_picker, 1)
        picker.addWidget(assign)
        singles = QHBoxLayout()
        singles.addWidget(self.singles, 1)
        singles.addWidget(unassign, 0, Qt.AlignmentFlag.AlignTop)
        self.summary = QLabel(self)

        right = QWidget(self)
        form = QFormLayout(right)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Members"), self.members)
        form.addRow(chapters)
        singles_label = QLabel(self.tr("Single &commitments"), self)
        singles_label.setBuddy(self.commitment_picker)
        form.addRow(singles_label, picker)
        form.addRow("", singles)
        form.addRow(self.summary)
        self.detail = right
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        for widget in (add, remove, right):
            widget.setEnabled(context.can_change("working_group"))

    # ----- reading ---------------------------------------------------------------------------

    def current_group(self) -> str | None:
        """The uuid of the selected group."""
        item = self.groups.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def refresh(self) -> None:
        self._loading = True
        current = self.current_group()
        self.groups.clear()
        for group in reads.working_groups(self.context.store):
            item = QListWidgetItem(group.name, self.groups)
            item.setData(Qt.ItemDataRole.UserRole, group.uuid)
            if group.uuid == current:
                self.groups.setCurrentItem(item)
        if self.groups.currentRow() < 0 and self.groups.count():
            self.groups.setCurrentRow(0)
        catalog = self.context.catalog
        self.commitment_picker.clear()
        for cid in self.context.store.commitments_in_scope():
            commitment = catalog.commitment(cid)
            if commitment is not None:
                self.commitment_picker.addItem(commitment_label(commitment), cid)
        self._loading = False
        self._show_group()

    def _show_group(self) -> None:
        if self._loading:
            return
        self.name_binder.flush()  # a name being typed belongs to the group shown until now
        self._loading = True
        group = self.current_group()
        self.shown_group = group
        store = self.context.store
        self.detail.setEnabled(group is not None and self.context.can_change("working_group"))
        self.members.clear()
        self.singles.clear()
        if group is None:
            self.name_binder.show("")
            self.summary.setText(self.tr("Add a working group to begin."))
            for box in self.chapter_boxes.values():
                box.setChecked(False)
            self._loading = False
            return
        record = store.get(WorkingGroup, group)
        self.name_binder.show(record.name if record else "")
        members = {m.participant_uuid for m in reads.group_members(store, group)}
        institutions = {i.uuid: i.acronym or i.name for i in store.records(Institution)}
        for person in store.records(Participant):
            label = " — ".join(p for p in (person.name, institutions.get(
                person.institution_uuid, ""), person.role) if p)
            item = QListWidgetItem(label, self.members)
            item.setData(Qt.ItemDataRole.UserRole, person.uuid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if person.uuid in members
                               else Qt.CheckState.Unchecked)
        assignments = reads.group_assignments(store, group)
        chapters = {a.chapter for a in assignments if a.chapter is not None}
        in_scope = reads.chapters_in_scope(store)
        for number, box in self.chapter_boxes.items():
            box.setChecked(number in chapters)
            box.setVisible(number in in_scope or number in chapters)  # assigned: can be undone
        for a in assignments:
            if a.commitment_id:
                commitment = self.context.catalog.commitment(a.commitment_id)
                label = left_to_right(commitment.short_reference) if commitment \
                    else a.commitment_id
                item = QListWidgetItem(label, self.singles)
                item.setData(Qt.ItemDataRole.UserRole, a.uuid)
        self.summary.setText(self.tr("This group assesses {n} commitments.").format(
            n=len(store.group_commitments(group))))
        self._loading = False

    # ----- editing ---------------------------------------------------------------------------

    def add_group(self) -> None:
        """Add a working group named after its position."""
        position = self.groups.count()
        record = WorkingGroup(uuid=new_uuid(), name=self.tr("Group {n}").format(n=position + 1),
                              position=position)
        if commands.add(self.context, self.tr("Add a working group"), record):
            for row in range(self.groups.count()):
                if self.groups.item(row).data(Qt.ItemDataRole.UserRole) == record.uuid:
                    self.groups.setCurrentRow(row)
            self.name.setFocus()
            self.name.selectAll()

    def remove_group(self) -> None:
        """Remove the selected group (its members, assignments and assessments with it)."""
        group = self.current_group()
        if group:
            commands.remove(self.context, self.tr("Remove a working group"), WorkingGroup,
                            group)

    def _rename(self, text: str) -> None:
        group = self.shown_group
        if group and not commands.update(self.context, self.tr("Rename a working group"),
                                         WorkingGroup, group, merge=True, name=text):
            self.refresh()

    def _member_toggled(self, item: QListWidgetItem) -> None:
        group = self.current_group()
        if self._loading or group is None:
            return
        person = item.data(Qt.ItemDataRole.UserRole)
        member = reads.membership(self.context.store, group, person)
        existing = [member] if member is not None else []
        if item.checkState() == Qt.CheckState.Checked and not existing:
            commands.add(self.context, self.tr("Add a member"),
                         GroupMember(uuid=new_uuid(), group_uuid=group, participant_uuid=person))
        elif item.checkState() == Qt.CheckState.Unchecked and existing:
            commands.remove(self.context, self.tr("Remove a member"), GroupMember,
                            existing[0].uuid)

    def add_members(self, group: str, people: list[str]) -> None:
        """Make the participants members of the group (those already in it are skipped)."""
        store = self.context.store
        present = {m.participant_uuid for m in reads.group_members(store, group)}
        known = {p.uuid for p in store.records(Participant)}
        new = [GroupMember(uuid=new_uuid(), group_uuid=group, participant_uuid=person)
               for person in dict.fromkeys(people) if person in known and person not in present]
        if new:
            commands.add(self.context, self.tr("Add %n member(s)", "", len(new)), *new)

    def _chapter_toggled(self, chapter: int, checked: bool) -> None:
        group = self.current_group()
        if self._loading or group is None:
            return
        assigned = reads.chapter_assignment(self.context.store, group, chapter)
        existing = [assigned] if assigned is not None else []
        if checked and not existing:
            commands.add(self.context, self.tr("Assign a chapter"),
                         GroupAssignment(uuid=new_uuid(), group_uuid=group, chapter=chapter))
        elif not checked and existing:
            commands.remove(self.context, self.tr("Unassign a chapter"), GroupAssignment,
                            *[a.uuid for a in existing])

    def assign_commitment(self) -> None:
        """Assign the commitment chosen in the picker to the selected group."""
        group = self.current_group()
        cid = self.commitment_picker.currentData()
        if group and cid:
            commands.add(self.context, self.tr("Assign a commitment"),
                         GroupAssignment(uuid=new_uuid(), group_uuid=group, commitment_id=cid))

    def unassign_commitment(self) -> None:
        """Take the selected single commitment away from the group."""
        item = self.singles.currentItem()
        if item is not None:
            commands.remove(self.context, self.tr("Unassign a commitment"), GroupAssignment,
                            item.data(Qt.ItemDataRole.UserRole))
