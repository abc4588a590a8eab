"""The secretariat's consolidated gap report (PDF) at 1,000 and 2,000 workshops.

Packages are made as in `bench.merge` (a few demo workshops packed for real, the rest derived
with a new id, country and revision) and merged into two consolidated files; each report is then
written in a fresh process, which reports its time and peak resident memory. Aim (issue
"reports"): at 2,000 workshops under 2.1 times the 1,000 figure, peak memory under 200 MiB.

    python -m bench.consolidated        # prints its rows of the table (about two minutes)
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.table import Row, print_table

SIZES = (1000, 2000)
CHILD = """
import json, resource, sys, time
from workshop.reports import write_report
start = time.perf_counter()
write_report(sys.argv[1], "gap", "pdf", sys.argv[2])
print(json.dumps({"seconds": time.perf_counter() - start,
                  "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def measure(folder: Path) -> dict[int, dict[str, float]]:
    """Seconds and peak MiB of the consolidated gap report per number of workshops."""
    from bench.merge import build_packages
    from workshop.exchange.merge import merge_packages

    packages = build_packages(folder, max(SIZES))
    found = {}
    root = Path(__file__).resolve().parents[1]
    for size in SIZES:
        consolidated = folder / f"consolidated-{size}.wsc"
        merge_packages(consolidated, packages[:size])
        done = subprocess.run([sys.executable, "-c", CHILD, str(consolidated),
                               str(folder / f"gap-{size}.pdf")], cwd=root, env=dict(os.environ),
                              capture_output=True, text=True, check=True)
        found[size] = json.loads(done.stdout.strip().splitlines()[-1])
    return found


def rows(notes: list[str]) -> list[Row]:
    """Measure; the rows of the table."""
    with tempfile.TemporaryDirectory() as tmp:
        os.environ.setdefault("WORKSHOP_DATA_DIR", tmp)
        f = measure(Path(tmp))
    small, large = f[SIZES[0]], f[SIZES[1]]
    ratio = large["seconds"] / small["seconds"]
    notes.append(f"Consolidated gap report: packages derived as for the merge, {SIZES[0]:,} "
                 f"and {SIZES[1]:,} merged; each report written in a fresh process.")
    return [
        Row(f"Consolidated gap report (PDF), {SIZES[0]:,} workshops",
            f"{small['seconds']:.1f} s, peak {small['peak_mib']:.0f} MiB"),
        Row(f"Consolidated gap report (PDF), {SIZES[1]:,} workshops",
            f"{large['seconds']:.1f} s, peak {large['peak_mib']:.0f} MiB",
            "peak under 200 MiB", large["peak_mib"] < 200),
        Row(f"Its time at {SIZES[1]:,} / at {SIZES[0]:,} workshops", f"{ratio:.2f}x",
            "under 2.1x", ratio < 2.1),
    ]


if __name__ == "__main__":
    table: list[str] = []
    print_table(rows(table), table)
