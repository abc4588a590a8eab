"""The page shown when no workshop is open: New, Open, Demo, and the recent files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class StartPage(QWidget):
    """Big buttons for the three ways to begin; recent files below them."""

    new_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    recent_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(self.tr("<h2>Drug policy workshop</h2><p>Create a workshop, open one, "
                                 "or explore the demo workshop.</p>"), self)
        heading.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addWidget(heading)
        for text, tip, signal in (
                (self.tr("&New workshop…"), self.tr("Create a new workshop file"),
                 self.new_requested),
                (self.tr("&Open a workshop…"), self.tr("Open a workshop file"),
                 self.open_requested),
                (self.tr("Open the &demo workshop"),
                 self.tr("A complete fictional workshop to explore"), self.demo_requested)):
            button = QPushButton(text, self)
            button.setToolTip(tip)
            button.setMinimumHeight(40)
            button.clicked.connect(signal.emit)
            layout.addWidget(button)
        layout.addWidget(QLabel(self.tr("Recent workshops"), self))
        self.recent = QListWidget(self)
        self.recent.setAccessibleName(self.tr("Recent workshops"))
        self.recent.itemActivated.connect(
            lambda item: self.recent_requested.emit(item.data(Qt.ItemDataRole.UserRole)))
        layout.addWidget(self.recent, 1)

    def set_recent(self, files: list[Path]) -> None:
        """List recent files (newest first)."""
        self.recent.clear()
        for path in files:
            item = QListWidgetItem(f"{path.name} — {path.parent}", self.recent)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
