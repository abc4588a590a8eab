"""Projector mode: full screen, type sized to the screen, following the page it was opened on.

From the assessment or consensus page: one commitment at a time, the groups' answers side by
side and the consensus if agreed; from gap prioritisation: the ranked gaps, a screenful at a
time; from action planning: the action plan; from Results: the consensus status by chapter.
Left and right arrows (or Page Up/Down, Space) move; Esc leaves.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from ui.context import WorkshopContext
from ui.language import left_to_right
from ui.models import labels
from ui.pages.assessment import reference_text
from ui.pages.consensus import group_answers
from ui.widgets.heat_map import STATUS_COLOURS
from ui.widgets.status_buttons import KEYS
from workshop.file import reads
from workshop.file.model import PRIORITIES, STATUSES

COMMITMENTS, GAPS, ACTIONS, RESULTS = "commitments", "gaps", "actions", "results"
ROWS_PER_SCREEN = 7


class ProjectorWindow(QWidget):
    """A full-screen view of one commitment; `left` is emitted when Esc closes it."""

    left = Signal()

    def __init__(self, context: WorkshopContext, commitment_ids: list[str],
                 start: str | None = None, kind: str = COMMITMENTS) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.context = context
        self.kind = kind
        self.ids = commitment_ids if kind == COMMITMENTS else self._pages()
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
        self.body.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
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

    def fit_to(self, height: int) -> None:
        """Size the type for a screen `height` pixels tall: the body a thirtieth of it, so
        that the back of the room reads it on any projector."""
        font = QFont(self.font())
        font.setPixelSize(max(16, height // 30))
        self.setFont(font)
        heading = QFont(font)
        heading.setPixelSize(int(font.pixelSize() * 1.3))
        self.heading.setFont(heading)
        self.body.document().setDefaultFont(font)
        self.show_current()

    def _rows(self) -> list[list[str]]:
        """The rows of a list kind (gaps, actions), as cells of plain text."""
        store = self.context.store
        catalog = self.context.catalog
        if self.kind == GAPS:
            priorities = labels(PRIORITIES)
            out = []
            for gap in reads.gaps_by_rank(store):
                commitment = catalog.commitment(gap.commitment_id)
                out.append(["" if gap.rank is None else str(gap.rank), gap.description,
                            left_to_right(commitment.short_reference) if commitment
                            else gap.commitment_id,
                            priorities.get(gap.priority, gap.priority), str(gap.votes)])
            return out
        if self.kind == ACTIONS:
            names = {i.uuid: i.acronym or i.name for i in reads.institutions_by_name(store)}
            return [[a.description, names.get(a.responsible_uuid or "", ""), a.deadline,
                     a.indicator] for a in reads.actions_by_deadline(store)]
        return []

    def _pages(self) -> list[str]:
        if self.kind in (GAPS, ACTIONS):
            count = max(1, -(-len(self._rows()) // ROWS_PER_SCREEN))
            return [str(n) for n in range(count)]
        return ["0"]

    def _on_changed(self, _changes: frozenset[str]) -> None:
        if self.kind != COMMITMENTS:
            self.ids = self._pages()
            self.position = min(self.position, len(self.ids) - 1)
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
        """Draw what is at the current position."""
        if self.kind == RESULTS:
            self._show_results()
        elif self.kind in (GAPS, ACTIONS):
            self._show_list()
        else:
            self._show_commitment()

    def _table(self, header: list[str], rows: list[list[str]]) -> str:
        head = "".join(f"<th align='left'>{html.escape(h)}</th>" for h in header)
        body = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>"
                       for row in rows)
        return f"<table cellpadding='8' width='100%'><tr>{head}</tr>{body}</table>"

    def _show_list(self) -> None:
        rows = self._rows()
        page = int(self.current() or 0)
        shown = rows[page * ROWS_PER_SCREEN:(page + 1) * ROWS_PER_SCREEN]
        if self.kind == GAPS:
            title = self.tr("Gaps, by rank")
            header = [self.tr("Rank"), self.tr("Gap"), self.tr("Commitment"),
                      self.tr("Priority"), self.tr("Votes")]
        else:
            title = self.tr("Action plan")
            header = [self.tr("Action"), self.tr("Responsible"), self.tr("Deadline"),
                      self.tr("Indicator")]
        self.heading.setText(f"<b>{html.escape(title)}</b>")
        self.body.setHtml(self._table(header, shown) if shown else
                          f"<p>{html.escape(self.tr('Nothing yet.'))}</p>")
        first = page * ROWS_PER_SCREEN + 1
        self.footer.setText(self.tr("{first}–{last} of {total} — arrows move, Esc leaves")
                            .format(first=first if shown else 0,
                                    last=first + len(shown) - 1, total=len(rows)))

    def _show_results(self) -> None:
        from workshop.analysis import summarize

        by_chapter = summarize(self.context.store)["counts"]["consensus_by_chapter"]
        columns = [*labels(STATUSES).items(), ("not_assessed", self.tr("No consensus yet"))]
        signs = {**KEYS, "not_assessed": "–"}
        header = "<th align='left'></th>" + "".join(
            f"<th width='7%'>{html.escape(signs.get(code, code))}</th>" for code, _ in columns)
        rows = []
        for number, counts in by_chapter.items():
            chapter = self.context.catalog.chapter(int(number))
            name = f"{number}. {chapter.short}" if chapter else number
            cells = "".join(
                f"<td align='center' style='background:{STATUS_COLOURS.get(code, '#888888')};"
                f"color:#101820'><b>{counts.get(code, 0) or ''}</b></td>"
                for code, _label in columns)
            rows.append(f"<tr><td>{html.escape(name)}</td>{cells}</tr>")
        legend = " &nbsp; ".join(
            f"<span style='background:{STATUS_COLOURS.get(code, '#888888')};color:#101820'>"
            f"&nbsp;{html.escape(signs.get(code, code))}&nbsp;</span> {html.escape(label)}"
            for code, label in columns)
        self.heading.setText(f"<b>{html.escape(self.tr('Consensus status by chapter'))}</b>")
        self.body.setHtml(f"<table cellpadding='6' cellspacing='2' width='100%'><tr>{header}"
                          f"</tr>{''.join(rows)}</table><p>{legend}</p>")
        self.footer.setText(self.tr("Commitments by chapter and agreed status — Esc leaves"))

    def _show_commitment(self) -> None:
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
