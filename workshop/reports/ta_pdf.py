"""The technical-assistance report (PDF): what the country asks of its partners, for donors,
UN entities and the secretariat.

A cover; contents; a summary with the number of needs by type and by priority and a chart of
needs by type and priority; then the needs grouped by type of assistance, within a type by
chapter, within a chapter by priority (high first), each with its commitment, the requesting
institution, the preferred providers, the timeframe and the gap it answers. The figures come
from `workshop.analysis.summarize`, so they agree with `workshop info --json`.
"""

from __future__ import annotations

from itertools import groupby
from typing import Any, BinaryIO

from reportlab.platypus import Spacer

from workshop.analysis import summarize
from workshop.file.model import ASSISTANCE_TYPES, PRIORITIES
from workshop.file.store import WorkshopFile
from workshop.languages.i18n import N_
from workshop.languages.locale_data import format_number
from workshop.reports import Progress
from workshop.reports.gap_pdf import ALL_UNCHECKED, UNCHECKED_LEGEND, chapter_name, reference_of
from workshop.reports.pdf import PRIORITY_COLOURS, Report, workshop_report
from workshop.reports.tables import NeedRow, ReportTables

STEPS = 5


def summary_section(report: Report, summary: dict[str, Any], tables: ReportTables) -> None:
    """Needs by type and priority: key figures, the chart and the table."""
    n = summary["counts"]

    def num(value: int) -> str:
        return format_number(value, report.language)

    report.section(report.t("Summary"))
    report.text(report.t(
        "Participants identified {needs} needs for technical assistance: {high} of high, "
        "{medium} of medium and {low} of low priority.",
        needs=num(n["assistance_needs"]), high=num(n["assistance_needs_by_priority"]["high"]),
        medium=num(n["assistance_needs_by_priority"]["medium"]),
        low=num(n["assistance_needs_by_priority"]["low"])))
    report.add(report.key_figures(
        [(num(n["assistance_needs"]), report.t("Technical-assistance needs")),
         *[(num(n["assistance_needs_by_priority"][code]), report.t(
             "{priority} priority", priority=report.t(label)))
           for code, label in PRIORITIES.items()]]))
    by_type_priority: dict[str, dict[str, int]] = {
        code: dict.fromkeys(PRIORITIES, 0) for code in ASSISTANCE_TYPES}
    for need in tables.needs:
        row = by_type_priority.setdefault(need.assistance_type, dict.fromkeys(PRIORITIES, 0))
        row[need.priority] = row.get(need.priority, 0) + 1
    types = [code for code in ASSISTANCE_TYPES if n["assistance_needs_by_type"].get(code)]
    report.subsection(report.t("Needs by type of assistance and priority"))
    if not types:
        report.text(report.t("No needs for technical assistance were recorded."))
        return
    series = [(report.t(label), PRIORITY_COLOURS[code],
               [by_type_priority[t][code] for t in types])
              for code, label in PRIORITIES.items()]
    report.add(*report.bar_chart([report.t(ASSISTANCE_TYPES[t]) for t in types], series,
                                 report.t("Needs for technical assistance by type and "
                                          "priority.")))
    rows = [[report.t(ASSISTANCE_TYPES[t]),
             *[num(by_type_priority[t][code]) for code in PRIORITIES],
             num(n["assistance_needs_by_type"][t])] for t in types]
    rows.append([report.t("Total"),
                 *[num(n["assistance_needs_by_priority"][code]) for code in PRIORITIES],
                 num(n["assistance_needs"])])
    report.add(report.table([report.t("Type of assistance"),
                             *[report.t(label) for label in PRIORITIES.values()],
                             report.t("Total")], rows, [0.5, 0.1, 0.1, 0.1, 0.1],
                            numeric=[1, 2, 3, 4], bold_last=True))


def needs_section(report: Report, tables: ReportTables) -> None:
    """The needs, by type, then chapter and priority, with who asks, from whom and when."""
    report.section(report.t("Needs by type of assistance"))
    needs = tables.needs_for_assistance()
    if not needs:
        report.text(report.t("No needs for technical assistance were recorded."))
        return
    if tables.all_unchecked:
        report.text(report.t(ALL_UNCHECKED), "small")
    elif any(need.commitment and not need.commitment.reference_checked for need in needs):
        report.text(report.t(UNCHECKED_LEGEND), "small")
    by_type: dict[str, list[NeedRow]] = {}
    for need in needs:
        by_type.setdefault(need.assistance_type, []).append(need)
    for code, rows in by_type.items():
        report.subsection(report.t(ASSISTANCE_TYPES.get(code, code)))
        for number, of_chapter in groupby(rows, key=lambda need: need.commitment.chapter
                                          if need.commitment else None):
            space = Spacer(1, 4)
            space.keepWithNext = 1  # the heading above stays with the table below, over it
            report.add(space)
            report.text(chapter_name(tables, number) if number is not None
                        else report.t("Not linked to a commitment of the catalog"), "head")
            table_rows, fills = [], {}
            for i, need in enumerate(of_chapter):
                table_rows.append([need.number,
                                   reference_of(tables, need.commitment, need.commitment_id),
                                   need_and_gap(report, need),
                                   report.t(PRIORITIES.get(need.priority, need.priority)),
                                   need.institution, need.providers, need.timeframe])
                fills[(3, i)] = PRIORITY_COLOURS.get(need.priority, "#FFFFFF")
            report.add(report.table(
                [report.t("No."), report.t("Reference"), report.t("Need and the gap it answers"),
                 report.t("Priority"), report.t("Requesting institution"),
                 report.t("Preferred providers"), report.t("Timeframe")],
                table_rows, [0.05, 0.11, 0.34, 0.09, 0.16, 0.13, 0.12], fills=fills))


def need_and_gap(report: Report, need: NeedRow) -> str:
    """A need's words, then the words of the gap it answers: the report reads on its own,
    without the gap report at hand."""
    if not need.gap_number:
        return need.description
    return need.description + "\n" + report.t("Gap {number}: {gap}", number=need.gap_number,
                                               gap=need.gap)


def by_chapter_section(report: Report, tables: ReportTables) -> None:
    """The needs again, by chapter and priority: what each chapter's lead institution asks."""
    report.section(report.t("Needs by chapter and priority"))
    if not tables.needs:
        report.text(report.t("No needs for technical assistance were recorded."))
        return
    rows = [[need.number, chapter_name(tables, need.commitment.chapter) if need.commitment
             else "", reference_of(tables, need.commitment, need.commitment_id),
             need_and_gap(report, need),
             report.t(PRIORITIES.get(need.priority, need.priority)),
             report.t(ASSISTANCE_TYPES.get(need.assistance_type, need.assistance_type))]
            for need in tables.needs]
    fills = {(4, i): PRIORITY_COLOURS.get(need.priority, "#FFFFFF")
             for i, need in enumerate(tables.needs)}
    report.add(report.table([report.t("No."), report.t("Chapter"), report.t("Reference"),
                             report.t("Need"), report.t("Priority"),
                             report.t("Type of assistance")], rows,
                            [0.06, 0.18, 0.11, 0.35, 0.10, 0.20], fills=fills))


def write(store: WorkshopFile, stream: BinaryIO, language: str,
          progress: Progress | None = None) -> None:
    """Write the technical-assistance report of an open workshop file to `stream` as PDF."""
    def step(done: int) -> None:
        if progress:
            progress(done, STEPS)

    step(0)
    summary = summarize(store, language)
    tables = ReportTables(store, language)
    w = summary["workshop"]
    report = workshop_report(summary, language, N_("Technical-assistance report"))
    title = report.t("Technical-assistance report")
    step(1)
    summary_section(report, summary, tables)
    step(2)
    needs_section(report, tables)
    step(3)
    by_chapter_section(report, tables)
    step(4)
    report.build(stream, report.cover(summary, title), author=w["country_name"])
    step(STEPS)
