"""How one catalog version's commitment ids read in another (DESIGN.md section 10).

A catalog version may correct the one before: a letter found to be wrong moves a commitment to
another id, one provision is split in two, a placeholder is removed. Each version says which ids
of its previous version changed (`Catalog.changes`); every other id is the same commitment under
the same id. Baselines and merged workshops made against an older version are compared through
these steps, forward or backward, one version at a time. An id that has no place in the other
version is listed as unmapped, never dropped in silence.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from workshop.catalogs.catalog import Catalog, available_catalogs
from workshop.languages.i18n import tr


@dataclass(frozen=True)
class IdMapping:
    """Where each id of the `source` version is found in the `target` version."""

    catalog_id: str
    source: int
    target: int
    carried: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # set when a version between the two is not installed: ids are then taken as they are
    missing_version: int = 0

    def ids(self, old: str) -> tuple[str, ...]:
        """The target ids of a source id: one, several (a split), or none (unmapped)."""
        return self.carried.get(old, ())

    def statuses(self, statuses: dict[str, str]) -> tuple[dict[str, str], list[str]]:
        """A status per target id, and the source ids with no place in the target. A status
        of a split commitment holds for each part; where several source ids land on one
        target id and disagree, the target id has no status and the source ids are listed."""
        carried: dict[str, set[str]] = {}
        sources: dict[str, list[str]] = {}
        unmapped = []
        for old, status in statuses.items():
            now = self.ids(old)
            if not now:
                unmapped.append(old)
            for new in now:
                carried.setdefault(new, set()).add(status)
                sources.setdefault(new, []).append(old)
        out = {}
        for new, found in carried.items():
            if len(found) == 1:
                out[new] = next(iter(found))
            else:
                unmapped.extend(sources[new])
        return out, sorted(set(unmapped))


def _forward_step(catalog: Catalog, ids: set[str]) -> dict[str, tuple[str, ...]]:
    """Ids of the version before `catalog` (and any others named) as ids of `catalog`."""
    changed = {c.id: c.now for c in catalog.changes}
    known = {c.id for c in catalog.commitments}
    return {old: changed[old] if old in changed else ((old,) if old in known else ())
            for old in ids}


def _backward_step(catalog: Catalog, before: Catalog, ids: set[str]) -> dict[str, tuple[str, ...]]:
    """Ids of `catalog` as ids of `before`, its previous version: the inverse of the forward
    step over every id of `before`."""
    forward = _forward_step(catalog, {c.id for c in before.commitments})
    back: dict[str, list[str]] = {new: [] for new in ids}
    for old, now in forward.items():
        for new in now:
            if new in back:
                back[new].append(old)
    return {new: tuple(sorted(olds)) for new, olds in back.items()}


def _steps(by_version: dict[int, Catalog], newer: Catalog, older: int) -> list[Catalog] | int:
    """The versions after `older` up to `newer`, oldest first, each found through the one
    after it (its `previous_version`, or the version just below when it names none); or the
    number of the version that is missing on the way."""
    chain = [newer]
    while True:
        previous = chain[-1].previous_version or chain[-1].version - 1
        if previous <= older:
            return chain[::-1] if previous == older else older
        found = by_version.get(previous)
        if found is None:
            return previous
        chain.append(found)


def id_mapping(ids: set[str], catalog_id: str, source: int, target: Catalog,
               catalogs: list[Catalog] | None = None) -> IdMapping:
    """Where `ids` of version `source` of a catalog are in the `target` catalog, stepping
    through every version between (from `catalogs`, the installed ones by default, and the
    target itself). Another catalog, or a version between that is not installed, maps ids to
    themselves where the target has them and says which version was missing."""
    if catalog_id != target.id or source == target.version:
        return _identity(ids, catalog_id, source, target)
    by_version = {c.version: c for c in (catalogs if catalogs is not None
                                         else available_catalogs()) if c.id == target.id}
    by_version[target.version] = target
    forward = source < target.version
    newer = target if forward else by_version.get(source)
    if newer is None:
        return _identity(ids, catalog_id, source, target, source)
    steps = _steps(by_version, newer, target.version if not forward else source)
    if isinstance(steps, int):
        return _identity(ids, catalog_id, source, target, steps)
    befores = [by_version.get(c.previous_version or c.version - 1) for c in steps]
    if not forward and any(b is None for b in befores):
        return _identity(ids, catalog_id, source, target, next(
            c.version - 1 for c, b in zip(steps, befores, strict=True) if b is None))
    carried: dict[str, tuple[str, ...]] = {old: (old,) for old in ids}
    order = list(zip(steps, befores, strict=True))
    if not forward:
        order.reverse()
    for here, before in order:
        wanted = {new for news in carried.values() for new in news}
        moved = (_forward_step(here, wanted) if forward
                 else _backward_step(here, before, wanted))  # type: ignore[arg-type]
        carried = {old: tuple(dict.fromkeys(m for new in news for m in moved.get(new, ())))
                   for old, news in carried.items()}
    return IdMapping(catalog_id, source, target.version, carried)


def _identity(ids: set[str], catalog_id: str, source: int, target: Catalog,
              missing: int = 0) -> IdMapping:
    known = {c.id for c in target.commitments}
    return IdMapping(catalog_id, source, target.version,
                     {old: (old,) if old in known else () for old in ids}, missing)


_REMEMBERED: dict[tuple[str, frozenset[str], str, int], IdMapping] = {}


def mapping_to(target: Catalog, catalog_id: str, source: int,
               ids: set[str] | frozenset[str]) -> IdMapping:
    """`id_mapping` over the installed catalogs, remembered for the same question (a page
    asks it for every commitment it draws)."""
    key = (target.hash, frozenset(ids), catalog_id, source)
    if key not in _REMEMBERED:
        if len(_REMEMBERED) > 64:
            _REMEMBERED.clear()
        _REMEMBERED[key] = id_mapping(set(ids), catalog_id, source, target)
    return _REMEMBERED[key]


def missing_version_warning(mapping: IdMapping) -> str:
    """One sentence when a version between two could not be read, else ''."""
    if not mapping.missing_version:
        return ""
    return tr("Version {missing} of catalog {id} is not installed here, so the ids of version "
              "{source} are taken as they are in version {target}: install version {missing} "
              "(workshop catalog import) to compare them exactly.",
              missing=mapping.missing_version, id=mapping.catalog_id,
              source=mapping.source, target=mapping.target)
