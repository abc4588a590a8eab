"""Follow-up workshops: an earlier workshop of the same country as this one's baseline, and the
progress since (DESIGN.md section 10).

`workshop baseline FILE PREVIOUS` copies PREVIOUS's consensus statuses and gaps into FILE (a
workshop file or an exchange package of the earlier workshop), so that FILE stands alone.
Progress compares each commitment's consensus now with the baseline's on the 0-4 scale:
improved, unchanged or worsened; "not applicable", "not known", no baseline status, or a
commitment the baseline's catalog does not know count as no baseline. The baseline keeps its
statuses under the ids of the catalog version it was made against; they are read through the
catalog's mapping into this workshop's version (`catalog_mapping`), and ids with no place there
are listed as unmapped. Refused with one
sentence, FILE untouched: another country's workshop, the same or a later workshop, a damaged
or foreign file.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .catalog_mapping import mapping_to, missing_version_warning
from .errors import WorkshopError
from .i18n import tr
from .model import Consensus
from .store import WorkshopFile

SCALE = ("0", "1", "2", "3", "4")


@dataclass
class Earlier:
    """What a baseline keeps of an earlier workshop."""

    workshop_id: str
    country: str
    title: str
    start_date: str
    end_date: str
    created_at: str
    revision: int
    catalog_id: str
    catalog_version: int
    statuses: dict[str, str] = field(default_factory=dict)
    gaps: list[dict[str, Any]] = field(default_factory=list)


def read_earlier(path: Path) -> Earlier:
    """The earlier workshop in a workshop file or an exchange package (each read as the app
    reads it, trusting nothing)."""
    if zipfile.is_zipfile(path):
        from .exchange import read_package

        package = read_package(path)
        w = package.workshop
        return Earlier(w["id"], w["country"], w["title"], w["start_date"], w["end_date"],
                       w["created_at"], package.manifest.revision, w["catalog_id"],
                       w["catalog_version"],
                       {c["commitment_id"]: c["status"] for c in package.records["consensus"]},
                       [{k: g[k] for k in ("uuid", "commitment_id", "description", "priority")}
                        for g in package.records["gap"]])
    with WorkshopFile.open(path, read_only=True) as store:
        d = store.details
        return Earlier(d.id, d.country, d.title, d.start_date, d.end_date, d.created_at,
                       store.revision, d.catalog_id, d.catalog_version,
                       {c.commitment_id: c.status for c in store.records(Consensus)},
                       [{"uuid": g["uuid"], "commitment_id": g["commitment_id"],
                         "description": g["description"], "priority": g["priority"]}
                        for g in store.query("SELECT * FROM gap")])


def _when(start_date: str, created_at: str) -> str:
    return start_date or created_at[:10]


def take_baseline(store: WorkshopFile, path: Path | str) -> Earlier:
    """Make the earlier workshop at `path` this workshop's baseline; refused with one
    sentence (nothing written) when it is not an earlier workshop of the same country."""
    path = Path(path)
    earlier = read_earlier(path)
    details = store.details
    if earlier.workshop_id == details.id:
        raise WorkshopError(tr("{name} is this same workshop: choose an earlier workshop of "
                               "the country as the baseline.", name=path.name))
    if earlier.country != details.country:
        raise WorkshopError(tr(
            "{name} is a workshop of {other}, and this one is of {country}: a baseline must be "
            "an earlier workshop of the same country.", name=path.name,
            other=earlier.country, country=details.country))
    then = _when(earlier.start_date, earlier.created_at)
    now = _when(details.start_date, details.created_at)
    if then >= now:
        raise WorkshopError(tr(
            "{name} took place on {then}, not before this workshop ({now}): a baseline must "
            "be an earlier workshop.", name=path.name, then=then, now=now))
    store.record_baseline({"workshop_id": earlier.workshop_id, "country": earlier.country,
                           "title": earlier.title, "start_date": earlier.start_date,
                           "end_date": earlier.end_date, "revision": earlier.revision,
                           "catalog_id": earlier.catalog_id,
                           "catalog_version": earlier.catalog_version},
                          earlier.statuses, earlier.gaps)
    return earlier


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
