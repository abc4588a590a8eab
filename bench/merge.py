"""The secretariat's merge at scale: 200 and 400 packages into a new consolidated file.

Building 400 demo workshops would take most of the run, so a few demo workshops (different seeds
and countries) are built and packed for real, and the rest of the packages are derived from them
by giving each a new workshop id, another country (from Babel's list) and a revision, with the
hash in the manifest recomputed. Every package is still read and validated whole by the merge,
exactly as a real one. Aim: 200 packages in under 10 s, and the time per package not growing with
the size of the consolidated file (the last packages merged cost what the first did).
"""

from __future__ import annotations

import hashlib
import json
import os
import statistics
import tempfile
import time
import uuid
import zipfile
from pathlib import Path
from typing import Any

from bench.table import Row, print_table

DEMOS = 20
SIZES = (200, 400)


def _countries() -> list[str]:
    from workshop.languages.locale_data import country_names

    return sorted(country_names("en"))


def build_packages(folder: Path, count: int, demos: int = DEMOS) -> list[Path]:
    """`count` valid packages: `demos` packed from real demo workshops, the rest derived."""
    from workshop.demo import build_demo
    from workshop.exchange.packages import CONTENT, MANIFEST, write_package

    countries = _countries()
    bases: list[tuple[dict[str, Any], dict[str, Any]]] = []
    for seed in range(1, demos + 1):
        path = folder / f"demo-{seed}.workshop"
        with build_demo(path, seed=seed, country=countries[seed * 7 % len(countries)]) as store:
            package = write_package(store, folder / f"demo-{seed}.zip")
        with zipfile.ZipFile(package) as archive:
            bases.append((json.loads(archive.read(MANIFEST)), json.loads(archive.read(CONTENT))))
    out = []
    for i in range(count):
        manifest, content = bases[i % len(bases)]
        manifest, content = json.loads(json.dumps(manifest)), json.loads(json.dumps(content))
        workshop_id = str(uuid.uuid5(uuid.NAMESPACE_URL, f"bench-workshop-{i}"))
        revision = content["workshop"]["revision"] + i // len(bases)
        content["workshop"].update(id=workshop_id, country=countries[i % len(countries)],
                                   revision=revision)
        body = json.dumps(content, sort_keys=True, ensure_ascii=False,
                          separators=(",", ":")).encode("utf-8")
        manifest.update(workshop_id=workshop_id, revision=revision,
                        members={CONTENT: hashlib.sha256(body).hexdigest()})
        path = folder / f"package-{i:04d}.zip"
        with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(MANIFEST, json.dumps(manifest, sort_keys=True, indent=2))
            archive.writestr(CONTENT, body)
        out.append(path)
    return out


def measure(folder: Path, packages: list[Path]) -> dict[str, float]:
    """Merge the packages into a new consolidated file; times in milliseconds per package."""
    from workshop.exchange.merge import merge_packages

    stamps: list[float] = []
    consolidated = folder / f"consolidated-{len(packages)}.wsc"
    start = time.perf_counter()
    outcomes = merge_packages(consolidated, packages,
                              progress=lambda done, total, o: stamps.append(time.perf_counter()))
    total = time.perf_counter() - start
    bad = [o for o in outcomes if o.outcome != "added"]
    if bad:
        raise SystemExit(f"bench: {len(bad)} packages not added, first: {bad[0]}")
    each = [(b - a) * 1000 for a, b in zip([start, *stamps], stamps, strict=False)]
    tenth = max(1, len(each) // 10)
    return {
        "total_s": total,
        "per_package_ms": total * 1000 / len(packages),
        "first_tenth_median_ms": statistics.median(each[:tenth]),
        "last_tenth_median_ms": statistics.median(each[-tenth:]),
        "file_mb": consolidated.stat().st_size / 1e6,
    }


def rows(notes: list[str]) -> list[Row]:
    """Measure; the rows of the table."""
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        os.environ.setdefault("WORKSHOP_DATA_DIR", tmp)
        folder = Path(tmp)
        start = time.perf_counter()
        packages = build_packages(folder, max(SIZES))
        setup = time.perf_counter() - start
        size = sum(p.stat().st_size for p in packages) / len(packages) / 1e3
        notes.append(f"Merge: {DEMOS} demo workshops built and packed, {max(SIZES)} packages "
                     f"derived from them (new workshop id, country, revision; hash recomputed), "
                     f"{size:.0f} kB each, set-up {setup:.1f} s; every package validated whole; "
                     f"each size merged into a new consolidated file.")
        for count in SIZES:
            f = measure(folder, packages[:count])
            growth = f["last_tenth_median_ms"] / f["first_tenth_median_ms"]
            out.append(Row(
                f"Merge {count} packages into a new consolidated file",
                f"{f['total_s']:.2f} s, {f['per_package_ms']:.1f} ms per package (first tenth "
                f"{f['first_tenth_median_ms']:.1f} ms, last tenth "
                f"{f['last_tenth_median_ms']:.1f} ms); file {f['file_mb']:.0f} MB",
                "under 10 s" if count == 200 else "", f["total_s"] < 10 if count == 200 else None))
            if count == max(SIZES):
                # a package must not cost more as the consolidated file fills up
                out.append(Row(f"Time per package, last tenth / first tenth of {count}",
                               f"{growth:.2f}x", "not growing (under 1.5x)", growth < 1.5))
        out += consolidated_report_rows(folder / f"consolidated-{max(SIZES)}.wsc", max(SIZES))
    return out


def consolidated_report_rows(consolidated: Path, count: int) -> list[Row]:
    """Time each report of the secretariat's consolidated file (one run each)."""
    from workshop.languages.i18n import tr
    from workshop.reports import KIND_NAMES, available, write_report

    out = []
    for kind, fmt in available(consolidated=True):
        path = consolidated.with_name(f"consolidated-{kind}.{fmt}")
        start = time.perf_counter()
        write_report(consolidated, kind, fmt, path)
        seconds = time.perf_counter() - start
        out.append(Row(f"Consolidated {tr(KIND_NAMES[kind])} ({fmt.upper()}), {count} workshops",
                       f"{seconds:.2f} s, {path.stat().st_size / 1024:.0f} KiB"))
    return out


def main() -> None:
    """Print the figures of one run."""
    notes: list[str] = []
    print_table(rows(notes), notes)


if __name__ == "__main__":
    main()
