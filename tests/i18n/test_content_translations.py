"""Content in the six UN languages: nothing English has is missing in another language, the
core's messages keep their fields, and the gap report comes out in each language with its
translated title and the country's name in that language, read back from the PDF.
"""

from __future__ import annotations

import json
import re
import string
import subprocess
import sys
import tomllib
import unicodedata
from pathlib import Path

import pypdf
import pytest

from workshop.catalogs.catalog import latest_catalog
from workshop.catalogs.translations import core_messages, missing_core, missing_translations
from workshop.file.store import WorkshopFile
from workshop.languages.i18n import UN_LANGUAGES, tr
from workshop.languages.locale_data import country_name
from workshop.reports import write_report

ROOT = Path(__file__).resolve().parents[2]
TRANSLATED = [code for code in UN_LANGUAGES if code != "en"]


def fields(text: str) -> set[str]:
    """The `{name}` fields of a message, as `str.format` reads them."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def test_no_language_lacks_anything_english_has() -> None:
    """The interface, the core's messages, the catalog and the exercises, in every language."""
    assert missing_translations() == {code: [] for code in UN_LANGUAGES}


def test_the_missing_translations_command_exits_zero_and_lists_nothing() -> None:
    done = subprocess.run([sys.executable, "-m", "workshop.cli", "translations", "missing",
                           "--json"], capture_output=True, text=True, cwd=ROOT, check=False)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr
    assert json.loads(done.stdout) == {code: [] for code in UN_LANGUAGES}


def test_a_message_without_translation_is_reported() -> None:
    """The check that keeps the languages complete can fail: a new message is listed."""
    assert missing_core("fr", ["A message nobody has translated yet."]) == [
        "core: 'A message nobody has translated yet.'"]


@pytest.mark.parametrize("language", TRANSLATED)
def test_core_translations_keep_the_fields_of_the_english(language: str) -> None:
    table = json.loads((ROOT / "resources" / "i18n" / f"core.{language}.json")
                       .read_text(encoding="utf-8"))
    wrong = {english: text for english, text in table.items() if fields(english) != fields(text)}
    assert not wrong
    assert not set(table) - set(core_messages()), "translations of messages the core lost"


@pytest.mark.parametrize("language", TRANSLATED)
def test_content_files_are_valid_and_keyed_like_their_sources(language: str) -> None:
    catalog = latest_catalog()
    texts = json.loads((ROOT / "resources" / "catalogs" /
                        f"{catalog.id}-v{catalog.version}.{language}.json").read_text("utf-8"))
    assert set(texts["commitments"]) == {c.id for c in catalog.commitments}
    assert set(texts["chapters"]) == {str(c.number) for c in catalog.chapters}
    assert set(texts["challenges"]) == {c.letter for c in catalog.challenges}
    for source in sorted((ROOT / "exercises").glob("*.toml")):
        if source.stem.count("."):
            continue
        english = tomllib.loads(source.read_text("utf-8"))
        translated = tomllib.loads(source.with_name(f"{source.stem}.{language}.toml")
                                   .read_text("utf-8"))
        assert set(translated.get("guiding_questions", {})) == \
            set(english.get("guiding_questions", {})), source.name


@pytest.fixture(scope="module")
def germany(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A workshop in a real country whose name differs in each of the six languages."""
    path = tmp_path_factory.mktemp("content") / "germany.workshop"
    WorkshopFile.create(path, latest_catalog(), country="DE", title="Atelier national",
                        start_date="2026-05-04", end_date="2026-05-06",
                        documents=["2016"]).close()
    return path


def normal(text: str) -> str:
    """PDF text compared as read: presentation forms folded (NFKC), white space single."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text))


@pytest.mark.parametrize("language", UN_LANGUAGES)
def test_the_gap_report_speaks_each_language(germany: Path, tmp_path: Path,
                                             language: str) -> None:
    out = write_report(germany, "gap", "pdf", tmp_path / f"gap-{language}.pdf", language=language)
    reader = pypdf.PdfReader(out)
    cover = normal(reader.pages[0].extract_text())
    title, country = tr("Gap report", language), country_name("DE", language)
    if language != "en":
        assert title != "Gap report"
        assert country != "Germany"
    # Arabic too extracts in the order it is read (its words drawn from the right)
    assert normal(title) in cover
    assert normal(country) in cover
    assert reader.trailer["/Root"]["/Lang"] == language
