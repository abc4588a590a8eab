"""Checks of a rendered window that several GUI tests share: labels and buttons with less room
than their text needs. Plain functions (no fixtures), so a probe in a subprocess can use them."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QLabel


def clipped(widget) -> list[str]:
    """Visible labels and buttons narrower or lower than their text needs (size hint)."""
    found = []
    for child in widget.findChildren(QLabel) + widget.findChildren(QAbstractButton):
        if not child.isVisible() or not child.text().strip():
            continue
        if isinstance(child, QLabel) and child.wordWrap():
            needed_height = child.heightForWidth(child.width())
            if needed_height > child.height() + 1:
                found.append(f"{type(child).__name__} {child.text()[:40]!r}: height "
                             f"{child.height()} < {needed_height}")
            continue
        hint = child.minimumSizeHint() if isinstance(child, QAbstractButton) \
            else child.sizeHint()
        if hint.width() > child.width() + 1 or hint.height() > child.height() + 1:
            found.append(f"{type(child).__name__} {child.text()[:40]!r}: "
                         f"{child.width()}x{child.height()} < {hint.width()}x{hint.height()}")
    return found
