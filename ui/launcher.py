"""The `workshop` command: picks the face, command line or desktop app.

With a subcommand it hands over to `workshop.cli` without importing Qt, so scripting stays fast
and works where Qt cannot start; with no subcommand, or a file, it starts the desktop app.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `workshop` command."""
    from workshop.cli import COMMANDS

    args = list(sys.argv[1:] if argv is None else argv)
    if args and (args[0] in COMMANDS or args[0].startswith("-")):
        from workshop.cli import main as cli_main

        return cli_main(args)
    from ui.app import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
