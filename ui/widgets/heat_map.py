"""A heat map of consensus status by chapter, painted with QPainter (no QtCharts).

Rows are the seven chapters, columns the statuses of the implementation scale and "not
assessed"; each cell shows the count, shaded by its share of the chapter's commitments. The
figures are those of `workshop.analysis.summarize` (its `consensus_by_chapter`).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui.models import labels
from workshop.catalogs.catalog import Catalog
from workshop.file.model import STATUSES

# Colours of the scale, from red (no action) to green (sustained); grey for the others.
STATUS_COLOURS = {"0": "#c0392b", "1": "#e67e22", "2": "#f1c40f", "3": "#7fb843",
                  "4": "#27ae60", "na": "#7f8c8d", "unknown": "#95a5a6",
                  "not_assessed": "#bdc3c7"}
HEADER_LINES = 3.2  # room for headers wrapped on up to three lines


class HeatMap(QWidget):
    """Counts of consensus statuses per chapter, as shaded cells."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, dict[str, int]]] = []
        self.columns: list[tuple[str, str]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("Heat map of consensus status by chapter"))

    def show_consensus(self, catalog: Catalog, by_chapter: dict[str, dict[str, int]]) -> None:
        """Show the `consensus_by_chapter` figures of a workshop or of many, chapters named."""
        columns = list(labels(STATUSES).items())
        columns.append(("not_assessed", self.tr("No consensus yet")))
        rows = []
        for number, counts in by_chapter.items():
            chapter = catalog.chapter(int(number))
            rows.append((f"{number}. {chapter.short}" if chapter else number, counts))
        self.set_data(rows, columns)

    def set_data(self, rows: list[tuple[str, dict[str, int]]],
                 columns: list[tuple[str, str]]) -> None:
        """rows: (chapter label, {status: count}); columns: (status code, header label)."""
        self.rows = rows
        self.columns = columns
        self.setToolTip("\n".join(
            f"{label}: " + ", ".join(f"{header} {counts.get(code, 0)}"
                                     for code, header in columns)
            for label, counts in rows))
        self.setMinimumHeight(self.sizeHint().height())
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        line = self.fontMetrics().height()
        return QSize(720, int(line * (2.0 * len(self.rows) + HEADER_LINES + 0.5)))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(400, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        if not self.rows or not self.columns:
            return
        painter = QPainter(self)
        try:
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        label_width = min(max(metrics.horizontalAdvance(r[0]) for r in self.rows) + 12,
                          self.width() // 3)
        line = metrics.height()
        header_height = line * HEADER_LINES
        row_height = (self.height() - header_height) / len(self.rows)
        cell_width = (self.width() - label_width) / len(self.columns)
        text = self.palette().windowText().color()
        painter.setPen(text)
        for c, (_code, header) in enumerate(self.columns):
            rect = QRectF(label_width + c * cell_width, 0, cell_width, header_height)
            painter.drawText(rect.adjusted(2, 0, -2, 0),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, header)
        for r, (label, counts) in enumerate(self.rows):
            top = header_height + row_height * r
            painter.setPen(text)
            painter.drawText(QRectF(0, top, label_width - 6, row_height),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             metrics.elidedText(label, Qt.TextElideMode.ElideRight,
                                                label_width - 6))
            total = sum(counts.values()) or 1
            for c, (code, _header) in enumerate(self.columns):
                value = counts.get(code, 0)
                colour = QColor(STATUS_COLOURS.get(code, "#888888"))
                colour.setAlphaF(0.12 + 0.88 * value / total if value else 0.05)
                rect = QRectF(label_width + c * cell_width + 1, top + 1, cell_width - 2,
                              row_height - 2)
                painter.fillRect(rect, colour)
                painter.setPen(text)
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(value))
