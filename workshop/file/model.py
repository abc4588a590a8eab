"""The workshop's records and the closed lists they use (scales, types, sectors).

Each record is a dataclass whose fields are the columns of its table in the workshop file.
The closed lists hold stable codes; their labels are marked for translation and shown through
`workshop.languages.i18n.tr`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import ClassVar

from workshop.languages.i18n import N_

# The implementation scale of DESIGN.md section 3, in its order.
STATUSES: dict[str, str] = {
    "0": N_("No action taken"),
    "1": N_("Initial steps"),
    "2": N_("Partially implemented"),
    "3": N_("Substantially implemented"),
    "4": N_("Fully implemented and sustained"),
    "na": N_("Not applicable"),
    "unknown": N_("Not known"),
}

ASSISTANCE_TYPES: dict[str, str] = {
    "legislative": N_("Legislative drafting and legal advice"),
    "strategy": N_("Strategy or action-plan development"),
    "coordination": N_("Inter-agency coordination mechanisms"),
    "training": N_("Training and capacity building"),
    "data": N_("Data collection, research, monitoring and evaluation"),
    "service_models": N_("Service models and guidelines"),
    "equipment": N_("Equipment and infrastructure"),
    "peer_learning": N_("Exchange of good practice and peer learning"),
    "funding": N_("Funding"),
    "other": N_("Other"),
}

PRIORITIES: dict[str, str] = {
    "high": N_("High"),
    "medium": N_("Medium"),
    "low": N_("Low"),
}

SEXES: dict[str, str] = {
    "female": N_("Female"),
    "male": N_("Male"),
    "other": N_("Other"),
    "not_stated": N_("Not stated"),
}

SECTORS: dict[str, str] = {
    "foreign_affairs": N_("Foreign affairs"),
    "health": N_("Health"),
    "justice": N_("Justice"),
    "interior": N_("Interior"),
    "education": N_("Education"),
    "police": N_("Police"),
    "customs": N_("Customs"),
    "judiciary": N_("Judiciary"),
    "social_services": N_("Social services"),
    "youth_gender": N_("Youth and gender"),
    "civil_society": N_("Civil society"),
    "academia": N_("Academia"),
    "other": N_("Other"),
}

COORDINATION_ROLES: dict[str, str] = {
    "lead": N_("Leads"),
    "contributor": N_("Contributes"),
}

# A ministry reviewer's view of one row of the results (full results workbook, review columns).
REVIEW_VIEWS: dict[str, str] = {
    "agree": N_("agree"),
    "disagree": N_("disagree"),
    "comment": N_("comment"),
}
# What a review can be about: the table of the reviewed row (its key: commitment id or uuid).
REVIEW_TARGETS: tuple[str, ...] = ("commitment", "gap", "assistance_need")


def new_uuid() -> str:
    """A fresh record id; records travel between machines, so ids are UUIDs."""
    import uuid  # here, not at the top: its import costs a few milliseconds of every start

    return str(uuid.uuid4())


@dataclass
class WorkshopDetails:
    """The workshop itself: one per file."""

    id: str
    country: str
    title: str
    start_date: str = ""
    end_date: str = ""
    venue: str = ""
    language: str = "en"
    documents: list[str] = field(default_factory=list)
    chapters: list[int] = field(default_factory=list)
    catalog_id: str = ""
    catalog_version: int = 0
    catalog_hash: str = ""
    revision: int = 0
    created_at: str = ""
    updated_at: str = ""

    # Fields the user edits; the rest is kept by the store.
    EDITABLE: ClassVar[tuple[str, ...]] = (
        "country", "title", "start_date", "end_date", "venue", "language", "documents",
        "chapters",
    )


@dataclass
class Record:
    """Base of every record stored in its own table with a UUID."""

    TABLE: ClassVar[str] = ""
    # Columns that hold a choice from one of the closed lists above.
    CHOICES: ClassVar[dict[str, dict[str, str]]] = {}
    # Columns that hold personal data: never exported unless the user asks.
    PERSONAL: ClassVar[tuple[str, ...]] = ()
    # Text columns that may not be left empty.
    REQUIRED_TEXT: ClassVar[tuple[str, ...]] = ()

    uuid: str  # every record's first column

    @classmethod
    def columns(cls) -> list[str]:
        """The record's columns in table order."""
        return [f.name for f in fields(cls)]


@dataclass
class Institution(Record):
    """A national authority or organisation taking part."""

    TABLE: ClassVar[str] = "institution"
    CHOICES: ClassVar[dict[str, dict[str, str]]] = {"sector": SECTORS}

    REQUIRED_TEXT: ClassVar[tuple[str, ...]] = ("name",)

    uuid: str
    name: str
    sector: str = "other"
    acronym: str = ""


@dataclass
class Participant(Record):
    """A person in the room; the name and e-mail are optional personal data."""

    TABLE: ClassVar[str] = "participant"
    CHOICES: ClassVar[dict[str, dict[str, str]]] = {"sex": SEXES}
    PERSONAL: ClassVar[tuple[str, ...]] = ("name", "email")

    uuid: str
    institution_uuid: str
    role: str = ""
    sex: str = "not_stated"
    name: str = ""
    email: str = ""


@dataclass
class WorkingGroup(Record):
    """A working group of the workshop."""

    TABLE: ClassVar[str] = "working_group"

    REQUIRED_TEXT: ClassVar[tuple[str, ...]] = ("name",)

    uuid: str
    name: str
    position: int = 0


@dataclass
class GroupMember(Record):
    """A participant's membership of a working group."""

    TABLE: ClassVar[str] = "group_member"

    uuid: str
    group_uuid: str
    participant_uuid: str


@dataclass
class GroupAssignment(Record):
    """A chapter, or a single commitment, assigned to a working group."""

    TABLE: ClassVar[str] = "group_assignment"

    uuid: str
    group_uuid: str
    chapter: int | None = None
    commitment_id: str | None = None


@dataclass
class Assessment(Record):
    """One group's assessment of one commitment."""

    TABLE: ClassVar[str] = "assessment"
    CHOICES: ClassVar[dict[str, dict[str, str]]] = {"status": STATUSES}

    uuid: str
    group_uuid: str
    commitment_id: str
    status: str = "unknown"
    measures: str = ""
    evidence: str = ""
    notes: str = ""


@dataclass
class Consensus(Record):
    """The plenary's agreed status for one commitment, with any dissent."""

    TABLE: ClassVar[str] = "consensus"
    CHOICES: ClassVar[dict[str, dict[str, str]]] = {"status": STATUSES}

    uuid: str
    commitment_id: str
    status: str = "unknown"
    dissent: str = ""
    notes: str = ""


@dataclass
class Gap(Record):
    """A gap named against a commitment, with its priority and ranking."""

    TABLE: ClassVar[str] = "gap"
    CHOICES: ClassVar[dict[str, dict[str, str]]] = {"priority": PRIORITIES}

    REQUIRED_TEXT: ClassVar[tuple[str, ...]] = ("description",)

    uuid: str
    commitment_id: str
    description: str
    group_uuid: str | None = None
    priority: str = "medium"
    rank: int | None = None
    votes: int = 0


@dataclass
class AssistanceNeed(Record):
    """A technical-assistance need, usually answering a gap."""

    TABLE: ClassVar[str] = "assistance_need"
    CHOICES: ClassVar[dict[str, dict[str, str]]] = {
        "assistance_type": ASSISTANCE_TYPES,
        "priority": PRIORITIES,
    }

    uuid: str
    commitment_id: str
    assistance_type: str
    description: str = ""
    gap_uuid: str | None = None
    priority: str = "medium"
    institution_uuid: str | None = None
    providers: str = ""
    timeframe: str = ""


@dataclass
class ActionItem(Record):
    """An action planned for a priority gap."""

    TABLE: ClassVar[str] = "action_item"

    REQUIRED_TEXT: ClassVar[tuple[str, ...]] = ("description",)

    uuid: str
    description: str
    commitment_id: str | None = None
    gap_uuid: str | None = None
    responsible_uuid: str | None = None
    partners: str = ""
    deadline: str = ""
    indicator: str = ""


@dataclass
class CoordinationEntry(Record):
    """On the coordination map: an institution leads or contributes on a chapter."""

    TABLE: ClassVar[str] = "coordination"
    CHOICES: ClassVar[dict[str, dict[str, str]]] = {"role": COORDINATION_ROLES}

    uuid: str
    institution_uuid: str
    chapter: int
    role: str = "contributor"


@dataclass
class EvaluationAnswer(Record):
    """One answer to a question of the workshop evaluation."""

    TABLE: ClassVar[str] = "evaluation_answer"

    uuid: str
    question_id: str
    participant_uuid: str | None = None
    score: int | None = None
    comment: str = ""


@dataclass
class CollectedCopy(Record):
    """How far a group's copy has been collected into the facilitator's file: the number of
    the last of its changes taken (its changes are numbered in the order made), so a change
    that comes twice is applied once. Kept as a record so that undoing a collect undoes this
    too; never exported."""

    TABLE: ClassVar[str] = "collected_copy"

    uuid: str  # the copy's id
    group_uuid: str
    last_change: int = 0


@dataclass
class Conflict(Record):
    """A field that the facilitator's file and a group's copy both changed since the copy was
    made: the file keeps its value and this keeps both, until the plenary chooses. `field` is
    None when the whole record is at stake (removed on one side, changed on the other); the
    values are JSON (a record's row, or null for "removed")."""

    TABLE: ClassVar[str] = "conflict"

    uuid: str
    copy_id: str
    table_name: str
    record_uuid: str
    here_value: str
    copy_value: str
    group_uuid: str | None = None
    field: str | None = None
    commitment_id: str | None = None


@dataclass
class SessionNote(Record):
    """The rapporteur's notes of one day of the workshop (a day as YYYY-MM-DD)."""

    TABLE: ClassVar[str] = "session_note"
    REQUIRED_TEXT: ClassVar[tuple[str, ...]] = ("day",)

    uuid: str
    day: str
    notes: str = ""


@dataclass
class Review:
    """A reviewer's view and comment on one commitment, gap or need, from a reviewed workbook.

    Reviews are the ministries' answer to the results, kept beside them: one per row and
    reviewer, never part of the results themselves (nor of the exchange package).
    """

    target_table: str  # one of REVIEW_TARGETS
    target_key: str  # the commitment id, or the gap's or need's uuid
    view: str  # one of REVIEW_VIEWS
    comment: str
    reviewer: str
    reviewed_at: str  # YYYY-MM-DD
    uuid: str = ""


@dataclass(frozen=True)
class WorkbookExport:
    """What one export of the full results workbook wrote, kept in the workshop file.

    A reviewed workbook comes back from outside and cannot vouch for itself: it is read only
    if the export id on its hidden sheet names an export of this file, its hidden sheet still
    has the SHA-256 recorded here, and its sheets are those written.
    """

    export_id: str
    exported_at: str
    revision: int  # of the workshop when written
    language: str
    sheets: tuple[str, ...]  # every sheet's title, in order, the hidden sheet included
    hidden_sha256: str  # of the hidden sheet's values (workshop.reports.full_xlsx)


RECORD_TYPES: tuple[type[Record], ...] = (
    Institution,
    Participant,
    WorkingGroup,
    GroupMember,
    GroupAssignment,
    Assessment,
    Consensus,
    Gap,
    AssistanceNeed,
    ActionItem,
    CoordinationEntry,
    EvaluationAnswer,
)

RECORD_BY_TABLE: dict[str, type[Record]] = {r.TABLE: r for r in RECORD_TYPES}
