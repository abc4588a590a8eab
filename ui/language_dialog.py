"""The first start's question: which of the six languages the interface speaks."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.language import native_name
from workshop.languages.i18n import DEFAULT_LANGUAGE, UN_LANGUAGES


class LanguageDialog(QDialog):
    """The first start's question: which of the six languages the interface speaks."""

    def __init__(self, preselected: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Language"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Choose the language of the interface (you can change "
                                         "it later in View > Language)."), self))
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Languages"))
        for code in UN_LANGUAGES:
            item = QListWidgetItem(native_name(code), self.list)
            item.setData(Qt.ItemDataRole.UserRole, code)
            if code == preselected:
                self.list.setCurrentItem(item)
        self.list.itemActivated.connect(lambda _item: self.accept())
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def language(self) -> str:
        """The language chosen."""
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else DEFAULT_LANGUAGE
