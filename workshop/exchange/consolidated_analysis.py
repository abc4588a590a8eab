"""The figures of the secretariat's reports over many workshops, computed once.

Both the consolidated workbook and the consolidated PDF read them from here, as the single
workshop's reports read `summarize`. Status counts per chapter come from each workshop's own
figures (made with its own catalog when it was packed), so they agree with
`workshop info CONSOLIDATED --json`; needs and gaps are placed in chapters by commitment id
through the newest catalog, a workshop made against an older version having its ids carried
through the catalog's mapping (`catalog_mapping`), and a commitment id that has no place in the
newest version is counted under no chapter (named with its version) rather than dropped.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from workshop.analysis import mean_status
from workshop.catalogs.catalog import Catalog, latest_catalog
from workshop.catalogs.catalog_mapping import IdMapping, mapping_to
from workshop.catalogs.translations import localized_catalog
from workshop.exchange.consolidated import ConsolidatedFile, summarize_consolidated
from workshop.file.model import ASSISTANCE_TYPES, PRIORITIES, STATUSES
from workshop.languages.regions import region_of

NO_CHAPTER = 0
MOST_FREQUENT_GAPS = 20


@dataclass
class CountryRow:
    """One merged workshop's consensus status per chapter."""

    workshop_id: str
    country: str
    country_name: str
    region: str
    title: str
    start_date: str
    end_date: str
    revision: int
    merged_at: str
    by_chapter: dict[int, dict[str, int]]

    def mean(self, chapter: int) -> float | None:
        """The mean consensus status (0 to 4) of a chapter; None when nothing is on the scale."""
        return mean_status(self.by_chapter.get(chapter, {}))

    def overall(self) -> float | None:
        """The mean consensus status (0 to 4) of all the workshop's commitments on the scale."""
        return mean_status(_summed(self.by_chapter.values()))


def _summed(counts: Any) -> Counter[str]:
    total: Counter[str] = Counter()
    for by_status in counts:
        total.update(by_status)
    return total


@dataclass
class FrequentGap:
    """A commitment on which many workshops named gaps."""

    commitment_id: str
    workshops: int
    gaps: int
    high_priority: int
    # (country, gap's words): each example names where it was said; no words twice
    examples: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class ConsolidatedReport:
    """Everything the consolidated reports show."""

    summary: dict[str, Any]
    catalog: Catalog
    countries: list[CountryRow]
    chapters: list[int]
    needs_by_type_chapter: dict[str, dict[int, int]]
    needs_by_region_type: dict[str, dict[str, int]]
    needs_by_type_priority: dict[str, dict[str, int]]
    frequent_gaps: list[FrequentGap]
    unknown_commitments: list[str]
    needs_by_workshop_type: dict[str, dict[str, int]] = field(default_factory=dict)

    def over_time(self) -> dict[str, list[CountryRow]]:
        """Each country with more than one workshop merged: its workshops by date (the
        mid-term review and the review the 2019 declaration set are the occasions)."""
        by_country: dict[str, list[CountryRow]] = defaultdict(list)
        for row in self.countries:
            by_country[row.country_name].append(row)
        return {name: sorted(rows, key=lambda r: (r.start_date, r.merged_at))
                for name, rows in sorted(by_country.items()) if len(rows) > 1}

    def ranked(self) -> list[tuple[int | None, CountryRow, float | None]]:
        """(rank, workshop, overall mean status) from the highest mean to the lowest; equal
        means share a rank; a workshop with nothing on the scale has no rank and comes last."""
        means = [(row, row.overall()) for row in self.countries]
        means.sort(key=lambda item: (item[1] is None, -(item[1] or 0), item[0].country_name))
        out: list[tuple[int | None, CountryRow, float | None]] = []
        for position, (row, mean) in enumerate(means, 1):
            if mean is None:
                out.append((None, row, None))
            elif out and out[-1][2] is not None and round(out[-1][2], 2) == round(mean, 2):
                out.append((out[-1][0], row, mean))
            else:
                out.append((position, row, mean))
        return out

    def region_means(self) -> dict[str, tuple[int, dict[int, float | None], float | None]]:
        """Region -> (workshops, mean status per chapter, overall mean), the statuses of the
        region's workshops counted together."""
        by_region: dict[str, list[CountryRow]] = defaultdict(list)
        for row in self.countries:
            by_region[row.region].append(row)
        out = {}
        for region in sorted(by_region, key=lambda r: (r == "", r)):
            rows = by_region[region]
            chapters = {n: mean_status(_summed(r.by_chapter.get(n, {}) for r in rows))
                        for n in self.chapters}
            overall = mean_status(_summed(c for r in rows for c in r.by_chapter.values()))
            out[region] = (len(rows), chapters, overall)
        return out

    def chapter_name(self, number: int) -> str:
        """"3. Supply reduction…" for a chapter number; "" for no chapter."""
        chapter = self.catalog.chapter(number) if number else None
        return f"{number}. {chapter.short}" if chapter else ""


def consolidated_report(cfile: ConsolidatedFile, language: str = "en",
                        catalog: Catalog | None = None) -> ConsolidatedReport:
    """Gather the consolidated reports' figures from an open consolidated file, with countries
    and chapters named in `language`."""
    catalog = localized_catalog(catalog or latest_catalog(), language)
    summary = summarize_consolidated(cfile, language)
    conn = cfile.conn
    countries = _countries(conn, summary)
    place = _Placer(conn, catalog)
    by_type_chapter, by_region, by_priority = _needs(conn, place, countries)
    frequent = _frequent_gaps(conn, place, countries)
    by_workshop: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(ASSISTANCE_TYPES, 0))
    for workshop_id, kind, count in conn.execute(
            "SELECT workshop_id, assistance_type, COUNT(*) FROM assistance_need "
            "GROUP BY workshop_id, assistance_type"):
        by_workshop[workshop_id][kind] = count
    return ConsolidatedReport(
        summary=summary, catalog=catalog, countries=countries,
        chapters=[c.number for c in catalog.chapters],
        needs_by_type_chapter=by_type_chapter, needs_by_region_type=by_region,
        needs_by_type_priority=by_priority, frequent_gaps=frequent,
        unknown_commitments=sorted(place.unknown), needs_by_workshop_type=dict(by_workshop))


def _countries(conn: Any, summary: dict[str, Any]) -> list[CountryRow]:
    """Each merged workshop with its region and its consensus counts by chapter."""
    figures = dict(conn.execute("SELECT id, figures FROM workshop"))
    countries = []
    for w in summary["merged"]:
        raw = json.loads(figures[w["id"]]).get("consensus_by_chapter", {})
        countries.append(CountryRow(
            workshop_id=w["id"], country=w["country"], country_name=w["country_name"],
            region=region_of(w["country"]), title=w["title"], start_date=w["start_date"],
            end_date=w["end_date"], revision=w["revision"], merged_at=w["merged_at"],
            by_chapter={int(k): {s: int(v.get(s, 0)) for s in (*STATUSES, "not_assessed")}
                        for k, v in raw.items()}))
    return countries


class _Placer:
    """A merged workshop's commitment id as an id of the report's catalog (the first part of a
    split one, through the catalog's id changes when the workshop used another version), and
    its chapter; what has no place is kept in `unknown`, named "id (vN)" when it came from
    another version."""

    def __init__(self, conn: Any, catalog: Catalog) -> None:
        self.catalog = catalog
        self.chapter_of = {c.id: c.chapter for c in catalog.commitments}
        self.unknown: set[str] = set()
        own = (catalog.id, catalog.version)
        self.version_of = {wid: (cid, version) for wid, cid, version in conn.execute(
            "SELECT id, catalog_id, catalog_version FROM workshop")
            if (cid, version) != own}
        self.mappings: dict[tuple[str, int], IdMapping] = {}
        if self.version_of:  # only then is any id read a second time, to map it
            used: dict[tuple[str, int], set[str]] = defaultdict(set)
            for wid, cid in conn.execute(
                    "SELECT workshop_id, commitment_id FROM gap UNION "
                    "SELECT workshop_id, commitment_id FROM assistance_need"):
                if wid in self.version_of:
                    used[self.version_of[wid]].add(cid)
            self.mappings = {key: mapping_to(catalog, key[0], key[1], ids)
                             for key, ids in used.items()}

    def commitment(self, workshop_id: str, commitment_id: str) -> str:
        key = self.version_of.get(workshop_id)
        if key is None:
            return commitment_id
        now = self.mappings[key].ids(commitment_id)
        return now[0] if now else f"{commitment_id} (v{key[1]})"

    def chapter(self, commitment_id: str) -> int:
        number = self.chapter_of.get(commitment_id)
        if number is None:
            self.unknown.add(commitment_id)
            return NO_CHAPTER
        return number


def _needs(conn: Any, place: _Placer, countries: list[CountryRow]) -> tuple[
        dict[str, dict[int, int]], dict[str, dict[str, int]], dict[str, dict[str, int]]]:
    """Needs by type and chapter, by region and type, by type and priority."""
    region_by_workshop = {row.workshop_id: row.region for row in countries}
    by_type_chapter: dict[str, dict[int, int]] = {t: defaultdict(int) for t in ASSISTANCE_TYPES}
    by_region: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(ASSISTANCE_TYPES, 0))
    by_priority: dict[str, dict[str, int]] = {t: dict.fromkeys(PRIORITIES, 0)
                                              for t in ASSISTANCE_TYPES}
    for workshop_id, commitment_id, kind, priority in conn.execute(
            "SELECT workshop_id, commitment_id, assistance_type, priority "
            "FROM assistance_need"):
        commitment_id = place.commitment(workshop_id, commitment_id)
        by_type_chapter.setdefault(kind, defaultdict(int))[place.chapter(commitment_id)] += 1
        by_region[region_by_workshop.get(workshop_id, "")].setdefault(kind, 0)
        by_region[region_by_workshop.get(workshop_id, "")][kind] += 1
        by_priority.setdefault(kind, dict.fromkeys(PRIORITIES, 0))
        by_priority[kind][priority] = by_priority[kind].get(priority, 0) + 1
    return ({k: dict(v) for k, v in by_type_chapter.items()},
            {k: dict(v) for k, v in by_region.items()}, by_priority)


def _frequent_gaps(conn: Any, place: _Placer, countries: list[CountryRow]) -> list[FrequentGap]:
    """The commitments on which the most workshops named gaps, with up to three examples
    (each naming its country, no words twice)."""
    country_of = {row.workshop_id: row.country_name for row in countries}
    gap_workshops: dict[str, set[str]] = defaultdict(set)
    gap_counts: Counter[str] = Counter()
    high: Counter[str] = Counter()
    examples: dict[str, list[tuple[str, str]]] = defaultdict(list)
    said: dict[str, set[str]] = defaultdict(set)
    for workshop_id, commitment_id, description, priority in conn.execute(
            "SELECT workshop_id, commitment_id, description, priority FROM gap "
            "ORDER BY workshop_id, rank IS NULL, rank, description"):
        commitment_id = place.commitment(workshop_id, commitment_id)
        place.chapter(commitment_id)
        gap_workshops[commitment_id].add(workshop_id)
        gap_counts[commitment_id] += 1
        if priority == "high":
            high[commitment_id] += 1
        words = " ".join(description.split()).casefold()
        if len(examples[commitment_id]) < 3 and words not in said[commitment_id]:
            said[commitment_id].add(words)
            examples[commitment_id].append((country_of.get(workshop_id, ""), description))
    ranked = sorted(gap_counts, key=lambda cid: (-len(gap_workshops[cid]), -gap_counts[cid],
                                                 -high[cid], cid))
    return [FrequentGap(cid, len(gap_workshops[cid]), gap_counts[cid], high[cid],
                        examples[cid]) for cid in ranked[:MOST_FREQUENT_GAPS]]
