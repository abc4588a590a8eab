"""A combo box that shortens a text too long for it with an ellipsis at the text's end.

Qt's combo box cuts a long text at its edge: in a right-to-left window a Latin group name is
cut at its start, and in any window the reader cannot tell a word is missing. Group names and
catalog titles are often longer than the room a narrow panel gives; this one ends them with
"…" (in their own reading direction) and shows the whole text as the tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QWidget,
)


class ElidingComboBox(QComboBox):
    """A QComboBox whose current text is elided to fit, and whole in its tooltip."""

    def __init__(self, parent: QWidget | None = None, tooltip: str = "") -> None:
        super().__init__(parent)
        self._tooltip = tooltip

    def _show_whole(self, text: str) -> None:
        """The tooltip: what the box is for, then its whole current text (set when painted,
        so a box filled with its signals blocked says it too)."""
        whole = f"{self._tooltip}\n{text}" if self._tooltip and text else text or self._tooltip
        if self.toolTip() != whole:
            self.setToolTip(whole)

    def shown_text(self) -> str:
        """The text as painted: the current text, elided to the room the box has."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        room = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                           QStyle.SubControl.SC_ComboBoxEditField, self)
        return self.fontMetrics().elidedText(self.currentText(), Qt.TextElideMode.ElideRight,
                                             room.width())

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self.shown_text()
        self._show_whole(self.currentText())
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
