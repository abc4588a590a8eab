"""Start-up and memory of the desktop app, each measured in a fresh process, offscreen.

Start-up is the wall time from starting the process to the first idle moment of the event loop
with the main window shown: the app through its real entry point (`ui.launcher.main`, the
`workshop` command) against a bare PySide6 window (QApplication and an empty QMainWindow).
Median of several runs, the kinds one after the other; each ratio is the median of a run's
time over the bare window's run just before it. Peak memory is the child's own ru_maxrss
after the demo workshop was opened and every page shown. Aims: start-up under 2x the bare
window; peak memory under 200 MB.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.table import Row, print_table

RUNS = 15
ROOT = Path(__file__).resolve().parent.parent

# The children print one line "idle <ru_maxrss in KiB>" when the event loop first runs idle.
_IDLE = """
def _idle(app, visit_pages):
    import resource
    if visit_pages:
        from ui.main_window import MainWindow
        for window in app.topLevelWidgets():
            if isinstance(window, MainWindow):
                for page in window.pages:
                    window.go_to(page)
                    app.processEvents()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    if sys.platform == "darwin":
        rss //= 1024
    print("idle", rss, flush=True)
    app.quit()
"""

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
""" + _IDLE + """
app = QApplication([sys.argv[0]])
window = QMainWindow()
window.resize(1280, 720)
window.show()
QTimer.singleShot(0, lambda: _idle(app, False))
app.exec()
"""

APP = """
import sys
from ui import launcher
import PySide6.QtWidgets as widgets
from PySide6.QtCore import QSettings, QTimer
""" + _IDLE + """
# settings of this run only (argv[2]): no recent file unless this run opened one
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[2])

class _BenchApplication(widgets.QApplication):
    def exec(self):
        QTimer.singleShot(0, lambda: _idle(self, VISIT))
        return super().exec()

widgets.QApplication = _BenchApplication
VISIT = sys.argv[1] == "visit"
sys.exit(launcher.main(sys.argv[3:]))
"""


def _child(code: str, args: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Seconds to the idle line, and the child's peak memory in KiB."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code, *args], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = proc.stdout.readline() if proc.stdout else ""
    seconds = time.perf_counter() - start
    _out, err = proc.communicate(timeout=120)
    if not line.startswith("idle ") or proc.returncode != 0:
        raise SystemExit(f"bench: the child did not reach idle: {line!r} {err[-2000:]}")
    return seconds, int(line.split()[1])


def measure(runs: int = RUNS) -> dict[str, float]:
    """Median start-up times (s), their ratio, and the peak memory (MB) with the demo open."""
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", WORKSHOP_DATA_DIR=str(tmp),
                   XDG_CONFIG_HOME=str(Path(tmp) / "config"), HOME=tmp)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        demo = Path(tmp) / "demo.workshop"
        subprocess.run([sys.executable, "-m", "ui", "demo", str(demo)], cwd=ROOT, env=env,
                       check=True, capture_output=True)
        fresh, used = str(Path(tmp) / "fresh-settings"), str(Path(tmp) / "settings")
        _child(APP, ["stay", fresh], env)  # warm the byte-code caches once
        _child(APP, ["stay", used, str(demo)], env)
        _child(BARE, [], env)
        bare, app, opened, memory = [], [], [], []
        for _ in range(runs):  # each kind one after the other, so that each trio is comparable
            bare.append(_child(BARE, [], env)[0])
            app.append(_child(APP, ["stay", fresh], env)[0])
            opened.append(_child(APP, ["stay", used, str(demo)], env)[0])
        if any("recent" in ini.read_text() for ini in Path(fresh).rglob("*.ini")):
            raise SystemExit("bench: the start page run found a recent file")
        for _ in range(3):
            memory.append(_child(APP, ["visit", used, str(demo)], env)[1])
        bare_memory = _child(BARE, [], env)[1]
    # The ratios are the medians of each run's time over the bare window's run just before it:
    # the virtual machine's slow spells, which last seconds, then weigh on both sides alike.
    return {
        "bare_s": statistics.median(bare),
        "app_s": statistics.median(app),
        "ratio": statistics.median(a / b for a, b in zip(app, bare, strict=True)),
        "demo_s": statistics.median(opened),
        "demo_ratio": statistics.median(o / b for o, b in zip(opened, bare, strict=True)),
        "peak_mb": max(memory) / 1024,
        "bare_peak_mb": bare_memory / 1024,
    }


def rows(notes: list[str]) -> list[Row]:
    """Measure; the rows of the table."""
    f = measure()
    notes.append(f"Start-up: wall time from starting a fresh process to the first idle moment of "
                 f"the event loop with the main window shown, offscreen, median of {RUNS} "
                 f"(a bare window, the app's start page and the app with the demo workshop, one "
                 f"after the other); the ratio is the median of each run over the bare window's "
                 f"run just before it; the app through `ui.launcher.main`. Peak memory: "
                 f"ru_maxrss of the app's process with the demo open and every page shown.")
    return [
        Row("Start-up to idle main window: app / bare PySide6 window",
            f"{f['app_s']:.3f} s / {f['bare_s']:.3f} s = {f['ratio']:.2f}x", "under 2x",
            f["ratio"] < 2),
        Row("Start-up with the demo workshop open / bare window",
            f"{f['demo_s']:.3f} s = {f['demo_ratio']:.2f}x", "under 2x", f["demo_ratio"] < 2),
        Row("Peak memory of the GUI, demo open, every page shown",
            f"{f['peak_mb']:.0f} MB (bare window {f['bare_peak_mb']:.0f} MB)", "under 200 MB",
            f["peak_mb"] < 200),
    ]


def main() -> None:
    """Print the figures of one run."""
    notes: list[str] = []
    print_table(rows(notes), notes)


if __name__ == "__main__":
    main()
