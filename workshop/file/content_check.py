"""The values in a workshop file, judged when it is opened by the rules a package is judged by.

SQLite keeps whatever it is given: text that is not UTF-8, a BLOB where the app writes text, a
fraction where it writes a whole number, a number past any count, an id with a newline, a row
pointing to a record that is not there. The app never writes any of these, and each one made
`info`, `pack` or `report` end in an unexpected error, or `pack` write a package the secretariat
refuses. One pass over the record tables with `rules.check_value` (the package reader's own rule
for each field) refuses such a file at the door, with one sentence naming the table, the row and
the field, so no later command stumbles on it.
"""

from __future__ import annotations

import sqlite3
from dataclasses import fields
from pathlib import Path

from workshop.catalogs.validation import Checker
from workshop.errors import DamagedFile, WorkshopError
from workshop.file.model import RECORD_BY_TABLE, WorkshopDetails
from workshop.file.rules import REFERENCES, is_int, value_rule
from workshop.languages.i18n import N_, tr

DAMAGED_VALUE = N_("{name} is damaged ({problem}, which the app never writes): restore it "
                   "from a backup.")


def check_contents(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse the file (DamagedFile) at the first value of a record table that the app would
    never have written; return quietly when every value is one it writes."""
    check = Checker(DAMAGED_VALUE, path.name)
    try:
        _check_details_types(conn, check)
        uuids, references = _check_rows(conn, check)
        for table, column, value in references:
            if value not in uuids[REFERENCES[column]]:
                raise check.fail(tr("a row of {table} points to a missing {target}",
                                    table=table, target=REFERENCES[column]))
    except WorkshopError as error:
        raise DamagedFile(error.message) from None


def _check_details_types(conn: sqlite3.Connection, check: Checker) -> None:
    """The workshop's own row holds text where the app writes text (lists are JSON text) and
    whole numbers where it writes numbers; what the values mean is checked when it is read."""
    columns = [f.name for f in fields(WorkshopDetails)]
    for row in _rows(conn, "workshop", columns, check):
        for column, value in zip(columns, row, strict=True):
            number = column in ("catalog_version", "revision")
            if not (is_int(value) if number else isinstance(value, str)):
                raise check.fail(tr("{where}: {field} must be a whole number" if number
                                    else "{where}: {field} must be text",
                                    where=tr("the workshop's details"), field=column))


def _check_rows(conn: sqlite3.Connection, check: Checker) -> tuple[
        dict[str, set[str]], list[tuple[str, str, str]]]:
    """Every value against its rule; the uuids of each table and every reference made."""
    uuids: dict[str, set[str]] = {}
    references: list[tuple[str, str, str]] = []
    for table, record_type in RECORD_BY_TABLE.items():
        hints = {f.name: str(f.type) for f in fields(record_type)}
        columns = list(hints)
        rules = [value_rule(table, c, hints[c], record_type.CHOICES.get(c)) for c in columns]
        pointing = [(i, c) for i, c in enumerate(columns) if c in REFERENCES]
        for number, row in enumerate(_rows(conn, table, columns, check), start=1):
            for column, rule, value in zip(columns, rules, row, strict=True):
                problem = rule(value)
                if problem is not None:
                    where = tr("row {n} of {table}", n=number, table=table)
                    raise check.fail(tr(problem[0], where=where, field=column, **problem[1]))
            references.extend((table, column, str(row[i])) for i, column in pointing
                              if row[i] is not None)
        uuids[table] = {row[0] for row in conn.execute(f"SELECT uuid FROM {table}")}
    return uuids, references


def _rows(conn: sqlite3.Connection, table: str, columns: list[str],
          check: Checker) -> list[tuple[object, ...]]:
    """The table's rows, or the sentence for text SQLite cannot give back as UTF-8."""
    try:
        return conn.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall()
    except sqlite3.OperationalError as error:
        if "decode" not in str(error).lower():
            raise
        raise check.fail(tr("its table {table} holds text that is not UTF-8",
                            table=table)) from None
