"""UI state kept between sessions (QSettings): recent files, window geometry, how often to back
up and the interface language, nothing else.

Workshop data lives in the workshop file; only how the window looked and which files were open
lately are kept here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 8


def _settings() -> QSettings:
    return QSettings()


def recent_files() -> list[Path]:
    """Recently opened workshop files, newest first, that still exist."""
    value = _settings().value("recent_files", [])
    if isinstance(value, str):
        value = [value]
    paths = value if isinstance(value, list) else []
    return [Path(p) for p in paths if Path(p).is_file()]


def add_recent_file(path: Path) -> None:
    """Put a file at the top of the recent files (nothing is written when it is there already:
    reopening the last file is how most starts go)."""
    path = Path(path).resolve()
    known = recent_files()
    if known[:1] == [path]:
        return
    files = [str(path)] + [str(p) for p in known if p.resolve() != path]
    _settings().setValue("recent_files", files[:MAX_RECENT])


def last_file() -> Path | None:
    """The file to reopen when the app starts with no argument."""
    files = recent_files()
    return files[0] if files else None


def geometry() -> QByteArray | None:
    """The saved window geometry, if any."""
    value = _settings().value("geometry")
    return value if isinstance(value, QByteArray) else None


def save_geometry(value: QByteArray) -> None:
    """Remember the window geometry."""
    _settings().setValue("geometry", value)


def backup_minutes() -> int:
    """Minutes between automatic backups while a workshop is edited (QSettings
    `backup_minutes`; at least 1)."""
    from workshop.file.backups import DEFAULT_INTERVAL_MINUTES

    try:
        value = int(str(_settings().value("backup_minutes", DEFAULT_INTERVAL_MINUTES)))
    except (TypeError, ValueError):
        value = DEFAULT_INTERVAL_MINUTES
    return max(1, value)


def language() -> str | None:
    """The interface language the user chose, or None before the first start."""
    value = _settings().value("language")
    return value if isinstance(value, str) and value else None


def save_language(value: str) -> None:
    """Remember the interface language."""
    _settings().setValue("language", value)


def advance_after_status() -> bool:
    """Whether a status key on a commitment list moves on to the next commitment."""
    return str(_settings().value("advance_after_status", "false")).lower() == "true"


def save_advance_after_status(value: bool) -> None:
    """Remember whether a status key moves on to the next commitment."""
    _settings().setValue("advance_after_status", "true" if value else "false")
