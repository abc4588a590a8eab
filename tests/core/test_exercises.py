"""Exercise definitions: the bundled six load, and every kind of bad file is refused whole."""

from __future__ import annotations

from pathlib import Path

import pytest

from workshop.catalogs.exercises import (
    EXERCISE_KINDS,
    MAX_EXERCISE_BYTES,
    Exercise,
    guiding_questions_for,
    load_exercise,
    load_exercises,
)
from workshop.errors import WorkshopError
from workshop.languages.i18n import translation_language
from workshop.paths import exercises_dir

BUNDLED_IDS = [
    "coordination-map",
    "national-assessment",
    "plenary-consensus",
    "gap-prioritisation",
    "action-planning",
    "workshop-evaluation",
]

# A small valid definition, as TOML literals per top-level key; tests change one thing at a time.
BASE: dict[str, str] = {
    "format": "1",
    "id": '"{stem}"',
    "order": "1",
    "kind": '"assessment"',
    "title": '"Try-out assessment"',
    "purpose": '"Check the loader."',
    "duration_minutes": "60",
    "facilitator_notes": '"Keep time."',
    "group_instructions": '"Assess each commitment."',
    "produces": '["assessment", "gap"]',
    "fields": '["assessment.status", "gap.description"]',
}
BASE_GUIDING = '[guiding_questions]\ngeneral = ["What is in place?"]\n'
SURVEY_QUESTIONS = (
    '[[questions]]\nid = "useful"\ntext = "Was it useful?"\nkind = "score"\n\n'
    '[[questions]]\nid = "improve"\ntext = "What should change?"\nkind = "text"\n'
)
SURVEY: dict[str, str | None] = {
    "kind": '"survey"',
    "produces": '["evaluation_answer"]',
    "fields": '["evaluation_answer.score", "evaluation_answer.comment"]',
}


def definition(stem: str = "try-out", overrides: dict[str, str | None] | None = None,
               guiding: str = BASE_GUIDING, tail: str = "") -> str:
    """TOML text of a definition: BASE with `overrides` (None removes a key), then tables."""
    values: dict[str, str | None] = dict(BASE)
    values.update(overrides or {})
    lines = [f"{key} = {value.replace('{stem}', stem)}"
             for key, value in values.items() if value is not None]
    return "\n".join(lines) + "\n\n" + guiding + "\n" + tail


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


# --- the bundled definitions ----------------------------------------------------------------


@pytest.fixture(scope="module")
def bundled() -> list[Exercise]:
    return load_exercises()


def test_the_six_bundled_definitions_load_in_workshop_order(bundled: list[Exercise]) -> None:
    assert [e.id for e in bundled] == BUNDLED_IDS
    assert [e.order for e in bundled] == [1, 2, 3, 4, 5, 6]
    sources = [p for p in exercises_dir().glob("*.toml") if not translation_language(p)]
    assert sorted(p.stem for p in sources) == sorted(BUNDLED_IDS)


def test_the_bundled_definitions_cover_every_kind(bundled: list[Exercise]) -> None:
    assert sorted(e.kind for e in bundled) == sorted(EXERCISE_KINDS)
    kinds = {e.id: e.kind for e in bundled}
    assert kinds["coordination-map"] == "matrix"
    assert kinds["national-assessment"] == "assessment"
    assert kinds["plenary-consensus"] == "consensus"
    assert kinds["gap-prioritisation"] == "ranking"
    assert kinds["action-planning"] == "action_plan"
    assert kinds["workshop-evaluation"] == "survey"


def test_every_bundled_definition_has_texts_and_guiding_questions(
        bundled: list[Exercise]) -> None:
    for exercise in bundled:
        assert exercise.title and exercise.purpose
        assert len(exercise.facilitator_notes) > 200, exercise.id
        assert len(exercise.group_instructions) > 100, exercise.id
        assert exercise.guiding_questions["general"], exercise.id
        assert 0 < exercise.duration_minutes <= 8 * 60, exercise.id
        for column in exercise.fields:
            assert column.split(".")[0] in exercise.produces


def test_the_assessment_has_guiding_questions_for_every_chapter(
        bundled: list[Exercise]) -> None:
    assessment = next(e for e in bundled if e.kind == "assessment")
    for chapter in range(1, 8):
        assert len(assessment.guiding_questions[f"chapter_{chapter}"]) >= 3, chapter
    assert {"assessment", "gap", "assistance_need"} <= set(assessment.produces)
    assert "assessment.status" in assessment.fields


def test_only_the_survey_has_questions(bundled: list[Exercise]) -> None:
    for exercise in bundled:
        if exercise.kind == "survey":
            assert 6 <= len(exercise.questions) <= 12
            assert {q.kind for q in exercise.questions} == {"score", "text"}
            assert len({q.id for q in exercise.questions}) == len(exercise.questions)
        else:
            assert exercise.questions == ()


# --- guiding_questions_for ------------------------------------------------------------------


def test_guiding_questions_for_a_chapter_are_the_general_ones_then_the_chapters(
        bundled: list[Exercise]) -> None:
    assessment = next(e for e in bundled if e.kind == "assessment")
    general = list(assessment.guiding_questions["general"])
    chapter_3 = list(assessment.guiding_questions["chapter_3"])
    assert guiding_questions_for(assessment, 3) == general + chapter_3
    assert guiding_questions_for(assessment, None) == general
    assert guiding_questions_for(assessment, 3) != guiding_questions_for(assessment, 4)


def test_guiding_questions_for_a_chapter_without_its_own_are_the_general_ones(
        bundled: list[Exercise]) -> None:
    consensus = next(e for e in bundled if e.kind == "consensus")
    assert guiding_questions_for(consensus, 2) == list(consensus.guiding_questions["general"])


def test_guiding_questions_for_an_impossible_chapter_is_a_programming_error(
        bundled: list[Exercise]) -> None:
    with pytest.raises(ValueError):
        guiding_questions_for(bundled[0], 8)


# --- loading single files -------------------------------------------------------------------


def test_the_base_definition_used_below_is_valid(tmp_path: Path) -> None:
    exercise = load_exercise(write(tmp_path, "try-out.toml", definition()))
    assert exercise.id == "try-out"
    assert exercise.produces == ("assessment", "gap")
    assert exercise.guiding_questions == {"general": ("What is in place?",)}
    survey = load_exercise(write(tmp_path, "try-out.toml",
                                 definition(overrides=SURVEY, tail=SURVEY_QUESTIONS)))
    assert [(q.id, q.kind) for q in survey.questions] == [("useful", "score"),
                                                           ("improve", "text")]


def test_a_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "try-out.toml"
    path.write_bytes(b"\xef\xbb\xbf" + definition().encode("utf-8"))
    assert load_exercise(path).id == "try-out"


BAD_DEFINITIONS: dict[str, tuple[str, str]] = {
    # name: (TOML text, a fragment the message must hold)
    "toml syntax": (definition().replace('order = 1', 'order = = 1'), "line 3"),
    "unknown setting": (definition(overrides={"colour": '"blue"'}), "colour"),
    "format 2": (definition(overrides={"format": "2"}), "format"),
    "format missing": (definition(overrides={"format": None}), "format"),
    "format true": (definition(overrides={"format": "true"}), "format"),
    "id not the file name": (definition(overrides={"id": '"other-exercise"'}), "other-exercise"),
    "id missing": (definition(overrides={"id": None}), "id"),
    "order missing": (definition(overrides={"order": None}), "order"),
    "order zero": (definition(overrides={"order": "0"}), "order"),
    "unknown kind": (definition(overrides={"kind": '"quiz"'}), "quiz"),
    "kind missing": (definition(overrides={"kind": None}), "kind"),
    "duration zero": (definition(overrides={"duration_minutes": "0"}), "duration"),
    "duration negative": (definition(overrides={"duration_minutes": "-30"}), "duration"),
    "duration over two days": (definition(overrides={"duration_minutes": "2881"}), "duration"),
    "duration as text": (definition(overrides={"duration_minutes": '"60"'}), "duration"),
    "duration as float": (definition(overrides={"duration_minutes": "60.5"}), "duration"),
    "title missing": (definition(overrides={"title": None}), "title"),
    "purpose blank": (definition(overrides={"purpose": '"   "'}), "purpose"),
    "notes missing": (definition(overrides={"facilitator_notes": None}), "facilitator_notes"),
    "instructions not text": (definition(overrides={"group_instructions": "3"}),
                              "group_instructions"),
    "title too long": (definition(overrides={"title": '"' + "x" * 500 + '"'}), "title"),
    "produces unknown table": (definition(overrides={"produces": '["assessment", "votes"]'}),
                               "votes"),
    "produces empty": (definition(overrides={"produces": "[]"}), "produces"),
    "produces not a list": (definition(overrides={"produces": '"assessment"'}), "produces"),
    "produces lacks the kind's table": (
        definition(overrides={"produces": '["gap"]', "fields": '["gap.description"]'}),
        "assessment"),
    "fields unknown column": (
        definition(overrides={"fields": '["assessment.colour"]'}), "assessment.colour"),
    "fields unknown table": (definition(overrides={"fields": '["nothing.status"]'}),
                             "nothing.status"),
    "fields without table": (definition(overrides={"fields": '["status"]'}), "status"),
    "fields table not produced": (
        definition(overrides={"fields": '["assessment.status", "consensus.status"]'}),
        "consensus.status"),
    "fields missing": (definition(overrides={"fields": None}), "fields"),
    "guiding key chapter_8": (
        definition(guiding=BASE_GUIDING + 'chapter_8 = ["Beyond the seven?"]\n'), "chapter_8"),
    "guiding key chapter_0": (
        definition(guiding=BASE_GUIDING + 'chapter_0 = ["Before the first?"]\n'), "chapter_0"),
    "guiding key free text": (
        definition(guiding=BASE_GUIDING + 'health = ["Which?"]\n'), "health"),
    "guiding questions missing": (definition(guiding=""), "guiding_questions"),
    "guiding general missing": (
        definition(guiding='[guiding_questions]\nchapter_1 = ["Which?"]\n'), "general"),
    "guiding list empty": (definition(guiding="[guiding_questions]\ngeneral = []\n"), "general"),
    "guiding question blank": (
        definition(guiding='[guiding_questions]\ngeneral = ["  "]\n'), "general"),
    "questions on a non-survey": (definition(tail=SURVEY_QUESTIONS), "survey"),
    "survey without questions": (definition(overrides=SURVEY), "questions"),
    "survey with duplicate question ids": (
        definition(overrides=SURVEY,
                   tail=SURVEY_QUESTIONS.replace('id = "improve"', 'id = "useful"')),
        "useful"),
    "survey question kind unknown": (
        definition(overrides=SURVEY,
                   tail=SURVEY_QUESTIONS.replace('kind = "text"', 'kind = "stars"')),
        "stars"),
    "survey question text empty": (
        definition(overrides=SURVEY,
                   tail=SURVEY_QUESTIONS.replace('"Was it useful?"', '""')),
        "question 1"),
    "survey question id not a slug": (
        definition(overrides=SURVEY,
                   tail=SURVEY_QUESTIONS.replace('id = "improve"', 'id = "Improve It"')),
        "Improve It"),
    "survey questions not tables": (
        definition(overrides={**SURVEY, "questions": '["Was it useful?"]'}), "question 1"),
}


@pytest.mark.parametrize("case", sorted(BAD_DEFINITIONS))
def test_a_bad_definition_is_refused_with_one_sentence_naming_the_file(
        tmp_path: Path, case: str) -> None:
    text, fragment = BAD_DEFINITIONS[case]
    path = write(tmp_path, "try-out.toml", text)
    with pytest.raises(WorkshopError) as caught:
        load_exercise(path)
    message = str(caught.value)
    assert "try-out.toml" in message
    assert fragment in message
    assert "\n" not in message and message.endswith(".")
    assert "Traceback" not in message


def test_an_id_that_is_not_a_slug_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "Try_Out.toml", definition(stem="Try_Out"))
    with pytest.raises(WorkshopError, match=r"Try_Out\.toml.*Try_Out"):
        load_exercise(path)


def test_a_file_over_one_megabyte_is_refused(tmp_path: Path) -> None:
    text = definition() + "# padding\n" * (MAX_EXERCISE_BYTES // 10 + 1)
    path = write(tmp_path, "try-out.toml", text)
    assert path.stat().st_size > MAX_EXERCISE_BYTES
    with pytest.raises(WorkshopError, match=r"try-out\.toml.*1 MB"):
        load_exercise(path)


def test_a_file_that_is_not_utf8_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "try-out.toml"
    path.write_bytes(definition(overrides={"title": '"Évaluation"'}).encode("latin-1"))
    with pytest.raises(WorkshopError, match=r"try-out\.toml.*UTF-8"):
        load_exercise(path)


def test_a_missing_file_is_refused_with_one_sentence(tmp_path: Path) -> None:
    with pytest.raises(WorkshopError, match=r"try-out\.toml"):
        load_exercise(tmp_path / "try-out.toml")


def test_a_syntax_error_at_the_end_names_a_line(tmp_path: Path) -> None:
    path = write(tmp_path, "try-out.toml", definition() + 'notes = """never closed\n')
    with pytest.raises(WorkshopError, match=r"try-out\.toml.*TOML \(line \d+\)"):
        load_exercise(path)


# --- loading a folder -----------------------------------------------------------------------


def test_a_folder_is_sorted_by_order_not_by_file_name(tmp_path: Path) -> None:
    write(tmp_path, "alpha.toml", definition("alpha", {"order": "2"}))
    write(tmp_path, "beta.toml", definition("beta", {"order": "1"}))
    write(tmp_path, "notes.txt", "not an exercise")
    assert [e.id for e in load_exercises(tmp_path)] == ["beta", "alpha"]


def test_two_definitions_with_the_same_order_are_refused_naming_both(tmp_path: Path) -> None:
    write(tmp_path, "alpha.toml", definition("alpha", {"order": "3"}))
    write(tmp_path, "beta.toml", definition("beta", {"order": "3"}))
    with pytest.raises(WorkshopError) as caught:
        load_exercises(tmp_path)
    assert "alpha.toml" in str(caught.value) and "beta.toml" in str(caught.value)


def test_one_bad_file_refuses_the_whole_folder(tmp_path: Path) -> None:
    write(tmp_path, "alpha.toml", definition("alpha", {"order": "1"}))
    write(tmp_path, "beta.toml", definition("beta", {"order": "2", "kind": '"quiz"'}))
    with pytest.raises(WorkshopError, match=r"beta\.toml"):
        load_exercises(tmp_path)


def test_an_empty_or_missing_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(WorkshopError):
        load_exercises(tmp_path)
    with pytest.raises(WorkshopError):
        load_exercises(tmp_path / "absent")
