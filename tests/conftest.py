"""Fixtures every test shares: a private user data folder, the catalog, fresh and demo files."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own user data folder, never the real one."""
    path = tmp_path_factory.mktemp("userdata")
    monkeypatch.setenv("WORKSHOP_DATA_DIR", str(path))
    return path


@pytest.fixture
def catalog():
    """The newest bundled catalog."""
    from workshop.catalog import latest_catalog

    return latest_catalog()


@pytest.fixture
def fresh_workshop(tmp_path: Path, catalog):
    """A new, empty workshop file, open."""
    from workshop.store import WorkshopFile

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
    path = tmp_path_factory.mktemp("demo") / "demo.workshop"
    build_demo(path, seed=1).close()
    return path


@pytest.fixture
def demo_path(demo_master: Path, tmp_path: Path) -> Path:
    """A private copy of the demo workshop file."""
    path = tmp_path / "demo.workshop"
    shutil.copyfile(demo_master, path)
    return path
