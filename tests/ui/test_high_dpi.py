"""A high-DPI screen, simulated with `QT_SCALE_FACTOR=2` in a fresh process: every page of the
demo is drawn at twice the pixels, at 1366x768 logical pixels, with no clipped label."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

PROBE = Path(__file__).with_name("high_dpi_probe.py")


def test_every_page_draws_sharp_and_unclipped_at_twice_the_pixels(demo_path: Path,
                                                                   tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": "2"}
    done = subprocess.run([sys.executable, str(PROBE), str(demo_path), str(tmp_path)],
                          capture_output=True, text=True, env=env, timeout=300, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["device_pixel_ratio"] == 2
    assert report["window"] == [1366, 768]
    assert len(report["pages"]) >= 10
    for page in report["pages"]:
        assert page["ratio"] == 2, page["title"]
        assert page["grab"] == [2732, 1536], page["title"]
        assert page["clipped"] == [], page["title"]
