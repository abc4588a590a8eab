"""The core never imports Qt, so the command line works where Qt cannot start."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_no_module_under_workshop_imports_qt_or_ui() -> None:
    offenders = []
    for path in sorted((ROOT / "workshop").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            offenders += [f"{path.name}: {name}" for name in names
                          if name.split(".")[0] in {"PySide6", "shiboken6", "PyQt5", "PyQt6",
                                                    "ui"}]
    assert offenders == []


def test_running_the_command_line_loads_no_qt(tmp_path: Path) -> None:
    code = (
        "import sys, workshop.cli, workshop.store, workshop.analysis, workshop.demo, "
        "workshop.catalog, workshop.integrity;"
        "from ui.launcher import main;"
        "main(['catalog', '--json']);"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))];"
        "sys.stderr.write(repr(bad)); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=ROOT, env={"WORKSHOP_DATA_DIR": str(tmp_path),
                                                "WORKSHOP_CACHE_DIR": str(tmp_path), "PATH": ""})
    assert result.returncode == 0, result.stderr
