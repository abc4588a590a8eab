"""File > Restore from backup: the open workshop's backups, newest first, and one button.

Each backup is listed with when it was made (this computer's time, the user's language) and the
workshop's revision in it. Restoring is done by the main window: it closes the file, puts the
copy in its place with the current file kept aside under a new name, and opens it again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.country_combo import ui_language
from workshop.file.backups import Backup
from workshop.languages.locale_data import format_moment, format_number


class RestoreBackupDialog(QDialog):
    """Choose one backup of the open workshop to restore."""

    def __init__(self, file_name: str, backups: list[Backup], current_revision: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backups = backups
        self.setWindowTitle(self.tr("Restore from backup"))
        language = ui_language()
        intro = QLabel(self.tr(
            "Backups of {name} (the open file is at revision {revision}). Restoring puts the "
            "chosen copy in place of the file; the file as it is now is kept beside it under "
            "a new name, so nothing is lost.").format(name=file_name, revision=current_revision),
            self)
        intro.setWordWrap(True)
        self.list = QTreeWidget(self)
        self.list.setAccessibleName(self.tr("Backups"))
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("Made"), self.tr("Revision"), self.tr("Size")])
        for backup in backups:
            item = QTreeWidgetItem([
                format_moment(backup.made_at, language),
                format_number(backup.revision, language),
                self.tr("{n} KB").format(n=format_number(round(backup.size / 1024), language)),
            ])
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.list.addTopLevelItem(item)
        for column in range(3):
            self.list.resizeColumnToContents(column)
        empty = QLabel(self.tr("No backup of this workshop has been made yet."), self)
        empty.setVisible(not backups)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = self.buttons.addButton(
            self.tr("Restore this backup"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.itemSelectionChanged.connect(
            lambda: self.restore_button.setEnabled(self.chosen() is not None))
        self.list.itemDoubleClicked.connect(lambda *_: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(empty)
        layout.addWidget(self.buttons)
        self.resize(560, 360)

    def chosen(self) -> Backup | None:
        """The backup selected in the list, if any."""
        current = self.list.currentItem()
        row = self.list.indexOfTopLevelItem(current) \
            if current is not None and self.list.selectedItems() else -1
        return self.backups[row] if 0 <= row < len(self.backups) else None
