"""The technical-assistance workbook: the needs a workshop named, for the providers.

A cover with the key figures; the needs grouped by type of assistance, then chapter, then
priority (high first), each with the commitment, the requesting institution, the preferred
providers and the timeframe; then the counts of needs by type and priority and by chapter and
priority, which agree with `workshop info --json`.
"""

from __future__ import annotations

from typing import BinaryIO

from openpyxl import Workbook
from openpyxl.styles import Border, Side

from workshop.analysis import summarize
from workshop.file.model import ASSISTANCE_TYPES, PRIORITIES
from workshop.file.store import WorkshopFile
from workshop.languages.i18n import N_, tr
from workshop.reports import Progress
from workshop.reports.sheets import Column, cover, sheet_title, write_table
from workshop.reports.tables import ReportTables
from workshop.workbook import HEADER_FONT


def write(store: WorkshopFile, stream: BinaryIO, language: str,
          progress: Progress | None = None) -> None:
    """Write the technical-assistance workbook of an open workshop file to `stream`."""
    def t(text: str) -> str:
        return tr(text, language)

    steps = 4
    if progress:
        progress(0, steps)
    summary = summarize(store, language)
    tables = ReportTables(store, language)
    counts = summary["counts"]
    workbook = Workbook()
    first = workbook.active
    first.title = sheet_title(t("Workshop"))
    figures = [(N_("Technical-assistance needs"), counts["assistance_needs"])] + [
        (PRIORITIES[p], counts["assistance_needs_by_priority"][p]) for p in PRIORITIES]
    cover(first, t("Technical-assistance needs of the national workshop"), summary, language,
          figures)
    if progress:
        progress(1, steps)

    def chapter_name(number: int | None) -> str:
        chapter = tables.catalog.chapter(number) if number is not None else None
        return f"{number}. {chapter.short}" if chapter else ""

    columns = [Column(t("Type of assistance"), 30, wrap=True), Column(t("Chapter"), 30, wrap=True),
               Column(t("Priority"), 10), Column(t("No."), 7),
               Column(t("Reference"), 26, wrap=True), Column(t("Commitment"), 34, wrap=True),
               Column(t("Need"), 48, wrap=True),
               Column(t("Requesting institution"), 30, wrap=True),
               Column(t("Preferred providers"), 28, wrap=True),
               Column(t("Timeframe"), 16, wrap=True), Column(t("Gap"), 7),
               Column(t("The gap it answers"), 48, wrap=True)]
    rows = [[t(ASSISTANCE_TYPES.get(n.assistance_type, n.assistance_type)),
             chapter_name(n.commitment.chapter if n.commitment else None),
             t(PRIORITIES.get(n.priority, n.priority)), n.number,
             n.commitment.reference if n.commitment else n.commitment_id,
             n.commitment.title if n.commitment else "", n.description, n.institution,
             n.providers, n.timeframe, n.gap_number, n.gap]
            for n in tables.needs_for_assistance()]
    needs_sheet = workbook.create_sheet(sheet_title(t("Needs")))
    write_table(needs_sheet, columns, rows)
    group_line = Border(top=Side(style="medium", color="5B6B82"))
    for index, row in enumerate(rows[1:], 1):
        if row[0] != rows[index - 1][0]:  # a new type of assistance starts: a line above it
            for cell in needs_sheet[index + 2]:
                cell.border = group_line
    if progress:
        progress(2, steps)

    priorities = list(PRIORITIES)
    count_columns = [Column(t(PRIORITIES[p]), 10, kind="number") for p in priorities] + [
        Column(t("Total"), 9, kind="number")]
    by_type: dict[str, dict[str, int]] = {code: dict.fromkeys(priorities, 0)
                                          for code in ASSISTANCE_TYPES}
    by_chapter: dict[int, dict[str, int]] = {}
    for n in tables.needs:
        by_type.setdefault(n.assistance_type, dict.fromkeys(priorities, 0))[n.priority] += 1
        chapter = n.commitment.chapter if n.commitment else 0
        by_chapter.setdefault(chapter, dict.fromkeys(priorities, 0))[n.priority] += 1
    type_rows = [[t(ASSISTANCE_TYPES.get(code, code)), *[row[p] for p in priorities],
                  sum(row.values())] for code, row in by_type.items()]
    chapter_rows = [[chapter_name(number), *[row[p] for p in priorities], sum(row.values())]
                    for number, row in sorted(by_chapter.items())]
    for title, label, table in ((N_("By type and priority"), N_("Type of assistance"), type_rows),
                                (N_("By chapter and priority"), N_("Chapter"), chapter_rows)):
        total = [t("Total"), *[counts["assistance_needs_by_priority"][p] for p in priorities],
                 counts["assistance_needs"]]
        sheet = workbook.create_sheet(sheet_title(t(title)))
        last = write_table(sheet, [Column(t(label), 46, wrap=True), *count_columns],
                           [*table, total])
        for cell in sheet[last]:
            cell.font = HEADER_FONT
    if progress:
        progress(3, steps)
    workbook.save(stream)
    if progress:
        progress(steps, steps)
