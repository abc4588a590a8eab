"""Exchange packages: a workshop's results as one file for the secretariat, written and read.

A package is a zip holding two members: `manifest.json` (who made it, against which catalog,
which workshop and revision, and the SHA-256 of every other member) and `workshop.json` (the
workshop's details, every record table, and the counts of `analysis.summarize`). Participant
names and e-mails are left out unless the facilitator asks for them. `workshop.json` is written
canonically (sorted keys, rows sorted by uuid), so the same revision always packs to the same
bytes and its hash says whether two packages hold the same content.

Reading trusts nothing: the file's size, the zip structure, the member names and sizes (declared
and actual, against zip bombs), the manifest, every hash, and the whole of `workshop.json` are
checked before anything is used. A bad package is refused whole with one sentence that names the
file and the problem.
"""

from __future__ import annotations

import hashlib
import json
import re
import struct
import zipfile
from collections import Counter
from dataclasses import dataclass, fields
from datetime import datetime
from pathlib import Path
from typing import Any

from workshop import __version__
from workshop.catalogs.validation import Checker
from workshop.errors import WorkshopError
from workshop.file.atomic import atomic_output
from workshop.file.model import (
    ASSISTANCE_TYPES,
    PRIORITIES,
    RECORD_BY_TABLE,
    RECORD_TYPES,
    SEXES,
    STATUSES,
    WorkshopDetails,
)
from workshop.file.rules import (
    CATALOG_ID,
    DOCUMENT_ID,
    MAX_COUNT,
    REFERENCES,
    SHA256,
    UNIQUE_TOGETHER,
    UUID,
    check_dates,
    check_value,
    is_encodable,
    is_int,
    shown,
)
from workshop.file.store import WorkshopFile, now_iso
from workshop.languages.i18n import N_, tr

FORMAT_VERSION = 1
MANIFEST = "manifest.json"
CONTENT = "workshop.json"
MEMBERS = (MANIFEST, CONTENT)
# Refused by count before any name is looked at; below it, each name is checked.
MAX_MEMBERS = 16

MAX_PACKAGE_BYTES = 32 * 1024 * 1024
MAX_MANIFEST_BYTES = 64 * 1024
MAX_CONTENT_BYTES = 32 * 1024 * 1024  # a real workshop needs well under 1 MB
MAX_ROWS = 200_000  # in all tables together
MAX_DETAIL_TEXT = 1000

PACKAGE_PROBLEM = N_("The package {name} is refused: {problem}.")

_DETAIL_KEYS = tuple(f.name for f in fields(WorkshopDetails))
_MANIFEST_KEYS = {"format_version", "app_version", "catalog", "workshop_id", "revision",
                  "created_at", "members", "personal_data"}
_CONTENT_KEYS = {"workshop", "records", "figures"}

# The shape of `figures` (summarize()'s counts): plain counts and counts by a closed list.
_FIGURE_COUNTS = ("institutions", "participants", "groups", "commitments_in_scope",
                  "group_assessments", "commitments_with_consensus", "dissents", "gaps",
                  "assistance_needs", "action_items", "coordination_entries",
                  "evaluation_answers")
_FIGURE_BREAKDOWNS: dict[str, tuple[str, ...]] = {
    "participants_by_sex": tuple(SEXES),
    "consensus_status": tuple(STATUSES),
    "gaps_by_priority": tuple(PRIORITIES),
    "assistance_needs_by_type": tuple(ASSISTANCE_TYPES),
    "assistance_needs_by_priority": tuple(PRIORITIES),
}
_CHAPTER_KEYS = tuple(str(n) for n in range(1, 8))
_BY_CHAPTER_KEYS = (*STATUSES, "not_assessed")


@dataclass(frozen=True)
class Manifest:
    """What `manifest.json` says about a package."""

    format_version: int
    app_version: str
    catalog_id: str
    catalog_version: int
    catalog_hash: str
    workshop_id: str
    revision: int
    created_at: str
    members: dict[str, str]
    personal_data: bool


@dataclass(frozen=True)
class Package:
    """A package read and validated whole: everything in it has been checked."""

    path: Path
    manifest: Manifest
    workshop: dict[str, Any]  # the workshop's details, as WorkshopDetails fields
    records: dict[str, list[dict[str, Any]]]  # table -> rows sorted by uuid
    figures: dict[str, Any]  # summarize()'s counts
    package_sha256: str  # of the whole file
    content_sha256: str  # of workshop.json: same content, same hash

    @property
    def name(self) -> str:
        """The file name, as messages show it."""
        return self.path.name

    def commitment_ids(self) -> set[str]:
        """Every commitment id the records name."""
        return {row["commitment_id"] for rows in self.records.values() for row in rows
                if row.get("commitment_id")}


# ----- writing ---------------------------------------------------------------------------------


def _canonical(data: Any) -> bytes:
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"),
                      allow_nan=False).encode("utf-8")


def package_content(store: WorkshopFile, include_personal_data: bool = False) -> dict[str, Any]:
    """The `workshop.json` document of a workshop: details, every record table, the counts.

    Personal columns (`Record.PERSONAL`: participant name and e-mail) are blanked unless
    `include_personal_data`; the counts by institution, sector and sex stay.
    """
    from workshop.analysis import summarize

    if store.origin is not None:  # its revision would pass for the workshop's own, newer
        raise WorkshopError(tr("{name} is a working group's copy: collect it into the "
                               "facilitator's file and write the package from there.",
                               name=store.path.name))
    details = store.details
    records: dict[str, list[dict[str, Any]]] = {}
    for record_type in RECORD_TYPES:
        rows = list(store.query(f"SELECT * FROM {record_type.TABLE} ORDER BY uuid"))
        if not include_personal_data:
            for row in rows:
                for column in record_type.PERSONAL:
                    row[column] = ""
        records[record_type.TABLE] = [{c: row[c] for c in record_type.columns()} for row in rows]
    workshop = {name: getattr(details, name) for name in _DETAIL_KEYS}
    return {"workshop": workshop, "records": records, "figures": summarize(store)["counts"]}


def write_package(store: WorkshopFile, out: Path | str,
                  include_personal_data: bool = False) -> Path:
    """Write the workshop's exchange package to `out` (atomically: all of it or nothing).

    Returns the path written. A partly written package can never be left behind under `out`:
    the zip is made in memory, read back as the secretariat will read it (a package it would
    refuse is never written), and moved into place from a temporary file beside `out`.
    """
    out = Path(out)
    packed = packed_package(store, out, include_personal_data)
    with atomic_output(out) as raw:
        raw.write(packed)
    return out


def packed_package(store: WorkshopFile, out: Path,
                   include_personal_data: bool = False) -> bytes:
    """The package's bytes, already read back with the package reader (`out` names it in a
    refusal): `pack` writes them, `check` makes them to learn whether the file packs."""
    # One read transaction: the records, the figures and the revision are of the same moment,
    # even if another program edits the file meanwhile.
    conn = store.conn
    own = not conn.in_transaction
    if own:
        conn.execute("BEGIN")
    try:
        document = package_content(store, include_personal_data)
    finally:
        if own:
            conn.execute("COMMIT")
    content = _canonical(document)
    details = document["workshop"]
    manifest = {
        "format_version": FORMAT_VERSION,
        "app_version": __version__,
        "catalog": {"id": details["catalog_id"], "version": details["catalog_version"],
                    "hash": details["catalog_hash"]},
        "workshop_id": details["id"],
        "revision": details["revision"],
        "created_at": now_iso(),
        "members": {CONTENT: hashlib.sha256(content).hexdigest()},
        "personal_data": bool(include_personal_data),
    }
    manifest_bytes = json.dumps(manifest, sort_keys=True, ensure_ascii=False,
                                indent=2).encode("utf-8")
    stamp = datetime.fromisoformat(manifest["created_at"]).timetuple()[:6]
    packed = _zipped(((MANIFEST, manifest_bytes), (CONTENT, content)), stamp)
    parse_package(packed, out)
    return packed


def _zipped(members: tuple[tuple[str, bytes], ...], stamp: tuple[int, ...]) -> bytes:
    """The package's zip, in memory (a package is well under its 32 MB limit)."""
    import io

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=stamp)  # type: ignore[arg-type]
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
    return buffer.getvalue()


# ----- reading ---------------------------------------------------------------------------------


def read_package(path: Path | str) -> Package:
    """Read and validate a package whole, or refuse it with one sentence naming the file."""
    path = Path(path)
    check = Checker(PACKAGE_PROBLEM, path.name)
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise check.fail(tr("it is not a file"))
        if size > MAX_PACKAGE_BYTES:
            raise check.fail(tr("it is larger than {limit}", limit=_size_text(MAX_PACKAGE_BYTES)))
        raw = path.read_bytes()
    except FileNotFoundError:
        raise WorkshopError(tr("The file {path} does not exist.", path=path)) from None
    except OSError as error:
        raise WorkshopError(tr("The file {path} cannot be read ({reason}).", path=path,
                               reason=error.strerror or error)) from None
    return parse_package(raw, path)


def parse_package(raw: bytes, path: Path) -> Package:
    """Validate the bytes of a package (`path` names it in messages) and build the Package."""
    check = Checker(PACKAGE_PROBLEM, path.name)
    if len(raw) > MAX_PACKAGE_BYTES:
        raise check.fail(tr("it is larger than {limit}", limit=_size_text(MAX_PACKAGE_BYTES)))
    members = _read_members(raw, check)
    manifest = _parse_manifest(members[MANIFEST], check)
    content_hash = hashlib.sha256(members[CONTENT]).hexdigest()
    if manifest.members[CONTENT] != content_hash:
        raise check.fail(tr("the SHA-256 of {member} does not match its manifest (the file was "
                            "changed or damaged)", member=CONTENT))
    data = _load_json(members[CONTENT], CONTENT, check)
    workshop, records, figures = _validate_content(data, manifest, check)
    return Package(path=path, manifest=manifest, workshop=workshop, records=records,
                   figures=figures, package_sha256=hashlib.sha256(raw).hexdigest(),
                   content_sha256=content_hash)


def _read_members(raw: bytes, check: Checker) -> dict[str, bytes]:
    """The two members' bytes, after checking names and sizes, declared and actual."""
    import io

    if not raw.startswith(b"PK\x03\x04"):
        raise check.fail(tr("it is not an exchange package (not a zip file)"))
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
    except Exception:  # noqa: BLE001 - hostile bytes: any failure of the parser means damage
        raise check.fail(tr("it is not a complete zip file (truncated or damaged)")) from None
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_MEMBERS:
            raise check.fail(tr("it holds {n} members, a package holds {want}",
                                n=len(infos), want=len(MEMBERS)))
        seen: set[str] = set()
        for info in infos:
            name = info.filename
            if name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name) \
                    or ".." in re.split(r"[/\\]", name):
                raise check.fail(tr("the member {member} points outside the archive",
                                    member=shown(name)))
            if info.is_dir() or name.endswith(("/", "\\")):
                raise check.fail(tr("it holds the folder {member}", member=shown(name)))
            if name not in MEMBERS:
                raise check.fail(tr("it holds the unknown member {member}", member=shown(name)))
            if name in seen:
                raise check.fail(tr("it holds {member} twice", member=name))
            seen.add(name)
            if info.flag_bits & 0x1:
                raise check.fail(tr("{member} is encrypted", member=name))
            if (info.external_attr >> 16) & 0o170000 == 0o120000:
                raise check.fail(tr("{member} is a symbolic link", member=name))
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise check.fail(tr("{member} uses an unsupported compression", member=name))
            if info.file_size > _limit(name):
                raise check.fail(tr("{member} would unpack to more than {limit}",
                                    member=name, limit=_size_text(_limit(name))))
        missing = [m for m in MEMBERS if m not in seen]
        if missing:
            raise check.fail(tr("{member} is missing", member=missing[0]))
        if not _members_fill_archive(raw, infos, archive.start_dir):
            raise check.fail(tr("it holds data outside its members (before, between or after "
                                "them)"))
        out: dict[str, bytes] = {}
        for name in MEMBERS:
            out[name] = _read_bounded(archive, name, _limit(name), check)
    return out


def _members_fill_archive(raw: bytes, infos: list[zipfile.ZipInfo], start_dir: int) -> bool:
    """The members follow each other from the first byte, the central directory follows them,
    and its end record, without a comment, ends the file: no bytes that no member accounts for
    (another file prepended or appended, or hidden between members)."""
    end = 0
    for info in sorted(infos, key=lambda i: i.header_offset):
        if info.header_offset != end or raw[end:end + 4] != b"PK\x03\x04":
            return False
        name_length, extra_length = struct.unpack_from("<HH", raw, end + 26)
        end += 30 + name_length + extra_length + info.compress_size
        if info.flag_bits & 0x08:  # a data descriptor follows, with or without its signature
            end += 16 if raw[end:end + 4] == b"PK\x07\x08" else 12
    if start_dir != end:
        return False
    record = raw.rfind(b"PK\x05\x06")
    if record < 0 or record + 22 != len(raw):
        return False
    directory_size, directory_offset = struct.unpack_from("<II", raw, record + 12)
    return directory_offset == start_dir and start_dir + directory_size == record


def _limit(name: str) -> int:
    return MAX_MANIFEST_BYTES if name == MANIFEST else MAX_CONTENT_BYTES


def _size_text(size: int) -> str:
    return f"{size >> 20} MB" if size >= 1 << 20 else f"{size >> 10} KB"


def _read_bounded(archive: zipfile.ZipFile, name: str, limit: int, check: Checker) -> bytes:
    """A member's bytes, refusing it as soon as it unpacks past `limit` (whatever it declared)."""
    chunks: list[bytes] = []
    total = 0
    try:
        with archive.open(name) as member:
            while True:
                chunk = member.read(1 << 16)
                if not chunk:
                    break
                total += len(chunk)
                if total > limit:
                    raise check.fail(tr("{member} unpacks to more than {limit}",
                                        member=name, limit=_size_text(limit)))
                chunks.append(chunk)
    except WorkshopError:
        raise
    except Exception:  # noqa: BLE001 - hostile bytes: any failure of the parser means damage
        raise check.fail(tr("{member} is damaged and cannot be unpacked", member=name)) \
            from None
    return b"".join(chunks)


class _TwiceNamed(ValueError):
    """A JSON object names one key twice: parsers disagree on which value wins."""


class _NotText(ValueError):
    """A JSON string holds a lone surrogate, which no UTF-8 writer can write."""


def _load_json(data: bytes, member: str, check: Checker) -> Any:
    """The member's JSON, refused whole when it is not strict UTF-8 JSON that every parser
    reads the same way: no NaN or Infinity, no key twice in an object, no lone surrogate."""
    def refuse_constant(name: str) -> Any:
        raise ValueError(name)

    def one_value_per_key(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        found: dict[str, Any] = {}
        for key, value in pairs:
            if key in found:
                raise _TwiceNamed(key)
            if not is_encodable(key) or (isinstance(value, str) and not is_encodable(value)):
                raise _NotText(key)
            if isinstance(value, list):
                _refuse_lone_surrogates(value)
            found[key] = value
        return found

    try:
        loaded = json.loads(data.decode("utf-8"), parse_constant=refuse_constant,
                            object_pairs_hook=one_value_per_key)
        _refuse_lone_surrogates(loaded)
        return loaded
    except UnicodeDecodeError:
        raise check.fail(tr("{member} is not UTF-8 text", member=member)) from None
    except _TwiceNamed as twice:
        raise check.fail(tr("{member} names the key {key} twice in one object", member=member,
                            key=shown(twice.args[0]))) from None
    except _NotText:
        raise check.fail(tr("{member} holds a character that is not text (a lone surrogate)",
                            member=member)) from None
    except (ValueError, RecursionError):
        raise check.fail(tr("{member} is not valid JSON", member=member)) from None


def _refuse_lone_surrogates(value: Any) -> None:
    """Strings in lists that UTF-8 cannot hold (objects check their own values as they are
    parsed, lists within lists are walked here)."""
    if isinstance(value, list):
        for item in value:
            if isinstance(item, str):
                if not is_encodable(item):
                    raise _NotText("")
            elif isinstance(item, list):
                _refuse_lone_surrogates(item)


def _parse_manifest(data: bytes, check: Checker) -> Manifest:
    raw = _load_json(data, MANIFEST, check)
    where = MANIFEST
    raw = check.mapping(raw, where)
    version = raw.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise check.fail(tr("its format version is not a whole number from 1"))
    if version > FORMAT_VERSION:
        raise check.fail(tr("it was made in format version {found} by a newer version of the "
                            "app (this one reads up to {want}); update the app",
                            found=version, want=FORMAT_VERSION))
    _known_keys(raw, _MANIFEST_KEYS, where, check)
    catalog = check.mapping(raw.get("catalog"), tr("the catalog of {where}", where=where))
    _known_keys(catalog, {"id", "version", "hash"}, tr("the catalog of {where}", where=where),
                check)
    members = check.mapping(raw.get("members"), tr("the members of {where}", where=where))
    if set(members) != {CONTENT}:
        raise check.fail(tr("{where} must list the hash of {member} and nothing else",
                            where=where, member=CONTENT))
    digest = members[CONTENT]
    if not isinstance(digest, str) or not SHA256.fullmatch(digest):
        raise check.fail(tr("{where} gives no valid SHA-256 for {member}", where=where,
                            member=CONTENT))
    personal = raw.get("personal_data")
    if not isinstance(personal, bool):
        raise check.fail(tr("{where} must say whether it holds personal data (true or false)",
                            where=where))
    return Manifest(
        format_version=version,
        app_version=_short_text(raw.get("app_version"), "app_version", 40, check),
        catalog_id=_catalog_id(catalog.get("id"), check),
        catalog_version=_whole(catalog.get("version"), "catalog version", 1, 10**6, check),
        catalog_hash=_sha(catalog.get("hash"), "catalog hash", check),
        workshop_id=_uuid(raw.get("workshop_id"), "workshop_id", check),
        revision=_whole(raw.get("revision"), "revision", 0, 2**53, check),
        created_at=_timestamp(raw.get("created_at"), "created_at", check),
        members={CONTENT: digest},
        personal_data=personal,
    )


def _validate_content(data: Any, manifest: Manifest, check: Checker) -> tuple[
        dict[str, Any], dict[str, list[dict[str, Any]]], dict[str, Any]]:
    data = check.mapping(data, CONTENT)
    _known_keys(data, _CONTENT_KEYS, CONTENT, check, required=True)
    workshop = _validate_details(data["workshop"], check)
    expected = {"id": manifest.workshop_id, "revision": manifest.revision,
                "catalog_id": manifest.catalog_id, "catalog_version": manifest.catalog_version,
                "catalog_hash": manifest.catalog_hash}
    for key, value in expected.items():
        if workshop[key] != value:
            raise check.fail(tr("the manifest and {member} disagree on the workshop's {field}",
                                member=CONTENT, field=key))
    records = _validate_records(data["records"], manifest, check)
    figures = _validate_figures(data["figures"], records, check)
    return workshop, records, figures


def _validate_details(raw: Any, check: Checker) -> dict[str, Any]:
    from workshop.languages.locale_data import is_country_code, is_iso_date, is_language_code

    where = tr("the workshop's details")
    raw = check.mapping(raw, where)
    _known_keys(raw, set(_DETAIL_KEYS), where, check, required=True)
    out: dict[str, Any] = {}
    out["id"] = _uuid(raw["id"], "id", check)
    country = raw["country"]
    if not isinstance(country, str) or not is_country_code(country):
        raise check.fail(tr("the workshop's country is not a country code"))
    out["country"] = country
    out["title"] = _short_text(raw["title"], "title", MAX_DETAIL_TEXT, check)
    for key in ("start_date", "end_date"):
        value = raw[key]
        if not isinstance(value, str) or (value and not is_iso_date(value)):
            raise check.fail(tr("the workshop's {field} is not a date of the form YYYY-MM-DD",
                                field=key))
        out[key] = value
    check_dates(out["start_date"], out["end_date"], check)
    out["venue"] = _short_text(raw["venue"], "venue", MAX_DETAIL_TEXT, check, required=False)
    language = raw["language"]
    if not isinstance(language, str) or len(language) > 20 or not is_language_code(language):
        raise check.fail(tr("the workshop's language is not a language code"))
    out["language"] = language
    documents = raw["documents"]
    if not isinstance(documents, list) or len(documents) > 20 or any(
            not isinstance(d, str) or not DOCUMENT_ID.fullmatch(d) for d in documents):
        raise check.fail(tr("the workshop's documents are not a list of document ids"))
    out["documents"] = documents
    chapters = raw["chapters"]
    if not isinstance(chapters, list) or len(chapters) > 7 or any(
            not is_int(c) or c not in range(1, 8) for c in chapters):
        raise check.fail(tr("the workshop's chapters are not a list of numbers from 1 to 7"))
    out["chapters"] = chapters
    out["catalog_id"] = _catalog_id(raw["catalog_id"], check)
    out["catalog_version"] = _whole(raw["catalog_version"], "catalog_version", 1, 10**6, check)
    out["catalog_hash"] = _sha(raw["catalog_hash"], "catalog_hash", check)
    out["revision"] = _whole(raw["revision"], "revision", 0, 2**53, check)
    out["created_at"] = _timestamp(raw["created_at"], "created_at", check)
    out["updated_at"] = _timestamp(raw["updated_at"], "updated_at", check)
    return out


def _validate_records(raw: Any, manifest: Manifest,
                      check: Checker) -> dict[str, list[dict[str, Any]]]:
    raw = check.mapping(raw, tr("the records"))
    _known_keys(raw, set(RECORD_BY_TABLE), tr("the records"), check, required=True)
    total = 0
    records: dict[str, list[dict[str, Any]]] = {}
    for table, record_type in RECORD_BY_TABLE.items():
        rows = raw[table]
        if not isinstance(rows, list):
            raise check.fail(tr("the table {table} is not a list of rows", table=table))
        total += len(rows)
        if total > MAX_ROWS:
            raise check.fail(tr("it holds more than {limit} records", limit=MAX_ROWS))
        hints = {f.name: str(f.type) for f in fields(record_type)}
        columns = set(hints)
        checked = []
        for i, row in enumerate(rows):
            where = tr("row {n} of {table}", n=i + 1, table=table)
            row = check.mapping(row, where)
            _known_keys(row, columns, where, check, required=True)
            for column, hint in hints.items():
                check_value(table, column, hint, row[column], where, record_type.CHOICES,
                             check)
            for column in record_type.REQUIRED_TEXT:
                if not row[column].strip():
                    raise check.fail(tr("{where} has an empty {field}", where=where,
                                        field=column))
            if not manifest.personal_data and any(row[c] for c in record_type.PERSONAL):
                raise check.fail(tr("{where} holds personal data although the manifest says "
                                    "it holds none", where=where))
            checked.append(row)
        uuids = [row["uuid"] for row in checked]
        if len(set(uuids)) != len(uuids):
            raise check.fail(tr("the table {table} repeats a uuid", table=table))
        if uuids != sorted(uuids):
            checked.sort(key=lambda r: r["uuid"])
        together = UNIQUE_TOGETHER.get(table)
        if together:
            keys = [tuple(r[c] for c in together) for r in checked]
            if len(set(keys)) != len(keys):
                raise check.fail(tr("the table {table} repeats a {columns}", table=table,
                                    columns=" + ".join(together)))
        records[table] = checked
    for row in records["group_assignment"]:
        if (row["chapter"] is None) == (row["commitment_id"] is None):
            raise check.fail(tr("a group assignment must name a chapter or a commitment, not "
                                "both"))
    known = {table: {r["uuid"] for r in rows} for table, rows in records.items()}
    for table, rows in records.items():
        for row in rows:
            for column, target in REFERENCES.items():
                value = row.get(column)
                if value is not None and value not in known[target]:
                    raise check.fail(tr("a row of {table} points to a missing {target}",
                                        table=table, target=target))
    return records


def _validate_figures(raw: Any, records: dict[str, list[dict[str, Any]]],
                      check: Checker) -> dict[str, Any]:
    """The counts, shaped as summarize() makes them and agreeing with the records they count."""
    where = tr("the figures object")
    raw = check.mapping(raw, where)
    keys = {*_FIGURE_COUNTS, *_FIGURE_BREAKDOWNS, "consensus_by_chapter"}
    _known_keys(raw, keys, where, check, required=True)

    def count(value: Any, name: str) -> int:
        if not is_int(value) or not 0 <= value <= MAX_COUNT:
            raise check.fail(tr("the figure {name} is not a count", name=name))
        return value

    def breakdown(value: Any, name: str, names: tuple[str, ...]) -> dict[str, int]:
        value = check.mapping(value, tr("the figure {name}", name=name))
        _known_keys(value, set(names), tr("the figure {name}", name=name), check, required=True)
        return {k: count(value[k], f"{name}.{k}") for k in names}

    figures: dict[str, Any] = {name: count(raw[name], name) for name in _FIGURE_COUNTS}
    for name, names in _FIGURE_BREAKDOWNS.items():
        figures[name] = breakdown(raw[name], name, names)
    by_chapter = check.mapping(raw["consensus_by_chapter"], tr("the figure {name}",
                                                                name="consensus_by_chapter"))
    _known_keys(by_chapter, set(_CHAPTER_KEYS), "consensus_by_chapter", check, required=True)
    figures["consensus_by_chapter"] = {
        k: breakdown(by_chapter[k], f"consensus_by_chapter.{k}", _BY_CHAPTER_KEYS)
        for k in _CHAPTER_KEYS}

    # The figures that need no catalog must be what the records say.
    def counter(table: str, column: str, names: tuple[str, ...]) -> dict[str, int]:
        found = Counter(r[column] for r in records[table])
        return {k: found.get(k, 0) for k in names}

    recomputed = {
        "institutions": len(records["institution"]),
        "participants": len(records["participant"]),
        "participants_by_sex": counter("participant", "sex", tuple(SEXES)),
        "groups": len(records["working_group"]),
        "gaps": len(records["gap"]),
        "gaps_by_priority": counter("gap", "priority", tuple(PRIORITIES)),
        "assistance_needs": len(records["assistance_need"]),
        "assistance_needs_by_type": counter("assistance_need", "assistance_type",
                                            tuple(ASSISTANCE_TYPES)),
        "assistance_needs_by_priority": counter("assistance_need", "priority",
                                                tuple(PRIORITIES)),
        "action_items": len(records["action_item"]),
        "coordination_entries": len(records["coordination"]),
        "evaluation_answers": len(records["evaluation_answer"]),
    }
    for name, value in recomputed.items():
        if figures[name] != value:
            raise check.fail(tr("the figure {name} does not agree with the records", name=name))
    if sum(figures["consensus_status"].values()) != figures["commitments_with_consensus"] \
            or figures["commitments_with_consensus"] > len(records["consensus"]) \
            or figures["dissents"] > figures["commitments_with_consensus"] \
            or figures["commitments_with_consensus"] > figures["commitments_in_scope"] \
            or figures["group_assessments"] > len(records["assessment"]):
        raise check.fail(tr("the consensus figures do not agree with the records"))
    # The figures by chapter are the same commitments again: they must add up to the totals.
    chapters = figures["consensus_by_chapter"].values()
    by_status = {code: sum(c[code] for c in chapters) for code in _BY_CHAPTER_KEYS}
    if any(by_status[code] != figures["consensus_status"][code] for code in STATUSES) \
            or by_status["not_assessed"] != figures["commitments_in_scope"] \
            - figures["commitments_with_consensus"]:
        raise check.fail(tr("the figures by chapter do not add up to the totals"))
    return figures


# ----- small checks ----------------------------------------------------------------------------


def _known_keys(raw: dict[str, Any], known: set[str], where: str, check: Checker,
                required: bool = True) -> None:
    unknown = sorted(shown(k) for k in raw if k not in known)
    if unknown:
        raise check.fail(tr("{where} has the unknown field {field}", where=where,
                            field=unknown[0]))
    if required:
        missing = sorted(known - set(raw))
        if missing:
            raise check.fail(tr("{where} lacks the field {field}", where=where,
                                field=missing[0]))


def _whole(value: Any, name: str, low: int, high: int, check: Checker) -> int:
    if not is_int(value) or not low <= value <= high:
        raise check.fail(tr("its {field} is not a whole number from {low}", field=name,
                            low=low))
    return value


def _short_text(value: Any, name: str, limit: int, check: Checker,
                required: bool = True) -> str:
    if not isinstance(value, str):
        raise check.fail(tr("its {field} is not text", field=name))
    if len(value) > limit:
        raise check.fail(tr("its {field} is longer than {limit} characters", field=name,
                            limit=limit))
    if required and not value.strip():
        raise check.fail(tr("its {field} is empty", field=name))
    return value


def _uuid(value: Any, name: str, check: Checker) -> str:
    if not isinstance(value, str) or not UUID.fullmatch(value):
        raise check.fail(tr("its {field} is not a UUID", field=name))
    return value


def _sha(value: Any, name: str, check: Checker) -> str:
    if not isinstance(value, str) or not SHA256.fullmatch(value):
        raise check.fail(tr("its {field} is not a SHA-256", field=name))
    return value


def _catalog_id(value: Any, check: Checker) -> str:
    if not isinstance(value, str) or not CATALOG_ID.fullmatch(value):
        raise check.fail(tr("its catalog id is not a catalog id"))
    return value


def _timestamp(value: Any, name: str, check: Checker) -> str:
    if not isinstance(value, str) or len(value) > 40:
        raise check.fail(tr("its {field} is not a time", field=name))
    try:
        datetime.fromisoformat(value)
    except ValueError:
        raise check.fail(tr("its {field} is not a time", field=name)) from None
    return value


def zero_figures() -> dict[str, Any]:
    """Figures shaped like a package's, every count zero: the start of a sum over workshops."""
    figures: dict[str, Any] = {name: 0 for name in _FIGURE_COUNTS}
    for name, names in _FIGURE_BREAKDOWNS.items():
        figures[name] = dict.fromkeys(names, 0)
    figures["consensus_by_chapter"] = {k: dict.fromkeys(_BY_CHAPTER_KEYS, 0)
                                       for k in _CHAPTER_KEYS}
    return figures
