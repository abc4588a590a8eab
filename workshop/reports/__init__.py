"""Reports: the documents a workshop leaves behind (gap report, technical-assistance report,
full results workbook), written from the same figures as `workshop info --json`.

`write_report` is the one entry point for the command line, the GUI and the self-test. Each
(kind, format) pair is a module of this package with a `write(store, stream, language,
progress)` function; it is imported only when asked for, so reportlab and openpyxl never slow
down the start of the app. The file is written atomically (workshop.atomic).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path

from ..atomic import atomic_output
from ..errors import WorkshopError
from ..i18n import N_, tr

KINDS = ("gap", "ta", "full")
FORMATS = ("pdf", "xlsx")

# (kind, format) -> module of this package holding `write`.
WRITERS = {
    ("gap", "pdf"): "gap_pdf",
    ("ta", "pdf"): "ta_pdf",
    ("ta", "xlsx"): "ta_xlsx",
    ("full", "xlsx"): "full_xlsx",
}

KIND_NAMES = {"gap": N_("gap report"), "ta": N_("technical-assistance report"),
              "full": N_("full results workbook")}

Progress = Callable[[int, int], None]


def available() -> list[tuple[str, str]]:
    """The (kind, format) pairs that can be written, in menu order."""
    return list(WRITERS)


def default_name(store_path: Path, kind: str, fmt: str) -> str:
    """A file name for a report of a workshop file, e.g. "my-workshop-gap.pdf"."""
    return f"{store_path.stem}-{kind}.{fmt}"


def write_report(source: Path | str, kind: str, fmt: str, out: Path | str,
                 language: str | None = None, progress: Progress | None = None) -> Path:
    """Write one report of the workshop file `source` to `out`; returns the path written.

    `language` defaults to the workshop's own language. `progress(done, total)` is called
    between sections; an exception it raises (a cancel) stops the work and leaves no file.
    """
    from ..store import WorkshopFile

    module_name = WRITERS.get((kind, fmt))
    if module_name is None:
        formats = ", ".join(f for k, f in WRITERS if k == kind)
        raise WorkshopError(tr("There is no {kind} as {format}; choose --format {formats}.",
                               kind=tr(KIND_NAMES.get(kind, kind)), format=fmt.upper(),
                               formats=formats or "pdf"))
    writer = importlib.import_module(f"{__name__}.{module_name}")
    out = Path(out)
    with WorkshopFile.open(source, read_only=True) as store:
        lang = language or store.details.language or "en"
        with atomic_output(out) as stream:
            writer.write(store, stream, lang, progress)
    return out
