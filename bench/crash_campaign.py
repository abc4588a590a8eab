"""Crash campaign: kill the app's writers with SIGKILL at random moments, many times, and count
losses.

Not a test (it runs for minutes) and not part of `python -m bench`: run it on its own,

    python -m bench.crash_campaign --runs 200 [--scenario SCENARIO|all]

Five scenarios, each a child process that writes as fast as it can and prints one line per
write whose call returned (acknowledged):
- edits: the workshop file's edits (below), each commit waiting for the disk;
- app-edits: the same edits as the desktop app commits them (not waiting for the disk; the
  sync thread makes them durable);
- merge: the secretariat's merge, one package per call into a consolidated file (new
  workshops, newer revisions of merged ones, repeats);
- review: `review-import` of reviewed workbooks of many reviewers into a workshop file;
- catalog: `catalog import` of corrected catalog workbooks, each installed as a new version.
After each kill the parent checks that the file is sound and not called damaged (the app's
full check, SQLite's integrity_check, opening it for writing) and that every acknowledged
write is there; for the catalogs, that every installed version loads and that no temporary
file is left once the next import has run.

The edits scenario's child opens one workshop file and edits it as fast as it can: adding
institutions, changing the consensus notes of a commitment, renaming an institution,
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
import hashlib
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

# The child: one workshop file, edits until killed. Each printed line is
# "N KIND NAME REVISION": edit N returned and the workshop reached REVISION. Kinds: add (an
# institution NAME exists), note (an audit entry with NAME as the new consensus notes),
# rename (institution renamed to NAME), delete (institution NAME gone), batch (institutions
# NAME-0 .. NAME-4 exist).
EDIT_LOOP = """
import random, sys
from workshop.file.model import Institution, new_uuid
from workshop.file.store import WorkshopFile
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


class EditsScenario:
    """The workshop file's own edits (the loop above), checked against a Ledger."""

    name = "edits"
    child = EDIT_LOOP

    def __init__(self, folder: Path) -> None:
        from workshop.demo import build_demo

        self.path = folder / "campaign.workshop"
        build_demo(self.path, seed=1).close()
        self.ledger = Ledger()

    def args(self, run: int, seed: int) -> list[str]:
        """The child's arguments for one run."""
        return [str(self.path), str(run), str(seed)]

    def record(self, line: str) -> bool:
        """Take one line of the child's output; whether it was an acknowledged write."""
        before = self.ledger.acknowledged
        self.ledger.record(line)
        return self.ledger.acknowledged > before

    @property
    def acknowledged(self) -> int:
        """Edits acknowledged so far."""
        return self.ledger.acknowledged

    def check(self) -> tuple[int, str]:
        """(acknowledged writes missing, the file's problem or "")."""
        problem = corrupt(self.path)
        lost = self.ledger.lost(self.path)
        if lost:
            problem = problem or ", ".join(self.ledger.last_problems)
        return lost, problem


# The merge child: one package per call, chosen at random among new workshops, newer
# revisions of them and repeats. Line: "N OUTCOME WORKSHOP_ID REVISION".
MERGE_LOOP = """
import random, sys
from workshop.exchange.merge import merge_packages
consolidated, seed, packages = sys.argv[1], int(sys.argv[3]), sys.argv[4:]
rng = random.Random(seed)
n = 0
while True:
    (outcome,) = merge_packages(consolidated, [rng.choice(packages)])
    n += 1
    print(n, outcome.outcome, outcome.workshop_id, outcome.revision, flush=True)
"""


class MergeScenario:
    """Merges into a consolidated file; an acknowledged merge must stay merged."""

    name = "merge"
    child = MERGE_LOOP
    WORKSHOPS = 24
    REVISIONS = 3

    def __init__(self, folder: Path) -> None:
        from bench.merge import build_packages

        self.path = folder / "campaign.wsc"
        bases = build_packages(folder, self.WORKSHOPS, demos=3)
        self.packages = [p for base in bases
                         for p in derive_revisions(base, self.REVISIONS)]
        self.merged: dict[str, int] = {}  # workshop id -> newest revision acknowledged
        self.acknowledged = 0
        self.journals = 0  # kills that left the file's rollback journal behind

    def args(self, run: int, seed: int) -> list[str]:
        """The child's arguments for one run."""
        return [str(self.path), str(run), str(seed), *map(str, self.packages)]

    def record(self, line: str) -> bool:
        """Take one line of the child's output; whether it was an acknowledged write."""
        parts = line.split()
        if len(parts) != 4 or not parts[3].isdigit():
            return False
        _n, outcome, workshop_id, revision = parts
        if outcome not in ("added", "replaced", "unchanged", "conflict"):
            raise SystemExit(f"a valid package was not merged: {line}")
        self.acknowledged += 1
        if outcome != "conflict":  # an older revision after a newer one: refused, rightly
            self.merged[workshop_id] = max(self.merged.get(workshop_id, 0), int(revision))
        return True

    def check(self) -> tuple[int, str]:
        """(acknowledged merges missing, the file's problem or "")."""
        if not self.path.exists():
            return (1 if self.merged else 0), ""
        self.journals += self.path.with_name(self.path.name + "-journal").exists()
        problem = sound_consolidated(self.path)
        if problem:
            return 0, problem
        conn = sqlite3.connect(self.path)
        try:
            found = dict(conn.execute("SELECT id, revision FROM workshop").fetchall())
        finally:
            conn.close()
        missing = [w for w, revision in self.merged.items() if found.get(w, -1) < revision]
        return len(missing), ""


def derive_revisions(package: Path, count: int) -> list[Path]:
    """`package` and `count - 1` later revisions of the same workshop (same identity)."""
    from workshop.exchange.packages import CONTENT, MANIFEST

    with zipfile.ZipFile(package) as archive:
        manifest = json.loads(archive.read(MANIFEST))
        content = json.loads(archive.read(CONTENT))
    out = [package]
    for step in range(1, count):
        content["workshop"]["revision"] += 1
        body = json.dumps(content, sort_keys=True, ensure_ascii=False,
                          separators=(",", ":")).encode("utf-8")
        manifest.update(revision=content["workshop"]["revision"],
                        members={CONTENT: hashlib.sha256(body).hexdigest()})
        path = package.with_name(f"{package.stem}-r{step}.zip")
        with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(MANIFEST, json.dumps(manifest, sort_keys=True, indent=2))
            archive.writestr(CONTENT, body)
        out.append(path)
    return out


def sound_consolidated(path: Path) -> str:
    """Empty when a consolidated file passes the app's full check and opens for writing."""
    from workshop.errors import WorkshopError
    from workshop.exchange.consolidated import ConsolidatedFile, check_consolidated_file

    problems = check_consolidated_file(path)
    if problems:
        return "; ".join(problems)
    try:
        ConsolidatedFile.open(path).close()
    except WorkshopError as error:
        return error.message
    return ""


# The review child: reviewed workbooks of many reviewers, imported in a random order.
# Line: "N REVIEWER_NUMBER REVISION".
REVIEW_LOOP = """
import random, sys
from workshop.exchange.review import import_review
path, seed, workbooks = sys.argv[1], int(sys.argv[3]), sys.argv[4:]
rng = random.Random(seed)
n = 0
while True:
    number = rng.randrange(len(workbooks))
    result = import_review(path, workbooks[number])
    n += 1
    print(n, number, result.new_revision, flush=True)
"""


class ReviewScenario:
    """Reviewed workbooks imported into a workshop file; an acknowledged import stays."""

    name = "review"
    child = REVIEW_LOOP
    REVIEWERS = 40

    def __init__(self, folder: Path) -> None:
        from workshop.demo import build_demo
        from workshop.reports import write_report

        self.path = folder / "campaign.workshop"
        build_demo(self.path, seed=1).close()
        exported = write_report(self.path, "full", "xlsx", folder / "full.xlsx")
        self.workbooks = [reviewed_copy(exported, folder / f"reviewed-{i}.xlsx", i)
                          for i in range(self.REVIEWERS)]
        self.reviewed: set[int] = set()
        self.acknowledged = 0

    def args(self, run: int, seed: int) -> list[str]:
        """The child's arguments for one run."""
        return [str(self.path), str(run), str(seed), *map(str, self.workbooks)]

    def record(self, line: str) -> bool:
        """Take one line of the child's output; whether it was an acknowledged write."""
        parts = line.split()
        if len(parts) != 3 or not parts[2].isdigit():
            return False
        self.acknowledged += 1
        self.reviewed.add(int(parts[1]))
        return True

    def check(self) -> tuple[int, str]:
        """(acknowledged imports missing, the file's problem or "")."""
        problem = corrupt(self.path)
        if problem:
            return 0, problem
        conn = sqlite3.connect(self.path)
        try:
            found = {row[0] for row in conn.execute("SELECT DISTINCT reviewer FROM review")}
        finally:
            conn.close()
        return len({reviewer_name(i) for i in self.reviewed} - found), ""


def reviewer_name(number: int) -> str:
    """The name signed on reviewed workbook `number`."""
    return f"Reviewer {number}, Ministry of Health"


def reviewed_copy(exported: Path, out: Path, number: int) -> Path:
    """A copy of the exported workbook signed by reviewer `number`, with views and comments."""
    import openpyxl

    book = openpyxl.load_workbook(exported)
    cover = book["Workshop"]
    for row in cover.iter_rows():
        if row[0].value == "Reviewer's name":
            cover.cell(row[0].row, 2).value = reviewer_name(number)
        if row[0].value == "Date of review (YYYY-MM-DD)":
            cover.cell(row[0].row, 2).value = "2026-12-01"
    sheet = book["Commitments"]
    headers = [c.value for c in sheet[1]]
    view, comment = headers.index("Reviewer's view") + 1, headers.index("Reviewer's comment") + 1
    for row in range(2, 2 + 5):
        sheet.cell(row, view).value = ("agree", "disagree")[(row + number) % 2]
        sheet.cell(row, comment).value = f"comment {number}-{row}"
    book.save(out)
    return out


# The catalog child: corrected catalog workbooks installed as new versions; a workbook already
# installed is refused ("same content"). Line: "N WORKBOOK_NUMBER VERSION" or "N WORKBOOK dup".
CATALOG_LOOP = """
import random, sys
from pathlib import Path
from bench.crash_campaign import CatalogScenario, corrected_copy
from workshop.catalogs.catalog import latest_catalog
from workshop.catalogs.catalog_workbook import export_catalog, install_catalog_workbook
from workshop.errors import WorkshopError
run, seed, folder = sys.argv[2], int(sys.argv[3]), Path(sys.argv[4])
rng = random.Random(seed)
n = 0
while True:
    number = rng.randrange(CatalogScenario.WORKBOOKS)
    newest = folder / f"newest-{run}.xlsx"  # a workbook of an older version is refused
    export_catalog(latest_catalog(), newest)
    workbook = corrected_copy(newest, folder / f"corrected-{run}.xlsx", number)
    try:
        version = install_catalog_workbook(workbook).version
    except WorkshopError as error:
        if "same content" not in error.message:
            raise
        version = "dup"
    n += 1
    print(n, number, version, flush=True)
"""


class CatalogScenario:
    """Catalog workbooks installed in the user data folder; an acknowledged install stays,
    every installed file loads, and no temporary file outlives the next import."""

    name = "catalog"
    child = CATALOG_LOOP
    WORKBOOKS = 30

    def __init__(self, folder: Path) -> None:
        from workshop.catalogs.catalog import installed_catalog_dir

        self.workbooks_folder = folder  # each install corrects an export of the newest version
        self.folder = installed_catalog_dir()
        self.installed: set[int] = set()
        self.acknowledged = 0
        self.leftovers: set[str] = set()  # temporary files seen after the last check

    def args(self, run: int, seed: int) -> list[str]:
        """The child's arguments for one run."""
        return ["-", str(run), str(seed), str(self.workbooks_folder)]

    def record(self, line: str) -> bool:
        """Take one line of the child's output; whether it was an acknowledged write."""
        parts = line.split()
        if len(parts) != 3 or not (parts[2].isdigit() or parts[2] == "dup"):
            return False
        self.acknowledged += 1
        self.installed.add(int(parts[1]))
        return True

    def check(self) -> tuple[int, str]:
        """(acknowledged installs missing, a problem or ""): every installed file loads, and
        no temporary file seen at the last check is still there."""
        from workshop.catalogs.catalog import available_catalogs

        problems: list[str] = []
        catalogs = available_catalogs(problems)
        if problems:
            return 0, "; ".join(problems)
        stray = {p.name for p in self.folder.iterdir() if not p.name.endswith(".json")} \
            if self.folder.is_dir() else set()
        stale = stray & self.leftovers
        self.leftovers = stray
        if stale:
            return 0, f"temporary files left: {', '.join(sorted(stale))}"
        summaries = {c.commitments[0].summary for c in catalogs}
        missing = [i for i in self.installed if corrected_summary(i) not in summaries]
        return len(missing), ""


def corrected_summary(number: int) -> str:
    """The first commitment's summary in corrected workbook `number`."""
    return f"Corrected summary number {number}."


def corrected_copy(exported: Path, out: Path, number: int) -> Path:
    """A copy of the exported catalog workbook with the first commitment's summary changed."""
    import openpyxl

    book = openpyxl.load_workbook(exported)
    sheet = book["Commitments"]
    headers = [c.value for c in sheet[1]]
    sheet.cell(2, headers.index("summary") + 1).value = corrected_summary(number)
    book.save(out)
    return out


class AppEditsScenario(EditsScenario):
    """The same edits as the desktop app makes them: each commit does not wait for the disk
    (the sync thread makes it durable), so a killed app must still lose nothing committed."""

    name = "app-edits"
    child = EDIT_LOOP.replace("WorkshopFile.open(path)",
                              "WorkshopFile.open(path, sync_behind=True)")


SCENARIOS = {s.name: s for s in (EditsScenario, AppEditsScenario, MergeScenario,
                                 ReviewScenario, CatalogScenario)}


def one_run(scenario: Any, run: int, rng: random.Random, max_delay: float) -> tuple[int, bool]:
    """Start the scenario's child, kill it after a random delay; acknowledged writes of this
    run, and whether the child was still running when killed."""
    child = subprocess.Popen(
        [sys.executable, "-c", scenario.child, *scenario.args(run, rng.randrange(1 << 30))],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env=dict(os.environ))
    time.sleep(rng.uniform(0.05, max_delay))
    alive = child.poll() is None
    child.send_signal(signal.SIGKILL)
    out, err = child.communicate()
    if not alive and child.returncode != 0:
        raise SystemExit(f"the {scenario.name} loop failed before it was killed:\n{err}")
    return sum(scenario.record(line) for line in out.splitlines()), alive


def campaign(name: str, runs: int, rng: random.Random, max_delay: float,
             folder: Path) -> dict[str, Any]:
    """Run one scenario `runs` times in `folder`; its figures."""
    folder.mkdir(parents=True, exist_ok=True)
    os.environ["WORKSHOP_DATA_DIR"] = str(folder / "userdata")
    scenario = SCENARIOS[name](folder)
    lost = corrupt_files = during_start = 0
    started = time.monotonic()
    for run in range(1, runs + 1):
        acknowledged, _alive = one_run(scenario, run, rng, max_delay)
        if acknowledged == 0:
            during_start += 1
        run_lost, problem = scenario.check()
        if problem:
            corrupt_files += 1
            print(f"{name} run {run}: {problem}", file=sys.stderr)
        if run_lost:
            print(f"{name} run {run}: {run_lost} acknowledged writes missing", file=sys.stderr)
        lost = max(lost, run_lost)
        if run % 25 == 0:
            print(f"... {name}: {run} runs, {scenario.acknowledged} writes acknowledged",
                  flush=True)
    return {"scenario": name, "runs": runs, "during_start": during_start,
            "journals": getattr(scenario, "journals", None),
            "acknowledged": scenario.acknowledged, "lost": lost, "corrupt": corrupt_files,
            "seconds": time.monotonic() - started}


def main(argv: list[str] | None = None) -> int:
    """Run the campaign and print its figures; exit status 1 if anything was lost or corrupt."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200, help="kills per scenario (default 200)")
    parser.add_argument("--scenario", choices=[*SCENARIOS, "all"], default="edits")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--max-delay", type=float, default=2.0,
                        help="longest time before a kill, seconds (default 2)")
    parser.add_argument("--folder", default="",
                        help="keep the files in this folder (default: a temporary one)")
    args = parser.parse_args(argv)
    if not hasattr(signal, "SIGKILL"):
        print("The crash campaign needs SIGKILL (Linux or macOS).", file=sys.stderr)
        return 2
    rng = random.Random(args.seed)
    names = list(SCENARIOS) if args.scenario == "all" else [args.scenario]
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(args.folder or tmp)
        for name in names:
            results.append(campaign(name, args.runs, rng, args.max_delay, root / name))
    for r in results:
        print(f"{r['scenario']}: runs (SIGKILL): {r['runs']}  (of which before the first "
              f"write returned: {r['during_start']})")
        if r["journals"] is not None:
            print(f"{r['scenario']}: kills that left the file's journal behind: "
                  f"{r['journals']}")
        print(f"{r['scenario']}: writes acknowledged: {r['acknowledged']}")
        print(f"{r['scenario']}: writes lost: {r['lost']}")
        print(f"{r['scenario']}: corrupt or refused files: {r['corrupt']}")
        print(f"{r['scenario']}: time: {r['seconds']:.0f} s, seed {args.seed}")
    return 1 if any(r["lost"] or r["corrupt"] for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
