"""The implementation scale as a row of buttons, each with its key (0-4, N, ?).

The chosen status is shown in its colour of the scale (the heat map's) with a dark frame, so
that it reads from the back of a room; the others stay plain. Not in bold: the wider letters
would not fit a button sized for the plain ones ("4 Fully implemented and sustained" lost its
first letters)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QPushButton, QWidget

from ui.widgets.heat_map import STATUS_COLOURS

KEYS = {"0": "0", "1": "1", "2": "2", "3": "3", "4": "4", "na": "N", "unknown": "?"}


def _luminance(colour: QColor) -> float:
    """Relative luminance (WCAG 2): black text reads better above 0.179, white below."""
    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return (0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF())
            + 0.0722 * linear(colour.blueF()))


def chosen_style(code: str) -> str:
    """The style sheet of a status button: its scale colour when checked, with text dark or
    light, whichever reads on it."""
    colour = QColor(STATUS_COLOURS.get(code, "#888888"))
    text = "#000000" if _luminance(colour) > 0.179 else "#ffffff"  # the higher contrast
    return (f"QPushButton:checked {{ background-color: {colour.name()}; color: {text}; "
            f"border: 2px solid #202020; border-radius: 3px; }}")


class StatusButtons(QWidget):
    """Checkable buttons for the statuses; `chosen` carries the status code clicked."""

    chosen = Signal(str)

    def __init__(self, status_labels: dict[str, str], name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QPushButton] = {}
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(4)
        for i, (code, label) in enumerate(status_labels.items()):
            button = QPushButton(f"{KEYS.get(code, '')}  {label}", self)
            button.setCheckable(True)
            button.setToolTip(self.tr("{label} (key {key})").format(label=label,
                                                                   key=KEYS.get(code, "")))
            button.setAccessibleName(label)
            button.setStyleSheet(chosen_style(code))
            button.clicked.connect(lambda _checked=False, c=code: self.chosen.emit(c))
            self.group.addButton(button)
            self.buttons[code] = button
            layout.addWidget(button, i // 3, i % 3)

    def set_status(self, code: str | None) -> None:
        """Show a status as checked (None: none)."""
        self.group.setExclusive(False)
        for status, button in self.buttons.items():
            button.setChecked(status == code)
        self.group.setExclusive(True)
