"""Starts the desktop app: the Qt application object and the first window."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path


def run(args: Sequence[str]) -> int:
    """Open the desktop app on the file named in `args` (if any); returns the exit status."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from ui.main_window import MainWindow
    from workshop.errors import WorkshopError

    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY")
                                                 or os.environ.get("WAYLAND_DISPLAY")
                                                 or os.environ.get("QT_QPA_PLATFORM")):
        print("No screen was found (DISPLAY is not set): run the app on a desktop, or use the "
              "command line (workshop --help).", file=sys.stderr)
        return 1
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName("Drug policy workshop")
    app.setOrganizationName("drug-policy-workshop")
    window = MainWindow()
    if args:
        try:
            window.open_file(Path(args[0]))
        except WorkshopError as error:
            QMessageBox.critical(window, window.tr("Cannot open the file"), error.message)
    window.show()
    return app.exec()
