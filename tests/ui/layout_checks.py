"""Checks of a rendered window that several GUI tests share: labels and buttons with less room
than their text needs. Plain functions (no fixtures), so a probe in a subprocess can use them."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QStyle,
    QStyleOptionComboBox,
)

from ui.widgets.eliding_combo import ElidingComboBox


def cut_combo_text(combo: QComboBox) -> bool:
    """Whether a combo box cuts its current text at its edge (an eliding one never does: it
    ends the text with an ellipsis instead)."""
    if isinstance(combo, ElidingComboBox) or combo.isEditable():
        return False
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    room = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                        QStyle.SubControl.SC_ComboBoxEditField, combo)
    return combo.fontMetrics().horizontalAdvance(combo.currentText()) > room.width()


def clipped(widget) -> list[str]:
    """Visible labels and buttons narrower or lower than their text needs (size hint), and
    combo boxes that cut their text."""
    found = [f"QComboBox {combo.currentText()[:40]!r}: its text is cut"
             for combo in widget.findChildren(QComboBox)
             if combo.isVisible() and cut_combo_text(combo)]
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
