"""Run every benchmark and print one table of figures (`make bench`, `python -m bench`).

Start-up and memory first, while nothing else of ours has warmed the caches, then one edit,
a status key on the assessment page (also with a slow disk), what a crash's journal costs at
the next open, the reports, the merge, the consolidated report at 2,000 workshops, collecting
group copies, the three-day soak (in a process of its own) and the standalone build. Each
module also runs alone (`python -m bench.merge`, `python -m bench.soak`).
"""

from __future__ import annotations

import sys
import time

from bench import (
    build,
    collect,
    consolidated,
    edit,
    keypress,
    merge,
    recovery,
    reports,
    soak,
    startup,
)
from bench.table import Row, print_table

MODULES = (startup, edit, keypress, recovery, reports, merge, consolidated, collect, soak,
           build)


def main() -> int:
    """Run the benchmarks in turn and print their figures as one table."""
    start = time.perf_counter()
    rows: list[Row] = []
    notes: list[str] = []
    for module in MODULES:
        print(f"running {module.__name__}…", file=sys.stderr, flush=True)
        rows += module.rows(notes)
    notes.append(f"`make bench` took {time.perf_counter() - start:.0f} s.")
    print_table(rows, notes)
    return 0


if __name__ == "__main__":
    sys.exit(main())
