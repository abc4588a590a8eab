"""Paper for a power cut or a room with one laptop: worksheets the groups fill in by hand.

One PDF per working group (its commitments with reference and summary, the guiding questions
of the assessment exercise, the implementation scale as boxes to tick, and ruled lines for the
measures, the evidence, the gaps and the needs), a sign-in sheet and the evaluation form, in the
workshop's language (or another). What is written on them is typed in afterwards like any
other answer. Each file is written whole or not at all (workshop.file.atomic).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from workshop.analysis import summarize
from workshop.catalogs.catalog import Commitment
from workshop.catalogs.exercises import Exercise, load_exercises
from workshop.catalogs.translations import localized_catalog, localized_exercise
from workshop.file.atomic import atomic_output
from workshop.file.model import SEXES, STATUSES
from workshop.file.reads import working_groups
from workshop.file.store import WorkshopFile
from workshop.languages.i18n import N_
from workshop.languages.locale_data import format_date_range
from workshop.reports import Progress
from workshop.reports.pdf import RULE, TEXT_WIDTH, Report

SCALE = ("0", "1", "2", "3", "4", "na", "unknown")
LINES = {"measures": 4, "evidence": 3, "gaps": 4, "needs": 3}
SIGN_IN_ROWS = 40


def _exercise(kind: str, language: str) -> Exercise | None:
    found = next((e for e in load_exercises() if e.kind == kind), None)
    return localized_exercise(found, language) if found is not None else None


def _file_name(text: str) -> str:
    """A file name part from a group's name: letters, digits and dashes."""
    return re.sub(r"[^\w]+", "-", text, flags=re.UNICODE).strip("-")[:60] or "group"


def ruled_lines(count: int) -> Table:
    """Empty ruled lines to write on."""
    table = Table([[""] for _ in range(count)], colWidths=[TEXT_WIDTH], rowHeights=[18] * count)
    table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE)]))
    return table


class TickBox(Flowable):
    """An empty square to tick."""

    SIZE = 9.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.SIZE, self.SIZE

    def draw(self) -> None:
        self.canv.setLineWidth(0.8)
        self.canv.rect(0, 0, self.SIZE, self.SIZE, stroke=1, fill=0)


def tick_boxes(report: Report, labels: Sequence[str], per_row: int = 3) -> Table:
    """Empty boxes to tick, each with its label, `per_row` to a line."""
    cells: list[list[object]] = []
    row: list[object] = []
    for label in labels:
        row += [TickBox(), report.paragraph(label, "cell")]
        if len(row) == 2 * per_row:
            cells.append(row)
            row = []
    if row:
        cells.append(row + [""] * (2 * per_row - len(row)))
    box = TickBox.SIZE + 6
    widths = [box, TEXT_WIDTH / per_row - box] * per_row
    if report.rtl:
        cells = [list(reversed(r)) for r in cells]
        widths = list(reversed(widths))
    table = Table(cells, colWidths=widths)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                               ("TOPPADDING", (0, 0), (-1, -1), 3),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    return table


def heading(report: Report, summary: dict[str, Any], title: str) -> None:
    """The top of a form's first page: what it is, and for which workshop (no cover page:
    forms are printed once per group or person)."""
    w = summary["workshop"]
    dates = format_date_range(w["start_date"], w["end_date"], report.language)
    report.text(title, "h1")
    report.text(" · ".join(part for part in (w["title"], w["country_name"], dates, w["venue"])
                           if part), "small")
    report.add(Spacer(1, 6))


def commitment_block(report: Report, commitment: Commitment) -> Flowable:
    """One commitment of a group's worksheet: what it asks, the scale, lines to write on."""
    parts: list[Flowable] = [
        report.paragraph(f"{commitment.reference} — {commitment.title}", "h2"),
        report.paragraph(commitment.summary),
        report.paragraph(report.t("Status (tick one)"), "head"),
        tick_boxes(report, [f"{code if code in '01234' else ''} "
                            f"{report.t(STATUSES[code])}".strip() for code in SCALE]),
        Spacer(1, 4)]
    for key, label in (("measures", N_("Measures in place")),
                       ("evidence", N_("Evidence and data")),
                       ("gaps", N_("Gaps (one a line, high priority marked H)")),
                       ("needs", N_("Technical assistance needed, and from whom"))):
        parts += [report.paragraph(report.t(label), "head"), ruled_lines(LINES[key])]
    return KeepTogether(parts)


def group_worksheet(store: WorkshopFile, group_uuid: str, group_name: str,
                    stream: BinaryIO, language: str) -> int:
    """Write one group's worksheet; the number of commitments on it."""
    summary = summarize(store, language)
    catalog = localized_catalog(store.catalog, language)
    exercise = _exercise("assessment", language)
    report = Report(language, "", "")
    kind = report.t("Worksheet")
    w = summary["workshop"]
    report.title = f"{kind}: {group_name}"
    report.running_header = f"{kind} · {group_name} · {w['title']}"
    commitments = [c for c in (catalog.commitment(cid)
                               for cid in store.group_commitments(group_uuid)) if c is not None]
    heading(report, summary, report.t("Worksheet of {group}", group=group_name))
    report.text(report.t("Write the group's members here:"), "head")
    report.add(ruled_lines(2))
    if exercise is not None:
        report.add(Spacer(1, 6), report.paragraph(exercise.title, "h2"))
        report.text(exercise.group_instructions)
        general = exercise.guiding_questions.get("general", ())
        if general:
            report.text(report.t("Guiding questions"), "head")
            for question in general:
                report.text(f"• {question}")
    if not commitments:
        report.text(report.t("No commitments are assigned to this group yet."))
    chapter = None
    for commitment in commitments:
        if commitment.chapter != chapter:
            chapter = commitment.chapter
            found = catalog.chapter(chapter)
            report.section(f"{found.short}" if found else str(chapter))
            for question in (exercise.guiding_questions.get(f"chapter_{chapter}", ())
                             if exercise else ()):
                report.text(f"• {question}", "small")
        report.add(commitment_block(report, commitment))
    report.build(stream, None, author=w["country_name"])
    return len(commitments)


def sign_in_sheet(store: WorkshopFile, stream: BinaryIO, language: str) -> None:
    """The sign-in sheet: a numbered row per person, for name, institution, role, sex, e-mail
    and signature."""
    summary = summarize(store, language)
    report = Report(language, "", "")
    w = summary["workshop"]
    report.title = report.t("Sign-in sheet")
    report.running_header = f"{report.title} · {w['title']}"
    sexes = " / ".join(report.t(SEXES[code]) for code in ("female", "male", "other"))
    heading(report, summary, report.title)
    report.text(report.t("Day: ____________"), "head")
    report.add(report.table(
        [report.t("No."), report.t("Name"), report.t("Institution"), report.t("Role"),
         sexes, report.t("E-mail"), report.t("Signature")],
        [[str(n), "", "", "", "", "", ""] for n in range(1, SIGN_IN_ROWS + 1)],
        [0.05, 0.2, 0.2, 0.12, 0.13, 0.16, 0.14], row_height=24))
    report.build(stream, None, author=w["country_name"])


def evaluation_form(store: WorkshopFile, stream: BinaryIO, language: str) -> int:
    """The evaluation form: each question, with boxes for a score or lines for an answer;
    the number of questions."""
    summary = summarize(store, language)
    exercise = _exercise("survey", language)
    report = Report(language, "", "")
    w = summary["workshop"]
    report.title = exercise.title if exercise else report.t("Workshop evaluation")
    report.running_header = f"{report.title} · {w['title']}"
    questions = exercise.questions if exercise else ()
    heading(report, summary, report.title)
    if exercise is not None:
        report.text(exercise.group_instructions)
    for number, question in enumerate(questions, 1):
        parts: list[Flowable] = [report.paragraph(f"{number}. {question.text}", "head")]
        if question.kind == "score":
            parts.append(tick_boxes(report, [report.t("{n} of 5", n=n) for n in range(1, 6)],
                                    per_row=5))
        else:
            parts.append(ruled_lines(3))
        parts.append(Spacer(1, 8))
        report.add(KeepTogether(parts))
    report.build(stream, None, author=w["country_name"])
    return len(questions)


def _group_sheet(store: WorkshopFile, group_uuid: str, name: str, stream: BinaryIO, *,
                 language: str) -> object:
    return group_worksheet(store, group_uuid, name, stream, language)


def _form(writer: Callable[[WorkshopFile, BinaryIO, str], object], store: WorkshopFile,
          stream: BinaryIO, *, language: str) -> object:
    return writer(store, stream, language)


def write_worksheets(source: Path | str, out_dir: Path | str, language: str | None = None,
                     progress: Progress | None = None) -> list[Path]:
    """Write every worksheet of a workshop file into `out_dir` (made if missing); the files
    written: one per working group, the sign-in sheet and the evaluation form."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with WorkshopFile.open(source, read_only=True) as store:
        lang = language or store.details.language or "en"
        groups = working_groups(store)
        total = len(groups) + 2
        steps: list[tuple[str, Callable[[BinaryIO], object]]] = [
            (f"worksheet-{n}-{_file_name(g.name)}.pdf",
             partial(_group_sheet, store, g.uuid, g.name, language=lang))
            for n, g in enumerate(groups, 1)]
        steps += [("sign-in-sheet.pdf", partial(_form, sign_in_sheet, store, language=lang)),
                  ("evaluation-form.pdf", partial(_form, evaluation_form, store, language=lang))]
        for done, (name, work) in enumerate(steps):
            if progress:
                progress(done, total)
            with atomic_output(out / name) as stream:
                work(stream)
            written.append(out / name)
    if progress:
        progress(total, total)
    return written
