"""The secretariat's consolidated workbook: many workshops side by side.

Sheets: the workshops merged (country, region, dates, revision); the mean consensus status of
each country by chapter, coloured from red (no action) to green (fully implemented), with the
counts of every status beside it; needs by type and chapter, by region and type, by type and
priority; and the commitments on which the most workshops named gaps. `--kind gap` keeps the
status and gap sheets, `--kind ta` the needs sheets, `--kind full` all of them. Every figure
comes from workshop.exchange.consolidated_analysis.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, BinaryIO

from openpyxl import Workbook
from openpyxl.formatting.rule import ColorScaleRule
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from workshop.exchange.consolidated import ConsolidatedFile
from workshop.exchange.consolidated_analysis import (
    NO_CHAPTER,
    ConsolidatedReport,
    consolidated_report,
)
from workshop.file.model import ASSISTANCE_TYPES, PRIORITIES, STATUSES
from workshop.languages.i18n import N_, tr
from workshop.languages.locale_data import format_date_range
from workshop.languages.regions import region_name
from workshop.reports import Progress
from workshop.reports.sheets import Column, sheet_title, write_table

SECTIONS = {
    "full": ("workshops", "status_means", "over_time", "status_counts", "needs_by_chapter",
             "needs_by_region", "needs_by_priority", "frequent_gaps"),
    "gap": ("workshops", "status_means", "over_time", "status_counts", "frequent_gaps"),
    "ta": ("workshops", "needs_by_chapter", "needs_by_region", "needs_by_priority"),
}


def write_full(cfile: ConsolidatedFile, stream: BinaryIO, language: str,
               progress: Progress | None = None) -> None:
    """Every sheet of the consolidated workbook."""
    ConsolidatedWorkbook(cfile, language).write("full", stream, progress)


def write_gap(cfile: ConsolidatedFile, stream: BinaryIO, language: str,
              progress: Progress | None = None) -> None:
    """The consensus status and gap sheets of the consolidated workbook."""
    ConsolidatedWorkbook(cfile, language).write("gap", stream, progress)


def write_ta(cfile: ConsolidatedFile, stream: BinaryIO, language: str,
             progress: Progress | None = None) -> None:
    """The technical-assistance sheets of the consolidated workbook."""
    ConsolidatedWorkbook(cfile, language).write("ta", stream, progress)


def mean_scale(sheet: Worksheet, first: int, last_column: int, last_row: int) -> None:
    """Columns of mean statuses (0 to 4) shown with two decimals on a red-yellow-green scale."""
    cells = f"{get_column_letter(first)}2:{get_column_letter(last_column)}{last_row}"
    sheet.conditional_formatting.add(cells, ColorScaleRule(
        start_type="num", start_value=0, start_color="F4B6B6",
        mid_type="num", mid_value=2, mid_color="FBE9A6",
        end_type="num", end_value=4, end_color="A9D5A0"))
    for line in sheet.iter_rows(min_row=2, max_row=last_row, min_col=first,
                                max_col=last_column):
        for cell in line:
            cell.number_format = "0.00"


class ConsolidatedWorkbook:
    """Builds the consolidated workbook section by section."""

    def __init__(self, cfile: ConsolidatedFile, language: str) -> None:
        self.language = language
        self.report: ConsolidatedReport = consolidated_report(cfile, language)
        self.workbook = Workbook()
        self._first = True

    def t(self, text: str, **values: Any) -> str:
        """`text` in the workbook's language."""
        return tr(text, self.language, **values)

    def write(self, kind: str, stream: BinaryIO, progress: Progress | None) -> None:
        """Build the sheets of `kind`, then save to `stream`."""
        sections: list[Callable[[], None]] = [getattr(self, name) for name in SECTIONS[kind]]
        for done, section in enumerate(sections):
            if progress:
                progress(done, len(sections) + 1)
            section()
        self.workbook.save(stream)
        if progress:
            progress(len(sections) + 1, len(sections) + 1)

    def sheet(self, title: str) -> Worksheet:
        if self._first:
            self._first = False
            sheet = self.workbook.active
            sheet.title = sheet_title(self.t(title))
            return sheet
        return self.workbook.create_sheet(sheet_title(self.t(title)))

    def chapter_header(self, number: int) -> str:
        return self.report.chapter_name(number) if number else self.t("No chapter")

    def region(self, code: str) -> str:
        return region_name(code, self.language)

    # ----- sheets ---------------------------------------------------------------------------

    def workshops(self) -> None:
        sheet = self.sheet(N_("Workshops"))
        columns = [Column(self.t("Country"), 26, wrap=True), Column(self.t("Region"), 14),
                   Column(self.t("Workshop"), 48, wrap=True), Column(self.t("Dates"), 30),
                   Column(self.t("Revision"), 10, kind="number"),
                   Column(self.t("Merged at"), 20)]
        rows = []
        for row in self.report.countries:
            dates = format_date_range(row.start_date, row.end_date, self.language, "medium")
            rows.append([row.country_name, self.region(row.region), row.title, dates,
                         row.revision, row.merged_at[:16].replace("T", " ")])
        write_table(sheet, columns, rows)

    def status_means(self) -> None:
        sheet = self.sheet(N_("Status by country"))
        chapters = self.report.chapters
        columns = [Column(self.t("Country"), 26, wrap=True), Column(self.t("Region"), 14)] + [
            Column(self.chapter_header(n), 16, wrap=True, kind="number") for n in chapters]
        rows = []
        for row in self.report.countries:
            means = [row.mean(n) for n in chapters]
            rows.append([row.country_name, self.region(row.region)] +
                        [None if m is None else round(m, 2) for m in means])
        last = write_table(sheet, columns, rows)
        if rows:
            mean_scale(sheet, 3, 2 + len(chapters), last)
        note = last + 2
        sheet.cell(row=note, column=1, value=self.t(
            "Mean consensus status of the chapter's commitments on the scale from 0 (no action "
            "taken) to 4 (fully implemented and sustained); commitments not applicable, not "
            "known or without a consensus are left out of the mean."))

    def over_time(self) -> None:
        """Each country with more than one workshop merged: its workshops by date, the mean
        status of each chapter and of all (a sheet only when some country has two)."""
        countries = self.report.over_time()
        if not countries:
            return
        sheet = self.sheet(N_("Over time"))
        chapters = self.report.chapters
        columns = [Column(self.t("Country"), 26, wrap=True), Column(self.t("Dates"), 30),
                   Column(self.t("Workshop"), 40, wrap=True)] + [
            Column(self.chapter_header(n), 16, wrap=True, kind="number") for n in chapters] + [
            Column(self.t("All chapters"), 12, kind="number")]
        rows = []
        for name, workshops in countries.items():
            for row in workshops:
                means = [row.mean(n) for n in chapters] + [row.overall()]
                rows.append([name, format_date_range(row.start_date, row.end_date,
                                                     self.language, "medium"), row.title]
                            + [None if m is None else round(m, 2) for m in means])
        last = write_table(sheet, columns, rows)
        mean_scale(sheet, 4, 4 + len(chapters), last)
        sheet.cell(row=last + 2, column=1, value=self.t(
            "Countries with more than one workshop merged: each workshop by date, with the mean "
            "consensus status of each chapter (0 to 4)."))

    def status_counts(self) -> None:
        sheet = self.sheet(N_("Status counts"))
        codes = [*STATUSES, "not_assessed"]
        labels = [self.t(STATUSES[c]) for c in STATUSES] + [self.t("No consensus yet")]
        columns = [Column(self.t("Country"), 26, wrap=True), Column(self.t("Chapter"), 30,
                                                                    wrap=True)] + [
            Column(label, 14, wrap=True, kind="number") for label in labels]
        rows = []
        for row in self.report.countries:
            for number in self.report.chapters:
                counts = row.by_chapter.get(number, {})
                rows.append([row.country_name, self.chapter_header(number)] +
                            [counts.get(code, 0) for code in codes])
        write_table(sheet, columns, rows)

    def needs_by_chapter(self) -> None:
        sheet = self.sheet(N_("Needs by chapter"))
        chapters = list(self.report.chapters)
        if any(NO_CHAPTER in by for by in self.report.needs_by_type_chapter.values()):
            chapters.append(NO_CHAPTER)
        columns = [Column(self.t("Type of assistance"), 34, wrap=True)] + [
            Column(self.chapter_header(n), 16, wrap=True, kind="number") for n in chapters] + [
            Column(self.t("Total"), 10, kind="number")]
        rows = []
        for code, label in ASSISTANCE_TYPES.items():
            by = self.report.needs_by_type_chapter.get(code, {})
            counts = [by.get(n, 0) for n in chapters]
            rows.append([self.t(label), *counts, sum(counts)])
        write_table(sheet, columns, rows)

    def needs_by_region(self) -> None:
        sheet = self.sheet(N_("Needs by region"))
        regions = sorted(self.report.needs_by_region_type, key=lambda r: (r == "", r))
        columns = [Column(self.t("Type of assistance"), 34, wrap=True)] + [
            Column(self.region(r), 14, wrap=True, kind="number") for r in regions] + [
            Column(self.t("Total"), 10, kind="number")]
        rows = []
        for code, label in ASSISTANCE_TYPES.items():
            counts = [self.report.needs_by_region_type[r].get(code, 0) for r in regions]
            rows.append([self.t(label), *counts, sum(counts)])
        write_table(sheet, columns, rows)

    def needs_by_priority(self) -> None:
        sheet = self.sheet(N_("Needs by priority"))
        columns = [Column(self.t("Type of assistance"), 34, wrap=True)] + [
            Column(self.t(label), 12, kind="number") for label in PRIORITIES.values()] + [
            Column(self.t("Total"), 10, kind="number")]
        rows = []
        for code, label in ASSISTANCE_TYPES.items():
            by = self.report.needs_by_type_priority.get(code, {})
            counts = [by.get(p, 0) for p in PRIORITIES]
            rows.append([self.t(label), *counts, sum(counts)])
        write_table(sheet, columns, rows)

    def frequent_gaps(self) -> None:
        sheet = self.sheet(N_("Most frequent gaps"))
        columns = [Column(self.t("Reference"), 22, wrap=True),
                   Column(self.t("Commitment"), 40, wrap=True),
                   Column(self.t("Chapter"), 26, wrap=True),
                   Column(self.t("Workshops naming gaps"), 14, kind="number"),
                   Column(self.t("Gaps"), 8, kind="number"),
                   Column(self.t("High priority"), 10, kind="number"),
                   Column(self.t("Examples"), 60, wrap=True)]
        rows = []
        for gap in self.report.frequent_gaps:
            commitment = self.report.catalog.commitment(gap.commitment_id)
            rows.append([commitment.short_reference if commitment else gap.commitment_id,
                         commitment.title if commitment else self.t("Unknown commitment"),
                         self.chapter_header(commitment.chapter if commitment else NO_CHAPTER),
                         gap.workshops, gap.gaps, gap.high_priority,
                         "\n".join(f"• {country}: {text}" for country, text in gap.examples)])
        write_table(sheet, columns, rows)
