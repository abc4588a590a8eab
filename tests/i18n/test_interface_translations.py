"""The interface's translations: every tr() string of ui/ is in each .ts file, and finished.

The .ts files are refreshed from the code by `make translations` (pyside6-lupdate); a string
added to ui/ without being translated into the five other languages fails here.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest

from workshop.catalogs.translations import missing_interface
from workshop.languages.i18n import UN_LANGUAGES

ROOT = Path(__file__).resolve().parents[2]
TRANSLATED = [code for code in UN_LANGUAGES if code != "en"]


def _sources(ts: Path) -> set[tuple[str, str]]:
    root = ElementTree.parse(ts).getroot()
    return {(context.findtext("name", ""), message.findtext("source", ""))
            for context in root.iter("context") for message in context.iter("message")}


@pytest.fixture(scope="module")
def strings_in_code(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    """What pyside6-lupdate extracts from ui/ now (context, source)."""
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    assert lupdate, "pyside6-lupdate comes with PySide6-Essentials"
    out = tmp_path_factory.mktemp("lupdate") / "now.ts"
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run([lupdate, "-locations", "none", *sources, "-ts", str(out)], check=True,
                   capture_output=True)
    return _sources(out)


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_interface_string_is_in_the_translation(language: str,
                                                      strings_in_code) -> None:
    committed = _sources(ROOT / "resources" / "i18n" / f"ui_{language}.ts")
    new = sorted(strings_in_code - committed)
    assert not new, (f"ui_{language}.ts lacks strings of ui/ (run `make translations`, then "
                     f"translate them): {new[:10]}")


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_interface_string_is_translated(language: str) -> None:
    assert missing_interface(language) == []


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_shipped_qm_is_compiled_from_the_ts(language: str, tmp_path: Path) -> None:
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    assert lrelease, "pyside6-lrelease comes with PySide6-Essentials"
    folder = ROOT / "resources" / "i18n"
    fresh = tmp_path / "fresh.qm"
    subprocess.run([lrelease, str(folder / f"ui_{language}.ts"), "-qm", str(fresh)],
                   check=True, capture_output=True)
    assert (folder / f"ui_{language}.qm").read_bytes() == fresh.read_bytes(), \
        "run `make translations` to compile the .qm again"
