"""Saves what is typed into a text field shortly after typing stops, as one undo step.

Each save is one transaction in the workshop file, so nothing typed is lost, and successive saves
of the same field merge into one undo step (the command's merge key). Saving waits for a short
pause (or for the field to lose focus) so a sentence is not written to disk once per keystroke.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent


class TextBinder(QObject):
    """Binds a QLineEdit or QPlainTextEdit to a save function."""

    delay_ms = 600  # tests set 0: save on every change

    def __init__(self, editor: QLineEdit | QPlainTextEdit, save: Callable[[str], object]) -> None:
        super().__init__(editor)
        self.editor = editor
        self.save = save
        self.saved_text = ""
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.flush)
        if isinstance(editor, QLineEdit):
            editor.textEdited.connect(self._edited)
            editor.editingFinished.connect(self.flush)  # also when it loses the focus
        else:
            editor.textChanged.connect(self._edited)
            editor.installEventFilter(self)  # it has no signal for losing the focus

    def text(self) -> str:
        """The text in the editor now."""
        if isinstance(self.editor, QLineEdit):
            return self.editor.text()
        return self.editor.toPlainText()

    def _edited(self, *_args: object) -> None:
        if self.editor.signalsBlocked():
            return
        if TextBinder.delay_ms <= 0:
            self.flush()
        else:
            self.timer.start(TextBinder.delay_ms)

    def flush(self) -> None:
        """Save now if the text differs from what was last saved or shown."""
        self.timer.stop()
        text = self.text()
        if text != self.saved_text:
            self.saved_text = text
            self.save(text)

    def show(self, text: str) -> None:
        """Show stored text (after a refresh); typing in progress is saved first."""
        if self.timer.isActive():
            self.flush()
        self.saved_text = text
        if self.text() != text:
            self.editor.blockSignals(True)
            if isinstance(self.editor, QLineEdit):
                self.editor.setText(text)
            else:
                self.editor.setPlainText(text)
            self.editor.blockSignals(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == event.Type.FocusOut:
            self.flush()
        return False
