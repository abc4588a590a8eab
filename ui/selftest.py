"""`workshop --self-test`: check a build (or a checkout) without a screen.

A standalone build can miss a data file, a Qt plugin or a lazily imported module and still
start; this walks the app's whole path offscreen: the demo workshop built from the bundled
catalog and exercises, every page of the main window rendered, every report written to a
temporary folder and read back. One line per step; exit 0 when all pass, 1 with one sentence
naming the step that failed. The user's own files, settings and data folder are not touched.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path


def _say(text: str) -> None:
    print(text, flush=True)


def _translate(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("SelfTest", text)


def check_pdf(path: Path) -> None:
    """Raise ValueError unless the file is a complete PDF with at least one page."""
    data = path.read_bytes()
    if not data.startswith(b"%PDF-"):
        raise ValueError(_translate("it does not start as a PDF"))
    if b"%%EOF" not in data[-1024:] or b"startxref" not in data[-1024:]:
        raise ValueError(_translate("it ends before the PDF does"))
    if b"/Type /Page" not in data and b"/Type/Page" not in data:
        raise ValueError(_translate("it has no page"))


def check_xlsx(path: Path) -> None:
    """Raise an error unless the workbook opens (as an untrusted one) and has a filled sheet."""
    from workshop.workbook import open_untrusted

    with open_untrusted(path) as workbook:
        sheets = workbook.worksheets
        if not sheets or not any(sheet.max_row and sheet.max_row > 1 for sheet in sheets):
            raise ValueError(_translate("it has no sheet with rows"))


CHECKS: dict[str, Callable[[Path], None]] = {"pdf": check_pdf, "xlsx": check_xlsx}


class SelfTestFailure(Exception):
    """A step that later steps depend on failed."""


class Steps:
    """Runs the steps, prints one line each and keeps the names of those that failed."""

    def __init__(self) -> None:
        self.failed: list[str] = []

    def run(self, name: str, work: Callable[[], str | None], needed: bool = False) -> bool:
        """Run one step; whether it passed. A needed step that fails stops the self-test."""
        start = time.perf_counter()
        try:
            detail = work()
        except Exception as error:  # any failure of a step is reported as that step's line
            message = getattr(error, "message", None) or str(error) or type(error).__name__
            _say(f"FAIL {name}: {message}")
            self.failed.append(name)
            if needed:
                raise SelfTestFailure(name) from None
            return False
        seconds = time.perf_counter() - start
        _say(f"ok   {name}{': ' + detail if detail else ''} ({seconds:.2f} s)")
        return True


def run() -> int:
    """Run every step; returns the exit status (0: all passed)."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    steps = Steps()
    with tempfile.TemporaryDirectory(prefix="workshop-self-test-") as scratch:
        root = Path(scratch)
        os.environ["WORKSHOP_DATA_DIR"] = str(root / "userdata")
        os.environ["WORKSHOP_CACHE_DIR"] = str(root / "cache")
        try:
            _run_steps(steps, root)
        except SelfTestFailure:
            pass
    if steps.failed:
        print(_translate("The self-test failed: {steps}.").format(
            steps="; ".join(steps.failed)), file=sys.stderr, flush=True)
        return 1
    _say(_translate("Self-test passed."))
    return 0


def _run_steps(steps: Steps, root: Path) -> None:
    from PySide6.QtCore import QSettings, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    # the offscreen platform warns about window hints it cannot apply; nothing to act on
    qInstallMessageHandler(lambda _kind, _context, text: None if "propagateSizeHints" in text
                           else print(text, file=sys.stderr))
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setOrganizationName("drug-policy-workshop-self-test")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(root / "settings"))
    demo = root / "demo.workshop"

    def bundled() -> str:
        from PySide6.QtCore import QTranslator

        from ui.app import add_bundled_fonts, app_icon
        from workshop.paths import exercises_dir, resources_dir

        if app_icon().isNull():
            raise ValueError(_translate("the app's icon cannot be loaded"))
        unloaded = add_bundled_fonts()
        if unloaded:
            raise ValueError(_translate("the font {name} cannot be loaded").format(
                name=unloaded[0]))
        from ui.language import qt_translation_file, ui_translation_file
        from workshop.languages.i18n import DEFAULT_LANGUAGE, UN_LANGUAGES

        wanted = [file(lang) for lang in UN_LANGUAGES if lang != DEFAULT_LANGUAGE
                  for file in (ui_translation_file, qt_translation_file)]
        for qm in wanted + sorted(str(p) for p in (resources_dir() / "i18n").glob("*.qm")):
            if not QTranslator().load(qm):
                raise ValueError(_translate("the translation {name} cannot be loaded").format(
                    name=Path(qm).name))
        found = {name: len(list((resources_dir() / name).glob(pattern)))
                 for name, pattern in (("catalogs", "*.json"), ("fonts", "*.tt[fc]"),
                                       ("i18n", "*.qm"))}
        return _translate("{catalogs} catalogs, {exercises} exercises, {fonts} fonts, "
                          "{qm} translations and Qt's own, the icon").format(
            catalogs=found["catalogs"], exercises=len(list(exercises_dir().glob("*.toml"))),
            fonts=found["fonts"], qm=found["i18n"])

    steps.run(_translate("bundled data found"), bundled)

    def build() -> str:
        from workshop.demo import build_demo

        with build_demo(demo) as store:
            return _translate("{n} commitments in scope").format(
                n=len(store.commitments_in_scope()))

    steps.run(_translate("demo workshop built from the bundled catalog and exercises"), build,
              needed=True)

    from ui.main_window import MainWindow

    window = MainWindow()
    try:
        _render_pages(steps, app, window, demo)
    finally:
        window.close()
        window.deleteLater()
        app.processEvents()
    _write_reports(steps, demo, root / "reports")


def _render_pages(steps: Steps, app, window, demo: Path) -> None:
    def opened() -> str:
        window.resize(1366, 768)
        window.show()
        window.open_file(demo)
        app.processEvents()
        if not window.pages:
            raise ValueError(_translate("the window shows no page"))
        return _translate("{n} pages").format(n=len(window.pages))

    if not steps.run(_translate("main window opened on the demo workshop"), opened):
        return
    for number, page in enumerate(window.pages, start=1):
        def render(page=page) -> str:
            window.go_to(page)
            app.processEvents()
            image = window.grab()
            if image.isNull() or image.width() < 100 or image.height() < 100:
                raise ValueError(_translate("the page could not be drawn"))
            return f"{image.width()}x{image.height()}"

        steps.run(_translate("page {n} \"{title}\" rendered").format(n=number, title=page.title),
                  render)


def _write_reports(steps: Steps, demo: Path, folder: Path) -> None:
    """Every report the app declares, missing writers included (they fail, never hide)."""
    from workshop.exchange.merge import merge_packages
    from workshop.exchange.packages import write_package
    from workshop.file.store import WorkshopFile
    from workshop.reports import CONSOLIDATED_WRITERS, WRITERS

    folder.mkdir()
    for kind, fmt in WRITERS:
        _write_one(steps, demo, kind, fmt, WRITERS[(kind, fmt)], folder / f"demo-{kind}.{fmt}",
                   "")
    consolidated = folder / "results.consolidated"

    def merge() -> str:
        with WorkshopFile.open(demo, read_only=True) as store:
            package = write_package(store, folder / "demo.zip")
        outcomes = merge_packages(consolidated, [package])
        if [o.outcome for o in outcomes] != ["added"]:
            raise ValueError(outcomes[0].reason)
        return _translate("1 package added")

    if not steps.run(_translate("demo packed and merged into a consolidated file"), merge):
        return
    for kind, fmt in CONSOLIDATED_WRITERS:
        _write_one(steps, consolidated, kind, fmt, CONSOLIDATED_WRITERS[(kind, fmt)],
                   folder / f"consolidated-{kind}.{fmt}", _translate("consolidated "))


def _write_one(steps: Steps, source: Path, kind: str, fmt: str, target: str, out: Path,
               prefix: str) -> None:
    from workshop.languages.i18n import tr
    from workshop.reports import KIND_NAMES, available, write_report

    module = target.partition(":")[0]
    consolidated = bool(prefix)

    def write() -> str:
        if (kind, fmt) not in available(consolidated=consolidated):
            raise ValueError(_translate("its writer (workshop.reports.{module}) is missing "
                                        "from this installation").format(module=module))
        write_report(source, kind, fmt, out)
        size = out.stat().st_size
        if size == 0:
            raise ValueError(_translate("the file written is empty"))
        CHECKS[fmt](out)
        return _translate("{kb} KiB, read back").format(kb=max(1, size // 1024))

    steps.run(_translate("{prefix}{report} ({format}) written").format(
        prefix=prefix, report=tr(KIND_NAMES[kind]), format=fmt.upper()), write)
