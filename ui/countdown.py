"""A countdown for group work and plenary (View > Countdown), shown in the main window's
status bar and on the projector, and the main window's zoom (View > Zoom in, Zoom out)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

ZOOM_STEPS = (0.8, 0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0)


class Countdown(QObject):
    """Minutes and seconds left; `ticked` carries the text to show ("" when stopped),
    `ended` fires once at zero."""

    ticked = Signal(str)
    ended = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.left = 0
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.tick)

    def start(self, seconds: int) -> None:
        """Count down from `seconds`."""
        self.left = max(0, seconds)
        self.timer.start()
        self.ticked.emit(self.text())

    def stop(self) -> None:
        """Stop and clear the countdown."""
        self.timer.stop()
        self.left = 0
        self.ticked.emit("")

    def tick(self) -> None:
        """One second less; at zero the countdown ends (and says so)."""
        if self.left > 0:
            self.left -= 1
        self.ticked.emit(self.text())
        if self.left == 0:
            self.timer.stop()
            self.ended.emit()

    def text(self) -> str:
        """What is left, as M:SS (or "0:00")."""
        minutes, seconds = divmod(self.left, 60)
        return f"\u23f1 {minutes}:{seconds:02d}"


def zoomed_font(base: QFont, factor: float) -> QFont:
    """The application font at `factor` times its size at start."""
    font = QFont(base)
    font.setPointSizeF(max(6.0, base.pointSizeF() * factor))
    return font


def apply_zoom(base: QFont, factor: float) -> None:
    """Set the whole interface's type to `factor` times its size at start."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.setFont(zoomed_font(base, factor))
