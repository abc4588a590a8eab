"""The standalone build: its size, the time to build it and the time of its own self-test.

Builds with build_spec.py into a temporary folder (PyInstaller, from the `build` extra; `make
bench` installs it). Aim: the folder under 150 MB.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.table import Row, print_table

ROOT = Path(__file__).resolve().parent.parent


def folder_size(folder: Path) -> int:
    """Bytes of the regular files in a folder (links counted once, as the file they name)."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def rows(notes: list[str]) -> list[Row]:
    """Build, measure; the rows of the table."""
    if importlib.util.find_spec("PyInstaller") is None:
        return [Row("Standalone folder (build_spec.py)",
                    "not measured: PyInstaller is not installed (pip install -e '.[build]')",
                    "under 150 MB", None)]
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        subprocess.run([sys.executable, "build_spec.py", "--clean", "--dist", f"{tmp}/dist",
                        "--work", f"{tmp}/work"], cwd=ROOT, check=True, capture_output=True)
        built = time.perf_counter() - start
        folder = Path(tmp) / "dist" / "workshop"
        size = folder_size(folder)
        app = folder / ("workshop.exe" if sys.platform == "win32" else "workshop")
        env = dict(os.environ, HOME=tmp, XDG_CONFIG_HOME=f"{tmp}/config")
        start = time.perf_counter()
        result = subprocess.run([str(app), "--self-test"], env=env, capture_output=True,
                                text=True)
        checked = time.perf_counter() - start
    notes.append("Standalone folder: built by build_spec.py (PyInstaller one-dir, clean) into a "
                 "temporary folder; size of its regular files.")
    verdict = "passed" if result.returncode == 0 else \
        f"failed: {result.stderr.strip().splitlines()[-1] if result.stderr.strip() else '?'}"
    return [
        Row("Standalone folder size", f"{size / 1e6:.0f} MB ({size / 2**20:.0f} MiB)",
            "under 150 MB", size / 1e6 < 150),
        Row("Build time (clean)", f"{built:.0f} s"),
        Row("Built app's --self-test", f"{checked:.1f} s, {verdict}", "passes",
            result.returncode == 0),
    ]


def main() -> None:
    """Print the figures of one run."""
    notes: list[str] = []
    print_table(rows(notes), notes)


if __name__ == "__main__":
    main()
