"""The gap report (PDF): what the workshop found, for the ministries and the secretariat.

A cover naming the country, the workshop, its dates and venue; contents; an executive summary
with the key figures; consensus status by chapter (chart and table); per chapter the
commitments with their consensus status and any dissent, then the gaps with their priority;
the action plan; participation by institution, sector and sex (counts, no names); an annex on
the method (the status scale and the exercises). Every figure comes from
`workshop.analysis.summarize`, so the report agrees with `workshop info --json`.
"""

from __future__ import annotations

from typing import Any, BinaryIO

from reportlab.platypus import Spacer

from workshop.analysis import summarize
from workshop.catalogs.catalog import Commitment
from workshop.catalogs.exercises import load_exercises
from workshop.file.model import ASSISTANCE_TYPES, PRIORITIES, SECTORS, SEXES, STATUSES
from workshop.file.store import WorkshopFile
from workshop.languages.i18n import N_
from workshop.languages.locale_data import format_iso_date, format_number
from workshop.reports import Progress
from workshop.reports.pdf import PRIORITY_COLOURS, STATUS_COLOURS, Report, workshop_report
from workshop.reports.tables import CommitmentRow, GapRow, ReportTables

UNCHECKED = "†"
NOT_ASSESSED = N_("Not assessed")
UNCHECKED_LEGEND = N_("† The paragraph reference of this commitment has not yet been checked "
                      "against the published text of the document; cite it with care.")
ALL_UNCHECKED = N_("None of the paragraph references in this report has yet been checked "
                   "against the published text of the documents; cite them with care.")
RANK_LEGEND = N_("Gaps are listed by priority, then by rank: the place the plenary gave the "
                 "gap in the gap prioritisation exercise (1 is the most urgent); a gap without "
                 "a rank was not ranked.")
STEPS = 7


def status_label(report: Report, status: str | None) -> str:
    """A consensus status as the report shows it."""
    return report.t(NOT_ASSESSED) if status is None else report.t(STATUSES.get(status, status))


def chapter_name(tables: ReportTables, number: int) -> str:
    """"3. Short name" of a chapter of the catalog."""
    chapter = tables.catalog.chapter(number)
    return f"{number}. {chapter.short}" if chapter else str(number)


def reference_of(tables: ReportTables, commitment: Commitment | None, fallback: str = "") -> str:
    """A commitment's short reference, marked † when unchecked (unless none is checked: the
    method page then says it once)."""
    if commitment is None:
        return fallback
    mark = "" if commitment.reference_checked or tables.all_unchecked else f" {UNCHECKED}"
    return commitment.short_reference + mark


def named(tables: ReportTables, row: CommitmentRow | None, report: Report) -> str:
    """"2016 1(a) Title (status)" of a commitment, for the key findings."""
    if row is None:
        return "–"
    return (f"{reference_of(tables, row.commitment)} {row.commitment.title} "
            f"({status_label(report, row.status)})")


def key_findings(report: Report, summary: dict[str, Any], tables: ReportTables) -> None:
    """One page a minister reads: the counts in a sentence, each chapter's mean status with its
    strongest and weakest commitments, the high-priority gaps in rank order, the priority
    actions and the technical-assistance needs by type."""
    n = summary["counts"]

    def num(value: int) -> str:
        return format_number(value, report.language)

    report.section(report.t("Key findings"), new_page=True)
    not_assessed = n["commitments_in_scope"] - n["commitments_with_consensus"]
    report.text(report.t(
        "The workshop considered {scope} commitments in its scope. The plenary reached a "
        "consensus on the implementation status of {consensus} of them ({dissents} with a "
        "recorded dissent); {not_assessed} remain without a consensus. Participants identified "
        "{gaps} gaps, {high} of them of high priority, {needs} needs for technical assistance "
        "and {actions} actions for the national action plan.",
        scope=num(n["commitments_in_scope"]), consensus=num(n["commitments_with_consensus"]),
        dissents=num(n["dissents"]), not_assessed=num(not_assessed), gaps=num(n["gaps"]),
        high=num(n["gaps_by_priority"]["high"]), needs=num(n["assistance_needs"]),
        actions=num(n["action_items"])))
    report.text(report.t("Implementation by chapter"), "head")
    rows = [[chapter_name(tables, f.chapter),
             "–" if f.mean is None else format_number(f.mean, report.language, places=1),
             named(tables, f.strongest, report), named(tables, f.weakest, report)]
            for f in tables.chapter_findings()]
    report.add(report.table([report.t("Chapter"), report.t("Mean status (0-4)"),
                             report.t("Strongest commitment"), report.t("Weakest commitment")],
                            rows, [0.22, 0.1, 0.34, 0.34], compact=True))
    report.text(report.t("High-priority gaps, in the order the plenary ranked them"), "head")
    high = tables.high_priority_gaps()
    if high:
        report.add(report.table(
            [report.t("Rank"), report.t("No."), report.t("Gap"), report.t("Reference")],
            [["" if g.rank is None else num(g.rank), g.number, g.description,
              reference_of(tables, g.commitment, g.commitment_id)] for g in high],
            [0.07, 0.07, 0.70, 0.16], numeric=[0], compact=True))
    else:
        report.text(report.t("No gap was given a high priority."), "small")
    report.text(report.t("Priority actions"), "head")
    actions = tables.priority_actions()
    if actions:
        report.add(report.table(
            [report.t("Action"), report.t("Gap"), report.t("Responsible"), report.t("Deadline")],
            [[a.description, a.gap_number, a.responsible,
              format_iso_date(a.deadline, report.language, "medium") if a.deadline else ""]
             for a in actions], [0.5, 0.07, 0.28, 0.15], compact=True))
    else:
        report.text(report.t("No actions were recorded."), "small")
    report.text(report.t("Technical-assistance needs"), "head")
    counts = needs_by_type(tables)
    if not counts:
        report.text(report.t("No needs for technical assistance were recorded."), "small")
        return
    cells = [[report.t(ASSISTANCE_TYPES[code]), num(count), num(high)]
             for code, (count, high) in counts.items()]
    if len(cells) % 2:
        cells.append(["", "", ""])
    half = len(cells) // 2  # two types to a line, read down the first column first
    header = [report.t("Type of assistance"), report.t("Needs"), report.t("High priority")]
    report.add(report.table(header * 2, [cells[i] + cells[half + i] for i in range(half)],
                            [0.3, 0.08, 0.12] * 2, numeric=[1, 2, 4, 5], compact=True))


def needs_by_type(tables: ReportTables) -> dict[str, tuple[int, int]]:
    """Type of assistance asked for -> (needs, needs of high priority), in the list's order."""
    out = {}
    for code in ASSISTANCE_TYPES:
        needs = [need for need in tables.needs if need.assistance_type == code]
        if needs:
            out[code] = (len(needs), sum(1 for need in needs if need.priority == "high"))
    return out


def gaps_traced(report: Report, tables: ReportTables) -> None:
    """Each high-priority gap with the needs and the actions that answer it."""
    report.section(report.t("High-priority gaps: needs and actions"))
    high = tables.high_priority_gaps()
    if not high:
        report.text(report.t("No gap was given a high priority."))
        return
    report.text(report.t("Each gap of high priority, in rank order, with the needs for "
                         "technical assistance and the actions recorded for it."))
    rows = []
    for g in high:
        needs = "\n".join(f"{need.number} {report.t(ASSISTANCE_TYPES.get(need.assistance_type, need.assistance_type))}: {need.description}"  # noqa: E501
                          for need in tables.needs if need.gap_number == g.number)
        actions = "\n".join(
            f"{a.description} ({', '.join(filter(None, [a.responsible, format_iso_date(a.deadline, report.language, 'medium') if a.deadline else '']))})"  # noqa: E501
            for a in tables.actions if a.gap_number == g.number)
        rows.append([f"{g.number}\n{reference_of(tables, g.commitment, g.commitment_id)}",
                     g.description, needs or "–", actions or "–"])
    report.add(report.table([report.t("Gap"), report.t("Description"),
                             report.t("Technical-assistance needs"), report.t("Actions")],
                            rows, [0.12, 0.28, 0.30, 0.30]))


def figures_section(report: Report, summary: dict[str, Any]) -> None:
    """Key figures and the consensus status counts."""
    n = summary["counts"]
    lang = report.language

    def num(value: int) -> str:
        return format_number(value, lang)

    report.section(report.t("Key figures"))
    not_assessed = n["commitments_in_scope"] - n["commitments_with_consensus"]
    figures = [(num(n["commitments_in_scope"]), report.t("Commitments in scope")),
               (num(n["commitments_with_consensus"]), report.t("With consensus")),
               (num(n["gaps"]), report.t("Gaps")),
               (num(n["assistance_needs"]), report.t("Technical-assistance needs")),
               (num(n["institutions"]), report.t("Institutions")),
               (num(n["participants"]), report.t("Participants")),
               (num(n["groups"]), report.t("Working groups")),
               (num(n["action_items"]), report.t("Actions"))]
    report.add(Spacer(1, 4), report.key_figures(figures), Spacer(1, 10))
    report.subsection(report.t("Consensus status of the commitments"))
    rows = [[report.t(label), num(n["consensus_status"][code])]
            for code, label in STATUSES.items()]
    rows.append([report.t(NOT_ASSESSED), num(not_assessed)])
    rows.append([report.t("Total"), num(n["commitments_in_scope"])])
    fills = {(0, i): STATUS_COLOURS[code] for i, code in enumerate([*STATUSES, "not_assessed"])}
    report.add(report.table([report.t("Status"), report.t("Commitments")], rows, [0.5, 0.2],
                            fills=fills, numeric=[1], bold_last=True))
    report.subsection(report.t("Gaps by priority"))
    rows = [[report.t(label), num(n["gaps_by_priority"][code])]
            for code, label in PRIORITIES.items()]
    rows.append([report.t("Total"), num(n["gaps"])])
    report.add(report.table([report.t("Priority"), report.t("Gaps")], rows, [0.5, 0.2],
                            numeric=[1], bold_last=True))


def status_by_chapter(report: Report, summary: dict[str, Any], tables: ReportTables) -> None:
    """The chart and table of consensus status by chapter."""
    by_chapter = summary["counts"]["consensus_by_chapter"]
    chapters = [c for c in tables.catalog.chapters if sum(by_chapter[str(c.number)].values())]
    report.section(report.t("Consensus status by chapter"))
    codes = [*STATUSES, "not_assessed"]
    series = [(status_label(report, None if code == "not_assessed" else code),
               STATUS_COLOURS[code], [by_chapter[str(c.number)][code] for c in chapters])
              for code in codes]
    report.add(*report.bar_chart([chapter_name(tables, c.number) for c in chapters], series,
                                 report.t("Commitments in scope by chapter and consensus "
                                          "status.")))
    header = [report.t("Status"), *[str(c.number) for c in chapters], report.t("Total")]
    rows = [[status_label(report, None if code == "not_assessed" else code),
             *[by_chapter[str(c.number)][code] for c in chapters],
             sum(by_chapter[str(c.number)][code] for c in chapters)] for code in codes]
    rows.append([report.t("Total"), *[sum(by_chapter[str(c.number)].values()) for c in chapters],
                 sum(sum(by_chapter[str(c.number)].values()) for c in chapters)])
    rows = [[r[0], *[format_number(v, report.language) for v in r[1:]]] for r in rows]
    fills = {(0, i): STATUS_COLOURS[code] for i, code in enumerate(codes)}
    report.text(report.t("Commitments by consensus status (rows) and chapter (columns)."),
                "small")
    report.add(report.table(header, rows, [0.3] + [0.07] * (len(chapters) + 1), fills=fills,
                            numeric=range(1, len(chapters) + 2), bold_last=True))


PROGRESS = (("improved", N_("Improved"), "#27ae60"), ("unchanged", N_("Unchanged"), "#9db3c8"),
            ("worsened", N_("Worsened"), "#c0392b"), ("no_baseline", N_("No baseline"),
                                                     "#d9d9d9"))


def progress_since(report: Report, summary: dict[str, Any], tables: ReportTables) -> None:
    """A follow-up workshop: progress by chapter since its baseline (chart and table)."""
    progress = summary["progress"]
    baseline = progress["baseline"]
    if baseline is None:
        return
    when = format_iso_date(baseline["start_date"], report.language) \
        if baseline["start_date"] else "–"
    report.section(report.t("Progress since {date}", date=when))
    report.text(report.t(
        "Each commitment's consensus now against the baseline, the workshop of {date} "
        "(\"{title}\"), on the scale from 0 to 4; not applicable, not known or no status "
        "at either time: no baseline.", date=when, title=baseline["title"]))
    if baseline["catalog_version"] != summary["catalog"]["version"]:
        report.text(report.t(
            "The baseline was assessed against version {then} of the catalog and this workshop "
            "against version {now}: commitments were matched through the catalog's record of "
            "the ids that changed.", then=baseline["catalog_version"],
            now=summary["catalog"]["version"]), "small")
    if baseline["catalog_warning"]:
        report.text(baseline["catalog_warning"], "small")
    if baseline["unmapped_commitments"]:
        report.text(report.t(
            "Baseline commitments with no place in this catalog version (not compared): {ids}.",
            ids=", ".join(baseline["unmapped_commitments"])), "small")
    by_chapter = progress["by_chapter"]
    chapters = [c for c in tables.catalog.chapters if str(c.number) in by_chapter]
    series = [(report.t(label), colour, [by_chapter[str(c.number)][key] for c in chapters])
              for key, label, colour in PROGRESS]
    report.add(*report.bar_chart([chapter_name(tables, c.number) for c in chapters], series,
                                 report.t("Commitments with a consensus by chapter and change "
                                          "since the baseline.")))
    header = [report.t("Chapter"), *[report.t(label) for _k, label, _c in PROGRESS]]
    rows = [[chapter_name(tables, c.number),
             *[format_number(by_chapter[str(c.number)][key], report.language)
               for key, _l, _c in PROGRESS]] for c in chapters]
    rows.append([report.t("Total"), *[format_number(progress[key], report.language)
                                       for key, _l, _c in PROGRESS]])
    report.add(report.table(header, rows, [0.4, 0.15, 0.15, 0.15, 0.15],
                            numeric=range(1, 5), bold_last=True))


def commitments_and_gaps(report: Report, tables: ReportTables) -> None:
    """Per chapter: the commitments with their consensus, then the gaps by priority and rank."""
    report.section(report.t("Commitments and gaps by chapter"))
    report.text(report.t("For each chapter, the commitments in the workshop's scope with the "
                         "implementation status agreed in plenary and any dissent, then the gaps "
                         "the participants identified, with their priority."))
    report.text(report.t(RANK_LEGEND), "small")
    if not tables.all_unchecked and any(not row.commitment.reference_checked
                                        for row in tables.commitments):
        report.text(report.t(UNCHECKED_LEGEND), "small")
    by_chapter: dict[int, list[CommitmentRow]] = {}
    for row in tables.commitments:
        by_chapter.setdefault(row.commitment.chapter, []).append(row)
    for number, rows in sorted(by_chapter.items()):
        report.subsection(chapter_name(tables, number).split(". ", 1)[-1])
        table_rows, fills = [], {}
        for i, row in enumerate(rows):
            c = row.commitment
            table_rows.append([reference_of(tables, c), c.title, status_label(report, row.status),
                               row.dissent])
            fills[(2, i)] = STATUS_COLOURS[row.status or "not_assessed"]
        report.add(report.table([report.t("Reference"), report.t("Commitment"),
                                 report.t("Consensus status"), report.t("Dissent")],
                                table_rows, [0.14, 0.40, 0.18, 0.28], fills=fills))
        gaps = by_priority_and_rank(
            [g for g in tables.gaps if g.commitment and g.commitment.chapter == number])
        report.add(Spacer(1, 6))
        if not gaps:
            report.text(report.t("No gaps were recorded for this chapter."), "small")
            continue
        report.text(report.t("Gaps"), "head")
        gap_rows, gap_fills = [], {}
        for i, g in enumerate(gaps):
            gap_rows.append([g.number, reference_of(tables, g.commitment), g.description,
                             report.t(PRIORITIES.get(g.priority, g.priority)),
                             "" if g.rank is None else g.rank])
            gap_fills[(3, i)] = PRIORITY_COLOURS.get(g.priority, "#FFFFFF")
        report.add(report.table([report.t("No."), report.t("Reference"), report.t("Gap"),
                                 report.t("Priority"), report.t("Rank")], gap_rows,
                                [0.07, 0.14, 0.59, 0.12, 0.08], fills=gap_fills, numeric=[4]))
    other = by_priority_and_rank([g for g in tables.gaps if g.commitment is None])
    if other:
        report.subsection(report.t("Gaps not linked to a commitment of the catalog"))
        report.add(report.table([report.t("No."), report.t("Gap"), report.t("Priority"),
                                 report.t("Rank")],
                                [[g.number, g.description,
                                  report.t(PRIORITIES.get(g.priority, g.priority)),
                                  "" if g.rank is None else g.rank]
                                 for g in other], [0.08, 0.69, 0.15, 0.08], numeric=[3]))


def by_priority_and_rank(gaps: list[GapRow]) -> list[GapRow]:
    """Gaps as the gap tables show them: high priority first, then by rank (unranked last)."""
    return sorted(gaps, key=lambda g: (list(PRIORITIES).index(g.priority)
                                       if g.priority in PRIORITIES else 9,
                                       g.rank is None, g.rank or 0, int(g.number[1:])))


def action_plan(report: Report, tables: ReportTables) -> None:
    """The actions of the national action plan."""
    report.section(report.t("Action plan"))
    if not tables.actions:
        report.text(report.t("No actions were recorded."))
        return
    rows = [[a.description, a.commitment.short_reference if a.commitment else "", a.gap_number,
             a.responsible, a.partners, format_iso_date(a.deadline, report.language,
                                                         "medium") if a.deadline else "",
             a.indicator] for a in tables.actions]
    report.add(report.table([report.t("Action"), report.t("Reference"), report.t("Gap"),
                             report.t("Responsible"), report.t("Partners"),
                             report.t("Deadline"), report.t("Indicator")], rows,
                            [0.23, 0.12, 0.06, 0.17, 0.14, 0.11, 0.17]))


def participation(report: Report, summary: dict[str, Any], tables: ReportTables,
                  names: bool = False) -> None:
    """Participation by sector, sex and institution in counts; the list of participants by
    name only when `names` (the user asked for personal data)."""
    n = summary["counts"]

    def num(value: int) -> str:
        return format_number(value, report.language)

    report.section(report.t("Participation"))
    report.text(report.t("{participants} participants from {institutions} institutions took "
                         "part in {groups} working groups.",
                         participants=num(n["participants"]), institutions=num(n["institutions"]),
                         groups=num(n["groups"])))
    report.subsection(report.t("By sex"))
    rows = [[report.t(label), num(n["participants_by_sex"][code])]
            for code, label in SEXES.items()]
    rows.append([report.t("Total"), num(n["participants"])])
    report.add(report.table([report.t("Sex"), report.t("Participants")], rows, [0.4, 0.2],
                            numeric=[1], bold_last=True))
    report.subsection(report.t("By sector"))
    sectors = tables.participants_by_sector()
    rows = [[report.t(SECTORS.get(code, code)), num(count[0]), num(count[1])]
            for code, count in sorted(sectors.items(), key=lambda kv: list(SECTORS).index(kv[0])
                                      if kv[0] in SECTORS else 99)]
    rows.append([report.t("Total"), num(n["institutions"]),
                 num(sum(c[1] for c in sectors.values()))])
    report.add(report.table([report.t("Sector"), report.t("Institutions"),
                             report.t("Participants")], rows, [0.4, 0.2, 0.2], numeric=[1, 2],
                            bold_last=True))
    report.subsection(report.t("By institution"))
    if not tables.institution_rows:
        report.text(report.t("No institutions were recorded."))
    else:
        rows = [[r.name + (f" ({r.acronym})" if r.acronym else ""),
                 report.t(SECTORS.get(r.sector, r.sector)), num(r.participants),
                 *[num(r.by_sex.get(code, 0)) for code in SEXES]]
                for r in tables.institution_rows]
        report.add(report.table([report.t("Institution"), report.t("Sector"),
                                 report.t("Participants"),
                                 *[report.t(label) for label in SEXES.values()]],
                                rows, [0.34, 0.16, 0.14, 0.09, 0.09, 0.09, 0.09],
                                numeric=range(2, 7)))
    report.subsection(report.t("Working groups"))
    if tables.group_members:
        report.add(report.table([report.t("Working group"), report.t("Members")],
                                [[name, num(count)] for name, count in tables.group_members],
                                [0.6, 0.15], numeric=[1]))
    else:
        report.text(report.t("No working groups were formed."))
    if names:
        participant_list(report, tables)


def participant_list(report: Report, tables: ReportTables) -> None:
    """The participants who gave their name, with institution and role (personal data)."""
    report.subsection(report.t("List of participants"))
    people = sorted((p for p in tables.participants if p.name.strip()), key=lambda p: p.name)
    if not people:
        report.text(report.t("No participant's name was recorded."))
        return
    rows = [[p.name, tables.institution_name(p.institution_uuid), p.role] for p in people]
    report.add(report.table([report.t("Name"), report.t("Institution"), report.t("Role")],
                            rows, [0.3, 0.45, 0.25]))


def method(report: Report, tables: ReportTables) -> None:
    """Annex: the status scale and the exercises of the workshop."""
    report.section(report.t("Annex: method"))
    report.text(report.t("Working groups assessed each commitment in their chapters on the "
                         "scale below; the plenary then agreed on one status per commitment, "
                         "recording any dissent. Gaps were identified and ranked by priority, "
                         "and needs for technical assistance and actions derived from them."))
    report.subsection(report.t("The implementation status scale"))
    report.add(report.table([report.t("Code"), report.t("Status")],
                            [[code, report.t(label)] for code, label in STATUSES.items()],
                            [0.12, 0.6], fills={(1, i): STATUS_COLOURS[code]
                                                for i, code in enumerate(STATUSES)}))
    report.subsection(report.t("The exercises"))
    rows = [[str(e.order), e.title, e.purpose,
             report.t("{minutes} min", minutes=format_number(e.duration_minutes,
                                                             report.language))]
            for e in load_exercises()]
    report.add(report.table([report.t("No."), report.t("Exercise"), report.t("Purpose"),
                             report.t("Duration")], rows, [0.06, 0.24, 0.56, 0.14]))
    report.subsection(report.t("References"))
    report.text(report.t(ALL_UNCHECKED if tables.all_unchecked else UNCHECKED_LEGEND))


def write(store: WorkshopFile, stream: BinaryIO, language: str,
          progress: Progress | None = None, personal_data: bool = False) -> None:
    """Write the gap report of an open workshop file to `stream` as PDF; the participants'
    names only with `personal_data`."""
    def step(done: int) -> None:
        if progress:
            progress(done, STEPS)

    step(0)
    summary = summarize(store, language)
    tables = ReportTables(store, language)
    w = summary["workshop"]
    report = workshop_report(summary, language, N_("Gap report"))
    title = report.t("Gap report")
    step(1)
    key_findings(report, summary, tables)
    gaps_traced(report, tables)
    figures_section(report, summary)
    step(2)
    status_by_chapter(report, summary, tables)
    progress_since(report, summary, tables)
    step(3)
    commitments_and_gaps(report, tables)
    step(4)
    action_plan(report, tables)
    participation(report, summary, tables, names=personal_data)
    method(report, tables)
    step(5)
    report.build(stream, report.cover(summary, title), author=w["country_name"])
    step(STEPS)
