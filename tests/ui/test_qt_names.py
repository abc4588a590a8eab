"""No class of ui/ hides a Qt method under a name of its own.

`ProjectorWindow.move(step)` (one commitment on) hid `QWidget.move(point)`: placing the projector
on the second screen called it with a point and raised. Python lets a subclass reuse any name,
and every Python caller, ours or Qt's own Python-facing code, then reaches the subclass's. This
test lists, for every class defined in ui/ with a Qt base, each name its body defines or its
methods assign on `self` that a Qt base already has, and accepts only the Qt virtual functions
that the class means to override (their names below, and every event handler `...Event`).
"""

from __future__ import annotations

import ast
import importlib
import inspect
from collections.abc import Iterator
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "ui"

# Qt's virtual functions that classes of ui/ override, keeping their meaning.
OVERRIDES = frozenset({
    "eventFilter", "sizeHint", "minimumSizeHint",  # QObject, QWidget
    "rowCount", "columnCount", "data", "setData", "headerData", "flags",  # item models
    "mimeData",  # QListWidget
    "createEditor", "setEditorData", "setModelData",  # QStyledItemDelegate
    "run",  # QRunnable
    "redo", "undo",  # QUndoCommand
})


def qt_base(cls: type) -> type | None:
    """The nearest Qt class among a class's bases."""
    return next((base for base in cls.__mro__[1:]
                 if base.__module__.startswith(("PySide6.", "shiboken6"))), None)


def names_defined(source: ast.ClassDef) -> Iterator[tuple[str, int]]:
    """Each name a class body defines (methods, attributes, signals) or its methods assign on
    `self`, with its line."""
    for node in source.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            yield node.name, node.lineno
        elif isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            yield from ((t.id, node.lineno) for t in targets if isinstance(t, ast.Name))
    for node in ast.walk(source):
        if isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            yield from ((t.attr, node.lineno) for t in targets
                        if isinstance(t, ast.Attribute) and isinstance(t.value, ast.Name)
                        and t.value.id == "self")


def hidden_qt_names() -> list[str]:
    """`module:line Class.name hides Base.name` for every clash that is not an override."""
    found = []
    for path in sorted(UI.rglob("*.py")):
        if path.name == "__main__.py":
            continue
        module = importlib.import_module(
            ".".join(path.relative_to(UI.parent).with_suffix("").parts))
        tree = ast.parse(path.read_text(encoding="utf-8"))
        sources = {node.name: node for node in ast.walk(tree) if isinstance(node, ast.ClassDef)}
        for name, cls in vars(module).items():
            base = qt_base(cls) if inspect.isclass(cls) else None
            if base is None or cls.__module__ != module.__name__ or name not in sources:
                continue
            for attribute, line in names_defined(sources[name]):
                if attribute.startswith("__") or not hasattr(base, attribute):
                    continue
                if attribute in OVERRIDES or attribute.endswith("Event"):
                    continue
                found.append(f"{path.relative_to(UI.parent)}:{line} {name}.{attribute} hides "
                             f"{base.__name__}.{attribute}")
    return sorted(set(found))


def test_no_class_of_the_interface_hides_a_qt_method() -> None:
    hidden = hidden_qt_names()
    assert not hidden, ("rename these (a Qt virtual meant to be overridden goes in OVERRIDES):\n"
                        + "\n".join(hidden))


def test_the_check_finds_a_hidden_qt_method() -> None:
    """The check itself: a class that reuses QWidget.move is caught, its override is not."""
    source = ast.parse("class Stepper(QWidget):\n"
                       "    def move(self, step): ...\n"
                       "    def closeEvent(self, event): ...\n"
                       "    def __init__(self):\n"
                       "        self.layout = None\n").body[0]
    from PySide6.QtWidgets import QWidget

    assert isinstance(source, ast.ClassDef)
    clashes = [name for name, _line in names_defined(source)
               if hasattr(QWidget, name) and not name.startswith("__")
               and name not in OVERRIDES and not name.endswith("Event")]
    assert clashes == ["move", "layout"]
