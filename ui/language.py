"""The interface language: Qt's translators for the app and for Qt itself, and the direction.

The app's strings are compiled from `resources/i18n/ui_<lang>.ts` into `.qm` files (`make
translations`); Qt's own strings (standard buttons, context menus) come from the `qtbase_*.qm`
files PySide6-Essentials ships. Arabic lays out right to left. The core's messages (labels of
closed lists, figures) follow the same language through `workshop.languages.i18n.set_language`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from workshop.languages import i18n
from workshop.languages.i18n import UN_LANGUAGES
from workshop.paths import resources_dir

if TYPE_CHECKING:  # the start page does not load the catalog
    from workshop.catalogs.catalog import Commitment

RIGHT_TO_LEFT = frozenset({"ar"})
# Qt names its Chinese file after the script variant; the others by language alone.
_QT_FILE = {"zh": "qtbase_zh_CN"}

_installed: list[QTranslator] = []
_current = i18n.DEFAULT_LANGUAGE


def native_name(language: str) -> str:
    """The language's name in itself (how a speaker finds it in a list), from CLDR via Qt."""
    # Qt names a language by its default territory ("American English", "简体中文"); the UN
    # languages are named without one
    plain = {"en": "English", "es": "Español", "zh": "中文"}
    if language in plain:
        return plain[language]
    name = QLocale(language).nativeLanguageName()
    return name[:1].upper() + name[1:]


def system_language() -> str:
    """The system locale's language if it is one of the six, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in UN_LANGUAGES:
            return code
    return i18n.DEFAULT_LANGUAGE


def current_language() -> str:
    """The interface language now installed."""
    return _current


def left_to_right(text: str) -> str:
    """Latin text (a reference such as "2016 1(a)", a status mark) kept in its own order
    inside a right-to-left line: isolated, so the digits and brackets around it are not
    reordered and the line takes its direction from the words around it. Unchanged in a
    left-to-right interface."""
    if _current not in RIGHT_TO_LEFT:
        return text
    # RIGHT-TO-LEFT MARK first: Qt takes a line's direction from its first strong letter and
    # does not skip an isolate, so a line that starts with the reference would read left to
    # right; then LEFT-TO-RIGHT ISOLATE ... POP DIRECTIONAL ISOLATE around the Latin text
    return f"\u200f\u2066{text}\u2069"


def commitment_label(commitment: Commitment) -> str:
    """How a list or a choice names a commitment: its short reference and its title."""
    return f"{left_to_right(commitment.short_reference)}  {commitment.title}"


def ui_translation_file(language: str) -> str:
    """The compiled translation of the app's own strings for `language`."""
    return str(resources_dir() / "i18n" / f"ui_{language}.qm")


def qt_translation_file(language: str) -> str:
    """Qt's own translation (qtbase: standard buttons and dialogs) for `language`."""
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return f"{folder}/{_QT_FILE.get(language, f'qtbase_{language}')}.qm"


def install(language: str) -> str:
    """Make `language` the interface language of the running app; returns the language used.

    Removes the previous translators, loads the app's and Qt's translations, sets the layout
    direction and the core's message language. An unknown language falls back to English.
    """
    global _current
    app = QCoreApplication.instance()
    if language not in UN_LANGUAGES:
        language = i18n.DEFAULT_LANGUAGE
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    if language == i18n.DEFAULT_LANGUAGE:  # English needs only its plural forms ("1 gap")
        translator = QTranslator(app)
        if translator.load(str(ui_translation_file(language))):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
    else:
        for path in (qt_translation_file(language), ui_translation_file(language)):
            translator = QTranslator(app)
            if translator.load(path):
                QCoreApplication.installTranslator(translator)
                _installed.append(translator)
    QLocale.setDefault(QLocale(language))
    if isinstance(app, QApplication):
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if language in RIGHT_TO_LEFT
                               else Qt.LayoutDirection.LeftToRight)
    i18n.set_language(language)
    _current = language
    return language
