"""File > Give a group its copy, and File > Collect group work (also by dropping copies).

The facilitator gives each working group a copy of the workshop for the group's own laptop,
and later collects what the groups did (workshop/exchange/group_copy.py,
workshop/exchange/collect.py). Each collected copy is one undo step made of the same edits as
any other change; a copy that cannot be collected is named with its one sentence, and nothing
of it is written.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from ui import commands
from ui.context import WorkshopContext
from workshop.errors import WorkshopError
from workshop.exchange.collect import Collected, collect
from workshop.exchange.group_copy import make_group_copy
from workshop.file import reads
from workshop.file.model import WorkingGroup


class GiveCopyDialog(QDialog):
    """Which group the copy is for, and whether participants' names go with it."""

    def __init__(self, groups: Sequence[WorkingGroup], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Give a group its copy"))
        self.group = QComboBox(self)
        self.group.setAccessibleName(self.tr("Working group"))
        for group in groups:
            self.group.addItem(group.name, group.uuid)
        self.with_names = QCheckBox(self.tr("Include participants' names and e-mails"), self)
        self.with_names.setToolTip(self.tr("Left out by default: the group's laptop does not "
                                           "need them"))
        explanation = QLabel(self.tr(
            "The copy opens on the group's laptop like any workshop. The group assesses its "
            "commitments and names gaps and needs; the rest is shown read-only. Bring it back "
            "with File > Collect group work."), self)
        explanation.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(explanation)
        form.addRow(self.tr("&Group"), self.group)
        form.addRow(self.with_names)
        form.addRow(buttons)

    def chosen(self) -> str:
        """The uuid of the group chosen."""
        return self.group.currentData()


def give_copy(context: WorkshopContext, group_uuid: str, out: Path, with_names: bool) -> str:
    """Write a group's copy; the sentence to show (what was written, or why not)."""
    store = context.store
    group = next((g for g in reads.working_groups(store) if g.uuid == group_uuid), None)
    if group is None:
        return QCoreApplication.translate(
            "GroupCopies", "That working group is no longer in the workshop.")
    try:
        make_group_copy(store, group, out, with_names=with_names)
    except WorkshopError as error:
        return error.message
    return QCoreApplication.translate(
        "GroupCopies", "The copy for {group} was written to {path}. Open it with the app on "
        "the group's laptop; bring it back with File > Collect group work.").format(
        group=group.name, path=out)


def collect_copies(context: WorkshopContext, paths: Sequence[Path]) -> list[Collected]:
    """Collect copies into the open workshop, each as one undo step; what each did."""
    results = []
    for path in paths:
        result = collect(context.store, path, dry_run=True)
        text = QCoreApplication.translate("GroupCopies", "Collect the work of {group}")
        if result.edits and not commands.push(commands.EditCommand(
                context, text.format(group=result.group), result.edits)):
            result.outcome = "refused"
            result.message = QCoreApplication.translate(
                "GroupCopies", "{name} was not collected (see the message before).").format(
                name=path.name)
        results.append(result)
    return results


def collect_summary(results: Sequence[Collected]) -> str:
    """What the collects did, as rich text for one message box."""
    lines = []
    for result in results:
        line = html.escape(result.message)
        if result.conflicts:
            line += "<br>" + html.escape(QCoreApplication.translate(
                "GroupCopies", "Both values are kept: the consensus page marks the "
                "commitments, and its status filter lists every conflict."))
        lines.append(f"<p>{line}</p>")
    return "".join(lines)


def is_group_copy_of(context: WorkshopContext | None, path: Path) -> bool:
    """Whether a dropped file should be collected into the open workshop (a group copy, not
    the open file itself) rather than opened."""
    if context is None or path.suffix.lower() != ".workshop" \
            or path.resolve() == context.store.path.resolve():
        return False
    from workshop.file.store import WorkshopFile

    try:
        with WorkshopFile.open(path, read_only=True) as other:
            return other.origin is not None
    except WorkshopError:
        return False
