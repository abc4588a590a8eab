"""The full results workbook: every result of a workshop, one sheet per kind of record.

What the facilitator leaves with the ministries: the cover (workshop, key figures and the place
for the reviewer's name and date), commitments with their consensus, consensus by chapter, the
groups' assessments, gaps, technical-assistance needs, actions, institutions and participation
counts (never names). The sheets Commitments, Gaps and Needs end with two review columns,
"Reviewer's view" (a list: agree, disagree, comment) and "Reviewer's comment", which
`workshop review-import` reads back (workshop/exchange/review.py).

A hidden, protected sheet `_workshop` identifies the export (its id), the workshop (id,
revision), the catalog (id, version, hash), the app version and the language, describes the
reviewable sheets, and keeps the values as exported, row by row, so the review import can tell
an edit outside the review columns and report it as ignored. The workbook comes back from
outside, so the hidden sheet cannot vouch for itself: `write` returns what the export wrote (a
`WorkbookExport`: the export id, the sheets and the SHA-256 of the hidden sheet's values), which
the workshop file keeps, and the import checks the workbook against it. Every figure comes from
`workshop.analysis.summarize`.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from typing import Any, BinaryIO

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from workshop import __version__
from workshop.analysis import summarize
from workshop.file.model import (
    ASSISTANCE_TYPES,
    PRIORITIES,
    REVIEW_VIEWS,
    SECTORS,
    SEXES,
    STATUSES,
    WorkbookExport,
    new_uuid,
)
from workshop.file.store import WorkshopFile, now_iso
from workshop.languages.i18n import N_, tr
from workshop.progress import baseline_then
from workshop.reports import Progress
from workshop.reports.sheets import (
    NOT_ASSESSED,
    Column,
    cell_value,
    colour_statuses,
    cover,
    key_figures,
    sheet_title,
    status_label,
    write_table,
)
from workshop.reports.tables import ReportTables
from workshop.workbook import HEADER_FONT, cell_text, compared_text, put

META_SHEET = "_workshop"
META_FORMAT = 2  # 2: the export id, and the export recorded in the workshop file
MAX_COMMENT = 4000
# Reviewable sheets: their code in the hidden sheet -> the table a review of a row is about.
REVIEW_SHEETS = {"commitments": "commitment", "gaps": "gap", "needs": "assistance_need"}
REVIEW_HEADERS = (N_("Reviewer's view"), N_("Reviewer's comment"))
# The labels beside the cells for the reviewer's name and date on the cover sheet.
REVIEWER_LABELS = (N_("Reviewer's name"), N_("Date of review (YYYY-MM-DD)"))
REVIEW_FILL = PatternFill("solid", fgColor="FFF5CC")


def write(store: WorkshopFile, stream: BinaryIO, language: str,
          progress: Progress | None = None) -> WorkbookExport:
    """Write the full results workbook of an open workshop file to `stream`; returns what the
    export wrote, for the workshop file to keep (`WorkshopFile.record_export`)."""
    return FullWorkbook(store, language).write(stream, progress)


def hidden_sheet_digest(rows: Iterable[Sequence[Any]]) -> str:
    """The SHA-256 of the hidden sheet's values, row by row, as the review import compares them.

    Each cell counts as the text it shows with LF line ends and no surrounding whitespace (a
    spreadsheet program may drop that when it saves); empty rows and trailing empty cells are
    left out. The export records it; the import recomputes it from the workbook come back.
    """
    canonical = []
    for row in rows:
        texts = [compared_text(cell_text(value)) for value in row]
        while texts and texts[-1] == "":
            texts.pop()
        if texts:
            canonical.append(texts)
    return hashlib.sha256(json.dumps(canonical).encode("ascii")).hexdigest()


class FullWorkbook:
    """Builds the workbook sheet by sheet; `reviewable` collects what the hidden sheet keeps."""

    def __init__(self, store: WorkshopFile, language: str) -> None:
        self.store = store
        self.language = language
        self.summary = summarize(store, language)
        self.tables = ReportTables(store, language)
        self.workbook = Workbook()
        # code -> (sheet title, headers, [(display key, target key, exported texts)])
        self.reviewable: dict[str, tuple[str, list[str], list[tuple[str, str, list[str]]]]] = {}
        self.review_cells: tuple[str, str] = ("", "")
        self.export_id = new_uuid()

    def t(self, text: str, **values: Any) -> str:
        """`text` in the workbook's language."""
        return tr(text, self.language, **values)

    def write(self, stream: BinaryIO, progress: Progress | None) -> WorkbookExport:
        """Build every sheet, reporting progress between sheets, then save to `stream`; returns
        what was written."""
        steps = [self.cover, self.commitments, self.by_chapter, self.assessments, self.gaps,
                 self.needs, self.actions, self.institutions, self.participation,
                 self.session_notes]
        for done, step in enumerate(steps):
            if progress:
                progress(done, len(steps) + 1)
            step()
        export = self.meta()
        if progress:
            progress(len(steps), len(steps) + 1)
        self.workbook.save(stream)
        if progress:
            progress(len(steps) + 1, len(steps) + 1)
        return export

    def sheet(self, title: str) -> Worksheet:
        if len(self.workbook.worksheets) == 1 and self.workbook.active.max_row == 1 \
                and self.workbook.active["A1"].value is None:
            sheet = self.workbook.active
            sheet.title = sheet_title(self.t(title))
            return sheet
        return self.workbook.create_sheet(sheet_title(self.t(title)))

    def chapter_name(self, number: int) -> str:
        chapter = self.tables.catalog.chapter(number)
        return f"{number}. {chapter.short}" if chapter else str(number)

    # ----- the sheets ---------------------------------------------------------------------

    def cover(self) -> None:
        sheet = self.sheet(N_("Workshop"))
        figures = [(label, value) for label, value in key_figures(self.summary)]
        row = cover(sheet, self.t("Full results of the national workshop"), self.summary,
                    self.language, figures)
        row += 2
        put(sheet, row, 1, self.t("Ministry review")).font = Font(bold=True, size=12)
        row += 1
        note = put(sheet, row, 1, self.t(
            "To review these results, write your name and the date of your review below; then, "
            "on the sheets Commitments, Gaps and Needs, choose your view of each row (agree, "
            "disagree or comment) in the column \"Reviewer's view\" and write any comment in "
            "the column \"Reviewer's comment\". Change nothing else: only these columns are "
            "read back, and other edits are ignored. Send the saved workbook back to the "
            "facilitator."))
        note.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=2)
        sheet.row_dimensions[row].height = 96
        cells = []
        for label in REVIEWER_LABELS:
            row += 1
            put(sheet, row, 1, self.t(label)).font = HEADER_FONT
            cell = sheet.cell(row=row, column=2)
            cell.fill = REVIEW_FILL
            cells.append(cell.coordinate)
        sheet.cell(row=row, column=2).number_format = "yyyy-mm-dd"
        self.review_cells = (cells[0], cells[1])

    def commitments(self) -> None:
        columns = [Column(self.t("Id"), 13), Column(self.t("Chapter"), 9, kind="number"),
                   Column(self.t("Reference"), 28, wrap=True),
                   Column(self.t("Commitment"), 48, wrap=True),
                   Column(self.t("Consensus status"), 30),
                   Column(self.t("Dissent"), 40, wrap=True),
                   Column(self.t("Notes"), 40, wrap=True),
                   Column(self.t("Gaps"), 7, kind="number"),
                   Column(self.t("Needs"), 7, kind="number")]
        # a follow-up workshop shows its baseline's status beside the consensus
        baseline = self.summary["progress"]["baseline"]
        then = baseline_then(self.store).statuses if baseline else {}
        if baseline:
            columns.insert(5, Column(self.t("Baseline status ({date})",
                                            date=baseline["start_date"] or "-"), 30))
        rows, keys = [], []
        for r in self.tables.commitments:
            c = r.commitment
            row = [c.id, c.chapter, c.reference, c.title, status_label(r.status, self.language),
                   r.dissent, r.notes, r.gaps, r.needs]
            if baseline:
                row.insert(5, status_label(then.get(c.id), self.language) if c.id in then
                           else self.t("No baseline"))
            rows.append(row)
            keys.append((c.id, c.id))
        sheet = self.sheet(N_("Commitments"))
        last = self.reviewable_table(sheet, "commitments", columns, rows, keys)
        colour_statuses(sheet, 5, 2, last, self.language)
        if baseline:
            colour_statuses(sheet, 6, 2, last, self.language)

    def by_chapter(self) -> None:
        codes = list(STATUSES)
        columns = [Column(self.t("Chapter"), 52, wrap=True)] + [
            Column(self.t(STATUSES[code]), 14, kind="number") for code in codes] + [
            Column(self.t(NOT_ASSESSED), 12, kind="number"),
            Column(self.t("Total"), 9, kind="number")]
        rows = []
        for chapter in self.tables.catalog.chapters:
            counts = self.summary["counts"]["consensus_by_chapter"][str(chapter.number)]
            values = [counts[code] for code in codes] + [counts["not_assessed"]]
            if sum(values):
                rows.append([self.chapter_name(chapter.number), *values, sum(values)])
        totals = self.summary["counts"]["consensus_status"]
        values = [totals[code] for code in codes]
        not_assessed = (self.summary["counts"]["commitments_in_scope"]
                        - self.summary["counts"]["commitments_with_consensus"])
        rows.append([self.t("All chapters in scope"), *values, not_assessed,
                     sum(values) + not_assessed])
        sheet = self.sheet(N_("Consensus by chapter"))
        last = write_table(sheet, columns, rows)
        for cell in sheet[last]:
            cell.font = HEADER_FONT
        sheet.row_dimensions[1].height = 32
        for cell in sheet[1]:
            cell.alignment = Alignment(wrap_text=True, vertical="top")

    def assessments(self) -> None:
        columns = [Column(self.t("Working group"), 30, wrap=True),
                   Column(self.t("Id"), 13), Column(self.t("Chapter"), 9, kind="number"),
                   Column(self.t("Reference"), 28, wrap=True),
                   Column(self.t("Commitment"), 40, wrap=True),
                   Column(self.t("Status"), 30), Column(self.t("Measures"), 48, wrap=True),
                   Column(self.t("Evidence and data"), 36, wrap=True),
                   Column(self.t("Notes"), 36, wrap=True)]
        rows = [[a.group, a.commitment.id, a.commitment.chapter, a.commitment.reference,
                 a.commitment.title, status_label(a.status, self.language), a.measures,
                 a.evidence, a.notes] for a in self.tables.assessments]
        sheet = self.sheet(N_("Group assessments"))
        last = write_table(sheet, columns, rows)
        colour_statuses(sheet, 6, 2, last, self.language)

    def gaps(self) -> None:
        columns = [Column(self.t("No."), 7), Column(self.t("Chapter"), 9, kind="number"),
                   Column(self.t("Reference"), 28, wrap=True),
                   Column(self.t("Commitment"), 36, wrap=True),
                   Column(self.t("Gap"), 56, wrap=True), Column(self.t("Priority"), 10),
                   Column(self.t("Rank"), 7, kind="number"),
                   Column(self.t("Votes"), 7, kind="number"),
                   Column(self.t("Working group"), 28, wrap=True)]
        rows, keys = [], []
        for g in self.tables.gaps:
            rows.append([g.number, g.commitment.chapter if g.commitment else None,
                         g.commitment.reference if g.commitment else g.commitment_id,
                         g.commitment.title if g.commitment else "", g.description,
                         self.t(PRIORITIES.get(g.priority, g.priority)), g.rank, g.votes,
                         g.group])
            keys.append((g.number, g.uuid))
        self.reviewable_table(self.sheet(N_("Gaps")), "gaps", columns, rows, keys)

    def needs(self) -> None:
        columns = [Column(self.t("No."), 7), Column(self.t("Type of assistance"), 30, wrap=True),
                   Column(self.t("Chapter"), 9, kind="number"),
                   Column(self.t("Reference"), 28, wrap=True),
                   Column(self.t("Need"), 48, wrap=True), Column(self.t("Priority"), 10),
                   Column(self.t("Requesting institution"), 30, wrap=True),
                   Column(self.t("Preferred providers"), 28, wrap=True),
                   Column(self.t("Timeframe"), 16, wrap=True), Column(self.t("Gap"), 7)]
        rows, keys = [], []
        for n in self.tables.needs:
            rows.append([n.number, self.t(ASSISTANCE_TYPES.get(n.assistance_type,
                                                               n.assistance_type)),
                         n.commitment.chapter if n.commitment else None,
                         n.commitment.reference if n.commitment else n.commitment_id,
                         n.description, self.t(PRIORITIES.get(n.priority, n.priority)),
                         n.institution, n.providers, n.timeframe, n.gap_number])
            keys.append((n.number, n.uuid))
        self.reviewable_table(self.sheet(N_("Needs")), "needs", columns, rows, keys)

    def actions(self) -> None:
        columns = [Column(self.t("Action"), 52, wrap=True),
                   Column(self.t("Reference"), 28, wrap=True), Column(self.t("Gap"), 7),
                   Column(self.t("Responsible institution"), 30, wrap=True),
                   Column(self.t("Partners"), 30, wrap=True),
                   Column(self.t("Deadline"), 12, kind="date"),
                   Column(self.t("Indicator"), 40, wrap=True)]
        rows = [[a.description, a.commitment.reference if a.commitment else "", a.gap_number,
                 a.responsible, a.partners, a.deadline, a.indicator]
                for a in self.tables.actions]
        write_table(self.sheet(N_("Actions")), columns, rows)

    def institutions(self) -> None:
        sexes = list(SEXES)
        columns = [Column(self.t("Institution"), 44, wrap=True), Column(self.t("Acronym"), 10),
                   Column(self.t("Sector"), 20),
                   Column(self.t("Participants"), 12, kind="number")] + [
            Column(self.t(SEXES[s]), 10, kind="number") for s in sexes] + [
            Column(self.t("Leads on chapters"), 18), Column(self.t("Contributes to chapters"), 22)]
        rows = [[i.name, i.acronym, self.t(SECTORS.get(i.sector, i.sector)), i.participants,
                 *[i.by_sex.get(s, 0) for s in sexes], ", ".join(map(str, i.leads)),
                 ", ".join(map(str, i.contributes))]
                for i in self.tables.institution_rows]
        write_table(self.sheet(N_("Institutions")), columns, rows)

    def participation(self) -> None:
        """Counts only: by sex, by sector and by working group; never a name."""
        sheet = self.sheet(N_("Participation"))
        n = self.summary["counts"]
        rows = [[self.t(SEXES[s]), n["participants_by_sex"][s]] for s in SEXES]
        rows.append([self.t("Total"), n["participants"]])
        last = write_table(sheet, [Column(self.t("Sex"), 40), Column(self.t("Participants"), 14,
                                                                     kind="number")], rows)
        sheet.auto_filter.ref = None  # three small tables: no filters
        row = last + 2
        by_sector = self.tables.participants_by_sector()
        put(sheet, row, 1, self.t("Sector")).font = HEADER_FONT
        put(sheet, row, 2, self.t("Participants")).font = HEADER_FONT
        put(sheet, row, 3, self.t("Institutions")).font = HEADER_FONT
        sheet.column_dimensions["C"].width = 14
        for code, label in SECTORS.items():
            if code in by_sector:
                row += 1
                institutions, participants = by_sector[code]
                put(sheet, row, 1, self.t(label))
                put(sheet, row, 2, participants)
                put(sheet, row, 3, institutions)
        row += 2
        put(sheet, row, 1, self.t("Working group")).font = HEADER_FONT
        put(sheet, row, 2, self.t("Members")).font = HEADER_FONT
        for name, members in self.tables.group_members:
            row += 1
            put(sheet, row, 1, cell_value(name))
            put(sheet, row, 2, members)

    # ----- review columns and the hidden sheet --------------------------------------------

    def session_notes(self) -> None:
        """The rapporteur's log, day by day."""
        from workshop.file.reads import session_notes

        columns = [Column(self.t("Day"), 14, kind="date"),
                   Column(self.t("Session notes"), 100, wrap=True)]
        write_table(self.sheet(N_("Session notes")), columns,
                    [[note.day, note.notes] for note in session_notes(self.store)])

    def reviewable_table(self, sheet: Worksheet, code: str, columns: list[Column],
                         rows: list[list[Any]], keys: list[tuple[str, str]]) -> int:
        """A table with the two review columns at its right; remembers what was exported."""
        review = [Column(self.t(REVIEW_HEADERS[0]), 16), Column(self.t(REVIEW_HEADERS[1]), 44,
                                                                   wrap=True)]
        last = write_table(sheet, columns + review, [[*row, None, None] for row in rows])
        view_col, comment_col = len(columns) + 1, len(columns) + 2
        end = last
        for row_number in range(2, end + 1):
            for column in (view_col, comment_col):
                sheet.cell(row=row_number, column=column).fill = REVIEW_FILL
        labels = [self.t(label) for label in REVIEW_VIEWS.values()]
        if any("," in label or '"' in label for label in labels):
            labels = list(REVIEW_VIEWS)  # a list entry cannot hold a comma or a quote
        views = DataValidation(type="list", formula1='"' + ",".join(labels) + '"',
                               allow_blank=True, showErrorMessage=True)
        views.error = self.t("Choose agree, disagree or comment.")
        views.add(f"{get_column_letter(view_col)}2:{get_column_letter(view_col)}{max(end, 2)}")
        comments = DataValidation(type="textLength", operator="lessThanOrEqual",
                                  formula1=str(MAX_COMMENT), allow_blank=True,
                                  showErrorMessage=True)
        comments.error = self.t("A comment holds at most {n} characters.", n=MAX_COMMENT)
        comments.add(f"{get_column_letter(comment_col)}2:"
                     f"{get_column_letter(comment_col)}{max(end, 2)}")
        if end >= 2:
            sheet.add_data_validation(views)
            sheet.add_data_validation(comments)
        exported = [(display, target, [cell_text(cell_value(v, c.kind))
                                       for v, c in zip(row, columns, strict=True)])
                    for (display, target), row in zip(keys, rows, strict=True)]
        self.reviewable[code] = (sheet.title, [c.header for c in columns + review], exported)
        return last

    def meta(self) -> WorkbookExport:
        """The hidden sheet: which export this is, who it belongs to, and the values as
        exported; returns the record of the export."""
        sheet = self.workbook.create_sheet(META_SHEET)
        w, c = self.summary["workshop"], self.summary["catalog"]
        exported_at = now_iso()
        fields: list[tuple[str, Any]] = [
            ("format", META_FORMAT), ("export_id", self.export_id), ("workshop_id", w["id"]),
            ("revision", w["revision"]),
            ("title", w["title"]), ("country", w["country"]), ("language", self.language),
            ("catalog_id", c["id"]), ("catalog_version", c["version"]),
            ("catalog_hash", c["hash"]), ("app_version", __version__),
            ("exported_at", exported_at), ("cover_sheet", self.workbook.worksheets[0].title),
            ("reviewer_cell", self.review_cells[0]), ("review_date_cell", self.review_cells[1]),
        ]
        rows: list[list[Any]] = [[name, cell_value(value)]
                                 for name, value in [("field", "value"), *fields]]
        for code, (title, headers, exported) in self.reviewable.items():
            rows.append([cell_value(value) for value in ["sheet", code, title, *headers]])
            rows += [["row", code, display, target, *texts]
                     for display, target, texts in exported]
        for number, values in enumerate(rows, 1):
            for column, value in enumerate(values, 1):
                put(sheet, number, column, value)
        sheet.sheet_state = "hidden"
        sheet.protection.sheet = True  # stops accidents, not people: the import trusts nothing
        return WorkbookExport(self.export_id, exported_at, w["revision"], self.language,
                              tuple(self.workbook.sheetnames), hidden_sheet_digest(rows))
