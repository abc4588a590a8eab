"""The secretariat's consolidated workbook agrees with the merged workshops' own figures."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from workshop.analysis import summarize
from workshop.demo import build_demo
from workshop.errors import WorkshopError
from workshop.exchange.consolidated import ConsolidatedFile, summarize_consolidated
from workshop.exchange.merge import merge_packages
from workshop.exchange.packages import write_package
from workshop.file.model import ASSISTANCE_TYPES
from workshop.file.store import WorkshopFile
from workshop.reports import write_report


@pytest.fixture(scope="module")
def consolidated(demo_master: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo (fictional country) and a Kenyan and a French workshop, merged."""
    folder = tmp_path_factory.mktemp("consolidated")
    with WorkshopFile.open(demo_master, read_only=True) as store:
        catalog = store.catalog
        packages = [write_package(store, folder / "xn.zip")]
    for seed, country in ((5, "KE"), (6, "FR")):
        path = folder / f"{country}.workshop"
        with build_demo(path, seed=seed, country=country, catalog=catalog) as store:
            packages.append(write_package(store, folder / f"{country}.zip"))
    target = folder / "results.consolidated"
    assert all(o.ok for o in merge_packages(target, packages))
    return target


@pytest.fixture(scope="module")
def workbook(consolidated: Path, tmp_path_factory: pytest.TempPathFactory):
    out = tmp_path_factory.mktemp("out") / "consolidated.xlsx"
    write_report(consolidated, "full", "xlsx", out)
    return openpyxl.load_workbook(out)


def rows(sheet) -> list[tuple]:
    return [r for r in sheet.iter_rows(min_row=2, values_only=True)
            if r[0] is not None and r[1] is not None]  # not the notes below a table


def test_every_workshop_is_listed_with_its_region(workbook) -> None:
    listed = {r[0]: r[1] for r in rows(workbook["Workshops"])}
    assert listed == {"Kenya": "Africa", "France": "Europe", "Fictional country (XN)":
                      "No region"}


def test_needs_by_chapter_and_region_add_up_to_the_merged_figures(workbook,
                                                                  consolidated: Path) -> None:
    with ConsolidatedFile.open(consolidated, read_only=True) as cfile:
        counts = summarize_consolidated(cfile)["counts"]
    by_type = counts["assistance_needs_by_type"]
    for sheet in ("Needs by chapter", "Needs by region", "Needs by priority"):
        totals = {r[0]: r[-1] for r in rows(workbook[sheet]) if isinstance(r[-1], int)}
        assert len(totals) == len(ASSISTANCE_TYPES)
        assert sum(totals.values()) == counts["assistance_needs"]
    labelled = {r[0]: r[-1] for r in rows(workbook["Needs by chapter"])}
    assert labelled["Training and capacity building"] == by_type["training"]
    header = [c.value for c in workbook["Needs by region"][1]]
    assert "Africa" in header and "Europe" in header


def test_status_means_follow_each_workshops_consensus(workbook, demo_master: Path) -> None:
    with WorkshopFile.open(demo_master, read_only=True) as store:
        chapter_one = summarize(store)["counts"]["consensus_by_chapter"]["1"]
    on_scale = {s: chapter_one[s] for s in "01234"}
    expected = round(sum(int(s) * n for s, n in on_scale.items()) / sum(on_scale.values()), 2)
    means = {r[0]: r[2] for r in rows(workbook["Status by country"])}
    assert means["Fictional country (XN)"] == pytest.approx(expected)
    assert all(0 <= m <= 4 for m in means.values())
    counts = [r for r in rows(workbook["Status counts"]) if r[0] == "Fictional country (XN)"]
    assert len(counts) == 7 and counts[0][2:] == tuple(chapter_one.values())


def test_the_most_frequent_gaps_are_ranked_by_workshops(workbook) -> None:
    ranked = rows(workbook["Most frequent gaps"])
    assert ranked
    named_by = [r[3] for r in ranked]
    assert named_by == sorted(named_by, reverse=True)
    assert all(1 <= n <= 3 for n in named_by)
    assert ranked[0][6].startswith("• ")


def test_no_cell_is_a_formula(workbook) -> None:
    for sheet in workbook.worksheets:
        for line in sheet.iter_rows():
            for cell in line:
                assert cell.data_type != "f", (sheet.title, cell.coordinate)


def test_kinds_keep_their_sheets_and_a_missing_kind_is_refused_in_one_sentence(
        consolidated: Path, tmp_path: Path) -> None:
    write_report(consolidated, "ta", "xlsx", tmp_path / "ta.xlsx")
    titles = openpyxl.load_workbook(tmp_path / "ta.xlsx").sheetnames
    assert "Needs by region" in titles and "Most frequent gaps" not in titles
    with pytest.raises(WorkshopError, match="choose --format xlsx"):
        write_report(consolidated, "full", "pdf", tmp_path / "full.pdf")
    assert not (tmp_path / "full.pdf").exists()


def test_the_command_line_writes_the_consolidated_workbook(consolidated: Path,
                                                           tmp_path: Path) -> None:
    out = tmp_path / "report.xlsx"
    result = subprocess.run([sys.executable, "-m", "workshop.cli", "report", str(consolidated),
                             "--kind", "full", "--out", str(out)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "Most frequent gaps" in openpyxl.load_workbook(out).sheetnames


@pytest.fixture(scope="module")
def pdf_text(consolidated: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, list]:
    from pypdf import PdfReader

    out = tmp_path_factory.mktemp("pdf") / "consolidated.pdf"
    write_report(consolidated, "gap", "pdf", out)
    reader = PdfReader(out)
    text = "\n".join(page.extract_text() for page in reader.pages)
    return " ".join(text.split()), [item.title for item in reader.outline
                                    if not isinstance(item, list)]


def test_the_consolidated_pdf_names_every_workshop_and_its_figures(pdf_text,
                                                                   consolidated: Path) -> None:
    text, outline = pdf_text
    with ConsolidatedFile.open(consolidated, read_only=True) as cfile:
        summary = summarize_consolidated(cfile)
    assert "Consolidated results of the national workshops" in text
    assert "3 workshops in 3 countries" in text
    for name in ("Kenya", "France", "Fictional country (XN)", "Africa", "Europe"):
        assert name in text
    assert f"{summary['counts']['assistance_needs']} Technical-assistance needs" in text
    assert any("Most frequent gaps" in title for title in outline)
    assert any("Workshops merged" in title for title in outline)


def test_the_consolidated_ta_pdf_keeps_the_needs_only(consolidated: Path, tmp_path: Path) -> None:
    from pypdf import PdfReader

    out = write_report(consolidated, "ta", "pdf", tmp_path / "ta.pdf")
    text = " ".join("".join(p.extract_text() for p in PdfReader(out).pages).split())
    assert "Needs by type and region" in text
    assert "Most frequent gaps" not in text


def test_a_consolidated_report_in_french_names_countries_and_chapters_in_french(
        consolidated: Path, tmp_path: Path) -> None:
    import pypdf

    from workshop.catalogs.catalog import latest_catalog
    from workshop.catalogs.translations import localized_catalog

    out = write_report(consolidated, "gap", "pdf", tmp_path / "fr.pdf", language="fr")
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(out).pages)
    chapter = localized_catalog(latest_catalog(), "fr").chapter(1)
    assert "Pays fictif (XN)" in text and "Kenya" in text
    assert chapter.short in text and chapter.short != latest_catalog().chapter(1).short
    # the means with one decimal, written the French way: a row of seven chapters at least
    assert len(re.findall(r"(?<![\d.,])[0-4],\d(?![\d.,])", text)) >= 7


def test_the_secretariat_sees_countries_ranked_regions_and_what_each_asks_for(
        pdf_text, consolidated: Path) -> None:
    from workshop.exchange.consolidated_analysis import consolidated_report

    text, outline = pdf_text
    with ConsolidatedFile.open(consolidated, read_only=True) as cfile:
        data = consolidated_report(cfile)
    ranked = data.ranked()
    means = [mean for _rank, _row, mean in ranked]
    assert means == sorted(means, reverse=True) and ranked[0][0] == 1
    for rank, row, mean in ranked:  # rank, country, its chapters, then its overall mean
        assert re.search(rf"{rank} {re.escape(row.country_name)} [\d.– ]*{mean:.1f}", text)
    regions = data.region_means()
    assert set(regions) == {"002", "150", ""}
    assert "Africa 1 " in text and "Europe 1 " in text
    assert "Countries by type of assistance asked for" in text
    assert "Needs by country" in text


def test_each_example_gap_names_its_country_and_none_comes_twice(consolidated: Path,
                                                                 pdf_text) -> None:
    from workshop.exchange.consolidated_analysis import consolidated_report

    text, _outline = pdf_text
    with ConsolidatedFile.open(consolidated, read_only=True) as cfile:
        data = consolidated_report(cfile)
    countries = {row.country_name for row in data.countries}
    assert any(len(gap.examples) > 1 for gap in data.frequent_gaps)
    for gap in data.frequent_gaps:
        words = [" ".join(t.split()).casefold() for _country, t in gap.examples]
        assert len(words) == len(set(words))
        assert all(country in countries for country, _t in gap.examples)
    country, example = data.frequent_gaps[0].examples[0]
    assert f"{country}: {' '.join(example.split())[:30]}" in text


def test_close_means_get_different_colours() -> None:
    from workshop.reports.consolidated_pdf import scale_colour
    from workshop.reports.pdf import STATUS_COLOURS

    assert scale_colour(1.4) != scale_colour(1.6)
    assert scale_colour(0) == STATUS_COLOURS["0"] and scale_colour(4) == STATUS_COLOURS["4"]
    assert scale_colour(2) == STATUS_COLOURS["2"]


def test_each_country_is_shown_over_time(demo_master: Path, tmp_path: Path) -> None:
    """A country with two workshops merged (the 2019 declaration's mid-term review and review):
    both by date, each with its means by chapter; a country with one is not repeated there."""
    from pypdf import PdfReader

    with WorkshopFile.open(demo_master, read_only=True) as store:
        catalog = store.catalog
    packages = []
    for seed, start in ((7, "2024-03-04"), (8, "2026-03-02")):
        path = tmp_path / f"ke-{seed}.workshop"
        with build_demo(path, seed=seed, country="KE", catalog=catalog) as store:
            store.update_details(start_date=start, end_date=start[:-2] + "0" +
                                 str(int(start[-1]) + 2))
            packages.append(write_package(store, tmp_path / f"ke-{seed}.zip"))
    with build_demo(tmp_path / "fr.workshop", seed=9, country="FR", catalog=catalog) as store:
        packages.append(write_package(store, tmp_path / "fr.zip"))
    target = tmp_path / "over-time.consolidated"
    assert all(o.ok for o in merge_packages(target, packages))
    out = write_report(target, "gap", "pdf", tmp_path / "over-time.pdf")
    reader = PdfReader(out)
    pages = [" ".join((page.extract_text() or "").split()) for page in reader.pages]
    section = next(p for p in pages if "Countries with more than one workshop merged" in p)
    after = section[section.index("Countries with more than one workshop merged"):]
    assert "Kenya" in after and "France" not in after
    assert after.index("2024") < after.index("2026")


def test_an_older_catalog_versions_gaps_are_counted_under_the_newest_ids(
        tmp_path: Path) -> None:
    """A workshop of catalog version 1 and one of version 2 each name a gap on gender (4(b)
    in version 1, 4(f) in version 2): the secretariat sees one commitment named twice."""
    from workshop.catalogs.catalog import available_catalogs
    from workshop.exchange.consolidated_analysis import consolidated_report
    from workshop.file.model import Gap

    packages = []
    for version, country, gender in ((1, "KE", "2016-4-b"), (2, "KE", "2016-4-f")):
        catalog = next(c for c in available_catalogs()
                       if c.id == "single-track" and c.version == version)
        path = tmp_path / f"{country}-{version}.workshop"
        with build_demo(path, seed=version, country=country, catalog=catalog) as store:
            if version == 1:  # Kenya's first workshop, two years before its second
                store.update_details(start_date="2024-05-06", end_date="2024-05-08")
            for gap in store.records(Gap):
                store.remove(Gap, gap.uuid)
            store.add(Gap(uuid=f"0000000{version}-0000-4000-8000-000000000001",
                          commitment_id=gender,
                          description="No gender focal point in the drug agency."))
            packages.append(write_package(store, tmp_path / f"{country}-{version}.zip"))
    outcomes = merge_packages(tmp_path / "all.consolidated", packages)
    assert all(o.ok for o in outcomes)
    assert any("match its commitments to version 2" in w for w in outcomes[0].warnings)
    with ConsolidatedFile.open(tmp_path / "all.consolidated", read_only=True) as cfile:
        report = consolidated_report(cfile)
    assert [(g.commitment_id, g.workshops) for g in report.frequent_gaps] == [("2016-4-f", 2)]
    assert report.unknown_commitments == []
    # the secretariat's workbook shows Kenya over time: both workshops by date, chapter means
    book = openpyxl.load_workbook(write_report(tmp_path / "all.consolidated", "full", "xlsx",
                                               tmp_path / "all.xlsx"))
    rows = [r for r in book["Over time"].values][1:3]
    kenya = report.over_time()["Kenya"]
    assert [r[0] for r in rows] == ["Kenya", "Kenya"] and "2024" in rows[0][1]
    assert [r[-1] for r in rows] == [round(w.overall(), 2) for w in kenya]
