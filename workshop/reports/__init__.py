"""Reports: the documents a workshop leaves behind (gap report, technical-assistance report,
full results workbook), written from the same figures as `workshop info --json`.

`write_report` is the one entry point for the command line, the GUI and the self-test. Each
(kind, format) pair is a module of this package with a `write(store, stream, language,
progress)` function; it is imported only when asked for, so reportlab and openpyxl never slow
down the start of the app. The file is written atomically (workshop.file.atomic). A workshop's full
results workbook goes to the ministries and comes back reviewed: what each export wrote is
recorded in the workshop file before the workbook is put in place, so that no workbook exists
that the file could not check.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from workshop.errors import WorkshopError
from workshop.file.atomic import atomic_output
from workshop.languages.i18n import N_, tr

if TYPE_CHECKING:
    from workshop.file.model import WorkbookExport

KINDS = ("gap", "ta", "full")
FORMATS = ("pdf", "xlsx")

# (kind, format) -> module of this package holding `write`.
WRITERS = {
    ("gap", "pdf"): "gap_pdf",
    ("ta", "pdf"): "ta_pdf",
    ("ta", "xlsx"): "ta_xlsx",
    ("full", "xlsx"): "full_xlsx",
}

# The same for a secretariat's consolidated file: module:function of this package.
CONSOLIDATED_WRITERS = {
    ("gap", "pdf"): "consolidated_pdf:write_gap",
    ("ta", "pdf"): "consolidated_pdf:write_ta",
    ("gap", "xlsx"): "consolidated_xlsx:write_gap",
    ("ta", "xlsx"): "consolidated_xlsx:write_ta",
    ("full", "xlsx"): "consolidated_xlsx:write_full",
}

# The one report that lists participants by name, when the user asks for it.
PERSONAL_DATA_REPORT = ("gap", "pdf")
# The one report of a workshop that comes back reviewed: each export is recorded in the file.
REVIEWED_REPORT = ("full", "xlsx")

KIND_NAMES = {"gap": N_("gap report"), "ta": N_("technical-assistance report"),
              "full": N_("full results workbook")}

Progress = Callable[[int, int], None]
KeepExport = Callable[["WorkbookExport"], None]


def available(consolidated: bool = False) -> list[tuple[str, str]]:
    """The (kind, format) pairs this installation can write, in menu order."""
    writers = CONSOLIDATED_WRITERS if consolidated else WRITERS
    return [pair for pair, target in writers.items()
            if importlib.util.find_spec(f"{__name__}.{target.partition(':')[0]}") is not None]


def default_name(store_path: Path, kind: str, fmt: str) -> str:
    """A file name for a report of a workshop file, e.g. "my-workshop-gap.pdf"."""
    return f"{store_path.stem}-{kind}.{fmt}"


def write_report(source: Path | str, kind: str, fmt: str, out: Path | str,
                 language: str | None = None, progress: Progress | None = None,
                 personal_data: bool = False, keep_export: KeepExport | None = None) -> Path:
    """Write one report of a workshop or consolidated file `source` to `out`; returns `out`.

    `language` defaults to the workshop's own language (English for a consolidated file).
    `progress(done, total)` is called between sections; an exception it raises (a cancel)
    stops the work and leaves no file. `personal_data` adds the list of participants by name
    to a workshop's gap report (PDF), the one report that can hold names.

    A workshop's full results workbook is recorded in the workshop file before it is put in
    place (a failure leaves no workbook): by default `source` is opened for writing to do so;
    a caller that holds the file open itself (the desktop app) passes `keep_export`, which
    records it there, and `source` is only read.
    """
    from workshop.file.store import CONSOLIDATED_APPLICATION_ID, application_id, read_header

    source, out = Path(source), Path(out)
    consolidated = application_id(read_header(source)) == CONSOLIDATED_APPLICATION_ID
    writers = CONSOLIDATED_WRITERS if consolidated else WRITERS
    target = writers.get((kind, fmt))
    if target is None:
        formats = ", ".join(f for k, f in writers if k == kind)
        raise WorkshopError(tr("There is no {kind} as {format}; choose --format {formats}.",
                               kind=tr(KIND_NAMES.get(kind, kind)), format=fmt.upper(),
                               formats=formats or "pdf"))
    if personal_data and (consolidated or (kind, fmt) != PERSONAL_DATA_REPORT):
        raise WorkshopError(tr("Only a workshop's gap report (PDF) can list the participants "
                               "by name; write this one without their personal data."))
    options = {"personal_data": True} if personal_data else {}
    module_name, _colon, function = target.partition(":")
    writer = getattr(importlib.import_module(f"{__name__}.{module_name}"), function or "write")
    if consolidated:
        from workshop.exchange.consolidated import ConsolidatedFile

        with ConsolidatedFile.open(source, read_only=True) as cfile, \
                atomic_output(out) as stream:
            writer(cfile, stream, language or "en", progress)
        return out
    from workshop.file.store import WorkshopFile, is_writable

    reviewed = (kind, fmt) == REVIEWED_REPORT
    records_here = reviewed and keep_export is None and is_writable(source)
    with WorkshopFile.open(source, read_only=not records_here) as store:
        lang = language or store.details.language or "en"
        with atomic_output(out) as stream:
            written = writer(store, stream, lang, progress, **options)
            if reviewed:  # a read-only file refuses it in one sentence: no workbook is left
                (keep_export or store.record_export)(written)
    return out
