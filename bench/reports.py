"""Reports: the time to write each report on the demo workshop and on one ten times its size.

The large workshop is the demo grown through the store's own API: all four documents in scope,
eight working groups each assessing every commitment in scope, and ten times the demo's
institutions, participants, gaps, needs and actions. Every (kind, format) pair that
`workshop.reports` can write is timed (median of a few runs, written to a real file), and the
reading of a reviewed full results workbook (`review-import --dry-run`) too. Aim: each report
under 2 s on the demo.
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
import uuid
from pathlib import Path

from bench.table import Row, print_table

FACTOR = 10
RUNS = 3


def _id(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def build_large(path: Path, factor: int = FACTOR, seed: int = 7) -> Path:
    """The demo workshop grown `factor` times (records), with eight groups and all documents."""
    from workshop.demo import build_demo
    from workshop.file.model import (
        ASSISTANCE_TYPES,
        PRIORITIES,
        ActionItem,
        Assessment,
        AssistanceNeed,
        Consensus,
        Gap,
        GroupAssignment,
        Institution,
        Participant,
        WorkingGroup,
    )

    rng = random.Random(f"large-{seed}")  # not the demo's own sequence of ids
    with build_demo(path, seed=seed) as store, store.batch():
        base = {kind: store.count(kind) for kind in (Institution, Participant, Gap,
                                                     AssistanceNeed, ActionItem)}
        store.update_details(documents=[], chapters=[])
        for position in range(store.count(WorkingGroup), 8):
            store.add(WorkingGroup(uuid=_id(rng), name=f"Group {chr(65 + position)}: plenary "
                                   f"working group {position + 1}", position=position))
        groups = store.records(WorkingGroup)
        for group in groups:
            for chapter in range(1, 8):
                if not store.records(GroupAssignment, "group_uuid = ? AND chapter = ?",
                                     [group.uuid, chapter]):
                    store.add(GroupAssignment(uuid=_id(rng), group_uuid=group.uuid,
                                              chapter=chapter))
        scope = store.commitments_in_scope()
        done = {(a.group_uuid, a.commitment_id) for a in store.records(Assessment)}
        statuses = ["0", "1", "2", "2", "3", "3", "4", "na", "unknown"]
        for group in groups:
            for cid in scope:
                if (group.uuid, cid) not in done:
                    store.add(Assessment(uuid=_id(rng), group_uuid=group.uuid, commitment_id=cid,
                                         status=rng.choice(statuses),
                                         measures="National programme in place since 2021",
                                         evidence="Annual report of the ministry"))
        agreed = {c.commitment_id for c in store.records(Consensus)}
        for cid in scope:
            if cid not in agreed:
                store.add(Consensus(uuid=_id(rng), commitment_id=cid,
                                    status=rng.choice(statuses)))
        institutions = store.records(Institution)
        for i in range(base[Institution] * (factor - 1)):
            institution = Institution(uuid=_id(rng), name=f"Provincial authority {i + 1}",
                                      sector=rng.choice(["health", "police", "justice"]),
                                      acronym=f"PA{i + 1}")
            store.add(institution)
            institutions.append(institution)
        for _ in range(base[Participant] * (factor - 1)):
            store.add(Participant(uuid=_id(rng), institution_uuid=rng.choice(institutions).uuid,
                                  sex=rng.choice(["female", "male"]), role="Focal point"))
        gaps = store.records(Gap)
        for i in range(base[Gap] * (factor - 1)):
            gap = Gap(uuid=_id(rng), commitment_id=rng.choice(scope),
                      description=f"Gap {i + 1}: coverage limited to the capital, no budget "
                                  "line and no data collected",
                      priority=rng.choice(list(PRIORITIES)), votes=rng.randint(0, 12))
            store.add(gap)
            gaps.append(gap)
        for i in range(base[AssistanceNeed] * (factor - 1)):
            gap = rng.choice(gaps)
            store.add(AssistanceNeed(uuid=_id(rng), commitment_id=gap.commitment_id,
                                     assistance_type=rng.choice(list(ASSISTANCE_TYPES)),
                                     description=f"Support to address gap {i + 1}",
                                     gap_uuid=gap.uuid, priority=gap.priority,
                                     institution_uuid=rng.choice(institutions).uuid,
                                     providers="UNODC, WHO", timeframe="Within 12 months"))
        for i in range(base[ActionItem] * (factor - 1)):
            gap = rng.choice(gaps)
            store.add(ActionItem(uuid=_id(rng), description=f"Action {i + 1} to close a gap",
                                 commitment_id=gap.commitment_id, gap_uuid=gap.uuid,
                                 responsible_uuid=rng.choice(institutions).uuid,
                                 deadline="2027-06-30", indicator="Law adopted"))
    return path


def _median_time(work: object, runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def rows(notes: list[str]) -> list[Row]:
    """Time each report on the demo and on the large workshop; the rows of the table."""
    from workshop.analysis import summarize
    from workshop.demo import build_demo
    from workshop.exchange.review import import_review
    from workshop.file.store import WorkshopFile
    from workshop.languages.i18n import tr
    from workshop.reports import KIND_NAMES, WRITERS, available, write_report

    out: list[Row] = []
    writable = available()
    for kind, fmt in WRITERS:
        if (kind, fmt) not in writable:
            out.append(Row(f"{tr(KIND_NAMES[kind])} ({fmt.upper()})",
                           f"not measured: workshop.reports.{WRITERS[(kind, fmt)]} is missing",
                           "under 2 s on the demo", False))
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        build_demo(root / "demo.workshop").close()
        start = time.perf_counter()
        build_large(root / "large.workshop")
        built = time.perf_counter() - start
        for name in ("demo", "large"):
            source = root / f"{name}.workshop"
            with WorkshopFile.open(source, read_only=True) as store:
                n = summarize(store)["counts"]
            made = f" (built in {built:.1f} s)" if name == "large" else ""
            notes.append(f"Reports, {name} workshop{made}: "
                         f"{n['commitments_in_scope']} commitments in scope, {n['groups']} groups, "
                         f"{n['group_assessments']} assessments, {n['gaps']} gaps, "
                         f"{n['assistance_needs']} needs, {n['action_items']} actions, "
                         f"{n['participants']} participants; median of {RUNS} runs.")
            for kind, fmt in writable:
                path = root / f"{name}-{kind}.{fmt}"
                seconds = _median_time(lambda k=kind, f=fmt, o=path, s=source:
                                       write_report(s, k, f, o))
                on_demo = name == "demo"
                out.append(Row(f"{tr(KIND_NAMES[kind])} ({fmt.upper()}), {name}",
                               f"{seconds:.2f} s, {path.stat().st_size / 1024:.0f} KiB",
                               "under 2 s" if on_demo else "",
                               seconds < 2 if on_demo else None))
            full = root / f"{name}-full.xlsx"
            if full.exists():
                seconds = _median_time(lambda s=source, w=full: import_review(s, w, dry_run=True))
                out.append(Row(f"Reading back the full results workbook (review-import "
                               f"--dry-run), {name}", f"{seconds:.2f} s"))
    return out


def main() -> None:
    """Print the time of each report on the demo and on the large workshop."""
    notes: list[str] = []
    print_table(rows(notes), notes)


if __name__ == "__main__":
    main()
