"""Outputs are written whole or not at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from workshop.errors import WorkshopError
from workshop.file.atomic import atomic_output


def test_a_failing_writer_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), atomic_output(target) as stream:
        stream.write(b"half of the new")
        raise RuntimeError("the writer broke")
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]


def test_success_replaces_and_the_file_is_readable_by_others(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")
    with atomic_output(target) as stream:
        stream.write(b"new")
    assert target.read_bytes() == b"new"
    assert target.stat().st_mode & 0o044 == 0o044


def test_without_replace_an_existing_file_is_kept(tmp_path: Path) -> None:
    target = tmp_path / "catalog.json"
    target.write_bytes(b"installed")
    with pytest.raises(WorkshopError, match="already exists"), \
            atomic_output(target, replace=False) as stream:
        stream.write(b"other")
    assert target.read_bytes() == b"installed"
    assert len(list(tmp_path.iterdir())) == 1


def test_a_missing_folder_is_one_sentence(tmp_path: Path) -> None:
    with pytest.raises(WorkshopError, match="cannot be written") as caught, \
            atomic_output(tmp_path / "unplugged" / "out.xlsx") as stream:
        stream.write(b"x")
    assert "\n" not in str(caught.value)


def test_a_folder_is_never_a_target(tmp_path: Path) -> None:
    with pytest.raises(WorkshopError, match="is a folder"), atomic_output(tmp_path):
        pass


@pytest.mark.parametrize("kind, fmt", [("gap", "pdf"), ("full", "xlsx")])
def test_a_report_is_never_written_over_a_workshop_file(demo_path: Path, tmp_path: Path,
                                                        data_dir: Path, kind: str,
                                                        fmt: str) -> None:
    """Naming the workshop file itself (or another) as the report's target loses nothing."""
    from test_cli import one_sentence_error, workshop

    from workshop.reports import write_report

    other = tmp_path / "other.workshop"
    other.write_bytes(demo_path.read_bytes())
    before = demo_path.read_bytes()
    for target in (demo_path, other):
        with pytest.raises(WorkshopError, match="is a database .* nothing is ever written"):
            write_report(demo_path, kind, fmt, target)
        done = workshop("report", str(demo_path), "--kind", kind, "--format", fmt,
                        "--out", str(target), data_dir=data_dir)
        one_sentence_error(done)
    assert demo_path.read_bytes() == before and other.read_bytes() == before
