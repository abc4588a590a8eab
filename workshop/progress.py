"""Progress since the baseline: each commitment's consensus now against the baseline's.

The baseline keeps its statuses under the ids of the catalog version it was made against; they
are read here through the catalog's mapping into this workshop's version (`catalog_mapping`),
and ids with no place there are listed as unmapped, never dropped. Statuses are compared on the
0-4 scale: improved, unchanged or worsened; "not applicable", "not known", no baseline status,
or a commitment with no place in this version count as no baseline. Taking a baseline is
`baseline.take_baseline`; every view of progress (Results, the reports, `info --json`) reads
it from here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from workshop.catalogs.catalog_mapping import mapping_to, missing_version_warning
from workshop.file.model import Consensus
from workshop.file.store import WorkshopFile

SCALE = ("0", "1", "2", "3", "4")


@dataclass(frozen=True)
class Then:
    """The baseline's statuses under this workshop's commitment ids."""

    statuses: dict[str, str]
    unmapped: list[str]  # ids of the baseline's catalog version with no place in this one
    warning: str = ""  # a sentence when a catalog version between the two is not installed


def baseline_then(store: WorkshopFile) -> Then:
    """The baseline's consensus statuses carried into this workshop's catalog version, the
    one read every view of progress goes through."""
    baseline = store.baseline()
    if baseline is None:
        return Then({}, [])
    taken = store.baseline_statuses()
    mapping = mapping_to(store.catalog, baseline["catalog_id"], baseline["catalog_version"],
                         set(taken))
    statuses, unmapped = mapping.statuses(taken)
    return Then(statuses, unmapped, missing_version_warning(mapping))


def progress(store: WorkshopFile) -> dict[str, Any]:
    """The `progress` of `workshop info --json`: the baseline (or None) and the counts of
    commitments with a consensus that improved, stayed, worsened or have no baseline; they
    add up to `commitments_with_consensus`."""
    in_scope = set(store.commitments_in_scope())
    consensus = [c for c in store.records(Consensus) if c.commitment_id in in_scope]
    baseline = store.baseline()
    then = baseline_then(store)
    before = then.statuses
    counts = {"improved": 0, "unchanged": 0, "worsened": 0, "no_baseline": 0}
    by_chapter: dict[str, dict[str, int]] = {}
    for c in consensus:
        was = before.get(c.commitment_id)
        if c.status not in SCALE or was not in SCALE:
            outcome = "no_baseline"
        elif c.status > was:  # "0" to "4": the characters order as the numbers do
            outcome = "improved"
        elif c.status == was:
            outcome = "unchanged"
        else:
            outcome = "worsened"
        counts[outcome] += 1
        commitment = store.catalog.commitment(c.commitment_id)
        chapter = str(commitment.chapter) if commitment else "0"
        by_chapter.setdefault(chapter, dict.fromkeys(counts, 0))[outcome] += 1
    shown = None if baseline is None else {
        "id": baseline["workshop_id"], "country": baseline["country"],
        "title": baseline["title"], "start_date": baseline["start_date"],
        "end_date": baseline["end_date"], "revision": baseline["revision"],
        "catalog_version": baseline["catalog_version"], "unmapped_commitments": then.unmapped,
        "catalog_warning": then.warning}
    return {"baseline": shown, **counts, "by_chapter": dict(sorted(by_chapter.items()))}
