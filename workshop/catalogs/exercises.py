"""Exercise definitions: the workshop's group exercises as data, validated on load.

An exercise (coordination map, national assessment, plenary consensus, ...) is a TOML file in
`exercises/`: its purpose, timing, facilitator notes, group instructions, guiding questions, the
record fields it shows and its kind. The kind picks one of the purpose-built pages of the GUI;
the definition fills it, so a new exercise of an existing kind needs no code. Because these files
can be edited by a facilitator or the secretariat, each one is checked whole when loaded and
refused with one sentence that names the file and the problem, never half-used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from workshop.catalogs.validation import Checker
from workshop.errors import WorkshopError
from workshop.file.model import RECORD_BY_TABLE
from workshop.kept_answers import remembered_parse
from workshop.languages.i18n import N_, tr, translation_language
from workshop.paths import exercises_dir

EXERCISE_FORMAT = 1
EXERCISE_KINDS: tuple[str, ...] = (
    "assessment", "consensus", "ranking", "action_plan", "matrix", "survey",
)
# The table each kind's page writes: an exercise of that kind must produce it.
KIND_TABLES: dict[str, str] = {
    "assessment": "assessment",
    "consensus": "consensus",
    "ranking": "gap",
    "action_plan": "action_item",
    "matrix": "coordination",
    "survey": "evaluation_answer",
}
QUESTION_KINDS: tuple[str, ...] = ("score", "text")
CHAPTER_NUMBERS: tuple[int, ...] = (1, 2, 3, 4, 5, 6, 7)
GUIDING_KEYS: tuple[str, ...] = ("general",) + tuple(f"chapter_{n}" for n in CHAPTER_NUMBERS)

MAX_EXERCISE_BYTES = 1024 * 1024
MAX_DURATION_MINUTES = 2 * 24 * 60  # anything longer is a typing mistake, not a workshop

_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*\Z")
_TOML_LINE = re.compile(r"at line (\d+)")

_KNOWN_KEYS = frozenset({
    "format", "id", "order", "kind", "title", "purpose", "duration_minutes",
    "facilitator_notes", "group_instructions", "produces", "fields", "guiding_questions",
    "questions",
})
_QUESTION_KEYS = frozenset({"id", "text", "kind"})


@dataclass(frozen=True)
class Question:
    """A question of a survey exercise: a score from 1 to 5, or free text."""

    id: str
    text: str
    kind: str  # "score" or "text"


@dataclass(frozen=True)
class Exercise:
    """A validated exercise definition, ready for the page its kind names."""

    id: str
    order: int
    kind: str
    title: str
    purpose: str
    duration_minutes: int
    facilitator_notes: str
    group_instructions: str
    produces: tuple[str, ...]
    fields: tuple[str, ...]
    guiding_questions: dict[str, tuple[str, ...]] = field(hash=False)
    questions: tuple[Question, ...] = ()
    source_path: str = field(default="", compare=False)


EXERCISE_PROBLEM = N_("The exercise definition {name} is not valid: {problem}. Correct it or "
                      "restore the bundled file.")


def parse_exercise(data: Any, name: str, stem: str, source_path: str = "") -> Exercise:
    """Validate parsed definition content and build the exercise, or refuse it whole.

    `stem` is the file name without its extension: the id must equal it, so a definition can
    always be found by its file and two files can never claim the same exercise.
    """
    check = Checker(EXERCISE_PROBLEM, name)
    if not isinstance(data, dict):
        raise check.fail(tr("it does not hold a table of settings"))
    unknown = sorted(set(data) - _KNOWN_KEYS)
    if unknown:
        raise check.fail(tr("the setting {key} is not known", key=unknown[0]))
    if "format" not in data:
        raise check.fail(tr("its format is missing, this version of the app reads format {want}",
                            want=EXERCISE_FORMAT))
    if data.get("format") != EXERCISE_FORMAT or isinstance(data.get("format"), bool):
        raise check.fail(tr("its format is {found}, this version of the app reads format {want}",
                            found=data.get("format"), want=EXERCISE_FORMAT))

    exercise_id, order, kind, duration = _identity(check, data, stem)
    title = check.text(data.get("title"), "title", strip=True, limit=120)
    purpose = check.text(data.get("purpose"), "purpose", strip=True, limit=1000)
    notes = check.text(data.get("facilitator_notes"), "facilitator_notes", strip=True, limit=20000)
    instructions = check.text(data.get("group_instructions"), "group_instructions", strip=True,
                              limit=20000)

    produces, shown = _records(check, data, kind)
    guiding = _guiding_questions(data.get("guiding_questions"), check)
    questions = _questions(data.get("questions"), kind, check)

    return Exercise(
        id=exercise_id,
        order=order,
        kind=kind,
        title=title,
        purpose=purpose,
        duration_minutes=duration,
        facilitator_notes=notes,
        group_instructions=instructions,
        produces=produces,
        fields=shown,
        guiding_questions=guiding,
        questions=questions,
        source_path=source_path,
    )


def _identity(check: Checker, data: dict[str, Any], stem: str) -> tuple[str, int, str, int]:
    """The exercise's id (equal to its file name), its place in the day, kind and duration."""
    exercise_id = check.text(data.get("id"), "id", strip=True, limit=64)
    if not _SLUG.match(exercise_id):
        raise check.fail(tr("its id {id} is not of lower-case letters, digits and single hyphens",
                            id=exercise_id))
    if exercise_id != stem:
        raise check.fail(tr("its id {id} differs from its file name {stem}",
                            id=exercise_id, stem=stem))

    order = check.whole_number(data.get("order"), "order")
    if not 1 <= order <= 999:
        raise check.fail(tr("its order {order} is not from 1 to 999", order=order))

    kind = data.get("kind")
    if kind not in EXERCISE_KINDS:
        raise check.fail(tr("its kind {kind} is not one of {kinds}",
                            kind=kind, kinds=", ".join(EXERCISE_KINDS)))

    duration = check.whole_number(data.get("duration_minutes"), "duration_minutes")
    if not 1 <= duration <= MAX_DURATION_MINUTES:
        raise check.fail(tr("its duration of {minutes} minutes is not from 1 to {limit}",
                            minutes=duration, limit=MAX_DURATION_MINUTES))
    return exercise_id, order, kind, duration


def _records(check: Checker, data: dict[str, Any],
             kind: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The record tables the exercise produces (its kind's among them) and the table.column
    fields it shows, each of a table it produces."""
    produces = check.text_list(data.get("produces"), "produces", limit=64)
    for table in produces:
        if table not in RECORD_BY_TABLE:
            raise check.fail(tr("produces names the unknown record table {table}", table=table))
    if KIND_TABLES[kind] not in produces:
        raise check.fail(tr("an exercise of kind {kind} must produce {table} records",
                            kind=kind, table=KIND_TABLES[kind]))

    shown = check.text_list(data.get("fields"), "fields", limit=128)
    for item in shown:
        table, dot, column = item.partition(".")
        record = RECORD_BY_TABLE.get(table) if dot else None
        if record is None or column not in record.columns():
            raise check.fail(tr("fields names {field}, which is not a known table.column",
                                field=item))
        if table not in produces:
            raise check.fail(tr("fields names {field}, but {table} is not in produces",
                                field=item, table=table))
    return produces, shown


def _guiding_questions(value: Any, check: Checker) -> dict[str, tuple[str, ...]]:
    if value is None:
        raise check.fail(tr("guiding_questions is missing"))
    if not isinstance(value, dict):
        raise check.fail(tr("guiding_questions must be a table"))
    unknown = sorted(set(value) - set(GUIDING_KEYS))
    if unknown:
        raise check.fail(tr("guiding_questions has the key {key}, not general or chapter_1 to "
                            "chapter_7", key=unknown[0]))
    if "general" not in value:
        raise check.fail(tr("guiding_questions has no general questions"))
    return {key: check.text_list(value[key], f"guiding_questions.{key}", limit=1000)
            for key in GUIDING_KEYS if key in value}


def _questions(value: Any, kind: str, check: Checker) -> tuple[Question, ...]:
    if kind != "survey":
        if value is not None:
            raise check.fail(tr("only a survey exercise may have questions"))
        return ()
    if value is None:
        raise check.fail(tr("a survey exercise needs questions"))
    if not isinstance(value, list) or not value:
        raise check.fail(tr("questions must be a non-empty list of [[questions]] tables"))
    questions: list[Question] = []
    seen: set[str] = set()
    for n, raw in enumerate(value, start=1):
        where = tr("question {n}", n=n)
        if not isinstance(raw, dict):
            raise check.fail(tr("{where} must be a table", where=where))
        unknown = sorted(set(raw) - _QUESTION_KEYS)
        if unknown:
            raise check.fail(tr("{where} has the unknown setting {key}", where=where,
                                key=unknown[0]))
        question_id = check.text(raw.get("id"), where + " id", strip=True, limit=64)
        if not _SLUG.match(question_id):
            raise check.fail(tr("{where} has the id {id}, not of lower-case letters, digits and "
                                "single hyphens", where=where, id=question_id))
        if question_id in seen:
            raise check.fail(tr("the question id {id} appears twice", id=question_id))
        seen.add(question_id)
        question_kind = raw.get("kind")
        if question_kind not in QUESTION_KINDS:
            raise check.fail(tr("{where} has the kind {kind}, not score or text",
                                where=where, kind=question_kind))
        text = check.text(raw.get("text"), where + " text", strip=True, limit=500)
        questions.append(Question(question_id, text, question_kind))
    return tuple(questions)


def load_exercise(path: Path) -> Exercise:
    """Read, parse and validate one exercise definition file, or refuse it with one sentence.

    What the TOML parser made of the file is kept while its content is the same
    (`kept_answers`); the definition is validated whole at every load all the same.
    """
    path = Path(path)

    def checked(raw: bytes) -> dict[str, Any]:
        data = _parse_definition(raw, path.name)
        parse_exercise(data, path.name, path.stem, str(path))  # a refused one is not kept
        return data

    data = remembered_parse("toml", _definition_bytes(path), checked, keep=is_table)
    return parse_exercise(data, path.name, path.stem, str(path))


def is_table(answer: object) -> bool:
    """Whether a kept answer is what the TOML parser makes of a file (a table)."""
    return isinstance(answer, dict)


def _definition_bytes(path: Path) -> bytes:
    name = path.name
    try:
        if path.stat().st_size > MAX_EXERCISE_BYTES:
            raise WorkshopError(tr(
                "The exercise definition {name} is larger than 1 MB, too large to be an exercise "
                "definition: restore the bundled file.", name=name))
        return path.read_bytes()
    except OSError as error:
        raise WorkshopError(tr("The exercise definition {name} cannot be read ({reason}).",
                               name=name, reason=error.strerror or error)) from None


def _parse_definition(raw: bytes, name: str) -> dict[str, Any]:
    import tomllib  # only when no answer was kept: its import is part of every start otherwise

    try:
        # utf-8-sig: a byte-order mark left by a Windows editor is harmless.
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise WorkshopError(tr(
            "The exercise definition {name} is not UTF-8 text: save it as UTF-8 and try again.",
            name=name)) from None
    try:
        data = tomllib.loads(text)
    except RecursionError:  # brackets nested thousands deep: no exercise looks like that
        raise WorkshopError(tr(
            "The exercise definition {name} is nested too deeply to be an exercise definition: "
            "restore the bundled file.", name=name)) from None
    except tomllib.TOMLDecodeError as error:
        found = _TOML_LINE.search(str(error))
        line = int(found.group(1)) if found else text.count("\n") + 1
        raise WorkshopError(tr(
            "The exercise definition {name} is not valid TOML (line {line}): correct it or "
            "restore the bundled file.", name=name, line=line)) from None
    return data


def load_exercises(folder: Path | None = None) -> list[Exercise]:
    """Every exercise definition in `folder` (default: the bundled ones), in workshop order.

    The whole set is refused when any file is invalid or two files share an id or an order,
    because the workshop flow would otherwise be ambiguous.
    """
    folder = Path(folder) if folder is not None else exercises_dir()
    if not folder.is_dir():
        raise WorkshopError(tr("The exercise folder {folder} is missing: reinstall the app.",
                               folder=folder))
    paths = sorted(p for p in folder.glob("*.toml") if not translation_language(p))
    if not paths:
        raise WorkshopError(tr("The exercise folder {folder} holds no exercise definitions: "
                               "reinstall the app.", folder=folder))
    exercises: list[Exercise] = []
    by_id: dict[str, Exercise] = {}
    by_order: dict[int, Exercise] = {}
    for path in paths:
        exercise = load_exercise(path)
        if exercise.id in by_id:
            raise WorkshopError(tr(
                "The exercise definitions {first} and {second} have the same id {id}: give "
                "each its own.", first=Path(by_id[exercise.id].source_path).name,
                second=path.name, id=exercise.id))
        if exercise.order in by_order:
            raise WorkshopError(tr(
                "The exercise definitions {first} and {second} have the same order {order}: "
                "give each its own place in the workshop.",
                first=Path(by_order[exercise.order].source_path).name, second=path.name,
                order=exercise.order))
        by_id[exercise.id] = exercise
        by_order[exercise.order] = exercise
        exercises.append(exercise)
    return sorted(exercises, key=lambda e: e.order)


def guiding_questions_for(exercise: Exercise, chapter: int | None) -> list[str]:
    """The questions to show a group working on `chapter`: the general ones, then the chapter's.

    With `chapter` None (a group with mixed commitments, or the plenary) only the general
    questions apply.
    """
    if chapter is not None and chapter not in CHAPTER_NUMBERS:
        raise ValueError(f"chapter must be one of 1 to 7 or None, not {chapter!r}")
    questions = list(exercise.guiding_questions.get("general", ()))
    if chapter is not None:
        questions.extend(exercise.guiding_questions.get(f"chapter_{chapter}", ()))
    return questions
