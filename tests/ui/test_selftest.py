"""`workshop --self-test` from the checkout: every page rendered, every report written."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_self_test_from_source(tmp_path: Path, data_dir: Path, check_self_test) -> None:
    env = dict(os.environ, HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"))
    result = subprocess.run([sys.executable, "-m", "ui", "--self-test"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=300)
    check_self_test(result.returncode, result.stdout, result.stderr)
    # neither the user's data folder nor their settings are written
    assert list(data_dir.iterdir()) == []
    assert not (tmp_path / "config").exists()
