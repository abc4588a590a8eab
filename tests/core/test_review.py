"""The ministry review round trip: real full results workbooks, edited with openpyxl as a
reviewer would, read back and recorded; everything else untouched, hostile workbooks refused.
Each export is recorded in the workshop file, and a workbook that is not what its export wrote
(its hidden sheet changed, sheets added, an export this file never made) is refused whole."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from test_cli import one_sentence_error, workshop

from workshop.analysis import summarize
from workshop.errors import WorkshopError
from workshop.exchange.packages import package_content
from workshop.exchange.review import import_review
from workshop.file.backups import make_backup
from workshop.file.model import RECORD_TYPES, Consensus, Gap
from workshop.file.schema import SCHEMA_VERSION
from workshop.file.store import WorkshopFile
from workshop.integrity import check_file
from workshop.reports import write_report
from workshop.reports.full_xlsx import META_SHEET
from workshop.workbook import cell_text, compared_text

REVIEWER = "Dr Amara Osei, Ministry of Health"


@pytest.fixture(scope="module")
def exported(demo_master: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The full results workbook of the demo, as sent to the ministries (do not edit)."""
    return write_report(demo_master, "full", "xlsx",
                        tmp_path_factory.mktemp("review") / "full.xlsx")


@pytest.fixture
def workbook(exported: Path, tmp_path: Path) -> Path:
    """A private copy of the exported workbook, to edit as a reviewer."""
    path = tmp_path / "reviewed.xlsx"
    shutil.copyfile(exported, path)
    return path


def edit(path: Path, change: Callable[[Any], None]) -> Path:
    """Open the workbook with openpyxl, let `change` edit it, save it in place."""
    book = openpyxl.load_workbook(path)
    change(book)
    book.save(path)
    return path


def column(sheet: Any, header: str) -> int:
    return [c.value for c in sheet[1]].index(header) + 1


def sign(book: Any, name: str = REVIEWER, date: Any = "2026-12-01") -> None:
    """Fill in the reviewer's name and date on the cover sheet."""
    cover = book["Workshop"]
    for row in cover.iter_rows():
        if row[0].value == "Reviewer's name":
            cover.cell(row[0].row, 2).value = name
        if row[0].value == "Date of review (YYYY-MM-DD)":
            cover.cell(row[0].row, 2).value = date


def review(book: Any) -> None:
    """A reviewer's work: name and date, views and comments on the three sheets."""
    sign(book)
    commitments = book["Commitments"]
    view, comment = column(commitments, "Reviewer's view"), column(commitments,
                                                                   "Reviewer's comment")
    commitments.cell(2, view).value = "agree"
    commitments.cell(3, view).value = "disagree"
    commitments.cell(3, comment).value = "Our 2025 strategy covers this; Статус 3, 见附件."
    commitments.cell(4, comment).value = "Please add the regional data."
    gaps = book["Gaps"]
    gaps.cell(2, column(gaps, "Reviewer's view")).value = "Disagree"
    gaps.cell(2, column(gaps, "Reviewer's comment")).value = "-not a gap any more"
    needs = book["Needs"]
    needs.cell(3, column(needs, "Reviewer's view")).value = "agree"


def records(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every results table of a workshop file, row by row."""
    conn = sqlite3.connect(path)
    out = {r.TABLE: conn.execute(f"SELECT * FROM {r.TABLE} ORDER BY uuid").fetchall()
           for r in RECORD_TYPES}
    out["workshop"] = [row[:-3] for row in conn.execute(
        "SELECT id, country, title, start_date, end_date, venue, language, documents, chapters, "
        "catalog_id, catalog_version, catalog_hash, revision, created_at, updated_at "
        "FROM workshop").fetchall()]
    conn.close()
    return out


def test_views_and_comments_are_recorded_and_nothing_else_changes(demo_path: Path,
                                                                 workbook: Path) -> None:
    edit(workbook, review)
    before = records(demo_path)
    with WorkshopFile.open(demo_path, read_only=True) as store:
        figures = summarize(store)["counts"]
        revision = store.revision
        first_gap = store.records(Gap)  # the G1 of the sheet is found below by its uuid
    result = import_review(demo_path, workbook)
    assert result.applied and result.new_revision == revision + 1
    assert result.reviewer == REVIEWER and result.reviewed_at == "2026-12-01"
    assert result.counts() == {"new": 5, "changed": 0, "unchanged": 0, "ignored": 0}
    with WorkshopFile.open(demo_path, read_only=True) as store:
        reviews = {(r.target_table, r.target_key): r for r in store.reviews()}
        scope = store.commitments_in_scope()
        assert summarize(store)["counts"] == figures
        log = store.review_imports()
        audit = store.audit_log(limit=50)
    assert records(demo_path) == before
    assert reviews[("commitment", scope[0])].view == "agree"
    disagree = reviews[("commitment", scope[1])]
    assert disagree.view == "disagree"
    assert disagree.comment.encode() == "Our 2025 strategy covers this; Статус 3, 见附件.".encode()
    assert reviews[("commitment", scope[2])].view == "comment"  # a comment without a view
    gap_reviews = [r for r in reviews.values() if r.target_table == "gap"]
    assert [r.comment for r in gap_reviews] == ["-not a gap any more"]
    assert gap_reviews[0].view == "disagree"
    assert gap_reviews[0].target_key in {g.uuid for g in first_gap}
    assert all(r.reviewer == REVIEWER and r.reviewed_at == "2026-12-01" for r in reviews.values())
    assert [(e["workbook"], e["reviewer"], e["recorded"], e["ignored"], e["revision"])
            for e in log] == [("reviewed.xlsx", REVIEWER, 5, 0, revision + 1)]
    assert {e["table_name"] for e in audit if e["revision"] > revision} == {"review"}


def test_edits_outside_the_review_columns_are_reported_and_never_applied(
        demo_path: Path, workbook: Path) -> None:
    def spoil(book: Any) -> None:
        review(book)
        commitments = book["Commitments"]
        commitments.cell(2, column(commitments, "Consensus status")).value = \
            "Fully implemented and sustained"
        gaps = book["Gaps"]
        gaps.cell(3, column(gaps, "Gap")).value = "A gap reworded by the ministry"
        gaps.cell(gaps.max_row + 1, 1).value = "G999"
        gaps.cell(gaps.max_row, column(gaps, "Gap")).value = "A new gap the ministry adds"
        gaps.cell(4, gaps.max_column + 2).value = "a note beside the table"
        needs = book["Needs"]
        needs.delete_rows(5)

    edit(workbook, spoil)
    before = records(demo_path)
    result = import_review(demo_path, workbook)
    assert result.applied
    ignored = {(e.sheet, e.cell, e.column): e for e in result.ignored}
    status = ignored[("Commitments", "E2", "Consensus status")]
    assert status.found == "Fully implemented and sustained" and status.exported
    assert ignored[("Gaps", "E3", "Gap")].found == "A gap reworded by the ministry"
    added = [e for e in result.ignored if e.found == "G999"]
    assert len(added) == 1 and "added" in added[0].reason
    assert any(e.found == "a note beside the table" for e in result.ignored)
    deleted = [e for e in result.ignored if "deleted" in e.reason]
    assert len(deleted) == 1 and deleted[0].sheet == "Needs"
    assert result.counts()["new"] == 5
    after = records(demo_path)
    assert after == before  # the results themselves: untouched
    with WorkshopFile.open(demo_path, read_only=True) as store:
        assert all(c.status != "4" or c.commitment_id != store.commitments_in_scope()[0]
                   for c in store.records(Consensus))
        assert store.review_imports()[-1]["ignored"] == len(result.ignored)


def test_the_reviewer_is_found_beside_the_label_even_below_inserted_rows(
        demo_path: Path, workbook: Path) -> None:
    def change(book: Any) -> None:
        review(book)
        book["Workshop"].insert_rows(3, amount=2)

    edit(workbook, change)
    result = import_review(demo_path, workbook, dry_run=True)
    assert (result.reviewer, result.reviewed_at) == (REVIEWER, "2026-12-01")


def test_a_dry_run_writes_nothing(demo_path: Path, workbook: Path) -> None:
    edit(workbook, review)
    before = demo_path.read_bytes()
    result = import_review(demo_path, workbook, dry_run=True)
    assert result.dry_run and not result.applied and result.counts()["new"] == 5
    assert demo_path.read_bytes() == before


def test_the_same_workbook_twice_changes_nothing_the_second_time(demo_path: Path,
                                                                 workbook: Path) -> None:
    edit(workbook, review)
    first = import_review(demo_path, workbook)
    second = import_review(demo_path, workbook)
    assert not second.applied and second.new_revision is None
    assert second.counts() == {"new": 0, "changed": 0, "unchanged": 5, "ignored": 0}
    with WorkshopFile.open(demo_path, read_only=True) as store:
        assert store.revision == first.new_revision
        assert len(store.review_imports()) == 1


def test_reviews_of_several_ministries_stand_side_by_side(demo_path: Path, exported: Path,
                                                          tmp_path: Path) -> None:
    health = edit(shutil.copyfile(exported, tmp_path / "health.xlsx"), review)

    def justice(book: Any) -> None:
        sign(book, "Ministry of Justice", "2026-12-03")
        sheet = book["Commitments"]
        sheet.cell(2, column(sheet, "Reviewer's view")).value = "disagree"

    other = edit(shutil.copyfile(exported, tmp_path / "justice.xlsx"), justice)
    import_review(demo_path, health)
    result = import_review(demo_path, other)  # written before the first import: still valid
    assert result.applied and result.counts()["new"] == 1

    def change_of_mind(book: Any) -> None:
        review(book)
        sheet = book["Commitments"]
        sheet.cell(2, column(sheet, "Reviewer's view")).value = "comment"
        sheet.cell(2, column(sheet, "Reviewer's comment")).value = "On reflection, partly."

    again = edit(shutil.copyfile(exported, tmp_path / "health-2.xlsx"), change_of_mind)
    result = import_review(demo_path, again)
    changed = [i for i in result.items if i.change == "changed"]
    assert [(i.previous_view, i.view, i.comment) for i in changed] == [
        ("agree", "comment", "On reflection, partly.")]
    with WorkshopFile.open(demo_path, read_only=True) as store:
        first = store.commitments_in_scope()[0]
        on_first = {r.reviewer: r.view for r in store.reviews() if r.target_key == first}
    assert on_first == {REVIEWER: "comment", "Ministry of Justice": "disagree"}


def recorded(path: Path) -> dict[str, Any]:
    """What an import may record: the revision, the reviews, the log of imports and exports,
    the audit log."""
    conn = sqlite3.connect(path)
    out = {"revision": conn.execute("SELECT revision FROM workshop").fetchone()[0]}
    for table in ("review", "review_import", "workbook_export", "audit_log"):
        out[table] = conn.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
    conn.close()
    return out


def refused(demo_path: Path, workbook: Path, expected: str) -> str:
    """Import must fail with one sentence naming the workbook; nothing is recorded: the
    workshop file's revision and review tables are as they were, its bytes too."""
    before, tables = demo_path.read_bytes(), recorded(demo_path)
    with pytest.raises(WorkshopError) as error:
        import_review(demo_path, workbook)
    message = str(error.value)
    assert expected in message, message
    assert workbook.name in message
    assert "\n" not in message and "Traceback" not in message
    assert recorded(demo_path) == tables
    assert demo_path.read_bytes() == before
    return message


def test_a_workbook_of_another_workshop_is_refused(tmp_path: Path, workbook: Path,
                                                   catalog: Any) -> None:
    edit(workbook, review)
    other = tmp_path / "other.workshop"
    WorkshopFile.create(other, catalog, country="KE", title="Another workshop").close()
    refused(other, workbook, "belongs to another workshop")


def test_a_workbook_older_than_the_results_is_refused(demo_path: Path, workbook: Path) -> None:
    edit(workbook, review)
    with WorkshopFile.open(demo_path) as store:
        cid = store.commitments_in_scope()[0]
        store.set_consensus(cid, status="4")
    message = refused(demo_path, workbook, "results have changed since")
    assert "new workbook" in message


def test_a_workbook_newer_than_the_file_is_refused(demo_path: Path, workbook: Path,
                                                   tmp_path: Path, demo_master: Path) -> None:
    newer = tmp_path / "newer.workshop"
    shutil.copyfile(demo_master, newer)
    with WorkshopFile.open(newer) as store:
        store.update_details(venue="Another venue")
    fresh = write_report(newer, "full", "xlsx", tmp_path / "fresh.xlsx")
    edit(fresh, review)
    refused(demo_path, fresh, "newer copy of this workshop")


# --- what each export wrote, kept in the workshop file ----------------------------------------

def hidden(book: Any) -> dict[str, Any]:
    """The hidden sheet's fields (name -> value)."""
    return {row[0].value: row[1].value for row in book[META_SHEET].iter_rows()
            if row[0].value not in ("sheet", "row")}


def hidden_rows(book: Any, code: str) -> list[Any]:
    """The hidden sheet's rows of one reviewable sheet (cells: "row", code, label, key,
    exported values...)."""
    return [row for row in book[META_SHEET].iter_rows()
            if row[0].value == "row" and row[1].value == code]


def test_each_export_is_recorded_and_changes_no_result(demo_path: Path,
                                                       tmp_path: Path) -> None:
    before, tables = records(demo_path), recorded(demo_path)
    with WorkshopFile.open(demo_path, read_only=True) as store:
        package = package_content(store)
    path = write_report(demo_path, "full", "xlsx", tmp_path / "full.xlsx")
    fields = hidden(openpyxl.load_workbook(path))
    with WorkshopFile.open(demo_path, read_only=True) as store:
        export = store.workbook_export(fields["export_id"])
        assert export is not None and store.revision == tables["revision"]
    assert export.revision == fields["revision"] and export.language == "en"
    assert export.sheets == tuple(openpyxl.load_workbook(path).sheetnames)
    after = recorded(demo_path)
    assert len(after.pop("workbook_export")) == len(tables.pop("workbook_export")) + 1
    assert after == tables  # no revision, no audit entry, no review: an export is no edit
    assert records(demo_path) == before
    with WorkshopFile.open(demo_path, read_only=True) as store:
        assert package_content(store) == package  # the package carries no export
    assert check_file(demo_path) == []
    backup = make_backup(demo_path)  # a backup keeps the record: its copies still import
    with WorkshopFile.open(backup.path, read_only=True) as store:
        assert store.workbook_export(fields["export_id"]) == export


def test_a_workbook_is_never_left_without_its_record(demo_path: Path, tmp_path: Path) -> None:
    """A file that cannot record the export (read-only, as on a write-protected stick) gets
    one sentence and no workbook."""
    target = tmp_path / "full.xlsx"
    with WorkshopFile.open(demo_path, read_only=True) as store, \
            pytest.raises(WorkshopError) as error:
        write_report(demo_path, "full", "xlsx", target, keep_export=store.record_export)
    assert "is read-only" in str(error.value) and "\n" not in str(error.value)
    assert not any("full.xlsx" in p.name for p in tmp_path.iterdir())  # nor a part of it


def _swap_gap_uuids(book: Any) -> None:
    review(book)
    first, second = hidden_rows(book, "gaps")[:2]
    first[3].value, second[3].value = second[3].value, first[3].value


def _reword_on_both_sheets(book: Any) -> None:
    review(book)
    gaps = book["Gaps"]
    gaps.cell(2, column(gaps, "Gap")).value = "A gap reworded by the ministry"
    hidden_rows(book, "gaps")[0][4 + column(gaps, "Gap") - 1].value = \
        "A gap reworded by the ministry"


def _added_sheet(state: str) -> Callable[[Any], None]:
    def change(book: Any) -> None:
        review(book)
        notes = book.create_sheet("Our notes")
        notes["A1"] = "agree with everything"
        notes.sheet_state = state
    return change


NOT_AS_EXPORTED: dict[str, tuple[Callable[[Any], None], str]] = {
    "record uuids swapped on the hidden sheet": (_swap_gap_uuids,
                                                 "hidden sheet _workshop was changed"),
    "a gap reworded on the visible and the hidden sheet": (_reword_on_both_sheets,
                                                           "hidden sheet _workshop was changed"),
    "a sheet added": (_added_sheet("visible"), "sheet Our notes that was not exported"),
    "a hidden sheet added": (_added_sheet("hidden"), "sheet Our notes that was not exported"),
}


@pytest.mark.parametrize("name", list(NOT_AS_EXPORTED))
def test_a_workbook_that_is_not_what_its_export_wrote_is_refused_whole(
        demo_path: Path, workbook: Path, name: str) -> None:
    change, expected = NOT_AS_EXPORTED[name]
    edit(workbook, change)
    message = refused(demo_path, workbook, expected)
    assert "export a fresh workbook and review that one" in message


def test_the_hidden_sheet_as_exported_is_trusted_and_visible_edits_are_listed(
        demo_path: Path, workbook: Path) -> None:
    """The view lands on the gap the export wrote in that row, found by its recorded uuid."""
    edit(workbook, review)
    with WorkshopFile.open(demo_path, read_only=True) as store:
        uuids = {g.uuid for g in store.records(Gap)}
    book = openpyxl.load_workbook(workbook)
    first_gap = hidden_rows(book, "gaps")[0][3].value
    result = import_review(demo_path, workbook)
    gap_items = [i for i in result.items if i.target == "gap"]
    assert [(i.row_label, i.key) for i in gap_items] == [("G1", first_gap)]
    assert first_gap in uuids


def test_a_workbook_exported_from_another_copy_of_the_file_is_refused(
        demo_path: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.workshop"
    shutil.copyfile(demo_path, copy)
    workbook = edit(write_report(copy, "full", "xlsx", tmp_path / "from-copy.xlsx"), review)
    message = refused(demo_path, workbook, "no record of exporting it")
    assert "export a fresh workbook and review that one" in message


def test_a_workbook_exported_before_exports_were_recorded_is_one_sentence(
        demo_path: Path, workbook: Path) -> None:
    def earlier(book: Any) -> None:
        review(book)
        sheet = book[META_SHEET]
        for row in sheet.iter_rows():
            if row[0].value == "format":
                row[1].value = 1
        sheet.delete_rows(next(row[0].row for row in sheet.iter_rows()
                               if row[0].value == "export_id"))

    edit(workbook, earlier)
    message = refused(demo_path, workbook, "exported by an earlier version of the app")
    assert "export a fresh workbook and review that one" in message


def test_a_genuine_review_still_imports_after_the_file_changed_as_allowed(
        demo_path: Path, exported: Path, tmp_path: Path) -> None:
    """Other ministries' reviews recorded since, and the file copied elsewhere (a backup, a
    USB stick): the record of the export travels with the file."""
    def justice(book: Any) -> None:
        sign(book, "Ministry of Justice", "2026-12-03")
        sheet = book["Needs"]
        sheet.cell(2, column(sheet, "Reviewer's view")).value = "agree"

    first = import_review(demo_path, edit(shutil.copyfile(exported, tmp_path / "j.xlsx"),
                                          justice))
    assert first.applied
    moved = tmp_path / "elsewhere" / "renamed.workshop"
    moved.parent.mkdir()
    shutil.copyfile(demo_path, moved)
    health = edit(shutil.copyfile(exported, tmp_path / "health.xlsx"), review)
    for target in (demo_path, moved):
        result = import_review(target, health)
        assert result.applied and result.counts()["new"] == 5
        assert result.workbook_revision < result.revision


def test_a_file_of_schema_3_opens_migrates_and_records_exports(tmp_path: Path,
                                                                demo_master: Path) -> None:
    path = tmp_path / "old.workshop"
    shutil.copyfile(demo_master, path)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.executescript("""
        DROP TABLE baseline; DROP TABLE baseline_status; DROP TABLE baseline_gap;
        DELETE FROM _sqlite_migrations WHERE name = '0007_baseline';
        DROP TABLE session_note;
        DELETE FROM _sqlite_migrations WHERE name = '0006_session_notes';
        DROP TABLE copy_origin; DROP TABLE group_copy; DROP TABLE collected_copy;
        DROP TABLE conflict;
        DELETE FROM _sqlite_migrations WHERE name = '0005_group_copies';
        DROP TABLE workbook_export;
        DELETE FROM _sqlite_migrations WHERE name = '0004_workbook_exports';
        PRAGMA user_version = 3;
    """)
    conn.close()
    old = path.read_bytes()
    with WorkshopFile.open(path, read_only=True) as store:  # migrated in memory only
        assert store.workbook_export("any") is None
    assert path.read_bytes() == old
    workbook = edit(write_report(path, "full", "xlsx", tmp_path / "full.xlsx"), review)
    for copy, schema in ((path.with_name("old.workshop.schema3.bak"), 3), (path, SCHEMA_VERSION)):
        conn = sqlite3.connect(copy)
        assert conn.execute("PRAGMA user_version").fetchone()[0] == schema
        conn.close()
    assert import_review(path, workbook).counts()["new"] == 5


# --- hostile and broken workbooks -----------------------------------------------------------

def _not_a_zip(path: Path) -> None:
    path.write_bytes(b"PK\x03\x04 not really a zip" * 10)


def _truncated(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _rewrap(path: Path, change: Callable[[str, bytes], bytes],
            extra: Callable[[zipfile.ZipFile], None] | None = None) -> None:
    source = path.with_suffix(".orig")
    path.rename(source)
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(
            path, "w", compression=zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            new.writestr(info, change(info.filename, old.read(info.filename)))
        if extra:
            extra(new)
    source.unlink()


def _zip_bomb(path: Path) -> None:
    def bomb(archive: zipfile.ZipFile) -> None:
        chunk = bytes(1024 * 1024)
        with archive.open("xl/media/image1.png", "w", force_zip64=True) as member:
            for _ in range(51):
                member.write(chunk)
    _rewrap(path, lambda name, data: data, bomb)


def _entities(path: Path) -> None:
    def change(name: str, data: bytes) -> bytes:
        if name != "xl/workbook.xml":
            return data
        text = data.decode("utf-8")
        body = text[text.index("<workbook"):]
        dtd = ('<?xml version="1.0"?><!DOCTYPE workbook [<!ENTITY a "aaaaaaaaaa">'
               '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>')
        return (dtd + body).replace('name="Gaps"', 'name="&b;"').encode("utf-8")
    _rewrap(path, change)


def _set(sheet: str, header: str, value: Any, row: int = 2) -> Callable[[Path], None]:
    def apply(path: Path) -> None:
        def change(book: Any) -> None:
            review(book)
            target = book[sheet]
            target.cell(row, column(target, header)).value = value
        edit(path, change)
    return apply


def _huge_cell(path: Path) -> None:
    def change(book: Any) -> None:
        review(book)
        book["Gaps"]["E2"].value = "x" * 40_000  # outside the review columns
    edit(path, change)


def _inserted_column(path: Path) -> None:
    edit(path, lambda book: (review(book), book["Needs"].insert_cols(3)))


def _deleted_sheet(path: Path) -> None:
    def change(book: Any) -> None:
        review(book)
        del book["Gaps"]
    edit(path, change)


def _no_hidden_sheet(path: Path) -> None:
    def change(book: Any) -> None:
        review(book)
        del book[META_SHEET]
    edit(path, change)


def _hidden_sheet_edited(path: Path) -> None:
    def change(book: Any) -> None:
        review(book)
        sheet = book[META_SHEET]
        for row in sheet.iter_rows():
            if row[0].value == "row":
                row[1].value = "actions"
                break
    edit(path, change)


def _bad_date(path: Path) -> None:
    def change(book: Any) -> None:
        review(book)
        sign(book, date="next Tuesday")
    edit(path, change)


def _no_name(path: Path) -> None:
    def change(book: Any) -> None:
        review(book)
        sign(book, name="")
    edit(path, change)


HOSTILE: dict[str, tuple[Callable[[Path], None], str]] = {
    "not a zip": (_not_a_zip, "not an Excel workbook"),
    "truncated": (_truncated, "not an Excel workbook"),
    "zip bomb": (_zip_bomb, "unpacks to more than 50 MB"),
    "entity expansion": (_entities, "cannot be read as an Excel workbook"),
    "formula in a review column": (_set("Gaps", "Reviewer's comment",
                                        '=HYPERLINK("http://example.org","x")'),
                                   "formula in cell K2"),
    "formula in another column": (_set("Needs", "Need", "=1+1", 3), "formula in cell E3"),
    "comment too long": (_set("Commitments", "Reviewer's comment", "y" * 4001),
                         "longer than 4000 characters"),
    "huge text": (_huge_cell, "more text in cell E2 than a cell holds"),
    "unknown view": (_set("Commitments", "Reviewer's view", "maybe"), "choose agree"),
    "inserted column": (_inserted_column, "columns of its sheet Needs were moved"),
    "deleted sheet": (_deleted_sheet, "no sheet Gaps"),
    "no hidden sheet": (_no_hidden_sheet, "not a full results workbook"),
    "hidden sheet edited": (_hidden_sheet_edited, "hidden sheet _workshop was changed"),
    "bad date": (_bad_date, "is not a date"),
    "no reviewer's name": (_no_name, "reviewer's name is missing"),
}




@pytest.mark.parametrize("name", list(HOSTILE))
def test_a_hostile_or_broken_workbook_is_refused_and_nothing_is_written(
        demo_path: Path, workbook: Path, name: str) -> None:
    spoil, expected = HOSTILE[name]
    spoil(workbook)
    refused(demo_path, workbook, expected)


def test_another_workbook_of_the_app_is_refused(demo_path: Path, tmp_path: Path) -> None:
    ta = write_report(demo_path, "ta", "xlsx", tmp_path / "ta.xlsx")
    refused(demo_path, ta, "not a full results workbook")


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_random_damage_is_imported_or_refused_never_a_traceback(
        demo_master: Path, exported: Path, tmp_path: Path, data: st.DataObject) -> None:
    source = tmp_path / "h.workshop"
    shutil.copyfile(demo_master, source)
    raw = bytearray(exported.read_bytes())
    for _ in range(data.draw(st.integers(1, 8))):
        raw[data.draw(st.integers(0, len(raw) - 1))] = data.draw(st.integers(0, 255))
    cut = data.draw(st.integers(len(raw) // 2, len(raw)))
    path = tmp_path / "damaged.xlsx"
    path.write_bytes(bytes(raw[:cut]))
    before = source.read_bytes()
    try:
        result = import_review(source, path)
    except WorkshopError as error:
        assert "\n" not in str(error) and path.name in str(error)
        assert source.read_bytes() == before
    else:
        assert not result.applied  # nothing was reviewed in the damaged copy
        assert source.read_bytes() == before


CELL_VALUES = st.one_of(
    st.none(), st.integers(-5, 10**6), st.dates(),
    st.sampled_from(["agree", "Disagree", " comment ", "maybe", "=1+1", "+33", "-x", "@a", "G1",
                     "2016-1-a", "Fully implemented and sustained"]),
    st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs")), max_size=30))


@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=st.lists(st.tuples(st.sampled_from(["Workshop", "Commitments", "Gaps", "Needs"]),
                                st.integers(1, 40), st.integers(1, 14), CELL_VALUES),
                      min_size=1, max_size=6))
def test_random_cell_edits_are_recorded_ignored_or_refused(
        demo_master: Path, exported: Path, tmp_path: Path,
        edits: list[tuple[str, int, int, Any]]) -> None:
    source = tmp_path / "p.workshop"
    shutil.copyfile(demo_master, source)
    path = tmp_path / "edited.xlsx"
    shutil.copyfile(exported, path)

    def change(book: Any) -> None:
        sign(book)
        for sheet, row, col, value in edits:
            book[sheet].cell(row, col).value = value

    edit(path, change)
    results = records(source)
    before = source.read_bytes()
    try:
        result = import_review(source, path)
    except WorkshopError as error:
        assert "\n" not in str(error) and path.name in str(error)
        assert source.read_bytes() == before
        return
    assert records(source) == results  # whatever was edited, the results stay as they were
    with WorkshopFile.open(source, read_only=True) as store:
        assert len(store.reviews()) == sum(1 for i in result.items if i.change == "new")
        assert {r.view for r in store.reviews()} <= {"agree", "disagree", "comment"}


@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(row=st.integers(1, 10_000), col=st.integers(1, 16), value=CELL_VALUES)
def test_any_change_to_the_hidden_sheet_is_refused_and_records_nothing(
        demo_master: Path, exported: Path, tmp_path: Path, row: int, col: int,
        value: Any) -> None:
    """Whatever cell of the hidden sheet changes, to whatever value: one sentence, nothing
    recorded (the values count as compared: line ends and surrounding spaces aside)."""
    source = tmp_path / "h.workshop"
    shutil.copyfile(demo_master, source)
    path = tmp_path / "hidden.xlsx"
    shutil.copyfile(exported, path)
    book = openpyxl.load_workbook(path)
    sheet = book[META_SHEET]
    cell = sheet.cell(1 + (row - 1) % sheet.max_row, col)
    assume(compared_text(cell_text(cell.value)) != compared_text(cell_text(value)))
    review(book)
    cell.value = value
    book.save(path)
    tables, before = recorded(source), source.read_bytes()
    with pytest.raises(WorkshopError) as error:
        import_review(source, path)
    assert "\n" not in str(error.value) and path.name in str(error.value)
    assert recorded(source) == tables and source.read_bytes() == before


# --- the command line and other spreadsheet programs ----------------------------------------

def test_review_import_on_the_command_line(demo_path: Path, workbook: Path,
                                           data_dir: Path) -> None:
    edit(workbook, review)
    dry = workshop("review-import", str(demo_path), str(workbook), "--dry-run", "--json",
                   data_dir=data_dir)
    assert dry.returncode == 0, dry.stderr
    report = json.loads(dry.stdout)
    assert report["dry_run"] is True and report["applied"] is False
    assert report["counts"] == {"new": 5, "changed": 0, "unchanged": 0, "ignored": 0}
    assert report["reviewer"] == REVIEWER and report["reviewed_at"] == "2026-12-01"
    first = report["reviews"][0]
    assert set(first) == {"sheet", "target", "key", "row_label", "cell", "view", "comment",
                          "previous_view", "previous_comment", "change"}
    text = workshop("review-import", str(demo_path), str(workbook), data_dir=data_dir)
    assert text.returncode == 0, text.stderr
    assert "Review recorded" in text.stdout and "5 new" in text.stdout
    bad = workshop("review-import", str(demo_path), str(demo_path), data_dir=data_dir)
    assert "not an Excel workbook" in one_sentence_error(bad)


@pytest.mark.skipif(shutil.which("soffice") is None,
                    reason="LibreOffice (soffice) is not installed: apt-get install "
                           "libreoffice-calc-nogui to run this test")
def test_a_workbook_saved_again_by_libreoffice_imports_cleanly(demo_path: Path, workbook: Path,
                                                                tmp_path: Path) -> None:
    edit(workbook, review)
    out = tmp_path / "libreoffice"
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{out}/profile",
                    "--convert-to", "xlsx", "--outdir", str(out), str(workbook)], check=True,
                   capture_output=True, timeout=180)
    result = import_review(demo_path, out / workbook.name, dry_run=True)
    assert result.counts() == {"new": 5, "changed": 0, "unchanged": 0, "ignored": 0}
    assert result.reviewer == REVIEWER and result.reviewed_at == "2026-12-01"


def test_a_file_of_schema_2_keeps_its_reviews(tmp_path: Path, older_schema_file) -> None:
    path = older_schema_file(tmp_path / "old.workshop", 2)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("INSERT INTO review VALUES ('r-1', 'commitment', '2016-1-a', 'agree', 'Fine', "
                 "'MoH', '2026-01-02')")
    conn.close()
    with WorkshopFile.open(path) as store:
        assert [(r.target_key, r.view, r.reviewer) for r in store.reviews()] == [
            ("2016-1-a", "agree", "MoH")]
        assert store.review_imports() == []
    assert path.with_name("old.workshop.schema2.bak").exists()


def test_a_follow_ups_workbook_with_its_baseline_column_is_reviewed_the_same(
        tmp_path: Path) -> None:
    from workshop.demo import build_follow_up

    path = tmp_path / "follow-up.workshop"
    build_follow_up(path).close()
    book = edit(write_report(path, "full", "xlsx", tmp_path / "full.xlsx"), review)
    del book
    result = import_review(path, tmp_path / "full.xlsx")
    assert result.applied
    assert result.counts() == {"new": 5, "changed": 0, "unchanged": 0, "ignored": 0}
