"""Write the corpus of hostile input files that tests/core/test_hostile_inputs.py feeds the app.

Every input surface of the app gets files that are truncated, bit-flipped, zip bombs, path
traversal, of a wrong or newer version, with huge strings, control characters, right-to-left and
emoji text, SQL metacharacters and formula text. Each case is listed in `manifest.json` with its
surface, whether the app must refuse it (and a phrase of the one sentence it must say) or accept
it, and why. Files are built from the app's own outputs (the bundled catalog and exercises, a
workshop file made by the app, its exchange package, its catalog workbook), then spoiled, so
they stay close enough to real files to reach deep into the readers.

    python tests/data/hostile/make_corpus.py [OUT]     # default: beside this script

Reviewed workbooks depend on the demo workshop they were exported from, so `review_cases` is
called by the test itself on a fresh export; the other surfaces are written here and committed.
Run again after a format changes; the output is the same for the same code (fixed ids, dates and
zip timestamps).
"""

from __future__ import annotations

import io
import json
import os
import shutil
import sqlite3
import sys
import tempfile
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
ZIP_TIME = (2026, 1, 1, 0, 0, 0)
WORKSHOP_ID = "0b7e3a52-5c1e-4c8e-9a57-3f1d2e4c5b6a"

# Text that has broken other programs: every one must come back byte for byte where accepted.
SQL_TEXT = "Robert'); DROP TABLE institution;-- \" OR 1=1 /* %_ \\"
RTL_EMOJI_TEXT = "وزارة الصحة \u202eevil.exe\u202c 🇰🇪👩🏽‍⚕️ שלום 中文"
FORMULA_TEXT = '=HYPERLINK("http://example.org/x","click")'
CONTROL_TEXT = "tab\there\x07bell\x1bescape\x7fdel"
HUGE = 1_000_000  # characters: far beyond any field's limit

Case = dict[str, Any]


def _zip(members: list[tuple[str, bytes]], symlink: str = "") -> bytes:
    """A zip of the members; the one named `symlink` flagged as a symbolic link."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members:
            info = zipfile.ZipInfo(name, ZIP_TIME)
            if name == symlink:
                info.external_attr = 0o120777 << 16
            archive.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def _members(raw: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        return [(info.filename, archive.read(info)) for info in archive.infolist()]


def _normalized(raw: bytes) -> bytes:
    """The same zip with fixed timestamps (openpyxl stamps the time of writing, in the zip and
    in the document's properties)."""
    import re

    def fixed(name: str, data: bytes) -> bytes:
        if name == "docProps/core.xml":
            data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2026-01-01T00:00:00Z", data)
        return data

    return _zip([(name, fixed(name, data)) for name, data in _members(raw)])


def _flip(raw: bytes, positions: list[int], mask: int = 0x01) -> bytes:
    data = bytearray(raw)
    for position in positions:
        data[position % len(data)] ^= mask
    return bytes(data)


def _replace_member(raw: bytes, name: str, data: bytes) -> bytes:
    return _zip([(n, data if n == name else d) for n, d in _members(raw)])


def _bomb_member() -> bytes:
    return b"\x00" * (60 * 1024 * 1024)  # 60 MB that deflate to about 60 KB


# ----- catalogs (JSON) ----------------------------------------------------------------------

def catalog_cases() -> dict[str, tuple[bytes, Case]]:
    """Hostile catalog files, built from the bundled catalog."""
    base_text = (ROOT / "resources" / "catalogs" / "single-track-v1.json").read_text("utf-8")
    base = json.loads(base_text)

    def changed(change: Callable[[dict[str, Any]], None]) -> bytes:
        data = json.loads(base_text)
        change(data)
        return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")

    def title(text: str) -> Callable[[dict[str, Any]], None]:
        def change(data: dict[str, Any]) -> None:
            data["commitments"][0]["title"] = text
        return change

    raw = base_text.encode("utf-8")
    first_colon = raw.index(b":")
    return {
        "truncated.json": (raw[: len(raw) // 2], _refused("not valid JSON")),
        "bit-flipped.json": (_flip(raw, [first_colon]), _refused("not valid JSON")),
        "empty.json": (b"", _refused("not valid JSON")),
        "not-utf8.json": (base_text.replace("Primary", "Prim\u00e4ry").encode("latin-1",
                                                                              "replace"),
                          _refused("not UTF-8")),
        "nested-deep.json": (b"[" * 100_000 + b"]" * 100_000, _refused("nested too deeply")),
        "wrong-version.json": (changed(lambda d: d.update(format=99)), _refused("format")),
        "nan-version.json": (raw.replace(b'"version": 1', b'"version": NaN', 1),
                             _refused("version")),
        "duplicate-ids.json": (changed(lambda d: d["commitments"].append(
            dict(d["commitments"][0]))), _refused(base["commitments"][0]["id"])),
        "huge-string.json": (changed(title("x" * HUGE)), _refused("title")),
        "control-chars.json": (changed(title(CONTROL_TEXT)), _accepted(
            "title of the first commitment", CONTROL_TEXT)),
        "rtl-emoji.json": (changed(title(RTL_EMOJI_TEXT)), _accepted(
            "title of the first commitment", RTL_EMOJI_TEXT)),
        "sql-meta.json": (changed(title(SQL_TEXT)), _accepted(
            "title of the first commitment", SQL_TEXT)),
        "formula.json": (changed(title(FORMULA_TEXT)), _accepted(
            "title of the first commitment", FORMULA_TEXT)),
    }


# ----- exercise definitions (TOML) -----------------------------------------------------------

def exercise_cases() -> dict[str, tuple[bytes, Case]]:
    """Hostile exercise definitions, built from the bundled national assessment."""
    source = (ROOT / "exercises" / "national-assessment.toml").read_text("utf-8")
    id_line = 'id = "national-assessment"'
    title_line = 'title = "National action assessment"'
    assert id_line in source and title_line in source

    def named(stem: str, text: str) -> str:  # an exercise's id is its file's name
        return text.replace(id_line, f'id = "{stem}"', 1)

    def title(stem: str, value: str) -> bytes:
        return named(stem, source).replace(
            title_line, "title = " + json.dumps(value, ensure_ascii=False), 1).encode("utf-8")

    def raw_of(stem: str) -> bytes:
        return named(stem, source).encode("utf-8")

    raw = raw_of("bit-flipped")
    return {
        "truncated.toml": (raw_of("truncated")[: len(raw) // 3], _refused("not valid TOML")),
        "bit-flipped.toml": (_flip(raw, [raw.index(b"=")], 0x02), _refused("not valid TOML")),
        "empty.toml": (b"", _refused("exercise definition")),
        "not-utf8.toml": (b"title = \"\xff\xfe\"\n" + raw_of("not-utf8"), _refused("not UTF-8")),
        "nested-deep.toml": (b"x = " + b"[" * 100_000, _refused("nested too deeply")),
        "wrong-version.toml": (raw_of("wrong-version").replace(b"format = 1", b"format = 7", 1),
                               _refused("format")),
        "unknown-kind.toml": (raw_of("unknown-kind").replace(b'kind = "assessment"',
                                                             b'kind = "shell"', 1),
                              _refused("shell")),
        "huge-string.toml": (title("huge-string", "x" * (HUGE + 100_000)),
                             _refused("larger than 1 MB")),
        "long-title.toml": (title("long-title", "x" * 5000), _refused("title")),
        "control-chars.toml": (title("control-chars", CONTROL_TEXT), _refused("control")),
        "rtl-emoji.toml": (title("rtl-emoji", RTL_EMOJI_TEXT), _accepted("title", RTL_EMOJI_TEXT)),
        "sql-meta.toml": (title("sql-meta", SQL_TEXT), _accepted("title", SQL_TEXT)),
        "formula.toml": (title("formula", FORMULA_TEXT), _accepted("title", FORMULA_TEXT)),
    }


# ----- workshop files (SQLite) ---------------------------------------------------------------

def _fresh_workshop(folder: Path) -> Path:
    from workshop.catalogs.catalog import load_catalog
    from workshop.file.store import WorkshopFile

    catalog = load_catalog(ROOT / "resources" / "catalogs" / "single-track-v1.json")
    path = folder / "base.workshop"
    WorkshopFile.create(path, catalog, country="KE", title="Hostile corpus",
                        start_date="2026-01-12", end_date="2026-01-14", documents=["2016"],
                        workshop_id=WORKSHOP_ID).close()
    _sql(path, "UPDATE workshop SET created_at = '2026-01-01T00:00:00+00:00', "
               "updated_at = '2026-01-01T00:00:00+00:00'")
    return path


def _sql(path: Path, *statements: str, params: list[Any] | None = None) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        for statement in statements:
            conn.execute(statement, params or [])
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode = DELETE")
    finally:
        conn.close()


def _hostile_text_workshop(path: Path) -> None:
    for n, text in enumerate((SQL_TEXT, RTL_EMOJI_TEXT, FORMULA_TEXT, CONTROL_TEXT)):
        _sql(path, "INSERT INTO institution (uuid, name, sector, acronym) VALUES "
                   "(?, ?, 'health', '')", params=[f"00000000-0000-4000-8000-00000000000{n}",
                                                    text])


_INSTITUTION = "INSERT INTO institution (uuid, name, sector, acronym) VALUES "
_GOOD_UUID = "11111111-2222-4333-8444-555555555555"


def _stored_value_cases(variant: Callable[..., bytes]) -> dict[str, tuple[bytes, Case]]:
    """One workshop file per class of stored value the app never writes."""
    def institution(values: str) -> str:
        return _INSTITUTION + values

    cases = {
        "text-not-utf8.workshop": (f"('{_GOOD_UUID}', CAST(X'C328FF' AS TEXT), 'health', '')",
                                   "not UTF-8"),
        "blob-as-text.workshop": (f"('{_GOOD_UUID}', X'00FF10', 'health', '')", "must be text"),
        "uuid-with-newline.workshop": (f"('{_GOOD_UUID}' || char(10), 'Customs', 'customs', '')",
                                       "not a UUID"),
    }
    out = {name: (variant(name, institution(values)), _refused(phrase))
           for name, (values, phrase) in cases.items()}
    group = ("INSERT INTO working_group (uuid, name, position) VALUES "
             f"('{_GOOD_UUID}', 'Group A', {{}})")
    out["fractional-number.workshop"] = (variant("fraction.workshop", group.format("1.5")),
                                         _refused("whole number"))
    out["text-as-number.workshop"] = (variant("textnumber.workshop", group.format("'many'")),
                                      _refused("whole number"))
    out["number-past-limit.workshop"] = (variant("limit.workshop", group.format("99999999999")),
                                         _refused("whole number"))
    out["dangling-reference.workshop"] = (variant(
        "dangling.workshop", "PRAGMA foreign_keys = OFF",
        "INSERT INTO participant (uuid, institution_uuid, role, sex, name, email) VALUES "
        f"('{_GOOD_UUID}', '00000000-0000-4000-8000-0000000000ff', 'delegate', 'female', '', "
        "'')"), _refused("points to a missing institution"))
    return out


def workshop_cases(folder: Path) -> dict[str, tuple[bytes, Case]]:
    """Hostile workshop files, built from a fresh file made by the app."""
    base = _fresh_workshop(folder)
    raw = base.read_bytes()
    page = int.from_bytes(raw[16:18], "big")
    pages = len(raw) // page

    def variant(name: str, *statements: str) -> bytes:
        path = folder / name
        shutil.copyfile(base, path)
        _sql(path, *statements)
        return path.read_bytes()

    text_path = folder / "text.workshop"
    shutil.copyfile(base, text_path)
    _hostile_text_workshop(text_path)
    # b-tree page headers: the first byte of every page after the first says its kind
    flipped = _flip(raw, [n * page for n in range(1, pages)], 0x40)
    return {
        "empty.workshop": (b"", _refused("not a workshop file")),
        "text.workshop": (b"Minutes of the meeting\n" * 50, _refused("not a workshop file")),
        "zeroed-header.workshop": (b"\x00" * 100 + raw[100:], _refused("not a workshop file")),
        "truncated.workshop": (raw[: page * 3], _refused("damaged")),
        "bit-flipped.workshop": (flipped, _refused("damaged")),
        "newer-version.workshop": (variant("newer.workshop", "PRAGMA user_version = 99"),
                                   _refused("schema 99; this version reads up to")),
        "foreign-app.workshop": (variant("foreign.workshop", "PRAGMA application_id = 1234"),
                                 _refused("another program")),
        "consolidated.workshop": (variant("cons.workshop",
                                          "PRAGMA application_id = 1465075779"),
                                  _refused("consolidated file")),
        "trigger.workshop": (variant("trigger.workshop",
                                     "CREATE TRIGGER wipe AFTER INSERT ON institution "
                                     "BEGIN DELETE FROM audit_log; END"),
                             _refused("refused as unsafe")),
        "view.workshop": (variant("view.workshop",
                                  "CREATE VIEW everything AS SELECT * FROM institution"),
                          _refused("refused as unsafe")),
        "nested-scope.workshop": (variant("nested.workshop",
                                          "UPDATE workshop SET documents = '"
                                          + "[" * 50_000 + "'"), _refused("damaged")),
        "wrong-scope.workshop": (variant("scope.workshop",
                                         "UPDATE workshop SET chapters = '[99]'"),
                                 _refused("damaged")),
        "bad-country.workshop": (variant("country.workshop",
                                         "UPDATE workshop SET country = ''';--'"),
                                 _refused("damaged")),
        "catalog-hash.workshop": (variant("hash.workshop",
                                          "UPDATE workshop SET catalog_hash = 'deadbeef'"),
                                  _refused("damaged")),
        "no-workshop-row.workshop": (variant("norow.workshop", "DELETE FROM workshop"),
                                     _refused("damaged")),
        "out-of-list.workshop": (variant("list.workshop", "INSERT INTO institution (uuid, name, "
                                         "sector, acronym) VALUES ('u', 'Ministry', "
                                         "'banana''); --', '')"),
                                 _refused("which the app never writes")),
        # values SQLite keeps but the app never writes (each once broke info, pack or report)
        **_stored_value_cases(variant),
        "hostile-text.workshop": (text_path.read_bytes(), _accepted(
            "institution names", [SQL_TEXT, RTL_EMOJI_TEXT, FORMULA_TEXT, CONTROL_TEXT])),
    }


# ----- file safety: what the app never writes, journals that are not a file's own --------------

# A case's data is the file's bytes, or {suffix: bytes} for the file ("") and its companions
# ("-wal", "-journal") written beside it (listed in the manifest as "companions"). Journals carry
# SQLite's random salts and nonces: their bytes differ from one run of this script to the next.
Data = bytes | dict[str, bytes]


def crashed_with_wal(source: Path, target: Path, names: list[str]) -> Path:
    """`target`: the workshop file `source` as a killed editor leaves it, the edits adding the
    institutions `names` committed and still in its `-wal` (copied while the editor had the
    file open)."""
    from workshop.file.model import Institution, new_uuid
    from workshop.file.store import WorkshopFile

    with WorkshopFile.open(source) as store:
        for name in names:
            store.add(Institution(uuid=new_uuid(), name=name, sector="justice"))
        shutil.copyfile(source, target)
        shutil.copyfile(f"{source}-wal", f"{target}-wal")
    return target


def crashed_with_journal(source: Path, target: Path) -> Path:
    """`target`: the consolidated file `source` as a merge killed halfway leaves it, its hot
    rollback journal beside it (pages of the half-done transaction already in the file, so
    that the file alone is not consistent)."""
    from workshop.exchange.consolidated import STAMP_WRITE

    work = source.with_name(f"work-{source.name}")
    shutil.copyfile(source, work)
    conn = sqlite3.connect(work, isolation_level=None)
    try:
        conn.execute("PRAGMA cache_size = 2")  # the changed pages spill into the file
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(STAMP_WRITE)
        for table in ("assessment", "gap", "consensus", "institution", "participant"):
            conn.execute(f"DELETE FROM {table}")
        conn.execute("DELETE FROM workshop WHERE rowid % 2 = 0")
        shutil.copyfile(work, target)
        shutil.copyfile(f"{work}-journal", f"{target}-journal")
        conn.execute("ROLLBACK")
    finally:
        conn.close()
    work.unlink()
    return target


def _with_companions(path: Path, *suffixes: str) -> dict[str, bytes]:
    return {suffix: Path(f"{path}{suffix}").read_bytes() for suffix in ("", *suffixes)}


def _scribbled_index(path: Path, index: str) -> bytes:
    """The file's bytes with the second half of an index's root page overwritten."""
    _sql(path)  # in rollback-journal mode, as the other files of the corpus
    conn = sqlite3.connect(path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", [index]).fetchone()
    page = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    start = (root[0] - 1) * page + page // 2
    data[start: start + page // 2] = b"\xff" * (page // 2)
    return bytes(data)


def workshop_file_safety_cases(folder: Path) -> dict[str, tuple[Data, Case]]:
    """Workshop files holding what the app never writes, or beside a journal that is not
    theirs, and one after a crash (its committed edits still in its `-wal`) that must open."""
    base = _fresh_workshop(folder)
    other_id = "5d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d"

    def variant(name: str, statement: str) -> bytes:
        path = folder / name
        shutil.copyfile(base, path)
        _sql(path, statement)
        return path.read_bytes()

    (folder / "other").mkdir()
    other = folder / "other" / "base.workshop"
    shutil.copyfile(base, other)
    _sql(other, "UPDATE workshop SET id = ?", params=[other_id])
    foreign = crashed_with_wal(other, folder / "other" / "crashed.workshop", ["Not this one"])
    shutil.copyfile(base, folder / "foreign.workshop")
    shutil.copyfile(f"{foreign}-wal", folder / "foreign.workshop-wal")
    own = crashed_with_wal(base, folder / "own.workshop", ["Typed before the crash"])
    return {
        "extra-table.workshop": (variant("table.workshop", "CREATE TABLE notes (text TEXT)"),
                                 _refused("refused as unsafe")),
        "extra-index.workshop": (variant("index.workshop", "CREATE INDEX institution_name ON "
                                                           "institution(name)"),
                                 _refused("refused as unsafe")),
        "extra-column.workshop": (variant("column.workshop", "ALTER TABLE institution ADD "
                                                             "COLUMN extra TEXT"),
                                  _refused("refused as unsafe")),
        "generated-column.workshop": (variant("generated.workshop", "ALTER TABLE institution "
                                              "ADD COLUMN loud TEXT GENERATED ALWAYS AS "
                                              "(upper(name)) VIRTUAL"),
                                      _refused("refused as unsafe")),
        "virtual-table.workshop": (variant("virtual.workshop", "CREATE VIRTUAL TABLE search "
                                                               "USING fts5(text)"),
                                   _refused("refused as unsafe")),
        "scribbled-index.workshop": (_scribbled_index(base, "audit_log_record"),
                                     _refused("damaged")),
        "foreign-wal.workshop": (_with_companions(folder / "foreign.workshop", "-wal"),
                                 _refused("does not belong")),
        "own-wal.workshop": (_with_companions(own, "-wal"),
                             _accepted("institution names", "Typed before the crash")),
    }


def _consolidated_file(folder: Path, name: str, identity: str) -> Path:
    """A consolidated file with the corpus workshop merged (and many institutions, so that a
    transaction spills pages into the file), its stamps fixed."""
    from workshop.exchange.merge import merge_packages
    from workshop.exchange.packages import write_package
    from workshop.file.store import WorkshopFile

    source = folder / f"{name}.workshop"
    shutil.copyfile(_fresh_workshop(_fresh(folder / f"{name}-source")), source)
    _sql(source, *(f"INSERT INTO institution (uuid, name, sector, acronym) VALUES "
                   f"('00000000-0000-4000-9000-{n:012d}', '{'Ministry ' * 20}{n}', 'health', "
                   f"'')" for n in range(120)))
    with WorkshopFile.open(source, read_only=True) as store:
        package = write_package(store, folder / f"{name}.zip")
    path = folder / f"{name}.wsc"
    assert merge_packages(path, [package])[0].ok
    _sql(path, "UPDATE consolidated_file SET id = ?, created_at = '2026-01-01T00:00:00Z'",
         params=[identity])
    _sql(path, "UPDATE workshop SET merged_at = '2026-01-01T00:00:00+00:00', package_sha256 = ''",
         "UPDATE merge_log SET at = '2026-01-01T00:00:00+00:00', package_sha256 = ''")
    return path


def consolidated_cases(folder: Path) -> dict[str, tuple[Data, Case]]:
    """Consolidated files holding what the app never writes, beside another file's journal,
    damaged, and one after a killed merge (a hot journal) that must open."""
    base = _consolidated_file(folder, "base", "c0a1b2c3d4e5f60718293a4b5c6d7e8f")
    other = _consolidated_file(_fresh(folder / "other"), "other",
                               "f0e1d2c3b4a5968778695a4b3c2d1e0f")

    def variant(name: str, statement: str) -> bytes:
        path = folder / name
        shutil.copyfile(base, path)
        _sql(path, statement)
        return path.read_bytes()

    crashed_other = crashed_with_journal(other, other.with_name("crashed.wsc"))
    shutil.copyfile(base, folder / "foreign.wsc")
    shutil.copyfile(f"{crashed_other}-journal", folder / "foreign.wsc-journal")
    own = crashed_with_journal(base, folder / "own.wsc")
    return {
        "trigger.wsc": (variant("trigger.wsc", "CREATE TRIGGER keep_one AFTER INSERT ON "
                                               "workshop BEGIN DELETE FROM workshop WHERE id "
                                               "!= NEW.id; END"),
                        _refused("refused as unsafe")),
        "view.wsc": (variant("view.wsc", "CREATE VIEW everything AS SELECT * FROM workshop"),
                     _refused("refused as unsafe")),
        "extra-table.wsc": (variant("table.wsc", "CREATE TABLE notes (text TEXT)"),
                            _refused("refused as unsafe")),
        "extra-index.wsc": (variant("index.wsc", "CREATE INDEX workshop_title ON "
                                                 "workshop(title)"),
                            _refused("refused as unsafe")),
        "generated-column.wsc": (variant("generated.wsc", "ALTER TABLE workshop ADD COLUMN "
                                         "loud TEXT GENERATED ALWAYS AS (upper(title)) "
                                         "VIRTUAL"), _refused("refused as unsafe")),
        "scribbled-index.wsc": (_scribbled_index(base, "merge_log_workshop"),
                                _refused("damaged")),
        "foreign-journal.wsc": (_with_companions(folder / "foreign.wsc", "-journal"),
                                _refused("does not belong")),
        "own-journal.wsc": (_with_companions(own, "-journal"),
                            _accepted("merged workshop ids", WORKSHOP_ID)),
    }


# ----- exchange packages (zip) ---------------------------------------------------------------

def package_cases(folder: Path) -> dict[str, tuple[bytes, Case]]:
    """Hostile exchange packages, built from the package of a workshop made by the app."""
    import hashlib

    from workshop.exchange.packages import write_package
    from workshop.file.store import WorkshopFile

    source = folder / "package.workshop"
    shutil.copyfile(_fresh_workshop(folder), source)
    _hostile_text_workshop(source)
    with WorkshopFile.open(source) as store:
        raw = _normalized(write_package(store, folder / "base.zip").read_bytes())
    members = dict(_members(raw))
    manifest = json.loads(members["manifest.json"])

    def with_content(content: bytes, **manifest_changes: Any) -> bytes:
        changed = dict(manifest, **manifest_changes)
        changed["members"] = dict(manifest["members"])
        changed["members"]["workshop.json"] = hashlib.sha256(content).hexdigest()
        return _zip([("manifest.json", json.dumps(changed).encode()),
                     ("workshop.json", content)])

    return {
        "truncated.zip": (raw[: len(raw) // 2], _refused("refused")),
        "bit-flipped.zip": (_flip(raw, [len(raw) // 3, len(raw) // 2]), _refused("refused")),
        "not-a-zip.zip": (b"PK but not really" * 10, _refused("refused")),
        "zip-bomb.zip": (_zip([("manifest.json", members["manifest.json"]),
                               ("workshop.json", _bomb_member())]), _refused("refused")),
        "path-traversal.zip": (_zip([("manifest.json", members["manifest.json"]),
                                     ("../../../.bashrc", b"echo owned"),
                                     ("workshop.json", members["workshop.json"])]),
                               _refused("refused")),
        "absolute-path.zip": (_zip([("manifest.json", members["manifest.json"]),
                                    ("/etc/cron.d/x", b"* * * * * root true"),
                                    ("workshop.json", members["workshop.json"])]),
                              _refused("refused")),
        "too-many-members.zip": (_zip([(f"m{n}.json", b"{}") for n in range(100)]),
                                 _refused("refused")),
        "wrong-format-version.zip": (with_content(members["workshop.json"], format_version=99),
                                     _refused("refused")),
        "hash-mismatch.zip": (_zip([("manifest.json", members["manifest.json"]),
                                    ("workshop.json", members["workshop.json"] + b" ")]),
                              _refused("refused")),
        "nested-deep.zip": (with_content(b"[" * 100_000 + b"]" * 100_000), _refused("refused")),
        "huge-string.zip": (with_content(members["workshop.json"].replace(
            json.dumps(SQL_TEXT).encode(), json.dumps("y" * HUGE).encode())),
            _refused("refused")),
        "duplicate-key.zip": (with_content(b'{"figures": {},' + members["workshop.json"][1:]),
                              _refused("names the key figures twice")),
        "lone-surrogate.zip": (with_content(members["workshop.json"].replace(
            json.dumps(SQL_TEXT).encode(), b'"a\\ud800b"')), _refused("lone surrogate")),
        "symlink-member.zip": (_zip([("manifest.json", members["manifest.json"]),
                                     ("workshop.json", members["workshop.json"])],
                                    symlink="workshop.json"), _refused("symbolic link")),
        "data-appended.zip": (raw + b"trailing bytes " * 4, _refused("outside its members")),
        "zip-prepended.zip": (raw + raw, _refused("outside its members")),
        "workshop-id-newline.zip": (with_content(
            members["workshop.json"].replace(WORKSHOP_ID.encode(), WORKSHOP_ID.encode() + b"\\n"),
            workshop_id=WORKSHOP_ID + "\n"), _refused("not a UUID")),
        "hostile-text.zip": (raw, _accepted(
            "institution names", [SQL_TEXT, RTL_EMOJI_TEXT, FORMULA_TEXT, CONTROL_TEXT])),
    }


# ----- catalog workbooks (xlsx) --------------------------------------------------------------

def _xlsx_cell_changed(raw: bytes, folder: Path, sheet: str, header: str, value: Any,
                       raw_cell: bool = False) -> bytes:
    import openpyxl

    path = folder / "edit.xlsx"
    path.write_bytes(raw)
    book = openpyxl.load_workbook(path)
    ws = book[sheet]
    column = [c.value for c in ws[1]].index(header) + 1
    ws.cell(2, column).value = value
    if not raw_cell and isinstance(value, str):
        ws.cell(2, column).data_type = "s"
    book.save(path)
    return _normalized(path.read_bytes())


def _doctype_in_sheets(raw: bytes, doctype: bytes) -> bytes:
    """Every worksheet's XML with a hostile DOCTYPE (entity expansion, external entity) before
    its root element, and the entity used in its first cell of text, as an attacker would."""
    out = []
    for name, data in _members(raw):
        if name.startswith("xl/worksheets/sheet") and name.endswith(".xml"):
            body = data.split(b"?>", 1)[1] if data.startswith(b"<?xml") else data
            body = body.replace(b"<t>", b"<t>&x;", 1)
            data = b'<?xml version="1.0" encoding="UTF-8"?>' + doctype + body
        out.append((name, data))
    return _zip(out)


BILLION_LAUGHS = (b'<!DOCTYPE worksheet [<!ENTITY lol "lol">'
                  + b"".join(b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1)) * 10
                                                       if i > 1 else b"&lol;" * 10)
                             for i in range(1, 10))
                  + b'<!ENTITY x "&lol9;">]>')
XXE = b'<!DOCTYPE worksheet [<!ENTITY x SYSTEM "file:///etc/passwd">]>'


def xlsx_cases(raw: bytes, folder: Path, sheet: str, header: str,
               preserved: str) -> dict[str, tuple[bytes, Case]]:
    """Hostile versions of a workbook the app wrote: `header` on `sheet` is a text column that
    is read back (`preserved` names it in the manifest)."""
    cell = _xlsx_cell_changed
    return {
        "truncated.xlsx": (raw[: len(raw) // 2], _refused("cannot be imported")),
        "bit-flipped.xlsx": (_flip(raw, [len(raw) // 4, len(raw) // 2], 0x10),
                             _refused("cannot be imported")),
        "not-xlsx.xlsx": (b"Name,Title\nx,y\n", _refused("not an Excel workbook")),
        "zip-bomb.xlsx": (_zip(_members(raw) + [("xl/media/bomb.bin", _bomb_member())]),
                          _refused("unpacks to more than")),
        "path-traversal.xlsx": (_zip(_members(raw) + [("../../evil.txt", b"owned")]),
                                _refused("cannot be imported")),
        "billion-laughs.xlsx": (_doctype_in_sheets(raw, BILLION_LAUGHS),
                                _refused("cannot be imported")),
        "xxe.xlsx": (_doctype_in_sheets(raw, XXE), _refused("cannot be imported")),
        "formula.xlsx": (cell(raw, folder, sheet, header, "=1+1", raw_cell=True),
                         _refused("formula")),
        "huge-string.xlsx": (cell(raw, folder, sheet, header, "z" * 40_000),
                             _refused("cannot be imported")),
        "wrong-sheets.xlsx": (_renamed_sheet(raw, folder, sheet), _refused(sheet)),
        "rtl-emoji.xlsx": (cell(raw, folder, sheet, header, RTL_EMOJI_TEXT),
                           _accepted(preserved, RTL_EMOJI_TEXT)),
        "sql-meta.xlsx": (cell(raw, folder, sheet, header, SQL_TEXT),
                          _accepted(preserved, SQL_TEXT)),
        "formula-text.xlsx": (cell(raw, folder, sheet, header, FORMULA_TEXT),
                              _accepted(preserved, FORMULA_TEXT)),
    }


# ----- parts a workbook of this app never has (catalog and reviewed workbooks) -----------------

_PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_OFFICE_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_OFFICE_TYPES = "application/vnd.openxmlformats-officedocument."


def _with_parts(raw: bytes, parts: dict[str, bytes], types: dict[str, str] | None = None,
                relationships: dict[str, list[str]] | None = None,
                replaced: dict[str, bytes] | None = None) -> bytes:
    """The workbook with `parts` added, their content types declared (`types`: part name ->
    type), `relationships` added to relationships parts (made if missing), and members
    `replaced`, as a tool other than a spreadsheet program could write it."""
    members = dict(_members(raw))
    members.update(replaced or {})
    types_xml = members["[Content_Types].xml"].decode("utf-8")
    for name, content_type in (types or {}).items():
        types_xml = types_xml.replace(
            "</Types>", f'<Override PartName="/{name}" ContentType="{content_type}"/></Types>')
    members["[Content_Types].xml"] = types_xml.encode("utf-8")
    for rels, added in (relationships or {}).items():
        xml = members.get(rels, f'<Relationships xmlns="{_PACKAGE_RELS}"></Relationships>'
                          .encode()).decode("utf-8")
        members[rels] = xml.replace("</Relationships>", "".join(added) + "</Relationships>") \
            .encode("utf-8")
    members.update(parts)
    return _zip(list(members.items()))


def _relationship(rid: str, kind: str, target: str, external: bool = False) -> str:
    mode = ' TargetMode="External"' if external else ""
    return f'<Relationship Id="{rid}" Type="{_OFFICE_RELS}/{kind}" Target="{target}"{mode}/>'


def _edited(raw: bytes, folder: Path, change: Callable[[Any], None]) -> bytes:
    """The workbook opened with openpyxl, changed by `change`, saved again."""
    import openpyxl

    path = folder / "edited.xlsx"
    path.write_bytes(raw)
    book = openpyxl.load_workbook(path)
    change(book)
    book.save(path)
    return _normalized(path.read_bytes())


def foreign_part_cases(raw: bytes, folder: Path, sheet: str, header: str,
                       preserved: str) -> dict[str, tuple[bytes, Case]]:
    """A workbook the app wrote, holding what a workbook of the app never has: macros (a
    macro-enabled workbook), links to other workbooks and relationships to outside, objects,
    comments, shapes, parts nothing uses, two parts of one name, a shared-string table of
    unused texts, formulas where the reader does not look (far right of a sheet, in a name or
    in a rule). And the parts Excel and LibreOffice add on a plain save, which are read:
    `header` on `sheet` is a text column read back (`preserved` names it in the manifest)."""
    from openpyxl.comments import Comment
    from openpyxl.workbook.defined_name import DefinedName
    from openpyxl.worksheet.datavalidation import DataValidation

    book_rels = "xl/_rels/workbook.xml.rels"
    sheet_rels = "xl/worksheets/_rels/sheet1.xml.rels"
    members = dict(_members(raw))
    main = members["[Content_Types].xml"].decode().replace(
        "spreadsheetml.sheet.main+xml", "spreadsheetml.sheet.macroEnabled.main+xml").encode()
    workbook_xml = members["xl/workbook.xml"].decode()
    linked = workbook_xml.replace(
        "</sheets>", '</sheets><externalReferences><externalReference r:id="rId90"/>'
        "</externalReferences>", 1).encode()
    strings = "".join(f"<si><t>hidden text {n}</t></si>" for n in range(5000))
    empty_drawing = (b'<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/'
                     b'spreadsheetDrawing"></xdr:wsDr>')
    shape = empty_drawing.replace(b"></xdr:wsDr>", b'><xdr:absoluteAnchor><xdr:sp><xdr:txBody>'
                                  b"Hidden text</xdr:txBody></xdr:sp></xdr:absoluteAnchor>"
                                  b"</xdr:wsDr>")

    def add_sheet_rule(book: Any) -> None:
        rule = DataValidation(type="list", formula1='WEBSERVICE("http://example.org/x")')
        rule.add("A2:A3")
        book[sheet].add_data_validation(rule)

    def add_name(book: Any) -> None:
        book.defined_names["leak"] = DefinedName("leak",
                                                 attr_text='WEBSERVICE("http://example.org/x")')

    def add_comment(book: Any) -> None:
        book[sheet]["A2"].comment = Comment("A note the app never reads", "Reviewer")

    def far_formula(book: Any) -> None:
        book[sheet].cell(2, 60).value = "=1+1"

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns of the duplicate it is asked to write
        duplicated = _zip(_members(raw) + [("xl/worksheets/sheet1.xml",
                                            members["xl/worksheets/sheet1.xml"])])
    saved_as_excel = {
        "docProps/custom.xml": b'<Properties xmlns="http://schemas.openxmlformats.org/'
                               b'officeDocument/2006/custom-properties"/>',
        "docMetadata/LabelInfo.xml": b'<clbl:labelList xmlns:clbl="http://schemas.microsoft.'
                                     b'com/office/2020/mipLabelMetadata"/>',
        "docProps/thumbnail.jpeg": b"\xff\xd8\xff\xe0 not much of a picture",
        "xl/printerSettings/printerSettings1.bin": b"\x00" * 64,
        "xl/drawings/drawing1.xml": empty_drawing,
    }
    plain_save = _with_parts(
        _xlsx_cell_changed(raw, folder, sheet, header, RTL_EMOJI_TEXT), saved_as_excel,
        types={"docProps/custom.xml": _OFFICE_TYPES + "custom-properties+xml",
               "docMetadata/LabelInfo.xml": "application/vnd.ms-office.classificationlabels+xml",
               "docProps/thumbnail.jpeg": "image/jpeg",
               "xl/printerSettings/printerSettings1.bin":
                   _OFFICE_TYPES + "spreadsheetml.printerSettings",
               "xl/drawings/drawing1.xml": _OFFICE_TYPES + "drawing+xml"},
        relationships={
            "_rels/.rels": [
                _relationship("rId90", "custom-properties", "docProps/custom.xml"),
                _relationship("rId91", "metadata/thumbnail", "docProps/thumbnail.jpeg"),
                '<Relationship Id="rId92" Type="http://schemas.microsoft.com/office/2020/02/'
                'relationships/classificationlabels" Target="docMetadata/LabelInfo.xml"/>'],
            sheet_rels: [_relationship("rId90", "printerSettings",
                                       "../printerSettings/printerSettings1.bin"),
                         _relationship("rId91", "drawing", "../drawings/drawing1.xml")]})
    return {
        "macro-enabled.xlsx": (_with_parts(
            raw, {"xl/vbaProject.bin": b"Attribute VB_Name = \"ThisWorkbook\""},
            types={"xl/vbaProject.bin": "application/vnd.ms-office.vbaProject"},
            relationships={book_rels: [_relationship(
                "rId90", "vbaProject", "vbaProject.bin").replace(
                _OFFICE_RELS + "/vbaProject",
                "http://schemas.microsoft.com/office/2006/relationships/vbaProject")]},
            replaced={"[Content_Types].xml": main}), _refused("macros")),
        "external-link.xlsx": (_with_parts(
            raw, {"xl/externalLinks/externalLink1.xml":
                  b'<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/'
                  b'main"><externalBook r:id="rId1" xmlns:r="' + _OFFICE_RELS.encode()
                  + b'"/></externalLink>'},
            types={"xl/externalLinks/externalLink1.xml":
                   _OFFICE_TYPES + "spreadsheetml.externalLink+xml"},
            relationships={
                book_rels: [_relationship("rId90", "externalLink",
                                          "externalLinks/externalLink1.xml")],
                "xl/externalLinks/_rels/externalLink1.xml.rels": [_relationship(
                    "rId1", "externalLinkPath", "file:///\\\\attacker\\share\\book.xlsx",
                    external=True)]},
            replaced={"xl/workbook.xml": linked}), _refused("links to other workbooks")),
        "link-outside.xlsx": (_with_parts(raw, {}, relationships={sheet_rels: [_relationship(
            "rId90", "hyperlink", "http://example.org/leak", external=True)]}),
            _refused("outside the workbook")),
        "embedded-object.xlsx": (_with_parts(
            raw, {"xl/embeddings/oleObject1.bin": b"\xd0\xcf\x11\xe0 an OLE object"},
            types={"xl/embeddings/oleObject1.bin": _OFFICE_TYPES + "oleObject"},
            relationships={sheet_rels: [_relationship("rId90", "oleObject",
                                                      "../embeddings/oleObject1.bin")]}),
            _refused("embedded objects")),
        "shape.xlsx": (_with_parts(
            raw, {"xl/drawings/drawing1.xml": shape},
            types={"xl/drawings/drawing1.xml": _OFFICE_TYPES + "drawing+xml"},
            relationships={sheet_rels: [_relationship("rId90", "drawing",
                                                      "../drawings/drawing1.xml")]}),
            _refused("pictures, shapes or charts")),
        "unused-part.xlsx": (_with_parts(
            raw, {"xl/worksheets/sheet99.xml": members["xl/worksheets/sheet1.xml"]},
            types={"xl/worksheets/sheet99.xml": _OFFICE_TYPES + "spreadsheetml.worksheet+xml"}),
            _refused("nothing in the workbook uses")),
        "two-parts-one-name.xlsx": (duplicated, _refused("damaged")),
        "unused-shared-strings.xlsx": (_with_parts(
            raw, {"xl/sharedStrings.xml": (
                '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                + strings + "</sst>").encode()},
            types={"xl/sharedStrings.xml": _OFFICE_TYPES + "spreadsheetml.sharedStrings+xml"},
            relationships={book_rels: [_relationship("rId90", "sharedStrings",
                                                     "sharedStrings.xml")]}),
            _refused("5000 texts that no cell uses")),
        "comment.xlsx": (_edited(raw, folder, add_comment), _refused("comments or notes")),
        "formula-far-right.xlsx": (_edited(raw, folder, far_formula),
                                   _refused("formula in cell BH2")),
        "function-in-name.xlsx": (_edited(raw, folder, add_name),
                                  _refused("calls a function")),
        "function-in-rule.xlsx": (_edited(raw, folder, add_sheet_rule),
                                  _refused("calls a function")),
        "plain-save-parts.xlsx": (plain_save, _accepted(preserved, RTL_EMOJI_TEXT)),
    }


def _renamed_sheet(raw: bytes, folder: Path, sheet: str) -> bytes:
    import openpyxl

    path = folder / "renamed.xlsx"
    path.write_bytes(raw)
    book = openpyxl.load_workbook(path)
    book[sheet].title = sheet[:20] + " (old)"
    book.save(path)
    return _normalized(path.read_bytes())


def catalog_workbook_cases(folder: Path) -> dict[str, tuple[bytes, Case]]:
    """Hostile catalog workbooks, built from the export of the newest bundled catalog (an
    export of an older version is refused as stale, whatever else it holds)."""
    from workshop.catalogs.catalog import latest_catalog
    from workshop.catalogs.catalog_workbook import export_catalog

    catalog = latest_catalog()
    path = folder / "catalog.xlsx"
    export_catalog(catalog, path)
    raw = _normalized(path.read_bytes())
    where = "title of the first commitment"
    return {**xlsx_cases(raw, folder, "Commitments", "title", where),
            **foreign_part_cases(raw, folder, "Commitments", "title", where),
            **catalog_version_cases(raw, folder)}


def catalog_version_cases(raw: bytes, folder: Path) -> dict[str, tuple[bytes, Case]]:
    """Workbooks that would lose a correction or an id between catalog versions: an export of
    an older version than the newest (it would undo the newer corrections), and an id of the
    newest version gone without a row in the sheet Id changes."""
    import openpyxl

    from workshop.catalogs.catalog import available_catalogs
    from workshop.catalogs.catalog_workbook import export_catalog

    oldest = next(c for c in available_catalogs() if c.id == "single-track")
    older = folder / "older.xlsx"
    export_catalog(oldest, older)
    book = openpyxl.load_workbook(older)  # corrected, but from version 1
    sheet = book["Commitments"]
    sheet.cell(2, [c.value for c in sheet[1]].index("summary") + 1).value = "Corrected."
    book.save(older)
    dropped = folder / "dropped.xlsx"
    dropped.write_bytes(raw)
    book = openpyxl.load_workbook(dropped)
    sheet = book["Commitments"]
    columns = {cell.value: cell.column for cell in sheet[1]}
    for row in range(2, sheet.max_row + 1):  # 2016 1(n), a placeholder, gets a letter of its own
        if sheet.cell(row, columns["id"]).value == "2016-1-n":
            sheet.cell(row, columns["subparagraph"]).value = "z"
            sheet.cell(row, columns["id"]).value = "2016-1-z"
    book.save(dropped)
    return {
        "older-version.xlsx": (_normalized(older.read_bytes()),
                               _refused("has been installed since")),
        "dropped-id.xlsx": (_normalized(dropped.read_bytes()),
                            _refused("does not say where they went")),
    }


def review_cases(exported: Path, folder: Path) -> dict[str, tuple[bytes, Case]]:
    """Hostile reviewed workbooks, from a full results workbook the app just exported (called
    by the test: the workbook must belong to the workshop it is imported into)."""
    import openpyxl

    path = folder / "signed.xlsx"
    shutil.copyfile(exported, path)
    book = openpyxl.load_workbook(path)
    cover = book["Workshop"]
    for row in cover.iter_rows():
        if row[0].value == "Reviewer's name":
            cover.cell(row[0].row, 2).value = "Dr Amara Osei"
        if row[0].value == "Date of review (YYYY-MM-DD)":
            cover.cell(row[0].row, 2).value = "2026-12-01"
    book.save(path)
    raw = _normalized(path.read_bytes())
    where = "comment on the first gap"
    return {**xlsx_cases(raw, folder, "Gaps", "Reviewer's comment", where),
            **foreign_part_cases(raw, folder, "Gaps", "Reviewer's comment", where),
            **review_trust_cases(raw, folder)}


def review_trust_cases(raw: bytes, folder: Path) -> dict[str, tuple[bytes, Case]]:
    """Reviewed workbooks that do not match what their export wrote, as recorded in the
    workshop file: a hidden sheet whose record uuids were swapped (the view would land on
    another gap), a gap reworded on the visible and the hidden sheet alike, sheets added
    (visible or hidden), an export id this file never recorded, and a workbook of the format
    written before exports were recorded."""
    from workshop.reports.full_xlsx import META_SHEET

    def hidden_rows(book: Any, code: str) -> list[Any]:
        return [row for row in book[META_SHEET].iter_rows()
                if row[0].value == "row" and row[1].value == code]

    def swap_uuids(book: Any) -> None:
        first, second = hidden_rows(book, "gaps")[:2]
        first[3].value, second[3].value = second[3].value, first[3].value
        book["Gaps"]["J2"] = "disagree"

    def reword(book: Any) -> None:
        gap = hidden_rows(book, "gaps")[0]
        gap[4 + 4].value = book["Gaps"]["E2"].value = "A gap reworded on both sheets"
        book["Gaps"]["J2"] = "agree"

    def field(name: str, value: Any) -> Callable[[Any], None]:
        def change(book: Any) -> None:
            for row in book[META_SHEET].iter_rows():
                if row[0].value == name:
                    row[1].value = value
        return change

    def earlier_format(book: Any) -> None:
        field("format", 1)(book)
        rows = [row[0].row for row in book[META_SHEET].iter_rows()
                if row[0].value == "export_id"]
        book[META_SHEET].delete_rows(rows[0])

    def added_sheet(state: str) -> Callable[[Any], None]:
        def change(book: Any) -> None:
            extra = book.create_sheet("Notes")
            extra["A1"] = "Our own notes, not part of the review"
            extra.sheet_state = state
        return change

    return {
        "hidden-uuids-swapped.xlsx": (_edited(raw, folder, swap_uuids),
                                      _refused("hidden sheet _workshop was changed")),
        "reworded-on-both-sheets.xlsx": (_edited(raw, folder, reword),
                                         _refused("hidden sheet _workshop was changed")),
        "added-sheet.xlsx": (_edited(raw, folder, added_sheet("visible")),
                             _refused("sheet Notes that was not exported")),
        "added-hidden-sheet.xlsx": (_edited(raw, folder, added_sheet("veryHidden")),
                                    _refused("sheet Notes that was not exported")),
        "unknown-export.xlsx": (_edited(raw, folder, field(
            "export_id", "00000000-0000-4000-8000-000000000000")),
            _refused("no record of exporting it")),
        "earlier-format.xlsx": (_edited(raw, folder, earlier_format),
                                _refused("earlier version of the app")),
    }


# ----- the manifest --------------------------------------------------------------------------

def _refused(phrase: str) -> Case:
    return {"expect": "refused", "phrase": phrase}


def _accepted(where: str, text: str | list[str]) -> Case:
    return {"expect": "accepted", "where": where, "text": text}


SURFACES = ("catalog", "exercise", "workshop", "consolidated", "package", "catalog_workbook")


def build(out: Path) -> dict[str, Case]:
    """Write every static case under `out` (one folder per surface) and the manifest."""
    os.environ.setdefault("WORKSHOP_DATA_DIR", tempfile.mkdtemp(prefix="corpus-data-"))
    os.environ.setdefault("WORKSHOP_CACHE_DIR", tempfile.mkdtemp(prefix="corpus-cache-"))
    sys.path.insert(0, str(ROOT))
    manifest: dict[str, Case] = {}
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        makers = {
            "catalog": catalog_cases,
            "exercise": exercise_cases,
            "workshop": lambda: {**workshop_cases(_fresh(work / "w")),
                                 **workshop_file_safety_cases(_fresh(work / "ws"))},
            "consolidated": lambda: consolidated_cases(_fresh(work / "cs")),
            "package": lambda: package_cases(_fresh(work / "p")),
            "catalog_workbook": lambda: catalog_workbook_cases(_fresh(work / "c")),
        }
        for surface in SURFACES:
            folder = out / surface
            if folder.exists():
                shutil.rmtree(folder)
            folder.mkdir(parents=True)
            for name, (data, case) in makers[surface]().items():
                files = data if isinstance(data, dict) else {"": data}
                for suffix, content in files.items():
                    (folder / f"{name}{suffix}").write_bytes(content)
                companions = sorted(suffix for suffix in files if suffix)
                manifest[f"{surface}/{name}"] = dict(case, surface=surface,
                                                     **({"companions": companions}
                                                        if companions else {}))
    (out / "manifest.json").write_text(
        json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8")
    return manifest


def _fresh(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return folder


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    cases = build(target)
    print(f"{len(cases)} hostile files written under {target}")
