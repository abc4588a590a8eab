"""Fixtures every test shares: a private user data folder, the catalog, fresh and demo files."""

from __future__ import annotations

import importlib
import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own user data and cache folders, never the real ones."""
    path = tmp_path_factory.mktemp("userdata")
    monkeypatch.setenv("WORKSHOP_DATA_DIR", str(path))
    monkeypatch.setenv("WORKSHOP_CACHE_DIR", str(tmp_path_factory.mktemp("usercache")))
    return path


@pytest.fixture
def catalog():
    """The newest bundled catalog."""
    from workshop.catalogs.catalog import latest_catalog

    return latest_catalog()


@pytest.fixture
def fresh_workshop(tmp_path: Path, catalog):
    """A new, empty workshop file, open."""
    from workshop.file.store import WorkshopFile

    store = WorkshopFile.create(tmp_path / "fresh.workshop", catalog, country="KE",
                                title="Test workshop", start_date="2026-05-04",
                                end_date="2026-05-06", documents=["2016"])
    yield store
    store.close()


@pytest.fixture(scope="session")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo workshop, built once per test session (copy it before writing)."""
    from workshop.demo import build_demo

    os.environ.setdefault("WORKSHOP_DATA_DIR", str(tmp_path_factory.mktemp("demo-userdata")))
    os.environ.setdefault("WORKSHOP_CACHE_DIR", str(tmp_path_factory.mktemp("demo-usercache")))
    path = tmp_path_factory.mktemp("demo") / "demo.workshop"
    build_demo(path, seed=1).close()
    return path


@pytest.fixture
def demo_path(demo_master: Path, tmp_path: Path) -> Path:
    """A private copy of the demo workshop file."""
    path = tmp_path / "demo.workshop"
    shutil.copyfile(demo_master, path)
    return path


# ----- `workshop --self-test` (checkout: tests/ui; standalone build: tests/standalone) -----


def _declared_writers() -> list[str]:
    """The writer module of every report the app declares (workshop and consolidated)."""
    from workshop.reports import CONSOLIDATED_WRITERS, WRITERS

    return [target.partition(":")[0]
            for target in [*WRITERS.values(), *CONSOLIDATED_WRITERS.values()]]


def _missing_writers() -> list[str]:
    """The declared report writer modules that cannot be imported in this checkout."""
    missing = []
    for module in _declared_writers():
        try:
            importlib.import_module(f"workshop.reports.{module}")
        except ModuleNotFoundError:
            missing.append(module)
    return missing


def _check_self_test(returncode: int, stdout: str, stderr: str) -> None:
    """Every step has its line; exit 0 exactly when nothing failed, else one sentence."""
    lines = stdout.splitlines()
    assert any(line.startswith("ok   bundled data found") for line in lines), stdout + stderr
    assert any(line.startswith("ok   demo workshop built") for line in lines), stdout + stderr
    opened = [line for line in lines if line.startswith("ok   main window opened")]
    assert opened, stdout + stderr
    pages = [line for line in lines if line.startswith("ok   page ")]
    assert pages and f": {len(pages)} pages" in opened[0], stdout
    assert not any(line.startswith("FAIL page") for line in lines), stdout
    assert any(line.startswith("ok   demo packed and merged") for line in lines), stdout
    reports = [line for line in lines if "written" in line]
    declared = _declared_writers()
    assert len(reports) == len(declared), stdout
    missing = _missing_writers()
    for module in set(missing):
        assert sum(line.startswith("FAIL") and f"workshop.reports.{module}" in line
                   for line in reports) == missing.count(module), stdout
    assert sum(line.startswith("ok") for line in reports) == len(declared) - len(missing)
    if missing:
        assert returncode == 1
        assert stderr.strip().startswith("The self-test failed:")
        assert len(stderr.strip().splitlines()) == 1, stderr
        assert "Traceback" not in stderr
    else:
        assert returncode == 0, stdout + stderr
        assert lines[-1] == "Self-test passed."


@pytest.fixture
def check_self_test():
    """Checks the output of `workshop --self-test`: (returncode, stdout, stderr) -> None."""
    return _check_self_test


# The one institution of a file an older schema wrote (a uuid, as every version of the app wrote).
OLD_INSTITUTION = "5f0c2c1e-8d7a-4b6e-9c3f-1a2b3c4d5e6f"


@pytest.fixture
def older_schema_file(catalog):
    """Write a workshop file as an older schema made it: (path, version) -> path, with the
    migrations up to `version` applied, one workshop and one institution."""
    import json
    import sqlite3

    from sqlite_utils import Database

    from workshop.file.model import new_uuid
    from workshop.file.schema import WORKSHOP_APPLICATION_ID, migrations

    def write(path: Path, version: int) -> Path:
        conn = sqlite3.connect(path, isolation_level=None)
        db = Database(conn)
        conn.execute(f"PRAGMA application_id = {WORKSHOP_APPLICATION_ID}")
        names = [step.name for step in migrations().pending(db)]
        migrations().apply(db, stop_before=names[version:])
        db["catalog_snapshot"].insert(dict(hash=catalog.hash, id=catalog.id,
                                           version=catalog.version, content=catalog.content))
        db["workshop"].insert(dict(id=new_uuid(), country="GH", title="Old file",
                                   documents=json.dumps(["2016"]), chapters="[]",
                                   catalog_id=catalog.id, catalog_version=catalog.version,
                                   catalog_hash=catalog.hash, revision=3,
                                   created_at="2025-01-01", updated_at="2025-01-01"))
        db["institution"].insert(dict(uuid=OLD_INSTITUTION, name="Ghana Police", sector="police"))
        conn.close()
        return path

    return write


@pytest.fixture
def first_schema_file(older_schema_file):
    """Write a workshop file as the first schema made it (only migration 0001 applied)."""
    return lambda path: older_schema_file(path, 1)


# ----- files as a crash or a hand leaves them (tests/core/test_sqlite_file.py, test_reliability) --


@pytest.fixture
def folder_state():
    """Every file in a folder with the hash of its bytes: folder -> {name: hash}. Pipes and
    sockets by their kind; a `-shm` (the index SQLite shares between the readers of a live
    file, which every reader writes) by its presence."""
    import hashlib
    import stat

    def state(folder: Path) -> dict[str, str]:
        found = {}
        for entry in sorted(folder.iterdir()):
            mode = entry.lstat().st_mode
            if not stat.S_ISREG(mode):
                found[entry.name] = stat.filemode(mode)
            elif entry.name.endswith("-shm"):
                found[entry.name] = "present"
            else:
                found[entry.name] = hashlib.sha256(entry.read_bytes()).hexdigest()
        return found

    return state


def _corpus_script():
    """tests/data/hostile/make_corpus.py, where the files a crash leaves are made."""
    import importlib.util

    path = Path(__file__).parent / "data" / "hostile" / "make_corpus.py"
    spec = importlib.util.spec_from_file_location("make_corpus", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def crash_with_wal():
    """(source, target, names) -> target: the workshop file `source` as a killed editor
    leaves it, its committed edits still in its `-wal` (make_corpus.crashed_with_wal)."""
    return _corpus_script().crashed_with_wal


@pytest.fixture
def crash_with_journal():
    """(source, target) -> target: the consolidated file `source` as a merge killed halfway
    leaves it, with its hot rollback journal (make_corpus.crashed_with_journal)."""
    return _corpus_script().crashed_with_journal
