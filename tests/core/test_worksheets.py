"""Paper worksheets, read back: each group's sheet holds every commitment of the group, the
scale and the lines to write on; the sign-in sheet and the evaluation form hold their rows and
questions; the workshop's language is used unless another is asked for."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest

from workshop.catalogs.exercises import load_exercises
from workshop.catalogs.translations import localized_catalog
from workshop.cli import main
from workshop.file.reads import working_groups
from workshop.file.store import WorkshopFile
from workshop.reports.worksheets_pdf import SIGN_IN_ROWS, write_worksheets


def text_of(path: Path) -> str:
    """The text of a PDF, its lines joined by spaces (a title may wrap)."""
    return " ".join(" ".join((page.extract_text() or "").split())
                    for page in pypdf.PdfReader(path).pages)


@pytest.fixture(scope="module")
def sheets(demo_master: Path, tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return write_worksheets(demo_master, tmp_path_factory.mktemp("sheets"))


def test_each_groups_worksheet_holds_every_commitment_of_the_group(
        demo_master: Path, sheets: list[Path]) -> None:
    with WorkshopFile.open(demo_master, read_only=True) as store:
        groups = working_groups(store)
        expected = {g.name: [store.catalog.commitment(cid)
                             for cid in store.group_commitments(g.uuid)] for g in groups}
    assert len(sheets) == len(groups) + 2
    for group, sheet in zip(groups, sheets, strict=False):
        text = text_of(sheet)
        assert group.name in text
        for commitment in expected[group.name]:
            assert commitment is not None
            assert commitment.reference in text, (group.name, commitment.id)
        others = {c.reference for name, cs in expected.items() if name != group.name
                  for c in cs if c is not None} - {c.reference for c in expected[group.name]
                                                   if c is not None}
        assert not any(f"{ref} —" in text for ref in others), "another group's commitment"
        assert text.count("Fully implemented and sustained") == len(expected[group.name])
        assert text.count("Measures in place") == len(expected[group.name])


def test_the_sign_in_sheet_and_the_evaluation_form(sheets: list[Path]) -> None:
    sign_in = next(p for p in sheets if p.name == "sign-in-sheet.pdf")
    text = text_of(sign_in)
    assert "Signature" in text and f" {SIGN_IN_ROWS} " in f" {text} "
    evaluation = next(p for p in sheets if p.name == "evaluation-form.pdf")
    survey = next(e for e in load_exercises() if e.kind == "survey")
    text = text_of(evaluation)
    for question in survey.questions:
        assert " ".join(question.text.split()) in text
    assert text.count("5 of 5") == sum(q.kind == "score" for q in survey.questions)
    assert "Page 1" in text and len(pypdf.PdfReader(evaluation).pages) <= 2, "no cover page"


def test_worksheets_speak_the_language_asked_for(demo_master: Path, tmp_path: Path) -> None:
    written = write_worksheets(demo_master, tmp_path, language="fr")
    with WorkshopFile.open(demo_master, read_only=True) as store:
        group = working_groups(store)[0]
        french = localized_catalog(store.catalog, "fr")
        first = french.commitment(store.group_commitments(group.uuid)[0])
    assert first is not None
    text = text_of(written[0])
    assert " ".join(first.title.split()) in text
    assert "Mesures en place" in text


def test_the_worksheets_command(demo_master: Path, tmp_path: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["worksheets", str(demo_master), "--out", str(tmp_path / "paper")]) == 0
    written = sorted((tmp_path / "paper").iterdir())
    assert len(written) == len(capsys.readouterr().out.splitlines())
    assert all(pypdf.PdfReader(p).pages for p in written)
    (tmp_path / "a-file").write_text("not a folder")
    assert main(["worksheets", str(demo_master), "--out", str(tmp_path / "a-file")]) == 1
    assert "Traceback" not in capsys.readouterr().err
