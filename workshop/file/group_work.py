"""A working group's own work, and where a group copy came from.

A group copy (DESIGN.md section 9) lets a group assess its commitments and name its gaps and
needs on its own laptop; everything else in it is the facilitator's and is shown read-only.
This module says which records and fields are the group's, once, for both sides: the copy's
store refuses a write outside them, and collecting a copy ignores (and lists) any change
outside them. It reads the file through a plain connection, so the store can use it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

# The tables a group works in, and the fields of them that stay the plenary's.
GROUP_TABLES = ("assessment", "gap", "assistance_need")
PLENARY_FIELDS: dict[str, frozenset[str]] = {
    "assessment": frozenset({"group_uuid", "commitment_id"}),
    "gap": frozenset({"group_uuid", "rank", "votes"}),
    "assistance_need": frozenset(),
}


@dataclass(frozen=True)
class CopyOrigin:
    """Whose copy a file is: its id (also the device id its changes carry), the workshop, the
    group, and the facilitator's revision it was made from."""

    copy_id: str
    workshop_id: str
    group_uuid: str
    base_revision: int
    made_at: str
    with_names: bool


def copy_origin(conn: sqlite3.Connection) -> CopyOrigin | None:
    """The origin of a group copy, or None for the facilitator's own file."""
    found = conn.execute(
        "SELECT copy_id, workshop_id, group_uuid, base_revision, made_at, with_names "
        "FROM copy_origin LIMIT 1").fetchone()
    if found is None:
        return None
    copy_id, workshop_id, group_uuid, base_revision, made_at, with_names = found
    return CopyOrigin(copy_id, workshop_id, group_uuid, base_revision, made_at, bool(with_names))


class GroupWork:
    """The records and fields one group may change: its assessments of its commitments, its
    gaps on them, and the needs on them that answer no other group's gap."""

    def __init__(self, conn: sqlite3.Connection, group_uuid: str,
                 commitments: Collection[str]) -> None:
        self.conn = conn
        self.group_uuid = group_uuid
        self.commitments = frozenset(commitments)

    def holds(self, table: str, row: dict[str, Any]) -> bool:
        """Whether a record (as a row of its table) is the group's work."""
        if table not in GROUP_TABLES or row.get("commitment_id") not in self.commitments:
            return False
        if table in ("assessment", "gap"):
            return row.get("group_uuid") == self.group_uuid
        gap = row.get("gap_uuid")
        if gap is None:
            return True
        found = self.conn.execute("SELECT group_uuid FROM gap WHERE uuid = ?", [gap]).fetchone()
        return found is None or found[0] == self.group_uuid

    def allows_field(self, table: str, field: str) -> bool:
        """Whether the group may change this field of its own records."""
        return field not in PLENARY_FIELDS.get(table, frozenset({field}))


def is_cascade(action: str, field: str | None, new: Any, references: Collection[str]) -> bool:
    """Whether an audit entry only nulls a reference to a removed record: the removal's own
    consequence, made again wherever the removal is."""
    return action == "update" and field in references and new is None
