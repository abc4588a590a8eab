"""The standalone build (build_spec.py): built for real, then its own `--self-test` run.

Slow (PyInstaller takes a minute or more), so `make test` leaves it out; `make test-slow` and
CI (.ci/run) run it. Needs the `build` extra (PyInstaller).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_build_runs_its_self_test(tmp_path: Path, check_self_test) -> None:
    dist, work = tmp_path / "dist", tmp_path / "work"
    built = subprocess.run([sys.executable, "build_spec.py", "--dist", str(dist), "--work",
                            str(work)], cwd=ROOT, capture_output=True, text=True, timeout=1800)
    assert built.returncode == 0, built.stderr[-3000:]
    folder = dist / "workshop"
    app = folder / ("workshop.exe" if sys.platform == "win32" else "workshop")
    data = folder / "_internal"
    # every bundled data file of the checkout is inside (translation sources excepted)
    for folder_name in ("resources", "exercises"):
        for source in (ROOT / folder_name).rglob("*"):
            if source.is_file() and source.suffix not in (".ts", ".pro") \
                    and "__pycache__" not in source.parts:
                relative = source.relative_to(ROOT)
                assert (data / relative).is_file(), relative
    # no test or build tooling inside
    names = {p.name for p in data.rglob("*")}
    for tool in ("pytest", "_pytest", "pytestqt", "hypothesis", "pypdf", "PyInstaller"):
        assert tool not in names, tool
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    print(f"standalone folder: {size / 1e6:.0f} MB")

    env = dict(os.environ, HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"))
    env.pop("QT_QPA_PLATFORM", None)  # the self-test must choose offscreen itself
    result = subprocess.run([str(app), "--self-test"], cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=600)
    check_self_test(result.returncode, result.stdout, result.stderr)
