"""Projector mode: full screen, large type, one commitment at a time with the groups' answers.

Left and right arrows (or Page Up/Down, Space) move; Esc leaves. The plenary reads the
reference, the summary and every group's status side by side, and the consensus if agreed.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from ui.context import WorkshopContext
from ui.models import labels
from ui.pages.assessment import reference_text
from ui.pages.consensus import group_answers
from workshop import reads
from workshop.model import STATUSES


class ProjectorWindow(QWidget):
    """A full-screen view of one commitment; `left` is emitted when Esc closes it."""

    left = Signal()

    def __init__(self, context: WorkshopContext, commitment_ids: list[str],
                 start: str | None = None) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.context = context
        self.ids = commitment_ids
        self.position = self.ids.index(start) if start in self.ids else 0
        self.setWindowTitle(self.tr("Projector"))
        self.setAccessibleName(self.tr("Projector mode"))
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.9)
        self.setFont(font)
        self.setStyleSheet("background: #101820; color: #f4f4f4;")
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        heading_font = QFont(font)
        heading_font.setPointSizeF(font.pointSizeF() * 1.25)
        self.heading.setFont(heading_font)
        self.body = QTextBrowser(self)
        self.body.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.body.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.clock = QLabel(self)  # the countdown, when one runs
        self.clock.hide()
        self.footer = QLabel(self)
        self.footer.setAlignment(Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 24)
        layout.addWidget(self.clock, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.heading)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.footer)
        self.status_labels = labels(STATUSES)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.context.changed.connect(self._on_changed)
        self.show_current()

    def _on_changed(self, _changes: frozenset[str]) -> None:
        self.show_current()

    def show_countdown(self, text: str, ended: bool) -> None:
        """Show the countdown's time left (or that time is up); "" hides it."""
        self.clock.setText(text)
        self.clock.setVisible(bool(text))
        self.clock.setStyleSheet("color: #ff6b5b; font-weight: bold;" if ended else "")

    def current(self) -> str | None:
        """The id of the commitment on the screen."""
        return self.ids[self.position] if self.ids else None

    def show_current(self) -> None:
        """Draw the commitment at the current position."""
        cid = self.current()
        store = self.context.store
        commitment = self.context.catalog.commitment(cid) if cid else None
        if commitment is None:
            self.heading.setText(self.tr("No commitment in scope."))
            self.body.clear()
            self.footer.clear()
            return
        reference = reference_text(commitment, self.tr("(reference not yet checked)"))
        self.heading.setText(f"<b>{html.escape(reference)}</b><br>"
                             f"{html.escape(commitment.title)}")
        rows = [f"<tr><th align='left'>{html.escape(self.tr('Group'))}</th>"
                f"<th align='left'>{html.escape(self.tr('Status'))}</th>"
                f"<th align='left'>{html.escape(self.tr('Measures or notes'))}</th></tr>"]
        for answer in group_answers(store, commitment.id):
            status = answer["status"]
            label = self.status_labels.get(status, "") if status else self.tr("not assessed")
            detail = html.escape(answer["measures"] or answer["notes"])
            rows.append(f"<tr><td><b>{html.escape(answer['group'])}</b></td>"
                        f"<td>{html.escape(label)}</td><td>{detail}</td></tr>")
        found = reads.consensus_of(store, commitment.id)
        consensus = ""
        if found is not None:
            consensus = (f"<p><b>{html.escape(self.tr('Consensus'))}:</b> "
                         f"{html.escape(self.status_labels.get(found.status, ''))}</p>")
        self.body.setHtml(f"<p>{html.escape(commitment.summary)}</p>"
                          f"<table cellpadding='8' width='100%'>{''.join(rows)}</table>"
                          f"{consensus}")
        self.footer.setText(self.tr("{n} of {total} — arrows move, Esc leaves").format(
            n=self.position + 1, total=len(self.ids)))

    def go_by(self, step: int) -> None:
        """Go to the next (1) or previous (-1) commitment (not `move`: that is QWidget's, which
        places the window, e.g. on the projector's screen)."""
        position = self.position + step
        if 0 <= position < len(self.ids):
            self.position = position
            self.show_current()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.close()
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Space):
            self.go_by(1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp):
            self.go_by(-1)
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802
        # a closed projector stops following edits before Qt deletes its labels
        self.context.changed.disconnect(self._on_changed)
        self.left.emit()
        super().closeEvent(event)
