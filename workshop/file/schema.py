"""The workshop file's schema, as ordered migrations that run forward on open.

Each migration runs in its own transaction through sqlite-utils' `Migrations`, is recorded in
`_sqlite_migrations`, and sets `PRAGMA user_version` to its number, so `user_version` always
says which schema a file holds. Never edit a migration that has shipped: add a new one.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # sqlite-utils is imported only when a schema is written or upgraded
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

# "WSHP": marks a file as a workshop file in the SQLite header (offset 68).
WORKSHOP_APPLICATION_ID = 0x57534850

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
    catalog_id TEXT NOT NULL,
    catalog_version INTEGER NOT NULL,
    catalog_hash TEXT NOT NULL,
    revision INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE catalog_snapshot (
    hash TEXT PRIMARY KEY,
    id TEXT NOT NULL,
    version INTEGER NOT NULL,
    content TEXT NOT NULL
);
CREATE TABLE institution (
    uuid TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    sector TEXT NOT NULL DEFAULT 'other',
    acronym TEXT NOT NULL DEFAULT ''
);
CREATE TABLE participant (
    uuid TEXT PRIMARY KEY,
    institution_uuid TEXT NOT NULL REFERENCES institution(uuid) ON DELETE CASCADE,
    role TEXT NOT NULL DEFAULT '',
    sex TEXT NOT NULL DEFAULT 'not_stated',
    name TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT ''
);
CREATE INDEX participant_institution ON participant(institution_uuid);
CREATE TABLE working_group (
    uuid TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE group_member (
    uuid TEXT PRIMARY KEY,
    group_uuid TEXT NOT NULL REFERENCES working_group(uuid) ON DELETE CASCADE,
    participant_uuid TEXT NOT NULL REFERENCES participant(uuid) ON DELETE CASCADE,
    UNIQUE (group_uuid, participant_uuid)
);
CREATE INDEX group_member_participant ON group_member(participant_uuid);
CREATE TABLE group_assignment (
    uuid TEXT PRIMARY KEY,
    group_uuid TEXT NOT NULL REFERENCES working_group(uuid) ON DELETE CASCADE,
    chapter INTEGER,
    commitment_id TEXT,
    CHECK ((chapter IS NULL) != (commitment_id IS NULL))
);
CREATE INDEX group_assignment_group ON group_assignment(group_uuid);
CREATE TABLE assessment (
    uuid TEXT PRIMARY KEY,
    group_uuid TEXT NOT NULL REFERENCES working_group(uuid) ON DELETE CASCADE,
    commitment_id TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'unknown',
    measures TEXT NOT NULL DEFAULT '',
    evidence TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    UNIQUE (group_uuid, commitment_id)
);
CREATE TABLE consensus (
    uuid TEXT PRIMARY KEY,
    commitment_id TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL DEFAULT 'unknown',
    dissent TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT ''
);
CREATE TABLE gap (
    uuid TEXT PRIMARY KEY,
    commitment_id TEXT NOT NULL,
    description TEXT NOT NULL,
    group_uuid TEXT REFERENCES working_group(uuid) ON DELETE SET NULL,
    priority TEXT NOT NULL DEFAULT 'medium',
    rank INTEGER,
    votes INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX gap_commitment ON gap(commitment_id);
CREATE INDEX gap_group ON gap(group_uuid);
CREATE TABLE assistance_need (
    uuid TEXT PRIMARY KEY,
    commitment_id TEXT NOT NULL,
    assistance_type TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    gap_uuid TEXT REFERENCES gap(uuid) ON DELETE SET NULL,
    priority TEXT NOT NULL DEFAULT 'medium',
    institution_uuid TEXT REFERENCES institution(uuid) ON DELETE SET NULL,
    providers TEXT NOT NULL DEFAULT '',
    timeframe TEXT NOT NULL DEFAULT ''
);
CREATE INDEX assistance_need_gap ON assistance_need(gap_uuid);
CREATE INDEX assistance_need_institution ON assistance_need(institution_uuid);
CREATE TABLE action_item (
    uuid TEXT PRIMARY KEY,
    description TEXT NOT NULL,
    commitment_id TEXT,
    gap_uuid TEXT REFERENCES gap(uuid) ON DELETE SET NULL,
    responsible_uuid TEXT REFERENCES institution(uuid) ON DELETE SET NULL,
    partners TEXT NOT NULL DEFAULT '',
    deadline TEXT NOT NULL DEFAULT '',
    indicator TEXT NOT NULL DEFAULT ''
);
CREATE INDEX action_item_gap ON action_item(gap_uuid);
CREATE INDEX action_item_responsible ON action_item(responsible_uuid);
CREATE TABLE coordination (
    uuid TEXT PRIMARY KEY,
    institution_uuid TEXT NOT NULL REFERENCES institution(uuid) ON DELETE CASCADE,
    chapter INTEGER NOT NULL,
    role TEXT NOT NULL DEFAULT 'contributor',
    UNIQUE (institution_uuid, chapter)
);
CREATE TABLE evaluation_answer (
    uuid TEXT PRIMARY KEY,
    question_id TEXT NOT NULL,
    participant_uuid TEXT REFERENCES participant(uuid) ON DELETE SET NULL,
    score INTEGER,
    comment TEXT NOT NULL DEFAULT ''
);
CREATE INDEX evaluation_answer_participant ON evaluation_answer(participant_uuid);
CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    revision INTEGER NOT NULL,
    at TEXT NOT NULL,
    action TEXT NOT NULL,
    table_name TEXT NOT NULL,
    record_uuid TEXT NOT NULL,
    field TEXT,
    old_value TEXT,
    new_value TEXT
);
CREATE INDEX audit_log_record ON audit_log(record_uuid);
"""

_REVIEW = """
CREATE TABLE review (
    uuid TEXT PRIMARY KEY,
    target_table TEXT NOT NULL,
    target_key TEXT NOT NULL,
    view TEXT NOT NULL DEFAULT '',
    comment TEXT NOT NULL DEFAULT '',
    reviewer TEXT NOT NULL DEFAULT '',
    reviewed_at TEXT NOT NULL DEFAULT '',
    UNIQUE (target_table, target_key)
);
"""

# Reviews from several ministries side by side (one per row and reviewer), and a log of every
# reviewed workbook imported. The table is rebuilt (SQLite cannot change a UNIQUE constraint);
# reviews already recorded are kept.
_REVIEWERS = """
CREATE TABLE review_import (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    workbook TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    reviewer TEXT NOT NULL,
    reviewed_at TEXT NOT NULL,
    workbook_revision INTEGER NOT NULL,
    revision INTEGER NOT NULL,
    recorded INTEGER NOT NULL,
    ignored INTEGER NOT NULL
);
CREATE TABLE review_by_reviewer (
    uuid TEXT PRIMARY KEY,
    target_table TEXT NOT NULL,
    target_key TEXT NOT NULL,
    view TEXT NOT NULL DEFAULT '',
    comment TEXT NOT NULL DEFAULT '',
    reviewer TEXT NOT NULL DEFAULT '',
    reviewed_at TEXT NOT NULL DEFAULT '',
    UNIQUE (target_table, target_key, reviewer)
);
INSERT INTO review_by_reviewer (uuid, target_table, target_key, view, comment, reviewer,
                                reviewed_at)
    SELECT uuid, target_table, target_key, view, comment, reviewer, reviewed_at FROM review;
DROP TABLE review;
ALTER TABLE review_by_reviewer RENAME TO review;
"""

# What each export of the full results workbook wrote, keyed by the export id the workbook
# carries on its hidden sheet: a reviewed workbook is read only if its hidden sheet is still
# what this file recorded (its SHA-256, over the values as compared) and its sheets are those
# written. Kept in the file (backups copy it), never in the exchange package.
_WORKBOOK_EXPORTS = """
CREATE TABLE workbook_export (
    export_id TEXT PRIMARY KEY,
    exported_at TEXT NOT NULL,
    revision INTEGER NOT NULL,
    language TEXT NOT NULL,
    sheets TEXT NOT NULL,
    hidden_sha256 TEXT NOT NULL
);
"""

# Group copies (DESIGN.md section 9). In a copy, `copy_origin` holds its one row: the workshop,
# the group, the revision it was made at and the copy's id (also its device id, the prefix of
# every change it sends back). In the facilitator's file, `group_copy` lists the copies given
# out (a copy whose id is not there comes from another file, or from before a restore),
# `collected_copy` the last change taken from each, and `conflict` every field that both sides
# changed, with both values, until the plenary chooses.
_GROUP_COPIES = """
CREATE TABLE copy_origin (
    copy_id TEXT PRIMARY KEY,
    workshop_id TEXT NOT NULL,
    group_uuid TEXT NOT NULL,
    base_revision INTEGER NOT NULL,
    made_at TEXT NOT NULL,
    with_names INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE group_copy (
    copy_id TEXT PRIMARY KEY,
    group_uuid TEXT NOT NULL,
    base_revision INTEGER NOT NULL,
    made_at TEXT NOT NULL
);
CREATE TABLE collected_copy (
    uuid TEXT PRIMARY KEY,
    group_uuid TEXT NOT NULL,
    last_change INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE conflict (
    uuid TEXT PRIMARY KEY,
    copy_id TEXT NOT NULL,
    group_uuid TEXT,
    table_name TEXT NOT NULL,
    record_uuid TEXT NOT NULL,
    field TEXT,
    commitment_id TEXT,
    here_value TEXT NOT NULL,
    copy_value TEXT NOT NULL
);
CREATE INDEX conflict_commitment ON conflict(commitment_id);
"""

# The rapporteur's log: one note per day of the workshop, in the file and the full workbook
# (never in the exchange package).
_SESSION_NOTES = """
CREATE TABLE session_note (
    uuid TEXT PRIMARY KEY,
    day TEXT NOT NULL UNIQUE,
    notes TEXT NOT NULL DEFAULT ''
);
"""

# A follow-up workshop's baseline: an earlier workshop of the same country, its consensus
# statuses and gaps copied in, so that the file stands alone (DESIGN.md section 10).
_BASELINE = """
CREATE TABLE baseline (
    workshop_id TEXT PRIMARY KEY,
    country TEXT NOT NULL,
    title TEXT NOT NULL,
    start_date TEXT NOT NULL DEFAULT '',
    end_date TEXT NOT NULL DEFAULT '',
    revision INTEGER NOT NULL,
    catalog_id TEXT NOT NULL,
    catalog_version INTEGER NOT NULL,
    taken_at TEXT NOT NULL
);
CREATE TABLE baseline_status (
    commitment_id TEXT PRIMARY KEY,
    status TEXT NOT NULL
);
CREATE TABLE baseline_gap (
    uuid TEXT PRIMARY KEY,
    commitment_id TEXT NOT NULL,
    description TEXT NOT NULL,
    priority TEXT NOT NULL DEFAULT 'medium'
);
"""


def script_migration(sql: str, version: int) -> Callable[[Database], None]:
    """A migration that runs the statements of `sql` and sets `user_version` to `version`."""

    def migrate(db: Database) -> None:
        for statement in sql.split(";"):
            if statement.strip():
                db.execute(statement)
        db.execute(f"PRAGMA user_version = {version}")

    return migrate


@cache
def migrations() -> Migrations:
    """The workshop file's migrations, in order (built once, when a file needs them: opening
    a file of the current schema reads `user_version` and leaves sqlite-utils unimported)."""
    from sqlite_utils.migrations import Migrations

    found = Migrations("workshop")
    found(name="0001_initial_schema")(script_migration(_INITIAL, 1))
    # The ministry review round trip records a reviewer's view and comment per reviewed row.
    found(name="0002_ministry_review")(script_migration(_REVIEW, 2))
    found(name="0003_reviews_by_reviewer")(script_migration(_REVIEWERS, 3))
    # A reviewed workbook is checked against the record of the export it came from.
    found(name="0004_workbook_exports")(script_migration(_WORKBOOK_EXPORTS, 4))
    # Group copies out, their work back in (copies, collected changes, conflicts).
    found(name="0005_group_copies")(script_migration(_GROUP_COPIES, 5))
    # The rapporteur's notes of each day.
    found(name="0006_session_notes")(script_migration(_SESSION_NOTES, 6))
    # A follow-up workshop's baseline.
    found(name="0007_baseline")(script_migration(_BASELINE, 7))
    return found


SCHEMA_VERSION = 7
