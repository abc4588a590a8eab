"""Run every benchmark and print one table of figures."""

from __future__ import annotations

import platform
import sys

from bench import edit, merge, reports


def main() -> int:
    """Run the benchmarks in turn and print their figures."""
    print(f"machine: {platform.machine()}, {platform.system()} {platform.release()}, "
          f"Python {platform.python_version()}")
    edit.main()
    merge.main()
    reports.main()
    return 0


if __name__ == "__main__":
    sys.exit(main())
