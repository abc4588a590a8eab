"""Render every page of a workshop in a fresh process and report, as JSON on stdout, the
device pixel ratio, each page's grabbed size and any clipped label or button.

    python tests/ui/high_dpi_probe.py WORKSHOP_FILE SETTINGS_FOLDER

Run by `test_high_dpi.py` with `QT_SCALE_FACTOR=2` in the environment: the scale factor must be
set before Qt starts, so it cannot be tried inside the test process, whose QApplication exists.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path


def main(workshop: Path, settings: Path) -> dict:
    """Open `workshop` at 1366x768 logical pixels, visit every page, report what was drawn."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from layout_checks import clipped
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from ui.main_window import MainWindow

    app = QApplication([sys.argv[0]])
    app.setOrganizationName("drug-policy-workshop-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(settings))
    window = MainWindow()
    window.resize(1366, 768)
    window.show()
    window.open_file(workshop)
    pages = []
    for page in window.pages:
        window.go_to(page)
        for _ in range(3):
            app.processEvents()
        image = window.grab()
        pages.append({"title": page.title, "grab": [image.width(), image.height()],
                      "ratio": image.devicePixelRatio(), "clipped": clipped(page)})
    report = {"device_pixel_ratio": window.devicePixelRatioF(),
              "window": [window.width(), window.height()], "pages": pages}
    window.close()
    return report


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]), Path(sys.argv[2]))))
