"""The `workshop` command: picks the face, command line or desktop app.

`workshop --self-test` checks the app (a build, or this checkout) offscreen: ui.selftest.
With a subcommand it hands over to `workshop.cli` without importing Qt, so scripting stays fast
and works where Qt cannot start; with no subcommand, or a file, it starts the desktop app.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

# The file kinds the app opens: workshop files, consolidated files, exchange packages.
FILE_SUFFIXES = (".workshop", ".consolidated", ".wspkg", ".zip", ".db", ".sqlite")


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `workshop` command."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["--self-test"]:
        from ui.selftest import run as self_test

        return self_test()
    if args and not _names_a_file(args[0]):
        from workshop.cli import main as cli_main

        return cli_main(args)
    from ui.app import run

    return run(args)


def _names_a_file(word: str) -> bool:
    """Whether the first word is a file for the app rather than a command (or a mistyped one).

    No command ends in a file suffix, so a workshop file is known without loading the command
    line (argparse and the rest cost a few milliseconds of every start).
    """
    if word.startswith("-"):
        return False
    if Path(word).suffix.lower() in FILE_SUFFIXES:
        return True
    from workshop.cli import COMMANDS

    return word not in COMMANDS and Path(word).exists()


if __name__ == "__main__":
    sys.exit(main())
