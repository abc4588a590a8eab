"""Collecting a group's copy: its work back into the facilitator's file, field by field.

A copy's audit log holds only the group's changes, numbered in the order made. Each becomes a
`FieldChange` carrying the copy's id (its device), the revision the copy was made from and its
own id (`device:number`): the format the room network will carry too. Collecting takes the
changes not yet taken (the file keeps the last number taken per copy, so a change that comes
twice is applied once), turns them into the same reversible edits every other change of the
app is made of, and applies them in one transaction:

- a field the copy changed and the file did not (its value is still the one the copy started
  from) takes the copy's value; one already equal is left;
- a field both changed is a conflict: the file keeps its value, and a `conflict` record keeps
  both until the plenary chooses (`resolution_edits`);
- a record the copy added is added; one it removed is removed unless the file changed it
  (then a conflict over the whole record);
- a change outside the group's work (`group_work.GroupWork`) is listed as ignored, never applied.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from workshop.errors import DamagedFile, WorkshopError
from workshop.file.edits import AddEdit, Edit, RemoveEdit, UpdateEdit, apply_edits
from workshop.file.group_work import GROUP_TABLES, CopyOrigin, GroupWork, is_cascade
from workshop.file.model import (
    RECORD_BY_TABLE,
    Assessment,
    CollectedCopy,
    Conflict,
    Record,
    WorkingGroup,
    new_uuid,
)
from workshop.file.rules import REFERENCES, shown
from workshop.file.store import WorkshopFile
from workshop.languages.i18n import tr


@dataclass(frozen=True)
class FieldChange:
    """One change a group made: the unit a copy (or, later, the room network) sends back."""

    id: str  # "<device>:<number>", unique across every copy and device
    device: str
    base_revision: int
    number: int
    action: str  # "insert", "update" or "delete"
    table: str
    record: str
    field: str | None
    old: Any
    new: Any


@dataclass
class Collected:
    """What collecting one copy did (or, in a dry run, would do)."""

    copy: str
    group: str = ""
    outcome: str = "refused"  # "collected", "nothing new" or "refused"
    message: str = ""
    revision: int = 0
    applied: list[dict[str, Any]] = field(default_factory=list)
    unchanged: list[dict[str, Any]] = field(default_factory=list)
    ignored: list[dict[str, Any]] = field(default_factory=list)
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    edits: list[Edit] = field(default_factory=list, repr=False)

    def as_json(self) -> dict[str, Any]:
        """The report of `workshop collect --json` for this copy."""
        found = asdict(self)
        del found["edits"]
        return found


def read_copy(main: WorkshopFile, path: Path) -> tuple[CopyOrigin, list[FieldChange], WorkshopFile]:
    """Open a copy (read-only) and check it belongs to `main`; its origin, changes and store.

    Refused with one sentence: a file that is not a workshop or is damaged or newer (as any
    open refuses it), a workshop file that is no copy, a copy of another workshop, and a copy
    whose base `main` no longer holds."""
    copy = WorkshopFile.open(path, read_only=True)
    try:
        origin = copy.origin
        if origin is None:
            raise WorkshopError(tr("{name} is not a group's copy: collect copies made with "
                                   "File > Give a group its copy.", name=path.name))
        details = main.details
        if origin.workshop_id != details.id:
            other = copy.details
            raise WorkshopError(tr("{name} is a copy of another workshop ({title}, {country}): "
                                   "collect it into that workshop's file.", name=path.name,
                                   title=other.title, country=other.country))
        given = main.given_copy(origin.copy_id)
        if given is None or main.revision < origin.base_revision:
            raise WorkshopError(tr(
                "{name} was made from this workshop at revision {n}, which this file no longer "
                "holds (was it restored from an older backup?): open the file the copy was made "
                "from, or give the group a new copy.", name=path.name, n=origin.base_revision))
        if main.get(WorkingGroup, origin.group_uuid) is None:
            raise WorkshopError(tr("{name} is the copy of a working group since removed from "
                                   "this workshop: add the group back (Edit > Undo) to collect "
                                   "it.", name=path.name))
        return origin, list(copy_changes(copy, origin)), copy
    except BaseException:
        copy.close()
        raise


def copy_changes(copy: WorkshopFile, origin: CopyOrigin) -> Iterable[FieldChange]:
    """Every change made in a copy since it was made, in order. A copy comes from another
    laptop and is trusted no more than a package: a change log the app would not have written
    (an unknown table or column, a value that is not JSON, a row that is not one) is damage."""
    for seq, action, table, record, column, old, new in copy.conn.execute(
            "SELECT seq, action, table_name, record_uuid, field, old_value, new_value "
            "FROM audit_log ORDER BY seq"):
        try:
            change: FieldChange | None = FieldChange(
                id=f"{origin.copy_id}:{seq}", device=origin.copy_id,
                base_revision=origin.base_revision, number=seq, action=action, table=table,
                record=record, field=column, old=_value(old), new=_value(new))
        except (ValueError, RecursionError):
            change = None
        if change is None or not _well_formed(change):
            raise DamagedFile(tr("{name} is damaged (its change {n} is not one the app "
                                 "writes): ask the group for the copy again, or type its work "
                                 "in.", name=copy.path.name, n=seq))
        yield change


def _value(text: Any) -> Any:
    if text is not None and not isinstance(text, str):
        raise ValueError("an audit value that is not text")
    return None if text is None else json.loads(text)


def _well_formed(change: FieldChange) -> bool:
    """Whether a change names a record table, one of its columns, and rows where rows go."""
    record_type = RECORD_BY_TABLE.get(change.table) if isinstance(change.table, str) else None
    if record_type is None or not isinstance(change.record, str):
        return False
    columns = set(record_type.columns())
    if change.action == "update":
        return change.field in columns - {"uuid"}
    row = change.new if change.action == "insert" else change.old
    return change.action in ("insert", "delete") and change.field is None \
        and isinstance(row, dict) and set(row) == columns and row["uuid"] == change.record


def collect(main: WorkshopFile, path: Path | str, *, dry_run: bool = False) -> Collected:
    """Collect one copy into `main` in one transaction (nothing, in a dry run); a refusal is
    reported in the result, never raised, so that other copies are collected."""
    path = Path(path)
    try:
        result = plan_collect(main, path)
        if result.edits and not dry_run:
            apply_edits(main, result.edits)
            main.take_changes()
            result.revision = main.revision
    except WorkshopError as error:
        return Collected(copy=path.name, message=error.message)
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError,
            sqlite3.Error) as error:  # a copy no check foresaw: refused alone, the file as it was
        main.take_changes()
        return Collected(copy=path.name, message=tr(
            "{name} could not be collected ({problem}); nothing of it was written.",
            name=path.name, problem=shown(error, 120)))
    return result


def plan_collect(main: WorkshopFile, path: Path) -> Collected:
    """What collecting a copy would do, as the edits that do it and the lists reported."""
    origin, changes, copy = read_copy(main, path)
    try:
        group = main.get(WorkingGroup, origin.group_uuid)
        mark = main.get(CollectedCopy, origin.copy_id)
        taken = mark.last_change if mark else 0
        fresh = [c for c in changes if c.number > taken]
        result = Collected(copy=path.name, group=group.name if group else "",
                           outcome="collected" if fresh else "nothing new",
                           revision=main.revision)
        if not fresh:
            result.message = tr("{name}: nothing new since it was last collected.",
                                name=path.name)
            return result
        _Planner(main, copy, origin, result).plan(fresh)
        last = fresh[-1].number
        result.edits.append(
            UpdateEdit(CollectedCopy, origin.copy_id, last_change=last) if mark
            else AddEdit(CollectedCopy(uuid=origin.copy_id, group_uuid=origin.group_uuid,
                                       last_change=last)))
        result.message = tr(
            "{name}: changes taken: {applied}; already here: {unchanged}; ignored: {ignored}; "
            "conflicts kept for the plenary: {conflicts}.", name=path.name,
            applied=len(result.applied), unchanged=len(result.unchanged),
            ignored=len(result.ignored), conflicts=len(result.conflicts))
        return result
    finally:
        copy.close()


class _Planner:
    """Turns one copy's fresh changes into edits of the facilitator's file."""

    def __init__(self, main: WorkshopFile, copy: WorkshopFile, origin: CopyOrigin,
                 result: Collected) -> None:
        self.main = main
        self.copy = copy
        self.origin = origin
        self.result = result
        self.work = GroupWork(main.conn, origin.group_uuid,
                              main.group_commitments(origin.group_uuid))
        self.added: set[tuple[str, str]] = set()

    def plan(self, changes: list[FieldChange]) -> None:
        """Plan every record the changes touch, in the order first touched (a gap before the
        need that answers it)."""
        by_record: dict[tuple[str, str], list[FieldChange]] = {}
        for change in changes:
            if is_cascade(change.action, change.field, change.new, REFERENCES):
                continue  # the removal it follows makes it again here
            by_record.setdefault((change.table, change.record), []).append(change)
        for (table, uuid), record_changes in by_record.items():
            self._plan_record(table, uuid, record_changes)

    def _row(self, store: WorkshopFile, table: str, uuid: str) -> dict[str, Any] | None:
        return next(store.query(f"SELECT * FROM {table} WHERE uuid = ?", [uuid]), None)

    def _here(self, table: str, uuid: str, copy_row: dict[str, Any] | None
              ) -> dict[str, Any] | None:
        """The record in the facilitator's file: by id, and an assessment also by its group and
        commitment (the facilitator may have typed the same group's answer meanwhile)."""
        found = self._row(self.main, table, uuid)
        if found is None and table == "assessment" and copy_row is not None:
            found = next(self.main.query(
                "SELECT * FROM assessment WHERE group_uuid = ? AND commitment_id = ?",
                [copy_row["group_uuid"], copy_row["commitment_id"]]), None)
        return found

    def _plan_record(self, table: str, uuid: str, changes: list[FieldChange]) -> None:
        copy_row = self._row(self.copy, table, uuid)
        known = copy_row or next((c.new if c.action == "insert" else c.old
                                  for c in reversed(changes) if c.action != "update"), None)
        if known is None:
            known = self._row(self.main, table, uuid)
        if table not in GROUP_TABLES or known is None or not self.work.holds(table, known):
            self._ignore(table, uuid, changes, tr("outside the group's work"))
            return
        here = self._here(table, uuid, copy_row)
        inserted = changes[0].action == "insert"
        if copy_row is None:
            if not inserted and here is not None:
                self._plan_removal(table, here, changes)
            else:
                self.result.unchanged.append(_entry(table, uuid, None, None, None))
        elif here is None and inserted:
            self._plan_addition(table, copy_row)
        elif here is None:
            self._conflict(table, copy_row, None, None, copy_row)
        else:
            base = _base_values(changes, RECORD_BY_TABLE[table], inserted, copy_row)
            self._plan_fields(table, here, copy_row, base)

    def _plan_addition(self, table: str, copy_row: dict[str, Any]) -> None:
        row = dict(copy_row)
        for column, target in REFERENCES.items():
            if row.get(column) is not None and (target, row[column]) not in self.added \
                    and self._row(self.main, target, row[column]) is None:
                row[column] = None  # the record it names is not here: the link is left out
        record_type = RECORD_BY_TABLE[table]
        if any(row[name] is None and "None" not in str(f.type)
               for name, f in ((f.name, f) for f in fields(record_type))):
            self._ignore(table, row["uuid"], [], tr("it names a record this file no longer has"))
            return
        self.result.edits.append(AddEdit(record_type(**row)))
        self.added.add((table, row["uuid"]))
        self.result.applied.append(_entry(table, row["uuid"], None, None, row))

    def _plan_removal(self, table: str, here: dict[str, Any], changes: list[FieldChange]
                      ) -> None:
        removed = next((c.old for c in reversed(changes) if c.action == "delete"), None)
        if removed is None:  # gone from the copy without its removal logged
            raise DamagedFile(tr("{name} is damaged (a record is missing that its change log "
                                 "says is there): ask the group for the copy again.",
                                 name=self.copy.path.name))
        base = dict(removed)
        for change in changes:
            if change.action == "update" and change.field is not None:
                base.setdefault("_first_" + change.field, change.old)
        base = {k: base.get("_first_" + k, v) for k, v in removed.items()
                if not k.startswith("_first_")}
        if any(here.get(k) != v for k, v in base.items()):
            self._conflict(table, here, None, here, None)
            return
        self.result.edits.append(RemoveEdit(RECORD_BY_TABLE[table], here["uuid"]))
        self.result.applied.append(_entry(table, here["uuid"], None, here, None))

    def _plan_fields(self, table: str, here: dict[str, Any], copy_row: dict[str, Any],
                     base: dict[str, Any]) -> None:
        values: dict[str, Any] = {}
        for name, start in base.items():
            final = copy_row[name]
            if not self.work.allows_field(table, name):
                if final != start:
                    self.result.ignored.append(dict(_entry(table, here["uuid"], name, start,
                                                           final),
                                                    reason=tr("decided in plenary")))
            elif here[name] == final:
                self.result.unchanged.append(_entry(table, here["uuid"], name, final, final))
            elif here[name] == start:
                if name in REFERENCES and final is not None \
                        and (REFERENCES[name], final) not in self.added \
                        and self._row(self.main, REFERENCES[name], final) is None:
                    self._ignore(table, here["uuid"], [], tr("it names a record this file no "
                                                             "longer has"), name)
                    continue
                values[name] = final
                self.result.applied.append(_entry(table, here["uuid"], name, start, final))
            else:
                self._conflict(table, here, name, here[name], final)
        if values:
            self.result.edits.append(UpdateEdit(RECORD_BY_TABLE[table], here["uuid"], **values))

    def _conflict(self, table: str, row: dict[str, Any], name: str | None, here_value: Any,
                  copy_value: Any) -> None:
        """Keep the file's value and both values in a conflict record (replacing an earlier
        conflict of the same copy over the same field)."""
        kept = [c for c in self.main.records(
            Conflict, "copy_id = ? AND record_uuid = ? AND field IS ?",
            [self.origin.copy_id, row["uuid"], name])]
        here_json, copy_json = _json(here_value), _json(copy_value)
        if kept:
            self.result.edits.append(UpdateEdit(Conflict, kept[0].uuid, here_value=here_json,
                                                copy_value=copy_json))
        else:
            self.result.edits.append(AddEdit(Conflict(
                uuid=new_uuid(), copy_id=self.origin.copy_id, table_name=table,
                record_uuid=row["uuid"], here_value=here_json, copy_value=copy_json,
                group_uuid=self.origin.group_uuid, field=name,
                commitment_id=row.get("commitment_id"))))
        self.result.conflicts.append(dict(_entry(table, row["uuid"], name, here_value,
                                                 copy_value),
                                          commitment=row.get("commitment_id")))

    def _ignore(self, table: str, uuid: str, changes: list[FieldChange], reason: str,
                name: str | None = None) -> None:
        for change in changes or [None]:  # type: ignore[list-item]
            self.result.ignored.append(dict(
                _entry(table, uuid, change.field if change else name,
                       change.old if change else None, change.new if change else None),
                reason=reason))


def _base_values(changes: list[FieldChange], record_type: type[Record], inserted: bool,
                 copy_row: dict[str, Any]) -> dict[str, Any]:
    """The values a record's changed fields had when the copy was made (or, for a record the
    copy added, when it was added): the old value of each field's first change."""
    base: dict[str, Any] = {}
    if inserted:
        first = changes[0].new
        base = {k: v for k, v in first.items() if k != "uuid"}
        if record_type is Assessment:  # measured against an answer nobody has typed yet
            defaults = Assessment(uuid="", group_uuid="", commitment_id="")
            base = {k: getattr(defaults, k) for k in ("status", "measures", "evidence",
                                                       "notes")}
        for change in changes[1:]:
            if change.field is not None:
                base.setdefault(change.field, change.old)
        return {k: v for k, v in base.items() if k in copy_row}
    for change in changes:
        if change.action == "update" and change.field is not None:
            base.setdefault(change.field, change.old)
    return base


def _entry(table: str, uuid: str, name: str | None, old: Any, new: Any) -> dict[str, Any]:
    """One line of a collect's report: a field (or, with no field, a whole record: its row, or
    None where removed) going from one value to another."""
    return {"table": table, "record": uuid, "field": name, "from": old, "to": new}


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def resolution_edits(main: WorkshopFile, conflict: Conflict, take_copy: bool) -> list[Edit]:
    """The edits that settle a conflict: the copy's value (or record) put in place if chosen,
    and the conflict removed; one undo step in the app."""
    edits: list[Edit] = []
    if take_copy:
        record_type = RECORD_BY_TABLE[conflict.table_name]
        value = json.loads(conflict.copy_value)
        exists = main.get(record_type, conflict.record_uuid) is not None
        if conflict.field is not None and exists:
            edits.append(UpdateEdit(record_type, conflict.record_uuid, **{conflict.field: value}))
        elif conflict.field is None and value is None and exists:
            edits.append(RemoveEdit(record_type, conflict.record_uuid))
        elif conflict.field is None and isinstance(value, dict) and not exists:
            edits.append(AddEdit(record_type(**value)))
    edits.append(RemoveEdit(Conflict, conflict.uuid))
    return edits
