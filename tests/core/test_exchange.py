"""Exchange packages: what is written, and every hostile package refused whole, writing nothing."""

from __future__ import annotations

import hashlib
import io
import json
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from workshop.errors import WorkshopError
from workshop.exchange.merge import merge_packages
from workshop.exchange.packages import CONTENT, MANIFEST, read_package, write_package
from workshop.file.store import WorkshopFile


def pack(workshop: Path, out: Path, **options: Any) -> Path:
    """Write the package of a workshop file."""
    with WorkshopFile.open(workshop, read_only=True) as store:
        return write_package(store, out, **options)


def members(package: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """The parsed manifest and content of a package."""
    with zipfile.ZipFile(package) as archive:
        return (json.loads(archive.read(MANIFEST)), json.loads(archive.read(CONTENT)))


def rezip(out: Path, entries: list[tuple[str | zipfile.ZipInfo, bytes]]) -> Path:
    """Write a zip of exactly these entries."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries:
            archive.writestr(name, data)
    out.write_bytes(buffer.getvalue())
    return out


def rewrite(source: Path, out: Path, *, content: Callable[[dict[str, Any]], Any] | None = None,
            manifest: Callable[[dict[str, Any]], Any] | None = None,
            rehash: bool = True) -> Path:
    """A copy of a package with its JSON changed, its hash recomputed unless told not to."""
    man, data = members(source)
    if content is not None:
        data = content(data) or data
    body = json.dumps(data, sort_keys=True, separators=(",", ":")).encode("utf-8")
    if rehash:
        man["members"][CONTENT] = hashlib.sha256(body).hexdigest()
    if manifest is not None:
        man = manifest(man) or man
    return rezip(out, [(MANIFEST, json.dumps(man).encode()), (CONTENT, body)])


@pytest.fixture(scope="module")
def other_package(demo_master: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A valid package of another workshop (another seed and country), built once."""
    from workshop.demo import build_demo

    folder = tmp_path_factory.mktemp("other")
    with WorkshopFile.open(demo_master, read_only=True) as store:
        catalog = store.catalog  # the demo's own, whatever the user data folder holds now
    build_demo(folder / "other.workshop", seed=5, country="KE", catalog=catalog).close()
    return pack(folder / "other.workshop", folder / "other.zip")


@pytest.fixture
def package(demo_path: Path, tmp_path: Path) -> Path:
    """The demo workshop's package, without personal data."""
    return pack(demo_path, tmp_path / "demo.zip")


# ----- writing ---------------------------------------------------------------------------------


def test_package_holds_a_manifest_and_the_records(demo_path: Path, package: Path) -> None:
    with zipfile.ZipFile(package) as archive:
        assert sorted(archive.namelist()) == [MANIFEST, CONTENT]
        body = archive.read(CONTENT)
    man, data = members(package)
    with WorkshopFile.open(demo_path, read_only=True) as store:
        details = store.details
        n_participants = len(data["records"]["participant"])
        assert n_participants == store.db.execute("SELECT count(*) FROM participant").fetchone()[0]
        assert len(data["records"]["consensus"]) == store.db.execute(
            "SELECT count(*) FROM consensus").fetchone()[0]
    assert man["format_version"] == 1
    assert man["workshop_id"] == details.id and man["revision"] == details.revision
    assert man["catalog"] == {"id": details.catalog_id, "version": details.catalog_version,
                              "hash": details.catalog_hash}
    assert man["members"] == {CONTENT: hashlib.sha256(body).hexdigest()}
    assert man["personal_data"] is False
    for rows in data["records"].values():
        assert [r["uuid"] for r in rows] == sorted(r["uuid"] for r in rows)
    assert data["workshop"]["id"] == details.id
    assert data["figures"]["participants"] == n_participants


def test_personal_data_absent_by_default_and_present_only_when_asked(demo_path: Path,
                                                                     tmp_path: Path) -> None:
    without = pack(demo_path, tmp_path / "without.zip")
    with_names = pack(demo_path, tmp_path / "with.zip", include_personal_data=True)
    with WorkshopFile.open(demo_path, read_only=True) as store:
        names = {r["name"] for r in store.db.query("SELECT name FROM participant")}
        emails = {r["email"] for r in store.db.query("SELECT email FROM participant")}
    assert names - {""} and emails - {""}
    raw = zipfile.ZipFile(without).read(CONTENT).decode()
    assert not any(name in raw for name in names - {""})
    assert not any(email in raw for email in emails - {""})
    assert all(p["name"] == "" == p["email"] for p in members(without)[1]["records"]["participant"])
    assert members(without)[0]["personal_data"] is False
    # counts by sex and institution stay
    figures = members(without)[1]["figures"]
    assert sum(figures["participants_by_sex"].values()) == figures["participants"] > 0
    assert {p["name"] for p in read_package(with_names).records["participant"]} == names
    assert read_package(with_names).manifest.personal_data is True


def test_same_revision_packs_to_the_same_content(demo_path: Path, tmp_path: Path) -> None:
    first = read_package(pack(demo_path, tmp_path / "a.zip"))
    second = read_package(pack(demo_path, tmp_path / "b.zip"))
    assert first.content_sha256 == second.content_sha256


def test_write_is_atomic_and_leaves_no_temporary_file(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.zip"
    out.write_bytes(b"old")
    with WorkshopFile.open(demo_path, read_only=True) as store:
        with pytest.raises(WorkshopError, match="cannot be written"):
            write_package(store, tmp_path / "missing" / "x.zip")
        write_package(store, out)
        with pytest.raises(WorkshopError, match="nothing is ever written over it"):
            write_package(store, demo_path)
    assert sorted(p.name for p in tmp_path.iterdir() if ".tmp" in p.name) == []
    assert read_package(out).manifest.revision > 0


# ----- hostile packages ------------------------------------------------------------------------


def _bomb(source: Path, out: Path) -> Path:
    man, _ = members(source)
    huge = b" " * (100 * 1024 * 1024)  # deflates to about 100 kilobytes
    man["members"][CONTENT] = hashlib.sha256(huge).hexdigest()
    return rezip(out, [(MANIFEST, json.dumps(man).encode()), (CONTENT, huge)])


def _lying_size(source: Path, out: Path) -> Path:
    """A member whose header declares a small size but which unpacks to far more."""
    man, data = members(source)
    body = json.dumps(data).encode() + b" " * (40 * 1024 * 1024)
    man["members"][CONTENT] = hashlib.sha256(body).hexdigest()
    rezip(out, [(MANIFEST, json.dumps(man).encode()), (CONTENT, body)])
    raw = bytearray(out.read_bytes())
    # patch the declared uncompressed size in the local and central headers to 1000 bytes
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        start = 0
        while (start := raw.find(signature, start)) != -1:
            name_at = start + (30 if signature == b"PK\x03\x04" else 46)
            if raw[name_at:name_at + len(CONTENT)] == CONTENT.encode():
                raw[start + offset:start + offset + 4] = (1000).to_bytes(4, "little")
            start += 4
    out.write_bytes(bytes(raw))
    return out


def _extra(name: str) -> Callable[[Path, Path], Path]:
    def build(source: Path, out: Path) -> Path:
        with zipfile.ZipFile(source) as archive:
            entries: list[tuple[str | zipfile.ZipInfo, bytes]] = [
                (n, archive.read(n)) for n in archive.namelist()]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # zipfile warns about the duplicate name
            return rezip(out, [*entries, (name, b"x")])
    return build


def _renamed(old: str, new: str) -> Callable[[Path, Path], Path]:
    def build(source: Path, out: Path) -> Path:
        with zipfile.ZipFile(source) as archive:
            entries: list[tuple[str | zipfile.ZipInfo, bytes]] = [
                (new if n == old else n, archive.read(n)) for n in archive.namelist()]
        return rezip(out, entries)
    return build


def _content(change: Callable[[dict[str, Any]], Any]) -> Callable[[Path, Path], Path]:
    return lambda source, out: rewrite(source, out, content=change)


def _manifest(change: Callable[[dict[str, Any]], Any]) -> Callable[[Path, Path], Path]:
    return lambda source, out: rewrite(source, out, manifest=change)


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target: Any = data
        for key in parents:
            target = target[int(key)] if isinstance(target, list) else target[key]
        if isinstance(target, list):
            target[int(last)] = value
        else:
            target[last] = value
    return change


def _drop(path: str) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target: Any = data
        for key in parents:
            target = target[int(key)] if isinstance(target, list) else target[key]
        del target[last]
    return change


def _raw_content(change: Callable[[bytes], bytes]) -> Callable[[Path, Path], Path]:
    """workshop.json's bytes changed as given, its hash recomputed: JSON that Python's own
    parser would accept whole, or that no UTF-8 writer could write back."""
    def build(source: Path, out: Path) -> Path:
        man, data = members(source)
        body = change(json.dumps(data, sort_keys=True).encode("utf-8"))
        man["members"][CONTENT] = hashlib.sha256(body).hexdigest()
        return rezip(out, [(MANIFEST, json.dumps(man).encode()), (CONTENT, body)])
    return build


def _symlink_member(source: Path, out: Path) -> Path:
    with zipfile.ZipFile(source) as archive:
        entries: list[tuple[str | zipfile.ZipInfo, bytes]] = [
            (n, archive.read(n)) for n in archive.namelist()]
    link = zipfile.ZipInfo(CONTENT)
    link.external_attr = 0o120777 << 16  # a symbolic link, as `zip --symlinks` stores it
    return rezip(out, [(link if name == CONTENT else name, data) for name, data in entries])


def _bytes_around(before: bytes, after: bytes) -> Callable[[Path, Path], Path]:
    return lambda s, o: (o.write_bytes(before + s.read_bytes() + after), o)[1]


def _data_between(source: Path, out: Path) -> Path:
    """Bytes hidden between the two members, the offsets all still right."""
    with zipfile.ZipFile(source) as archive:
        entries = [(n, archive.read(n)) for n in archive.namelist()]
    hidden = b"hidden payload " * 8
    with open(out, "wb") as raw, zipfile.ZipFile(raw, "w") as archive:
        archive.writestr(*entries[0])
        raw.seek(archive.start_dir)
        raw.write(hidden)
        archive.start_dir += len(hidden)  # zipfile writes the next member after them
        for name, data in entries[1:]:
            archive.writestr(name, data)
    return out


def _with_trailing_newline(path: str) -> Callable[[Path, Path], Path]:
    """The id at `path` in workshop.json (and the manifest's, for the workshop's own id) with a
    newline after it: a pattern ending in `$` accepts it."""
    def build(source: Path, out: Path) -> Path:
        man, data = members(source)
        *parents, last = path.split(".")
        target: Any = data
        for key in parents:
            target = target[int(key)] if isinstance(target, list) else target[key]
        target[last] += "\n"
        if path == "workshop.id":
            man["workshop_id"] += "\n"
        body = json.dumps(data, sort_keys=True).encode("utf-8")
        man["members"][CONTENT] = hashlib.sha256(body).hexdigest()
        return rezip(out, [(MANIFEST, json.dumps(man).encode()), (CONTENT, body)])
    return build


HOSTILE: dict[str, tuple[Callable[[Path, Path], Path], str]] = {
    "duplicate_key": (_raw_content(lambda body: b'{"figures": {},' + body[1:]),
                      "names the key figures twice"),
    "lone_surrogate": (_content(_set("records.assessment.0.notes", "a\ud800b")),
                       "lone surrogate"),
    "lone_surrogate_in_list": (_content(_set("workshop.documents", ["\udc00"])),
                               "lone surrogate"),
    "lone_surrogate_in_key": (_content(_set("records.gap.0.\ud800", 1)), "lone surrogate"),
    "symlink_member": (_symlink_member, "symbolic link"),
    "data_appended": (_bytes_around(b"", b"tail" * 10), "outside its members"),
    "data_prepended": (_bytes_around(b"MZ" + bytes(60), b""), "not a zip file"),
    "data_prepended_zip": (lambda s, o: _bytes_around(s.read_bytes(), b"")(s, o),
                           "outside its members"),
    "data_between_members": (lambda s, o: _data_between(s, o), "outside its members"),
    "uuid_with_newline": (_with_trailing_newline("records.institution.0.uuid"), "not a UUID"),
    "workshop_id_with_newline": (_with_trailing_newline("workshop.id"), "not a UUID"),
    "other_script_digits": (_content(_set("workshop.documents", ["\u0662\u0660\u0660\u0669"])),
                            "not a list of document ids"),
    "ends_before_it_starts": (_content(_set("workshop.end_date", "2001-01-01")),
                              "before its first"),
    "truncated": (lambda s, o: (o.write_bytes(s.read_bytes()[:-200]), o)[1],
                  "not a complete zip file"),
    "truncated_half": (lambda s, o: (o.write_bytes(s.read_bytes()[:len(s.read_bytes()) // 2]),
                                     o)[1], "not a complete zip file"),
    "not_a_zip": (lambda s, o: (o.write_text("hello, secretariat"), o)[1], "not a zip file"),
    "empty_file": (lambda s, o: (o.write_bytes(b""), o)[1], "not a zip file"),
    "sqlite_file": (lambda s, o: (o.write_bytes(b"SQLite format 3\x00" + bytes(200)), o)[1],
                    "not a zip file"),
    "zip_bomb": (_bomb, "unpack to more than"),
    "lying_size": (_lying_size, "workshop.json is damaged"),
    "dot_dot_member": (_extra("../evil"), "points outside the archive"),
    "dot_dot_replacing": (_renamed(CONTENT, "../workshop.json"), "points outside the archive"),
    "absolute_member": (_extra("/etc/evil"), "points outside the archive"),
    "windows_absolute_member": (_extra("C:/evil"), "points outside the archive"),
    "directory_member": (_renamed(CONTENT, "records/"), "folder"),
    "unknown_member": (_extra("notes.txt"), "unknown member"),
    "missing_content": (lambda s, o: rezip(o, [(MANIFEST, zipfile.ZipFile(s).read(MANIFEST))]),
                        "workshop.json is missing"),
    "duplicate_member": (_extra(MANIFEST), "twice"),
    "future_format": (_manifest(_set("format_version", 7)), "format version 7"),
    "wrong_format_type": (_manifest(_set("format_version", "1")), "format version"),
    "zero_format": (_manifest(_set("format_version", 0)), "format version"),
    "manifest_not_object": (_manifest(lambda m: [m]), "must be an object"),
    "manifest_unknown_key": (_manifest(_set("extra", 1)), "unknown field extra"),
    "manifest_missing_key": (_manifest(_drop("revision")), "lacks the field revision"),
    "hash_mismatch": (lambda s, o: rewrite(s, o, content=_set("workshop.title", "Changed"),
                                           rehash=False), "SHA-256"),
    "bad_hash_shape": (_manifest(_set("members", {CONTENT: "abc"})), "SHA-256"),
    "manifest_disagrees": (_manifest(_set("revision", 1)), "disagree"),
    "absurd_revision": (_manifest(_set("revision", 2**60)), "revision is not a whole number"),
    "absurd_catalog_version": (_content(_set("workshop.catalog_version", -4)),
                               "catalog_version is not a whole number"),
    "wrong_type": (_content(_set("records.consensus.0.status", 3)), "must be text"),
    "unknown_status": (_content(_set("records.consensus.0.status", "5")), "not a valid status"),
    "huge_string": (_content(_set("records.assessment.0.notes", "x" * 30_000)),
                    "longer than 20000"),
    "huge_title": (_content(_set("workshop.title", "x" * 5000)), "longer than 1000"),
    "bad_uuid": (_content(_set("records.institution.0.uuid", "1; DROP TABLE workshop")),
                 "not a UUID"),
    "unknown_table": (_content(_set("records.secret", [])), "unknown field secret"),
    "unknown_column": (_content(_set("records.gap.0.owner", "x")), "unknown field owner"),
    "missing_column": (_content(_drop("records.gap.0.priority")), "lacks the field priority"),
    "boolean_as_number": (_content(_set("records.gap.0.votes", True)), "whole number"),
    "absurd_number": (_content(_set("records.gap.0.votes", 10**15)), "whole number"),
    "float_number": (_content(_set("records.gap.0.votes", 1.5)), "whole number"),
    "bad_country": (_content(_set("workshop.country", "QQ")), "country code"),
    "bad_date": (_content(_set("workshop.start_date", "2026-02-30")), "YYYY-MM-DD"),
    "dangling_reference": (_content(_set("records.participant.0.institution_uuid",
                                         "00000000-0000-4000-8000-000000000000")),
                           "points to a missing institution"),
    "figures_lie": (_content(_set("figures.participants", 9999)), "does not agree"),
    "negative_figure": (_content(_set("figures.gaps", -1)), "not a count"),
    "scope_inflated": (_content(_set("figures.commitments_in_scope", 99_999)),
                       "do not add up to the totals"),
    "chapter_inflated": (_content(_set("figures.consensus_by_chapter.1.2", 500)),
                         "do not add up to the totals"),
    "dissents_inflated": (_content(_set("figures.dissents", 99_999)), "consensus figures"),
    "assessments_inflated": (_content(_set("figures.group_assessments", 99_999)),
                             "consensus figures"),
    "names_without_consent": (_content(_set("records.participant.0.name", "A. Person")),
                              "personal data"),
    "bad_chapter": (_content(_set("records.coordination.0.chapter", 9)), "chapter from 1 to 7"),
    "content_not_json": (lambda s, o: rezip(o, [
        (MANIFEST, json.dumps({**members(s)[0], "members": {
            CONTENT: hashlib.sha256(b"{nope").hexdigest()}}).encode()),
        (CONTENT, b"{nope")]), "not valid JSON"),
    "deep_nesting": (lambda s, o: rezip(o, [
        (MANIFEST, json.dumps({**members(s)[0], "members": {
            CONTENT: hashlib.sha256(b"[" * 100_000).hexdigest()}}).encode()),
        (CONTENT, b"[" * 100_000)]), "not valid JSON"),
    "nan_value": (lambda s, o: rezip(o, [
        (MANIFEST, json.dumps({**members(s)[0], "members": {
            CONTENT: hashlib.sha256(b'{"a": NaN}').hexdigest()}}).encode()),
        (CONTENT, b'{"a": NaN}')]), "not valid JSON"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_package_is_refused_whole_and_writes_nothing(
        case: str, package: Path, other_package: Path, tmp_path: Path) -> None:
    build, fragment = HOSTILE[case]
    hostile = build(package, tmp_path / f"hostile-{case}.zip")
    with pytest.raises(WorkshopError) as error:
        read_package(hostile)
    message = str(error.value)
    assert hostile.name in message and fragment in message, message
    assert "\n" not in message

    # Into a consolidated file that holds a workshop: nothing written, the rest still merges.
    consolidated = tmp_path / "all.wsc"
    assert merge_packages(consolidated, [package])[0].outcome == "added"
    before = consolidated.read_bytes()
    outcomes = merge_packages(consolidated, [hostile])
    assert [o.outcome for o in outcomes] == ["refused"]
    assert outcomes[0].reason == message
    assert consolidated.read_bytes() == before

    outcomes = merge_packages(consolidated, [hostile, other_package])
    assert [o.outcome for o in outcomes] == ["refused", "added"]


def test_oversized_file_is_refused_before_it_is_read(package: Path, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    import workshop.exchange.packages as exchange

    monkeypatch.setattr(exchange, "MAX_PACKAGE_BYTES", 1000)
    with pytest.raises(WorkshopError, match=r"demo\.zip is refused: it is larger than"):
        read_package(package)


def test_too_many_records_are_refused(package: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import workshop.exchange.packages as exchange

    monkeypatch.setattr(exchange, "MAX_ROWS", 10)
    with pytest.raises(WorkshopError, match="demo.zip is refused: it holds more than 10 records"):
        read_package(package)


def test_too_many_members_are_refused(package: Path, tmp_path: Path) -> None:
    with zipfile.ZipFile(package) as archive:
        entries: list[tuple[str | zipfile.ZipInfo, bytes]] = [
            (n, archive.read(n)) for n in archive.namelist()]
    hostile = rezip(tmp_path / "many2.zip", entries + [(f"m{i}", b"") for i in range(18)])
    with pytest.raises(WorkshopError, match="many2.zip is refused: it holds 20 members"):
        read_package(hostile)


def test_missing_package_and_folder_are_named(tmp_path: Path) -> None:
    with pytest.raises(WorkshopError, match="does not exist"):
        read_package(tmp_path / "nothing.zip")
    with pytest.raises(WorkshopError, match="not a file"):
        read_package(tmp_path)
