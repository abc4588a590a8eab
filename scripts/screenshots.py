"""Write a PNG of every page of the demo workshop, rendered offscreen, for the README and docs.

    python scripts/screenshots.py [FOLDER]        (default: docs/screenshots/)

The demo is built into a temporary folder (the user's files are not touched); the window is
shown at 1366x768, the smallest screen the app must work on; projector mode is captured too,
and the assessment page in Arabic and in Chinese.
"""

from __future__ import annotations

import os
import re
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
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
