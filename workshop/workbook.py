"""Workbooks in and out, safely: the one place that writes cells and reads untrusted files.

Every workbook the toolkit writes (the catalog workbook, the full results workbook, the
technical-assistance workbook) puts its cells through `put`, so text is always a text cell and
never a formula, whatever it starts with (`=`, `+`, `-`, `@`, tab, CR, LF). Every workbook that
comes back (a corrected catalog, a ministry's review) is opened through `open_untrusted`: the
file is checked as a zip archive (size, member count, unpacked size) before any XML is parsed,
openpyxl parses it with defusedxml, and `checked_rows` refuses formulas, error values and
anything that is not plain text, a number or a date. Every problem is one sentence naming the
file.
"""

from __future__ import annotations

import contextlib
import datetime
import posixpath
import re
import warnings
import zipfile
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote
from xml.parsers import expat
from xml.parsers.expat import ExpatError

from openpyxl import load_workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import IllegalCharacterError
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from workshop.errors import WorkshopError
from workshop.file.atomic import atomic_output
from workshop.languages.i18n import N_, tr

# Limits for a workbook coming back; the workbooks this toolkit writes are well under them.
MAX_WORKBOOK_BYTES = 50 * 1024 * 1024  # the file on disk
MAX_UNCOMPRESSED_BYTES = 50 * 1024 * 1024  # all members of the zip, decompressed
MAX_MEMBERS = 2000
MAX_CELL_TEXT = 32_767  # what Excel itself stores in one cell

HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDE4EE")
_VALUE_TYPES = (str, int, float, bool, datetime.datetime, datetime.date, datetime.time,
                datetime.timedelta)


# --- writing --------------------------------------------------------------------------------

def clean_text(text: str) -> str:
    """`text` as a workbook keeps it, for reports, where user text must never stop the export.

    The control characters a workbook cannot store (NUL and the like) are shown as U+FFFD; a
    carriage return becomes a line feed, as every XML reader would make it anyway, so what is
    written is exactly what is read back. Tabs and line feeds are kept.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return ILLEGAL_CHARACTERS_RE.sub("\ufffd", text)


def put(sheet: Worksheet, row: int, column: int, value: Any) -> Any:
    """Write one value and return its cell; text is always a text cell, never a formula.

    Text holding a control character a workbook cannot store is refused in one sentence;
    pass it through `clean_text` first where it should be kept instead.
    """
    cell = sheet.cell(row=row, column=column)
    try:
        cell.value = value
    except IllegalCharacterError:
        raise WorkshopError(tr(
            "The workbook cannot be written: the text for sheet {sheet}, cell {cell} holds a "
            "control character a workbook cannot store.", sheet=sheet.title,
            cell=cell.coordinate)) from None
    if isinstance(value, str):
        cell.data_type = "s"  # openpyxl makes "=..." a formula otherwise
    return cell


def header_row(sheet: Worksheet, headers: list[str] | tuple[str, ...],
               widths: list[float] | tuple[float, ...], row: int = 1) -> None:
    """Write a bold header row with column widths, frozen above the data and filterable."""
    for column, (name, width) in enumerate(zip(headers, widths, strict=True), 1):
        cell = put(sheet, row, column, name)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = f"A{row + 1}"


def save(workbook: Workbook, out: Any) -> None:
    """Save a workbook to a path (atomically) or to an open binary stream."""
    if isinstance(out, str | Path):
        with atomic_output(Path(out)) as stream:
            workbook.save(stream)
    else:
        workbook.save(out)


# --- reading an untrusted workbook ----------------------------------------------------------

def refusal(path: Path, problem: str) -> WorkshopError:
    """The one sentence for a workbook that cannot be imported."""
    return WorkshopError(tr("The workbook {name} cannot be imported: {problem}.",
                            name=path.name, problem=problem))


def check_archive(path: Path, *, max_bytes: int = MAX_WORKBOOK_BYTES,
                  max_unpacked: int = MAX_UNCOMPRESSED_BYTES,
                  max_members: int = MAX_MEMBERS) -> None:
    """Refuse what is not a reasonable .xlsx of this app before the reader parses any of it:
    sizes and names of the zip's members first, then its parts (`check_parts`)."""
    damaged = tr("it is not an Excel workbook (.xlsx), or it is damaged")
    try:
        if not path.is_file():
            raise refusal(path, tr("there is no such file"))
        if path.stat().st_size > max_bytes:
            raise refusal(path, tr("it is larger than {mb} MB", mb=max_bytes // (1024 * 1024)))
        if not zipfile.is_zipfile(path):
            raise refusal(path, damaged)
        with zipfile.ZipFile(path) as archive:
            check_members(path, archive.infolist(), max_unpacked=max_unpacked,
                          max_members=max_members)
            check_parts(path, archive)
    except (OSError, zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError,
            zlib.error, NotImplementedError, RuntimeError):  # damaged, encrypted, unknown
        raise refusal(path, damaged) from None


def check_members(path: Path, members: list[zipfile.ZipInfo], *, max_unpacked: int,
                  max_members: int) -> None:
    """Refuse a zip with too many members, too much to unpack (a zip bomb), a member named
    outside the workbook, or without the parts every workbook has."""
    if len(members) > max_members:
        raise refusal(path, tr("it holds more than {n} parts", n=max_members))
    # zipfile never inflates a member past its declared size, so the declared sizes bound it.
    if sum(member.file_size for member in members) > max_unpacked:
        raise refusal(path, tr("it unpacks to more than {mb} MB",
                               mb=max_unpacked // (1024 * 1024)))
    names = {member.filename for member in members}
    if len(names) < len(members):  # two parts of one name: readers may pick either
        raise refusal(path, tr("it is not an Excel workbook (.xlsx), or it is damaged"))
    if any(name.startswith(("/", "\\")) or ".." in name.replace("\\", "/").split("/")
           for name in names):
        raise refusal(path, tr("it holds a part whose name points outside the workbook"))
    if CONTENT_TYPES not in names or "xl/workbook.xml" not in names:
        raise refusal(path, tr("it is not an Excel workbook (.xlsx)"))


# --- the parts of an untrusted workbook -----------------------------------------------------

CONTENT_TYPES = "[Content_Types].xml"
_OFFICE = "application/vnd.openxmlformats-officedocument."
_WORKSHEET = _OFFICE + "spreadsheetml.worksheet+xml"
_SHARED_STRINGS = _OFFICE + "spreadsheetml.sharedStrings+xml"
_DRAWING = _OFFICE + "drawing+xml"
# The parts a workbook of this app may hold, by content type: what openpyxl writes for an
# export, and what Excel and LibreOffice add when a reviewer saves it (shared strings, custom
# and sensitivity-label properties, printer settings, the list of formulas to calculate, an
# empty drawing per sheet, a thumbnail). Anything else is refused: macros, links to other
# workbooks, comments, pictures, charts, objects, controls, tables, pivot tables, data
# connections, custom XML... The app never writes them and does not read them.
ALLOWED_PART_TYPES = frozenset({
    _OFFICE + "spreadsheetml.sheet.main+xml",
    _WORKSHEET,
    _SHARED_STRINGS,
    _OFFICE + "spreadsheetml.styles+xml",
    _OFFICE + "theme+xml",
    _OFFICE + "extended-properties+xml",
    _OFFICE + "custom-properties+xml",
    _OFFICE + "spreadsheetml.printerSettings",
    _OFFICE + "spreadsheetml.calcChain+xml",  # formulas themselves are refused, cell by cell
    _DRAWING,  # only one that draws nothing
    "application/vnd.openxmlformats-package.core-properties+xml",
    "application/vnd.openxmlformats-package.relationships+xml",
    "application/vnd.ms-office.classificationlabels+xml",
})
_THUMBNAIL_TYPES = frozenset({"image/jpeg", "image/png"})  # only as docProps/thumbnail.*
# What a refused part is, in the user's words: the first entry whose word is in its content
# type or name (compared in lower case).
_FOREIGN_PARTS = (
    (("vbaproject", "macroenabled", "macrosheet", "dialogsheet", ".xlsm"), N_("macros")),
    (("externallink",), N_("links to other workbooks")),
    (("comments", "vmldrawing", "person"), N_("comments or notes on cells")),
    (("oleobject", "activex", "control", "embedding"), N_("embedded objects or controls")),
    (("image", "drawing", "chart", "media"), N_("pictures, shapes or charts")),
    (("table", "pivot", "slicer", "timeline", "connections", "query"),
     N_("tables, pivot tables or data connections")),
)
MAX_UNUSED_STRINGS = 1000  # texts in the shared-string table that no cell uses
# Formulas outside cells that a workbook of this app has: those of its rules (conditional
# formatting, lists to choose from) and names (filter ranges, print titles) compare with
# quoted text or numbers and name ranges of its own sheets. One that calls a function, names
# another workbook ("[") or a program (DDE, "|") is refused.
_RULE_FORMULAS = frozenset({"formula", "formula1", "formula2", "f"})
_QUOTED = re.compile(r'"(?:[^"]|"")*"|\'(?:[^\']|\'\')*\'')
StartElement = Callable[[str, dict[str, str]], None]


class _Parts:
    """The parts of one workbook's zip: their content types and the relationships between
    them, read with `parse_xml` (no document type declarations, so no entities)."""

    def __init__(self, path: Path, archive: zipfile.ZipFile) -> None:
        self.path = path
        self.archive = archive
        self.names = [i.filename for i in archive.infolist() if not i.filename.endswith("/")]
        self.by_lower = {name.lower(): name for name in self.names}
        self.defaults: dict[str, str] = {}
        self.overrides: dict[str, str] = {}

        def declared(name: str, attributes: dict[str, str]) -> None:
            if name == "Default":
                self.defaults[attributes.get("Extension", "").lower()] = \
                    attributes.get("ContentType", "")
            elif name == "Override":
                part = attributes.get("PartName", "").lstrip("/").lower()
                self.overrides[part] = attributes.get("ContentType", "")

        self.parse(CONTENT_TYPES, declared)

    def read(self, name: str) -> bytes:
        return self.archive.read(name)

    def parse(self, name: str, start: StartElement, **handlers: Any) -> None:
        """Parse one part; a part that is not well-formed XML is one sentence."""
        try:
            parse_xml(self.read(name), start, **handlers)
        except (ExpatError, ValueError):
            raise refusal(self.path, tr("it cannot be read as an Excel workbook")) from None

    def content_type(self, name: str) -> str:
        """The part's content type as [Content_Types].xml declares it ("" when it does not)."""
        found = self.overrides.get(name.lower())
        if found is None:
            found = self.defaults.get(name.rpartition(".")[2].lower() if "." in name else "", "")
        return found

    def relationships(self, source: str) -> tuple[str, list[dict[str, str]]]:
        """The relationships part of a part ("" for the package itself; "" when it has none)
        and its relationships: each one's attributes, with "part" set to the member an
        internal target names ("" if none)."""
        folder, _slash, base = source.rpartition("/")
        rels = f"{folder}/_rels/{base}.rels" if folder else f"_rels/{base}.rels"
        name = self.by_lower.get(rels.lower())
        if name is None:
            return "", []
        found: list[dict[str, str]] = []
        self.parse(name, lambda tag, attributes: found.append(dict(attributes))
                   if tag == "Relationship" else None)
        for relationship in found:
            relationship["part"] = self.target(folder, relationship)
        return name, found

    def target(self, folder: str, relationship: dict[str, str]) -> str:
        """The member an internal relationship points to, or ""."""
        if relationship.get("TargetMode", "Internal").lower() == "external":
            return ""
        target = unquote(relationship.get("Target", "").partition("#")[0])
        if not target:
            return ""
        joined = target.lstrip("/") if target.startswith("/") else f"{folder}/{target}"
        resolved = posixpath.normpath(joined).lstrip("/")
        return self.by_lower.get(resolved.lower(), "")

    def refuse_foreign(self, what: str, part: str) -> WorkshopError:
        return refusal(self.path, tr(
            "it holds {what} (part {part}), which a workbook of this app never has; remove "
            "it, save the workbook as an Excel Workbook (.xlsx) and import it again",
            what=tr(what), part=part[:80]))


def parse_xml(data: bytes, start: StartElement,
              end: Callable[[str], None] | None = None,
              text: Callable[[str], None] | None = None) -> None:
    """Parse one XML part of an untrusted file with expat, calling `start(name, attributes)`
    for every element (its name without a namespace prefix; attributes as written, prefixed
    ones with their prefix), `end(name)` and `text(characters)`.

    A document type declaration is refused (ValueError): no spreadsheet program writes one,
    and entity expansion and external entities need one. Not well-formed: ExpatError.
    """
    parser = expat.ParserCreate()
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.buffer_text = True

    def no_declarations(*_args: Any) -> None:
        raise ValueError("a document type declaration")

    parser.StartDoctypeDeclHandler = no_declarations
    parser.EntityDeclHandler = no_declarations
    parser.StartElementHandler = lambda name, attributes: start(name.rpartition(":")[2],
                                                                attributes)
    if end is not None:
        parser.EndElementHandler = lambda name: end(name.rpartition(":")[2])
    if text is not None:
        parser.CharacterDataHandler = text
    parser.Parse(data, True)


def check_parts(path: Path, archive: zipfile.ZipFile) -> None:
    """Refuse a workbook holding a part a workbook of this app never has.

    Every part must be of a content type in ALLOWED_PART_TYPES (a macro-enabled workbook,
    macros, links to other workbooks, comments, pictures, objects... are refused by name), no
    relationship may point outside the workbook, every part must be used (reached from the
    package through relationships: nothing hidden beside them), a drawing must draw nothing,
    no cell of any sheet may hold a formula (also where the reader does not look), and the
    shared-string table may not hold many texts that no cell uses.
    """
    parts = _Parts(path, archive)
    _check_declared_types(parts)
    reached = _reached_parts(parts)
    for name in parts.names:
        if name != CONTENT_TYPES and name not in reached:
            raise parts.refuse_foreign(N_("a part that nothing in the workbook uses"), name)
    for name in parts.names:
        if parts.content_type(name) == _DRAWING:
            _check_empty_drawing(parts, name)
    used = _check_sheets_cells(parts)
    for name in parts.names:
        if parts.content_type(name) == _SHARED_STRINGS:
            _check_shared_strings(parts, name, used)


def _allowed(name: str, content_type: str) -> bool:
    if content_type in ALLOWED_PART_TYPES:
        return True
    return content_type in _THUMBNAIL_TYPES and name.lower().startswith("docprops/thumbnail.")


def _foreign_kind(name: str, content_type: str) -> str:
    """What a refused part is, in the user's words."""
    words = f"{content_type} {name}".lower()
    for markers, what in _FOREIGN_PARTS:
        if any(marker in words for marker in markers):
            return what
    return N_("content the app does not read")


def _check_declared_types(parts: _Parts) -> None:
    """Every part, and every type declared for a named part, must be one this app allows."""
    for name in parts.names:
        if name == CONTENT_TYPES:
            continue
        content_type = parts.content_type(name)
        if not _allowed(name, content_type):
            raise parts.refuse_foreign(_foreign_kind(name, content_type), name)
    for name, content_type in parts.overrides.items():
        if not _allowed(name, content_type):
            raise parts.refuse_foreign(_foreign_kind(name, content_type), name)


def _reached_parts(parts: _Parts) -> set[str]:
    """The parts the package uses, following relationships from its root (a relationships
    part counts as used with its source); refuses a relationship that points outside."""
    reached: set[str] = set()
    waiting = [""]
    while waiting:
        source = waiting.pop()
        rels, relationships = parts.relationships(source)
        reached.add(rels)
        for relationship in relationships:
            if relationship.get("TargetMode", "").lower() == "external":
                raise parts.refuse_foreign(
                    N_("a link to a file or address outside the workbook"), rels)
            target = relationship["part"]
            if target and target not in reached:
                reached.add(target)
                waiting.append(target)
    return reached


def _check_empty_drawing(parts: _Parts, name: str) -> None:
    """LibreOffice writes an empty drawing for each sheet; one that draws anything is
    refused (pictures, shapes, text boxes: content the app does not read)."""
    depth = [0]

    def start(_tag: str, _attributes: dict[str, str]) -> None:
        depth[0] += 1
        if depth[0] > 1:
            raise parts.refuse_foreign(N_("pictures, shapes or charts"), name)

    parts.parse(name, start)


def _acts(formula: str) -> bool:
    """Whether a formula outside the cells does more than a workbook of this app has its
    rules and names do: call a function, or reach another workbook or program."""
    return any(mark in _QUOTED.sub("", formula) for mark in "([|")


def _workbook_part(parts: _Parts) -> dict[str, str]:
    """Worksheet part -> the sheet's title, from the workbook part, whose defined names
    must name ranges and nothing more (`_acts`)."""
    by_id = {r.get("Id", ""): r["part"] for r in parts.relationships("xl/workbook.xml")[1]}
    titles: dict[str, str] = {}
    name: list[str] | None = None

    def start(tag: str, attributes: dict[str, str]) -> None:
        nonlocal name
        # the relationship's id is the sheet's one prefixed attribute "id" (r:id)
        rid = next((v for k, v in attributes.items() if k.endswith(":id")), "")
        if tag == "sheet" and by_id.get(rid):
            titles[by_id[rid]] = attributes.get("name", "")
        elif tag == "definedName":
            name = []

    def end(tag: str) -> None:
        nonlocal name
        if tag == "definedName" and name is not None:
            if _acts("".join(name)):
                raise parts.refuse_foreign(N_("a formula that calls a function or another "
                                              "file"), "xl/workbook.xml")
            name = None

    def text(characters: str) -> None:
        if name is not None:
            name.append(characters)

    parts.parse("xl/workbook.xml", start, end=end, text=text)
    return titles


def _check_sheets_cells(parts: _Parts) -> set[int]:
    """Refuse a formula in any cell of any sheet, or one that acts in its rules; the shared
    texts the cells use."""
    titles = _workbook_part(parts)
    used: set[int] = set()
    for name in parts.names:
        if parts.content_type(name) == _WORKSHEET:
            _CellScan(parts, name, titles.get(name, name), used).run()
    return used


class _CellScan:
    """One pass over a worksheet part: a formula in any cell, or one in a rule that acts
    (`_acts`), is refused; the indices of the shared texts its cells show are added to
    `used`."""

    def __init__(self, parts: _Parts, name: str, title: str, used: set[int]) -> None:
        self.parts, self.name, self.title, self.used = parts, name, title, used
        self.cell: str | None = None  # the reference of the cell being read, inside one
        self.shared = False  # whether its value is an index into the shared texts
        self.characters: list[str] | None = None  # of a shared index or a rule's formula
        self.reading = ""  # the element whose characters are gathered

    def run(self) -> None:
        self.parts.parse(self.name, self.start, end=self.end, text=self.text)

    def start(self, tag: str, attributes: dict[str, str]) -> None:
        if tag == "c":
            self.cell = attributes.get("r", "")
            self.shared = attributes.get("t") == "s"
        elif self.cell is not None and tag == "f":
            raise formula_refusal(self.parts.path, self.title, self.cell or "?")
        elif (self.cell is not None and tag == "v" and self.shared) or \
                (self.cell is None and tag in _RULE_FORMULAS):
            self.characters, self.reading = [], tag

    def end(self, tag: str) -> None:
        if tag == "c":
            self.cell = None
        elif self.characters is not None and tag == self.reading:
            found = "".join(self.characters)
            self.characters = None
            if self.cell is None and _acts(found):
                raise self.parts.refuse_foreign(
                    N_("a formula that calls a function or another file"), self.name)
            if self.cell is not None and found.strip().isdecimal():
                self.used.add(int(found))

    def text(self, characters: str) -> None:
        if self.characters is not None:
            self.characters.append(characters)


def _check_shared_strings(parts: _Parts, name: str, used: set[int]) -> None:
    """Refuse a shared-string table holding many texts that no cell uses (room for a large
    hidden payload, and memory the reader would spend on nothing)."""
    depth = [0]
    count = [0]

    def start(_tag: str, _attributes: dict[str, str]) -> None:
        depth[0] += 1
        if depth[0] == 2:
            count[0] += 1

    def end(_tag: str) -> None:
        depth[0] -= 1

    parts.parse(name, start, end=end)
    unused = count[0] - len({index for index in used if index < count[0]})
    if unused > MAX_UNUSED_STRINGS:
        raise refusal(parts.path, tr(
            "its table of shared texts holds {n} texts that no cell uses; open it in a "
            "spreadsheet program, save it again and import it again", n=unused))


@contextlib.contextmanager
def open_untrusted(path: Path, **limits: int) -> Iterator[Any]:
    """Open a workbook that came from outside, read-only, after `check_archive`.

    Inside the block, any failure of the reader on hostile content (bad XML, forbidden
    entities, broken parts) becomes one sentence; a WorkshopError passes as it is.
    """
    path = Path(path)
    check_archive(path, **limits)
    unreadable = tr("it cannot be read as an Excel workbook")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # openpyxl warns about features it drops
        try:
            workbook = load_workbook(path, read_only=True, data_only=False, keep_vba=False,
                                     keep_links=False)
        except Exception:  # an untrusted file can break the reader in any way
            raise refusal(path, unreadable) from None
        try:
            yield workbook
        except WorkshopError:
            raise
        except Exception:  # as above: one sentence, never a traceback
            raise refusal(path, unreadable) from None
        finally:
            workbook.close()


def checked_rows(sheet: Any, title: str, path: Path, *, max_rows: int,
                 max_columns: int = 64) -> Iterator[tuple[int, tuple[Any, ...]]]:
    """(row number, cells) of a sheet of an untrusted workbook, each cell checked.

    Refuses a formula, an error value, a value that is not text, a number or a date, text
    longer than a cell holds, and more than `max_rows` rows. Columns right of `max_columns`
    are not read.
    """
    if hasattr(sheet, "reset_dimensions"):
        sheet.reset_dimensions()  # ignore a dimension the file claims; read what is there
    for index, cells in enumerate(sheet.iter_rows(max_col=max_columns)):
        number = index + 1
        if number > max_rows:
            raise refusal(path, tr("its sheet {sheet} has more than {n} rows",
                                   sheet=title, n=max_rows))
        for position, cell in enumerate(cells, 1):
            check_cell(cell, title, number, position, path)
        yield number, cells


def formula_refusal(path: Path, title: str, where: str) -> WorkshopError:
    """The sentence for a formula in a cell: a workbook of this app never has one."""
    return refusal(path, tr(
        "its sheet {sheet} has a formula in cell {cell}; type the text or number itself",
        sheet=title, cell=where))


def check_cell(cell: Any, title: str, row: int, column: int, path: Path) -> None:
    """Refuse one cell of an untrusted workbook that is not plain text, a number or a date."""
    kind = getattr(cell, "data_type", None)
    where = f"{get_column_letter(column)}{row}"
    if kind == "f":
        raise formula_refusal(path, title, where)
    if kind == "e":
        raise refusal(path, tr("its sheet {sheet} has an error value in cell {cell}",
                               sheet=title, cell=where))
    value = cell.value
    if value is not None and not isinstance(value, _VALUE_TYPES):
        raise refusal(path, tr(
            "its sheet {sheet} has a value in cell {cell} that is not text or a number",
            sheet=title, cell=where))
    # openpyxl cuts longer text to the limit when reading: text that reaches it was longer.
    if isinstance(value, str) and len(value) >= MAX_CELL_TEXT:
        raise refusal(path, tr("its sheet {sheet} has more text in cell {cell} than a cell "
                               "holds", sheet=title, cell=where))


def line_ends(text: str) -> str:
    """Line ends as every spreadsheet writes them (LF)."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def compared_text(text: str) -> str:
    """Text as compared between a workbook written and the same workbook come back: LF line
    ends and no surrounding whitespace (a spreadsheet program may drop it when it saves)."""
    return line_ends(text).strip()


def cell_text(value: Any) -> str:
    """A cell's value as the text it shows: dates as YYYY-MM-DD, whole numbers without ".0"."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, datetime.datetime):
        if value.time() == datetime.time(0):
            return value.date().isoformat()
        return value.isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, float):
        return repr(value)
    return str(value)

