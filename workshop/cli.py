"""The command line: the core's own face, usable where Qt cannot start.

Exit status 0 on success; 1 with one sentence on stderr (never a traceback) for bad input;
2 for wrong usage (argparse's own exit). `--json` output is stable and documented in the README.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from workshop import __version__
from workshop.errors import WorkshopError
from workshop.languages.i18n import UN_LANGUAGES, set_language, tr

COMMANDS = ("demo", "new", "info", "check", "catalog", "pack", "merge", "report",
            "review-import", "translations")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="workshop",
        description=tr("National implementation workshops on the international drug policy "
                       "commitments. Without a command, opens the desktop app."))
    parser.add_argument("--version", action="version", version=f"workshop {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help=tr("write the demo workshop (a fictional country)"))
    demo.add_argument("out", type=Path, metavar="OUT")
    demo.add_argument("--seed", type=int, default=1, help=tr("same seed, same workshop"))
    demo.add_argument("--country", default=None,
                      help=tr("country code (default: a fictional country, XN)"))
    demo.add_argument("--follow-up", action="store_true", help=tr(
        "a follow-up workshop of the demo country, with an earlier one as its baseline"))
    demo.add_argument("--force", action="store_true",
                      help=tr("if OUT exists, keep it aside under a new name"))

    new = commands.add_parser("new", help=tr("create an empty workshop file"))
    new.add_argument("out", type=Path, metavar="OUT")
    new.add_argument("--country", required=True, help=tr("ISO 3166 two-letter code"))
    new.add_argument("--title", required=True)
    new.add_argument("--start", default="", help=tr("first day, YYYY-MM-DD"))
    new.add_argument("--end", default="", help=tr("last day, YYYY-MM-DD"))
    new.add_argument("--venue", default="")
    new.add_argument("--language", default="en")
    new.add_argument("--documents", default="",
                     help=tr("documents in scope, comma-separated (default: all)"))
    new.add_argument("--chapters", default="",
                     help=tr("chapters in scope, comma-separated (default: all)"))

    info = commands.add_parser("info", help=tr("figures of a workshop or consolidated file"))
    info.add_argument("file", type=Path, metavar="FILE")
    info.add_argument("--json", action="store_true", help=tr("machine-readable output"))

    check = commands.add_parser("check", help=tr("integrity check of a workshop file, a "
                                                 "consolidated file or a package"))
    check.add_argument("file", type=Path, metavar="FILE")

    catalog = commands.add_parser("catalog", help=tr("the commitment catalogs"))
    catalog.add_argument("--json", action="store_true", help=tr("machine-readable output"))
    catalog_commands = catalog.add_subparsers(dest="catalog_command", metavar="ACTION")
    export = catalog_commands.add_parser("export", help=tr("write the catalog as a workbook"))
    export.add_argument("out", type=Path, metavar="OUT.xlsx")
    export.add_argument("--version", dest="catalog_version", type=int, default=None,
                        help=tr("catalog version (default: the newest)"))
    imported = catalog_commands.add_parser(
        "import", help=tr("validate a corrected workbook and install it as a new version"))
    imported.add_argument("workbook", type=Path, metavar="IN.xlsx")

    pack = commands.add_parser("pack", help=tr("write a workshop's exchange package for the "
                                                "secretariat"))
    pack.add_argument("file", type=Path, metavar="FILE")
    pack.add_argument("--out", type=Path, required=True, metavar="OUT")
    pack.add_argument("--include-personal-data", action="store_true",
                      help=tr("keep participant names and e-mails (left out by default)"))

    report = commands.add_parser("report", help=tr("write a gap or technical-assistance report "
                                                    "or the full results workbook"))
    report.add_argument("file", type=Path, metavar="FILE")
    report.add_argument("--kind", choices=("gap", "ta", "full"), required=True,
                        help=tr("gap report, technical-assistance report or full results"))
    report.add_argument("--format", dest="fmt", choices=("pdf", "xlsx"), default=None,
                        help=tr("pdf or xlsx (default: pdf, xlsx for --kind full)"))
    report.add_argument("--out", type=Path, default=None, metavar="OUT",
                        help=tr("file to write (default: beside FILE)"))
    report.add_argument("--language", default=None, choices=UN_LANGUAGES,
                        help=tr("language of the labels (default: the workshop's)"))
    report.add_argument("--include-personal-data", action="store_true",
                        help=tr("list the participants by name in the gap report (left out by "
                                "default)"))

    merge = commands.add_parser("merge", help=tr("merge exchange packages into a consolidated "
                                                  "file (created if missing)"))
    merge.add_argument("consolidated", type=Path, metavar="CONSOLIDATED")
    merge.add_argument("packages", type=Path, nargs="+", metavar="PACKAGE")
    merge.add_argument("--dry-run", action="store_true",
                       help=tr("say what would happen and write nothing"))
    merge.add_argument("--json", action="store_true", help=tr("machine-readable output"))

    copy = commands.add_parser("group-copy", help=tr("write a working group's copy of the "
                                                      "workshop, for the group's own laptop"))
    copy.add_argument("file", type=Path, metavar="FILE")
    copy.add_argument("--group", required=True, metavar="NAME_OR_POSITION",
                      help=tr("the group's name, or its place in the list (1 for the first)"))
    copy.add_argument("--out", type=Path, required=True, metavar="COPY.workshop")
    copy.add_argument("--include-personal-data", action="store_true",
                      help=tr("keep participant names and e-mails (left out by default)"))

    worksheets = commands.add_parser("worksheets", help=tr(
        "write the paper worksheets: one per working group, the sign-in sheet and the "
        "evaluation form (PDF)"))
    worksheets.add_argument("file", type=Path, metavar="FILE")
    worksheets.add_argument("--out", type=Path, required=True, metavar="DIR")
    worksheets.add_argument("--language", default=None, choices=UN_LANGUAGES,
                            help=tr("language of the sheets (default: the workshop's)"))

    baseline = commands.add_parser("baseline", help=tr(
        "take an earlier workshop of the same country (a workshop file or an exchange "
        "package) as this workshop's baseline"))
    baseline.add_argument("file", type=Path, metavar="FILE")
    baseline.add_argument("previous", type=Path, metavar="PREVIOUS")

    collect = commands.add_parser("collect", help=tr("bring the work of group copies back into "
                                                      "the workshop file"))
    collect.add_argument("file", type=Path, metavar="FILE")
    collect.add_argument("copies", type=Path, nargs="+", metavar="COPY")
    collect.add_argument("--dry-run", action="store_true",
                         help=tr("say what would happen and write nothing"))
    collect.add_argument("--json", action="store_true", help=tr("machine-readable output"))

    review = commands.add_parser(
        "review-import", help=tr("record a ministry's review from a reviewed full results "
                                 "workbook (only the review columns are read)"))
    review.add_argument("file", type=Path, metavar="FILE")
    review.add_argument("workbook", type=Path, metavar="REVIEWED.xlsx")
    review.add_argument("--dry-run", action="store_true",
                        help=tr("show what would change and write nothing"))
    review.add_argument("--json", action="store_true", help=tr("machine-readable output"))

    translations = commands.add_parser(
        "translations", help=tr("the state of the translations into the six UN languages"))
    translation_commands = translations.add_subparsers(dest="translations_command",
                                                       metavar="ACTION", required=True)
    missing = translation_commands.add_parser(
        "missing", help=tr("list what each language lacks that English has (exit status 1 "
                           "when anything is missing)"))
    missing.add_argument("--language", choices=UN_LANGUAGES, default=None,
                         help=tr("only this language (default: all six)"))
    missing.add_argument("--json", action="store_true", help=tr("machine-readable output"))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    set_language("en")
    try:
        return _HANDLERS[args.command](args)
    except WorkshopError as error:
        print(error.message, file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(tr("Interrupted."), file=sys.stderr)
        return 1
    except OSError as error:
        print(tr("A file could not be read or written ({reason}).",
                 reason=error.strerror or error), file=sys.stderr)
        return 1
    except Exception as error:  # the last resort: a defect, still told in one sentence
        if os.environ.get("WORKSHOP_DEBUG"):
            raise
        print(tr("Unexpected error ({kind}: {error}); please report it with the command you "
                 "ran.", kind=type(error).__name__, error=error), file=sys.stderr)
        return 1


def _demo(args: argparse.Namespace) -> int:
    from workshop.demo import DEMO_COUNTRY, build_demo, build_follow_up

    out = Path(args.out)
    if args.force and _is_workshop_file(out):
        _keep_aside_for_demo(out)
    build = build_follow_up if args.follow_up else build_demo
    store = build(out, seed=args.seed, country=(args.country or DEMO_COUNTRY).upper())
    with store:
        print(tr("Demo workshop written to {path} (revision {revision}).", path=args.out,
                 revision=store.revision))
    return 0


def _is_workshop_file(path: Path) -> bool:
    """Whether `path` is a regular file marked as a workshop file (anything else, a companion
    file, a consolidated file or a device included, is never moved by `demo --force`)."""
    from workshop.file.schema import WORKSHOP_APPLICATION_ID
    from workshop.file.sqlite_file import application_id, read_header

    if not path.is_file() or path.is_symlink():
        return False
    try:
        return application_id(read_header(path)) == WORKSHOP_APPLICATION_ID
    except WorkshopError:
        return False


def _keep_aside_for_demo(out: Path) -> None:
    """`demo --force` over a workshop file: nothing is written over a file of the app, so the
    file (with its journals) is kept aside under a new name, unless it is open elsewhere."""
    from workshop.file.backups import move_aside
    from workshop.file.sqlite_file import FileLock, storage_error

    lock = FileLock(out)
    if not lock.acquire():
        raise WorkshopError(tr("{name} is already open in another window or program: close it "
                               "there first.", name=out.name))
    try:
        kept = move_aside(out, "before-demo")
    except OSError as error:
        raise storage_error(error, out) from None
    finally:
        lock.release()
    print(tr("The file that was there is kept as {path}.", path=kept))


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


def _new(args: argparse.Namespace) -> int:
    from workshop.catalogs.catalog import latest_catalog
    from workshop.file.store import WorkshopFile

    try:
        chapters = [int(c) for c in _split(args.chapters)]
    except ValueError:
        raise WorkshopError(tr("--chapters takes numbers from 1 to 7, separated by commas.")) \
            from None
    store = WorkshopFile.create(
        args.out, latest_catalog(), country=args.country, title=args.title,
        start_date=args.start, end_date=args.end, venue=args.venue, language=args.language,
        documents=_split(args.documents), chapters=chapters)
    with store:
        print(tr("Workshop file written to {path}.", path=args.out))
    return 0


def _info(args: argparse.Namespace) -> int:
    from workshop.analysis import summarize
    from workshop.file.store import (
        CONSOLIDATED_APPLICATION_ID,
        WorkshopFile,
        application_id,
        read_header,
    )

    if application_id(read_header(args.file)) == CONSOLIDATED_APPLICATION_ID:
        return _info_consolidated(args)
    with WorkshopFile.open(args.file, read_only=True) as store:
        summary = summarize(store)
    if args.json:
        print(json.dumps(summary, ensure_ascii=False, indent=2, sort_keys=True))
    else:
        print(_info_text(summary))
    return 0


def _info_consolidated(args: argparse.Namespace) -> int:
    from workshop.exchange.consolidated import ConsolidatedFile, summarize_consolidated

    with ConsolidatedFile.open(args.file, read_only=True) as cfile:
        summary = summarize_consolidated(cfile)
    if args.json:
        print(json.dumps(summary, ensure_ascii=False, indent=2, sort_keys=True))
        return 0
    n = summary["counts"]
    print(tr("Consolidated file: {workshops} workshops from {countries} countries",
             workshops=summary["workshops"], countries=summary["countries"]))
    for w in summary["merged"]:
        print(f"  {w['country']} {w['start_date'] or '-'} {w['title']} "
              + tr("(revision {revision})", revision=w["revision"]))
    print(tr("Participants: {n}; gaps: {gaps}; technical-assistance needs: {needs}; action "
             "items: {actions}", n=n["participants"], gaps=n["gaps"],
             needs=n["assistance_needs"], actions=n["action_items"]))
    return 0


def _info_text(summary: dict[str, Any]) -> str:
    w, c, n = summary["workshop"], summary["catalog"], summary["counts"]
    sexes = ", ".join(f"{k} {v}" for k, v in n["participants_by_sex"].items() if v)
    statuses = ", ".join(f"{k}: {v}" for k, v in n["consensus_status"].items())
    lines = [
        f"{w['title']}",
        tr("Country: {name}", name=w["country_name"] if w["country"] in w["country_name"]
           else f"{w['country_name']} ({w['country']})"),
        tr("Dates: {start} to {end}", start=w["start_date"] or "-", end=w["end_date"] or "-"),
        tr("Revision: {revision}", revision=w["revision"]),
        tr("Catalog: {id} version {version} ({count} commitments)", id=c["id"],
           version=c["version"], count=c["commitments"]),
        tr("Institutions: {n}", n=n["institutions"]),
        tr("Participants: {n} ({detail})", n=n["participants"], detail=sexes or "-"),
        tr("Working groups: {n}", n=n["groups"]),
        tr("Commitments in scope: {n}; with a consensus: {done}", n=n["commitments_in_scope"],
           done=n["commitments_with_consensus"]),
        tr("Consensus status: {statuses}", statuses=statuses),
        tr("Gaps: {n}; technical-assistance needs: {needs}; action items: {actions}",
           n=n["gaps"], needs=n["assistance_needs"], actions=n["action_items"]),
    ]
    return "\n".join(lines)


def _looks_like_workshop(path: Path) -> bool:
    """Whether a file failing the check may be a workshop file (not a package, not another's)."""
    from workshop.file.store import CONSOLIDATED_APPLICATION_ID, application_id, read_header

    try:
        header = read_header(path)
    except WorkshopError:
        return True  # a workshop file that vanished or cannot be read still has backups
    return not header.startswith(b"PK") and path.suffix.lower() != ".zip" \
        and application_id(header) != CONSOLIDATED_APPLICATION_ID


def _refused_unharmed(path: Path) -> bool:
    """Whether an app file is refused for something other than damage (a journal that is not
    its own, a pipe, a full or read-only disk, a newer version...): its sentence then says what
    to do, and a backup is no answer."""
    from workshop.errors import DamagedFile
    from workshop.exchange.consolidated import ConsolidatedFile
    from workshop.file.store import (
        CONSOLIDATED_APPLICATION_ID,
        WorkshopFile,
        application_id,
        read_header,
    )

    try:
        header = read_header(path)
    except WorkshopError:
        return os.path.lexists(path)  # a folder or a pipe; a missing file may have backups
    if header.startswith(b"PK") or path.suffix.lower() == ".zip":
        return False
    consolidated = application_id(header) == CONSOLIDATED_APPLICATION_ID
    try:
        (ConsolidatedFile if consolidated else WorkshopFile).open(path, read_only=True).close()
    except DamagedFile:
        return False
    except WorkshopError:
        return True
    return False


def _check(args: argparse.Namespace) -> int:
    from workshop.integrity import check_file, recovery_hint

    problems = check_file(args.file)
    if problems and _refused_unharmed(args.file):
        print(problems[0], file=sys.stderr)
        return 1
    if problems:
        message = tr("{name} failed the integrity check: {problem}", name=args.file.name,
                     problem=problems[0])
        if _looks_like_workshop(args.file):
            message += " " + recovery_hint(args.file)
        print(message, file=sys.stderr)
        return 1
    print(tr("{name}: integrity check passed.", name=args.file.name))
    return 0


def _catalog(args: argparse.Namespace) -> int:
    from workshop.catalogs.catalog import DEFAULT_CATALOG_ID, available_catalogs, latest_catalog

    if args.catalog_command == "export":
        from workshop.catalogs.catalog_workbook import export_catalog

        versions = [c for c in available_catalogs() if c.id == DEFAULT_CATALOG_ID]
        if args.catalog_version is not None:
            versions = [c for c in versions if c.version == args.catalog_version]
            if not versions:
                raise WorkshopError(tr("There is no version {v} of the catalog.",
                                       v=args.catalog_version))
        catalog = versions[-1] if versions else latest_catalog()
        export_catalog(catalog, args.out)
        print(tr("Catalog {label} written to {path}.", label=catalog.label, path=args.out))
        return 0
    if args.catalog_command == "import":
        from workshop.catalogs.catalog_workbook import install_catalog_workbook

        catalog = install_catalog_workbook(args.workbook)
        print(tr("Catalog {id} version {version} installed ({count} commitments).",
                 id=catalog.id, version=catalog.version, count=len(catalog.commitments)))
        return 0
    catalogs = [_catalog_summary(c) for c in available_catalogs()]
    if args.json:
        print(json.dumps({"catalogs": catalogs}, ensure_ascii=False, indent=2, sort_keys=True))
    else:
        for c in catalogs:
            print(tr("{id} version {version}: {count} commitments ({checked} references "
                     "checked)", id=c["id"], version=c["version"], count=c["commitments"],
                     checked=c["references_checked"]))
            for doc in c["documents"]:
                print(f"  {doc['short']}: {doc['commitments']}")
    return 0


def _catalog_summary(catalog: Any) -> dict[str, Any]:
    """The `catalog --json` entry of one catalog."""
    from collections import Counter

    by_doc = Counter(c.document for c in catalog.commitments)
    by_chapter = Counter(c.chapter for c in catalog.commitments)
    return {
        "id": catalog.id,
        "version": catalog.version,
        "hash": catalog.hash,
        "title": catalog.title,
        "commitments": len(catalog.commitments),
        "references_checked": sum(1 for c in catalog.commitments if c.reference_checked),
        "documents": [{"id": d.id, "short": d.short, "title": d.title,
                       "commitments": by_doc.get(d.id, 0)} for d in catalog.documents],
        "chapters": [{"number": ch.number, "short": ch.short, "title": ch.title,
                      "commitments": by_chapter.get(ch.number, 0)} for ch in catalog.chapters],
        "challenges": [{"letter": ch.letter, "title": ch.title, "thematic_year": ch.thematic_year,
                        "commitments": sum(1 for c in catalog.commitments
                                           if ch.letter in c.challenges)}
                       for ch in catalog.challenges],
        "previous_version": catalog.previous_version or None,
        "id_changes": [{"id": c.id, "now": list(c.now), "note": c.note}
                       for c in catalog.changes],
    }


def _pack(args: argparse.Namespace) -> int:
    from workshop.exchange.packages import write_package
    from workshop.file.store import WorkshopFile

    with WorkshopFile.open(args.file, read_only=True) as store:
        write_package(store, args.out, include_personal_data=args.include_personal_data)
        revision = store.revision
    if args.include_personal_data:
        print(tr("Package written to {path} (revision {revision}), with participant names and "
                 "e-mails.", path=args.out, revision=revision))
    else:
        print(tr("Package written to {path} (revision {revision}), without participant names "
                 "or e-mails.", path=args.out, revision=revision))
    return 0


def _merge(args: argparse.Namespace) -> int:
    from workshop.exchange.merge import OUTCOMES, merge_packages

    outcomes = merge_packages(args.consolidated, args.packages, dry_run=args.dry_run)
    if args.json:
        print(json.dumps([o.as_json() for o in outcomes], ensure_ascii=False, indent=2,
                         sort_keys=True))
    else:
        for o in outcomes:
            print(f"{o.package}: {o.outcome}. {o.reason}")
            for warning in o.warnings:
                print(f"  {warning}")
        tally = ", ".join(f"{sum(1 for o in outcomes if o.outcome == name)} {name}"
                          for name in OUTCOMES)
        if args.dry_run:
            print(tr("Dry run, nothing written: {tally}.", tally=tally))
        else:
            print(tr("{tally}.", tally=tally))
    return 0 if all(o.ok for o in outcomes) else 1


def _group_copy(args: argparse.Namespace) -> int:
    from workshop.exchange.group_copy import find_group, make_group_copy
    from workshop.file.store import WorkshopFile

    with WorkshopFile.open(args.file) as store:
        group = find_group(store, args.group)
        origin = make_group_copy(store, group, args.out,
                                 with_names=args.include_personal_data)
    print(tr("Copy for {group} written to {path} (from revision {revision}); bring it back "
             "with: workshop collect {file} {path}", group=group.name, path=args.out,
             revision=origin.base_revision, file=args.file))
    return 0


def _worksheets(args: argparse.Namespace) -> int:
    from workshop.reports.worksheets_pdf import write_worksheets

    for path in write_worksheets(args.file, args.out, language=args.language):
        print(tr("Written: {path}", path=path))
    return 0


def _baseline(args: argparse.Namespace) -> int:
    from workshop.baseline import take_baseline
    from workshop.file.store import WorkshopFile
    from workshop.progress import progress

    with WorkshopFile.open(args.file) as store:
        earlier = take_baseline(store, args.previous)
        found = progress(store)
    print(tr("Baseline: {title} ({start}), revision {revision}. Since then: {improved} "
             "improved, {unchanged} unchanged, {worsened} worsened, {none} without a baseline.",
             title=earlier.title, start=earlier.start_date or earlier.created_at[:10],
             revision=earlier.revision, improved=found["improved"],
             unchanged=found["unchanged"], worsened=found["worsened"],
             none=found["no_baseline"]))
    for note in (found["baseline"]["catalog_warning"], tr(
            "Not compared (no place in this catalog version): {ids}.",
            ids=", ".join(found["baseline"]["unmapped_commitments"]))
            if found["baseline"]["unmapped_commitments"] else ""):
        if note:
            print(note)
    return 0


def _collect(args: argparse.Namespace) -> int:
    from workshop.exchange.collect import collect
    from workshop.file.store import WorkshopFile

    with WorkshopFile.open(args.file) as store:
        results = [collect(store, path, dry_run=args.dry_run) for path in args.copies]
    if args.json:
        print(json.dumps([r.as_json() for r in results], ensure_ascii=False, indent=2,
                         sort_keys=True))
    else:
        for result in results:
            print(result.message)
            for conflict in result.conflicts:
                print("  " + tr("conflict: {table} {record} {field}: here {here!r}, in the "
                                "copy {copy!r}", table=conflict["table"],
                                record=conflict["record"], field=conflict["field"] or "",
                                here=conflict["from"], copy=conflict["to"]))
            for ignored in result.ignored:
                print("  " + tr("ignored: {table} {record} {field} ({reason})",
                                table=ignored["table"], record=ignored["record"],
                                field=ignored["field"] or "", reason=ignored["reason"]))
        if args.dry_run:
            print(tr("Dry run, nothing written."))
    return 0 if all(r.outcome != "refused" for r in results) else 1


def _report(args: argparse.Namespace) -> int:
    from workshop.reports import default_name, write_report

    fmt = args.fmt or ("xlsx" if args.kind == "full" else "pdf")
    out = args.out or args.file.with_name(default_name(args.file, args.kind, fmt))
    written = write_report(args.file, args.kind, fmt, out, language=args.language,
                           personal_data=args.include_personal_data)
    print(tr("Report written to {path}.", path=written))
    return 0


def _review_import(args: argparse.Namespace) -> int:
    from workshop.exchange.review import import_review

    result = import_review(args.file, args.workbook, dry_run=args.dry_run)
    if args.json:
        print(json.dumps(result.as_json(), ensure_ascii=False, indent=2, sort_keys=True))
        return 0
    print(tr("Review by {reviewer} of {date}, workbook {name} (written at revision {revision}):",
             reviewer=result.reviewer or "-", date=result.reviewed_at, name=result.workbook,
             revision=result.workbook_revision))
    for item in result.items:
        line = f"  {item.change:<9} {item.sheet} {item.row_label}: {tr(item.view)}"
        if item.change == "changed":
            line += " " + tr("(was: {view})", view=item.previous_view)
        if item.comment:
            line += f" - {_one_line(item.comment)}"
        print(line)
    for edit in result.ignored:
        where = f"{edit.sheet} {edit.cell}".strip()
        column = f" ({edit.column})" if edit.column else ""
        change = f": {_one_line(edit.exported)!r} -> {_one_line(edit.found)!r}" \
            if edit.exported or edit.found else ""
        print(f"  {'ignored':<9} {where}{column}{change}; {edit.reason}")
    counts = result.counts()
    tally = tr("{new} new, {changed} changed, {unchanged} unchanged; {ignored} edits outside "
               "the review columns ignored", None, **counts)
    if args.dry_run:
        print(tr("Dry run, nothing written: {tally}.", tally=tally))
    elif result.applied:
        print(tr("Review recorded (revision {revision}): {tally}.",
                 revision=result.new_revision, tally=tally))
    else:
        print(tr("Nothing new to record: {tally}.", tally=tally))
    return 0


def _one_line(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _translations(args: argparse.Namespace) -> int:
    from workshop.catalogs.translations import missing_translations

    report = missing_translations((args.language,) if args.language else UN_LANGUAGES)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2, sort_keys=True))
    else:
        for language, lines in report.items():
            print(tr("{code}: {n} missing", code=language, n=len(lines)))
            for line in lines:
                print(f"  {line}")
    return 1 if any(report.values()) else 0


_HANDLERS = {"demo": _demo, "new": _new, "info": _info, "check": _check, "catalog": _catalog,
             "pack": _pack, "merge": _merge, "report": _report, "review-import": _review_import,
             "translations": _translations, "group-copy": _group_copy, "collect": _collect,
             "worksheets": _worksheets, "baseline": _baseline}


if __name__ == "__main__":
    sys.exit(main())
