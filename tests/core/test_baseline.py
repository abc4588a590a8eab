"""Follow-up workshops: an earlier workshop of the same country as the baseline, progress
since, and the refusals, on real workshop files and packages."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from workshop.analysis import summarize
from workshop.baseline import take_baseline
from workshop.cli import main
from workshop.demo import build_demo
from workshop.errors import WorkshopError
from workshop.exchange.packages import write_package
from workshop.file.model import Consensus
from workshop.file.store import WorkshopFile
from workshop.progress import progress


@pytest.fixture
def earlier(demo_master: Path, tmp_path: Path) -> Path:
    """The demo country's workshop two years before the demo's own."""
    path = tmp_path / "earlier.workshop"
    build_demo(path, seed=2).close()
    with WorkshopFile.open(path) as store:
        store.update_details(start_date="2024-03-04", end_date="2024-03-06")
    return path


def statuses(path: Path) -> dict[str, str]:
    with WorkshopFile.open(path, read_only=True) as store:
        return {c.commitment_id: c.status for c in store.records(Consensus)}


def test_progress_compares_each_commitment_with_the_baseline(earlier: Path,
                                                             demo_path: Path) -> None:
    then, now = statuses(earlier), statuses(demo_path)
    with WorkshopFile.open(demo_path) as store:
        revision = store.revision
        take_baseline(store, earlier)
        assert store.revision == revision + 1
        found = progress(store)
        figures = summarize(store)
    scale = "01234"
    expected = {"improved": 0, "unchanged": 0, "worsened": 0, "no_baseline": 0}
    for cid, status in now.items():
        before = then.get(cid)
        if status not in scale or before is None or before not in scale:
            expected["no_baseline"] += 1
        else:
            expected["improved" if status > before else "unchanged" if status == before
                     else "worsened"] += 1
    assert {k: found[k] for k in expected} == expected
    assert sum(expected.values()) == figures["counts"]["commitments_with_consensus"]
    assert expected["improved"] and expected["worsened"] and expected["unchanged"]
    assert figures["progress"]["baseline"]["start_date"] == "2024-03-04"


def test_a_package_serves_as_baseline_and_info_json_shows_progress(
        earlier: Path, demo_path: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    with WorkshopFile.open(earlier, read_only=True) as store:
        package = write_package(store, tmp_path / "earlier.zip")
    assert main(["baseline", str(demo_path), str(package)]) == 0
    assert "improved" in capsys.readouterr().out
    assert main(["info", str(demo_path), "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)["progress"]
    assert shown["baseline"]["id"] != "" and shown["baseline"]["country"] == "XN"
    assert sum(shown[k] for k in ("improved", "unchanged", "worsened", "no_baseline")) == \
        json.loads(json.dumps(summarize_path(demo_path)))["counts"]["commitments_with_consensus"]


def summarize_path(path: Path) -> dict:
    with WorkshopFile.open(path, read_only=True) as store:
        return summarize(store)


def test_without_a_baseline_every_commitment_has_none(demo_path: Path) -> None:
    figures = summarize_path(demo_path)
    assert figures["progress"]["baseline"] is None
    assert figures["progress"]["no_baseline"] == figures["counts"]["commitments_with_consensus"]


def test_refused_baselines_leave_the_file_untouched(earlier: Path, demo_path: Path,
                                                    tmp_path: Path) -> None:
    other_country = tmp_path / "other.workshop"
    build_demo(other_country, seed=3, country="XM").close()
    with WorkshopFile.open(other_country) as store:
        store.update_details(start_date="2023-01-10", end_date="2023-01-12")
    later = tmp_path / "later.workshop"
    shutil.copyfile(earlier, later)
    with WorkshopFile.open(later) as store:
        store.update_details(start_date="2027-05-01", end_date="2027-05-03")
    damaged = tmp_path / "damaged.workshop"
    damaged.write_bytes(earlier.read_bytes()[:4096])
    cases = {other_country: "same country", later: "earlier workshop", demo_path: "same",
             damaged: "", tmp_path / "missing.workshop": "does not exist"}
    before = demo_path.read_bytes()
    for path, words in cases.items():
        with WorkshopFile.open(demo_path) as store:
            revision = store.revision
            with pytest.raises(WorkshopError) as refused:
                take_baseline(store, path)
            assert store.revision == revision and store.baseline() is None
        assert words in refused.value.message and "\n" not in refused.value.message
    assert main(["baseline", str(demo_path), str(later)]) == 1
    assert demo_path.read_bytes() == before


def test_the_follow_up_demo_shows_believable_progress(tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "follow-up.workshop"
    assert main(["demo", str(out), "--follow-up"]) == 0
    capsys.readouterr()
    figures = summarize_path(out)
    found = figures["progress"]
    assert found["baseline"]["country"] == figures["workshop"]["country"]
    assert found["baseline"]["start_date"] < figures["workshop"]["start_date"]
    assert found["unchanged"] > found["improved"] > found["worsened"] > 0


def test_the_gap_report_of_a_follow_up_has_its_progress_page(tmp_path: Path) -> None:
    import pypdf

    from workshop.reports import write_report

    out = tmp_path / "follow-up.workshop"
    build_demo_follow_up(out)
    pdf = write_report(out, "gap", "pdf", tmp_path / "gap.pdf")
    text = " ".join(" ".join((page.extract_text() or "").split())
                    for page in pypdf.PdfReader(pdf).pages)
    found = summarize_path(out)["progress"]
    assert "Progress since" in text
    totals = " ".join(str(found[k]) for k in ("improved", "unchanged", "worsened",
                                              "no_baseline"))
    assert f"Total {totals}" in text
    assert "assessed against version 1 of the catalog and this workshop against version 2" \
        in text


def build_demo_follow_up(path: Path) -> None:
    from workshop.demo import build_follow_up

    build_follow_up(path).close()


def test_a_first_workshops_gap_report_has_no_progress_page(demo_master: Path,
                                                            tmp_path: Path) -> None:
    import pypdf

    from workshop.reports import write_report

    pdf = write_report(demo_master, "gap", "pdf", tmp_path / "gap.pdf")
    text = " ".join((page.extract_text() or "") for page in pypdf.PdfReader(pdf).pages)
    assert "Progress since" not in text


def test_a_group_never_has_more_commitments_assessed_than_assigned(demo_path: Path) -> None:
    """An assessment of a commitment outside the group's assignment (the assignment changed
    since) is not counted as one of its commitments assessed."""
    from workshop.file import reads

    with WorkshopFile.open(demo_path) as store:
        first, second = reads.working_groups(store)[:2]
        outside = next(cid for cid in store.group_commitments(second.uuid)
                       if cid not in store.group_commitments(first.uuid))
        store.set_assessment(first.uuid, outside, status="2")
        figures = summarize(store)
    for group in figures["groups"]:
        assert group["assessed"] <= group["commitments"], group


def catalog_version(number: int):  # type: ignore[no-untyped-def]
    from workshop.catalogs.catalog import available_catalogs

    return next(c for c in available_catalogs() if c.id == "single-track" and c.version == number)


@pytest.mark.parametrize("then_version, now_version", [(1, 2), (2, 1)])
def test_a_baseline_of_another_catalog_version_is_compared_through_its_id_changes(
        tmp_path: Path, then_version: int, now_version: int) -> None:
    from workshop.progress import baseline_then

    then_path, now_path = tmp_path / "then.workshop", tmp_path / "now.workshop"
    build_demo(then_path, seed=2, catalog=catalog_version(then_version)).close()
    with WorkshopFile.open(then_path) as store:
        store.update_details(start_date="2024-03-04", end_date="2024-03-06")
        for consensus in store.records(Consensus):  # tell 4(b) and 4(f) apart
            if consensus.commitment_id in ("2016-4-b", "2016-4-f"):
                store.update(Consensus, consensus.uuid,
                             status="1" if consensus.commitment_id == "2016-4-b" else "3")
    build_demo(now_path, seed=1, catalog=catalog_version(now_version)).close()
    with WorkshopFile.open(now_path) as store:
        take_baseline(store, then_path)
        carried = baseline_then(store)
        found = progress(store)
    # version 2 corrected the letters: gender moved from 4(b) to 4(f), and access to
    # health, care and social services from 4(f) to 4(b)
    assert carried.statuses["2016-4-f"] == "1" and carried.statuses["2016-4-b"] == "3"
    assert carried.unmapped == [] and carried.warning == ""
    assert found["baseline"]["catalog_version"] == then_version
    assert statuses(then_path)["2016-4-a"] == carried.statuses["2016-4-a"]


def test_the_follow_up_demo_spans_two_catalog_versions(tmp_path: Path) -> None:
    build_demo_follow_up(tmp_path / "follow-up.workshop")
    with WorkshopFile.open(tmp_path / "follow-up.workshop", read_only=True) as store:
        assert (store.baseline()["catalog_version"], store.catalog.version) == (1, 2)


def test_the_full_workbook_of_a_follow_up_has_a_baseline_column(tmp_path: Path,
                                                                demo_master: Path) -> None:
    import openpyxl

    from workshop.progress import baseline_then
    from workshop.reports import write_report
    from workshop.reports.sheets import status_label

    out = tmp_path / "follow-up.workshop"
    build_demo_follow_up(out)
    with WorkshopFile.open(out, read_only=True) as store:
        then = baseline_then(store).statuses
    sheet = openpyxl.load_workbook(write_report(out, "full", "xlsx", tmp_path / "f.xlsx"))[
        "Commitments"]
    rows = list(sheet.values)
    header = rows[0]
    assert header[4] == "Consensus status" and str(header[5]).startswith("Baseline status (")
    shown = {row[0]: row[5] for row in rows[1:]}
    assert shown == {cid: status_label(then[cid], "en") if cid in then else "No baseline"
                     for cid in shown}
    assert {"2016-4-b", "2016-4-f"} <= set(then)  # the baseline was of catalog version 1
    first = openpyxl.load_workbook(write_report(demo_master, "full", "xlsx",
                                                tmp_path / "first.xlsx"))["Commitments"]
    assert not any(str(h).startswith("Baseline") for h in next(first.values))
