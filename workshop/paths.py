"""Where the bundled data and the user's own data live.

The bundled folders (`resources/`, `exercises/`) sit beside the `workshop` package in a source
checkout and inside the folder of a standalone build; the user's data folder (installed catalog
versions, backups) comes from platformdirs and can be moved with `WORKSHOP_DATA_DIR`, which the
tests use to stay out of the real home folder; so does the cache folder (answers worked out
once and kept, `kept_answers`), with `WORKSHOP_CACHE_DIR`, which the desktop app takes from Qt.
"""

import os
import sys
from pathlib import Path

APP_NAME = "drug-policy-workshop"


def bundle_root() -> Path:
    """The folder that holds `resources/` and `exercises/`."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    """The bundled resources: catalogs, demo data, fonts, icons, translations."""
    return bundle_root() / "resources"


def exercises_dir() -> Path:
    """The bundled exercise definitions."""
    return bundle_root() / "exercises"


def user_data_dir() -> Path:
    """The user's data folder; created on first use."""
    return _user_folder("WORKSHOP_DATA_DIR", "user_data_path")


def user_cache_dir() -> Path:
    """The user's cache folder (what can be worked out again); created on first use."""
    return _user_folder("WORKSHOP_CACHE_DIR", "user_cache_path", _app_cache_dir)


# The desktop app's own cache folder, where its toolkit keeps an app's cache (use_cache_dir).
_app_cache_dir: Path | None = None


def use_cache_dir(path: Path) -> None:
    """Keep the cache in `path` unless WORKSHOP_CACHE_DIR says otherwise: the desktop app
    passes the folder Qt gives an app's cache, so that its start does not import platformdirs
    (about 5 ms with the modules it needs); the command line's cache stays platformdirs'."""
    global _app_cache_dir
    _app_cache_dir = Path(path)


def _user_folder(variable: str, kind: str, default: Path | None = None) -> Path:
    """The folder named in the environment `variable`, else `default`, else platformdirs'
    `kind` of folder."""
    override = os.environ.get(variable)
    if override:
        path = Path(override)
    elif default is not None:
        path = default
    else:
        import platformdirs

        path = getattr(platformdirs, kind)(APP_NAME, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path
