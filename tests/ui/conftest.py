"""Fixtures of the GUI tests: a catalog to build workshops on.

The bundled catalog (`resources/catalogs/single-track-v1.json`) belongs to the core's owners.
When a checkout lacks it, the GUI tests still need a real catalog to build real workshop files:
a stand-in in the same format is used, with invented titles and every reference marked as not
yet checked.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from workshop.catalogs.catalog import CHALLENGE_LETTERS


@pytest.fixture(scope="session", autouse=True)
def catalog_available(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Use the bundled catalog; where a checkout lacks it, a stand-in of the same format."""
    import workshop.catalogs.catalog as catalog_module

    if any(catalog_module.bundled_catalog_dir().glob("*.json")):
        yield
        return
    folder = tmp_path_factory.mktemp("standin-catalogs")
    (folder / "single-track-v1.json").write_text(json.dumps(standin_catalog_data()),
                                                 encoding="utf-8")
    patch = pytest.MonkeyPatch()
    patch.setattr(catalog_module, "bundled_catalog_dir", lambda: Path(folder))
    yield
    patch.undo()


@pytest.fixture
def catalog_for_a_child(data_dir: Path) -> None:
    """A catalog for a child process the test starts: the bundled one, or where this checkout
    lacks it, the stand-in installed in the user data folder the child shares (the stand-in
    above reaches this process only)."""
    from workshop.paths import resources_dir

    if not any((resources_dir() / "catalogs").glob("*.json")):
        folder = data_dir / "catalogs"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "single-track-v1.json").write_text(json.dumps(standin_catalog_data()),
                                                     encoding="utf-8")


@pytest.fixture(autouse=True)
def ui_state(tmp_path: Path, qapp) -> Iterator[None]:
    """Private QSettings per test; typing saved at once; background work run in line."""
    from PySide6.QtCore import QSettings

    from ui import language
    from ui.operations import Operation
    from ui.widgets.text_binder import TextBinder

    qapp.setOrganizationName("drug-policy-workshop-tests")
    qapp.setApplicationName("Drug policy workshop tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "settings"))
    TextBinder.delay_ms = 0
    Operation.synchronous = True
    yield
    Operation.synchronous = False
    language.install("en")


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Messages the app would have shown in an error dialog (the dialog itself is skipped)."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []

    def critical(_parent, _title, message, *args, **kwargs):
        shown.append(message)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", critical)
    return shown


@pytest.fixture
def window(qtbot, errors):
    """The main window at the smallest size it must work at, shown offscreen."""
    from ui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    yield win
    win.close()


def standin_catalog_data() -> dict[str, Any]:
    """Seven chapters, the 2009 and 2016 documents, 4 commitments of 2016 per chapter."""
    chapters = [{"number": n, "title": f"Thematic chapter {n}", "short": f"Chapter {n}"}
                for n in range(1, 8)]
    challenges = [{"letter": letter, "title": f"Challenge ({letter})",
                   "summary": f"What challenge ({letter}) is about."}
                  for letter in CHALLENGE_LETTERS]
    documents = [
        {"id": "2009", "year": 2009, "title": "Political Declaration and Plan of Action",
         "short": "2009 Political Declaration", "symbol": "",
         "parts": [{"prefix": "", "cite": "2009 Political Declaration"},
                   {"prefix": "PA", "cite": "2009 Plan of Action"}]},
        {"id": "2016", "year": 2016, "title": "Outcome document of the special session",
         "short": "UNGASS 2016", "symbol": "", "parts": []},
    ]
    commitments = []
    n = 0
    for chapter in range(1, 8):
        for letter in "abcd":
            commitments.append({
                "id": f"2016-{chapter}-{letter}", "document": "2016", "paragraph": str(chapter),
                "subparagraph": letter, "chapter": chapter,
                "title": f"Stand-in commitment {chapter}{letter}",
                "summary": f"States undertake stand-in action {chapter}{letter}.",
                "themes": [], "challenges": [CHALLENGE_LETTERS[n % len(CHALLENGE_LETTERS)]],
                "reference_checked": False, "reference_source": "", "reference_note": ""})
            n += 1
    commitments.append({
        "id": "2009-PA1-a", "document": "2009", "paragraph": "PA1", "subparagraph": "a",
        "chapter": 1, "title": "Stand-in 2009 commitment", "summary": "States act, 2009.",
        "themes": [], "challenges": ["a"], "reference_checked": False, "reference_source": "",
        "reference_note": ""})
    return {"format": 1, "id": "single-track", "version": 1, "title": "Stand-in single track",
            "documents": documents, "chapters": chapters, "challenges": challenges,
            "commitments": commitments}
