"""Every user-facing string literal in ui/ goes through Qt's translation system.

An ast scan of ui/: a string with letters passed straight to a widget's text setter, a widget
constructor, a menu, a message box or the status bar (not through `tr`/`translate`) fails.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

UI = Path(__file__).resolve().parents[2] / "ui"

# methods whose string arguments are shown to the user
TEXT_METHODS = {
    "setText", "setToolTip", "setStatusTip", "setWhatsThis", "setWindowTitle",
    "setPlaceholderText", "setAccessibleName", "setAccessibleDescription", "setTitle",
    "addAction", "addMenu", "setHeaderLabels", "setHorizontalHeaderLabels",
    "setVerticalHeaderLabels", "setLabelText", "showMessage", "addTab", "setTabText",
    "addRow", "setSuffix", "setPrefix", "setSpecialValueText", "setInformativeText",
    "setDetailedText", "addButton", "setHtml", "setPlainText", "setItemText", "insertItem",
    "addItem", "setCancelButtonText", "setWindowIconText", "setButtonText",
    "information", "warning", "critical", "question", "about", "getSaveFileName",
    "getOpenFileName", "getOpenFileNames", "getExistingDirectory", "getText", "getItem",
}
# classes whose constructors take text shown to the user
TEXT_CLASSES = {
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QMenu",
    "QToolButton", "QMessageBox", "QProgressDialog", "QToolBar", "QCommandLinkButton",
    "QListWidgetItem", "QTableWidgetItem", "QTreeWidgetItem", "QDockWidget", "QUndoCommand",
}
WRAPPERS = {"tr", "translate", "qt_tr", "QT_TR_NOOP", "QT_TRANSLATE_NOOP"}


def _has_words(text: str) -> bool:
    """Whether the text has words once markup (tags, entities) is taken out."""
    text = re.sub(r"<[^>]*>|&[a-z]+;", "", text)
    return sum(ch.isalpha() for ch in text) >= 2


def _literal_text(node: ast.AST) -> str | None:
    """The user-visible literal part of an argument, if it is an unwrapped literal."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        parts = [v.value for v in node.values
                 if isinstance(v, ast.Constant) and isinstance(v.value, str)]
        return "".join(parts)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return (_literal_text(node.left) or "") + (_literal_text(node.right) or "")
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
            and node.func.attr == "format":
        return _literal_text(node.func.value)
    if isinstance(node, ast.IfExp):
        return (_literal_text(node.body) or "") + (_literal_text(node.orelse) or "")
    return None


def _callee(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def unwrapped_strings(source: str, filename: str) -> list[str]:
    """`file:line: text` for every literal shown to the user without translation."""
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if not isinstance(node, ast.Call):
            continue
        name = _callee(node)
        if name not in TEXT_METHODS and name not in TEXT_CLASSES:
            continue
        for arg in [*node.args, *(k.value for k in node.keywords
                                  if k.arg not in {"objectName", "styleSheet"})]:
            text = _literal_text(arg)
            if text is not None and _has_words(text):
                found.append(f"{filename}:{arg.lineno}: {text!r}")
    return found


def test_the_scan_finds_unwrapped_strings() -> None:
    source = (
        "label = QLabel('Gaps')\n"
        "button.setText(f'Add {n} rows')\n"
        "QMessageBox.warning(self, self.tr('Title'), 'Not wrapped')\n"
        "ok = QLabel(self.tr('Gaps'))\n"
        "ok2 = QLabel(f'{a} — {b}')\n"
        "ok3.setText(QCoreApplication.translate('X', 'Fine'))\n"
        "ok4.setText(f'<b>{title}</b>')\n"
        "bad.setToolTip('{n} gaps'.format(n=1))\n"
    )
    found = unwrapped_strings(source, "x.py")
    assert [line.split(":")[1] for line in found] == ["1", "2", "3", "8"]


@pytest.mark.parametrize("path", sorted(UI.rglob("*.py")), ids=lambda p: str(p.relative_to(UI)))
def test_ui_strings_are_wrapped_for_translation(path: Path) -> None:
    found = unwrapped_strings(path.read_text(encoding="utf-8"), str(path.relative_to(UI.parent)))
    assert not found, "strings shown without tr():\n" + "\n".join(found)
