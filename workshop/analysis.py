"""The figures of a workshop, computed once for every view that shows them.

The GUI's results page, the PDF and XLSX reports and `workshop info --json` all read their
figures from `summarize`, so they cannot disagree. Consensus figures count the commitments in
the workshop's scope (its documents and chapters) only.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from workshop.file.model import (
    ASSISTANCE_TYPES,
    PRIORITIES,
    SEXES,
    STATUSES,
    ActionItem,
    Assessment,
    AssistanceNeed,
    Consensus,
    CoordinationEntry,
    EvaluationAnswer,
    Gap,
    Institution,
    Participant,
    WorkingGroup,
)
from workshop.file.store import WorkshopFile
from workshop.languages.locale_data import country_name
from workshop.progress import progress

SCALE = ("0", "1", "2", "3", "4")  # the statuses that have a place on the scale, for means


def mean_status(counts: dict[str, int]) -> float | None:
    """The mean consensus status (0 to 4) of commitments counted by status; not applicable,
    not known and not assessed are left out; None when nothing is on the scale."""
    total = sum(counts.get(s, 0) for s in SCALE)
    if not total:
        return None
    return sum(int(s) * counts.get(s, 0) for s in SCALE) / total


def _zeros(keys: Any) -> dict[str, int]:
    return {str(k): 0 for k in keys}


def summarize(store: WorkshopFile, language: str | None = None) -> dict[str, Any]:
    """Every figure of one workshop, as plain data (the `info --json` document).

    The country is named in `language` (a report's), by default in the workshop's own.
    """
    details = store.details
    catalog = store.catalog
    scope = store.commitments_in_scope()
    participants = store.records(Participant)
    by_sex = _zeros(SEXES)
    by_sex.update(Counter(p.sex for p in participants))
    consensus, status_counts, by_chapter = _consensus_figures(store, scope)
    groups = store.records(WorkingGroup, order_by="position, name")
    per_group = _group_figures(store, groups)
    gaps = store.records(Gap)
    gaps_by_priority = _zeros(PRIORITIES)
    gaps_by_priority.update(Counter(g.priority for g in gaps))
    needs = store.records(AssistanceNeed)
    needs_by_type = _zeros(ASSISTANCE_TYPES)
    needs_by_type.update(Counter(n.assistance_type for n in needs))
    needs_by_priority = _zeros(PRIORITIES)
    needs_by_priority.update(Counter(n.priority for n in needs))

    return {
        "kind": "workshop",
        "progress": progress(store),
        "workshop": {
            "id": details.id,
            "country": details.country,
            "country_name": country_name(details.country, language or details.language),
            "title": details.title,
            "start_date": details.start_date,
            "end_date": details.end_date,
            "venue": details.venue,
            "language": details.language,
            "documents": details.documents,
            "chapters": details.chapters,
            "revision": details.revision,
        },
        "catalog": {
            "id": catalog.id,
            "version": catalog.version,
            "hash": catalog.hash,
            "commitments": len(catalog.commitments),
        },
        "counts": {
            "institutions": store.count(Institution),
            "participants": len(participants),
            "participants_by_sex": by_sex,
            "groups": len(groups),
            "commitments_in_scope": len(scope),
            "group_assessments": sum(g["assessed"] for g in per_group.values()),
            "commitments_with_consensus": len(consensus),
            "consensus_status": status_counts,
            "consensus_by_chapter": by_chapter,
            "dissents": sum(1 for c in consensus if c.dissent.strip()),
            "gaps": len(gaps),
            "gaps_by_priority": gaps_by_priority,
            "assistance_needs": len(needs),
            "assistance_needs_by_type": needs_by_type,
            "assistance_needs_by_priority": needs_by_priority,
            "action_items": store.count(ActionItem),
            "coordination_entries": store.count(CoordinationEntry),
            "evaluation_answers": store.count(EvaluationAnswer),
        },
        "groups": [{"uuid": uuid, **figures} for uuid, figures in per_group.items()],
    }


def _consensus_figures(store: WorkshopFile, scope: list[str]) -> tuple[
        list[Consensus], dict[str, int], dict[str, dict[str, int]]]:
    """The consensus of the commitments in scope, its status counts, and those counts by
    chapter (with the commitments not yet agreed as "not_assessed")."""
    catalog = store.catalog
    in_scope = set(scope)
    chapter_of = {c.id: c.chapter for c in catalog.commitments}
    consensus = [c for c in store.records(Consensus) if c.commitment_id in in_scope]
    status_counts = _zeros(STATUSES)
    status_counts.update(Counter(c.status for c in consensus))
    by_chapter: dict[str, dict[str, int]] = {}
    for chapter in catalog.chapters:
        counts = _zeros(STATUSES)
        counts["not_assessed"] = sum(1 for cid in scope if chapter_of[cid] == chapter.number)
        by_chapter[str(chapter.number)] = counts
    for c in consensus:
        row = by_chapter[str(chapter_of[c.commitment_id])]
        row[c.status] += 1
        row["not_assessed"] -= 1
    return consensus, status_counts, by_chapter


def _group_figures(store: WorkshopFile, groups: list[WorkingGroup]) -> dict[str, dict[str, Any]]:
    """Each group's name, its commitments and how many of those it assessed."""
    assigned = {g.uuid: set(store.group_commitments(g.uuid)) for g in groups}
    per_group: dict[str, dict[str, Any]] = {
        g.uuid: {"name": g.name, "commitments": len(assigned[g.uuid]), "assessed": 0}
        for g in groups}
    for a in store.records(Assessment):  # of the group's own commitments: never "28 of 27"
        if a.group_uuid in per_group and a.commitment_id in assigned[a.group_uuid]:
            per_group[a.group_uuid]["assessed"] += 1
    return per_group
