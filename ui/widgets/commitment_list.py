"""The commitment list of the assessment and consensus pages, with its filters and keys.

Filters: chapter, document, 2019 challenge, status (or, on the consensus page, a conflict with
a group's copy, which the list marks) and a text search. On the list, the number
keys 0-4 set a status, N sets "not applicable" and ? "not known"; the page decides what setting
a status means (a group's assessment, or the plenary's consensus).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from ui import settings
from ui.models import UUID_ROLE, CommitmentListModel
from ui.widgets.eliding_combo import ElidingComboBox
from workshop.catalogs.catalog import Catalog, Commitment

STATUS_KEYS = {Qt.Key.Key_0: "0", Qt.Key.Key_1: "1", Qt.Key.Key_2: "2", Qt.Key.Key_3: "3",
               Qt.Key.Key_4: "4", Qt.Key.Key_N: "na", Qt.Key.Key_Question: "unknown"}
NOT_ASSESSED = "-"
# What a page may mark commitments for (the consensus page: groups that differ, a conflict
# with a group's copy, ...); each is an entry of the status filter, some show a sign.
FLAG = "flag:"  # the status filter's data for a mark: FLAG + its key
FLAG_SIGNS = {"conflict": "\u26a0", "differ": "\u2260"}


def status_for_key(event: QKeyEvent) -> str | None:
    """The status a key press sets (0-4, N, ?), or None."""
    if event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
        return None
    if event.text() == "?":
        return "unknown"
    return STATUS_KEYS.get(Qt.Key(event.key()))


class StatusKeyListView(QListView):
    """A list where status keys call `on_status` instead of searching the list."""

    def __init__(self, on_status: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.on_status = on_status

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        status = status_for_key(event)
        if status is not None:
            self.on_status(status)
            return
        super().keyPressEvent(event)


class CommitmentList(QWidget):
    """Filters above a list of commitments; `current_changed` names the commitment shown."""

    current_changed = Signal(str)

    def __init__(self, catalog: Catalog, status_labels: dict[str, str],
                 on_status: Callable[[str], None], parent: QWidget | None = None,
                 flag_labels: dict[str, str] | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.status_labels = status_labels
        self.all: list[Commitment] = []
        self.status_of: dict[str, str] = {}
        self.flagged: dict[str, set[str]] = {}
        self.chapter = self._combo(self.tr("Filter by chapter"), self.tr("All chapters"),
                                   [(c.number, f"{c.number}. {c.short}")
                                    for c in catalog.chapters])
        self.document = self._combo(self.tr("Filter by document"), self.tr("All documents"),
                                    [(d.id, d.short) for d in catalog.documents])
        self.challenge = self._combo(self.tr("Filter by 2019 challenge"),
                                     self.tr("All 2019 challenges"),
                                     [(c.letter, f"({c.letter}) {c.title}")
                                      for c in catalog.challenges])
        self.status = self._combo(self.tr("Filter by status"), self.tr("Any status"),
                                  [(NOT_ASSESSED, self.tr("Not assessed yet"))]
                                  + list(status_labels.items())
                                  + [(FLAG + key, label)
                                     for key, label in (flag_labels or {}).items()])
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search reference, title, summary"))
        self.search.setAccessibleName(self.tr("Search commitments"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.apply_filters)
        self.model = CommitmentListModel(self)
        self.on_status = on_status
        self.advance = QCheckBox(self.tr("&Move on after a status key"), self)
        self.advance.setToolTip(self.tr("After 0-4, N or ? on the list, go to the next "
                                        "commitment: one key per commitment"))
        self.advance.setChecked(settings.advance_after_status())
        self.advance.toggled.connect(settings.save_advance_after_status)
        self.view = StatusKeyListView(self.status_key, self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Commitments"))
        self.view.setToolTip(self.tr("0-4, N or ? set the status; Ctrl+Down and Ctrl+Up (or "
                                     "Page Down and Page Up) move to the next or previous "
                                     "commitment"))
        self.view.setUniformItemSizes(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.model.modelReset.connect(self._after_reset)
        self._keep = ""
        self.model.modelAboutToBeReset.connect(self._before_reset)
        grid = QGridLayout()
        grid.addWidget(self.chapter, 0, 0)
        grid.addWidget(self.document, 0, 1)
        grid.addWidget(self.challenge, 1, 0)
        grid.addWidget(self.status, 1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.advance)

    def _combo(self, name: str, everything: str, items: Sequence[tuple[object, str]]) -> QComboBox:
        combo = ElidingComboBox(self, name)
        combo.setAccessibleName(name)
        combo.setToolTip(name)
        combo.addItem(everything, None)
        for data, label in items:
            combo.addItem(label, data)
        combo.setMinimumContentsLength(8)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.currentIndexChanged.connect(self.apply_filters)
        return combo

    def set_commitments(self, commitments: list[Commitment], status_of: dict[str, str],
                        flagged: dict[str, set[str]] | None = None) -> None:
        """The commitments to choose from, the status each has now and those to mark."""
        self.all = commitments
        self.status_of = status_of
        self.flagged = flagged or {}
        self.apply_filters()

    def apply_filters(self) -> None:
        """Show the commitments that pass every filter."""
        chapter = self.chapter.currentData()
        document = self.document.currentData()
        challenge = self.challenge.currentData()
        status = self.status.currentData()
        words = self.search.text().casefold().split()
        shown = []
        for c in self.all:
            if chapter is not None and c.chapter != chapter:
                continue
            if document is not None and c.document != document:
                continue
            if challenge is not None and challenge not in c.challenges:
                continue
            if isinstance(status, str) and status.startswith(FLAG):
                if c.id not in self.flagged.get(status[len(FLAG):], set()):
                    continue
            elif status is not None and self.status_of.get(c.id, NOT_ASSESSED) != status:
                continue
            text = f"{c.reference} {c.id} {c.title} {c.summary}".casefold()
            if any(w not in text for w in words):
                continue
            shown.append(c)
        signs: dict[str, str] = {}
        for key, sign in FLAG_SIGNS.items():
            for cid in self.flagged.get(key, ()):
                signs[cid] = signs.get(cid, "") + sign
        self.model.set_commitments(shown, self.status_of, self.status_labels, signs)
        if not self.view.currentIndex().isValid() and shown:
            self.view.setCurrentIndex(self.model.index(0))

    def show_status(self, commitment_id: str, status: str | None) -> None:
        """A commitment's status changed: repaint its row alone (the whole list again only
        when a status filter may now hide or show it)."""
        if status is None:
            self.status_of.pop(commitment_id, None)
        else:
            self.status_of[commitment_id] = status
        if self.status.currentData() is not None:
            self.apply_filters()
        else:
            self.model.show_status(commitment_id, self.status_of)

    def status_key(self, status: str) -> None:
        """A status key on the list: set it, and move on if the facilitator chose so."""
        self.on_status(status)
        if self.advance.isChecked():
            self.go_by(1)

    def current(self) -> str | None:
        """The id of the commitment shown."""
        index = self.view.currentIndex()
        return index.data(UUID_ROLE) if index.isValid() else None

    def select(self, commitment_id: str) -> None:
        """Make a commitment current."""
        row = self.model.row_of(commitment_id)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row))

    def go_by(self, step: int) -> None:
        """Go to the next (1) or previous (-1) commitment in the list (not `move`: QWidget's
        places the widget)."""
        row = self.view.currentIndex().row() + step
        if 0 <= row < self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(row))

    def _before_reset(self) -> None:
        self._keep = self.current() or ""

    def _after_reset(self) -> None:
        if self._keep:
            self.select(self._keep)
        if not self.view.currentIndex().isValid():
            self.current_changed.emit("")

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.current_changed.emit(current.data(UUID_ROLE) if current.isValid() else "")
