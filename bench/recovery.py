"""What a journal left by a crash costs when the file is next opened, on the demo workshop.

A journal beside an app file is played into a temporary copy and checked there (integrity,
exact schema, the file's own history) before SQLite may play it into the file
(workshop/file/sqlite_file.py). Measured, median of several runs each: opening the demo workshop
read-only as it is (no journal), read-only after a crash (its `-wal` holding committed edits:
read from the recovered copy), and for writing after a crash (checked on a copy, then played
into the file by SQLite); and a consolidated file of 100 workshops read after a merge killed
halfway (a hot rollback journal). No aim: a cost paid once, after a crash.
"""

from __future__ import annotations

import os
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.table import Row, print_table

RUNS = 15
EDITS = 50  # committed edits left in the -wal by the crash
WORKSHOPS = 100  # in the consolidated file


def _median_ms(prepare: Callable[[], Path], work: Callable[[Path], object],
               runs: int = RUNS) -> float:
    """The median time of `work` on a fresh file from `prepare` (not timed), milliseconds."""
    times = []
    for _ in range(runs):
        path = prepare()
        start = time.perf_counter()
        work(path)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _corpus() -> Any:
    """tests/data/hostile/make_corpus.py: its crash makers leave files as a crash does."""
    import importlib.util

    path = Path(__file__).resolve().parents[1] / "tests" / "data" / "hostile" / "make_corpus.py"
    spec = importlib.util.spec_from_file_location("make_corpus", path)
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def measure(folder: Path) -> dict[str, float]:
    """Build the files and time the opens; milliseconds, and the demo's size in KiB."""
    from bench.merge import build_packages
    from workshop.demo import build_demo
    from workshop.exchange.consolidated import ConsolidatedFile
    from workshop.exchange.merge import merge_packages
    from workshop.file.model import Institution, new_uuid
    from workshop.file.store import WorkshopFile

    corpus = _corpus()
    demo = folder / "demo.workshop"
    build_demo(demo, seed=1).close()
    crashed = folder / "crashed.workshop"
    names = [f"Edit {n}" for n in range(EDITS)]
    corpus.crashed_with_wal(shutil.copyfile(demo, folder / "source.workshop"), crashed, names)
    consolidated = folder / "all.wsc"
    (folder / "packages").mkdir()
    merge_packages(consolidated, build_packages(folder / "packages", WORKSHOPS, demos=2))
    killed = corpus.crashed_with_journal(consolidated, folder / "killed.wsc")

    def fresh(source: Path, *suffixes: str) -> Callable[[], Path]:
        def prepare() -> Path:
            target = folder / f"run-{source.name}"
            for suffix in ("", *suffixes):
                shutil.copyfile(f"{source}{suffix}", f"{target}{suffix}")
            return target
        return prepare

    def read(path: Path) -> None:
        with WorkshopFile.open(path, read_only=True) as store:
            assert store.count(Institution) > 0

    def write(path: Path) -> None:
        with WorkshopFile.open(path) as store:
            store.add(Institution(uuid=new_uuid(), name="After the crash"))

    def read_consolidated(path: Path) -> None:
        with ConsolidatedFile.open(path, read_only=True) as cfile:
            assert cfile.merged()

    return {
        "demo_kib": demo.stat().st_size / 1024,
        "wal_kib": Path(f"{crashed}-wal").stat().st_size / 1024,
        "read": _median_ms(fresh(demo), read),
        "read_crashed": _median_ms(fresh(crashed, "-wal"), read),
        "write": _median_ms(fresh(demo), write),
        "write_crashed": _median_ms(fresh(crashed, "-wal"), write),
        "consolidated_kib": consolidated.stat().st_size / 1024,
        "consolidated": _median_ms(fresh(consolidated), read_consolidated, runs=5),
        "consolidated_killed": _median_ms(fresh(killed, "-journal"), read_consolidated,
                                          runs=5),
    }


def rows(notes: list[str]) -> list[Row]:
    """Measure; the rows of the table."""
    with tempfile.TemporaryDirectory() as tmp:
        os.environ.setdefault("WORKSHOP_DATA_DIR", tmp)
        f = measure(Path(tmp))
    notes.append(
        f"Recovery: the demo workshop ({f['demo_kib']:.0f} KiB) opened as it is and after a "
        f"crash that left {EDITS} committed edits in its -wal ({f['wal_kib']:.0f} KiB), the "
        f"journal checked on a temporary copy first; a consolidated file of {WORKSHOPS} "
        f"workshops ({f['consolidated_kib'] / 1024:.0f} MiB) read after a merge killed halfway; "
        f"median of {RUNS} (5 for the consolidated file).")
    return [
        Row("Open the demo read-only: as it is / after a crash (-wal checked on a copy)",
            f"{f['read']:.0f} ms / {f['read_crashed']:.0f} ms"),
        Row("Open the demo and edit once: as it is / after a crash",
            f"{f['write']:.0f} ms / {f['write_crashed']:.0f} ms"),
        Row(f"Read a consolidated file of {WORKSHOPS} workshops: as it is / after a killed "
            f"merge", f"{f['consolidated']:.0f} ms / {f['consolidated_killed']:.0f} ms"),
    ]


def main() -> None:
    """Print the figures of one run."""
    notes: list[str] = []
    print_table(rows(notes), notes)


if __name__ == "__main__":
    main()
