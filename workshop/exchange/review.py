"""The ministry review round trip: read back a reviewed full results workbook, record it.

The facilitator sends the full results workbook (workshop/reports/full_xlsx.py) to the
ministries; a reviewer writes a name and date on the cover, and a view (agree, disagree,
comment) and a comment per commitment, gap and need. `read_review` reads such a workbook
trusting nothing and says what would change; `import_review` records it. Only the review
columns and the reviewer's name and date are ever read as input: any other edit (a changed
status, a reworded gap, a deleted row) is listed as ignored and never applied.

The workbook cannot vouch for itself: the workshop file recorded what each export wrote
(`WorkbookExport`), and the workbook is read only if the export id on its hidden sheet names
such an export, the hidden sheet's values still have the SHA-256 recorded, and its sheets are
those written; only then are the hidden sheet's values and record uuids trusted.

Refused whole, with one sentence and nothing written: a file that is not a workbook, too large,
a zip bomb, hostile XML, parts an export never has (macros, links to other files, objects...:
workshop.workbook's gate), formulas, text longer than a cell holds or than a comment
may be, a workbook that is not a full results workbook, whose sheets or columns were rearranged or
added, whose hidden sheet was changed, of an export this file has no record of, from another
workshop or catalog, or written before the results last changed.
"""

from __future__ import annotations

import datetime
import hashlib
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from openpyxl.utils.cell import coordinate_from_string, get_column_letter

from workshop.errors import WorkshopError
from workshop.file.model import REVIEW_VIEWS, AssistanceNeed, Gap, Review, WorkbookExport
from workshop.file.store import WorkshopFile
from workshop.languages.i18n import tr
from workshop.languages.locale_data import is_iso_date
from workshop.reports.full_xlsx import (
    MAX_COMMENT,
    META_FORMAT,
    META_SHEET,
    REVIEW_SHEETS,
    REVIEWER_LABELS,
    hidden_sheet_digest,
)
from workshop.workbook import (
    cell_text,
    checked_rows,
    compared_text,
    line_ends,
    open_untrusted,
    refusal,
)

MAX_META_ROWS = 200_000
MAX_EXTRA_ROWS = 1000  # rows a reviewer may add to a sheet (they are ignored)
MAX_REVIEWER = 200
MAX_COLUMNS = 40
CHANGES = ("new", "changed", "unchanged")


@dataclass
class ReviewItem:
    """One reviewed row: what the workbook says and what is recorded now for this reviewer."""

    sheet: str
    target: str  # "commitment", "gap" or "assistance_need"
    key: str  # commitment id or record uuid
    row_label: str  # as the sheet shows the row: commitment id, G3, N5
    cell: str  # the view cell, e.g. "J4"
    view: str
    comment: str
    previous_view: str | None = None
    previous_comment: str | None = None
    change: str = "new"  # one of CHANGES


@dataclass
class IgnoredEdit:
    """An edit outside the review columns: reported, never applied."""

    sheet: str
    cell: str
    column: str
    exported: str
    found: str
    reason: str


@dataclass
class ReviewImport:
    """What a reviewed workbook holds and what importing it changes (or changed)."""

    workbook: str
    sha256: str
    workshop_id: str
    workbook_revision: int
    revision: int  # of the workshop file when read
    reviewer: str
    reviewed_at: str
    items: list[ReviewItem] = field(default_factory=list)
    ignored: list[IgnoredEdit] = field(default_factory=list)
    dry_run: bool = True
    applied: bool = False
    new_revision: int | None = None

    def counts(self) -> dict[str, int]:
        """Reviews by kind of change, and edits ignored."""
        counts = {name: sum(1 for i in self.items if i.change == name) for name in CHANGES}
        counts["ignored"] = len(self.ignored)
        return counts

    def as_json(self) -> dict[str, Any]:
        """The `review-import --json` document (documented in the README)."""
        return {
            "workbook": self.workbook, "sha256": self.sha256, "workshop_id": self.workshop_id,
            "workbook_revision": self.workbook_revision, "revision": self.revision,
            "reviewer": self.reviewer, "reviewed_at": self.reviewed_at,
            "dry_run": self.dry_run, "applied": self.applied, "new_revision": self.new_revision,
            "counts": self.counts(),
            "reviews": [asdict(i) for i in self.items],
            "ignored": [asdict(i) for i in self.ignored],
        }


@dataclass
class _Sheet:
    code: str
    title: str
    headers: list[str]
    rows: dict[str, tuple[str, list[str]]] = field(default_factory=dict)  # label -> key, texts


class _Reader:
    """Reads one reviewed workbook against one open workshop file."""

    def __init__(self, store: WorkshopFile, path: Path) -> None:
        self.store = store
        self.path = path
        self.meta: dict[str, str] = {}
        self.sheets: dict[str, _Sheet] = {}
        self.hidden_rows: list[list[str]] = []  # the hidden sheet's values, for its digest

    def refuse(self, problem: str) -> WorkshopError:
        return refusal(self.path, problem)

    def read(self) -> ReviewImport:
        with open_untrusted(self.path) as workbook:
            with self.path.open("rb") as handle:  # its size is checked by now
                digest = hashlib.file_digest(handle, "sha256").hexdigest()
            if META_SHEET not in workbook.sheetnames:
                raise self.refuse(tr("it is not a full results workbook of this app (it has no "
                                     "sheet {sheet})", sheet=META_SHEET))
            self.read_meta(workbook[META_SHEET])
            export = self.check_identity()
            self.check_sheets(export, workbook.sheetnames)
            revision = export.revision
            language = self.meta.get("language", "en")
            reviewer, reviewed_at = self.read_cover(workbook)
            result = ReviewImport(self.path.name, digest, self.store.details.id, revision,
                                  self.store.revision, reviewer, reviewed_at)
            views = self.view_names(language)
            for sheet in self.sheets.values():
                if sheet.title not in workbook.sheetnames:
                    raise self.refuse(tr("it has no sheet {sheet}", sheet=sheet.title))
                self.read_sheet(workbook[sheet.title], sheet, views, result)
        if result.items and not reviewer:
            raise self.refuse(tr("the reviewer's name is missing: write it in cell {cell} of "
                                 "sheet {sheet}", cell=self.meta.get("reviewer_cell", ""),
                                 sheet=self.meta.get("cover_sheet", "")))
        self.compare_with_recorded(result)
        return result

    # ----- the hidden sheet -----------------------------------------------------------------

    def read_meta(self, sheet: Any) -> None:
        for number, cells in checked_rows(sheet, META_SHEET, self.path,
                                          max_rows=MAX_META_ROWS, max_columns=MAX_COLUMNS):
            values = [cell_text(c.value) for c in cells]
            while values and values[-1] == "":
                values.pop()
            if values:
                self.hidden_rows.append(values)
            if not values or number == 1:
                continue
            kind = values[0]
            if kind == "sheet" and len(values) >= 5:
                code, title, headers = values[1], values[2], values[3:]
                if code not in REVIEW_SHEETS or code in self.sheets:
                    raise self._bad_meta()
                self.sheets[code] = _Sheet(code, title, headers)
            elif kind == "row" and len(values) >= 4:
                sheet_info = self.sheets.get(values[1])
                if sheet_info is None or values[2] in sheet_info.rows:
                    raise self._bad_meta()
                texts = values[4:] + [""] * (len(sheet_info.headers) - 2 - len(values[4:]))
                sheet_info.rows[values[2]] = (values[3], texts[:len(sheet_info.headers) - 2])
            elif len(values) == 2 and kind not in ("sheet", "row"):
                self.meta[kind] = values[1]
            else:
                raise self._bad_meta()
        if set(self.sheets) != set(REVIEW_SHEETS):
            raise self._bad_meta()

    def _bad_meta(self) -> WorkshopError:
        return self.refuse(tr("its hidden sheet {sheet} was changed since it was exported; "
                              "export a fresh workbook and review that one", sheet=META_SHEET))

    def check_identity(self) -> WorkbookExport:
        """The export the workbook came from, as this file recorded it; refuses a workbook of
        another workshop, catalog or copy, an export this file has no record of, a changed
        hidden sheet, and one written before the results last changed."""
        meta = self.meta
        found = meta.get("format", "")
        if found != str(META_FORMAT):
            if found.isdigit() and int(found) > META_FORMAT:
                raise self.refuse(tr("it was written by a newer version of the app; update the "
                                     "app to import it"))
            if found.isdigit() and int(found) > 0:
                raise self.refuse(tr("it was exported by an earlier version of the app, which "
                                     "kept no record of its exports to check it against; export "
                                     "a fresh workbook and review that one"))
            raise self._bad_meta()
        details = self.store.details
        if meta.get("workshop_id") != details.id:
            raise self.refuse(tr("it belongs to another workshop ({title}), not to {this}",
                                 title=meta.get("title", "?"), this=details.title))
        current = self.store.revision
        export = self.store.workbook_export(meta.get("export_id", ""))
        if export is None:
            written = meta.get("revision", "")
            if written.isdigit() and int(written) > current:
                raise self.refuse(tr("it was written from a newer copy of this workshop "
                                     "(revision {found}; this file is at revision {current}); "
                                     "import it into that copy", found=written, current=current))
            raise self.refuse(tr("this workshop file has no record of exporting it (was it "
                                 "exported from another copy of the file?); export a fresh "
                                 "workbook and review that one"))
        if export.hidden_sha256 != hidden_sheet_digest(self.hidden_rows):
            raise self._bad_meta()
        if meta.get("catalog_hash") != details.catalog_hash:
            raise self.refuse(tr("it was written against another catalog version than this "
                                 "workshop's"))
        revision = export.revision
        if revision < current and self.store.changed_since(revision, ignoring=("review",)):
            raise self.refuse(tr("it was written at revision {found} and the results have "
                                 "changed since (now revision {current}); send the ministry a "
                                 "new workbook", found=revision, current=current))
        return export

    def check_sheets(self, export: WorkbookExport, titles: list[str]) -> None:
        """The workbook's sheets must be those the export wrote: none removed or renamed, none
        added (moving them is harmless)."""
        for title in export.sheets:
            if title not in titles:
                raise self.refuse(tr("it has no sheet {sheet}", sheet=title))
        added = [title for title in titles if title not in export.sheets]
        if added:
            raise self.refuse(tr("it has a sheet {sheet} that was not exported; delete that "
                                 "sheet, or export a fresh workbook and review that one",
                                 sheet=added[0][:40]))

    # ----- the cover: reviewer's name and date ----------------------------------------------

    def read_cover(self, workbook: Any) -> tuple[str, str]:
        title = self.meta.get("cover_sheet", "")
        if title not in workbook.sheetnames:
            raise self.refuse(tr("it has no sheet {sheet}", sheet=title or "?"))
        try:
            name_cell = coordinate_from_string(self.meta.get("reviewer_cell", ""))
            date_cell = coordinate_from_string(self.meta.get("review_date_cell", ""))
        except ValueError:
            raise self._bad_meta() from None
        # The cells beside their labels, found even if the reviewer inserted rows above them;
        # the cells the workbook was written with otherwise.
        language = self.meta.get("language", "en")
        labels = [compared_text(tr(label, language)).casefold() for label in REVIEWER_LABELS]
        cells_by_label: dict[int, tuple[str, int]] = {}
        values: dict[tuple[str, int], Any] = {}
        for number, cells in checked_rows(workbook[title], title, self.path, max_rows=200,
                                          max_columns=MAX_COLUMNS):
            first = compared_text(cell_text(cells[0].value)).casefold() if cells else ""
            if first in labels and len(cells) > 1:
                cells_by_label.setdefault(labels.index(first), ("B", number))
            for position, cell in enumerate(cells, 1):
                values[(get_column_letter(position), number)] = cell.value
        name_cell = cells_by_label.get(0, name_cell)
        date_cell = cells_by_label.get(1, date_cell)
        wanted = {name_cell: values.get(name_cell), date_cell: values.get(date_cell)}
        reviewer = " ".join(cell_text(wanted[name_cell]).split())
        if len(reviewer) > MAX_REVIEWER:
            raise self.refuse(tr("the reviewer's name is longer than {n} characters",
                                 n=MAX_REVIEWER))
        value = wanted[date_cell]
        where = f"{date_cell[0]}{date_cell[1]}"
        if value is None or (isinstance(value, str) and not value.strip()):
            reviewed_at = datetime.date.today().isoformat()
        elif isinstance(value, datetime.datetime | datetime.date):
            reviewed_at = cell_text(value)[:10]
        elif isinstance(value, str) and is_iso_date(value.strip()):
            reviewed_at = value.strip()
        else:
            raise self.refuse(tr("the date of review in cell {cell} of sheet {sheet} is not a "
                                 "date (write it as YYYY-MM-DD)", cell=where, sheet=title))
        return reviewer, reviewed_at

    # ----- the reviewable sheets ------------------------------------------------------------

    def view_names(self, language: str) -> dict[str, str]:
        names: dict[str, str] = {}
        for code, label in REVIEW_VIEWS.items():
            for text in (code, tr(label, "en"), tr(label, language)):
                names[text.strip().casefold()] = code
        return names

    def read_sheet(self, sheet: Any, info: _Sheet, views: dict[str, str],
                   result: ReviewImport) -> None:
        width = len(info.headers)
        view_col, comment_col = width - 2, width - 1  # 0-based
        seen: set[str] = set()
        limit = len(info.rows) + MAX_EXTRA_ROWS + 1
        for number, cells in checked_rows(sheet, info.title, self.path, max_rows=limit,
                                          max_columns=MAX_COLUMNS):
            values = [cells[i].value if i < len(cells) else None for i in range(width)]
            extra = [(i, c) for i, c in enumerate(cells) if i >= width
                     and c.value not in (None, "")]
            if number == 1:
                found = [compared_text(cell_text(v)) for v in values]
                if found != [compared_text(h) for h in info.headers]:
                    raise self.refuse(tr(
                        "the columns of its sheet {sheet} were moved, added or removed; keep "
                        "them as they were written", sheet=info.title))
                for index, cell in extra:
                    self.ignore(result, info, index, number, "", cell_text(cell.value),
                                tr("a column was added"))
                continue
            for index, cell in extra:
                self.ignore(result, info, index, number, "", cell_text(cell.value),
                            tr("a cell outside the table was filled in"))
            if all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
                continue
            label = compared_text(cell_text(values[0]))
            if label not in info.rows or label in seen:
                reason = tr("the row was added, or its number changed") if label not in \
                    info.rows else tr("the row appears twice")
                self.ignore(result, info, 0, number, "", label, reason)
                continue
            seen.add(label)
            key, exported = info.rows[label]
            for index, text in enumerate(exported):
                found_text = compared_text(cell_text(values[index]))
                if found_text != compared_text(text):
                    self.ignore(result, info, index, number, text, found_text,
                                tr("only the review columns are read"))
            view_text = compared_text(cell_text(values[view_col]))
            # the reviewer's own text is kept as typed; a comment of only spaces is none
            comment = line_ends(cell_text(values[comment_col]))
            comment = comment if comment.strip() else ""
            where = f"{get_column_letter(view_col + 1)}{number}"
            if len(comment) > MAX_COMMENT:
                raise self.refuse(tr("the comment in cell {cell} of sheet {sheet} is longer "
                                     "than {n} characters", cell=f"{get_column_letter(width)}"
                                     f"{number}", sheet=info.title, n=MAX_COMMENT))
            if not view_text and not comment:
                continue
            view = views.get(view_text.casefold()) if view_text else "comment"
            if view is None:
                raise self.refuse(tr("the view in cell {cell} of sheet {sheet} is {found}; "
                                     "choose agree, disagree or comment", cell=where,
                                     sheet=info.title, found=view_text[:40]))
            result.items.append(ReviewItem(info.title, REVIEW_SHEETS[info.code], key, label,
                                           where, view, comment))
        for label in info.rows:
            if label not in seen:
                result.ignored.append(IgnoredEdit(info.title, "", "", label, "",
                                                  tr("the row {row} was deleted", row=label)))

    def ignore(self, result: ReviewImport, info: _Sheet, index: int, row: int, exported: str,
               found: str, reason: str) -> None:
        """Note an edit outside the review columns, at 0-based column `index` of `row`."""
        header = info.headers[index] if index < len(info.headers) else ""
        result.ignored.append(IgnoredEdit(info.title, f"{get_column_letter(index + 1)}{row}",
                                          header, exported, found, reason))

    # ----- against what is recorded ---------------------------------------------------------

    def compare_with_recorded(self, result: ReviewImport) -> None:
        known = {
            "commitment": set(self.store.commitments_in_scope()),
            "gap": {g.uuid for g in self.store.records(Gap)},
            "assistance_need": {n.uuid for n in self.store.records(AssistanceNeed)},
        }
        recorded = {(r.target_table, r.target_key): r for r in self.store.reviews()
                    if r.reviewer == result.reviewer}
        for item in result.items:
            if item.key not in known[item.target]:
                raise self._bad_meta()
            before = recorded.get((item.target, item.key))
            if before is None:
                continue
            item.previous_view, item.previous_comment = before.view, before.comment
            same = (before.view, before.comment) == (item.view, item.comment)
            item.change = "unchanged" if same else "changed"


def read_review(store: WorkshopFile, workbook: Path | str) -> ReviewImport:
    """Read a reviewed workbook against an open workshop file; writes nothing."""
    return _Reader(store, Path(workbook)).read()


def record_review(store: WorkshopFile, result: ReviewImport) -> ReviewImport:
    """Record what `read_review` found in the open workshop file it was read against.

    Only reviews that are new or changed are written, in one transaction with the log entry;
    a workbook with nothing new changes nothing (not even the revision). The results
    must not have changed since the workbook was read.
    """
    if store.revision != result.revision:
        raise WorkshopError(tr("The workshop changed while the review of {name} was shown; "
                               "import the workbook again.", name=result.workbook))
    result.dry_run = False
    wanted = [i for i in result.items if i.change != "unchanged"]
    if not wanted:
        return result
    reviews = [Review(i.target, i.key, i.view, i.comment, result.reviewer, result.reviewed_at)
               for i in wanted]
    result.new_revision = store.record_reviews(
        reviews, workbook=result.workbook, sha256=result.sha256,
        workbook_revision=result.workbook_revision, ignored=len(result.ignored))
    result.applied = True
    return result


def import_review(source: Path | str, workbook: Path | str, *,
                  dry_run: bool = False) -> ReviewImport:
    """Read a reviewed workbook and, unless `dry_run`, record its reviews in the workshop file
    `source` (`review-import` on the command line)."""
    with WorkshopFile.open(source, read_only=dry_run) as store:
        result = read_review(store, workbook)
        if dry_run:
            return result
        return record_review(store, result)
