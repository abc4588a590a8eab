"""The interface in the six languages: switching keeps the work, Arabic is right to left, and
every page of the demo renders in each language without clipped labels at 1366x768."""

from __future__ import annotations

from pathlib import Path

import pytest
from layout_checks import clipped
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from ui import language, settings
from ui.pages.consensus import ConsensusPage
from workshop.file.model import Consensus
from workshop.languages.i18n import UN_LANGUAGES

SIDEBAR_RESULTS = {"ar": "النتائج", "en": "Results", "es": "Resultados", "fr": "Résultats",
                   "ru": "Результаты", "zh": "结果"}


def _settle(qtbot) -> None:
    QApplication.processEvents()
    qtbot.wait(1)


def test_switching_language_keeps_the_file_the_page_and_the_undo_stack(window, demo_path: Path,
                                                                      qtbot, errors) -> None:
    window.open_file(demo_path)
    page = window.page(ConsensusPage)
    window.go_to(page)
    commitment = page.list.current()
    before = {c.commitment_id: c.status for c in window.context.store.records(Consensus)}
    new_status = "0" if before.get(commitment) != "0" else "4"
    page.set_status(new_status)
    context, store, stack = window.context, window.context.store, window.context.undo_stack
    assert stack.count() == 1

    window.set_language("fr")

    assert settings.language() == "fr"
    assert window.context is context and window.context.store is store
    assert window.context.undo_stack is stack and stack.count() == 1
    assert window.sidebar.item(window.sidebar.count() - 1).text() == "Résultats"
    assert window.stack.currentWidget() is window.page(ConsensusPage)
    assert window.menuBar().actions()[0].text() == "&Fichier"
    window.undo_action.trigger()
    assert {c.commitment_id: c.status for c in store.records(Consensus)} == before
    window.redo_action.trigger()
    statuses = {c.commitment_id: c.status for c in store.records(Consensus)}
    assert statuses[commitment] == new_status
    window.set_language("en")
    assert window.sidebar.item(window.sidebar.count() - 1).text() == "Results"
    assert errors == []


def test_the_language_menu_switches_and_is_remembered(window, qtbot) -> None:
    actions = {a.data(): a for a in window.language_menu.actions()}
    assert sorted(actions) == sorted(UN_LANGUAGES)
    actions["ru"].trigger()
    assert language.current_language() == "ru"
    assert settings.language() == "ru"
    assert window.language_menu.title() == "&Язык"
    checked = [a.data() for a in window.language_menu.actions() if a.isChecked()]
    assert checked == ["ru"]


def test_arabic_lays_the_window_out_right_to_left(window, demo_path: Path, qtbot) -> None:
    window.set_language("ar")
    window.open_file(demo_path)
    _settle(qtbot)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.sidebar.layoutDirection() == Qt.LayoutDirection.RightToLeft
    # mirrored: the sidebar (the steps) sits on the right of the pages
    assert window.sidebar.mapTo(window, window.sidebar.rect().topLeft()).x() > \
        window.stack.mapTo(window, window.stack.rect().topLeft()).x()
    assert window.sidebar.item(window.sidebar.count() - 1).text() == SIDEBAR_RESULTS["ar"]
    window.set_language("en")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


@pytest.mark.parametrize("code", UN_LANGUAGES)
def test_every_page_renders_without_clipped_labels(window, demo_path: Path, qtbot, errors,
                                                   code: str) -> None:
    window.set_language(code)
    window.open_file(demo_path)
    assert window.sidebar.item(window.sidebar.count() - 1).text() == SIDEBAR_RESULTS[code]
    problems = []
    for page in window.pages:
        window.go_to(page)
        _settle(qtbot)
        assert not window.grab().isNull()
        problems += [f"{page.title}: {p}" for p in clipped(page)]
    assert not problems, "\n".join(problems)
    assert errors == []


def test_the_clipping_check_sees_a_clipped_label(qtbot) -> None:
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    label = QLabel("Substantially implemented, with a long explanation", holder)
    label.setFixedWidth(40)
    layout.addWidget(label)
    holder.show()
    _settle(qtbot)
    assert len(clipped(holder)) == 1


def test_the_bundled_fonts_give_the_screen_every_script(qapp) -> None:
    """Chinese and Arabic show on a machine without such fonts (no boxes): Qt has ours."""
    from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

    from ui.app import add_bundled_fonts

    assert add_bundled_fonts() == []
    families = QFontDatabase.families()
    assert "Droid Sans Fallback" in families and "Noto Naskh Arabic" in families
    for family, text in (("Droid Sans Fallback", "研讨会"), ("Noto Naskh Arabic", "حلقة")):
        metrics = QFontMetrics(QFont(family, 12))
        assert all(metrics.inFontUcs4(ord(ch)) for ch in text), family


def _ink_columns(widget) -> tuple[int, int]:
    """The first and last pixel columns a widget draws text in (its background aside)."""
    image = widget.grab().toImage()
    background = image.pixel(0, 0)
    columns = [x for x in range(image.width())
               if any(image.pixel(x, y) != background for y in range(image.height()))]
    return columns[0], columns[-1]


def test_in_arabic_a_line_starting_with_a_reference_reads_right_to_left(
        window, demo_path: Path, qtbot) -> None:
    from ui.pages.assessment import AssessmentPage

    window.set_language("ar")
    window.open_file(demo_path)
    page = window.page(AssessmentPage)
    window.go_to(page)
    _settle(qtbot)
    label = page.reference
    first, last = _ink_columns(label)
    # the line is set from the right edge, as the title and summary beneath it are
    assert label.width() - last < 12 and first > 40, (first, last, label.width())
    commitment = window.context.catalog.commitment(page.list.current())
    assert f"\u2066{commitment.short_reference}\u2069" in label.text()
    window.set_language("en")  # the pages are built anew in the new language
    window.go_to(window.page(AssessmentPage))
    _settle(qtbot)
    assert "\u2066" not in window.page(AssessmentPage).reference.text()


def test_a_long_group_name_ends_with_an_ellipsis_not_cut_at_its_start(
        window, demo_path: Path, qtbot) -> None:
    """In a right-to-left window a Latin group name too long for its box was cut at its
    start; it now ends with "…" and reads whole in the tooltip."""
    from ui.pages.assessment import AssessmentPage

    window.set_language("ar")
    window.open_file(demo_path)
    page = window.page(AssessmentPage)
    window.go_to(page)
    page.group.setFixedWidth(120)
    _settle(qtbot)
    name = page.group.currentText()
    shown = page.group.shown_text()
    assert shown.endswith("…") and name.startswith(shown[:-1])
    assert name in page.group.toolTip()
    window.set_language("en")


@pytest.mark.parametrize("code", ["en", "ru", "ar"])
def test_every_chosen_status_fits_its_button(window, demo_path: Path, qtbot, code: str) -> None:
    """The chosen status, shown in its colour with a frame, keeps its whole text."""
    window.set_language(code)
    window.open_file(demo_path)
    page = window.page(ConsensusPage)
    window.go_to(page)
    for status in page.status.buttons:
        page.status.set_status(status)
        _settle(qtbot)
        assert clipped(page.status) == [], status
    window.set_language("en")
