"""Write a PNG of every page of the demo workshop, rendered offscreen, for the README and docs.

    python scripts/screenshots.py [FOLDER]        (default: docs/screenshots/)

The demo is built into a temporary folder (the user's files are not touched); the window is
shown at 1366x768, the smallest screen the app must work on; projector mode is captured too,
and the assessment page in Arabic and in Chinese. The report pages the README shows (key
findings in English and Arabic, status by chapter, progress since the baseline of the follow-up
demo, a group's worksheet, the consolidated status page) are rendered with pdftoppm (Debian:
poppler-utils) at 80 dpi; without it they are left as they are, saying so.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def slug(text: str) -> str:
    """A file name from a page title."""
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")


def main(argv: list[str]) -> int:
    """Render the pages into the folder named in argv (or docs/screenshots/)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    out = Path(argv[0]) if argv else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    sys.path.insert(0, str(ROOT))
    with tempfile.TemporaryDirectory() as scratch:
        os.environ.setdefault("WORKSHOP_DATA_DIR", str(Path(scratch) / "userdata"))
        os.environ.setdefault("WORKSHOP_CACHE_DIR", str(Path(scratch) / "cache"))
        from PySide6.QtCore import QSettings, Qt
        from PySide6.QtWidgets import QApplication

        from ui.app import add_bundled_fonts
        from ui.main_window import MainWindow
        from workshop.demo import build_demo

        app = QApplication.instance() or QApplication([sys.argv[0]])
        add_bundled_fonts()  # as the app does: Chinese and Arabic on any machine
        app.setOrganizationName("drug-policy-workshop-screenshots")
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                          str(Path(scratch) / "settings"))
        demo = Path(scratch) / "demo.workshop"
        build_demo(demo).close()
        window = MainWindow()
        window.resize(1366, 768)
        window.show()
        for _ in range(3):
            app.processEvents()
        written = [out / "00-start-page.png"]
        window.grab().save(str(written[0]))
        window.open_file(demo)
        for number, page in enumerate(window.pages, start=1):
            window.go_to(page)
            panel = getattr(page, "panel", None)
            if panel is not None and number == 4:
                panel.toggle.setChecked(True)  # show one exercise's instructions open
            for _ in range(3):
                app.processEvents()
            path = out / f"{number:02d}-{slug(page.title)}.png"
            window.grab().save(str(path))
            written.append(path)
        window.go_to(window.pages[4])
        window.show_projector()
        projector = window.projector
        projector.setWindowState(Qt.WindowState.WindowNoState)  # a projector's usual size
        projector.resize(1366, 768)
        for _ in range(3):
            app.processEvents()
        path = out / f"{len(window.pages) + 1:02d}-projector-mode.png"
        projector.grab().save(str(path))
        written.append(path)
        projector.close()
        # the same workshop in two languages that read differently: right to left, and Chinese
        for code in ("ar", "zh"):
            window.set_language(code)
            window.sidebar.setCurrentRow(4)  # that page alone is built in this language
            for _ in range(3):
                app.processEvents()
            path = out / f"{code}-05-national-action-assessment.png"
            window.grab().save(str(path))
            written.append(path)
        window.set_language("en")
        window.close()
        written += report_pictures(out, demo, Path(scratch))
    for path in written:
        print(path)
    return 0


def report_pictures(out: Path, demo: Path, scratch: Path) -> list[Path]:
    """The README's report pages as PNGs, each found by a heading it holds."""
    if shutil.which("pdftoppm") is None:
        print("pdftoppm not found (Debian: apt-get install poppler-utils): the report pages "
              "were not renewed.")
        return []
    from workshop.demo import build_demo, build_follow_up
    from workshop.exchange.merge import merge_packages
    from workshop.exchange.packages import write_package
    from workshop.file.store import WorkshopFile
    from workshop.reports import write_report
    from workshop.reports.worksheets_pdf import write_worksheets

    follow_up = scratch / "follow-up.workshop"
    build_follow_up(follow_up).close()
    packages = []
    for seed, country in enumerate(("XN", "BR", "FR", "IN", "KE"), start=1):
        path = demo if country == "XN" else scratch / f"{country}.workshop"
        if country != "XN":
            build_demo(path, seed=seed, country=country).close()
        with WorkshopFile.open(path, read_only=True) as store:
            packages.append(write_package(store, scratch / f"{country}.zip"))
    merge_packages(scratch / "all.consolidated", packages)
    gap = write_report(demo, "gap", "pdf", scratch / "gap.pdf")
    pages = [
        (gap, "1. Key findings", "screenshots/report-key-findings.png"),
        (write_report(demo, "gap", "pdf", scratch / "gap-ar.pdf", language="ar"), None,
         "screenshots/report-key-findings-ar.png"),
        (gap, "4. Consensus status by chapter", "report-page.png"),
        (write_report(follow_up, "gap", "pdf", scratch / "follow-up.pdf"), "Progress since",
         "screenshots/report-progress-since.png"),
        (write_worksheets(demo, scratch / "worksheets")[0], None,
         "screenshots/report-worksheet.png"),
        (write_report(scratch / "all.consolidated", "gap", "pdf", scratch / "all.pdf"),
         "2. Consensus status by chapter", "screenshots/report-consolidated-status.png"),
    ]
    written, key_findings = [], 1
    for pdf, heading, name in pages:
        number = key_findings if heading is None and "key-findings" in name else (
            _page_with(pdf, heading) if heading else 1)
        if heading == "1. Key findings":
            key_findings = number
        target = out.parent / name
        subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", str(number), "-l", str(number),
                        "-singlefile", str(pdf), str(target.with_suffix(""))], check=True)
        written.append(target)
    return written


def _page_with(pdf: Path, heading: str) -> int:
    """The number of the first page (after the contents) with a line holding `heading`."""
    import pypdf

    for number, page in enumerate(pypdf.PdfReader(pdf).pages, start=1):
        lines = (page.extract_text() or "").splitlines()
        if "Contents" not in lines[:3] and any(heading in line for line in lines):
            return number
    raise SystemExit(f"No page of {pdf.name} has the heading {heading!r}.")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
