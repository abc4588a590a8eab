"""Projector mode with a projector plugged in as a second screen: the projector window goes
full screen there, the main window stays on the laptop.

Qt's offscreen platform takes its screens from a JSON file named in `QT_QPA_PLATFORM`
(`offscreen:configfile=...`); they must exist before Qt starts, so the probe runs in a fresh
process (`two_screens_probe.py`).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

PROBE = Path(__file__).with_name("two_screens_probe.py")
LAPTOP = {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768}
PROJECTOR = {"name": "projector", "x": 1366, "y": 0, "width": 1920, "height": 1080}


def test_the_projector_goes_full_screen_on_the_second_screen(demo_path: Path,
                                                            tmp_path: Path) -> None:
    screens = tmp_path / "screens.json"
    screens.write_text(json.dumps({"windowFrameMargins": False, "screens": [
        {**screen, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
        for screen in (LAPTOP, PROJECTOR)]}), encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screens}"}
    done = subprocess.run([sys.executable, str(PROBE), str(demo_path), str(tmp_path)],
                          capture_output=True, text=True, env=env, timeout=300, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["screens"] == ["laptop", "projector"]
    assert report["errors"] == []
    assert report["window_screen"] == "laptop"
    projector = report["projector"]
    assert projector is not None
    assert projector["screen"] == "projector" and projector["full_screen"]
    assert projector["geometry"] == [PROJECTOR[k] for k in ("x", "y", "width", "height")]
    assert projector["moved_on"]  # the arrows still step through the commitments
