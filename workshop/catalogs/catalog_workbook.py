"""The catalog as a workbook the secretariat can correct in Excel or LibreOffice, and back.

The secretariat holds the official texts and corrects references, letters, summaries and links
without touching code: `export_catalog` writes a catalog as an .xlsx workbook, the secretariat
edits it, and `install_catalog_workbook` validates the edited workbook and installs it as a NEW
version of the catalog in the user data folder. Earlier versions stay installed; workshops embed
the catalog they were made with, so they do not change.

A workbook coming back is untrusted: it is checked as a zip archive (member count, uncompressed
size) before openpyxl opens it, formulas are refused, the sheets and columns are found by name,
and the catalog it describes goes through the same validation as any catalog file
(`parse_catalog`). Every problem is one sentence naming the file; nothing is installed then.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from workshop.catalogs.catalog import (
    CATALOG_FORMAT,
    CHAPTER_NUMBERS,
    Catalog,
    available_catalogs,
    canonical_json,
    commitment_id,
    installed_catalog_dir,
    parse_catalog,
)
from workshop.errors import WorkshopError
from workshop.file.atomic import atomic_output
from workshop.languages.i18n import tr
from workshop.workbook import (
    HEADER_FILL,
    HEADER_FONT,
    MAX_MEMBERS,  # noqa: F401 - the limits of a workbook coming back, named here too
    MAX_UNCOMPRESSED_BYTES,  # noqa: F401
    checked_rows,
    open_untrusted,
    put,
    refusal,
    save,
)

MAX_COLUMNS = 64  # columns read per sheet; anything further right is ignored
MAX_ROWS = {"About": 200, "Documents": 100, "Chapters": 100, "Challenges": 100,
            "Commitments": 10000, "Id changes": 10000}

# Column names are identifiers the import relies on: never translated.
ABOUT_HEADERS = ("field", "value")
DOCUMENT_HEADERS = ("id", "year", "title", "short", "symbol", "parts")
CHAPTER_HEADERS = ("number", "title", "short")
CHALLENGE_HEADERS = ("letter", "title", "summary", "thematic_year")
COMMITMENT_HEADERS = ("id", "document", "paragraph", "subparagraph", "chapter", "title",
                      "summary", "themes", "challenges", "reference_checked",
                      "reference_source", "reference_note")
CHANGE_HEADERS = ("id", "now", "note")  # an id of the newest version, where it went, why
CHANGES_SHEET = "Id changes"
REFERENCE_HEADER = "reference"  # the formatted citation: shown for reading, ignored on import

_WIDTHS = {
    "id": 14, "year": 8, "title": 40, "short": 24, "symbol": 22, "parts": 40, "number": 9,
    "letter": 8, "summary": 70, "thematic_year": 14, "document": 11, "paragraph": 11,
    "subparagraph": 13, "chapter": 9, "themes": 28, "challenges": 13, "reference_checked": 18,
    "reference_source": 32, "reference_note": 32, REFERENCE_HEADER: 30,
    "field": 16, "value": 100,
}
_WRAPPED = {"title", "summary", "reference_source", "reference_note", "parts", "value"}
_READ_ONLY_FONT = Font(italic=True, color="666666")
_READ_ONLY_FILL = PatternFill("solid", fgColor="F2F2F2")
_LIST_SPLIT = re.compile(r"[;,\s]+")


# --- the catalog as plain data --------------------------------------------------------------

def catalog_to_data(catalog: Catalog) -> dict[str, Any]:
    """The catalog as the plain data `parse_catalog` accepts, in one normal form.

    Two catalogs with the same content give equal data whatever the layout of the files they
    came from (keys left out, spaces around text), so the data can be compared and hashed.
    """
    return {
        "format": CATALOG_FORMAT,
        "id": catalog.id,
        "version": catalog.version,
        "title": catalog.title,
        "documents": [
            {"id": d.id, "year": d.year, "title": d.title, "short": d.short, "symbol": d.symbol,
             "parts": [{"prefix": p.prefix, "cite": p.cite} for p in d.parts]}
            for d in catalog.documents
        ],
        "chapters": [{"number": c.number, "title": c.title, "short": c.short}
                     for c in catalog.chapters],
        "challenges": [
            {"letter": c.letter, "title": c.title, "summary": c.summary}
            | ({"thematic_year": c.thematic_year} if c.thematic_year is not None else {})
            for c in catalog.challenges
        ],
        "commitments": [
            {"id": c.id, "document": c.document, "paragraph": c.paragraph,
             "subparagraph": c.subparagraph, "chapter": c.chapter, "title": c.title,
             "summary": c.summary, "themes": list(c.themes), "challenges": list(c.challenges),
             "reference_checked": c.reference_checked, "reference_source": c.reference_source,
             "reference_note": c.reference_note}
            for c in catalog.commitments
        ],
    } | ({"previous": {"version": catalog.previous_version, "changes": [
        {"id": c.id, "now": list(c.now)} | ({"note": c.note} if c.note else {})
        for c in catalog.changes]}} if catalog.previous_version else {})


def content_key(catalog: Catalog) -> str:
    """What a catalog says, apart from its version and the version it corrects: equal keys
    mean the same content."""
    data = catalog_to_data(catalog)
    del data["version"]
    data.pop("previous", None)
    return canonical_json(data)


# --- export ---------------------------------------------------------------------------------

def export_catalog(catalog: Catalog, out_path: Path) -> None:
    """Write the catalog as a workbook the secretariat can correct and import again.

    Every text is written as a text cell, so nothing in the workbook is a formula, whatever the
    text starts with. The file is written whole or not at all (temporary file, then rename).
    """
    out_path = Path(out_path)
    workbook = Workbook()
    _about_sheet(workbook.active, catalog)
    _table_sheet(workbook.create_sheet("Documents"), DOCUMENT_HEADERS, [
        [d.id, d.year, d.title, d.short, d.symbol, _parts_text(d.id, d.parts)]
        for d in catalog.documents
    ])
    _table_sheet(workbook.create_sheet("Chapters"), CHAPTER_HEADERS, [
        [c.number, c.title, c.short] for c in catalog.chapters
    ])
    _table_sheet(workbook.create_sheet("Challenges"), CHALLENGE_HEADERS, [
        [c.letter, c.title, c.summary, c.thematic_year] for c in catalog.challenges
    ])
    commitments = workbook.create_sheet("Commitments")
    _table_sheet(commitments, (*COMMITMENT_HEADERS, REFERENCE_HEADER), [
        [c.id, c.document, c.paragraph, c.subparagraph, c.chapter, c.title, c.summary,
         "; ".join(c.themes), "; ".join(c.challenges), c.reference_checked, c.reference_source,
         c.reference_note, c.reference]
        for c in catalog.commitments
    ])
    _commitment_validation(commitments, len(catalog.commitments))
    _table_sheet(workbook.create_sheet(CHANGES_SHEET), CHANGE_HEADERS, [])
    _save_atomically(workbook, out_path)


def _parts_text(document_id: str, parts: tuple[Any, ...]) -> str:
    for part in parts:
        if ";" in part.cite:
            raise WorkshopError(tr(
                "The catalog cannot be exported: the part {cite} of document {id} has a "
                "semicolon in its name.", cite=part.cite, id=document_id))
    return "; ".join(f"{p.prefix}={p.cite}" for p in parts)


def _header(sheet: Worksheet, headers: tuple[str, ...]) -> None:
    for column, name in enumerate(headers, 1):
        put(sheet, 1, column, name)
        cell = sheet.cell(row=1, column=column)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        sheet.column_dimensions[get_column_letter(column)].width = _WIDTHS.get(name, 16)
    sheet.freeze_panes = "A2"


def _table_sheet(sheet: Worksheet, headers: tuple[str, ...], rows: list[list[Any]]) -> None:
    _header(sheet, headers)
    wrap = Alignment(wrap_text=True, vertical="top")
    top = Alignment(vertical="top")
    for row_number, values in enumerate(rows, 2):
        for column, (name, value) in enumerate(zip(headers, values, strict=True), 1):
            put(sheet, row_number, column, value)
            cell = sheet.cell(row=row_number, column=column)
            cell.alignment = wrap if name in _WRAPPED else top
            if name == REFERENCE_HEADER:
                cell.font = _READ_ONLY_FONT
                cell.fill = _READ_ONLY_FILL
    last = get_column_letter(len(headers))
    sheet.auto_filter.ref = f"A1:{last}{max(len(rows), 1) + 1}"


def _about_sheet(sheet: Worksheet, catalog: Catalog) -> None:
    sheet.title = "About"
    _header(sheet, ABOUT_HEADERS)
    rows: list[tuple[str, Any]] = [
        ("id", catalog.id),
        ("version", catalog.version),
        ("hash", catalog.hash),
        ("title", catalog.title),
        ("format", CATALOG_FORMAT),
        ("instructions", tr(
            "Correct the references, letters, titles, summaries and links in the sheets "
            "Documents, Chapters, Challenges and Commitments; keep the sheet names and the "
            "column names in the first row as they are, type text and numbers only (no "
            "formulas), and write lists as values separated by semicolons. The column "
            "\"reference\" is shown for reading and ignored on import. When a commitment's "
            "document, paragraph or sub-paragraph changes, change its id to match (or leave "
            "the id empty). Then import the workbook with \"workshop catalog import\": it is "
            "checked whole and installed as a new version of the catalog; earlier versions and "
            "the workshops made with them do not change.")),
        ("id changes", tr(
            "When a commitment of this version is not kept under the same id (its letter was "
            "wrong, it was split, or it was removed), add a row to the sheet Id changes: its id "
            "here in column id, the id or ids (separated by semicolons) it has in the corrected "
            "version in column now (empty when it was removed), and why in column note. Every "
            "other id is taken as the same commitment. Baselines and merged workshops made "
            "against this version are compared through these rows.")),
    ]
    for row_number, (key, value) in enumerate(rows, 2):
        put(sheet, row_number, 1, key)
        put(sheet, row_number, 2, value)
        sheet.cell(row=row_number, column=1).font = HEADER_FONT
        sheet.cell(row=row_number, column=2).alignment = Alignment(
            wrap_text=True, vertical="top", horizontal="left")
    sheet.row_dimensions[len(rows)].height = 150
    sheet.row_dimensions[len(rows) + 1].height = 110


def _commitment_validation(sheet: Worksheet, count: int) -> None:
    last_row = count + 200  # room for rows the secretariat adds
    columns = {name: get_column_letter(i) for i, name in enumerate(COMMITMENT_HEADERS, 1)}
    checked = DataValidation(type="list", formula1='"TRUE,FALSE"', allow_blank=False,
                             showErrorMessage=True)
    checked.error = tr("Choose TRUE or FALSE.")
    col = columns["reference_checked"]
    checked.add(f"{col}2:{col}{last_row}")
    chapter = DataValidation(type="list",
                             formula1='"' + ",".join(str(n) for n in CHAPTER_NUMBERS) + '"',
                             allow_blank=False, showErrorMessage=True)
    chapter.error = tr("Choose a chapter from 1 to 7.")
    col = columns["chapter"]
    chapter.add(f"{col}2:{col}{last_row}")
    sheet.add_data_validation(checked)
    sheet.add_data_validation(chapter)


def _save_atomically(workbook: Workbook, out_path: Path) -> None:
    save(workbook, out_path)


# --- reading a workbook back ----------------------------------------------------------------

def read_catalog_workbook(path: Path) -> Catalog:
    """Read a catalog workbook, trusting nothing, and validate the catalog it describes.

    The catalog keeps the id and version written in the About sheet; anything wrong with the
    file or the catalog is refused whole with one sentence naming the file.
    """
    return _read_workbook(Path(path))[0]


def _read_workbook(path: Path) -> tuple[Catalog, list[dict[str, Any]]]:
    """The catalog a workbook describes and its sheet Id changes, from one reading."""
    with open_untrusted(path) as workbook:
        data = _read_catalog_data(workbook, path)
        changes = _read_id_changes(workbook, path)
    return parse_catalog(data, name=path.name), changes


def _read_id_changes(workbook: Any, path: Path) -> list[dict[str, Any]]:
    """The rows of the sheet Id changes (none in a workbook exported before it existed)."""
    sheets = {name.strip().lower(): name for name in workbook.sheetnames}
    name = sheets.get(CHANGES_SHEET.lower())
    if name is None:
        return []
    changes = []
    for row in _Table(workbook[name], CHANGES_SHEET, CHANGE_HEADERS, path).rows():
        change = {"id": row.text("id").strip(), "now": row.listing("now")}
        note = row.text("note").strip()
        changes.append(change | ({"note": note} if note else {}))
    return changes


def _read_catalog_data(workbook: Any, path: Path) -> dict[str, Any]:
    sheets = {name.strip().lower(): name for name in workbook.sheetnames}

    def sheet(title: str) -> Any:
        name = sheets.get(title.lower())
        if name is None:
            raise refusal(path, tr("it has no sheet {sheet}", sheet=title))
        return workbook[name]

    about = _About(path)
    for row in _Table(sheet("About"), "About", ABOUT_HEADERS, path).rows():
        about.add(row)
    data: dict[str, Any] = {
        "format": about.integer("format"),
        "id": about.text("id"),
        "version": about.integer("version"),
        "title": about.text("title"),
    }

    data["documents"] = [
        {"id": row.text("id"), "year": row.integer("year"), "title": row.text("title"),
         "short": row.text("short"), "symbol": row.text("symbol"), "parts": row.parts("parts")}
        for row in _Table(sheet("Documents"), "Documents", DOCUMENT_HEADERS, path).rows()
    ]
    data["chapters"] = [
        {"number": row.integer("number"), "title": row.text("title"),
         "short": row.text("short")}
        for row in _Table(sheet("Chapters"), "Chapters", CHAPTER_HEADERS, path).rows()
    ]
    challenges = []
    for row in _Table(sheet("Challenges"), "Challenges", CHALLENGE_HEADERS, path).rows():
        challenge: dict[str, object] = {
            "letter": row.text("letter").strip().lower(), "title": row.text("title"),
            "summary": row.text("summary")}
        year = row.integer("thematic_year", required=False)
        if year is not None:
            challenge["thematic_year"] = year
        challenges.append(challenge)
    data["challenges"] = challenges

    commitments = []
    for row in _Table(sheet("Commitments"), "Commitments", COMMITMENT_HEADERS, path).rows():
        document = row.text("document").strip()
        paragraph = row.text("paragraph").strip()
        subparagraph = row.text("subparagraph").strip()
        cid = row.text("id").strip() or commitment_id(document, paragraph, subparagraph)
        commitments.append({
            "id": cid,
            "document": document,
            "paragraph": paragraph,
            "subparagraph": subparagraph,
            "chapter": row.integer("chapter"),
            "title": row.text("title"),
            "summary": row.text("summary"),
            "themes": row.listing("themes"),
            "challenges": [letter.lower() for letter in row.listing("challenges")],
            "reference_checked": row.boolean("reference_checked"),
            "reference_source": row.text("reference_source"),
            "reference_note": row.text("reference_note"),
        })
    data["commitments"] = commitments
    return data


class _Row:
    """One data row of a sheet: its cells by column name, converted with row-precise errors."""

    def __init__(self, table: _Table, number: int, values: dict[str, Any]) -> None:
        self.table = table
        self.number = number
        self.values = values

    def _fail(self, column: str, problem: str) -> WorkshopError:
        return refusal(self.table.path, tr(
            "in sheet {sheet}, row {row}, column {column} {problem}",
            sheet=self.table.title, row=self.number, column=column, problem=problem))

    def text(self, column: str) -> str:
        value = self.values.get(column)
        if value is None:
            return ""
        if isinstance(value, str):
            return value
        if isinstance(value, bool):
            return "TRUE" if value else "FALSE"
        if isinstance(value, int):
            return str(value)
        if isinstance(value, float):
            return str(int(value)) if value.is_integer() else repr(value)
        raise self._fail(column, tr("holds a date or another value where text is expected"))

    def integer(self, column: str, *, required: bool = True) -> int | None:
        value = self.values.get(column)
        if isinstance(value, str):
            value = value.strip()
            if value.isdigit():
                return int(value)
        if value is None or value == "":
            if required:
                raise self._fail(column, tr("is empty"))
            return None
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        if isinstance(value, float) and value.is_integer():
            return int(value)
        raise self._fail(column, tr("is not a whole number"))

    def boolean(self, column: str) -> bool:
        value = self.values.get(column)
        if isinstance(value, bool):
            return value
        if isinstance(value, int | float) and value in (0, 1):
            return bool(value)
        if isinstance(value, str) and value.strip().upper() in ("TRUE", "FALSE"):
            return value.strip().upper() == "TRUE"
        raise self._fail(column, tr("must be TRUE or FALSE"))

    def listing(self, column: str) -> list[str]:
        return [item for item in _LIST_SPLIT.split(self.text(column).strip()) if item]

    def parts(self, column: str) -> list[dict[str, str]]:
        parts = []
        for item in self.text(column).split(";"):
            item = item.strip()
            if not item:
                continue
            if "=" not in item:
                raise self._fail(column, tr("has the part {part}, not written as prefix=name",
                                            part=item))
            prefix, cite = item.split("=", 1)
            parts.append({"prefix": prefix.strip(), "cite": cite.strip()})
        return parts


class _Table:
    """A sheet read as a table: header row by name, formulas refused, size limited."""

    def __init__(self, sheet: Any, title: str, headers: tuple[str, ...], path: Path) -> None:
        self.sheet = sheet
        self.title = title
        self.headers = headers
        self.path = path

    def rows(self) -> Iterator[_Row]:
        columns: dict[str, int] = {}
        for number, cells in checked_rows(self.sheet, self.title, self.path,
                                          max_rows=MAX_ROWS[self.title] + 1,
                                          max_columns=MAX_COLUMNS):
            if number == 1:
                columns = self._columns(cells)
                continue
            values = {name: cells[i].value if i < len(cells) else None
                      for name, i in columns.items()}
            if all(v is None or (isinstance(v, str) and not v.strip()) for v in values.values()):
                continue
            yield _Row(self, number, values)
        if not columns:
            raise refusal(self.path, tr("its sheet {sheet} is empty", sheet=self.title))

    def _columns(self, cells: tuple[Any, ...]) -> dict[str, int]:
        found: dict[str, int] = {}
        for index, cell in enumerate(cells):
            value = cell.value
            if value is None:
                continue
            name = str(value).strip().lower()
            if not name:
                continue
            if name in found and name in self.headers:
                raise refusal(self.path, tr("its sheet {sheet} has the column {column} twice",
                                            sheet=self.title, column=name))
            found.setdefault(name, index)
        missing = [h for h in self.headers if h not in found]
        if missing:
            raise refusal(self.path, tr("its sheet {sheet} has no column {columns}",
                                        sheet=self.title, columns=", ".join(missing)))
        return {h: found[h] for h in self.headers}


class _About:
    """The About sheet: catalog id, version, title and format as field/value rows."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.rows: dict[str, _Row] = {}

    def add(self, row: _Row) -> None:
        field = row.text("field").strip().lower()
        if field:
            self.rows.setdefault(field, row)

    def _row(self, field: str) -> _Row:
        row = self.rows.get(field)
        if row is None:
            raise refusal(self.path, tr("its sheet About has no row {field}", field=field))
        return row

    def text(self, field: str) -> str:
        return self._row(field).text("value")

    def integer(self, field: str) -> int | None:
        return self._row(field).integer("value")


# --- installing a corrected workbook --------------------------------------------------------

def install_catalog_workbook(path: Path) -> Catalog:
    """Validate a corrected workbook and install it as the next version of its catalog.

    The new version is one more than the highest bundled or installed version of that catalog
    id. A workbook exported from an older version than the newest installed is refused (it
    would undo the newer version's corrections); a version written in it that is not installed
    here is taken as the newest. A workbook whose content equals an existing version is
    refused, and no existing file is ever overwritten.
    """
    path = Path(path)
    catalog, changes = _read_workbook(path)
    existing = [c for c in available_catalogs() if c.id == catalog.id]
    key = content_key(catalog)
    for other in existing:
        if content_key(other) == key:
            raise WorkshopError(tr(
                "This workbook holds the same content as catalog {id} version {version}; "
                "nothing was installed.", id=other.id, version=other.version))
    if existing and catalog.version in {c.version for c in existing[:-1]}:
        raise refusal(path, tr(
            "it was exported from catalog {id} version {version}, and version {newest} has "
            "been installed since: export version {newest} (workshop catalog export --version "
            "{newest}), make the corrections there and import that", id=catalog.id,
            version=catalog.version, newest=existing[-1].version))
    folder = installed_catalog_dir()
    version = max([c.version for c in existing] + _installed_versions(folder, catalog.id)
                  + [0]) + 1
    data = catalog_to_data(catalog)
    data["version"] = version
    if existing:
        data["previous"] = {"version": existing[-1].version,
                            "changes": _checked_changes(path, changes, existing[-1], catalog)}
    elif changes:
        raise refusal(path, tr("its sheet {sheet} lists changed ids, but no version of catalog "
                               "{id} is installed here to change from: leave the sheet empty",
                               sheet=CHANGES_SHEET, id=catalog.id))
    target = folder / f"{catalog.id}-v{version}.json"
    installed = parse_catalog(data, name=target.name, source_path=str(target))
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    _write_new_file(target, text.encode("utf-8"))
    return installed


def _checked_changes(path: Path, changes: list[dict[str, Any]], previous: Catalog,
                     catalog: Catalog) -> list[dict[str, Any]]:
    """The id changes from the newest installed version, refused unless every id of that
    version is either kept or said where it went (none is dropped in silence)."""
    known = {c.id for c in previous.commitments}
    for change in changes:
        if change["id"] not in known:
            raise refusal(path, tr(
                "its sheet {sheet} names {id}, which version {version} of the catalog does not "
                "have", sheet=CHANGES_SHEET, id=change["id"], version=previous.version))
    kept = {c.id for c in catalog.commitments}
    said = {change["id"] for change in changes}
    silent = sorted(known - kept - said)
    if silent:
        raise refusal(path, tr(
            "{ids} of version {version} are not in it and its sheet {sheet} does not say where "
            "they went: add a row for each (with column now empty for one removed)",
            ids=", ".join(silent), version=previous.version, sheet=CHANGES_SHEET))
    return changes


def _installed_versions(folder: Path, catalog_id: str) -> list[int]:
    """Versions taken by file names in the installed folder, valid catalogs or not."""
    pattern = re.compile(re.escape(catalog_id) + r"-v(\d{1,7})\.json")
    versions = []
    for file in folder.glob(f"{catalog_id}-v*.json"):
        match = pattern.fullmatch(file.name)
        if match:
            versions.append(int(match.group(1)))
    return versions


def _write_new_file(target: Path, content: bytes) -> None:
    """Write a file that must not exist yet: whole or not at all, never over another file."""
    with atomic_output(target, replace=False) as stream:
        stream.write(content)
