"""The implementation scale as a row of buttons, each with its key (0-4, N, ?)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QPushButton, QWidget

KEYS = {"0": "0", "1": "1", "2": "2", "3": "3", "4": "4", "na": "N", "unknown": "?"}


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
