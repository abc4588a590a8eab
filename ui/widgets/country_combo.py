"""A country picker: localized country names from Babel, searchable by typing any part."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from workshop.languages.locale_data import country_names, is_training_code


def ui_language() -> str:
    """The language of the user interface, for localized names."""
    return QLocale().name().split("_")[0] or "en"


class CountryCombo(QComboBox):
    """An editable combo of country names whose completer matches anywhere in the name."""

    def __init__(self, parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setAccessibleName(self.tr("Country"))
        self.setToolTip(self.tr("Type part of the country's name to search"))
        names = country_names(language or ui_language())
        for code, name in sorted(names.items(), key=lambda item: item[1].casefold()):
            self.addItem(name, code)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)

    def set_code(self, code: str) -> None:
        """Select a country by its ISO code (training codes are added as they are)."""
        position = self.findData(code)
        if position < 0 and is_training_code(code):
            from workshop.languages.locale_data import country_name

            self.addItem(country_name(code), code)
            position = self.count() - 1
        self.setCurrentIndex(max(position, 0))

    def code(self) -> str:
        """The ISO code of the country typed or chosen ("" when the text names none)."""
        position = self.findText(self.currentText(), Qt.MatchFlag.MatchFixedString)
        if position < 0:
            return ""
        return str(self.itemData(position))
