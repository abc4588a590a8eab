"""The rows every report shows, as plain data: one place that reads the records for reports.

The workbooks and the PDF reports lay out the same rows: commitments with their consensus,
group assessments, gaps, technical-assistance needs, actions, institutions and participation
counts. Here each is read once from the workshop file, with names resolved (institutions,
groups, commitments) and numbered where people refer to rows ("G3" for a gap, "N5" for a need),
sorted the way a reader looks for them. Codes of the closed lists stay codes; the writers show
their labels. Which commitments, assessments and records count is exactly what
`workshop.analysis.summarize` counts, so the rows and the figures agree.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from workshop.analysis import SCALE, mean_status
from workshop.catalogs.catalog import Commitment
from workshop.catalogs.translations import localized_catalog
from workshop.file.model import (
    ASSISTANCE_TYPES,
    PRIORITIES,
    ActionItem,
    Assessment,
    AssistanceNeed,
    Consensus,
    CoordinationEntry,
    Gap,
    GroupMember,
    Institution,
    Participant,
    WorkingGroup,
)
from workshop.file.store import WorkshopFile

_PRIORITY_ORDER = {code: i for i, code in enumerate(PRIORITIES)}
_TYPE_ORDER = {code: i for i, code in enumerate(ASSISTANCE_TYPES)}


@dataclass
class CommitmentRow:
    """A commitment in scope with the plenary's consensus (status None: not assessed)."""

    commitment: Commitment
    status: str | None
    dissent: str
    notes: str
    gaps: int
    needs: int


@dataclass
class AssessmentRow:
    """One group's assessment of a commitment in scope."""

    group: str
    commitment: Commitment
    status: str
    measures: str
    evidence: str
    notes: str


@dataclass
class GapRow:
    """A gap, numbered G1, G2... in the order shown."""

    number: str
    uuid: str
    commitment: Commitment | None
    commitment_id: str
    description: str
    priority: str
    rank: int | None
    votes: int
    group: str


@dataclass
class NeedRow:
    """A technical-assistance need, numbered N1, N2... in the order shown."""

    number: str
    uuid: str
    commitment: Commitment | None
    commitment_id: str
    assistance_type: str
    description: str
    priority: str
    institution: str
    providers: str
    timeframe: str
    gap_number: str
    gap: str = ""  # the words of the gap it answers, so that a need reads on its own


@dataclass
class ActionRow:
    """An action of the action plan."""

    description: str
    commitment: Commitment | None
    gap_number: str
    responsible: str
    partners: str
    deadline: str
    indicator: str


@dataclass
class InstitutionRow:
    """An institution with its participants counted by sex (no names) and its chapters."""

    name: str
    acronym: str
    sector: str
    participants: int
    by_sex: dict[str, int]
    leads: list[int]
    contributes: list[int]


@dataclass
class ChapterFinding:
    """A chapter's mean consensus status (0-4) and its strongest and weakest commitments."""

    chapter: int
    mean: float | None
    strongest: CommitmentRow | None
    weakest: CommitmentRow | None


def _chapter(commitment: Commitment | None) -> int:
    return commitment.chapter if commitment else 99


class ReportTables:
    """The rows of one workshop's reports, read once from an open workshop file."""

    def __init__(self, store: WorkshopFile, language: str) -> None:
        self.store = store
        # chapter and commitment titles and summaries in the report's language
        self.catalog = localized_catalog(store.catalog, language)
        self.scope = store.commitments_in_scope()
        in_scope = set(self.scope)
        self._position = {c.id: i for i, c in enumerate(self.catalog.commitments)}
        self.institutions = {i.uuid: i for i in store.records(Institution, order_by="name")}
        self.groups = store.records(WorkingGroup, order_by="position, name")
        group_names = {g.uuid: g.name for g in self.groups}

        gaps = store.records(Gap)
        gaps.sort(key=lambda g: (self._order(g.commitment_id), _PRIORITY_ORDER.get(g.priority, 9),
                                 g.rank if g.rank is not None else 10**9, g.description))
        self.gaps = [GapRow(f"G{i}", g.uuid, self.catalog.commitment(g.commitment_id),
                            g.commitment_id, g.description, g.priority, g.rank, g.votes,
                            group_names.get(g.group_uuid or "", ""))
                     for i, g in enumerate(gaps, 1)]
        gap_number = {g.uuid: g.number for g in self.gaps}
        gap_words = {g.uuid: g.description for g in self.gaps}

        needs = store.records(AssistanceNeed)
        needs.sort(key=lambda n: (self._order(n.commitment_id), _PRIORITY_ORDER.get(n.priority, 9),
                                  _TYPE_ORDER.get(n.assistance_type, 99), n.description))
        self.needs = [NeedRow(f"N{i}", n.uuid, self.catalog.commitment(n.commitment_id),
                              n.commitment_id, n.assistance_type, n.description, n.priority,
                              self.institution_name(n.institution_uuid), n.providers,
                              n.timeframe, gap_number.get(n.gap_uuid or "", ""),
                              gap_words.get(n.gap_uuid or "", ""))
                      for i, n in enumerate(needs, 1)]

        consensus = {c.commitment_id: c for c in store.records(Consensus)
                     if c.commitment_id in in_scope}
        gap_count = Counter(g.commitment_id for g in gaps)
        need_count = Counter(n.commitment_id for n in needs)
        self.commitments = []
        for cid in self.scope:
            found = consensus.get(cid)
            self.commitments.append(CommitmentRow(
                self.catalog.commitment(cid), found.status if found else None,  # type: ignore[arg-type]
                found.dissent if found else "", found.notes if found else "",
                gap_count[cid], need_count[cid]))
        # no reference in scope checked against the published text: said once, not per row
        self.all_unchecked = not any(row.commitment.reference_checked
                                     for row in self.commitments)

        group_order = {g.uuid: i for i, g in enumerate(self.groups)}
        assessments = [a for a in store.records(Assessment)
                       if a.group_uuid in group_order and a.commitment_id in in_scope]
        assessments.sort(key=lambda a: (group_order[a.group_uuid], self._order(a.commitment_id)))
        self.assessments = [AssessmentRow(group_names[a.group_uuid],
                                          self.catalog.commitment(a.commitment_id),  # type: ignore[arg-type]
                                          a.status, a.measures, a.evidence, a.notes)
                            for a in assessments]

        actions = store.records(ActionItem)
        actions.sort(key=lambda a: (self._order(a.commitment_id or ""), a.deadline or "9999",
                                    a.description))
        self.actions = [ActionRow(a.description,
                                  self.catalog.commitment(a.commitment_id or ""),
                                  gap_number.get(a.gap_uuid or "", ""),
                                  self.institution_name(a.responsible_uuid), a.partners,
                                  a.deadline, a.indicator)
                        for a in actions]

        participants = store.records(Participant)
        self.participants = participants
        sexes: dict[str, Counter[str]] = {}
        for p in participants:
            sexes.setdefault(p.institution_uuid, Counter())[p.sex] += 1
        roles: dict[str, tuple[list[int], list[int]]] = {}
        for entry in store.records(CoordinationEntry, order_by="chapter"):
            leads, contributes = roles.setdefault(entry.institution_uuid, ([], []))
            (leads if entry.role == "lead" else contributes).append(entry.chapter)
        self.institution_rows = [
            InstitutionRow(i.name, i.acronym, i.sector, sum(sexes.get(i.uuid, Counter()).values()),
                           dict(sexes.get(i.uuid, Counter())), *roles.get(i.uuid, ([], [])))
            for i in self.institutions.values()]
        members = Counter(m.group_uuid for m in store.records(GroupMember))
        self.group_members = [(g.name, members[g.uuid]) for g in self.groups]

    def _order(self, commitment_id: str) -> tuple[int, int]:
        commitment = self.catalog.commitment(commitment_id)
        return (_chapter(commitment), self._position.get(commitment_id, 10**9))

    def institution_name(self, uuid: str | None) -> str:
        """An institution's name, with its acronym where it has one ("" for none)."""
        institution = self.institutions.get(uuid or "")
        if institution is None:
            return ""
        return f"{institution.name} ({institution.acronym})" if institution.acronym \
            else institution.name

    def needs_for_assistance(self) -> list[NeedRow]:
        """The needs grouped as the technical-assistance report shows them: by type (in the
        order of the list of types), then chapter, then priority (high first)."""
        return sorted(self.needs, key=lambda n: (
            _TYPE_ORDER.get(n.assistance_type, 99), _chapter(n.commitment),
            _PRIORITY_ORDER.get(n.priority, 9), self._position.get(n.commitment_id, 10**9),
            int(n.number[1:])))

    def chapter_findings(self) -> list[ChapterFinding]:
        """Per chapter in scope: the mean status of its commitments on the scale (as
        `analysis.mean_status`) and the commitments with the highest and the lowest status
        (the first in the catalog's order where several share it)."""
        by_chapter: dict[int, list[CommitmentRow]] = {}
        for row in self.commitments:
            by_chapter.setdefault(row.commitment.chapter, []).append(row)
        out = []
        for number, rows in sorted(by_chapter.items()):
            rated = [r for r in rows if r.status in SCALE]
            mean = mean_status(Counter(r.status for r in rated))  # type: ignore[misc]
            strongest = max(rated, key=lambda r: int(r.status), default=None)  # type: ignore[arg-type]
            weakest = min(rated, key=lambda r: int(r.status), default=None)  # type: ignore[arg-type]
            out.append(ChapterFinding(number, mean, strongest,
                                      weakest if weakest is not strongest else None))
        return out

    def high_priority_gaps(self) -> list[GapRow]:
        """The gaps of high priority in the order the plenary ranked them (rank 1 first; gaps
        without a rank after, most votes first)."""
        return sorted((g for g in self.gaps if g.priority == "high"),
                      key=lambda g: (g.rank is None, g.rank or 0, -g.votes, int(g.number[1:])))

    def priority_actions(self) -> list[ActionRow]:
        """The actions that answer a high-priority gap, soonest deadline first; every action
        when none does."""
        high = {g.number for g in self.gaps if g.priority == "high"}
        chosen = [a for a in self.actions if a.gap_number in high] or list(self.actions)
        return sorted(chosen, key=lambda a: (a.deadline or "9999", a.description))

    def participants_by_sector(self) -> dict[str, tuple[int, int]]:
        """Sector code -> (institutions, participants), for sectors with any institution."""
        out: dict[str, list[int]] = {}
        for row in self.institution_rows:
            counts = out.setdefault(row.sector, [0, 0])
            counts[0] += 1
            counts[1] += row.participants
        return {sector: (n[0], n[1]) for sector, n in out.items()}

