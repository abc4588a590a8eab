"""The secretariat's consolidated report (PDF): many workshops side by side.

A cover; contents; a summary with the key figures over all workshops; the consensus status by
chapter summed over the workshops (chart) and the mean status of each country by chapter
(table, coloured on the scale); technical-assistance needs by type and priority (chart), by type
and chapter and by type and region; the commitments on which the most workshops named gaps;
and the list of workshops with their dates and revisions. `--kind ta` keeps the summary, the
needs and the workshops. Every figure comes from workshop.exchange.consolidated_analysis, the
same as the consolidated workbook.
"""

from __future__ import annotations

from typing import BinaryIO

from reportlab.lib import colors
from reportlab.platypus import Flowable, Spacer

from workshop.exchange.consolidated import ConsolidatedFile
from workshop.exchange.consolidated_analysis import (
    NO_CHAPTER,
    ConsolidatedReport,
    consolidated_report,
)
from workshop.file.model import ASSISTANCE_TYPES, PRIORITIES, STATUSES
from workshop.languages.locale_data import format_date_range, format_iso_date, format_number
from workshop.languages.regions import region_name
from workshop.reports import Progress
from workshop.reports.gap_pdf import NOT_ASSESSED
from workshop.reports.pdf import PRIORITY_COLOURS, STATUS_COLOURS, Report

STEPS = 6


def write_gap(cfile: ConsolidatedFile, stream: BinaryIO, language: str,
              progress: Progress | None = None) -> None:
    """The whole consolidated report."""
    _write(cfile, stream, language, progress, needs_only=False)


def write_ta(cfile: ConsolidatedFile, stream: BinaryIO, language: str,
             progress: Progress | None = None) -> None:
    """The technical-assistance part of the consolidated report."""
    _write(cfile, stream, language, progress, needs_only=True)


def _write(cfile: ConsolidatedFile, stream: BinaryIO, language: str,
           progress: Progress | None, needs_only: bool) -> None:
    def step(done: int) -> None:
        if progress:
            progress(done, STEPS)

    step(0)
    data = consolidated_report(cfile, language)
    report = Report(language, "", "")
    title = report.t("Technical-assistance needs across workshops") if needs_only else \
        report.t("Consolidated results of the national workshops")
    report.title = title
    report.running_header = title
    report.contents()
    summary(report, data)
    step(1)
    if not needs_only:
        status(report, data)
        over_time(report, data)
    step(2)
    needs(report, data)
    step(3)
    if not needs_only:
        frequent_gaps(report, data)
    step(4)
    workshops(report, data)
    step(5)
    report.build(stream, cover(report, data, title), author=report.t("Secretariat"))
    step(STEPS)


def num(report: Report, value: int) -> str:
    """A count in the report's language."""
    return format_number(value, report.language)


def cover(report: Report, data: ConsolidatedReport, title: str) -> list[Flowable]:
    """The cover: what the report covers and when the file was last merged."""
    s = data.summary
    merged = max((row.merged_at for row in data.countries), default="")
    return [Spacer(1, 60), report.paragraph(title, "cover_title"),
            report.paragraph(report.t(
                "{workshops} workshops in {countries} countries.",
                workshops=num(report, s["workshops"]), countries=num(report, s["countries"])),
                "cover"),
            report.paragraph(report.t("Last merge: {date}.", date=format_iso_date(
                merged[:10], report.language)) if merged else "", "cover"),
            Spacer(1, 200),
            report.paragraph(", ".join(f"{c['id']} v{c['version']}" for c in s["catalogs"]),
                             "small")]


def summary(report: Report, data: ConsolidatedReport) -> None:
    """Key figures over every merged workshop."""
    n = data.summary["counts"]
    report.section(report.t("Summary"), new_page=True)
    report.text(report.t(
        "This report brings together the results of {workshops} national workshops in "
        "{countries} countries, as merged by the secretariat from their exchange packages. "
        "Each country's figures are those of its own workshop file at the revision merged.",
        workshops=num(report, data.summary["workshops"]),
        countries=num(report, data.summary["countries"])))
    figures = [(num(report, data.summary["workshops"]), report.t("Workshops")),
               (num(report, data.summary["countries"]), report.t("Countries")),
               (num(report, n["participants"]), report.t("Participants")),
               (num(report, n["commitments_with_consensus"]), report.t("With consensus")),
               (num(report, n["gaps"]), report.t("Gaps")),
               (num(report, n["gaps_by_priority"]["high"]), report.t("High priority")),
               (num(report, n["assistance_needs"]), report.t("Technical-assistance needs")),
               (num(report, n["action_items"]), report.t("Actions"))]
    report.add(Spacer(1, 4), report.key_figures(figures), Spacer(1, 10))


def scale_colour(mean: float) -> str:
    """The colour of a mean status, interpolated between the colours of the two statuses it
    lies between, so that means close to each other (1.4 and 1.6) still differ in colour."""
    mean = min(4.0, max(0.0, mean))
    low = min(3, int(mean))
    share = mean - low
    a, b = (colors.HexColor(STATUS_COLOURS[str(low + i)]) for i in (0, 1))
    mixed = [x + (y - x) * share for x, y in ((a.red, b.red), (a.green, b.green),
                                               (a.blue, b.blue))]
    return "#" + "".join(f"{round(v * 255):02X}" for v in mixed)


def status(report: Report, data: ConsolidatedReport) -> None:
    """Status by chapter over all workshops (chart), and each country's mean by chapter."""
    by_chapter = data.summary["counts"]["consensus_by_chapter"]
    chapters = [n for n in data.chapters if sum(by_chapter.get(str(n), {}).values())]
    report.section(report.t("Consensus status by chapter"))
    codes = [*STATUSES, "not_assessed"]
    series = [(report.t(NOT_ASSESSED) if code == "not_assessed" else report.t(STATUSES[code]),
               STATUS_COLOURS[code], [by_chapter[str(n)].get(code, 0) for n in chapters])
              for code in codes]
    report.add(*report.bar_chart([data.chapter_name(n) for n in chapters], series, report.t(
        "Commitments in the workshops' scope by chapter and consensus status, all workshops.")))
    report.subsection(report.t("Mean status by country and chapter"))
    report.text(report.t(
        "Mean consensus status of each chapter's commitments on the scale from 0 (no action "
        "taken) to 4 (fully implemented and sustained); commitments not applicable, not known "
        "or without a consensus are left out. A dash: no commitment of the chapter on the "
        "scale."), "small")
    header = [report.t("Rank"), report.t("Country"), *[str(n) for n in data.chapters],
              report.t("All chapters")]
    rows, fills = [], {}
    for r, (rank, row, overall) in enumerate(data.ranked()):
        means = [row.mean(number) for number in data.chapters] + [overall]
        cells: list[str] = ["" if rank is None else num(report, rank), row.country_name]
        for c, mean in enumerate(means, start=2):
            cells.append("–" if mean is None else format_number(mean, report.language, places=1))
            if mean is not None:
                fills[(c, r)] = scale_colour(mean)
        rows.append(cells)
    width = 0.49 / max(len(data.chapters), 1)
    report.add(*report.blocks(header, rows, [0.07, 0.28] + [width] * len(data.chapters) + [0.16],
                              fills=fills, numeric=[0, *range(2, len(header))]))
    report.text(", ".join(data.chapter_name(n) for n in data.chapters), "small")
    report.subsection(report.t("Mean status by region and chapter"))
    header = [report.t("Region"), report.t("Workshops"), *[str(n) for n in data.chapters],
              report.t("All chapters")]
    rows, fills = [], {}
    for r, (region, (count, by_chapter, overall)) in enumerate(data.region_means().items()):
        means = [by_chapter[n] for n in data.chapters] + [overall]
        cells = [region_name(region, report.language), num(report, count)]
        for c, mean in enumerate(means, start=2):
            cells.append("–" if mean is None else format_number(mean, report.language, places=1))
            if mean is not None:
                fills[(c, r)] = scale_colour(mean)
        rows.append(cells)
    report.add(report.table(header, rows, [0.19, 0.12] + [width] * len(data.chapters) + [0.2],
                            fills=fills,
                            numeric=list(range(1, len(header)))))


def over_time(report: Report, data: ConsolidatedReport) -> None:
    """Each country over time: its workshops by date, the mean status of each chapter."""
    countries = data.over_time()
    if not countries:
        return
    report.subsection(report.t("Each country over time"))
    report.text(report.t(
        "Countries with more than one workshop merged: each workshop by date, with the mean "
        "consensus status of each chapter (0 to 4)."), "small")
    header = [report.t("Country"), report.t("Dates"), *[str(n) for n in data.chapters],
              report.t("All chapters")]
    rows: list[list[str]] = []
    fills: dict[tuple[int, int], str] = {}
    for name, workshops in countries.items():
        for n, row in enumerate(workshops):
            means = [row.mean(number) for number in data.chapters] + [row.overall()]
            cells = [name if n == 0 else "",
                     format_date_range(row.start_date, row.end_date, report.language, "medium")]
            for c, mean in enumerate(means, start=2):
                cells.append("–" if mean is None else format_number(mean, report.language,
                                                                     places=1))
                if mean is not None:
                    fills[(c, len(rows))] = scale_colour(mean)
            rows.append(cells)
    width = 0.43 / max(len(data.chapters), 1)
    report.add(*report.blocks(header, rows, [0.2, 0.22] + [width] * len(data.chapters)
                              + [0.15], fills=fills, numeric=list(range(2, len(header)))))


def needs(report: Report, data: ConsolidatedReport) -> None:
    """Needs by type and priority (chart), by type and chapter, by type and region."""
    report.section(report.t("Technical-assistance needs"))
    types = list(ASSISTANCE_TYPES)
    series = [(report.t(label), PRIORITY_COLOURS[code],
               [data.needs_by_type_priority.get(t, {}).get(code, 0) for t in types])
              for code, label in PRIORITIES.items()]
    report.add(*report.bar_chart([report.t(ASSISTANCE_TYPES[t]) for t in types], series,
                                 report.t("Needs by type of assistance and priority, all "
                                          "workshops.")))
    chapters = list(data.chapters)
    if any(NO_CHAPTER in by for by in data.needs_by_type_chapter.values()):
        chapters.append(NO_CHAPTER)
    report.subsection(report.t("Needs by type and chapter"))
    header = [report.t("Type of assistance"),
              *[str(n) if n else report.t("None") for n in chapters], report.t("Total")]
    rows = []
    for code in types:
        by = data.needs_by_type_chapter.get(code, {})
        counts = [by.get(n, 0) for n in chapters]
        rows.append([report.t(ASSISTANCE_TYPES[code]), *counts, sum(counts)])
    width = 0.55 / (len(chapters) + 1)
    report.add(report.table(header, rows, [0.45] + [width] * (len(chapters) + 1),
                            numeric=list(range(1, len(header)))))
    regions = sorted(data.needs_by_region_type, key=lambda r: (r == "", r))
    if regions:
        report.subsection(report.t("Needs by type and region"))
        header = [report.t("Type of assistance"),
                  *[region_name(r, report.language) for r in regions], report.t("Total")]
        rows = []
        for code in types:
            counts = [data.needs_by_region_type[r].get(code, 0) for r in regions]
            rows.append([report.t(ASSISTANCE_TYPES[code]), *counts, sum(counts)])
        width = 0.55 / (len(regions) + 1)
        report.add(report.table(header, rows, [0.45] + [width] * (len(regions) + 1),
                                numeric=list(range(1, len(header)))))
    needs_by_country(report, data)


def frequent_gaps(report: Report, data: ConsolidatedReport) -> None:
    """The commitments on which the most workshops named gaps, with examples."""
    report.section(report.t("Most frequent gaps"))
    if not data.frequent_gaps:
        report.text(report.t("No gap has been named yet."))
        return
    rows = []
    for gap in data.frequent_gaps:
        commitment = data.catalog.commitment(gap.commitment_id)
        rows.append([commitment.short_reference if commitment else gap.commitment_id,
                     commitment.title if commitment else report.t("Unknown commitment"),
                     num(report, gap.workshops), num(report, gap.gaps),
                     num(report, gap.high_priority),
                     "\n".join(f"{country}: {text}" for country, text in gap.examples[:2])])
    report.add(report.table(
        [report.t("Reference"), report.t("Commitment"), report.t("Workshops"),
         report.t("Gaps"), report.t("High priority"), report.t("Examples")], rows,
        [0.11, 0.22, 0.11, 0.07, 0.09, 0.40], numeric=[2, 3, 4]))


COUNTRIES_PER_CELL = 40


def needs_by_country(report: Report, data: ConsolidatedReport) -> None:
    """What each country asks for, and for a donor the countries asking for each type."""
    report.subsection(report.t("Needs by country"))
    rows = []
    for row in sorted(data.countries, key=lambda r: r.country_name):
        by_type = data.needs_by_workshop_type.get(row.workshop_id, {})
        asked = [f"{report.t(ASSISTANCE_TYPES.get(code, code))} {num(report, count)}"
                 for code, count in by_type.items() if count]
        rows.append([row.country_name, region_name(row.region, report.language),
                     num(report, sum(by_type.values())), "; ".join(asked) or "–"])
    report.add(*report.blocks([report.t("Country"), report.t("Region"), report.t("Needs"),
                               report.t("Types of assistance asked for")], rows,
                              [0.22, 0.14, 0.08, 0.56], numeric=[2]))
    report.subsection(report.t("Countries by type of assistance asked for"))
    rows = []
    for code, label in ASSISTANCE_TYPES.items():
        by_country: dict[str, int] = {}
        for row in data.countries:  # a country's workshops together
            count = data.needs_by_workshop_type.get(row.workshop_id, {}).get(code, 0)
            if count:
                by_country[row.country_name] = by_country.get(row.country_name, 0) + count
        asking = sorted(by_country.items())
        # A cell cannot run over a page: a long list goes on in rows of its own.
        chunks = [asking[i:i + COUNTRIES_PER_CELL]
                  for i in range(0, len(asking), COUNTRIES_PER_CELL)] or [[]]
        for n, chunk in enumerate(chunks):
            rows.append([report.t(label) if n == 0 else "",
                         num(report, len(asking)) if n == 0 else "",
                         ", ".join(f"{name} ({num(report, count)})" for name, count in chunk)
                         or "–"])
    report.add(report.table([report.t("Type of assistance"), report.t("Countries"),
                             report.t("Countries asking (needs)")], rows,
                            [0.28, 0.1, 0.62], numeric=[1]))


def workshops(report: Report, data: ConsolidatedReport) -> None:
    """Every merged workshop: country, region, dates and the revision merged."""
    report.section(report.t("Workshops merged"))
    rows = []
    for row in data.countries:
        dates = format_date_range(row.start_date, row.end_date, report.language, "medium")
        rows.append([row.country_name, region_name(row.region, report.language), row.title,
                     dates, str(row.revision)])
    report.add(*report.blocks([report.t("Country"), report.t("Region"), report.t("Workshop"),
                               report.t("Dates"), report.t("Revision")], rows,
                              [0.2, 0.12, 0.36, 0.22, 0.1], numeric=[4]))
