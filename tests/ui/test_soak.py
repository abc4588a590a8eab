"""Three days of a workshop without a crash, and the file holding exactly what was edited.

`bench/soak.py` drives a new workshop through the main window's real widgets in the app's event
loop: 20,000 edits (status keys on the assessment and consensus pages, typing, gaps, needs,
actions and participants added and removed, Undo and Redo, page switches, the projector on and
off) and 1,000 refreshes of the secretariat's window over a consolidated file of 100 merged
workshops, ten more merged through it. It runs in a child process, so that an abort (PySide6
6.12 on Python 3.11 ended such a session with "Fatal Python error: none_dealloc") fails this
test with the child's last words instead of ending the test run.
"""

from __future__ import annotations

import json
import signal
import subprocess
from pathlib import Path

from bench.soak import (
    EDITS,
    LATE_PACKAGES,
    REFRESHES,
    UNDO_CHECK,
    WORKSHOPS,
    differences,
    file_state,
    run_child,
)
from workshop.file.store import WorkshopFile
from workshop.integrity import check_workshop_file


def how_it_ended(done: subprocess.CompletedProcess) -> str:
    """The child's end in words: the signal that killed it or its exit status, how far it got
    and what it said last."""
    if done.returncode < 0:
        ending = f"was killed by {signal.Signals(-done.returncode).name}"
    else:
        ending = f"exited with status {done.returncode}"
    said = [line for line in done.stderr.splitlines() if "propagateSizeHints" not in line]
    progress = [line for line in said if line.endswith("refreshes")]
    reached = progress[-1] if progress else "before its first thousand edits"
    fatal = next((n for n, line in enumerate(said) if line.startswith("Fatal Python error")),
                 max(0, len(said) - 30))
    return (f"the soak's process {ending} ({reached}); its last words:\n"
            + "\n".join(said[fatal:fatal + 30]))


def test_three_days_of_edits_end_with_the_file_as_edited(tmp_path: Path,
                                                         catalog_for_a_child) -> None:
    done, report = run_child(tmp_path / "soak")
    assert report is not None, how_it_ended(done)
    assert report["failure"] == "", report["failure"]
    assert report["errors"] == []
    assert report["edits"] >= EDITS
    assert report["refreshes"] == REFRESHES
    assert report["workshops_merged"] == WORKSHOPS + LATE_PACKAGES
    assert report["undo_checked"] == UNDO_CHECK  # Edit > Undo and Redo still work at the end

    path = Path(report["file"])
    expected = json.loads((tmp_path / "soak" / "expected.json").read_text(encoding="utf-8"))
    with WorkshopFile.open(path, read_only=True) as store:
        found = file_state(store)
        revision = store.revision
    assert differences(expected, found) == []
    assert revision >= report["edits"]  # every edit reached the file
    # the three days made work of every kind (the account is not trivially empty)
    assert len(found["assessment"]) >= 40 and len(found["consensus"]) >= 20
    assert found["gap"] and found["need"] and found["action"]
    assert len(found["participant"]) >= 25 and len(found["group"]) == 4
    assert check_workshop_file(path) == []
