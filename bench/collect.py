"""Collecting group copies: four groups' afternoons of work back into the demo workshop.

Four working groups of 30 commitments each are added to the demo and given their copies; on
each copy the group assesses every commitment (status, measures, evidence) and names a gap and
a need on each, and the facilitator meanwhile types five of the same answers on the main file
(five conflicts per copy). Timed: `workshop collect` of the four copies, from opening the file
to closing it, on a fresh copy of the prepared file each run.

    python -m bench.collect            # prints its rows of the table
Aim (issue "group copies"): under 1 s.
"""

from __future__ import annotations

import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from bench.table import Row, print_table

GROUPS = 4
COMMITMENTS = 30
RUNS = 5


def prepare(folder: Path) -> tuple[Path, list[Path]]:
    """The demo with four more groups, and each group's copy with its work done."""
    from workshop.demo import build_demo
    from workshop.exchange.group_copy import make_group_copy
    from workshop.file.model import AssistanceNeed, Gap, GroupAssignment, WorkingGroup, new_uuid
    from workshop.file.store import WorkshopFile

    main = folder / "demo.workshop"
    copies = []
    with build_demo(main, seed=1) as store:
        scope = store.commitments_in_scope()
        groups = []
        with store.batch():
            for n in range(GROUPS):
                group = WorkingGroup(uuid=new_uuid(), name=f"Bench group {n + 1}",
                                     position=100 + n)
                store.add(group)
                for k in range(COMMITMENTS):
                    store.add(GroupAssignment(uuid=new_uuid(), group_uuid=group.uuid,
                                              commitment_id=scope[(n * COMMITMENTS + k)
                                                                  % len(scope)]))
                groups.append(group)
        for n, group in enumerate(groups):
            copies.append(folder / f"group-{n + 1}.workshop")
            make_group_copy(store, group, copies[-1])
        for group in groups:  # the facilitator types five of the groups' answers meanwhile
            for cid in store.group_commitments(group.uuid)[:5]:
                store.set_assessment(group.uuid, cid, measures="typed by the facilitator")
    for group, copy in zip(groups, copies, strict=True):
        with WorkshopFile.open(copy) as laptop, laptop.batch():
            for k, cid in enumerate(laptop.group_commitments(group.uuid)):
                laptop.set_assessment(group.uuid, cid, status=str(k % 5),
                                      measures=f"measures {k}", evidence=f"evidence {k}")
                gap = Gap(uuid=new_uuid(), commitment_id=cid, description=f"gap {k}",
                          group_uuid=group.uuid)
                laptop.add(gap)
                laptop.add(AssistanceNeed(uuid=new_uuid(), commitment_id=cid,
                                          assistance_type="training", gap_uuid=gap.uuid))
    return main, copies


def measure(folder: Path) -> dict[str, float]:
    """Seconds to collect the four copies, per run; and what one collect did."""
    from workshop.exchange.collect import collect
    from workshop.file.store import WorkshopFile

    prepared, copies = prepare(folder)
    target = folder / "target.workshop"
    times = []
    applied = conflicts = 0
    for _run in range(RUNS):
        for companion in ("", "-wal", "-shm"):
            Path(f"{target}{companion}").unlink(missing_ok=True)
        shutil.copyfile(prepared, target)
        start = time.perf_counter()
        with WorkshopFile.open(target) as store:
            done = [collect(store, copy) for copy in copies]
        times.append(time.perf_counter() - start)
        assert all(d.outcome == "collected" for d in done), [d.message for d in done]
        applied = sum(len(d.applied) for d in done)
        conflicts = sum(len(d.conflicts) for d in done)
    return {"median": statistics.median(times), "worst": max(times), "applied": applied,
            "conflicts": conflicts}


def rows(notes: list[str]) -> list[Row]:
    """Measure; the rows of the table."""
    with tempfile.TemporaryDirectory() as tmp:
        os.environ.setdefault("WORKSHOP_DATA_DIR", tmp)
        f = measure(Path(tmp))
    notes.append(f"Collect: {GROUPS} copies of {COMMITMENTS} commitments each into the demo "
                 f"({f['applied']:.0f} changes taken, {f['conflicts']:.0f} conflicts kept), "
                 f"open to close, median of {RUNS} runs.")
    return [Row(f"Collect {GROUPS} group copies, median / worst",
                f"{f['median']:.2f} s / {f['worst']:.2f} s", "under 1 s", f["median"] < 1)]


if __name__ == "__main__":
    table: list[str] = []
    print_table(rows(table), table)
