"""The secretariat's merge: exchange packages into the consolidated file, exactly once each.

The rules are those users of other offline tools asked for (see DESIGN.md section 5): the same
content twice is a repeat that changes nothing; a newer revision of a workshop replaces the
older one and the replacement is logged; an older revision, or different content under the same
workshop id and revision, is a conflict that is reported and never applied. Each package is
read and validated whole first, then applied in its own transaction, so a refused or
conflicting package writes nothing and the others go on. A dry run decides the same way but
opens nothing for writing and creates nothing.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from workshop.catalogs.catalog import Catalog, available_catalogs
from workshop.catalogs.catalog_mapping import mapping_to
from workshop.errors import WorkshopError
from workshop.exchange.consolidated import (
    RECORD_TABLES,
    STAMP_WRITE,
    ConsolidatedFile,
    MergedWorkshop,
)
from workshop.exchange.packages import Package, read_package
from workshop.file.model import RECORD_BY_TABLE
from workshop.file.sqlite_file import storage_error
from workshop.file.store import now_iso
from workshop.languages.i18n import tr

ADDED = "added"
UNCHANGED = "unchanged"
REPLACED = "replaced"
CONFLICT = "conflict"
REFUSED = "refused"
OUTCOMES = (ADDED, UNCHANGED, REPLACED, CONFLICT, REFUSED)
APPLIED = (ADDED, REPLACED)
MAX_IDS_NAMED = 10


@dataclass
class MergeOutcome:
    """What happened (or, in a dry run, would happen) to one package."""

    package: str
    workshop_id: str = ""
    country: str = ""
    revision: int | None = None
    outcome: str = REFUSED
    reason: str = ""
    warnings: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        """The `merge --json` entry: stable keys, documented in the README."""
        return asdict(self)

    @property
    def ok(self) -> bool:
        """Whether the package was (or would be) merged or was already there."""
        return self.outcome in (ADDED, UNCHANGED, REPLACED)


class _CatalogIndex:
    """Commitment ids of every installed version of every catalog, to check packages against."""

    def __init__(self) -> None:
        self.ids: dict[str, set[str]] = {}
        self.latest: dict[str, Catalog] = {}
        self.hashes: set[str] = set()
        for catalog in available_catalogs():  # sorted by version: the last one is the newest
            self.ids.setdefault(catalog.id, set()).update(c.id for c in catalog.commitments)
            self.latest[catalog.id] = catalog
            self.hashes.add(catalog.hash)

    def warnings(self, package: Package) -> list[str]:
        """Sentences about the package's catalog and the commitment ids no version knows."""
        manifest = package.manifest
        known = self.ids.get(manifest.catalog_id)
        if known is None:
            return [tr("The catalog {id} is not installed here, so the commitment ids could "
                       "not be checked.", id=manifest.catalog_id)]
        out = []
        if manifest.catalog_hash not in self.hashes:
            out.append(tr("It was made against catalog {id} version {version}, which is not "
                          "installed here; it is merged by commitment id.",
                          id=manifest.catalog_id, version=manifest.catalog_version))
        elif manifest.catalog_version != self.latest[manifest.catalog_id].version:
            newest = self.latest[manifest.catalog_id]
            out.append(tr("It was made against catalog {id} version {version} (the newest here "
                          "is {newest}); the reports match its commitments to version {newest} "
                          "through the catalog's record of the ids that changed.",
                          id=manifest.catalog_id, version=manifest.catalog_version,
                          newest=newest.version))
            ids = package.commitment_ids()
            mapping = mapping_to(newest, manifest.catalog_id, manifest.catalog_version, ids)
            unmapped = sorted(cid for cid in ids if not mapping.ids(cid))
            if unmapped:
                out.append(tr("{n} of its commitment ids have no place in version {newest}: "
                              "{ids}.", n=len(unmapped), newest=newest.version,
                              ids=_named(unmapped)))
        unknown = sorted(package.commitment_ids() - known)
        if unknown:
            out.append(tr("{n} commitment ids are in no installed version of catalog {id}: "
                          "{ids}.", n=len(unknown), id=manifest.catalog_id,
                          ids=_named(unknown)))
        return out


def _named(ids: list[str]) -> str:
    """Ids as a message lists them: the first few, then an ellipsis."""
    shown = ", ".join(ids[:MAX_IDS_NAMED])
    return shown + ", …" if len(ids) > MAX_IDS_NAMED else shown


def decide(package: Package, merged: dict[str, MergedWorkshop]) -> tuple[str, str]:
    """The outcome for a valid package against what is merged, with its one-sentence reason."""
    manifest = package.manifest
    current = merged.get(manifest.workshop_id)
    if current is None:
        return ADDED, tr("New workshop, revision {revision}.", revision=manifest.revision)
    identity = (package.workshop["country"], package.workshop["created_at"])
    if identity != (current.country, current.created_at):
        return CONFLICT, tr("The merged workshop with this id is of {country}, created "
                            "{created}; this package says {new_country}, created {new_created}: "
                            "a workshop's country and creation never change, so nothing was "
                            "applied. Ask the sender which file is the workshop's.",
                            country=current.country, created=current.created_at,
                            new_country=identity[0], new_created=identity[1])
    revision, content = current.revision, current.content_sha256
    if manifest.revision > revision:
        return REPLACED, tr("Revision {new} replaced revision {old}.", new=manifest.revision,
                            old=revision)
    if manifest.revision == revision and package.content_sha256 == content:
        return UNCHANGED, tr("Revision {revision} is already merged with the same content.",
                             revision=revision)
    if manifest.revision == revision:
        return CONFLICT, tr("Revision {revision} of this workshop is already merged with "
                            "different content; nothing was applied.", revision=revision)
    return CONFLICT, tr("Revision {new} is older than the merged revision {old}; nothing was "
                        "applied.", new=manifest.revision, old=revision)


def _apply(conn: sqlite3.Connection, package: Package, outcome: MergeOutcome,
           previous: int | None) -> None:
    """Write one package's workshop, records and log entry in one transaction."""
    details = package.workshop
    wid = details["id"]
    stamp = now_iso()
    conn.execute("BEGIN IMMEDIATE")  # outside the try: nothing to roll back if it fails
    try:
        conn.execute(STAMP_WRITE)  # the file's identity: its journal names this file
        if previous is not None:
            for table in RECORD_TABLES:
                conn.execute(f"DELETE FROM {table} WHERE workshop_id = ?", [wid])
            conn.execute("DELETE FROM workshop WHERE id = ?", [wid])
        row = dict(details)
        row["documents"] = json.dumps(row["documents"])
        row["chapters"] = json.dumps(row["chapters"])
        row.update(personal_data=int(package.manifest.personal_data),
                   figures=json.dumps(package.figures, sort_keys=True),
                   package_name=package.name, package_sha256=package.package_sha256,
                   content_sha256=package.content_sha256, merged_at=stamp)
        conn.execute(f"INSERT INTO workshop ({', '.join(row)}) "
                     f"VALUES ({', '.join('?' * len(row))})", list(row.values()))
        for table in RECORD_TABLES:
            columns = RECORD_BY_TABLE[table].columns()
            rows = package.records[table]
            if rows:
                conn.executemany(
                    f"INSERT INTO {table} (workshop_id, {', '.join(columns)}) "
                    f"VALUES (?, {', '.join('?' * len(columns))})",
                    [[wid, *(r[c] for c in columns)] for r in rows])
        conn.execute(
            "INSERT INTO merge_log (at, package, package_sha256, workshop_id, country, "
            "revision, previous_revision, outcome, reason, warnings) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [stamp, package.name, package.package_sha256, wid, details["country"],
             details["revision"], previous, outcome.outcome, outcome.reason,
             json.dumps(outcome.warnings, ensure_ascii=False)])
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def merge_packages(consolidated: Path | str, packages: Sequence[Path | str], *,
                   dry_run: bool = False,
                   progress: Callable[[int, int, MergeOutcome], None] | None = None,
                   should_stop: Callable[[], bool] | None = None,
                   ) -> list[MergeOutcome]:
    """Merge packages into a consolidated file (created if missing), one transaction each.

    Returns one outcome per package, in the order given. Packages later in the same call see
    what earlier ones did (a dry run simulates that too). The whole call fails with a
    WorkshopError only when the consolidated file itself cannot be used. `progress` is called
    after each package with (done, total, outcome), for a progress bar; when `should_stop`
    returns True the merge stops between two packages (each one merged stays merged) and the
    outcomes so far are returned.
    """
    consolidated = Path(consolidated)
    cfile: ConsolidatedFile | None = None
    if consolidated.exists():
        cfile = ConsolidatedFile.open(consolidated, read_only=dry_run)
    elif not dry_run:
        cfile = ConsolidatedFile.create(consolidated)
    try:
        merged = cfile.merged() if cfile else {}
        catalogs = _CatalogIndex()
        outcomes: list[MergeOutcome] = []
        for done, path in enumerate(packages, start=1):
            if should_stop is not None and should_stop():
                break
            outcome = _merge_one(cfile, Path(path), merged, catalogs, dry_run)
            outcomes.append(outcome)
            if progress is not None:
                progress(done, len(packages), outcome)
        return outcomes
    finally:
        if cfile is not None:
            cfile.close()


def _merge_one(cfile: ConsolidatedFile | None, path: Path, merged: dict[str, MergedWorkshop],
               catalogs: _CatalogIndex, dry_run: bool) -> MergeOutcome:
    outcome = MergeOutcome(package=str(path))
    try:
        package = read_package(path)
    except WorkshopError as error:
        return _refused(outcome, error.message)
    except Exception as error:  # noqa: BLE001 - a defect: this package only, told plainly
        return _refused(outcome, _defect(path, error))
    manifest = package.manifest
    outcome.workshop_id = manifest.workshop_id
    outcome.country = package.workshop["country"]
    outcome.revision = manifest.revision
    outcome.outcome, outcome.reason = decide(package, merged)
    if outcome.outcome not in APPLIED:
        return outcome
    outcome.warnings = catalogs.warnings(package)
    previous = merged[manifest.workshop_id].revision if manifest.workshop_id in merged else None
    if not dry_run and cfile is not None:
        try:
            _apply(cfile.conn, package, outcome, previous)
        except sqlite3.Error as error:
            return _refused(outcome, storage_error(error, cfile.path).message)
        except Exception as error:  # noqa: BLE001 - a defect: this package only, told plainly
            return _refused(outcome, _defect(path, error))
    merged[manifest.workshop_id] = MergedWorkshop(
        manifest.revision, package.content_sha256, package.workshop["country"],
        package.workshop["created_at"])
    return outcome


def _refused(outcome: MergeOutcome, reason: str) -> MergeOutcome:
    """The outcome of a package whose transaction failed: refused, nothing of it applied."""
    outcome.outcome = REFUSED
    outcome.reason = reason
    outcome.warnings = []
    return outcome


def _defect(path: Path, error: Exception) -> str:
    """The sentence for a package that failed for a reason the checks did not foresee."""
    return tr("The package {name} could not be merged ({kind}: {error}); nothing of it was "
              "applied. Please report it with the package.", name=path.name,
              kind=type(error).__name__, error=error)
