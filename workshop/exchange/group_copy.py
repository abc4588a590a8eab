"""Group copies: a workshop file for one working group's laptop (DESIGN.md section 9).

A copy is the facilitator's file as it is, made for one group: it keeps the workshop's id and
everything the group needs to see, leaves out the facilitator's history (audit log, reviews,
exports, earlier copies and conflicts) and, unless asked, the participants' names and e-mails,
and names its origin in `copy_origin`. Its audit log then holds only the group's own changes,
numbered in order: what `workshop.exchange.collect` takes back. The facilitator's file records
each copy it gives out, so that a copy from elsewhere, or from before a restore, is refused.
"""

from __future__ import annotations

from pathlib import Path

from workshop.errors import WorkshopError
from workshop.file.atomic import write_image
from workshop.file.group_work import CopyOrigin
from workshop.file.model import WorkingGroup, new_uuid
from workshop.file.reads import working_groups
from workshop.file.sqlite_file import database_image, image_connection
from workshop.file.store import WorkshopFile, now_iso
from workshop.languages.i18n import tr

# The facilitator's history, which a group's laptop does not need.
_LEFT_OUT = ("audit_log", "review", "review_import", "workbook_export", "group_copy",
             "collected_copy", "conflict", "copy_origin")


def find_group(store: WorkshopFile, name_or_position: str) -> WorkingGroup:
    """A working group by its name (any case) or its place in the list the app shows (1 for
    the first)."""
    groups = working_groups(store)
    wanted = name_or_position.strip()
    for group in groups:
        if group.name.casefold() == wanted.casefold():
            return group
    if wanted.isdigit() and 1 <= int(wanted) <= len(groups):
        return groups[int(wanted) - 1]
    names = ", ".join(f"{n}. {g.name}" for n, g in enumerate(groups, 1))
    raise WorkshopError(tr("There is no working group {name} in this workshop; the groups are: "
                           "{names}.", name=wanted, names=names or tr("none yet")))


def make_group_copy(store: WorkshopFile, group: WorkingGroup, out: Path | str, *,
                    with_names: bool = False) -> CopyOrigin:
    """Write the copy of the workshop for `group` to `out` (never over an existing file) and
    record it in the facilitator's file; returns the copy's origin."""
    if store.origin is not None:
        raise WorkshopError(tr("{name} is itself a group's copy: give groups their copies from "
                               "the facilitator's file.", name=store.path.name))
    if not store.group_commitments(group.uuid):
        raise WorkshopError(tr("{group} has no commitments to assess yet: assign it chapters or "
                               "commitments on the Working groups page first.", group=group.name))
    origin = CopyOrigin(copy_id=new_uuid(), workshop_id=store.details.id, group_uuid=group.uuid,
                        base_revision=store.revision, made_at=now_iso(), with_names=with_names)
    conn = image_connection(database_image(store.conn))
    try:
        for table in _LEFT_OUT:
            conn.execute(f"DELETE FROM {table}")
        if not with_names:
            conn.execute("UPDATE participant SET name = '', email = ''")
        conn.execute(
            "INSERT INTO copy_origin (copy_id, workshop_id, group_uuid, base_revision, made_at, "
            "with_names) VALUES (?, ?, ?, ?, ?, ?)",
            [origin.copy_id, origin.workshop_id, origin.group_uuid, origin.base_revision,
             origin.made_at, int(with_names)])
        conn.commit()
        conn.execute("VACUUM")  # the names and history left out leave no trace in free pages
        image = database_image(conn)
    finally:
        conn.close()
    store.record_group_copy(origin)
    write_image(image, Path(out), replace=False)
    return origin
