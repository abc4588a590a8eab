"""The instructions and guiding questions of an exercise, from its definition, collapsible.

Every exercise page shows what its definition in `exercises/` says: the purpose, the
instructions for the groups and the guiding questions (general, and per chapter where the
definition has them). The panel folds away to leave room on a 1366x768 screen.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTextBrowser, QToolButton, QVBoxLayout, QWidget

from workshop.catalogs.exercises import Exercise, guiding_questions_for


class ExercisePanel(QWidget):
    """A header button that shows or hides the exercise's instructions and questions."""

    def __init__(self, exercise: Exercise, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.exercise = exercise
        self.toggle = QToolButton(self)
        self.toggle.setText(self.tr("Instructions and guiding questions"))
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setCheckable(True)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setToolTip(self.tr("Show or hide what the definition of this exercise says"))
        self.text = QTextBrowser(self)
        self.text.setAccessibleName(self.tr("Instructions and guiding questions"))
        self.text.setMaximumHeight(200)
        self.text.setVisible(False)
        self.toggle.toggled.connect(self._show)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toggle)
        layout.addWidget(self.text)
        self.set_chapter(None)

    def _show(self, shown: bool) -> None:
        self.text.setVisible(shown)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    def set_chapter(self, chapter: int | None) -> None:
        """Show the general questions and those of one chapter."""
        e = self.exercise
        parts = [f"<p><i>{html.escape(e.purpose)}</i></p>",
                 f"<h4>{html.escape(self.tr('Instructions'))}</h4>",
                 "<p>" + html.escape(e.group_instructions).replace("\n", "<br>") + "</p>",
                 f"<h4>{html.escape(self.tr('Guiding questions'))}</h4><ul>"]
        parts += [f"<li>{html.escape(q)}</li>" for q in guiding_questions_for(e, chapter)]
        parts.append("</ul>")
        self.text.setHtml("".join(parts))
