"""A page's content in a scroll area that is not a stop of its own on the Tab key's way.

Pages taller than a 1366x768 screen scroll; the area itself takes no keyboard focus, so Tab
goes from the last field of the page straight on to the next part of the window.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea, QWidget


def scroll_area(content: QWidget, parent: QWidget) -> QScrollArea:
    """`content` in a scroll area that resizes it to the width available."""
    scroll = QScrollArea(parent)
    scroll.setWidgetResizable(True)
    scroll.setWidget(content)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return scroll
