"""Institutions and participants: who is in the room, entered fast from the keyboard.

Participants can be typed in a quick-entry row (Enter adds and starts the next) or pasted from a
spreadsheet: tab-separated rows of institution (name or acronym), role, sex and name. A paste is
one transaction and one undo step; an institution it names that is not known yet is added.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ui import commands
from ui.commands import AddEdit, EditCommand
from ui.context import WorkshopContext
from ui.models import Column, RecordTableModel, TableSpec, labels
from ui.pages.base import Page
from ui.widgets.record_table import RecordTable
from workshop.file import reads
from workshop.file.model import SECTORS, SEXES, Institution, Participant, new_uuid


def institution_choices(context: WorkshopContext) -> dict[str, str]:
    """Institutions by uuid, labelled by acronym (or name)."""
    return {i.uuid: i.acronym or i.name
            for i in reads.institutions_by_name(context.store)}


def parse_sex(text: str) -> str:
    """A sex code from a code, a label or an initial in a pasted cell ("" when unknown)."""
    value = text.strip().casefold()
    if not value:
        return "not_stated"
    for code, label in labels(SEXES).items():
        if value in (code, label.casefold()) or (len(value) == 1 and code.startswith(value)
                                                  and code in ("female", "male")):
            return code
    return ""


class PeoplePage(Page):
    """Institutions (name, acronym, sector) above participants (institution, role, sex...)."""

    watches = frozenset({"institution", "participant"})

    def __init__(self, context: WorkshopContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        sectors = labels(SECTORS)
        self.institutions = RecordTableModel(context, TableSpec(Institution, [
            Column("name", self.tr("Name")),
            Column("acronym", self.tr("Acronym")),
            Column("sector", self.tr("Sector"), lambda: sectors),
        ]), self.tr("Edit an institution"))
        self.institution_table = RecordTable(self.institutions, self.tr("Institutions"),
                                             self.add_institution,
                                             self.tr("Remove institutions"), self)
        self.participants = RecordTableModel(context, TableSpec(Participant, [
            Column("institution_uuid", self.tr("Institution"),
                   lambda: institution_choices(context)),
            Column("role", self.tr("Role")),
            Column("sex", self.tr("Sex"), lambda: labels(SEXES)),
            Column("name", self.tr("Name (optional)")),
            Column("email", self.tr("E-mail (optional)")),
        ]), self.tr("Edit a participant"))
        self.participant_table = RecordTable(self.participants, self.tr("Participants"), None,
                                             self.tr("Remove participants"), self)
        paste = QShortcut(QKeySequence.StandardKey.Paste, self.participant_table.view,
                          self.paste_participants, context=Qt.ShortcutContext.WidgetShortcut)
        paste.setObjectName("paste")
        self.paste_button = QPushButton(self.tr("Paste rows"), self)
        self.paste_button.setToolTip(self.tr(
            "Paste rows copied from a spreadsheet: institution (name or acronym), role, sex, "
            "name"))
        self.paste_button.clicked.connect(self.paste_participants)
        self.participant_table.buttons.insertWidget(1, self.paste_button)

        # quick entry: institution, role, sex, name; Enter adds
        self.entry_institution = QComboBox(self)
        self.entry_institution.setAccessibleName(self.tr("Institution of the new participant"))
        self.entry_role = QLineEdit(self)
        self.entry_role.setPlaceholderText(self.tr("Role"))
        self.entry_role.setAccessibleName(self.tr("Role of the new participant"))
        self.entry_sex = QComboBox(self)
        self.entry_sex.setAccessibleName(self.tr("Sex of the new participant"))
        for code, label in labels(SEXES).items():
            self.entry_sex.addItem(label, code)
        self.entry_sex.setCurrentIndex(self.entry_sex.findData("not_stated"))
        self.entry_name = QLineEdit(self)
        self.entry_name.setPlaceholderText(self.tr("Name (optional)"))
        self.entry_name.setAccessibleName(self.tr("Name of the new participant"))
        self.entry_add = QPushButton(self.tr("Add participant"), self)
        self.entry_add.setToolTip(self.tr("Add the participant (Enter in any field)"))
        for edit in (self.entry_role, self.entry_name):
            edit.returnPressed.connect(self.add_participant)
        self.entry_add.clicked.connect(self.add_participant)
        entry = QHBoxLayout()
        for widget in (self.entry_institution, self.entry_role, self.entry_sex, self.entry_name,
                       self.entry_add):
            entry.addWidget(widget, 0 if widget is self.entry_add else 1)
        QWidget.setTabOrder(self.entry_institution, self.entry_role)
        QWidget.setTabOrder(self.entry_role, self.entry_sex)
        QWidget.setTabOrder(self.entry_sex, self.entry_name)
        QWidget.setTabOrder(self.entry_name, self.entry_add)

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.addWidget(QLabel(self.tr("<b>Institutions</b>")))
        top_layout.addWidget(self.institution_table)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.addWidget(QLabel(self.tr("<b>Participants</b>")))
        bottom_layout.addLayout(entry)
        bottom_layout.addWidget(self.participant_table)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        for widget in (self.entry_institution, self.entry_role, self.entry_sex,
                       self.entry_name, self.entry_add, self.paste_button):
            widget.setEnabled(context.can_change("participant"))

    def refresh(self) -> None:
        current = self.entry_institution.currentData()
        self.entry_institution.clear()
        for institution in reads.institutions_in_order(self.context.store):  # as in the table
            label = institution.name + (f" ({institution.acronym})" if institution.acronym
                                        else "")
            self.entry_institution.addItem(label, institution.uuid)
        position = self.entry_institution.findData(current)
        self.entry_institution.setCurrentIndex(max(position, 0))

    def add_institution(self) -> None:
        """Add an institution and start typing its name."""
        record = Institution(uuid=new_uuid(), name=self.tr("New institution"))
        if commands.add(self.context, self.tr("Add an institution"), record):
            self.institution_table.select_uuid(record.uuid, 0, edit=True)

    def add_participant(self) -> None:
        """Add the participant typed in the quick-entry row; ready for the next one."""
        institution = self.entry_institution.currentData()
        if not institution:
            self.context.failed.emit(self.tr("Add the participant's institution first."))
            return
        record = Participant(uuid=new_uuid(), institution_uuid=institution,
                             role=self.entry_role.text().strip(),
                             sex=self.entry_sex.currentData(),
                             name=self.entry_name.text().strip())
        if commands.add(self.context, self.tr("Add a participant"), record):
            self.entry_role.clear()
            self.entry_name.clear()
            self.entry_role.setFocus()

    def paste_participants(self, text: str | None = None) -> None:
        """Add the rows of tab-separated text (the clipboard by default) as one undo step."""
        if text is None or not isinstance(text, str):
            text = QGuiApplication.clipboard().text()
        known = {}
        for inst in self.context.store.records(Institution):
            known[inst.name.strip().casefold()] = inst.uuid
            if inst.acronym.strip():
                known[inst.acronym.strip().casefold()] = inst.uuid
        records: list[Institution | Participant] = []
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            cells = [c.strip() for c in line.split("\t")] + ["", "", "", ""]
            institution, role, sex_text, name = cells[:4]
            if not institution:
                self.context.failed.emit(self.tr(
                    "Row {n} of the pasted text names no institution: nothing was added."
                ).format(n=number))
                return
            sex = parse_sex(sex_text)
            if not sex:
                self.context.failed.emit(self.tr(
                    "Row {n} of the pasted text has the sex {value}, which is not one of: "
                    "{choices}. Nothing was added.").format(
                    n=number, value=sex_text, choices=", ".join(labels(SEXES).values())))
                return
            uuid = known.get(institution.casefold())
            if uuid is None:
                new = Institution(uuid=new_uuid(), name=institution)
                records.append(new)
                uuid = known[institution.casefold()] = new.uuid
            records.append(Participant(uuid=new_uuid(), institution_uuid=uuid, role=role,
                                       sex=sex, name=name))
        if not records:
            return
        count = sum(isinstance(r, Participant) for r in records)
        commands.push(EditCommand(
            self.context, self.tr("Paste %n participants", "", count),
            [AddEdit(r) for r in records]))
