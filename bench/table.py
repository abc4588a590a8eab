"""The one table every benchmark reports into, and the machine it ran on.

Each benchmark module has `rows(notes)`: it measures, returns its rows and appends to `notes`
what a reader needs to judge the figures (workload sizes, set-up times). The table is Markdown,
so `make bench` output pastes into the README as it is.
"""

from __future__ import annotations

import os
import platform
import statistics
from dataclasses import dataclass


@dataclass(frozen=True)
class Row:
    """One figure: what was measured, the result, the aim (if any) and whether it is met."""

    measure: str
    result: str
    aim: str = ""
    met: bool | None = None


def percentile(values: list[float], share: float) -> float:
    """The value at `share` (0..1) of the sorted values, nearest rank."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def median(values: list[float]) -> float:
    """The median (statistics.median, named here so the modules read alike)."""
    return statistics.median(values)


def _cpu() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _memory_gb() -> str:
    try:
        return f"{os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30:.1f} GiB"
    except (AttributeError, ValueError, OSError):
        return "unknown"


def machine() -> str:
    """CPU, cores, RAM, operating system, Python and Qt versions, in one line."""
    try:
        from PySide6 import __version__ as pyside
    except ImportError:
        pyside = "not installed"
    return (f"{_cpu()}, {os.cpu_count()} cores, {_memory_gb()} RAM; "
            f"{platform.system()} {platform.release()} ({platform.machine()}); "
            f"Python {platform.python_version()}, PySide6 {pyside}")


def _met(row: Row) -> str:
    return {True: "yes", False: "**no**", None: ""}[row.met]


def format_table(rows: list[Row]) -> str:
    """The rows as a Markdown table."""
    lines = ["| Measure | Result | Aim | Met |", "|---|---|---|---|"]
    lines += [f"| {r.measure} | {r.result} | {r.aim} | {_met(r)} |" for r in rows]
    return "\n".join(lines)


def print_table(rows: list[Row], notes: list[str]) -> None:
    """Print the machine, the table and the notes."""
    print(f"Machine: {machine()}")
    print()
    print(format_table(rows))
    if notes:
        print()
        for note in notes:
            print(f"- {note}")
