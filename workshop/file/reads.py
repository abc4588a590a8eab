"""Named reads: what the pages, the projector and the reports ask of a workshop file, by name.

The interface never writes SQL: it asks for "the gaps a group named on a commitment" or "the
needs shown beside them", and the SQL that answers lives here, next to the schema it depends on.
Each read returns the app's records (`workshop.file.model`), in the order the screen shows them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workshop.file.model import (
    ActionItem,
    Assessment,
    AssistanceNeed,
    Conflict,
    Consensus,
    EvaluationAnswer,
    Gap,
    GroupAssignment,
    GroupMember,
    Institution,
    SessionNote,
    WorkingGroup,
)

if TYPE_CHECKING:
    from workshop.file.store import WorkshopFile


def working_groups(store: WorkshopFile) -> list[WorkingGroup]:
    """The working groups in the order the facilitator set (then by name)."""
    return store.records(WorkingGroup, order_by="position, name")


def groups_at_work(store: WorkshopFile) -> list[WorkingGroup]:
    """The groups whose work this file holds: every group, or in a group's copy that group."""
    origin = store.origin
    groups = working_groups(store)
    return groups if origin is None else [g for g in groups if g.uuid == origin.group_uuid]


def institutions_by_name(store: WorkshopFile) -> list[Institution]:
    """The institutions, alphabetically."""
    return store.records(Institution, order_by="name")


def gaps_by_rank(store: WorkshopFile) -> list[Gap]:
    """Every gap, ranked ones first in rank order, then the unranked."""
    return store.records(Gap, order_by="rank IS NULL, rank")


def gaps_of_commitment(store: WorkshopFile, commitment_id: str) -> list[Gap]:
    """Every group's gaps on one commitment."""
    return store.records(Gap, "commitment_id = ?", [commitment_id])


def group_gaps(store: WorkshopFile, group_uuid: str, commitment_id: str) -> list[Gap]:
    """The gaps one group named on one commitment."""
    return store.records(Gap, "group_uuid = ? AND commitment_id = ?",
                         [group_uuid, commitment_id])


def group_needs(store: WorkshopFile, group_uuid: str, commitment_id: str) -> list[AssistanceNeed]:
    """The technical-assistance needs shown beside a group's gaps on a commitment: those tied
    to one of its gaps, and those tied to no gap."""
    return store.records(
        AssistanceNeed, "commitment_id = ? AND (gap_uuid IS NULL OR gap_uuid IN "
        "(SELECT uuid FROM gap WHERE group_uuid = ?))", [commitment_id, group_uuid])


def group_assessments(store: WorkshopFile, group_uuid: str) -> list[Assessment]:
    """Every assessment one group made."""
    return store.records(Assessment, "group_uuid = ?", [group_uuid])


def all_assessments(store: WorkshopFile) -> list[Assessment]:
    """Every group's assessment of every commitment."""
    return store.records(Assessment)


def assessment_of(store: WorkshopFile, group_uuid: str, commitment_id: str) -> Assessment | None:
    """One group's assessment of one commitment, if it made one."""
    found = store.records(Assessment, "group_uuid = ? AND commitment_id = ?",
                          [group_uuid, commitment_id])
    return found[0] if found else None


def assessments_of_commitment(store: WorkshopFile, commitment_id: str) -> list[Assessment]:
    """Every group's assessment of one commitment."""
    return store.records(Assessment, "commitment_id = ?", [commitment_id])


def consensus_of(store: WorkshopFile, commitment_id: str) -> Consensus | None:
    """The plenary's consensus on one commitment, if it reached one."""
    found = store.records(Consensus, "commitment_id = ?", [commitment_id])
    return found[0] if found else None


def group_members(store: WorkshopFile, group_uuid: str) -> list[GroupMember]:
    """Who is in one working group."""
    return store.records(GroupMember, "group_uuid = ?", [group_uuid])


def membership(store: WorkshopFile, group_uuid: str, participant_uuid: str) -> GroupMember | None:
    """A participant's membership of a group, if they are in it."""
    found = store.records(GroupMember, "group_uuid = ? AND participant_uuid = ?",
                          [group_uuid, participant_uuid])
    return found[0] if found else None


def group_assignments(store: WorkshopFile, group_uuid: str) -> list[GroupAssignment]:
    """The chapters and single commitments assigned to one group."""
    return store.records(GroupAssignment, "group_uuid = ?", [group_uuid])


def chapter_assignment(store: WorkshopFile, group_uuid: str,
                       chapter: int) -> GroupAssignment | None:
    """A chapter's assignment to a group, if it is assigned."""
    found = store.records(GroupAssignment, "group_uuid = ? AND chapter = ?",
                          [group_uuid, chapter])
    return found[0] if found else None


def answers_to(store: WorkshopFile, question_id: str) -> list[EvaluationAnswer]:
    """The evaluation answers to one question."""
    return store.records(EvaluationAnswer, "question_id = ?", [question_id])


def conflicts_of_commitment(store: WorkshopFile, commitment_id: str) -> list[Conflict]:
    """The conflicts with group copies still open on a commitment, in the order found."""
    return store.records(Conflict, "commitment_id = ?", [commitment_id])


def conflicted_commitments(store: WorkshopFile) -> set[str]:
    """The commitments with a conflict still open."""
    return {c.commitment_id for c in store.records(Conflict) if c.commitment_id}


def session_notes(store: WorkshopFile) -> list[SessionNote]:
    """The rapporteur's notes, day by day."""
    return store.records(SessionNote, order_by="day")


def session_note(store: WorkshopFile, day: str) -> SessionNote | None:
    """The rapporteur's notes of one day, if any were written."""
    found = store.records(SessionNote, "day = ?", [day])
    return found[0] if found else None


def actions_by_deadline(store: WorkshopFile) -> list[ActionItem]:
    """The action plan, soonest deadline first (actions without one last)."""
    return store.records(ActionItem, order_by="deadline = '', deadline, rowid")


def chapters_in_scope(store: WorkshopFile) -> set[int]:
    """The chapters that hold a commitment in the workshop's scope."""
    catalog = store.catalog
    return {c.chapter for c in (catalog.commitment(cid) for cid in store.commitments_in_scope())
            if c is not None}


def institutions_in_order(store: WorkshopFile) -> list[Institution]:
    """The institutions in the order they were entered (the institutions table's order)."""
    return store.records(Institution)
