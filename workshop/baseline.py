"""Follow-up workshops: take an earlier workshop of the same country as this one's baseline
(DESIGN.md section 10); the progress since is `workshop.progress`.

`workshop baseline FILE PREVIOUS` copies PREVIOUS's consensus statuses and gaps into FILE (a
workshop file or an exchange package of the earlier workshop), so that FILE stands alone; they
are kept under the ids of the catalog version PREVIOUS was made against. Refused with one
sentence, FILE untouched: another country's workshop, the same or a later workshop, a damaged
or foreign file.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from workshop.errors import WorkshopError
from workshop.file.model import Consensus
from workshop.file.store import WorkshopFile
from workshop.languages.i18n import tr


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
        from workshop.exchange.packages import read_package

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
