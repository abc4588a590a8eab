"""The GUI's start path stays light: heavy libraries are imported only when needed.

Each case runs in a fresh interpreter (a test process has imported everything already) and
reads its `sys.modules`.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from workshop.kept_answers import FILE_NAME

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import gc, json, os, sys
import PySide6.QtWidgets as widgets
from PySide6.QtCore import QTimer
from ui import launcher

class Probe(widgets.QApplication):
    def exec(self):
        def done():
            from ui.main_window import MainWindow
            for window in self.topLevelWidgets():
                if isinstance(window, MainWindow) and os.environ["PROBE_VISIT"] == "1":
                    for page in window.pages:
                        window.go_to(page)
                        self.processEvents()
            print(json.dumps({"modules": sorted(sys.modules), "gc": gc.isenabled()}))
            self.quit()
        QTimer.singleShot(0, done)
        return super().exec()

widgets.QApplication = Probe
sys.exit(launcher.main(sys.argv[1:]))
"""


def _modules_after_start(tmp_path: Path, *args: str, visit: bool = True,
                         cache: str | None = None) -> set[str]:
    """The modules imported once the window is idle (after showing every page, if `visit`),
    with the cache folder the environment names (`cache`), or else the app's own."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_CACHE_HOME=str(tmp_path / "cache"), HOME=str(tmp_path),
               PROBE_VISIT="1" if visit else "0")
    env.pop("WORKSHOP_CACHE_DIR")
    if cache is not None:
        env["WORKSHOP_CACHE_DIR"] = cache
    result = subprocess.run([sys.executable, "-c", PROBE, *args], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout.splitlines()[-1])
    # the collector, off while starting, runs again once the window is shown
    assert found["gc"] is True
    return set(found["modules"]) | {name.split(".")[0] for name in found["modules"]}


def test_start_page_imports_no_report_engine_database_or_locale_data(tmp_path: Path) -> None:
    modules = _modules_after_start(tmp_path)
    assert "ui.main_window" in modules  # the probe did reach the window
    for heavy in ("reportlab", "openpyxl", "sqlite_utils", "babel", "workshop.catalogs.catalog",
                  "workshop.file.store", "ui.pages"):
        assert heavy not in modules, heavy


def test_open_workshop_imports_no_report_engine(tmp_path: Path, demo_path: Path) -> None:
    modules = _modules_after_start(tmp_path, str(demo_path))
    assert "ui.pages" in modules and "workshop.file.store" in modules  # the demo was really open
    assert "reportlab" not in modules
    assert "openpyxl" not in modules
    # reading needs no sqlite-utils: it is loaded after the window is shown, for the first edit
    assert "sqlite_utils" not in modules


def test_reopening_a_workshop_needs_neither_babel_nor_the_toml_parser(tmp_path: Path,
                                                                      demo_path: Path) -> None:
    # the first start asks them and keeps the answers in the cache folder (kept_answers),
    # the one Qt gives the app (XDG_CACHE_HOME/organization/application here)...
    first = _modules_after_start(tmp_path, str(demo_path), visit=False)
    assert "babel" in first and "tomllib" in first
    kept = tmp_path / "cache" / "drug-policy-workshop" / "Drug policy workshop" / FILE_NAME
    assert kept.is_file()
    # ...so that the next start opens the workshop on its first page without either
    again = _modules_after_start(tmp_path, str(demo_path), visit=False)
    assert "ui.pages.setup" in again and "workshop.file.store" in again  # the demo was really open
    assert "babel" not in again and "tomllib" not in again


def test_the_cache_folder_named_in_the_environment_wins(tmp_path: Path, demo_path: Path) -> None:
    named = tmp_path / "named-cache"
    _modules_after_start(tmp_path, str(demo_path), visit=False, cache=str(named))
    assert (named / FILE_NAME).is_file()
    assert not (tmp_path / "cache" / "drug-policy-workshop").exists()
