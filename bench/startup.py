"""Start-up and memory of the desktop app, each measured in a fresh process, offscreen.

Start-up is the wall time from starting the process to the first idle moment of the event loop
with the main window shown: the app through its real entry point (`ui.launcher.main`, the
`workshop` command) against a bare PySide6 window (QApplication and an empty QMainWindow).
Median of several runs, the two kinds alternating. Peak memory is the child's own ru_maxrss
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

RUNS = 7
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
from PySide6.QtCore import QTimer
""" + _IDLE + """
class _BenchApplication(widgets.QApplication):
    def exec(self):
        QTimer.singleShot(0, lambda: _idle(self, VISIT))
        return super().exec()

widgets.QApplication = _BenchApplication
VISIT = sys.argv[1] == "visit"
sys.exit(launcher.main(sys.argv[2:]))
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
        _child(APP, ["stay"], env)  # warm the byte-code caches once
        _child(BARE, [], env)
        bare, app, opened, memory = [], [], [], []
        for _ in range(runs):
            bare.append(_child(BARE, [], env)[0])
            app.append(_child(APP, ["stay"], env)[0])
            opened.append(_child(APP, ["stay", str(demo)], env)[0])
        for _ in range(3):
            memory.append(_child(APP, ["visit", str(demo)], env)[1])
        bare_memory = _child(BARE, [], env)[1]
    return {
        "bare_s": statistics.median(bare),
        "app_s": statistics.median(app),
        "ratio": statistics.median(app) / statistics.median(bare),
        "demo_s": statistics.median(opened),
        "demo_ratio": statistics.median(opened) / statistics.median(bare),
        "peak_mb": max(memory) / 1024,
        "bare_peak_mb": bare_memory / 1024,
    }


def main() -> None:
    """Print the figures of one run."""
    figures = measure()
    print(f"start-up to idle main window, median of {RUNS}: app {figures['app_s']:.3f} s, "
          f"bare PySide6 window {figures['bare_s']:.3f} s, ratio {figures['ratio']:.2f}x "
          f"(aim: under 2x); with the demo open {figures['demo_s']:.3f} s "
          f"({figures['demo_ratio']:.2f}x)")
    print(f"peak memory, demo open and every page shown: {figures['peak_mb']:.0f} MB "
          f"(bare window {figures['bare_peak_mb']:.0f} MB; aim: under 200 MB)")


if __name__ == "__main__":
    main()
