"""The core's own message table: user-facing text of the core in the workshop's language.

The GUI translates its own strings with Qt's `tr`; the core (CLI messages, report labels, scale
names) looks its strings up here. Translations live in `resources/i18n/core.<lang>.json` as
`{"English source": "translation"}`; anything missing falls back to English.
"""

import json
from functools import cache
from pathlib import Path

from workshop.paths import resources_dir

DEFAULT_LANGUAGE = "en"
UN_LANGUAGES = ("ar", "en", "es", "fr", "ru", "zh")

_current = DEFAULT_LANGUAGE


@cache
def _table(language: str) -> dict[str, str]:
    path = resources_dir() / "i18n" / f"core.{language}.json"
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8") as handle:
        data = json.load(handle)
    return {str(k): str(v) for k, v in data.items() if isinstance(v, str) and v}


def set_language(language: str) -> None:
    """Choose the language of the core's messages for this process."""
    global _current
    _current = language or DEFAULT_LANGUAGE


def current_language() -> str:
    """The language of the core's messages in this process."""
    return _current


def tr(text: str, language: str | None = None, **values: object) -> str:
    """`text` in `language` (default: the current one), with `{name}` fields filled in."""
    translated = _table(language or _current).get(text, text)
    return translated.format(**values) if values else translated


def N_(text: str) -> str:
    """Mark a string for translation where it is defined; `tr` translates it where shown."""
    return text


def translation_language(path: Path) -> str | None:
    """The language of a content translation file (`NAME.<lang>.json|toml`), None for a source.

    Translations sit beside their English source; loaders of catalogs and exercises skip them.
    """
    stem = Path(path).stem
    suffix = stem.rsplit(".", 1)[-1] if "." in stem else ""
    return suffix if suffix in UN_LANGUAGES else None
