"""Answers kept between starts (kept_answers): right whatever the cache file holds.

The cache spares every start Babel's data and the TOML parser; it must never answer wrongly:
a changed source, a hand-edited or torn cache file, a missing cache folder all fall back to
asking again, and what is refused is never kept.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from workshop import kept_answers
from workshop.catalogs.exercises import load_exercise
from workshop.errors import WorkshopError
from workshop.languages import locale_data
from workshop.paths import exercises_dir


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A fresh cache folder, nothing read from it yet."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("WORKSHOP_CACHE_DIR", str(folder))
    kept_answers.forget()
    locale_data.country_names.cache_clear()
    yield folder
    kept_answers.forget()
    locale_data.country_names.cache_clear()


def _kept(cache: Path) -> dict[str, Any]:
    return json.loads((cache / kept_answers.FILE_NAME).read_text(encoding="utf-8"))


def _ask(answer: Any, asked: list[Any]) -> Callable[[], Any]:
    """A question's asker that notes each time it is asked."""
    def ask() -> Any:
        asked.append(answer)
        return answer
    return ask


def test_an_answer_is_kept_for_the_same_source_and_asked_again_for_another(cache: Path) -> None:
    asked: list = []
    is_text = lambda answer: isinstance(answer, str)  # noqa: E731
    assert kept_answers.remembered("s", "q", "v1", _ask("one", asked), is_text) == "one"
    kept_answers.forget()  # as a new start would: read back from the file
    assert kept_answers.remembered("s", "q", "v1", _ask("other", asked), is_text) == "one"
    assert asked == ["one"]
    assert kept_answers.remembered("s", "q", "v2", _ask("two", asked), is_text) == "two"
    assert asked == ["one", "two"]
    assert _kept(cache)["sections"]["s"]["q"] == {"source": "v2", "answer": "two"}


def test_a_hand_edited_torn_or_foreign_cache_file_is_never_believed(cache: Path) -> None:
    is_names = lambda answer: isinstance(answer, dict)  # noqa: E731
    path = cache / kept_answers.FILE_NAME
    cache.mkdir()
    for content in ('{"format": 1, "sections": {"s": {"q": {"source": "v", "answer": "x"}}}}',
                    '{"format": 1, "sections": {"s": {"q": "not an entry"}}}',
                    '{"format": 1, "sections": []}', '{"format": 99, "sections": {}}',
                    '{"format": 1, "sect', "[" * 100_000, "\x00\xff not json", "[]"):
        path.write_text(content, encoding="utf-8", errors="surrogateescape")
        kept_answers.forget()
        asked: list = []
        answer = kept_answers.remembered("s", "q", "v", _ask({"A": "a"}, asked), is_names)
        assert answer == {"A": "a"} and asked == [{"A": "a"}], content[:40]
        assert _kept(cache)["sections"]["s"]["q"]["answer"] == {"A": "a"}  # mended


def test_odd_questions_a_pipe_or_an_oversized_file_never_break_the_answers(
        cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    is_text = lambda answer: isinstance(answer, str)  # noqa: E731
    asked: list[Any] = []
    # a question no UTF-8 can write (a file name's lone surrogate): kept all the same
    odd = "caf\udce9"
    assert kept_answers.remembered("s", odd, "v", _ask("a", asked), is_text) == "a"
    kept_answers.forget()
    assert kept_answers.remembered("s", odd, "v", _ask("b", asked), is_text) == "a"
    assert kept_answers.remembered("s", "next", "v", _ask("c", asked), is_text) == "c"
    assert asked == ["a", "c"]
    # a pipe where the file should be is never waited on (pipes with names: POSIX)
    path = cache / kept_answers.FILE_NAME
    if hasattr(os, "mkfifo"):
        path.unlink()
        os.mkfifo(path)
        kept_answers.forget()
        assert kept_answers.remembered("s", "q", "v", _ask("d", asked), is_text) == "d"
        assert path.is_file()  # replaced by the answers
    # the file never grows past its limit: beyond it, the answers start afresh
    monkeypatch.setattr(kept_answers, "MAX_BYTES", 400)
    for n in range(20):
        kept_answers.remembered("s", f"q{n}", "v", _ask("x" * 40, asked), is_text)
        assert path.stat().st_size <= 400
    assert _kept(cache)["sections"]["s"]["q19"]["answer"] == "x" * 40


def test_what_is_not_to_be_kept_or_not_json_is_asked_every_time(cache: Path) -> None:
    asked: list = []
    for _ in range(2):
        assert kept_answers.remembered("s", "no", "v", _ask(False, asked),
                                       lambda answer: answer is True) is False
        kept_answers.forget()
    day = date(2026, 3, 4)
    assert kept_answers.remembered("s", "day", "v", _ask(day, asked), lambda _a: True) == day
    kept_answers.forget()
    assert kept_answers.remembered("s", "day", "v", _ask(day, asked), lambda _a: True) == day
    assert asked == [False, False, day, day]
    assert not (cache / kept_answers.FILE_NAME).exists()  # nothing was written


def test_without_a_cache_folder_every_answer_is_still_right(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("WORKSHOP_CACHE_DIR", str(blocker / "cache"))
    kept_answers.forget()
    locale_data.country_names.cache_clear()
    try:
        assert kept_answers.answers_path() is None
        assert locale_data.country_name("KE", "fr") == "Kenya"
        assert locale_data.is_language_code("es") and not locale_data.is_language_code("qq-zz")
    finally:
        locale_data.country_names.cache_clear()
        kept_answers.forget()


def test_country_names_and_language_codes_come_back_from_the_cache_without_babel(
        cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    names = locale_data.country_names("fr")
    assert names["DE"] == "Allemagne"
    assert locale_data.is_language_code("ru") and not locale_data.is_language_code("xx-nothing")
    kept = _kept(cache)["sections"]
    assert kept["countries"]["fr"]["source"] == locale_data.babel_source("fr") != ""
    assert kept["languages"] == {"ru": {"source": locale_data.babel_source("ru"), "answer": True}}
    assert locale_data.babel_source("fr") != locale_data.babel_source("ru")

    def no_babel(*_args):
        raise AssertionError("Babel was asked although the answer was kept")

    monkeypatch.setattr(locale_data, "_babel_country_names", no_babel)
    monkeypatch.setattr(locale_data, "_babel_knows", no_babel)
    kept_answers.forget()
    locale_data.country_names.cache_clear()
    assert locale_data.country_names("fr") == names
    assert locale_data.is_language_code("ru")
    # Babel's data or the app changed (another version installed): asked again
    monkeypatch.setattr(locale_data, "babel_source", lambda _language: "another-babel")
    locale_data.country_names.cache_clear()
    with pytest.raises(AssertionError, match="Babel was asked"):
        locale_data.country_names("fr")


def test_an_exercise_file_changed_in_the_same_instant_is_read_again(cache: Path,
                                                                    tmp_path: Path) -> None:
    path = tmp_path / "coordination-map.toml"
    shutil.copyfile(exercises_dir() / "coordination-map.toml", path)
    first = load_exercise(path)
    text = path.read_text(encoding="utf-8")
    # same size, same modification time: only the content tells them apart
    stat = path.stat()
    changed = text.replace(first.title, first.title.upper(), 1)
    assert changed != text and len(changed.encode()) == len(text.encode())
    path.write_text(changed, encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert load_exercise(path).title == first.title.upper()


def test_a_refused_exercise_definition_is_not_kept(cache: Path, tmp_path: Path) -> None:
    path = tmp_path / "coordination-map.toml"
    text = (exercises_dir() / "coordination-map.toml").read_text(encoding="utf-8")
    path.write_text(text.replace("format = 1", "format = 7", 1), encoding="utf-8")
    with pytest.raises(WorkshopError, match="coordination-map.toml"):
        load_exercise(path)
    assert not (cache / kept_answers.FILE_NAME).exists()
    with pytest.raises(WorkshopError, match="coordination-map.toml"):
        load_exercise(path)  # refused again, not answered from a cache
