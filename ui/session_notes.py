"""View > Session notes: the rapporteur's log, one note per day of the workshop.

A window beside the main one (not modal: the rapporteur writes while the workshop goes on). The
day list holds the workshop's days (and today, if the workshop runs longer than planned);
typing is saved as any other typing is (TextBinder), one undo step per burst of typing. The
notes go into the full results workbook; they never leave in the exchange package.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QPlainTextEdit,
    QWidget,
)

from ui import commands
from ui.context import WorkshopContext
from ui.widgets.text_binder import TextBinder
from workshop.file import reads
from workshop.file.store import ChangeSet
from workshop.languages.locale_data import format_iso_date


def workshop_days(start: str, end: str, today: date | None = None) -> list[str]:
    """The days to choose from: every day from the first to the last (at most 31), and today
    if it is not among them; without dates, today alone."""
    today = today or date.today()
    days: list[str] = []
    try:
        first, last = date.fromisoformat(start), date.fromisoformat(end or start)
    except ValueError:
        first = last = today
    day = first
    while day <= last and len(days) < 31:
        days.append(day.isoformat())
        day += timedelta(days=1)
    if today.isoformat() not in days:
        days.append(today.isoformat())
    return sorted(days)


class SessionNotesDialog(QDialog):
    """The rapporteur's notes of the day chosen."""

    def __init__(self, context: WorkshopContext, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Session notes"))
        details = context.store.details
        self.day = QComboBox(self)
        self.day.setAccessibleName(self.tr("Day"))
        for day in workshop_days(details.start_date, details.end_date):
            self.day.addItem(format_iso_date(day, language), day)
        today = date.today().isoformat()
        self.day.setCurrentIndex(max(self.day.findData(today), 0))
        self.text = QPlainTextEdit(self)
        self.text.setAccessibleName(self.tr("Notes of the day"))
        self.text.setPlaceholderText(self.tr(
            "What was decided, who said what needs following up, what changed in the "
            "programme..."))
        self.text.setReadOnly(not context.can_change("session_note"))
        self.binder = TextBinder(self.text, self._save)
        form = QFormLayout(self)
        form.addRow(self.tr("&Day"), self.day)
        form.addRow(self.text)
        self.day.currentIndexChanged.connect(lambda _i: self.show_day())
        context.changed.connect(self._changed)
        self.resize(560, 420)
        self.show_day()

    def current_day(self) -> str:
        """The day shown (YYYY-MM-DD)."""
        return self.day.currentData()

    def show_day(self) -> None:
        """Show the notes of the day chosen (typing in progress is saved to its own day)."""
        self.binder.flush()
        self.shown = self.current_day()
        note = reads.session_note(self.context.store, self.shown)
        self.binder.show(note.notes if note else "")

    def _changed(self, changes: ChangeSet) -> None:
        if changes.touches({"session_note"}):
            note = reads.session_note(self.context.store, self.shown)
            self.binder.show(note.notes if note else "")

    def _save(self, text: str) -> None:
        commands.set_session_notes(self.context, self.tr("Write the session notes"),
                                   self.shown, text)
