"""One harness for every input surface: catalogs, exercise definitions, workshop files, exchange
packages, catalog workbooks and reviewed workbooks.

Each hostile file of the corpus (tests/data/hostile/, written by make_corpus.py, listed in its
manifest) is fed to the reader the app uses for it. The app must either refuse it with one
sentence naming the file, or accept it with the right result (the hostile text read back byte
for byte); never a traceback, and nothing already saved changes (the user data folder, the
workshop file a review is imported into, the file itself). Property-based tests then throw
random damage at the readers the corpus does not already shake with hypothesis elsewhere.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workshop.catalogs.catalog import load_catalog, parse_catalog
from workshop.catalogs.catalog_workbook import install_catalog_workbook
from workshop.catalogs.exercises import load_exercise, parse_exercise
from workshop.errors import WorkshopError
from workshop.exchange.consolidated import ConsolidatedFile
from workshop.exchange.packages import read_package
from workshop.exchange.review import import_review
from workshop.file.model import Institution
from workshop.file.store import WorkshopFile
from workshop.integrity import check_file

CORPUS = Path(__file__).resolve().parents[1] / "data" / "hostile"
MANIFEST: dict[str, dict[str, Any]] = json.loads((CORPUS / "manifest.json").read_text("utf-8"))


def _make_corpus_module() -> Any:
    spec = importlib.util.spec_from_file_location("make_corpus", CORPUS / "make_corpus.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def _tree(folder: Path) -> dict[str, str]:
    """Every file under a folder with the hash of its bytes."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


# What each surface's reader returns for the texts the manifest says must come back.
def _catalog(path: Path) -> Any:
    return [load_catalog(path).commitments[0].title]


def _exercise(path: Path) -> Any:
    return [load_exercise(path).title]


def _workshop(path: Path) -> Any:
    with WorkshopFile.open(path) as store:
        names = [i.name for i in store.records(Institution, order_by="uuid")]
    assert check_file(path) == []
    return names


def _consolidated(path: Path) -> Any:
    with ConsolidatedFile.open(path) as cfile:  # to write, as a merge opens it
        ids = sorted(cfile.merged())
    assert check_file(path) == []
    return ids


def _package(path: Path) -> Any:
    package = read_package(path)
    return [row["name"] for row in package.records["institution"]]


def _catalog_workbook(path: Path) -> Any:
    return [install_catalog_workbook(path).commitments[0].title]


READERS: dict[str, Callable[[Path], Any]] = {
    "catalog": _catalog, "exercise": _exercise, "workshop": _workshop,
    "consolidated": _consolidated, "package": _package, "catalog_workbook": _catalog_workbook,
}


def _expect(case: dict[str, Any], path: Path, read: Callable[[Path], Any],
            guarded: list[Path]) -> None:
    """Read `path`; check the refusal or the result against the case; nothing saved changes."""
    before = {folder: _tree(folder) for folder in guarded}
    try:
        result = read(path)
    except WorkshopError as error:
        message = error.message
        assert case["expect"] == "refused", f"{path.name} was refused: {message}"
        assert "\n" not in message and path.name in message, message
        assert case["phrase"] in message, message
        assert {folder: _tree(folder) for folder in guarded} == before
        return
    assert case["expect"] == "accepted", f"{path.name} was accepted, expected a refusal"
    wanted = case["text"] if isinstance(case["text"], list) else [case["text"]]
    for text in wanted:
        assert text in result, (text, result)


@pytest.mark.parametrize("name", sorted(MANIFEST))
def test_every_hostile_file_is_refused_in_one_sentence_or_read_right(
        name: str, tmp_path: Path, data_dir: Path) -> None:
    case = MANIFEST[name]
    path = tmp_path / Path(name).name
    for suffix in ("", *case.get("companions", [])):  # a journal beside the file
        shutil.copyfile(CORPUS / f"{name}{suffix}", f"{path}{suffix}")
    _expect(case, path, READERS[case["surface"]], [data_dir, tmp_path])
    if case["expect"] == "refused" and case["surface"] in ("workshop", "consolidated"):
        # `workshop check` says the same in one sentence, and the file is still untouched
        before = _tree(tmp_path)
        problems = check_file(path)
        assert problems and all("\n" not in p for p in problems)
        assert path.read_bytes() == (CORPUS / name).read_bytes()
        assert _tree(tmp_path) == before


def test_a_hostile_installed_catalog_is_skipped_with_its_sentence(data_dir: Path) -> None:
    from workshop.catalogs.catalog import available_catalogs, installed_catalog_dir

    for name in ("catalog/nested-deep.json", "catalog/truncated.json"):
        shutil.copyfile(CORPUS / name, installed_catalog_dir() / Path(name).name)
    problems: list[str] = []
    catalogs = available_catalogs(problems)
    assert catalogs, "the bundled catalog is still there"
    assert len(problems) == 2 and all("\n" not in p for p in problems)


@pytest.fixture(scope="module")
def review_corpus(demo_master: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The reviewed-workbook cases, made from a fresh export of the demo (see make_corpus)."""
    from workshop.reports import write_report

    folder = tmp_path_factory.mktemp("review-corpus")
    exported = write_report(demo_master, "full", "xlsx", folder / "full.xlsx")
    cases = _make_corpus_module().review_cases(exported, tmp_path_factory.mktemp("scratch"))
    for name, (data, _case) in cases.items():
        (folder / name).write_bytes(data)
    (folder / "manifest.json").write_text(json.dumps({n: c for n, (_d, c) in cases.items()}))
    return folder


REVIEW_CASES = [
    "truncated.xlsx", "bit-flipped.xlsx", "not-xlsx.xlsx", "zip-bomb.xlsx",
    "path-traversal.xlsx", "billion-laughs.xlsx", "xxe.xlsx", "formula.xlsx",
    "huge-string.xlsx", "wrong-sheets.xlsx", "rtl-emoji.xlsx", "sql-meta.xlsx",
    "formula-text.xlsx",
    # parts a workbook of the app never has (make_corpus.foreign_part_cases)
    "macro-enabled.xlsx", "external-link.xlsx", "link-outside.xlsx", "embedded-object.xlsx",
    "shape.xlsx", "unused-part.xlsx", "two-parts-one-name.xlsx", "unused-shared-strings.xlsx",
    "comment.xlsx", "formula-far-right.xlsx", "function-in-name.xlsx",
    "function-in-rule.xlsx", "plain-save-parts.xlsx",
    # not what the export wrote, as the workshop file recorded it (review_trust_cases)
    "hidden-uuids-swapped.xlsx", "reworded-on-both-sheets.xlsx", "added-sheet.xlsx",
    "added-hidden-sheet.xlsx", "unknown-export.xlsx", "earlier-format.xlsx"]


@pytest.mark.parametrize("name", REVIEW_CASES)
def test_every_hostile_reviewed_workbook_is_refused_or_recorded_right(
        name: str, review_corpus: Path, demo_path: Path, tmp_path: Path,
        data_dir: Path) -> None:
    case = json.loads((review_corpus / "manifest.json").read_text())[name]
    path = tmp_path / name
    shutil.copyfile(review_corpus / name, path)
    saved = demo_path.read_bytes()

    def read(workbook: Path) -> list[str]:
        try:
            import_review(demo_path, workbook)
        except WorkshopError:
            assert demo_path.read_bytes() == saved
            raise
        with WorkshopFile.open(demo_path, read_only=True) as store:
            return [r.comment for r in store.reviews()]

    _expect(case, path, read, [data_dir])


def test_the_corpus_is_what_its_script_writes(tmp_path: Path) -> None:
    """The committed files and manifest are reproducible from make_corpus.py."""
    manifest = _make_corpus_module().build(tmp_path)
    assert manifest == MANIFEST, "run python tests/data/hostile/make_corpus.py again"
    listed = {str(p.relative_to(CORPUS)) for p in CORPUS.rglob("*")
              if p.is_file() and p.parent != CORPUS and "__pycache__" not in p.parts}
    companions = {f"{name}{suffix}" for name, case in MANIFEST.items()
                  for suffix in case.get("companions", [])}
    assert listed == set(MANIFEST) | companions
    # The files themselves are not compared byte for byte: they are made from the bundled
    # catalog and exercises, which others edit; the committed ones stay hostile either way.
    # When a format changes and a case stops meaning what it says, run make_corpus.py again.


# ----- random damage ---------------------------------------------------------------------------

def _random_json(depth: int = 2) -> st.SearchStrategy[Any]:
    leaves = st.one_of(st.none(), st.booleans(), st.integers(-10, 10**12),
                       st.floats(allow_nan=True), st.text(max_size=20),
                       st.sampled_from(["", "2016", "2016-1-a", "=1+1", "a" * 5000, "\x00"]))
    return st.recursive(leaves, lambda inner: st.lists(inner, max_size=3)
                        | st.dictionaries(st.text(max_size=8), inner, max_size=3),
                        max_leaves=6)


def _paths(data: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in nested data a value can be replaced at."""
    out = [prefix]
    if isinstance(data, dict):
        for key, value in data.items():
            out += _paths(value, prefix + (key,))
    elif isinstance(data, list):
        for index, value in enumerate(data[:3]):
            out += _paths(value, prefix + (index,))
    return out


def _replaced(data: Any, where: tuple[Any, ...], value: Any) -> Any:
    if not where:
        return value
    copy = dict(data) if isinstance(data, dict) else list(data)
    copy[where[0]] = _replaced(data[where[0]], where[1:], value)
    return copy


@pytest.fixture(scope="module")
def catalog_data() -> dict[str, Any]:
    from workshop.paths import resources_dir

    data = json.loads((resources_dir() / "catalogs" / "single-track-v1.json").read_text("utf-8"))
    data["commitments"] = data["commitments"][:12]  # small, still a whole catalog
    return data


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_random_changes_to_a_catalog_are_refused_or_valid(catalog_data: dict[str, Any],
                                                          data: st.DataObject) -> None:
    where = data.draw(st.sampled_from(_paths(catalog_data)))
    changed = _replaced(catalog_data, where, data.draw(_random_json()))
    try:
        catalog = parse_catalog(changed, "random.json")
    except WorkshopError as error:
        assert "\n" not in error.message and "random.json" in error.message
    else:
        assert catalog.commitments and all(c.chapter in range(1, 8)
                                           for c in catalog.commitments)


@pytest.fixture(scope="module")
def exercise_data() -> dict[str, Any]:
    import tomllib

    from workshop.paths import exercises_dir

    return tomllib.loads((exercises_dir() / "national-assessment.toml").read_text("utf-8"))


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_random_changes_to_an_exercise_are_refused_or_valid(exercise_data: dict[str, Any],
                                                            data: st.DataObject) -> None:
    where = data.draw(st.sampled_from(_paths(exercise_data)))
    changed = _replaced(exercise_data, where, data.draw(_random_json()))
    try:
        exercise = parse_exercise(changed, "random.toml", "random")
    except WorkshopError as error:
        assert "\n" not in error.message and "random.toml" in error.message
    else:
        assert exercise.title.strip() and exercise.kind


@pytest.fixture(scope="module")
def small_workshop(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    base = _make_corpus_module()._fresh_workshop(tmp_path_factory.mktemp("w"))
    return base.read_bytes()


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_random_damage_to_a_workshop_file_is_refused_or_opens_sound(
        small_workshop: bytes, tmp_path: Path, data: st.DataObject) -> None:
    raw = bytearray(small_workshop)
    for _ in range(data.draw(st.integers(1, 6))):
        raw[data.draw(st.integers(0, len(raw) - 1))] = data.draw(st.integers(0, 255))
    raw = raw[:data.draw(st.sampled_from([len(raw), len(raw) // 2, 4096, 100]))]
    path = tmp_path / f"random-{hashlib.sha256(raw).hexdigest()[:8]}.workshop"
    path.write_bytes(bytes(raw))
    try:
        store = WorkshopFile.open(path)
    except WorkshopError as error:
        assert "\n" not in error.message and path.name in error.message
        assert path.read_bytes() == bytes(raw)
        return
    with store:
        store.details  # noqa: B018 - readable
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        conn.close()
    for problem in check_file(path):
        assert "\n" not in problem
