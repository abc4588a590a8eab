"""Crash campaign: kill the edit loop with SIGKILL at random moments, many times, and count losses.

Not a test (it runs for minutes) and not part of `python -m bench`: run it on its own,

    python -m bench.crash_campaign --runs 200

Each run starts a child process that opens one workshop file and edits it as fast as it can:
adding institutions, changing the consensus notes of a commitment, renaming an institution,
deleting one, and now and then a batch of five additions in one transaction. After each edit's
call returns, the child prints the edit's number: that edit is acknowledged. The parent kills
the child with SIGKILL after a random delay (sometimes while it is still starting up or
opening the file), then checks the file: SQLite's `integrity_check`, the app's own full check
(`workshop check`), and that every edit acknowledged in this run and in every earlier run is
still there. It prints the runs, the edits acknowledged, the edits lost and the corrupt files;
the last two must be 0. POSIX only (SIGKILL).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# The child: one workshop file, edits until killed. Each printed line is
# "N KIND NAME REVISION": edit N returned and the workshop reached REVISION. Kinds: add (an
# institution NAME exists), note (an audit entry with NAME as the new consensus notes),
# rename (institution renamed to NAME), delete (institution NAME gone), batch (institutions
# NAME-0 .. NAME-4 exist).
EDIT_LOOP = """
import random, sys
from workshop.model import Institution, new_uuid
from workshop.store import WorkshopFile
path, run, seed = sys.argv[1], sys.argv[2], int(sys.argv[3])
rng = random.Random(seed)
store = WorkshopFile.open(path)
commitments = store.commitments_in_scope()
mine = []
n = 0
while True:
    n += 1
    name = f"r{run}-e{n}"
    roll = rng.random()
    if roll < 0.4 or not mine:
        uuid = new_uuid()
        store.add(Institution(uuid=uuid, name=name, sector="health"))
        mine.append(uuid)
        kind = "add"
    elif roll < 0.7:
        store.set_consensus(rng.choice(commitments), notes=name)
        kind = "note"
    elif roll < 0.85:
        store.update(Institution, rng.choice(mine), name=name)
        kind = "rename"
    elif roll < 0.95:
        uuid = mine.pop(rng.randrange(len(mine)))
        name = store.get(Institution, uuid).name
        store.remove(Institution, uuid)
        kind = "delete"
    else:
        with store.batch():
            for i in range(5):
                uuid = new_uuid()
                store.add(Institution(uuid=uuid, name=f"{name}-{i}", sector="justice"))
                mine.append(uuid)
        kind = "batch"
    print(n, kind, name, store.revision, flush=True)
"""


class Ledger:
    """What every acknowledged edit promised, and the check of a file against it."""

    def __init__(self) -> None:
        self.present: set[str] = set()  # institution names that must exist
        self.absent: set[str] = set()  # institution names that must not
        self.notes: set[str] = set()  # consensus notes that must be in the audit log
        self.acknowledged = 0
        self.revision = 0  # the highest revision acknowledged
        self.last_problems: list[str] = []

    def record(self, line: str) -> None:
        """Take one line of the child's output (one acknowledged edit)."""
        parts = line.split()
        if len(parts) != 4 or not parts[3].isdigit():
            return  # the last line may be cut by the kill; a cut line was not acknowledged
        _n, kind, name, revision = parts
        self.acknowledged += 1
        self.revision = max(self.revision, int(revision))
        if kind in ("add", "rename"):
            self.present.add(name)
        elif kind == "note":
            self.notes.add(name)
        elif kind == "delete":
            self.present.discard(name)
            self.absent.add(name)
        elif kind == "batch":
            self.present.update(f"{name}-{i}" for i in range(5))

    def lost(self, path: Path) -> int:
        """How many acknowledged edits the file does not hold.

        The edit the kill interrupted may have been committed without being acknowledged; if it
        was a rename or a deletion, a name acknowledged earlier may be gone, but only at a
        revision after the last acknowledged one.
        """
        conn = sqlite3.connect(path)
        try:
            revision = conn.execute("SELECT revision FROM workshop").fetchone()[0]
            names = {row[0] for row in conn.execute("SELECT name FROM institution")}
            notes: set[str] = set()
            for field, value in conn.execute(
                    "SELECT field, new_value FROM audit_log WHERE table_name = 'consensus' "
                    "AND new_value IS NOT NULL"):
                value = json.loads(value)
                if field == "notes":
                    notes.add(value)
                elif field is None:  # the insert that made the consensus: the whole row
                    notes.add(value.get("notes", ""))
            renamed = {json.loads(row[0]) for row in conn.execute(
                "SELECT old_value FROM audit_log WHERE table_name = 'institution' "
                "AND field = 'name'")}
            in_flight = set()
            for (value,) in conn.execute(
                    "SELECT old_value FROM audit_log WHERE table_name = 'institution' "
                    "AND action = 'delete' AND revision > ?", [self.revision]):
                in_flight.add(json.loads(value)["name"])
        finally:
            conn.close()
        missing = {n for n in self.present - names if n not in renamed | in_flight}
        self.present -= in_flight  # the interrupted deletion did happen: later runs know it
        resurrected = self.absent & names
        behind = 1 if revision < self.revision else 0
        self.last_problems = sorted(missing)[:3] + sorted(resurrected)[:3] \
            + sorted(self.notes - notes)[:3] + ([f"revision {revision}"] if behind else [])
        return len(missing) + len(resurrected) + len(self.notes - notes) + behind


def corrupt(path: Path) -> str:
    """Empty when the file passes SQLite's integrity_check and the app's full check."""
    from workshop.integrity import check_workshop_file

    conn = sqlite3.connect(path)  # read-write, so a WAL left by the kill is recovered
    try:
        result = [row[0] for row in conn.execute("PRAGMA integrity_check")]
    finally:
        conn.close()
    if result != ["ok"]:
        return "; ".join(result[:3])
    problems = check_workshop_file(path)
    return "; ".join(problems)


def one_run(path: Path, run: int, rng: random.Random, ledger: Ledger,
            max_delay: float) -> tuple[int, bool]:
    """Start the edit loop, kill it after a random delay; acknowledged edits of this run,
    and whether the child was still running when killed."""
    child = subprocess.Popen(
        [sys.executable, "-c", EDIT_LOOP, str(path), str(run), str(rng.randrange(1 << 30))],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env=dict(os.environ))
    time.sleep(rng.uniform(0.05, max_delay))
    alive = child.poll() is None
    child.send_signal(signal.SIGKILL)
    out, err = child.communicate()
    if not alive and child.returncode != 0:
        raise SystemExit(f"the edit loop failed before it was killed:\n{err}")
    before = ledger.acknowledged
    for line in out.splitlines():
        ledger.record(line)
    return ledger.acknowledged - before, alive


def main(argv: list[str] | None = None) -> int:
    """Run the campaign and print its figures; exit status 1 if anything was lost or corrupt."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200, help="kills (default 200)")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--max-delay", type=float, default=2.0,
                        help="longest time before a kill, seconds (default 2)")
    parser.add_argument("--folder", default="",
                        help="keep the workshop file in this folder (default: a temporary one)")
    args = parser.parse_args(argv)
    if not hasattr(signal, "SIGKILL"):
        print("The crash campaign needs SIGKILL (Linux or macOS).", file=sys.stderr)
        return 2
    rng = random.Random(args.seed)
    parser_folder = args.folder
    with tempfile.TemporaryDirectory() as tmp:
        if parser_folder:
            tmp = parser_folder
            Path(tmp).mkdir(parents=True, exist_ok=True)
        os.environ["WORKSHOP_DATA_DIR"] = tmp
        from workshop.demo import build_demo

        path = Path(tmp) / "campaign.workshop"
        build_demo(path, seed=1).close()
        ledger = Ledger()
        lost = corrupt_files = during_start = 0
        started = time.monotonic()
        for run in range(1, args.runs + 1):
            acknowledged, alive = one_run(path, run, rng, ledger, args.max_delay)
            if acknowledged == 0:
                during_start += 1
            problem = corrupt(path)
            if problem:
                corrupt_files += 1
                print(f"run {run}: corrupt: {problem}", file=sys.stderr)
            run_lost = ledger.lost(path)
            if run_lost:
                print(f"run {run}: {run_lost} acknowledged edits missing "
                      f"({', '.join(ledger.last_problems)})", file=sys.stderr)

            lost = max(lost, run_lost)
            if run % 25 == 0:
                print(f"... {run} runs, {ledger.acknowledged} edits acknowledged", flush=True)
        elapsed = time.monotonic() - started
    print(f"runs (SIGKILL): {args.runs}  (of which before the first edit returned: "
          f"{during_start})")
    print(f"edits acknowledged: {ledger.acknowledged}")
    print(f"edits lost: {lost}")
    print(f"corrupt files: {corrupt_files}")
    print(f"time: {elapsed:.0f} s, seed {args.seed}")
    return 1 if lost or corrupt_files else 0


if __name__ == "__main__":
    sys.exit(main())
