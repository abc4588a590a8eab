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
import warnings
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import IllegalCharacterError
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from .atomic import atomic_output
from .errors import WorkshopError
from .i18n import tr

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
    """Refuse what is not a reasonable .xlsx before any XML is parsed."""
    damaged = tr("it is not an Excel workbook (.xlsx), or it is damaged")
    try:
        if not path.is_file():
            raise refusal(path, tr("there is no such file"))
        if path.stat().st_size > max_bytes:
            raise refusal(path, tr("it is larger than {mb} MB", mb=max_bytes // (1024 * 1024)))
        if not zipfile.is_zipfile(path):
            raise refusal(path, damaged)
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (OSError, zipfile.BadZipFile, zipfile.LargeZipFile, ValueError):
        raise refusal(path, damaged) from None
    if len(members) > max_members:
        raise refusal(path, tr("it holds more than {n} parts", n=max_members))
    # zipfile never inflates a member past its declared size, so the declared sizes bound it.
    if sum(member.file_size for member in members) > max_unpacked:
        raise refusal(path, tr("it unpacks to more than {mb} MB",
                               mb=max_unpacked // (1024 * 1024)))
    names = {member.filename for member in members}
    if any(name.startswith(("/", "\\")) or ".." in name.replace("\\", "/").split("/")
           for name in names):
        raise refusal(path, tr("it holds a part whose name points outside the workbook"))
    if "[Content_Types].xml" not in names or "xl/workbook.xml" not in names:
        raise refusal(path, tr("it is not an Excel workbook (.xlsx)"))


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


def check_cell(cell: Any, title: str, row: int, column: int, path: Path) -> None:
    """Refuse one cell of an untrusted workbook that is not plain text, a number or a date."""
    kind = getattr(cell, "data_type", None)
    where = f"{get_column_letter(column)}{row}"
    if kind == "f":
        raise refusal(path, tr(
            "its sheet {sheet} has a formula in cell {cell}; type the text or number itself",
            sheet=title, cell=where))
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

