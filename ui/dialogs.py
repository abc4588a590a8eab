"""The New workshop dialog: country (searchable), title and dates."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from ui.widgets.country_combo import CountryCombo


class NewWorkshopDialog(QDialog):
    """Asks for what a new workshop needs; the file name is asked afterwards."""

    def __init__(self, parent: QWidget | None = None, folder: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New workshop"))
        self.where = QLabel(self.tr(
            "Next you choose where the workshop file goes (proposed: {folder}). It is one "
            "file: every change is saved to it at once, and backups are kept by the app.")
            .format(folder=folder or "-"), self)
        self.where.setWordWrap(True)
        self.country = CountryCombo(self)
        self.country.setCurrentIndex(-1)
        self.title_edit = QLineEdit(self)
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.title_edit.setText(self.tr("National implementation workshop"))
        today = QDate.currentDate()
        self.start = QDateEdit(today, self)
        self.start.setAccessibleName(self.tr("First day"))
        self.end = QDateEdit(today.addDays(2), self)
        self.end.setAccessibleName(self.tr("Last day"))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Country"), self.country)
        form.addRow(self.tr("&Title"), self.title_edit)
        form.addRow(self.tr("&First day"), self.start)
        form.addRow(self.tr("&Last day"), self.end)
        form.addRow(self.where)
        form.addRow(buttons)

    def values(self) -> dict[str, str]:
        """What `WorkshopFile.create` needs besides the path and catalog."""
        return {"country": self.country.code(), "title": self.title_edit.text().strip(),
                "start_date": self.start.date().toString("yyyy-MM-dd"),
                "end_date": self.end.date().toString("yyyy-MM-dd")}
