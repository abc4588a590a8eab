"""Workshop evaluation: the answers to each question of the survey's definition."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QSplitter, QVBoxLayout, QWidget

from ui import commands
from ui.context import WorkshopContext
from ui.models import Column, RecordTableModel, TableSpec
from ui.pages.exercise_base import ExercisePage
from ui.widgets.record_table import RecordTable
from workshop.catalogs.exercises import Exercise, Question
from workshop.file import reads
from workshop.file.model import EvaluationAnswer, Participant, new_uuid


def participant_choices(context: WorkshopContext) -> dict[str, str]:
    """Participants by uuid, labelled by name or role (answers may stay anonymous)."""
    return {p.uuid: p.name or p.role or p.uuid[:8] for p in context.store.records(Participant)}


class EvaluationPage(ExercisePage):
    """The evaluation exercise (kind "survey"): a question on the left, its answers beside it."""

    watches = frozenset({"evaluation_answer"})

    def __init__(self, context: WorkshopContext, exercise: Exercise,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, exercise, parent)
        self.questions = QListWidget(self.body)
        self.questions.setAccessibleName(self.tr("Questions"))
        self.questions.setWordWrap(True)
        for question in exercise.questions:
            item = QListWidgetItem(question.text, self.questions)
            item.setData(Qt.ItemDataRole.UserRole, question.id)
        self.question_label = QLabel(self.body)
        self.question_label.setWordWrap(True)
        self.summary = QLabel(self.body)
        self.score = RecordTableModel(context, TableSpec(
            EvaluationAnswer, [Column("score", self.tr("Score (1-5)"), kind="optional_int"),
                               Column("comment", self.tr("Comment")),
                               Column("participant_uuid", self.tr("Participant (optional)"),
                                      lambda: participant_choices(context))],
            rows=lambda store: reads.answers_to(store, self._question_id())),
            self.tr("Edit an answer"))
        self.table = RecordTable(self.score, self.tr("Answers"), self.add_answer,
                                 self.tr("Remove answers"), self.body, stretch=1)  # comment
        right = QWidget(self.body)
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.question_label)
        right_layout.addWidget(self.summary)
        right_layout.addWidget(self.table, 1)
        splitter = QSplitter(self.body)
        splitter.addWidget(self.questions)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.questions.currentRowChanged.connect(lambda _row: self.refresh())
        if self.questions.count():
            self.questions.setCurrentRow(0)

    def _question_id(self) -> str:
        question = self.question()
        return question.id if question is not None else ""

    def question(self) -> Question | None:
        """The question selected."""
        row = self.questions.currentRow()
        return self.exercise.questions[row] if 0 <= row < len(self.exercise.questions) else None

    def refresh(self) -> None:
        question = self.question()
        self.score.reload()
        if question is None:
            self.question_label.setText(self.tr("This evaluation has no questions."))
            return
        self.question_label.setText(f"<b>{question.text}</b>")
        self.table.view.setColumnHidden(0, question.kind != "score")
        scores = [r.score for r in self.score.rows
                  if isinstance(r, EvaluationAnswer) and r.score is not None]
        if question.kind == "score" and scores:
            self.summary.setText(self.tr("{n} answers, average {mean:.1f} of 5").format(
                n=len(scores), mean=sum(scores) / len(scores)))
        else:
            self.summary.setText(self.tr("%n answers", "", len(self.score.rows)))

    def add_answer(self) -> None:
        """Add an answer to the selected question."""
        question = self.question()
        if question is None:
            return
        record = EvaluationAnswer(uuid=new_uuid(), question_id=question.id,
                                  score=3 if question.kind == "score" else None)
        if commands.add(self.context, self.tr("Add an answer"), record):
            self.table.select_uuid(record.uuid, 0 if question.kind == "score" else 1, edit=True)
