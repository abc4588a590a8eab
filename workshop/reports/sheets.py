"""Laying out the sheets of the XLSX reports: tables, the cover sheet, status colours.

The full results workbook and the technical-assistance workbook share their look: a cover
sheet naming the workshop with its key figures, then one table per sheet with a bold frozen
header, a filter on every column, widths that fit the content, wrapped long text, numbers as
numbers and dates as dates. Every cell goes through `workshop.workbook.put`, so no text is
ever a formula; user text goes through `clean_text`, so a stray control character never stops
an export.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from typing import Any

from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from workshop.file.model import STATUSES
from workshop.languages.i18n import N_, tr
from workshop.languages.locale_data import format_date_range, is_iso_date
from workshop.workbook import HEADER_FONT, clean_text, header_row, put

DATE_FORMAT = "yyyy-mm-dd"
NOT_ASSESSED = N_("Not assessed")
_WRAP = Alignment(wrap_text=True, vertical="top")
_TOP = Alignment(vertical="top")
_TITLE_FONT = Font(bold=True, size=14)
_SHEET_TITLE_BAD = re.compile(r"[\[\]:*?/\\]")

# Fill colours of the consensus status, from no action (red) to fully implemented (green).
STATUS_COLOURS = {"0": "F4B6B6", "1": "F8D3A9", "2": "FBE9A6", "3": "D5E8B5", "4": "A9D5A0",
                  "na": "D9D9D9", "unknown": "EDEDED"}


@dataclass(frozen=True)
class Column:
    """One column of a table sheet: header, width in characters, and how cells are shown."""

    header: str
    width: float
    wrap: bool = False
    kind: str = "text"  # "text", "number" or "date" (ISO text shown as a date cell)


def sheet_title(text: str) -> str:
    """A valid sheet name: no [ ] : * ? / \\ and at most 31 characters."""
    return _SHEET_TITLE_BAD.sub(" ", text).strip()[:31] or "Sheet"


def cell_value(value: Any, kind: str = "text") -> Any:
    """The value to write for one cell: cleaned text, a number, or a date for ISO dates."""
    if value is None or value == "":
        return None  # an empty cell, not an empty text
    if kind == "date" and isinstance(value, str) and is_iso_date(value):
        return datetime.date.fromisoformat(value)
    if isinstance(value, str):
        return clean_text(value)
    return value


def printable(sheet: Worksheet, *, landscape: bool = True, title_row: int | None = None) -> None:
    """Print setup: A4, one page wide, the header row repeated on every page."""
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.orientation = "landscape" if landscape else "portrait"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    if title_row:
        sheet.print_title_rows = f"{title_row}:{title_row}"


def wrapped_lines(text: str, width: float) -> int:
    """About how many lines `text` takes in a wrapped column `width` characters wide."""
    per_line = max(int(width * 1.1), 1)
    return sum(max(1, -(-len(line) // per_line)) for line in text.split("\n"))


def write_table(sheet: Worksheet, columns: list[Column], rows: list[list[Any]],
                first_row: int = 1) -> int:
    """Write a header and rows from `first_row` on, with a filter; returns the last row."""
    printable(sheet, title_row=first_row)
    header_row(sheet, [c.header for c in columns], [c.width for c in columns], first_row)
    header_lines = 1
    for column, spec in enumerate(columns, 1):  # long headers wrap rather than hide
        sheet.cell(row=first_row, column=column).alignment = _WRAP
        header_lines = max(header_lines, wrapped_lines(spec.header, spec.width))
    if header_lines > 1:
        sheet.row_dimensions[first_row].height = min(15 * header_lines, 409)
    row_number = first_row
    for row_number, values in enumerate(rows, first_row + 1):
        lines = 1
        for column, (spec, value) in enumerate(zip(columns, values, strict=True), 1):
            cell = put(sheet, row_number, column, cell_value(value, spec.kind))
            cell.alignment = _WRAP if spec.wrap else _TOP
            if isinstance(cell.value, datetime.date):
                cell.number_format = DATE_FORMAT
            if spec.wrap and isinstance(cell.value, str):
                lines = max(lines, wrapped_lines(cell.value, spec.width))
        if lines > 1:  # spreadsheets do not always grow a row to fit wrapped text
            sheet.row_dimensions[row_number].height = min(15 * lines, 409)
    last = get_column_letter(len(columns))
    sheet.auto_filter.ref = f"A{first_row}:{last}{max(row_number, first_row + 1)}"
    return row_number


def colour_statuses(sheet: Worksheet, column: int, first: int, last: int,
                    language: str) -> None:
    """Colour a column of consensus status labels by status (conditional formatting)."""
    if last < first:
        return
    letter = get_column_letter(column)
    cells = f"{letter}{first}:{letter}{last}"
    for code, label in STATUSES.items():
        text = tr(label, language).replace('"', '""')
        fill = PatternFill("solid", fgColor=STATUS_COLOURS[code], bgColor=STATUS_COLOURS[code])
        sheet.conditional_formatting.add(
            cells, CellIsRule(operator="equal", formula=[f'"{text}"'], fill=fill))


def status_label(status: str | None, language: str) -> str:
    """A consensus status as shown: its label, or "Not assessed" for none."""
    if status is None:
        return tr(NOT_ASSESSED, language)
    return tr(STATUSES.get(status, status), language)


def cover(sheet: Worksheet, title: str, summary: dict[str, Any], language: str,
          figures: list[tuple[str, Any]]) -> int:
    """The cover sheet: report title, the workshop's details and key figures.

    Returns the last row written, so a caller can add a section below.
    """
    w, c = summary["workshop"], summary["catalog"]
    printable(sheet, landscape=False)
    sheet.column_dimensions["A"].width = 34
    sheet.column_dimensions["B"].width = 70
    put(sheet, 1, 1, cell_value(title)).font = _TITLE_FONT
    put(sheet, 2, 1, cell_value(w["title"])).font = Font(bold=True, size=12)
    dates = format_date_range(w["start_date"], w["end_date"], language)
    details: list[tuple[str, Any]] = [
        (N_("Country"), w["country_name"]),
        (N_("Dates"), dates),
        (N_("Venue"), w["venue"]),
        (N_("Revision of the workshop file"), w["revision"]),
        (N_("Catalog"), f"{c['id']} v{c['version']} ({c['hash'][:12]})"),
    ]
    row = 3
    for label, value in [*details, ("", None), *figures]:
        row += 1
        if not label:
            continue
        put(sheet, row, 1, tr(label, language)).font = HEADER_FONT
        cell = put(sheet, row, 2, cell_value(value))
        cell.alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
    return row


def key_figures(summary: dict[str, Any]) -> list[tuple[str, Any]]:
    """The key figures of a workshop, labelled, from `summarize`."""
    n = summary["counts"]
    return [
        (N_("Institutions"), n["institutions"]),
        (N_("Participants"), n["participants"]),
        (N_("Working groups"), n["groups"]),
        (N_("Commitments in scope"), n["commitments_in_scope"]),
        (N_("Commitments with a consensus"), n["commitments_with_consensus"]),
        (N_("Consensus with dissent"), n["dissents"]),
        (N_("Group assessments"), n["group_assessments"]),
        (N_("Gaps"), n["gaps"]),
        (N_("Technical-assistance needs"), n["assistance_needs"]),
        (N_("Action items"), n["action_items"]),
    ]
