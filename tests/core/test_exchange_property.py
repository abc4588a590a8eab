"""Property: a package changed at random either merges correctly or is refused in one sentence.

Never another exception, never a half-merged workshop. Bytes are flipped and cut (the zip and
its hashes must catch it), and the JSON is changed and re-hashed (the schema must catch it).
"""

from __future__ import annotations

import copy
import hashlib
import io
import json
import sqlite3
import tempfile
import zipfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workshop.errors import WorkshopError
from workshop.exchange.merge import merge_packages
from workshop.exchange.packages import CONTENT, MANIFEST, Package, read_package, write_package
from workshop.file.store import WorkshopFile

SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow])


@pytest.fixture(scope="module")
def base(demo_master: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The demo's package: its bytes, its manifest and its content, parsed."""
    out = tmp_path_factory.mktemp("base") / "base.zip"
    with WorkshopFile.open(demo_master, read_only=True) as store:
        write_package(store, out, include_personal_data=True)
    with zipfile.ZipFile(out) as archive:
        manifest = json.loads(archive.read(MANIFEST))
        content = json.loads(archive.read(CONTENT))
    return {"raw": out.read_bytes(), "manifest": manifest, "content": content,
            "paths": {"manifest": _paths(manifest), "content": _paths(content)}}


def _paths(data: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path to a value inside a JSON document."""
    out = [prefix] if prefix else []
    if isinstance(data, dict):
        for key, value in data.items():
            out += _paths(value, (*prefix, key))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            out += _paths(value, (*prefix, i))
    return out


def _zip(manifest: Any, body: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST, json.dumps(manifest))
        archive.writestr(CONTENT, body)
    return buffer.getvalue()


def _merges_correctly_or_is_refused(raw: bytes) -> None:
    """The property: read and merge either succeed faithfully or fail with one sentence."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "mutant.zip"
        path.write_bytes(raw)
        try:
            package: Package | None = read_package(path)
        except WorkshopError as error:
            assert "mutant.zip" in error.message and "\n" not in error.message
            package = None
        consolidated = Path(folder) / "all.wsc"
        outcomes = merge_packages(consolidated, [path])
        if package is None:
            assert outcomes[0].outcome == "refused" and "mutant.zip" in outcomes[0].reason
            conn = sqlite3.connect(consolidated)
            assert conn.execute("SELECT count(*) FROM workshop").fetchone()[0] == 0
            conn.close()
            return
        assert outcomes[0].outcome == "added", outcomes[0]
        # merged faithfully: every record as the package holds it, value for value
        conn = sqlite3.connect(consolidated)
        conn.row_factory = sqlite3.Row
        for table, rows in package.records.items():
            merged = [{k: row[k] for k in row.keys() if k != "workshop_id"}
                      for row in conn.execute(f"SELECT * FROM {table} ORDER BY uuid")]
            assert merged == sorted(rows, key=lambda r: r["uuid"]), table
        conn.close()


VALUES = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(), st.text(max_size=40), st.just("x" * 25_000),
    st.just("00000000-0000-4000-8000-000000000000"), st.sampled_from(["0", "4", "na", "9"]),
    st.lists(st.integers(), max_size=3), st.dictionaries(st.text(max_size=5), st.integers(),
                                                         max_size=2),
)


def _similar(value: Any) -> st.SearchStrategy[Any]:
    """Often a value of the same type (which may well be valid), sometimes anything."""
    if isinstance(value, bool):
        same: st.SearchStrategy[Any] = st.booleans()
    elif isinstance(value, int):
        same = st.integers(min_value=-3, max_value=max(10, value * 2))
    elif isinstance(value, str):
        same = st.text(max_size=60)
    else:
        same = VALUES
    return st.one_of(same, same, VALUES)


def _parent(data: Any, path: tuple[Any, ...]) -> Any:
    for key in path[:-1]:
        data = data[key]
    return data


@SETTINGS
@given(data=st.data())
def test_changed_json_merges_or_is_refused(base: dict[str, Any], data: st.DataObject) -> None:
    manifest = copy.deepcopy(base["manifest"])
    content = copy.deepcopy(base["content"])
    for _ in range(data.draw(st.integers(1, 3), label="changes")):
        which = data.draw(st.sampled_from(["manifest", "content", "content"]), label="member")
        document = manifest if which == "manifest" else content
        path = data.draw(st.sampled_from(base["paths"][which]), label="path")
        try:
            parent = _parent(document, path)
            key = path[-1]
            parent[key]  # noqa: B018 - an earlier change may have removed the path
        except (KeyError, IndexError, TypeError):
            continue
        action = data.draw(st.sampled_from(["set", "drop", "add"]), label="action")
        if action == "set":
            parent[key] = data.draw(_similar(parent[key]), label="value")
        elif action == "drop":
            del parent[key]
        elif isinstance(parent, dict):
            parent[data.draw(st.text(min_size=1, max_size=8) | st.just("a\nb"),
                             label="new key")] = \
                data.draw(VALUES, label="value")
        else:
            parent.append(data.draw(VALUES, label="value"))
    body = json.dumps(content, sort_keys=True, separators=(",", ":")).encode()
    if isinstance(manifest, dict) and isinstance(manifest.get("members"), dict) \
            and data.draw(st.booleans(), label="rehash"):
        manifest["members"][CONTENT] = hashlib.sha256(body).hexdigest()
    _merges_correctly_or_is_refused(_zip(manifest, body))


@SETTINGS
@given(data=st.data())
def test_flipped_or_cut_bytes_merge_or_are_refused(base: dict[str, Any],
                                                    data: st.DataObject) -> None:
    raw = bytearray(base["raw"])
    if data.draw(st.booleans(), label="cut"):
        raw = raw[:data.draw(st.integers(0, len(raw)), label="length")]
    for _ in range(data.draw(st.integers(0, 6), label="flips")):
        if raw:
            at = data.draw(st.integers(0, len(raw) - 1), label="at")
            raw[at] ^= data.draw(st.integers(1, 255), label="xor")
    _merges_correctly_or_is_refused(bytes(raw))


def test_the_unchanged_base_merges(base: dict[str, Any]) -> None:
    _merges_correctly_or_is_refused(base["raw"])
    body = json.dumps(base["content"], sort_keys=True, separators=(",", ":")).encode()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "same.zip"
        path.write_bytes(_zip(base["manifest"], body))
        assert read_package(path).records["participant"]
