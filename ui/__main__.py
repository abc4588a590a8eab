"""`python -m ui`, and the standalone build's entry script: the `workshop` command."""

import sys

from ui.launcher import main

if __name__ == "__main__":
    sys.exit(main())
