"""The secretariat's consolidated file: every merged workshop's results in one SQLite file.

It is its own kind of file (`PRAGMA application_id` 0x57534843, "WSHC") with its own ordered
migrations, so neither kind can be opened as the other. It holds one row per workshop (the
details of the revision merged, the package it came from and its figures), the records of every
workshop keyed by workshop id and record uuid in tables named as in the workshop file, and the
merge log. The record tables are clustered by workshop (`WITHOUT ROWID`, keyed by workshop id
and uuid) and carry no other index, so a merge writes a few pages per table whatever the size of
the file; report queries scan them. Journal mode stays DELETE: a merge that writes nothing
leaves the file's bytes as they were, and the file can be copied as one file.
"""

from __future__ import annotations

import json
import sqlite3
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import WorkshopError
from .exchange import zero_figures
from .i18n import tr
from .model import RECORD_TYPES
from .schema import WORKSHOP_APPLICATION_ID, script_migration
from .store import (
    CONSOLIDATED_APPLICATION_ID,
    FileLock,
    application_id,
    database,
    read_header,
    rows,
)

if TYPE_CHECKING:  # sqlite-utils is imported only when a schema is written or upgraded
    from sqlite_utils.migrations import Migrations

_INITIAL = """
CREATE TABLE workshop (
    id TEXT PRIMARY KEY,
    country TEXT NOT NULL,
    title TEXT NOT NULL,
    start_date TEXT NOT NULL DEFAULT '',
    end_date TEXT NOT NULL DEFAULT '',
    venue TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT 'en',
    documents TEXT NOT NULL DEFAULT '[]',
    chapters TEXT NOT NULL DEFAULT '[]',
    revision INTEGER NOT NULL,
    catalog_id TEXT NOT NULL,
    catalog_version INTEGER NOT NULL,
    catalog_hash TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    personal_data INTEGER NOT NULL DEFAULT 0,
    figures TEXT NOT NULL,
    package_name TEXT NOT NULL,
    package_sha256 TEXT NOT NULL,
    content_sha256 TEXT NOT NULL,
    merged_at TEXT NOT NULL
);
CREATE INDEX workshop_country ON workshop(country);
CREATE TABLE institution (
    workshop_id TEXT NOT NULL REFERENCES workshop(id) ON DELETE CASCADE,
    uuid TEXT NOT NULL,
    name TEXT NOT NULL,
    sector TEXT NOT NULL,
    acronym TEXT NOT NULL,
    PRIMARY KEY (workshop_id, uuid)
) WITHOUT ROWID;
CREATE TABLE participant (
    workshop_id TEXT NOT NULL REFERENCES workshop(id) ON DELETE CASCADE,
    uuid TEXT NOT NULL,
    institution_uuid TEXT NOT NULL,
    role TEXT NOT NULL,
    sex TEXT NOT NULL,
    name TEXT NOT NULL,
    email TEXT NOT NULL,
    PRIMARY KEY (workshop_id, uuid)
) WITHOUT ROWID;
CREATE TABLE working_group (
    workshop_id TEXT NOT NULL REFERENCES workshop(id) ON DELETE CASCADE,
    uuid TEXT NOT NULL,
    name TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (workshop_id, uuid)
) WITHOUT ROWID;
CREATE TABLE group_member (
    workshop_id TEXT NOT NULL REFERENCES workshop(id) ON DELETE CASCADE,
    uuid TEXT NOT NULL,
    group_uuid TEXT NOT NULL,
    participant_uuid TEXT NOT NULL,
    PRIMARY KEY (workshop_id, uuid)
) WITHOUT ROWID;
CREATE TABLE group_assignment (
    workshop_id TEXT NOT NULL REFERENCES workshop(id) ON DELETE CASCADE,
    uuid TEXT NOT NULL,
    group_uuid TEXT NOT NULL,
    chapter INTEGER,
    commitment_id TEXT,
    PRIMARY KEY (workshop_id, uuid)
) WITHOUT ROWID;
CREATE TABLE assessment (
    workshop_id TEXT NOT NULL REFERENCES workshop(id) ON DELETE CASCADE,
    uuid TEXT NOT NULL,
    group_uuid TEXT NOT NULL,
    commitment_id TEXT NOT NULL,
    status TEXT NOT NULL,
    measures TEXT NOT NULL,
    evidence TEXT NOT NULL,
    notes TEXT NOT NULL,
    PRIMARY KEY (workshop_id, uuid)
) WITHOUT ROWID;
CREATE TABLE consensus (
    workshop_id TEXT NOT NULL REFERENCES workshop(id) ON DELETE CASCADE,
    uuid TEXT NOT NULL,
    commitment_id TEXT NOT NULL,
    status TEXT NOT NULL,
    dissent TEXT NOT NULL,
    notes TEXT NOT NULL,
    PRIMARY KEY (workshop_id, uuid)
) WITHOUT ROWID;
CREATE TABLE gap (
    workshop_id TEXT NOT NULL REFERENCES workshop(id) ON DELETE CASCADE,
    uuid TEXT NOT NULL,
    commitment_id TEXT NOT NULL,
    description TEXT NOT NULL,
    group_uuid TEXT,
    priority TEXT NOT NULL,
    rank INTEGER,
    votes INTEGER NOT NULL,
    PRIMARY KEY (workshop_id, uuid)
) WITHOUT ROWID;
CREATE TABLE assistance_need (
    workshop_id TEXT NOT NULL REFERENCES workshop(id) ON DELETE CASCADE,
    uuid TEXT NOT NULL,
    commitment_id TEXT NOT NULL,
    assistance_type TEXT NOT NULL,
    description TEXT NOT NULL,
    gap_uuid TEXT,
    priority TEXT NOT NULL,
    institution_uuid TEXT,
    providers TEXT NOT NULL,
    timeframe TEXT NOT NULL,
    PRIMARY KEY (workshop_id, uuid)
) WITHOUT ROWID;
CREATE TABLE action_item (
    workshop_id TEXT NOT NULL REFERENCES workshop(id) ON DELETE CASCADE,
    uuid TEXT NOT NULL,
    description TEXT NOT NULL,
    commitment_id TEXT,
    gap_uuid TEXT,
    responsible_uuid TEXT,
    partners TEXT NOT NULL,
    deadline TEXT NOT NULL,
    indicator TEXT NOT NULL,
    PRIMARY KEY (workshop_id, uuid)
) WITHOUT ROWID;
CREATE TABLE coordination (
    workshop_id TEXT NOT NULL REFERENCES workshop(id) ON DELETE CASCADE,
    uuid TEXT NOT NULL,
    institution_uuid TEXT NOT NULL,
    chapter INTEGER NOT NULL,
    role TEXT NOT NULL,
    PRIMARY KEY (workshop_id, uuid)
) WITHOUT ROWID;
CREATE TABLE evaluation_answer (
    workshop_id TEXT NOT NULL REFERENCES workshop(id) ON DELETE CASCADE,
    uuid TEXT NOT NULL,
    question_id TEXT NOT NULL,
    participant_uuid TEXT,
    score INTEGER,
    comment TEXT NOT NULL,
    PRIMARY KEY (workshop_id, uuid)
) WITHOUT ROWID;
CREATE TABLE merge_log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    package TEXT NOT NULL,
    package_sha256 TEXT NOT NULL,
    workshop_id TEXT NOT NULL,
    country TEXT NOT NULL,
    revision INTEGER NOT NULL,
    previous_revision INTEGER,
    outcome TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    warnings TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX merge_log_workshop ON merge_log(workshop_id);
"""

RECORD_TABLES: tuple[str, ...] = tuple(r.TABLE for r in RECORD_TYPES)


@cache
def migrations() -> Migrations:
    """The consolidated file's migrations, in order (built when a file needs them, as the
    workshop file's: reading a file of the current schema leaves sqlite-utils unimported)."""
    from sqlite_utils.migrations import Migrations

    found = Migrations("consolidated")
    found(name="0001_initial_schema")(script_migration(_INITIAL, 1))
    return found


SCHEMA_VERSION = 1
CACHE_KIB = 64 * 1024


class ConsolidatedFile:
    """An open consolidated file. One writing connection per file; close it when done."""

    def __init__(self, path: Path, conn: sqlite3.Connection, read_only: bool,
                 lock: FileLock | None) -> None:
        self.path = path
        self.conn = conn
        self.read_only = read_only
        self._lock = lock

    @classmethod
    def create(cls, path: Path | str) -> ConsolidatedFile:
        """Create an empty consolidated file (all of it or nothing) and open it for writing."""
        path = Path(path)
        if path.exists():
            raise WorkshopError(tr("{path} already exists: choose another name.", path=path))
        tmp = path.with_name(path.name + ".creating")
        try:
            tmp.unlink(missing_ok=True)
            conn = sqlite3.connect(tmp, isolation_level=None)
        except (OSError, sqlite3.Error) as error:
            raise WorkshopError(tr("{path} cannot be written ({reason}).", path=path,
                                   reason=getattr(error, "strerror", None) or error)) from None
        try:
            conn.execute(f"PRAGMA application_id = {CONSOLIDATED_APPLICATION_ID}")
            migrations().apply(database(conn))
            conn.close()
            tmp.replace(path)
        except (OSError, sqlite3.Error) as error:
            conn.close()
            tmp.unlink(missing_ok=True)
            raise WorkshopError(tr("{path} cannot be written ({reason}).", path=path,
                                   reason=getattr(error, "strerror", None) or error)) from None
        return cls.open(path)

    @classmethod
    def open(cls, path: Path | str, *, read_only: bool = False) -> ConsolidatedFile:
        """Open a consolidated file; refuse any other file whole, leaving it untouched."""
        path = Path(path)
        app_id = application_id(read_header(path))
        if app_id == WORKSHOP_APPLICATION_ID:
            raise WorkshopError(tr("{name} is a workshop file, not a consolidated file of the "
                                   "secretariat.", name=path.name))
        if app_id != CONSOLIDATED_APPLICATION_ID:
            raise WorkshopError(tr("{name} is not a consolidated file of the secretariat.",
                                   name=path.name))
        lock = None
        if not read_only:
            lock = FileLock(path)
            if not lock.acquire():
                raise WorkshopError(tr("{name} is already open in another window or program: "
                                       "close it there first.", name=path.name))
        try:
            uri = f"{path.resolve().as_uri()}?mode={'ro' if read_only else 'rw'}"
            conn = sqlite3.connect(uri, uri=True, isolation_level=None,
                                   check_same_thread=False)
        except sqlite3.Error as error:
            if lock:
                lock.release()
            raise WorkshopError(tr("{name} cannot be opened ({reason}).", name=path.name,
                                   reason=error)) from None
        try:
            conn.execute("PRAGMA busy_timeout = 5000")
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise WorkshopError(tr(
                    "{name} was made by a newer version of the app (schema {found}; this "
                    "version reads up to {want}): update the app to open it.",
                    name=path.name, found=version, want=SCHEMA_VERSION))
            check = conn.execute("PRAGMA quick_check").fetchone()[0]
            if check != "ok":
                raise WorkshopError(tr("{name} is damaged ({problem}): restore it from a backup.",
                                       name=path.name, problem=check))
            conn.execute("PRAGMA foreign_keys = ON")
            if version < SCHEMA_VERSION:
                if read_only:
                    raise WorkshopError(tr(
                        "{name} has an older schema and must be upgraded, which needs write "
                        "access: copy it to a writable folder.", name=path.name))
                migrations().apply(database(conn))
            if not read_only:
                conn.execute("PRAGMA synchronous = FULL")
                # Merging touches the indexes of every record table; a cache that holds them
                # keeps the cost of a merge from growing with the size of the file.
                conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
            conn.execute("SELECT count(*) FROM workshop").fetchone()
        except WorkshopError:
            conn.close()
            if lock:
                lock.release()
            raise
        except sqlite3.Error as error:
            conn.close()
            if lock:
                lock.release()
            raise WorkshopError(tr("{name} is damaged ({problem}): restore it from a backup.",
                                   name=path.name, problem=error)) from None
        return cls(path, conn, read_only, lock)

    def close(self) -> None:
        """Close the file; every merge was already committed."""
        self.conn.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> ConsolidatedFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def merged(self) -> dict[str, tuple[int, str]]:
        """Every merged workshop: id -> (revision, content hash)."""
        return {row[0]: (row[1], row[2]) for row in self.conn.execute(
            "SELECT id, revision, content_sha256 FROM workshop")}

    def merge_log(self, limit: int = 1000) -> list[dict[str, Any]]:
        """The newest merge log entries first."""
        return list(rows(self.conn, "SELECT * FROM merge_log ORDER BY seq DESC LIMIT ?", [limit]))


def _add(total: dict[str, Any], figures: dict[str, Any]) -> None:
    for key, value in figures.items():
        if isinstance(value, dict):
            _add(total.setdefault(key, {}), value)
        elif isinstance(value, int):
            total[key] = total.get(key, 0) + value


def summarize_consolidated(cfile: ConsolidatedFile, language: str = "en") -> dict[str, Any]:
    """The `info --json` document of a consolidated file: workshops, countries, summed counts;
    the countries named in `language`."""
    from .locale_data import country_name

    counts = zero_figures()
    workshops = []
    catalogs: dict[tuple[str, int, str], int] = {}
    for row in cfile.conn.execute(
            "SELECT id, country, title, start_date, end_date, revision, catalog_id, "
            "catalog_version, catalog_hash, figures, merged_at FROM workshop "
            "ORDER BY country, start_date, id"):
        (wid, country, title, start, end, revision, cat_id, cat_version, cat_hash, figures,
         merged_at) = row
        _add(counts, json.loads(figures))
        key = (cat_id, cat_version, cat_hash)
        catalogs[key] = catalogs.get(key, 0) + 1
        workshops.append({"id": wid, "country": country,
                          "country_name": country_name(country, language), "title": title,
                          "start_date": start, "end_date": end, "revision": revision,
                          "catalog_version": cat_version,
                          "merged_at": merged_at})
    return {
        "kind": "consolidated",
        "workshops": len(workshops),
        "countries": len({w["country"] for w in workshops}),
        "country_codes": sorted({w["country"] for w in workshops}),
        "catalogs": [{"id": i, "version": v, "hash": h, "workshops": n}
                     for (i, v, h), n in sorted(catalogs.items())],
        "counts": counts,
        "merged": workshops,
        "merges_logged": cfile.conn.execute("SELECT count(*) FROM merge_log").fetchone()[0],
    }


def check_consolidated_file(path: Path) -> list[str]:
    """Every problem found in a consolidated file, one sentence each; empty means sound."""
    try:
        cfile = ConsolidatedFile.open(path, read_only=True)
    except WorkshopError as error:
        return [error.message]
    problems: list[str] = []
    with cfile:
        result = [row[0] for row in cfile.conn.execute("PRAGMA integrity_check").fetchall()]
        if result != ["ok"]:
            problems.append(tr("SQLite reports damage: {detail}", detail="; ".join(result[:3])))
        broken = cfile.conn.execute("PRAGMA foreign_key_check").fetchall()
        if broken:
            problems.append(tr("{n} records belong to no merged workshop (first in table "
                               "{table}).", n=len(broken), table=broken[0][0]))
        for (figures,) in cfile.conn.execute("SELECT figures FROM workshop"):
            try:
                json.loads(figures)
            except (TypeError, ValueError):
                problems.append(tr("The figures of a merged workshop are damaged."))
                break
    return problems
