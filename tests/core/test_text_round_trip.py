"""The user's own text in any script survives every round trip byte for byte: the workshop
file, the exchange package, the secretariat's merge, the full results workbook and the ministry
review import. Nothing on the way normalizes, trims, reorders or re-encodes it.
"""

from __future__ import annotations

import json
import sqlite3
import zipfile
from pathlib import Path

import openpyxl
import pytest

from workshop.exchange.merge import merge_packages
from workshop.exchange.packages import write_package
from workshop.exchange.review import import_review
from workshop.file.model import AssistanceNeed, Gap, Institution, new_uuid
from workshop.file.store import WorkshopFile
from workshop.reports import write_report

# One text per hazard; none holds a control character or CR, which a workbook cannot keep as
# they are (documented: shown as U+FFFD, written as LF).
TEXTS = {
    "arabic": "لا توجد ميزانية مخصصة للوقاية في المدارس",
    "chinese": "缺乏针对学校预防工作的专门预算（见附件）",
    "russian": "Нет отдельного бюджета на профилактику — «школы»",
    "devanagari": "विद्यालयों में रोकथाम के लिए बजट नहीं",
    "emoji": "Peer workers 👩🏽‍⚕️🤝🏿 trained: 12",
    "bidi": "file \u202egpj.exe and \u2067مرحبا\u2069 inside",
    "decomposed": "Cafe\u0301 and re\u0301sume\u0301 (NFD, kept as typed)",
    "formula": "=HYPERLINK(\"http://example.invalid\",\"click\")",
    "sql": "'); DROP TABLE gap; -- \"quoted\" 100% _under_",
    "spaces": "  two leading spaces, two lines\nand a tab\tinside  ",
}


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """A workshop whose gaps, needs and institutions hold every text, with their uuids."""
    from workshop.catalogs.catalog import latest_catalog

    folder = tmp_path_factory.mktemp("round-trip")
    path = folder / "texts.workshop"
    with WorkshopFile.create(path, latest_catalog(), country="KE", title=TEXTS["arabic"],
                             venue=TEXTS["chinese"], documents=["2016"]) as store:
        commitment = store.commitments_in_scope()[0]
        gaps, needs = {}, {}
        for key, text in TEXTS.items():
            gap = Gap(uuid=new_uuid(), commitment_id=commitment, description=text)
            store.add(gap)
            need = AssistanceNeed(uuid=new_uuid(), commitment_id=commitment,
                                  assistance_type="training", description=text,
                                  providers=text, gap_uuid=gap.uuid)
            store.add(need)
            gaps[key], needs[key] = gap.uuid, need.uuid
        store.add(Institution(uuid=new_uuid(), name=TEXTS["emoji"], sector="health"))
        store.set_consensus(commitment, status="2", dissent=TEXTS["bidi"],
                            notes=TEXTS["decomposed"])
    return {"path": path, "folder": folder, "gaps": gaps, "needs": needs,
            "commitment": commitment}


def test_the_workshop_file_keeps_every_text(source: dict) -> None:
    with WorkshopFile.open(source["path"], read_only=True) as store:
        assert store.details.title == TEXTS["arabic"]
        assert store.details.venue == TEXTS["chinese"]
        for key, uuid in source["gaps"].items():
            assert store.get(Gap, uuid).description == TEXTS[key]
        for key, uuid in source["needs"].items():
            need = store.get(AssistanceNeed, uuid)
            assert (need.description, need.providers) == (TEXTS[key], TEXTS[key])


def test_package_and_merge_keep_every_text(source: dict, tmp_path: Path) -> None:
    with WorkshopFile.open(source["path"], read_only=True) as store:
        package = write_package(store, tmp_path / "texts.zip")
    with zipfile.ZipFile(package) as archive:
        content = json.loads(archive.read("workshop.json").decode("utf-8"))
    packed = {row["uuid"]: row["description"] for row in content["records"]["gap"]}
    assert {key: packed[uuid] for key, uuid in source["gaps"].items()} == TEXTS
    assert content["workshop"]["title"] == TEXTS["arabic"]

    consolidated = tmp_path / "all.consolidated"
    [outcome] = merge_packages(consolidated, [package])
    assert outcome.outcome == "added", outcome.reason
    conn = sqlite3.connect(consolidated)
    merged = dict(conn.execute("SELECT uuid, description FROM gap"))
    providers = dict(conn.execute("SELECT uuid, providers FROM assistance_need"))
    dissent = conn.execute("SELECT dissent, notes FROM consensus").fetchone()
    institutions = [name for (name,) in conn.execute("SELECT name FROM institution")]
    conn.close()
    assert {key: merged[uuid] for key, uuid in source["gaps"].items()} == TEXTS
    assert {key: providers[uuid] for key, uuid in source["needs"].items()} == TEXTS
    assert dissent == (TEXTS["bidi"], TEXTS["decomposed"])
    assert institutions == [TEXTS["emoji"]]


def _cells(path: Path) -> set[str]:
    book = openpyxl.load_workbook(path)
    return {cell.value for sheet in book.worksheets for row in sheet.iter_rows()
            for cell in row if isinstance(cell.value, str)}


def test_the_full_results_workbook_keeps_every_text_as_text(source: dict,
                                                            tmp_path: Path) -> None:
    out = write_report(source["path"], "full", "xlsx", tmp_path / "full.xlsx")
    cells = _cells(out)
    assert set(TEXTS.values()) <= cells
    book = openpyxl.load_workbook(out)
    assert not [cell.coordinate for sheet in book.worksheets for row in sheet.iter_rows()
                for cell in row if cell.data_type == "f"]


def test_a_review_comment_in_any_script_is_recorded_as_typed(source: dict,
                                                             tmp_path: Path) -> None:
    path = tmp_path / "reviewed.workshop"
    path.write_bytes(Path(source["path"]).read_bytes())
    workbook = write_report(path, "full", "xlsx", tmp_path / "review.xlsx")
    book = openpyxl.load_workbook(workbook)
    cover = book["Workshop"]
    for row in cover.iter_rows():
        if row[0].value == "Reviewer's name":
            cover.cell(row[0].row, 2).value = TEXTS["russian"]
        if row[0].value == "Date of review (YYYY-MM-DD)":
            cover.cell(row[0].row, 2).value = "2026-12-01"
    gaps = book["Gaps"]
    header = [cell.value for cell in gaps[1]]
    comment = header.index("Reviewer's comment") + 1
    rows = list(range(2, 2 + len(TEXTS)))
    for row, text in zip(rows, TEXTS.values(), strict=True):
        cell = gaps.cell(row, comment)
        cell.value = text
        cell.data_type = "s"  # as typed after an apostrophe: text, even when it starts with =
    book.save(workbook)

    result = import_review(path, workbook)
    assert result.applied and not result.ignored
    with WorkshopFile.open(path, read_only=True) as store:
        comments = {r.comment for r in store.reviews()}
        reviewers = {r.reviewer for r in store.reviews()}
    assert comments == set(TEXTS.values())
    assert reviewers == {TEXTS["russian"]}
