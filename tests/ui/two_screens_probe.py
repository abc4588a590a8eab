"""Open a workshop in a fresh process whose screens are a laptop's and a projector's, show the
projector from the consensus page (F5) and report, as JSON on stdout, where each window went.

    python tests/ui/two_screens_probe.py WORKSHOP_FILE SETTINGS_FOLDER

Run by `test_second_screen.py` with `QT_QPA_PLATFORM=offscreen:configfile=SCREENS.json` (Qt's
offscreen platform reads its screens from that file): the screens exist only if they are set
before Qt starts, so this cannot be tried inside the test process.
"""

from __future__ import annotations

import json
import sys
import traceback
from pathlib import Path


def main(workshop: Path, settings: Path) -> dict:
    """Open `workshop` on the first screen, show the projector and press Right; report where
    the windows are."""
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from ui.main_window import MainWindow
    from ui.pages.consensus import ConsensusPage

    errors: list[str] = []  # what a slot raised (Qt reports it through sys.excepthook)
    sys.excepthook = lambda kind, value, tb: errors.append(
        "".join(traceback.format_exception(kind, value, tb)))
    app = QApplication([sys.argv[0]])
    app.setOrganizationName("drug-policy-workshop-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(settings))
    laptop = QGuiApplication.primaryScreen()
    window = MainWindow()
    window.setScreen(laptop)
    window.move(laptop.geometry().topLeft())
    window.show()
    window.open_file(workshop)
    window.go_to(window.page(ConsensusPage))
    window.projector_action.trigger()  # View > Projector mode (F5)
    app.processEvents()
    projector = window.projector
    report = {"screens": [s.name() for s in QGuiApplication.screens()],
              "window_screen": window.screen().name(), "errors": errors, "projector": None}
    if projector is not None:
        first = projector.current()
        QTest.keyClick(projector, Qt.Key.Key_Right)
        geometry = projector.geometry()
        report["projector"] = {
            "screen": projector.screen().name(), "full_screen": projector.isFullScreen(),
            "geometry": [geometry.x(), geometry.y(), geometry.width(), geometry.height()],
            "moved_on": projector.current() != first}
        QTest.keyClick(projector, Qt.Key.Key_Escape)
    window.close()
    return report


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]), Path(sys.argv[2]))))
