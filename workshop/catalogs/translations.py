"""Content in the six languages: catalog and exercise texts from translation files beside them.

One scheme for every content file: the English source stays as it is, and each language has a
file beside it holding only the translatable texts, keyed like the source.

- Catalog `resources/catalogs/<id>-v<version>.json`: `<id>-v<version>.<lang>.json` with
  `chapters` (number: title, short), `challenges` (letter: title, summary) and `commitments`
  (id: title, summary). Document titles and references are cited as published and stay as
  they are.
- Exercise `exercises/<name>.toml`: `<name>.<lang>.toml` with `title`, `purpose`,
  `group_instructions`, `[guiding_questions]` (same keys, lists of the same length) and
  `[questions]` (question id: text). Facilitator notes are for the secretariat's facilitators
  and stay in English.

Anything missing or empty in a translation falls back to English. `missing_content` lists what
a language lacks; `workshop translations missing` reports it with the interface's and the
core's missing strings.
"""

from __future__ import annotations

import ast
import json
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import Any

from workshop.catalogs.catalog import Catalog, bundled_catalog_dir, installed_catalog_dir
from workshop.catalogs.exercises import Exercise, Question, is_table, load_exercises
from workshop.kept_answers import remembered_parse
from workshop.languages.i18n import DEFAULT_LANGUAGE, UN_LANGUAGES, _table
from workshop.paths import bundle_root, exercises_dir, resources_dir

EXERCISE_TEXTS = ("title", "purpose", "group_instructions")
# where a string is a translatable message of the core: tr(...) and N_(...) calls, and the
# reports' t(...), self.t(...) and report.t(...) (a label in the report's language)
_MESSAGE_CALLS = frozenset({"tr", "N_", "t"})


# ----- reading translation files --------------------------------------------------------------

def _read_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        return remembered_parse("toml", path.read_text(encoding="utf-8"), _parse_toml,
                                keep=is_table)
    except (OSError, ValueError):
        return {}


def _parse_toml(text: str) -> dict[str, Any]:
    import tomllib  # only when no answer was kept (see kept_answers)

    return tomllib.loads(text)


def catalog_translation_path(catalog_id: str, version: int, language: str) -> Path | None:
    """The translation file of a catalog version in `language`, bundled or installed."""
    name = f"{catalog_id}-v{version}.{language}.json"
    for folder in (bundled_catalog_dir(), installed_catalog_dir()):
        if (folder / name).is_file():
            return folder / name
    return None


@cache
def _catalog_texts(catalog_id: str, version: int, language: str) -> dict[str, Any]:
    path = catalog_translation_path(catalog_id, version, language)
    return _read_json(path) if path else {}


def _text(table: dict[str, Any], key: str, field: str, english: str) -> str:
    entry = table.get(key)
    value = entry.get(field) if isinstance(entry, dict) else None
    return value if isinstance(value, str) and value.strip() else english


_localized: dict[tuple[str, str], Catalog] = {}


def localized_catalog(catalog: Catalog, language: str) -> Catalog:
    """The catalog with its chapter, challenge and commitment texts in `language`.

    Identity (id, version, hash, content) is unchanged: the same catalog, shown in another
    language. Anything untranslated stays English.
    """
    if language == DEFAULT_LANGUAGE:
        return catalog
    key = (catalog.hash, language)
    if key not in _localized:
        _localized[key] = _localize(catalog, language)
    return _localized[key]


def _localize(catalog: Catalog, language: str) -> Catalog:
    texts = _catalog_texts(catalog.id, catalog.version, language)
    if not texts:
        return catalog
    chapters, challenges, commitments = (texts.get(k, {}) for k in
                                         ("chapters", "challenges", "commitments"))
    return replace(
        catalog,
        chapters=tuple(replace(c, title=_text(chapters, str(c.number), "title", c.title),
                               short=_text(chapters, str(c.number), "short", c.short))
                       for c in catalog.chapters),
        challenges=tuple(replace(c, title=_text(challenges, c.letter, "title", c.title),
                                 summary=_text(challenges, c.letter, "summary", c.summary))
                         for c in catalog.challenges),
        commitments=tuple(replace(c, title=_text(commitments, c.id, "title", c.title),
                                  summary=_text(commitments, c.id, "summary", c.summary))
                          for c in catalog.commitments))


def exercise_translation_path(exercise: Exercise, language: str) -> Path:
    """Where the translation of an exercise definition into `language` lives."""
    source = Path(exercise.source_path) if exercise.source_path else \
        exercises_dir() / f"{exercise.id}.toml"
    return source.with_name(f"{source.stem}.{language}.toml")


def localized_exercise(exercise: Exercise, language: str) -> Exercise:
    """The exercise with its texts for the groups in `language`; untranslated ones English."""
    if language == DEFAULT_LANGUAGE:
        return exercise
    texts = _read_toml(exercise_translation_path(exercise, language))
    if not texts:
        return exercise

    def text(key: str, english: str) -> str:
        value = texts.get(key)
        return value if isinstance(value, str) and value.strip() else english

    questions = texts.get("guiding_questions", {})
    guiding = {}
    for key, english in exercise.guiding_questions.items():
        found = questions.get(key) if isinstance(questions, dict) else None
        usable = isinstance(found, list) and len(found) == len(english) \
            and all(isinstance(q, str) and q.strip() for q in found)
        guiding[key] = tuple(found) if usable else english  # type: ignore[arg-type]
    survey = texts.get("questions", {})
    survey = survey if isinstance(survey, dict) else {}
    translated: dict[str, Any] = {key: text(key, getattr(exercise, key)) for key in EXERCISE_TEXTS}
    return replace(
        exercise,
        **translated,
        guiding_questions=guiding,
        questions=tuple(Question(q.id, text_of(survey, q.id, q.text), q.kind)
                        for q in exercise.questions))


def text_of(table: dict[str, Any], key: str, english: str) -> str:
    """`table[key]` when it is a non-empty string, else the English text."""
    value = table.get(key)
    return value if isinstance(value, str) and value.strip() else english


# ----- what is missing ------------------------------------------------------------------------

def _missing(value: Any) -> bool:
    return not (isinstance(value, str) and value.strip())


def missing_catalog(catalog: Catalog, language: str) -> list[str]:
    """The catalog texts `language` lacks, as `catalog <id>-v<version>: <where>` lines."""
    texts = _catalog_texts(catalog.id, catalog.version, language)
    name = f"{catalog.id}-v{catalog.version}"
    found: list[str] = []
    groups = (("chapters", [(str(c.number), ("title", "short")) for c in catalog.chapters]),
              ("challenges", [(c.letter, ("title", "summary")) for c in catalog.challenges]),
              ("commitments", [(c.id, ("title", "summary")) for c in catalog.commitments]))
    for group, keys in groups:
        table = texts.get(group, {})
        table = table if isinstance(table, dict) else {}
        for key, fields in keys:
            entry = table.get(key)
            entry = entry if isinstance(entry, dict) else {}
            found.extend(f"catalog {name}: {group} {key} {field}" for field in fields
                         if _missing(entry.get(field)))
    return found


def missing_exercise(exercise: Exercise, language: str) -> list[str]:
    """The exercise texts `language` lacks, as `exercise <id>: <where>` lines."""
    texts = _read_toml(exercise_translation_path(exercise, language))
    found = [f"exercise {exercise.id}: {key}" for key in EXERCISE_TEXTS
             if getattr(exercise, key).strip() and _missing(texts.get(key))]
    questions = texts.get("guiding_questions", {})
    questions = questions if isinstance(questions, dict) else {}
    for key, english in exercise.guiding_questions.items():
        got = questions.get(key)
        got = got if isinstance(got, list) else []
        found.extend(f"exercise {exercise.id}: guiding_questions {key} {i + 1}"
                     for i in range(len(english)) if i >= len(got) or _missing(got[i]))
    survey = texts.get("questions", {})
    survey = survey if isinstance(survey, dict) else {}
    found.extend(f"exercise {exercise.id}: questions {q.id}" for q in exercise.questions
                 if _missing(survey.get(q.id)))
    return found


def core_messages(folder: Path | None = None) -> list[str]:
    """Every string the core passes to `tr` or `N_` (its message table's English keys).

    Read from the source with ast, so a new message is found without anyone listing it.
    """
    folder = folder or bundle_root() / "workshop"
    found: dict[str, None] = {}
    for path in sorted(folder.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Call) and _called_name(node.func) in _MESSAGE_CALLS \
                    and node.args \
                    and isinstance(node.args[0], ast.Constant) \
                    and isinstance(node.args[0].value, str):
                found.setdefault(node.args[0].value)
    return list(found)


def _called_name(func: ast.expr) -> str:
    """The name a call is made by: `tr` for tr(...), `t` for self.t(...) or report.t(...)."""
    if isinstance(func, ast.Name):
        return func.id
    return func.attr if isinstance(func, ast.Attribute) else ""


def missing_core(language: str, messages: list[str] | None = None) -> list[str]:
    """The core's messages that `resources/i18n/core.<language>.json` lacks."""
    table = _table(language)
    return [f"core: {text!r}" for text in (messages if messages is not None else core_messages())
            if text not in table]


def missing_interface(language: str) -> list[str]:
    """Interface strings unfinished in `resources/i18n/ui_<language>.ts` (Qt's format)."""
    from xml.etree import ElementTree

    path = resources_dir() / "i18n" / f"ui_{language}.ts"
    if not path.is_file():
        return [f"interface: {path.name} is missing"]
    found = []
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in {"obsolete", "vanished"}:
                continue
            texts = [translation.text] if translation is not None and not len(translation) \
                else [n.text for n in translation.iter("numerusform")] \
                if translation is not None else []
            unfinished = translation is None or translation.get("type") == "unfinished"
            if unfinished or not texts or any(_missing(t) for t in texts):
                found.append(f"interface {name}: {message.findtext('source', '')!r}")
    return found


def missing_translations(languages: tuple[str, ...] | list[str] = UN_LANGUAGES,
                         catalogs: list[Catalog] | None = None,
                         exercises: list[Exercise] | None = None) -> dict[str, list[str]]:
    """What each language lacks that English has: interface, core messages, catalog, exercises.

    English is the source and lacks nothing.
    """
    from workshop.catalogs.catalog import latest_catalog

    catalogs = catalogs if catalogs is not None else [latest_catalog()]
    exercises = exercises if exercises is not None else load_exercises()
    messages = core_messages()
    report: dict[str, list[str]] = {}
    for language in languages:
        if language == DEFAULT_LANGUAGE:
            report[language] = []
            continue
        found = missing_interface(language) + missing_core(language, messages)
        for catalog in catalogs:
            found += missing_catalog(catalog, language)
        for exercise in exercises:
            found += missing_exercise(exercise, language)
        report[language] = found
    return report
