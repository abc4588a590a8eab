"""Writing the exchange package for the secretariat from the app (File > Write the exchange
package, and the Results page): the personal-data choice, where the file goes, the writing off
the GUI thread with a progress dialog, and a sentence saying where the package went.

The package is `workshop.exchange.packages.write_package`, the same call as `workshop pack`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ui import operations
from ui.context import WorkshopContext


def ask_and_write(parent: QWidget, context: WorkshopContext,
                  told: Callable[[str], None]) -> None:
    """Ask whether names go with it and where to write it, then write it; `told` hears the
    sentence saying where it went (or why not)."""
    choice = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate(
        "PackageExport", "Write the exchange package"), QCoreApplication.translate(
        "PackageExport", "The exchange package carries the workshop's results to the "
        "secretariat. Participants' names and e-mails are left out unless you include them; "
        "the counts by institution, sector and sex stay."), parent=parent)
    without = choice.addButton(QCoreApplication.translate("PackageExport", "Without names"),
                               QMessageBox.ButtonRole.AcceptRole)
    choice.addButton(QCoreApplication.translate("PackageExport", "Include names and e-mails"),
                     QMessageBox.ButtonRole.YesRole)
    choice.addButton(QMessageBox.StandardButton.Cancel)
    choice.setDefaultButton(without)
    choice.exec()
    clicked = choice.clickedButton()
    if clicked is None or choice.buttonRole(clicked) == QMessageBox.ButtonRole.RejectRole:
        return
    with_names = clicked is not without
    source = context.store.path
    name, _filter = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("PackageExport", "Save the exchange package as"),
        str(source.with_name(f"{source.stem}-package.zip")),
        QCoreApplication.translate("PackageExport", "Exchange packages (*.zip)"))
    if name:
        write(parent, source, Path(name), with_names, told)


def write(parent: QWidget, source: Path, out: Path, with_names: bool,
          told: Callable[[str], None]) -> operations.OperationSignals:
    """Write the package of the workshop file `source` to `out` off the GUI thread (its own
    read-only connection), with a progress dialog; `told` hears the outcome in one sentence."""

    def work(_progress: operations.Progress) -> int:
        from workshop.exchange.packages import write_package
        from workshop.file.store import WorkshopFile

        with WorkshopFile.open(source, read_only=True) as reader:
            write_package(reader, out, include_personal_data=with_names)
            return reader.revision

    def done(revision: int) -> None:
        if with_names:
            text = QCoreApplication.translate(
                "PackageExport", "The exchange package (revision {revision}, with "
                "participants' names) was written to {path}: send this file to the "
                "secretariat.")
        else:
            text = QCoreApplication.translate(
                "PackageExport", "The exchange package (revision {revision}, without "
                "participants' names) was written to {path}: send this file to the "
                "secretariat.")
        told(text.format(revision=revision, path=out))

    return operations.run_with_dialog(parent, QCoreApplication.translate(
        "PackageExport", "Writing the exchange package…"), work, done, told)
