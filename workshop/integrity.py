"""The full integrity check of a workshop file (`workshop check`), and whether a file needs
recovering from a backup.

Opening a file already runs SQLite's quick check; this goes further: SQLite's full
`integrity_check`, foreign keys, the embedded catalog against its hash, every commitment id
against that catalog, and the revision against the audit log.
"""

from __future__ import annotations

from pathlib import Path

from workshop.errors import DamagedFile, WorkshopError
from workshop.file.store import WorkshopFile, damage_summary
from workshop.languages.i18n import tr

_COMMITMENT_TABLES = ("assessment", "consensus", "gap", "assistance_need", "action_item")


def check_workshop_file(path: Path) -> list[str]:
    """Every problem found in the file, one sentence each; an empty list means it is sound."""
    try:
        store = WorkshopFile.open(path, read_only=True)
    except WorkshopError as error:
        return [error.message]
    problems: list[str] = []
    with store:
        conn = store.conn
        result = [row[0] for row in conn.execute("PRAGMA integrity_check").fetchall()]
        if result != ["ok"]:
            problems.append(tr("SQLite reports damage: {detail}", detail=damage_summary(result)))
        broken = conn.execute("PRAGMA foreign_key_check").fetchall()
        if broken:
            problems.append(tr("{n} records point to records that do not exist (first in table "
                               "{table}).", n=len(broken), table=broken[0][0]))
        known = {c.id for c in store.catalog.commitments}
        for table in _COMMITMENT_TABLES:
            ids = {row[0] for row in conn.execute(
                f"SELECT DISTINCT commitment_id FROM {table} WHERE commitment_id IS NOT NULL")}
            unknown = sorted(ids - known)
            if unknown:
                problems.append(tr("Table {table} names commitments missing from the catalog: "
                                   "{ids}.", table=table, ids=", ".join(unknown[:5])))
        last = conn.execute("SELECT max(revision) FROM audit_log").fetchone()[0] or 0
        if store.revision < last:
            problems.append(tr("The revision ({revision}) is behind the audit log ({last}).",
                               revision=store.revision, last=last))
        if not problems:
            problems.extend(_packing_problem(store))
    return problems


def _packing_problem(store: WorkshopFile) -> list[str]:
    """What would stop the file's package (with personal data, so every field is judged) from
    being accepted by the secretariat: `check` passes only a file that `pack` can send."""
    from workshop.exchange.packages import packed_package

    try:
        packed_package(store, store.path.with_suffix(".zip"), include_personal_data=True)
    except WorkshopError as error:
        return [tr("Its exchange package would be refused: {problem}", problem=error.message)]
    return []


def needs_recovery(path: Path | str) -> bool:
    """Whether a workshop file is missing or damaged, so that a backup may take its place
    (rather than refused for another reason: open elsewhere, made by a newer version of the
    app, on a full or read-only disk, beside a journal that is not its own...)."""
    path = Path(path)
    if not path.exists():
        return True
    try:
        WorkshopFile.open(path, read_only=True).close()  # every check the app makes on open
    except DamagedFile:
        return True
    except WorkshopError:
        return False
    return False


def recovery_hint(path: Path) -> str:
    """One sentence naming the newest backup of a workshop file that passes the full check."""
    from workshop.file.backups import newest_good_backup

    backup = newest_good_backup(path)
    if backup is None:
        return tr("No good backup of {name} was found in the user data folder.",
                  name=path.name)
    return tr("The newest good backup is revision {revision} of {time} UTC: {path}",
              revision=backup.revision, time=backup.made_at.strftime("%Y-%m-%d %H:%M"),
              path=backup.path)


def check_file(path: Path) -> list[str]:
    """`workshop check` of any file of the toolkit: a workshop file, a consolidated file or an
    exchange package, told apart by their first bytes (a package also by its `.zip` name)."""
    from workshop.exchange.consolidated import check_consolidated_file
    from workshop.exchange.packages import read_package
    from workshop.file.store import CONSOLIDATED_APPLICATION_ID, application_id, read_header

    try:
        header = read_header(path)
    except WorkshopError as error:
        return [error.message]
    if header.startswith(b"PK") or path.suffix.lower() == ".zip":
        try:
            read_package(path)
        except WorkshopError as error:
            return [error.message]
        return []
    if application_id(header) == CONSOLIDATED_APPLICATION_ID:
        return check_consolidated_file(path)
    return check_workshop_file(path)
