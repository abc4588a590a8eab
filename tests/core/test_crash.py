"""A process killed in the middle of a run of edits loses no edit whose call had returned."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

EDIT_LOOP = """
import sys
from workshop.file.model import Institution, new_uuid
from workshop.file.store import WorkshopFile
store = WorkshopFile.open(sys.argv[1])
cid = store.commitments_in_scope()[0]
n = 0
while True:
    n += 1
    if n % 2:
        store.add(Institution(uuid=new_uuid(), name=f"crash-{n}", sector="health"))
    else:
        store.set_consensus(cid, notes=f"crash-{n}")
    print(n, flush=True)  # acknowledged: the call has returned
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL exists only on POSIX")
def test_sigkill_during_edits_loses_no_acknowledged_edit(fresh_workshop, tmp_path: Path) -> None:
    path = fresh_workshop.path
    fresh_workshop.close()
    rng = random.Random(7)
    for _run in range(5):
        child = subprocess.Popen([sys.executable, "-c", EDIT_LOOP, str(path)], cwd=ROOT,
                                 stdout=subprocess.PIPE, text=True, env=dict(os.environ))
        target = rng.randint(5, 60)
        acknowledged = 0
        assert child.stdout is not None
        for line in child.stdout:
            acknowledged = int(line)
            if acknowledged >= target:
                break
        child.send_signal(signal.SIGKILL)
        child.wait()
        assert acknowledged >= target, "the edit loop stopped before it was killed"
        # Edits that the child made after its last acknowledgement may or may not be there.
        conn = sqlite3.connect(path)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        names = {row[0] for row in conn.execute("SELECT name FROM institution")}
        # The first note creates the consensus (one insert entry), later ones update it.
        audited = " ".join(row[0] for row in conn.execute(
            "SELECT new_value FROM audit_log WHERE table_name = 'consensus'"))
        conn.close()
        for n in range(1, acknowledged + 1):
            if n % 2:
                assert f"crash-{n}" in names, (n, acknowledged)
            else:
                assert f'"crash-{n}"' in audited, (n, acknowledged)
        # Start the next run from a clean numbering: clear the institutions made so far.
        conn = sqlite3.connect(path)
        conn.execute("DELETE FROM institution")
        conn.execute("DELETE FROM audit_log")
        conn.commit()
        conn.close()
