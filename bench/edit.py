"""One edit against a bare commit: the cost of a consensus status change on the demo workshop.

An edit validates, updates the row, writes its audit entries and grows the revision in one
transaction with synchronous=FULL. The bare figure is one UPDATE and COMMIT on a copy of the
same file with the same pragmas. Aim: the edit's median within 10 times the bare commit.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from bench.table import Row, percentile, print_table

RUNS = 300
STATUSES = ("0", "1", "2", "3", "4")


def measure(folder: Path, runs: int = RUNS) -> dict[str, float]:
    """Time `runs` edits and `runs` bare commits; times in milliseconds."""
    from workshop.demo import build_demo
    from workshop.file.store import WorkshopFile

    demo = folder / "demo.workshop"
    build_demo(demo, seed=1).close()
    bare_path = folder / "bare.workshop"
    shutil.copyfile(demo, bare_path)

    store = WorkshopFile.open(demo)
    commitments = store.commitments_in_scope()
    edits = []
    for i in range(runs):
        start = time.perf_counter()
        store.set_consensus(commitments[i % len(commitments)], status=STATUSES[i % 5])
        edits.append((time.perf_counter() - start) * 1000)
    store.close()

    conn = sqlite3.connect(bare_path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    bare = []
    for i in range(runs):
        start = time.perf_counter()
        conn.execute("BEGIN")
        conn.execute("UPDATE consensus SET status = ? WHERE commitment_id = ?",
                     [STATUSES[i % 5], commitments[i % len(commitments)]])
        conn.execute("COMMIT")
        bare.append((time.perf_counter() - start) * 1000)
    conn.close()
    return {
        "edit_median": statistics.median(edits),
        "edit_p99": percentile(edits, 0.99),
        "bare_median": statistics.median(bare),
        "bare_p99": percentile(bare, 0.99),
        "ratio": statistics.median(edits) / statistics.median(bare),
    }


def rows(notes: list[str]) -> list[Row]:
    """Measure; the rows of the table."""
    with tempfile.TemporaryDirectory() as tmp:
        os.environ.setdefault("WORKSHOP_DATA_DIR", tmp)
        f = measure(Path(tmp))
    notes.append(f"Edit: a consensus status change (validation, audit entry, revision) on the "
                 f"demo workshop file, {RUNS} times; bare: UPDATE + COMMIT on a copy of the "
                 f"same file with the same pragmas (WAL, synchronous=FULL).")
    return [
        Row("One edit, median / 99th percentile",
            f"{f['edit_median']:.2f} ms / {f['edit_p99']:.2f} ms"),
        Row("Bare SQLite commit, median / 99th percentile",
            f"{f['bare_median']:.2f} ms / {f['bare_p99']:.2f} ms"),
        Row("Edit median / bare commit median", f"{f['ratio']:.1f}x", "under 10x",
            f["ratio"] < 10),
    ]


def main() -> None:
    """Print the figures of one run."""
    notes: list[str] = []
    print_table(rows(notes), notes)


if __name__ == "__main__":
    main()
