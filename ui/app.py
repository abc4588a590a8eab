"""Starts the desktop app: the Qt application object and the first window.

`workshop FILE` opens that file; `workshop` alone reopens the last workshop, or shows the start
page (New, Open, Demo) when there is none.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import cast


def make_window(args: Sequence[str]):
    """The main window for these arguments, with the file opened (or the start page)."""
    from ui import settings
    from ui.main_window import MainWindow

    window = MainWindow()
    if args:
        window.open_path(Path(args[0]))
    else:
        last = settings.last_file()
        if last is not None:
            window.open_path(last)
    return window


def start_in_language() -> str:
    """Install the interface language: the one chosen before, or asked for at the first start.

    The first start offers the six languages with the system's preselected; closing the
    question keeps the system's (English when it is not one of the six). Offscreen (tests,
    self-test) nobody can answer, so the system's is used and nothing is remembered.
    """
    from PySide6.QtGui import QGuiApplication

    from ui import language, settings

    chosen = settings.language()
    if chosen is None:
        chosen = language.system_language()
        if QGuiApplication.platformName() == "offscreen":
            return language.install(chosen)  # nobody to ask: ask at the next start on a screen
        language.install(chosen)
        from ui.language_dialog import LanguageDialog  # the first start only

        dialog = LanguageDialog(chosen)
        if dialog.exec() == LanguageDialog.DialogCode.Accepted:
            chosen = dialog.language()
        settings.save_language(chosen)
    return language.install(chosen)


def app_icon():
    """The app's icon (resources/icons, drawn by scripts/make_icons.py)."""
    from PySide6.QtGui import QIcon

    from workshop.paths import resources_dir

    return QIcon(str(resources_dir() / "icons" / "workshop.png"))


def use_app_cache_folder() -> None:
    """Keep the core's cache where Qt keeps this app's (see workshop.paths.use_cache_dir)."""
    from PySide6.QtCore import QStandardPaths

    from workshop.paths import use_cache_dir

    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    if folder:
        use_cache_dir(Path(folder))


def add_bundled_fonts() -> list[str]:
    """Give Qt the fonts shipped for the reports (Arabic, Chinese, Cyrillic, Latin), so that the
    screen falls back to them where the system has none for a script (a laptop without CJK fonts
    would show boxes). Returns the files Qt could not load (none, normally); about 6 ms."""
    from PySide6.QtGui import QFontDatabase

    from workshop.paths import resources_dir

    return [path.name for path in sorted((resources_dir() / "fonts").glob("*.ttf"))
            if QFontDatabase.addApplicationFont(str(path)) < 0]


def run(args: Sequence[str]) -> int:
    """Open the desktop app on the file named in `args` (if any); returns the exit status once
    the last window is closed and the work still under way on worker threads has ended (a
    backup finishes its copy; see operations.finish_running).

    Starting allocates many objects that live as long as the app, and the garbage collector's
    passes over them cost 5-7 ms of every start: it is off until the window is shown. What the
    imports and the first set-up made is then frozen (later passes skip it); what the window
    holds (the open workshop) is not, so closing it frees it.
    """
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY")
                                                 or os.environ.get("WAYLAND_DISPLAY")
                                                 or os.environ.get("QT_QPA_PLATFORM")):
        print("No screen was found (DISPLAY is not set): run the app on a desktop, or use the "
              "command line (workshop --help).", file=sys.stderr)
        return 1
    broken = broken_qt_binding()
    if broken:
        print(broken, file=sys.stderr)
        return 1
    gc.disable()
    try:
        app, _window = show_first_window(args)  # the window is held while the app runs
    except BaseException:
        gc.enable()
        raise
    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, gc.enable)  # at the event loop's first turn: the window is on screen
    status = app.exec()
    from ui import operations

    operations.finish_running()  # a backup still copying ends before Python does
    return status


def broken_qt_binding() -> str:
    """One sentence when the installed PySide6 is known to abort on this Python, else "".

    PySide6 6.12 drops a reference to None on every Qt call that returns nothing; Python 3.11
    aborts once None's count reaches zero (a few thousand calls: a workshop's first hour).
    Python 3.12 made None immortal. pyproject.toml keeps the pair out; this catches a hand-made
    installation before it loses a session.
    """
    import PySide6

    if sys.version_info < (3, 12) and tuple(PySide6.__version_info__[:2]) >= (6, 12):
        return (f"PySide6 {PySide6.__version__} is known to crash on Python "
                f"{sys.version_info.major}.{sys.version_info.minor} after a few thousand "
                "actions: install 'PySide6-Essentials<6.12' or use Python 3.12 or newer.")
    return ""


def show_first_window(args: Sequence[str]):
    """The application object (its names, fonts and language) and the first window, shown."""
    from PySide6.QtWidgets import QApplication

    app = cast(QApplication, QApplication.instance() or QApplication([sys.argv[0]]))
    app.setApplicationName("Drug policy workshop")
    app.setOrganizationName("drug-policy-workshop")
    use_app_cache_folder()
    add_bundled_fonts()
    start_in_language()
    app.setWindowIcon(app_icon())
    gc.freeze()  # what the imports made lives as long as the app
    window = make_window(args)
    window.show()
    return app, window
