"""The core never imports Qt, so the command line works where Qt cannot start; and its modules
import one another without a circle (a module's deferred imports count too)."""

from __future__ import annotations

import ast
import subprocess
import sys
from graphlib import CycleError, TopologicalSorter
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
        "import sys, workshop.cli, workshop.file.store, workshop.analysis, workshop.demo, "
        "workshop.catalogs.catalog, workshop.integrity;"
        "from ui.launcher import main;"
        "main(['catalog', '--json']);"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))];"
        "sys.stderr.write(repr(bad)); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=ROOT, env={"WORKSHOP_DATA_DIR": str(tmp_path),
                                                "WORKSHOP_CACHE_DIR": str(tmp_path), "PATH": ""})
    assert result.returncode == 0, result.stderr


def core_imports(root: Path = ROOT / "workshop") -> dict[str, set[str]]:
    """Each core module and the core modules it imports, anywhere in its text."""
    modules = {".".join(p.relative_to(root.parent).with_suffix("").parts).removesuffix(
        ".__init__"): p for p in root.rglob("*.py")}
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets: list[str] = []
            if isinstance(node, ast.ImportFrom):
                base = package.split(".")[:len(package.split(".")) - node.level + 1] \
                    if node.level else []
                module = ".".join(base + ([node.module] if node.module else []))
                targets = [module] + [f"{module}.{alias.name}" for alias in node.names]
            elif isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            graph[name] |= {t for t in targets if t in modules and t != name}
    return graph


def test_the_core_has_no_import_circle() -> None:
    try:
        tuple(TopologicalSorter(core_imports()).static_order())
    except CycleError as error:
        raise AssertionError(f"import circle: {' -> '.join(error.args[1])}") from None


def test_the_circle_check_sees_a_deferred_circle(tmp_path: Path) -> None:
    package = tmp_path / "workshop"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "store.py").write_text("def f():\n    from .backups import g\n")
    (package / "backups.py").write_text("from .store import f\n")
    graph = core_imports(package)
    assert graph["workshop.store"] == {"workshop.backups"}
    try:
        tuple(TopologicalSorter(graph).static_order())
    except CycleError:
        return
    raise AssertionError("the circle was not seen")
