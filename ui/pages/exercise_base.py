"""What every exercise page shares: its definition and the panel of instructions above it."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.context import WorkshopContext
from ui.pages.base import Page
from ui.widgets.exercise_panel import ExercisePanel
from workshop.catalogs.exercises import Exercise


class ExercisePage(Page):
    """A page of one exercise kind, filled by the exercise's definition."""

    def __init__(self, context: WorkshopContext, exercise: Exercise,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.exercise = exercise
        self.title = exercise.title
        self.panel = ExercisePanel(exercise, self)
        self.body = QWidget(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.panel)
        layout.addWidget(self.body, 1)

    def shows(self, field: str) -> bool:
        """Whether the definition lists `table.column` among the fields it shows."""
        return field in self.exercise.fields
