"""The workshop file: one SQLite file per workshop, and every edit to it.

SQLite is the application file format: the facilitator can copy, back up or e-mail the file.
Every edit is one transaction, committed before the call returns, that also grows the
workshop's revision and writes the audit log; there is no Save to forget. The file is marked
by `PRAGMA application_id`, its schema by `user_version`, and migrations run forward on open.
It is opened as every file of the app is (`sqlite_file.open_app_file`): a file that is not a
workshop file, is damaged, comes from a newer version, holds anything the app never writes or
sits beside a journal that is not its own is refused with one sentence and left untouched.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, fields
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from workshop.catalogs.catalog import Catalog, parse_catalog_text
from workshop.errors import DamagedFile, WorkshopError
from workshop.file.atomic import write_image
from workshop.file.content_check import check_contents
from workshop.file.group_work import CopyOrigin, GroupWork, copy_origin, is_cascade
from workshop.file.model import (
    RECORD_BY_TABLE,
    Assessment,
    Consensus,
    GroupAssignment,
    Record,
    Review,
    WorkbookExport,
    WorkingGroup,
    WorkshopDetails,
    new_uuid,
)
from workshop.file.rules import MAX_TEXT, REFERENCES
from workshop.file.schema import SCHEMA_VERSION, WORKSHOP_APPLICATION_ID, migrations
from workshop.file.sqlite_file import (
    FileKind,
    OpenedFile,
    check_sqlite_version,
    database_image,
    open_app_file,
    storage_error,
    upgraded_copy_in_memory,
)
from workshop.file.sqlite_file import FileLock as FileLock  # the names other modules know them by
from workshop.file.sqlite_file import application_id as application_id
from workshop.file.sqlite_file import damage_summary as damage_summary
from workshop.file.sqlite_file import database as database
from workshop.file.sqlite_file import is_writable as is_writable
from workshop.file.sqlite_file import read_header as read_header
from workshop.file.sqlite_file import sqlite_uri as sqlite_uri
from workshop.file.sync_behind import SyncBehind
from workshop.languages.i18n import tr

if TYPE_CHECKING:
    from sqlite_utils import Database

R = TypeVar("R", bound=Record)

# One audit entry: action, table, record uuid, field (None for a whole row), old, new value.
AuditEntry = tuple[str, str, str, str | None, Any, Any]

# Other file kinds of this toolkit, named when someone opens one as a workshop.
CONSOLIDATED_APPLICATION_ID = 0x57534843  # "WSHC"


def now_iso() -> str:
    """The current time, UTC, to the second, as ISO 8601."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


@dataclass
class Change:
    """What one edit did, so views can refresh and an undo command can reverse it."""

    table: str
    uuid: str
    action: str  # "insert", "update" or "delete"
    old: dict[str, Any] = field(default_factory=dict)
    new: dict[str, Any] = field(default_factory=dict)
    revision: int = 0


class ChangeSet(frozenset[str]):
    """What one operation wrote: the names of the tables it touched (the set itself) and, in
    `records`, every (table, uuid) it inserted, updated or deleted, cascades and nulled
    references included. Built from the audit entries the core writes, so it says what the core
    did, not what the caller meant; the interface announces it and views refresh from it.
    `ChangeSet.everything()` stands for a file just opened ("*")."""

    records: frozenset[tuple[str, str]]

    def __new__(cls, records: Iterable[tuple[str, str]] = (),
                tables: Iterable[str] = ()) -> ChangeSet:
        found = frozenset(records)
        made = super().__new__(cls, {table for table, _ in found} | set(tables))
        made.records = found
        return made

    @classmethod
    def everything(cls) -> ChangeSet:
        """Every table may have changed (a file was opened or replaced)."""
        return cls(tables={"*"})

    def touches(self, tables: Iterable[str]) -> bool:
        """Whether a view showing `tables` must refresh."""
        return "*" in self or not self.isdisjoint(tables)


@dataclass
class Removal:
    """The rows a removal took away (the record and what depended on it), for undo."""

    rows: list[tuple[str, dict[str, Any]]]
    nulled: list[tuple[str, str, str, Any]]  # table, uuid, column, old value
    revision: int = 0


@cache
def _catalog_from_snapshot(content: str, name: str) -> Catalog:
    return parse_catalog_text(content, name)


def _not_a_workshop_file(path: Path, found: int | None) -> WorkshopError:
    """The refusal of a file that is not a workshop file, by the mark it carries. What is at
    the path is no workshop (any more), so a backup may take its place: a DamagedFile, unless
    it is the secretariat's consolidated file, sound in its own right."""
    if found == CONSOLIDATED_APPLICATION_ID:
        return WorkshopError(tr("{name} is a consolidated file of the secretariat, not a "
                                "workshop file.", name=path.name))
    if found is None:
        return DamagedFile(tr("{name} is not a workshop file.", name=path.name))
    return DamagedFile(tr("{name} is a database of another program, not a workshop file.",
                          name=path.name))


def _held_elsewhere(path: Path) -> str:
    return tr("{name} is already open in another window or program: close it there, or open "
              "it read-only.", name=path.name)


def _workshop_identity(conn: sqlite3.Connection, _version: int) -> tuple[str, int] | None:
    """A workshop file's identity: its workshop id, and its revision, which every edit grows
    (so every edit's transaction writes the page that holds them)."""
    row = conn.execute("SELECT id, revision FROM workshop").fetchone()
    return None if row is None else (str(row[0]), int(row[1]))


def _audit_entry(conn: sqlite3.Connection, seq: int | None) -> tuple[Any, ...] | None:
    """The audit log's entry `seq`, or its newest."""
    return conn.execute("SELECT * FROM audit_log WHERE seq = ?", [seq]).fetchone() \
        if seq is not None \
        else conn.execute("SELECT * FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()


WORKSHOP = FileKind(name="workshop", application_id=WORKSHOP_APPLICATION_ID,
                    schema_version=SCHEMA_VERSION, migrations=migrations,
                    identity=_workshop_identity, log_entry=_audit_entry,
                    not_this_kind=_not_a_workshop_file, held=_held_elsewhere)


def _file_identity(path: Path) -> tuple[int, int] | None:
    """Device and inode of a file: they change when it is removed or replaced."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino


def rows(conn: sqlite3.Connection, sql: str, params: Any = ()) -> Iterator[dict[str, Any]]:
    """The rows of a query as dicts of column name to value (sqlite-utils' `query`, without
    loading sqlite-utils: reading needs only the connection)."""
    cursor = conn.execute(sql, params)
    names = [column[0] for column in cursor.description]
    for row in cursor:
        yield dict(zip(names, row, strict=True))


class WorkshopFile:
    """An open workshop file. One writing connection per file; close it when done."""

    def __init__(self, path: Path, conn: sqlite3.Connection, read_only: bool,
                 opened: OpenedFile | None = None) -> None:
        self.path = path
        self.read_only = read_only
        # Reads go straight to the connection; sqlite-utils (`db`) is loaded at the first
        # write, which keeps it off the path from starting the app to the workshop shown.
        self.conn = conn
        self._db: Database | None = None
        self._catalog: Catalog | None = None
        self._opened = opened  # the lock while open for writing, a recovered copy read
        self._identity = None if read_only else _file_identity(path)
        self._gone_message = ""
        self._written: list[tuple[str, str]] = []  # (table, uuid) since `take_changes`
        self._group_work: GroupWork | None = None  # in a group copy, what may change
        self.sync_behind: SyncBehind | None = None  # the app's disk syncs, off its thread

    @property
    def db(self) -> Database:
        """The file through sqlite-utils, for writing (inserts, updates, savepoints)."""
        if self._db is None:
            self._db = database(self.conn)
        return self._db

    def warm_up(self) -> None:
        """Load what the first write needs (sqlite-utils), so the first keystroke does not wait
        for it; the window calls it once it is idle."""
        self.db  # noqa: B018

    def query(self, sql: str, params: Any = ()) -> Iterator[dict[str, Any]]:
        """The rows of a query of this file, as dicts of column name to value."""
        return rows(self.conn, sql, params)

    # ----- opening and creating -------------------------------------------------------------

    @classmethod
    def create(cls, path: Path | str, catalog: Catalog, *, country: str, title: str,
               start_date: str = "", end_date: str = "", venue: str = "", language: str = "en",
               documents: list[str] | None = None, chapters: list[int] | None = None,
               overwrite: bool = False, workshop_id: str | None = None) -> WorkshopFile:
        """Create a new workshop file against a catalog; refuses to replace a file unless asked
        (and never replaces a workshop or consolidated file, nor writes to a device or pipe).

        The file is built in memory and written whole, as any output of the app is."""
        check_sqlite_version()
        path = Path(path)
        if path.exists() and not overwrite:
            raise WorkshopError(tr("{path} already exists: choose another name.", path=path))
        stamp = now_iso()
        details = WorkshopDetails(
            id=workshop_id or new_uuid(), country="", title="", catalog_id=catalog.id,
            catalog_version=catalog.version, catalog_hash=catalog.hash,
            created_at=stamp, updated_at=stamp)
        values = _validate_details(details, dict(
            country=country, title=title, start_date=start_date, end_date=end_date,
            venue=venue, language=language, documents=documents or [],
            chapters=chapters or []), catalog)
        for key, value in values.items():
            setattr(details, key, value)
        conn = sqlite3.connect(":memory:", isolation_level=None)
        try:
            db = database(conn)
            conn.execute(f"PRAGMA application_id = {WORKSHOP_APPLICATION_ID}")
            conn.execute("PRAGMA foreign_keys = ON")
            migrations().apply(db)
            with db.atomic():
                db.table("catalog_snapshot").insert(dict(
                    hash=catalog.hash, id=catalog.id, version=catalog.version,
                    content=catalog.content))
                row = asdict(details)
                row["documents"] = json.dumps(row["documents"])
                row["chapters"] = json.dumps(row["chapters"])
                db.table("workshop").insert(row)
            write_image(database_image(conn), path, replace=overwrite)
        finally:
            conn.close()
        return cls.open(path)

    @classmethod
    def open(cls, path: Path | str, *, read_only: bool = False,
             sync_behind: bool = False) -> WorkshopFile:
        """Open a workshop file, migrating its schema forward; refuse anything else whole.

        With `sync_behind` (the app), a commit does not wait for the disk: a thread of its own
        makes each revision durable and says so (`workshop.file.sync_behind`); otherwise (the
        command line) every commit waits for the disk (`synchronous = FULL`).

        Every check of `sqlite_file.open_app_file` (a regular file, the mark, the schema
        version, the exact schema, journals that belong, SQLite's quick check), then the
        workshop's own: its details, its catalog and the closed lists, all before anything is
        written (journal mode, migrations)."""
        path = Path(path)
        opened = open_app_file(path, WORKSHOP, read_only=read_only)
        version = opened.version
        with opened.setting_up(damage=(KeyError, TypeError, ValueError, AttributeError,
                                       RecursionError)):
            opened.conn.execute("PRAGMA foreign_keys = ON")
            if version < SCHEMA_VERSION and read_only:
                # Reading an older file (a report, a package, info) must not change it: the
                # upgrade is made on a copy in memory; the file itself is upgraded when it is
                # next opened for writing.
                opened.conn = upgraded_copy_in_memory(opened.conn, WORKSHOP)
            conn = opened.conn
            store = cls(path, conn, read_only, opened)
            check_contents(conn, path)
            store.details  # noqa: B018 - fails here, not later, when the row is missing
            store.catalog  # noqa: B018
            store._check_details()
            if not read_only:
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = FULL")
            if version < SCHEMA_VERSION and not read_only:
                store._keep_copy_before_migration(version)
                migrations().apply(store.db)
            if sync_behind and not read_only:
                conn.execute("PRAGMA synchronous = NORMAL")
                conn.execute("PRAGMA wal_autocheckpoint = 0")  # the sync thread folds it back
                store.sync_behind = SyncBehind(path, store.revision)
            return store

    def _check_details(self) -> None:
        """The workshop's details must be what the app itself would have stored."""
        details = self.details
        if not isinstance(details.documents, list) or not isinstance(details.chapters, list):
            raise ValueError("the documents or chapters in scope are not lists")
        try:
            _validate_details(details, {key: getattr(details, key)
                                        for key in WorkshopDetails.EDITABLE}, self.catalog)
        except WorkshopError as error:
            raise DamagedFile(tr("{name} is damaged ({problem}): restore it from a backup.",
                                   name=self.path.name, problem=error.message)) from None

    def _keep_copy_before_migration(self, version: int) -> None:
        """Keep the file as it is, in its old schema, beside it (`NAME.schemaN.bak`), once."""
        copy = self.path.with_name(f"{self.path.name}.schema{version}.bak")
        if not os.path.lexists(copy):
            write_image(database_image(self.conn), copy, replace=False)

    def close(self) -> None:
        """Close the file; every edit was already committed (and, syncing behind, is made
        durable first)."""
        if self.sync_behind is not None:
            self.sync_behind.close()
            self.sync_behind = None
        self.conn.close()
        if self._opened is not None:
            self._opened.release()
            self._opened = None

    def __enter__(self) -> WorkshopFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ----- reading ----------------------------------------------------------------------------

    @property
    def details(self) -> WorkshopDetails:
        """The workshop's details as stored now."""
        found = next(self.query("SELECT * FROM workshop"), None)
        if found is None:
            raise DamagedFile(tr("{name} is damaged (its workshop is missing): restore it from "
                                   "a backup.", name=self.path.name))
        row = dict(found)
        row["documents"] = json.loads(row["documents"])
        row["chapters"] = json.loads(row["chapters"])
        names = {f.name for f in fields(WorkshopDetails)}
        return WorkshopDetails(**{k: v for k, v in row.items() if k in names})

    @property
    def revision(self) -> int:
        """The workshop's revision: it grows by one with every edit."""
        return self.conn.execute("SELECT revision FROM workshop").fetchone()[0]

    @property
    def catalog(self) -> Catalog:
        """The catalog this workshop was made against, from the copy kept inside the file."""
        if self._catalog is None:
            wanted = self.conn.execute("SELECT catalog_hash FROM workshop").fetchone()[0]
            row = self.conn.execute("SELECT content FROM catalog_snapshot WHERE hash = ?",
                                  [wanted]).fetchone()
            if row is None:
                raise DamagedFile(tr("{name} is damaged (its catalog is missing): restore it "
                                       "from a backup.", name=self.path.name))
            catalog = _catalog_from_snapshot(row[0], self.path.name)
            if catalog.hash != wanted:
                raise DamagedFile(tr("{name} is damaged (its catalog does not match its "
                                       "hash): restore it from a backup.", name=self.path.name))
            self._catalog = catalog
        return self._catalog

    @property
    def origin(self) -> CopyOrigin | None:
        """Where a group copy came from (None for the facilitator's own file)."""
        return copy_origin(self.conn)

    def given_copy(self, copy_id: str) -> tuple[str, int] | None:
        """A group copy this file gave out: its group and base revision, or None."""
        return self.conn.execute("SELECT group_uuid, base_revision FROM group_copy "
                                 "WHERE copy_id = ?", [copy_id]).fetchone()

    def commitments_in_scope(self) -> list[str]:
        """Ids of the catalog's commitments in the workshop's documents and chapters."""
        details = self.details
        return [c.id for c in self.catalog.in_scope(details.documents, details.chapters)]

    def get(self, record_type: type[R], uuid: str) -> R | None:
        """One record by its UUID, or None."""
        found = next(self.query(f"SELECT * FROM {record_type.TABLE} WHERE uuid = ?", [uuid]),
                     None)
        return record_type(**found) if found else None

    def records(self, record_type: type[R], where: str = "", params: list[Any] | None = None,
                order_by: str = "rowid") -> list[R]:
        """Records of one type, optionally filtered with an SQL condition on its columns."""
        sql = f"SELECT * FROM {record_type.TABLE}"
        if where:
            sql += f" WHERE {where}"
        sql += f" ORDER BY {order_by}"
        return [record_type(**row) for row in self.query(sql, params or [])]

    def count(self, record_type: type[Record]) -> int:
        """How many records of one type the file holds."""
        return self.conn.execute(f"SELECT count(*) FROM {record_type.TABLE}").fetchone()[0]

    def group_commitments(self, group_uuid: str) -> list[str]:
        """The commitments a group assesses: its chapters' commitments in scope, and single ones."""
        assignments = self.records(GroupAssignment, "group_uuid = ?", [group_uuid])
        chapters = {a.chapter for a in assignments if a.chapter is not None}
        singles = {a.commitment_id for a in assignments if a.commitment_id}
        return [cid for cid in self.commitments_in_scope()
                if self.catalog.commitment(cid).chapter in chapters or cid in singles]  # type: ignore[union-attr]

    def audit_log(self, limit: int = 100) -> list[dict[str, Any]]:
        """The newest audit entries first."""
        return list(self.query(
            "SELECT * FROM audit_log ORDER BY seq DESC LIMIT ?", [limit]))

    def reviews(self) -> list[Review]:
        """Every recorded review, by target and reviewer."""
        return [Review(**row) for row in self.query(
            "SELECT target_table, target_key, view, comment, reviewer, reviewed_at, uuid "
            "FROM review ORDER BY target_table, target_key, reviewer")]

    def review_imports(self) -> list[dict[str, Any]]:
        """The log of reviewed workbooks imported, oldest first."""
        return list(self.query("SELECT * FROM review_import ORDER BY seq"))

    def workbook_export(self, export_id: str) -> WorkbookExport | None:
        """What the export of the full results workbook with this id wrote, or None when this
        file recorded no such export (or a record the app could not have written)."""
        found = next(self.query("SELECT * FROM workbook_export WHERE export_id = ?",
                                [export_id]), None)
        try:
            sheets = json.loads(found.pop("sheets")) if found else None
        except (TypeError, ValueError):
            return None
        if not isinstance(sheets, list) or not all(isinstance(s, str) for s in sheets):
            return None
        assert found is not None  # no row gave no sheets, refused above
        return WorkbookExport(**found, sheets=tuple(sheets))

    def changed_since(self, revision: int, ignoring: tuple[str, ...] = ()) -> bool:
        """Whether any edit after `revision` touched a table other than those in `ignoring`."""
        marks = ", ".join("?" for _ in ignoring) or "''"
        return self.conn.execute(
            f"SELECT EXISTS (SELECT 1 FROM audit_log WHERE revision > ? AND table_name NOT IN "
            f"({marks}))", [revision, *ignoring]).fetchone()[0] == 1

    # ----- editing ----------------------------------------------------------------------------

    def _writable(self) -> None:
        if self.read_only:
            raise WorkshopError(tr("{name} is open read-only: changes cannot be saved.",
                                   name=self.path.name))
        if self._gone_message or _file_identity(self.path) != self._identity:
            raise WorkshopError(self._file_gone())

    def _file_gone(self) -> str:
        """The file was removed or replaced under the app (a USB stick pulled out): keep what
        the open connection still holds in a backup, once, and say so."""
        if not self._gone_message:
            from workshop.file.backups import make_backup

            try:
                kept = make_backup(self.path, conn=self.conn)
                where = tr("everything up to revision {n} is kept in a backup (File > Restore "
                           "from backup, or {path})", n=kept.revision, path=kept.path)
            except WorkshopError as error:
                where = error.message
            self._gone_message = tr(
                "{name} is no longer where it was opened (was the drive removed?), so nothing "
                "more can be saved to it; {kept}.", name=self.path.name, kept=where)
        return self._gone_message

    @property
    def gone(self) -> bool:
        """Whether the file was found removed or replaced since it was opened."""
        return bool(self._gone_message)

    def take_changes(self) -> ChangeSet:
        """What the writes since the last call committed (empty after a refused edit), for the
        interface to announce."""
        written, self._written = self._written, []
        return ChangeSet(written)

    def _commit(self, entries: Sequence[AuditEntry]) -> int:
        """Write audit entries and grow the revision, inside the edit's transaction; note what
        they say was written for `take_changes`. In a group copy, an edit outside the group's
        work is refused here, the one place every write passes."""
        self._check_group_work(entries)
        self._written.extend((table, uuid) for _, table, uuid, *_ in entries)
        revision = self.revision + 1
        stamp = now_iso()
        self.conn.execute("UPDATE workshop SET revision = ?, updated_at = ?", [revision, stamp])
        self.conn.executemany(
            "INSERT INTO audit_log (revision, at, action, table_name, record_uuid, field, "
            "old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(revision, stamp, action, table, uuid, column, _audit_value(old), _audit_value(new))
             for action, table, uuid, column, old, new in entries])
        return revision

    def _check_group_work(self, entries: Sequence[AuditEntry]) -> None:
        """In a group copy, refuse (and so roll back) a write outside the group's work."""
        origin = self.origin
        if origin is None:
            return
        if self._group_work is None:
            self._group_work = GroupWork(self.conn, origin.group_uuid,
                                         self.group_commitments(origin.group_uuid))
        work = self._group_work
        for action, table, uuid, column, old, new in entries:
            if is_cascade(action, column, new, REFERENCES):
                continue
            row = new if action == "insert" else old if action == "delete" else next(
                self.query(f"SELECT * FROM {table} WHERE uuid = ?", [uuid]), None)
            if not (isinstance(row, dict) and work.holds(table, row)
                    and (column is None or work.allows_field(table, column))):
                group = self.get(WorkingGroup, origin.group_uuid)
                raise WorkshopError(tr(
                    "This is the copy of {group}: only the group's own assessments, gaps and "
                    "needs can be changed in it; the rest is changed in the facilitator's file.",
                    group=group.name if group else "?"))

    def _run(self, work: Any) -> Any:
        """Run one edit in one transaction; storage failures become one sentence."""
        self._writable()
        try:
            with self._forgotten_if_rolled_back(), self.db.atomic():
                result = work()
            self._committed()
            return result
        except sqlite3.IntegrityError as error:
            raise WorkshopError(tr("The change was refused because it conflicts with what is "
                                   "saved ({reason}).", reason=error)) from None
        except sqlite3.Error as error:
            raise self._storage_error(error) from None

    def _storage_error(self, error: sqlite3.Error) -> WorkshopError:
        """What went wrong saving an edit, in one sentence (a full or read-only disk is called
        that, never damage)."""
        return storage_error(error, self.path)

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Group many edits into one transaction (one disk sync), all kept or none.

        Each edit inside still grows the revision and writes its audit entries; a paste of
        many rows or the demo's construction use it so they take one commit, not hundreds.
        """
        self._writable()
        try:
            with self._forgotten_if_rolled_back(), self.db.atomic():
                yield
            self._committed()
        except sqlite3.Error as error:
            raise self._storage_error(error) from None

    def _committed(self) -> None:
        """After a transaction: once the outermost one has committed, have it made durable."""
        if self.sync_behind is not None and not self.conn.in_transaction:
            self.sync_behind.committed(self.revision)

    @contextmanager
    def _forgotten_if_rolled_back(self) -> Iterator[None]:
        """A write that fails is rolled back: what it noted as written is forgotten too."""
        try:
            yield
        except BaseException:
            self._written.clear()
            raise

    def update_details(self, **changes: Any) -> Change:
        """Change the workshop's details (title, dates, scope...)."""
        def work() -> Change:
            current = self.details
            values = _validate_details(current, changes, self.catalog)
            old = {k: getattr(current, k) for k in values}
            stored = {k: json.dumps(v) if isinstance(v, list) else v for k, v in values.items()}
            if stored:
                self.db.table("workshop").update(current.id, stored)
            revision = self._commit([("update", "workshop", current.id, k, old[k], values[k])
                                     for k in values])
            return Change("workshop", current.id, "update", old, values, revision)
        return self._run(work)

    def add(self, record: Record) -> Change:
        """Insert a new record."""
        def work() -> Change:
            row = self._validated(type(record), asdict(record))
            self.db.table(record.TABLE).insert(row)
            revision = self._commit([("insert", record.TABLE, row["uuid"], None, None, row)])
            return Change(record.TABLE, row["uuid"], "insert", {}, row, revision)
        return self._run(work)

    def update(self, record_type: type[Record], uuid: str, **changes: Any) -> Change:
        """Change some fields of one record; returns the old values for undo."""
        def work() -> Change:
            current = self.get(record_type, uuid)
            if current is None:
                raise WorkshopError(tr("The record to change no longer exists."))
            row = asdict(current)
            unknown = set(changes) - set(row) | ({"uuid"} & set(changes))
            if unknown:
                raise ValueError(f"cannot change {sorted(unknown)} of {record_type.TABLE}")
            row.update(changes)
            row = self._validated(record_type, row)
            diff = {k: row[k] for k in changes if row[k] != getattr(current, k)}
            old = {k: getattr(current, k) for k in diff}
            if not diff:
                return Change(record_type.TABLE, uuid, "update", {}, {}, self.revision)
            self.db.table(record_type.TABLE).update(uuid, diff)
            revision = self._commit([("update", record_type.TABLE, uuid, k, old[k], diff[k])
                                     for k in diff])
            return Change(record_type.TABLE, uuid, "update", old, diff, revision)
        return self._run(work)

    def remove(self, record_type: type[Record], uuid: str) -> Removal:
        """Delete a record and what depends on it; the returned Removal can restore them."""
        def work() -> Removal:
            rows: list[tuple[str, dict[str, Any]]] = []
            nulled: list[tuple[str, str, str, Any]] = []
            self._collect(record_type.TABLE, uuid, rows, nulled)
            if not rows:
                raise WorkshopError(tr("The record to delete no longer exists."))
            self.conn.execute(f"DELETE FROM {record_type.TABLE} WHERE uuid = ?", [uuid])
            entries: list[AuditEntry] = [("delete", table, row["uuid"], None, row, None)
                                         for table, row in rows]
            entries += [("update", table, ruuid, column, old, None)
                        for table, ruuid, column, old in nulled]
            revision = self._commit(entries)
            return Removal(rows, nulled, revision)
        return self._run(work)

    def restore(self, removal: Removal) -> Change:
        """Put back what a removal took away (the undo of `remove`)."""
        def work() -> Change:
            for table, row in removal.rows:
                self.db.table(table).insert(row)
            for table, ruuid, column, old in removal.nulled:
                self.db.table(table).update(ruuid, {column: old})
            entries: list[AuditEntry] = [("insert", table, row["uuid"], None, None, row)
                                         for table, row in removal.rows]
            entries += [("update", table, ruuid, column, None, old)
                        for table, ruuid, column, old in removal.nulled]
            revision = self._commit(entries)
            table, first = removal.rows[0]
            return Change(table, first["uuid"], "insert", {}, first, revision)
        return self._run(work)

    def _collect(self, table: str, uuid: str, rows: list[tuple[str, dict[str, Any]]],
                 nulled: list[tuple[str, str, str, Any]]) -> None:
        """Gather a row and, parents first, every row its deletion would cascade to or null."""
        found = list(self.query(f"SELECT * FROM {table} WHERE uuid = ?", [uuid]))
        if not found:
            return
        rows.append((table, found[0]))
        for child in RECORD_BY_TABLE.values():
            for fk in self.conn.execute(f"PRAGMA foreign_key_list({child.TABLE})").fetchall():
                # (id, seq, table, from, to, on_update, on_delete, match)
                if fk[2] != table:
                    continue
                column, on_delete = fk[3], fk[6]
                for (child_uuid,) in self.conn.execute(
                        f"SELECT uuid FROM {child.TABLE} WHERE {column} = ?", [uuid]).fetchall():
                    if on_delete == "CASCADE":
                        if not any(t == child.TABLE and r["uuid"] == child_uuid for t, r in rows):
                            self._collect(child.TABLE, child_uuid, rows, nulled)
                    else:
                        nulled.append((child.TABLE, child_uuid, column, uuid))

    def set_assessment(self, group_uuid: str, commitment_id: str, **values: Any) -> Change:
        """Record a group's assessment of a commitment (created on first edit)."""
        existing = self.records(Assessment, "group_uuid = ? AND commitment_id = ?",
                                [group_uuid, commitment_id])
        if existing:
            return self.update(Assessment, existing[0].uuid, **values)
        return self.add(Assessment(uuid=new_uuid(), group_uuid=group_uuid,
                                   commitment_id=commitment_id, **values))

    def set_consensus(self, commitment_id: str, **values: Any) -> Change:
        """Record the plenary's consensus on a commitment (created on first edit)."""
        existing = self.records(Consensus, "commitment_id = ?", [commitment_id])
        if existing:
            return self.update(Consensus, existing[0].uuid, **values)
        return self.add(Consensus(uuid=new_uuid(), commitment_id=commitment_id, **values))

    def record_reviews(self, reviews: list[Review], *, workbook: str, sha256: str,
                       workbook_revision: int, ignored: int) -> int:
        """Record one reviewed workbook's reviews in one transaction; returns the revision.

        A review replaces the same reviewer's earlier review of the same row; reviews by other
        reviewers stay. Nothing else in the file changes. The import is logged.
        """
        def work() -> int:
            entries: list[tuple[str, str, str, str | None, Any, Any]] = []
            for review in reviews:
                row = {"target_table": review.target_table, "target_key": review.target_key,
                       "view": review.view, "comment": review.comment,
                       "reviewer": review.reviewer, "reviewed_at": review.reviewed_at}
                found = list(self.query(
                    "SELECT * FROM review WHERE target_table = ? AND target_key = ? AND "
                    "reviewer = ?", [review.target_table, review.target_key, review.reviewer]))
                if not found:
                    row["uuid"] = new_uuid()
                    self.db.table("review").insert(row)
                    entries.append(("insert", "review", row["uuid"], None, None, row))
                    continue
                old = dict(found[0])
                diff = {k: v for k, v in row.items() if old[k] != v}
                if diff:
                    self.db.table("review").update(old["uuid"], diff)
                    entries += [("update", "review", old["uuid"], k, old[k], v)
                                for k, v in diff.items()]
            if not entries:
                return self.revision
            revision = self._commit(entries)
            self.db.table("review_import").insert({
                "at": now_iso(), "workbook": workbook, "sha256": sha256,
                "reviewer": reviews[0].reviewer, "reviewed_at": reviews[0].reviewed_at,
                "workbook_revision": workbook_revision, "revision": revision,
                "recorded": len(reviews), "ignored": ignored})
            return revision
        return self._run(work)

    def record_export(self, export: WorkbookExport) -> None:
        """Keep what one export of the full results workbook wrote, so that the workbook can
        be checked when it comes back reviewed.

        An export changes no result: the revision stays and the audit log has no entry.
        """
        if self.read_only:
            raise WorkshopError(tr(
                "The full results workbook cannot be written from {name} while it is "
                "read-only: each export is recorded in the workshop file so that its review "
                "can be read back; open the file for editing (or copy it to a folder you can "
                "write to) and export again.", name=self.path.name))

        def work() -> None:
            self.conn.execute(
                "INSERT INTO workbook_export (export_id, exported_at, revision, language, "
                "sheets, hidden_sha256) VALUES (?, ?, ?, ?, ?, ?)",
                [export.export_id, export.exported_at, export.revision, export.language,
                 json.dumps(list(export.sheets), ensure_ascii=False), export.hidden_sha256])
        self._run(work)

    def record_group_copy(self, origin: CopyOrigin) -> None:
        """Keep the id of a group copy given out, so that only copies of this file, made since
        the revision it holds, are collected into it. Changes no result (no revision, no audit
        entry), as recording an export does."""
        self._writable()

        def work() -> None:
            self.conn.execute(
                "INSERT INTO group_copy (copy_id, group_uuid, base_revision, made_at) "
                "VALUES (?, ?, ?, ?)",
                [origin.copy_id, origin.group_uuid, origin.base_revision, origin.made_at])
        self._run(work)

    def record_baseline(self, baseline: dict[str, Any], statuses: dict[str, str],
                        gaps: list[dict[str, Any]]) -> int:
        """Keep an earlier workshop as this one's baseline (replacing any before): its details,
        its consensus statuses and its gaps, in one transaction that grows the revision (the
        progress figures change). Returns the revision."""
        def work() -> int:
            old = self.conn.execute("SELECT workshop_id FROM baseline").fetchone()
            for table in ("baseline", "baseline_status", "baseline_gap"):
                self.conn.execute(f"DELETE FROM {table}")
            self.conn.execute(
                "INSERT INTO baseline (workshop_id, country, title, start_date, end_date, "
                "revision, catalog_id, catalog_version, taken_at) VALUES (?, ?, ?, ?, ?, ?, ?, "
                "?, ?)", [baseline["workshop_id"], baseline["country"], baseline["title"],
                          baseline["start_date"], baseline["end_date"], baseline["revision"],
                          baseline["catalog_id"], baseline["catalog_version"], now_iso()])
            self.conn.executemany("INSERT INTO baseline_status (commitment_id, status) "
                                  "VALUES (?, ?)", sorted(statuses.items()))
            self.conn.executemany(
                "INSERT INTO baseline_gap (uuid, commitment_id, description, priority) "
                "VALUES (?, ?, ?, ?)",
                [(g["uuid"], g["commitment_id"], g["description"], g["priority"])
                 for g in gaps])
            return self._commit([("update", "baseline", baseline["workshop_id"], "workshop_id",
                                  old[0] if old else None, baseline["workshop_id"])])
        return self._run(work)

    def baseline(self) -> dict[str, Any] | None:
        """The baseline's details (an earlier workshop of the country), if one was taken."""
        return next(self.query("SELECT * FROM baseline"), None)

    def baseline_statuses(self) -> dict[str, str]:
        """The baseline's consensus status of each commitment it agreed one for."""
        return dict(self.conn.execute("SELECT commitment_id, status FROM baseline_status"))

    # ----- validation -------------------------------------------------------------------------

    def _validated(self, record_type: type[Record], row: dict[str, Any]) -> dict[str, Any]:
        """Check a row against the record's rules; the row as it will be stored."""
        out: dict[str, Any] = {}
        hints = {f.name: f.type for f in fields(record_type)}
        for name, value in row.items():
            hint = str(hints[name])
            optional = "None" in hint
            if value is None:
                if not optional:
                    raise WorkshopError(tr("The field {field} must be filled in.", field=name))
            elif hint.startswith("int"):
                if isinstance(value, bool) or not isinstance(value, int):
                    raise WorkshopError(tr("The field {field} must be a whole number.",
                                           field=name))
            elif not isinstance(value, str):
                raise WorkshopError(tr("The field {field} must be text.", field=name))
            elif len(value) > MAX_TEXT:
                raise WorkshopError(tr("The text of {field} is longer than {limit} characters.",
                                       field=name, limit=MAX_TEXT))
            choices = record_type.CHOICES.get(name)
            if choices is not None and value not in choices:
                raise WorkshopError(tr("{value} is not a valid {field}; use one of: {choices}.",
                                       value=value, field=name, choices=", ".join(choices)))
            if name == "commitment_id" and value is not None \
                    and self.catalog.commitment(value) is None:
                raise WorkshopError(tr("The commitment {id} is not in this workshop's catalog.",
                                       id=value))
            if name == "chapter" and value is not None and self.catalog.chapter(value) is None:
                raise WorkshopError(tr("There is no chapter {n}.", n=value))
            out[name] = value
        for required in record_type.REQUIRED_TEXT:
            if not out[required].strip():
                raise WorkshopError(tr("The field {field} must be filled in.", field=required))
        if not out.get("uuid"):
            raise WorkshopError(tr("The field {field} must be filled in.", field="uuid"))
        return out


def _validate_details(current: WorkshopDetails, changes: dict[str, Any],
                      catalog: Catalog) -> dict[str, Any]:
    """Check changes to the workshop's details; the values to store."""
    from workshop.languages.locale_data import is_country_code, is_iso_date, is_language_code

    out: dict[str, Any] = {}
    for key, value in changes.items():
        if key not in WorkshopDetails.EDITABLE:
            raise ValueError(f"{key} is not an editable workshop detail")
        if key == "country":
            value = str(value).upper()
            if not is_country_code(value):
                raise WorkshopError(tr("{code} is not a country code (two letters, ISO 3166).",
                                       code=value))
        elif key == "title":
            value = str(value).strip()
            if not value:
                raise WorkshopError(tr("The workshop needs a title."))
        elif key in ("start_date", "end_date"):
            if value and not is_iso_date(value):
                raise WorkshopError(tr("{date} is not a date of the form YYYY-MM-DD.",
                                       date=value))
        elif key == "language":
            if not is_language_code(value):
                raise WorkshopError(tr("{code} is not a known language code.", code=value))
        elif key == "documents":
            known = {d.id for d in catalog.documents}
            if any(d not in known for d in value):
                raise WorkshopError(tr("The documents must be among: {known}.",
                                       known=", ".join(sorted(known))))
            value = sorted(set(value))
        elif key == "chapters":
            if any(c not in range(1, 8) for c in value):
                raise WorkshopError(tr("The chapters must be numbers from 1 to 7."))
            value = sorted(set(value))
        elif key == "venue":
            value = str(value)
        if len(str(value)) > 1000:
            raise WorkshopError(tr("The workshop's {field} is too long.", field=key))
        out[key] = value
    start = out.get("start_date", current.start_date)
    end = out.get("end_date", current.end_date)
    if start and end and end < start:
        raise WorkshopError(tr("The workshop cannot end ({end}) before it starts ({start}).",
                               end=end, start=start))
    return out


def _audit_value(value: Any) -> str | None:
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False, sort_keys=True)
