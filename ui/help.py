"""The Help menu: the keyboard shortcuts, the implementation scale, the facilitator's guide
shipped with the app (resources/guide/, one Markdown file per language, English where a
translation is missing) and the versions of the app and the catalog."""

from __future__ import annotations

import html
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui.models import labels
from ui.widgets.heat_map import STATUS_COLOURS
from ui.widgets.status_buttons import KEYS
from workshop import __version__
from workshop.file.model import STATUSES
from workshop.paths import resources_dir


def shortcuts() -> list[tuple[str, str]]:
    """Every keyboard shortcut of the app, with what it does."""
    return [
        ("0 1 2 3 4 N ?", QCoreApplication.translate(
            "Help", "On a commitment list: set the status (the group's, or the consensus)")),
        ("Ctrl+Down, Ctrl+Up, Page Down, Page Up", QCoreApplication.translate(
            "Help", "Next or previous commitment")),
        ("Ctrl+G", QCoreApplication.translate("Help", "Assessment: add a gap")),
        ("Ctrl+Shift+G", QCoreApplication.translate(
            "Help", "Assessment: add a need answering the gap selected")),
        ("Ctrl+1 … Ctrl+9", QCoreApplication.translate(
            "Help", "Consensus: take the status of the first, second... group")),
        ("F5", QCoreApplication.translate("Help", "Projector mode; Esc leaves it")),
        ("Ctrl+Z, Ctrl+Shift+Z", QCoreApplication.translate("Help", "Undo, redo")),
        ("Ctrl+N, Ctrl+O, Ctrl+W, Ctrl+Q", QCoreApplication.translate(
            "Help", "New workshop, open, close, quit")),
        ("Delete", QCoreApplication.translate("Help", "In a table: remove the rows selected")),
    ]


def guide_path(language: str) -> Path:
    """The facilitator's guide in `language`, or in English."""
    folder = resources_dir() / "guide"
    found = folder / f"facilitator-guide.{language}.md"
    return found if found.is_file() else folder / "facilitator-guide.md"


def _dialog(parent: QWidget | None, title: str, body: str, markdown: bool = False) -> QDialog:
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    text = QTextBrowser(dialog)
    text.setOpenExternalLinks(False)
    if markdown:
        text.setMarkdown(body)
    else:
        text.setHtml(body)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(text)
    layout.addWidget(buttons)
    dialog.resize(640, 520)
    return dialog


def shortcuts_dialog(parent: QWidget | None) -> QDialog:
    """Help > Keyboard shortcuts."""
    rows = "".join(f"<tr><td><b>{html.escape(keys)}</b></td><td>{html.escape(what)}</td></tr>"
                   for keys, what in shortcuts())
    return _dialog(parent, QCoreApplication.translate("Help", "Keyboard shortcuts"),
                   f"<table cellpadding='4'>{rows}</table>")


def scale_dialog(parent: QWidget | None) -> QDialog:
    """Help > The implementation scale: each status with its key and colour."""
    rows = "".join(
        f"<tr><td style='background:{STATUS_COLOURS[code]}'>&nbsp;&nbsp;&nbsp;</td>"
        f"<td><b>{html.escape(KEYS[code])}</b></td><td>{html.escape(label)}</td></tr>"
        for code, label in labels(STATUSES).items())
    note = QCoreApplication.translate(
        "Help", "Each group gives each of its commitments one status; the plenary agrees one "
        "for the workshop. Not applicable: the commitment does not concern the country. Not "
        "known: nobody in the room could say.")
    return _dialog(parent, QCoreApplication.translate("Help", "The implementation scale"),
                   f"<table cellpadding='4'>{rows}</table><p>{html.escape(note)}</p>")


def guide_dialog(parent: QWidget | None, language: str) -> QDialog:
    """Help > Facilitator's guide, in the interface's language."""
    return _dialog(parent, QCoreApplication.translate("Help", "Facilitator's guide"),
                   guide_path(language).read_text("utf-8"), markdown=True)


def about_text(catalog: str) -> str:
    """The versions: the app's, the catalog's (of the open workshop, or the newest
    installed) and Qt's."""
    return QCoreApplication.translate(
        "Help", "Drug policy workshop toolkit {version}. Catalog: {catalog}. PySide6 "
        "{pyside}.").format(version=__version__, catalog=catalog, pyside=PySide6.__version__)
