"""File > Import a ministry review: the preview of a real reviewed workbook, then recording it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog

from workshop.reports import write_report

REVIEWER = "Ministry of Health, Dr Lina Haddad"


def reviewed(demo_path: Path, tmp_path: Path, name: str = REVIEWER) -> Path:
    """The demo's full results workbook with three views, a comment and one stray edit."""
    path = write_report(demo_path, "full", "xlsx", tmp_path / f"{name[:8]}.xlsx")
    book = openpyxl.load_workbook(path)
    cover = book["Workshop"]
    for row in cover.iter_rows():
        if row[0].value == "Reviewer's name":
            cover.cell(row[0].row, 2).value = name
        if row[0].value == "Date of review (YYYY-MM-DD)":
            cover.cell(row[0].row, 2).value = "2026-12-02"
    commitments = book["Commitments"]
    commitments["J2"] = "agree"
    commitments["J3"] = "disagree"
    commitments["K3"] = "The 2025 strategy covers it."
    commitments["E4"] = "Fully implemented and sustained"  # outside the review columns
    book["Gaps"]["K2"] = "Still a gap."
    book.save(path)
    return path


def cell_texts(table: Any, column: int) -> list[str]:
    return [table.item(row, column).text() for row in range(table.rowCount())]


def test_the_preview_shows_what_would_change_and_records_it(window, demo_path: Path,
                                                            tmp_path: Path, qtbot,
                                                            errors: list[str]) -> None:
    workbook = reviewed(demo_path, tmp_path)
    window.open_file(demo_path)
    assert window.review_action.isEnabled()
    store = window.context.store
    revision = store.revision
    dialog = window.preview_review(workbook)
    assert dialog is not None and dialog.isVisible() and dialog.isModal()
    assert REVIEWER in dialog.summary.text() and "2026-12-02" in dialog.summary.text()
    assert dialog.reviews.rowCount() == 3
    assert cell_texts(dialog.reviews, 0) == ["New"] * 3
    assert cell_texts(dialog.reviews, 3) == ["agree", "disagree", "comment"]
    assert "The 2025 strategy covers it." in cell_texts(dialog.reviews, 4)
    assert dialog.ignored.rowCount() == 1
    assert cell_texts(dialog.ignored, 1) == ["E4"]
    assert cell_texts(dialog.ignored, 4) == ["Fully implemented and sustained"]
    assert store.reviews() == [] and store.revision == revision  # nothing written yet

    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    assert errors == []
    assert store.revision == revision + 1
    assert sorted(r.view for r in store.reviews()) == ["agree", "comment", "disagree"]
    assert all(r.reviewer == REVIEWER for r in store.reviews())
    assert str(revision + 1) in window.saved_label.text()

    again = window.preview_review(workbook)
    assert again is not None
    assert cell_texts(again.reviews, 0) == ["Unchanged"] * 3
    assert not again.record_button.isEnabled()
    again.reject()


def test_cancel_records_nothing(window, demo_path: Path, tmp_path: Path) -> None:
    workbook = reviewed(demo_path, tmp_path)
    window.open_file(demo_path)
    before = window.context.store.revision
    dialog = window.preview_review(workbook)
    assert dialog is not None
    dialog.reject()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert window.context.store.reviews() == []
    assert window.context.store.revision == before


def test_a_refused_workbook_is_one_message(window, demo_path: Path, tmp_path: Path,
                                           errors: list[str], monkeypatch) -> None:
    ta = write_report(demo_path, "ta", "xlsx", tmp_path / "ta.xlsx")
    window.open_file(demo_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *args, **kwargs: (str(ta), "Excel workbooks (*.xlsx)"))
    window.review_action.trigger()
    assert len(errors) == 1
    assert "ta.xlsx" in errors[0] and "not a full results workbook" in errors[0]
    assert window.context.store.reviews() == []
