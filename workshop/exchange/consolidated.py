"""The secretariat's consolidated file: every merged workshop's results in one SQLite file.

It is its own kind of file (`PRAGMA application_id` 0x57534843, "WSHC") with its own ordered
migrations, so neither kind can be opened as the other. It holds one row per workshop (the
details of the revision merged, the package it came from and its figures), the records of every
workshop keyed by workshop id and record uuid in tables named as in the workshop file, and the
merge log. The record tables are clustered by workshop (`WITHOUT ROWID`, keyed by workshop id
and uuid) and carry no other index, so a merge writes a few pages per table whatever the size of
the file; report queries scan them. Journal mode stays DELETE: a merge that writes nothing
leaves the file's bytes as they were, and the file can be copied as one file. It is opened as
every file of the app is (`sqlite_file.open_app_file`), with an identity of its own (schema 2:
an id, and a revision every merge grows), so that another consolidated file's journal is never
played into it.
"""

from __future__ import annotations

import json
import sqlite3
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from workshop.errors import DamagedFile, WorkshopError
from workshop.exchange.packages import zero_figures
from workshop.file.atomic import write_image
from workshop.file.model import RECORD_TYPES
from workshop.file.schema import WORKSHOP_APPLICATION_ID, script_migration
from workshop.file.sqlite_file import (
    FileKind,
    OpenedFile,
    database,
    database_image,
    open_app_file,
    upgraded_copy_in_memory,
)
from workshop.file.store import CONSOLIDATED_APPLICATION_ID, rows
from workshop.languages.i18n import tr

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

# The file's own identity, so that a journal of another consolidated file is never played into
# it (see sqlite_file.recover_copy): an id made once, and a revision every merge grows, so
# that every merge's transaction writes the page that holds them.
_IDENTITY = """
CREATE TABLE consolidated_file (
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL,
    revision INTEGER NOT NULL DEFAULT 0
);
INSERT INTO consolidated_file (id, created_at)
    VALUES (lower(hex(randomblob(16))), strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
"""
# Grows the revision of the file's identity; run in every transaction that writes a merge.
STAMP_WRITE = "UPDATE consolidated_file SET revision = revision + 1"

RECORD_TABLES: tuple[str, ...] = tuple(r.TABLE for r in RECORD_TYPES)


@cache
def migrations() -> Migrations:
    """The consolidated file's migrations, in order (built when a file needs them, as the
    workshop file's: reading a file of the current schema leaves sqlite-utils unimported)."""
    from sqlite_utils.migrations import Migrations

    found = Migrations("consolidated")
    found(name="0001_initial_schema")(script_migration(_INITIAL, 1))
    found(name="0002_file_identity")(script_migration(_IDENTITY, 2))
    return found


SCHEMA_VERSION = 2
CACHE_KIB = 64 * 1024


def _not_a_consolidated_file(path: Path, found: int | None) -> WorkshopError:
    """The refusal of a file that is not a consolidated file, by the mark it carries."""
    if found == WORKSHOP_APPLICATION_ID:
        return WorkshopError(tr("{name} is a workshop file, not a consolidated file of the "
                                "secretariat.", name=path.name))
    return DamagedFile(tr("{name} is not a consolidated file of the secretariat.",
                          name=path.name))


def _held_elsewhere(path: Path) -> str:
    return tr("{name} is already open in another window or program: close it there first.",
              name=path.name)


def _consolidated_identity(conn: sqlite3.Connection, version: int) -> tuple[str, int] | None:
    """A consolidated file's identity (none before schema 2, which made it)."""
    if version < 2:
        return None
    row = conn.execute("SELECT id, revision FROM consolidated_file").fetchone()
    return None if row is None else (str(row[0]), int(row[1]))


def _merge_log_entry(conn: sqlite3.Connection, seq: int | None) -> tuple[Any, ...] | None:
    """The merge log's entry `seq`, or its newest."""
    return conn.execute("SELECT * FROM merge_log WHERE seq = ?", [seq]).fetchone() \
        if seq is not None \
        else conn.execute("SELECT * FROM merge_log ORDER BY seq DESC LIMIT 1").fetchone()


CONSOLIDATED = FileKind(name="consolidated", application_id=CONSOLIDATED_APPLICATION_ID,
                        schema_version=SCHEMA_VERSION, migrations=migrations,
                        identity=_consolidated_identity, log_entry=_merge_log_entry,
                        not_this_kind=_not_a_consolidated_file, held=_held_elsewhere)


class ConsolidatedFile:
    """An open consolidated file. One writing connection per file; close it when done."""

    def __init__(self, path: Path, conn: sqlite3.Connection, read_only: bool,
                 opened: OpenedFile | None) -> None:
        self.path = path
        self.conn = conn
        self.read_only = read_only
        self._opened = opened

    @classmethod
    def create(cls, path: Path | str) -> ConsolidatedFile:
        """Create an empty consolidated file (built in memory, written whole as any output of
        the app) and open it for writing."""
        path = Path(path)
        if path.exists():
            raise WorkshopError(tr("{path} already exists: choose another name.", path=path))
        conn = sqlite3.connect(":memory:", isolation_level=None)
        try:
            conn.execute(f"PRAGMA application_id = {CONSOLIDATED_APPLICATION_ID}")
            migrations().apply(database(conn))
            write_image(database_image(conn), path, replace=False)
        finally:
            conn.close()
        return cls.open(path)

    @classmethod
    def open(cls, path: Path | str, *, read_only: bool = False) -> ConsolidatedFile:
        """Open a consolidated file; refuse any other file whole, leaving it untouched (every
        check of `sqlite_file.open_app_file`). An older file is upgraded when opened for
        writing, and read through an upgraded copy in memory otherwise."""
        path = Path(path)
        opened = open_app_file(path, CONSOLIDATED, read_only=read_only)
        with opened.setting_up():
            opened.conn.execute("PRAGMA foreign_keys = ON")
            if opened.version < SCHEMA_VERSION:
                if read_only:
                    opened.conn = upgraded_copy_in_memory(opened.conn, CONSOLIDATED)
                else:
                    migrations().apply(database(opened.conn))
            conn = opened.conn
            if not read_only:
                conn.execute("PRAGMA synchronous = FULL")
                # Merging touches the indexes of every record table; a cache that holds them
                # keeps the cost of a merge from growing with the size of the file.
                conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
            conn.execute("SELECT count(*) FROM workshop").fetchone()
        return cls(path, conn, read_only, opened)

    def close(self) -> None:
        """Close the file; every merge was already committed."""
        self.conn.close()
        if self._opened is not None:
            self._opened.release()
            self._opened = None

    def __enter__(self) -> ConsolidatedFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def merged(self) -> dict[str, MergedWorkshop]:
        """Every merged workshop by id: its revision, content hash and identity."""
        return {row[0]: MergedWorkshop(*row[1:]) for row in self.conn.execute(
            "SELECT id, revision, content_sha256, country, created_at FROM workshop")}

    def merge_log(self, limit: int = 1000) -> list[dict[str, Any]]:
        """The newest merge log entries first."""
        return list(rows(self.conn, "SELECT * FROM merge_log ORDER BY seq DESC LIMIT ?", [limit]))


class MergedWorkshop(NamedTuple):
    """What a merge compares a package with: the merged revision and content, and the
    workshop's identity (its country and creation), which no later package may change."""

    revision: int
    content_sha256: str
    country: str
    created_at: str


def _add(total: dict[str, Any], figures: dict[str, Any]) -> None:
    for key, value in figures.items():
        if isinstance(value, dict):
            _add(total.setdefault(key, {}), value)
        elif isinstance(value, int):
            total[key] = total.get(key, 0) + value


def summarize_consolidated(cfile: ConsolidatedFile, language: str = "en") -> dict[str, Any]:
    """The `info --json` document of a consolidated file: workshops, countries, summed counts;
    the countries named in `language`."""
    from workshop.languages.locale_data import country_name

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
