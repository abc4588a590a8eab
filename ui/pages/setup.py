"""Setup: the workshop's details (country, title, dates, venue, language, scope)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui import commands
from ui.context import WorkshopContext
from ui.language import native_name
from ui.pages.base import Page
from ui.widgets.country_combo import CountryCombo
from ui.widgets.scrolling import scroll_area
from ui.widgets.text_binder import TextBinder
from workshop.languages.i18n import UN_LANGUAGES
from workshop.languages.locale_data import is_iso_date

NO_DATE = QDate(2000, 1, 1)


class SetupPage(Page):
    """The workshop details form; every change is saved at once and can be undone."""

    watches = frozenset({"workshop", "baseline"})

    def __init__(self, context: WorkshopContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        catalog = context.catalog
        self.country = CountryCombo(self)
        self.country.activated.connect(self._country_chosen)
        typed = self.country.lineEdit()  # the combo box is editable: it has one
        if typed is not None:
            typed.editingFinished.connect(self._country_chosen)
        self.title_edit = QLineEdit(self)
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.title_binder = TextBinder(self.title_edit, lambda text: commands.set_details(
            context, self.tr("Change the title"), merge=True, title=text))
        self.start = self._date_edit(self.tr("First day"))
        self.end = self._date_edit(self.tr("Last day"))
        self.start.dateChanged.connect(lambda: self._date_changed("start_date", self.start))
        self.end.dateChanged.connect(lambda: self._date_changed("end_date", self.end))
        self.venue = QLineEdit(self)
        self.venue.setAccessibleName(self.tr("Venue"))
        self.venue_binder = TextBinder(self.venue, lambda text: commands.set_details(
            context, self.tr("Change the venue"), merge=True, venue=text))
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Working language"))
        for code in UN_LANGUAGES:
            self.language.addItem(native_name(code), code)
        self.language.activated.connect(lambda: commands.set_details(
            context, self.tr("Change the language"), language=self.language.currentData()))

        form = QFormLayout()
        form.addRow(self.tr("&Country"), self.country)
        form.addRow(self.tr("&Title"), self.title_edit)
        dates = QHBoxLayout()
        dates.addWidget(self.start)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.end)
        dates.addStretch(1)
        form.addRow(self.tr("Dates"), dates)
        form.addRow(self.tr("&Venue"), self.venue)
        form.addRow(self.tr("&Working language"), self.language)

        documents = QGroupBox(self.tr("Documents in scope (none ticked: all)"), self)
        doc_layout = QVBoxLayout(documents)
        self.document_boxes: dict[str, QCheckBox] = {}
        for document in catalog.documents:
            # the short name fits a laptop's width; the full title as published in the tooltip
            box = QCheckBox(document.short, documents)
            box.setToolTip(f"{document.title} ({document.symbol})" if document.symbol
                           else document.title)
            box.toggled.connect(self._scope_changed)
            doc_layout.addWidget(box)
            self.document_boxes[document.id] = box
        chapters = QGroupBox(self.tr("Chapters in scope (none ticked: all)"), self)
        chapter_layout = QGridLayout(chapters)
        self.chapter_boxes: dict[int, QCheckBox] = {}
        for i, chapter in enumerate(catalog.chapters):
            box = QCheckBox(f"{chapter.number}. {chapter.short}", chapters)
            box.setToolTip(chapter.title)
            box.toggled.connect(self._scope_changed)
            chapter_layout.addWidget(box, i // 2, i % 2)
            self.chapter_boxes[chapter.number] = box
        self.scope_label = QLabel(self)
        baseline = QGroupBox(self.tr("Baseline (a follow-up workshop)"), self)
        baseline_layout = QHBoxLayout(baseline)
        self.baseline_label = QLabel(baseline)
        self.baseline_label.setWordWrap(True)
        self.baseline_button = QPushButton(self.tr("&Baseline…"), baseline)
        self.baseline_button.setToolTip(self.tr(
            "An earlier workshop of the same country (its workshop file or exchange package): "
            "its agreed statuses and gaps are copied in, and progress is shown since. This "
            "cannot be undone; taking another baseline replaces it."))
        self.baseline_button.clicked.connect(self.choose_baseline)
        self.baseline_button.setEnabled(context.can_change("baseline"))
        baseline_layout.addWidget(self.baseline_label, 1)
        baseline_layout.addWidget(self.baseline_button)

        inner = QWidget(self)
        layout = QVBoxLayout(inner)
        layout.addLayout(form)
        layout.addWidget(documents)
        layout.addWidget(chapters)
        layout.addWidget(self.scope_label)
        layout.addWidget(baseline)
        layout.addStretch(1)
        scroll = scroll_area(inner, self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self._loading = False
        for widget in (self.country, self.title_edit, self.start, self.end, self.venue,
                       self.language, documents, chapters):
            widget.setEnabled(context.can_change("workshop"))

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setAccessibleName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("not set"))
        return edit

    def refresh(self) -> None:
        self._loading = True
        details = self.context.store.details
        self.country.set_code(details.country)
        self.title_binder.show(details.title)
        for edit, value in ((self.start, details.start_date), (self.end, details.end_date)):
            edit.blockSignals(True)
            edit.setDate(QDate.fromString(value, "yyyy-MM-dd") if is_iso_date(value)
                         else NO_DATE)
            edit.blockSignals(False)
        self.venue_binder.show(details.venue)
        position = self.language.findData(details.language)
        if position < 0:
            self.language.addItem(details.language, details.language)
            position = self.language.count() - 1
        self.language.setCurrentIndex(position)
        for code, box in self.document_boxes.items():
            box.setChecked(code in details.documents)
        for number, box in self.chapter_boxes.items():
            box.setChecked(number in details.chapters)
        self.scope_label.setText(self.tr("Commitments in scope: {n}").format(
            n=len(self.context.store.commitments_in_scope())))
        found = self.context.store.baseline()
        self.baseline_label.setText(self.tr("No baseline: this is a first workshop.")
                                    if found is None else self.tr(
            "Baseline: {title}, {start} (revision {revision}).").format(
            title=found["title"], start=found["start_date"] or "-",
            revision=found["revision"]))
        self._loading = False

    def choose_baseline(self) -> None:
        """Ask for an earlier workshop of the country and take it as the baseline."""
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("The earlier workshop (workshop file or exchange package)"),
            str(self.context.store.path.parent),
            self.tr("Workshop files and exchange packages (*.workshop *.zip)"))
        if name:
            self.take_baseline(Path(name))

    def take_baseline(self, path: Path) -> bool:
        """Take an earlier workshop as the baseline (cannot be undone: it replaces the one
        before); whether it was taken (a refusal is the context's one message)."""
        from workshop.baseline import take_baseline

        return self.context.write_once(lambda store: take_baseline(store, path)) is not None

    def _country_chosen(self, *_args: object) -> None:
        if self._loading:
            return
        code = self.country.code()
        if code and code != self.context.store.details.country:
            commands.set_details(self.context, self.tr("Change the country"), country=code)
        elif not code:
            self.refresh()

    def _date_changed(self, field: str, edit: QDateEdit) -> None:
        if self._loading:
            return
        value = "" if edit.date() == NO_DATE else edit.date().toString("yyyy-MM-dd")
        if getattr(self.context.store.details, field) != value:
            if not commands.set_details(self.context, self.tr("Change the dates"), merge=True,
                                        **{field: value}):
                self.refresh()

    def _scope_changed(self) -> None:
        if self._loading:
            return
        documents = [code for code, box in self.document_boxes.items() if box.isChecked()]
        chapters = [n for n, box in self.chapter_boxes.items() if box.isChecked()]
        commands.set_details(self.context, self.tr("Change the scope"), documents=documents,
                             chapters=chapters)
