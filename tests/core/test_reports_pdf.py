"""The PDF reports (gap report, technical-assistance report), rendered for real and read back
with pypdf: figures against `workshop.analysis.summarize`, chapter headings, the outline, user
text in Arabic, Chinese and Russian printed with fonts that hold its glyphs, a cancel leaving
no file and an unwritable target reported in one sentence. Each PDF is built once per module.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path
from typing import Any

import pypdf
import pytest

from workshop.analysis import summarize
from workshop.errors import WorkshopError
from workshop.file.model import (
    ASSISTANCE_TYPES,
    PRIORITIES,
    SEXES,
    STATUSES,
    AssistanceNeed,
    Consensus,
    Gap,
    Institution,
    Participant,
)
from workshop.file.store import WorkshopFile
from workshop.languages.i18n import tr
from workshop.reports import fonts, write_report
from workshop.reports.fonts import runs

ROOT = Path(__file__).resolve().parents[2]
# No lam-alef: reportlab maps that ligature to a private-use code point, so it does not
# extract as text (it prints correctly).
ARABIC = "نقص الميزانية المخصصة للوقاية في المدارس"
CHINESE = "缺乏针对学校预防工作的专门预算"
RUSSIAN = "Нет отдельного бюджета на профилактику в школах"


def flat(text: str) -> str:
    """Text with every run of white space made one space."""
    return re.sub(r"\s+", " ", text).strip()


def read(path: Path) -> dict[str, Any]:
    """A PDF's pages' text, whole text (flattened), outline titles and language."""
    reader = pypdf.PdfReader(path)
    pages = [page.extract_text() for page in reader.pages]

    def titles(items: list[Any]) -> list[Any]:
        return [titles(i) if isinstance(i, list) else i.title for i in items]

    # "text": what follows the cover and the contents (a page each in these reports)
    return {"reader": reader, "pages": pages, "text": flat(" ".join(pages[2:])),
            "outline": titles(reader.outline), "lang": reader.trailer["/Root"].get("/Lang")}


def between(text: str, start: str, end: str) -> str:
    """The part of `text` after the first `start` and before the next `end`."""
    tail = text[text.index(start) + len(start):]
    return tail[:tail.index(end)] if end in tail else tail


def build(path: Path, folder: Path) -> dict[str, Any]:
    gap = read(write_report(path, "gap", "pdf", folder / "gap.pdf"))
    ta = read(write_report(path, "ta", "pdf", folder / "ta.pdf"))
    with WorkshopFile.open(path, read_only=True) as store:
        summary = summarize(store)
        names = [p.name for p in store.records(Participant) if p.name]
        gaps = store.records(Gap)
        needs = store.records(AssistanceNeed)
        chapters = sorted({store.catalog.commitment(cid).chapter  # type: ignore[union-attr]
                           for cid in store.commitments_in_scope()})
        chapter_names = {c.number: c.short for c in store.catalog.chapters}
    return {"gap": gap, "ta": ta, "summary": summary, "names": names, "gaps": gaps,
            "needs": needs, "chapters": [chapter_names[n] for n in chapters]}


@pytest.fixture(scope="module")
def demo(demo_master: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return build(demo_master, tmp_path_factory.mktemp("pdf-demo"))


@pytest.fixture(scope="module")
def empty(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    from workshop.catalogs.catalog import latest_catalog

    folder = tmp_path_factory.mktemp("pdf-empty")
    WorkshopFile.create(folder / "empty.workshop", latest_catalog(), country="KE",
                        title="Empty workshop", start_date="2026-05-04", end_date="2026-05-06",
                        documents=["2016"]).close()
    return build(folder / "empty.workshop", folder)


@pytest.fixture(scope="module")
def scripts(demo_master: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The demo with Arabic, Chinese and Russian text in gaps, a dissent, needs and names."""
    folder = tmp_path_factory.mktemp("pdf-scripts")
    path = folder / "scripts.workshop"
    shutil.copyfile(demo_master, path)
    with WorkshopFile.open(path) as store:
        gaps = store.records(Gap)
        for gap, text in zip(gaps, (ARABIC, CHINESE, RUSSIAN), strict=False):
            store.update(Gap, gap.uuid, description=text)
        needs = store.records(AssistanceNeed)
        for need, text in zip(needs, (CHINESE, ARABIC, RUSSIAN), strict=False):
            store.update(AssistanceNeed, need.uuid, description=text)
        consensus = store.records(Consensus)[0]
        store.set_consensus(consensus.commitment_id, status=consensus.status,
                            dissent=f"{ARABIC} (2026)")
        institution = store.records(Institution)[0]
        store.update(Institution, institution.uuid, name="Министерство здравоохранения")
    return build(path, folder)


# ----- the gap report -----


def test_gap_report_figures_agree_with_the_analysis(demo: dict[str, Any]) -> None:
    text, n = demo["gap"]["text"], demo["summary"]["counts"]
    assert demo["gap"]["lang"] == "en"
    summary = between(text, "1. Key findings", "Implementation by chapter")
    assert f"considered {n['commitments_in_scope']} commitments" in summary
    assert f"consensus on the implementation status of {n['commitments_with_consensus']}" \
        in summary
    assert f"({n['dissents']} with a recorded dissent)" in summary
    assert f"identified {n['gaps']} gaps, {n['gaps_by_priority']['high']} of them" in summary
    statuses = between(text, "3.1 Consensus status of the commitments", "3.2 ")
    for code, label in STATUSES.items():
        assert f"{tr(label)} {n['consensus_status'][code]} " in statuses + " "
    assert f"Total {n['commitments_in_scope']}" in statuses
    priorities = between(text, "3.2 Gaps by priority", "4. Consensus")
    for code, label in PRIORITIES.items():
        assert f"{tr(label)} {n['gaps_by_priority'][code]}" in priorities
    by_sex = between(text, "By sex", "By sector")
    for code, label in SEXES.items():
        assert f"{tr(label)} {n['participants_by_sex'][code]}" in by_sex
    by_chapter = between(text, "4. Consensus status by chapter", "5. Commitments and gaps")
    no_action = [n["consensus_by_chapter"][str(c)]["0"] for c in range(1, 8)
                 if sum(n["consensus_by_chapter"][str(c)].values())]
    assert f"No action taken {' '.join(map(str, no_action))} {n['consensus_status']['0']}" \
        in by_chapter


def test_gap_report_holds_chapters_gaps_and_no_names(demo: dict[str, Any]) -> None:
    text = demo["gap"]["text"]
    for name in demo["chapters"]:
        assert f" {name} " in text
    for gap in demo["gaps"][:5]:
        assert flat(gap.description)[:40] in text
    # catalog version 2 checked 2016 4(a) and 4(b) (in French): only the others are marked
    assert "2016 4(a) " in text and "2016 4(a) †" not in text and "2016 1(a) †" in text
    assert "has not yet been checked against the published text" in text
    assert "None of the paragraph references in this report has yet been checked" not in text
    for name in demo["names"]:
        assert name not in text  # participation in counts only


def test_when_no_reference_is_checked_the_method_page_says_it_once(
        demo_master: Path, tmp_path: Path) -> None:
    path = tmp_path / "no-chapter-4.workshop"
    shutil.copyfile(demo_master, path)
    with WorkshopFile.open(path) as store:
        store.update_details(chapters=[1, 2, 3])
    text = build(path, tmp_path)["gap"]["text"]
    assert "†" not in text
    assert "None of the paragraph references in this report has yet been checked" in text


def test_the_outline_lists_the_chapters(demo: dict[str, Any]) -> None:
    outline = demo["gap"]["outline"]
    top = [item for item in outline if isinstance(item, str)]
    assert top[:3] == ["1. Key findings", "2. High-priority gaps: needs and actions",
                       "3. Key figures"] and "6. Action plan" in top
    chapters = outline[outline.index("5. Commitments and gaps by chapter") + 1]
    assert chapters == [f"5.{i} {name}" for i, name in enumerate(demo["chapters"], 1)]
    contents = demo["gap"]["pages"][1]
    assert "Contents" in contents and "5.1 " in contents


def test_the_key_findings_page_names_the_high_priority_gaps_and_the_actions(
        demo_master: Path, demo: dict[str, Any]) -> None:
    """One page: each chapter's mean status, the high-priority gaps by name in rank order, the
    priority actions with who and when, the needs by type."""
    from workshop.reports.tables import ReportTables

    page = flat(demo["gap"]["pages"][2])
    assert page.startswith(f"Gap report · {demo['summary']['workshop']['country_name']}")
    assert "1. Key findings" in page and "Page 3" in page
    assert "2. High-priority gaps" not in page  # the findings hold on one page
    with WorkshopFile.open(demo_master, read_only=True) as store:
        tables = ReportTables(store, "en")
        high = tables.high_priority_gaps()
        actions = tables.priority_actions()
        findings = tables.chapter_findings()
    assert len(high) == demo["summary"]["counts"]["gaps_by_priority"]["high"]
    ranks = [g.rank for g in high if g.rank is not None]
    assert ranks == sorted(ranks) and ranks  # the demo ranked some of them
    places = [page.index(f" {g.number} {flat(g.description)}") for g in high]
    assert places == sorted(places)  # in rank order, by name
    for action in actions:
        assert flat(action.description)[:40] in page and action.responsible in page
    for finding in findings:
        assert f"{finding.mean:.1f}" in page
        assert finding.strongest and finding.strongest.commitment.title in page
    for code, label in ASSISTANCE_TYPES.items():
        if demo["summary"]["counts"]["assistance_needs_by_type"][code]:
            assert tr(label) in page


def test_each_high_priority_gap_is_traced_to_its_needs_and_actions(
        demo_master: Path, demo: dict[str, Any]) -> None:
    from workshop.reports.tables import ReportTables

    text = between(demo["gap"]["text"], "2. High-priority gaps: needs and actions",
                   "3. Key figures")
    with WorkshopFile.open(demo_master, read_only=True) as store:
        tables = ReportTables(store, "en")
    for gap in tables.high_priority_gaps():
        assert f"{gap.number} " in text
        for need in (n for n in tables.needs if n.gap_number == gap.number):
            assert f"{need.number} " in text
    assert any(a.gap_number for a in tables.actions)


def test_gap_tables_go_by_priority_then_rank(demo: dict[str, Any]) -> None:
    text = demo["gap"]["text"]
    assert "then by rank: the place the plenary gave the gap" in text
    gaps = {g.uuid: g for g in demo["gaps"]}
    assert gaps  # order checked on the rows behind the tables
    from workshop.reports.gap_pdf import by_priority_and_rank
    from workshop.reports.tables import GapRow

    rows = [GapRow(f"G{i}", str(i), None, "", "", p, r, 0, "")
            for i, (p, r) in enumerate([("low", 1), ("high", None), ("high", 2), ("medium", 1),
                                        ("high", 1)], 1)]
    assert [g.number for g in by_priority_and_rank(rows)] == ["G5", "G3", "G2", "G4", "G1"]


def test_an_empty_workshop_gives_a_sensible_gap_report(empty: dict[str, Any]) -> None:
    text, n = empty["gap"]["text"], empty["summary"]["counts"]
    assert n["commitments_with_consensus"] == 0 and n["gaps"] == 0
    assert f"{n['commitments_in_scope']} remain without a consensus" in text
    assert f"Not assessed {n['commitments_in_scope']}" in text
    assert "No actions were recorded." in text and "No institutions were recorded." in text
    assert "Empty workshop" in empty["gap"]["pages"][0] and "Kenya" in text
    assert "May 4 – 6, 2026" in empty["gap"]["pages"][0]  # one range, as CLDR writes it


# ----- the technical-assistance report -----


def test_ta_report_figures_agree_with_the_analysis(demo: dict[str, Any]) -> None:
    text, n = demo["ta"]["text"], demo["summary"]["counts"]
    table = between(text, "1.1 Needs by type of assistance and priority", "2. Needs by type")
    for code, label in ASSISTANCE_TYPES.items():
        assert re.search(rf"{re.escape(tr(label))} \d+ \d+ \d+ "
                         rf"{n['assistance_needs_by_type'][code]}\b", table), label
    high, medium, low = (n["assistance_needs_by_priority"][p] for p in PRIORITIES)
    assert f"Total {high} {medium} {low} {n['assistance_needs']}" in table
    assert f"identified {n['assistance_needs']} needs" in text
    for need in demo["needs"]:
        assert flat(need.description)[:30] in text
    sections = [item for item in demo["ta"]["outline"] if isinstance(item, str)]
    assert sections == ["1. Summary", "2. Needs by type of assistance",
                        "3. Needs by chapter and priority"]
    types = demo["ta"]["outline"][sections.index("2. Needs by type of assistance") + 2]
    used = [tr(label) for code, label in ASSISTANCE_TYPES.items()
            if n["assistance_needs_by_type"][code]]
    assert [t.split(" ", 1)[1] for t in types] == used


def test_the_ta_report_reads_on_its_own(demo: dict[str, Any]) -> None:
    """Each need linked to a gap carries the gap's words, not only its number."""
    text = demo["ta"]["text"]
    gaps = {g.uuid: g for g in demo["gaps"]}
    linked = [n for n in demo["needs"] if n.gap_uuid in gaps]
    assert linked
    for need in linked:
        words = flat(gaps[need.gap_uuid].description)
        assert re.search(rf"Gap G\d+: {re.escape(words[:30])}", text), words


def test_an_empty_workshop_gives_a_sensible_ta_report(empty: dict[str, Any]) -> None:
    text = empty["ta"]["text"]
    assert "identified 0 needs" in text
    assert "No needs for technical assistance were recorded." in text


# ----- scripts and fonts -----


def embedded_fonts(reader: pypdf.PdfReader) -> list[tuple[str, str]]:
    """(base font name, its ToUnicode map) for every font (and subset) the pages use."""
    out = {}
    for page in reader.pages:
        for ref in page["/Resources"].get("/Font", {}).values():
            font = ref.get_object()
            if "/ToUnicode" in font and "/FontFile2" in font["/FontDescriptor"]:  # embedded
                out[ref.idnum] = (str(font["/BaseFont"]),
                                  font["/ToUnicode"].get_object().get_data().decode())
    return list(out.values())


def mapped_text(cmap: str) -> str:
    """The characters a ToUnicode map maps glyphs to (NFKC: presentation forms to letters)."""
    codes = re.findall(r"<[0-9A-Fa-f]+>\s*<([0-9A-Fa-f]{4,})>", cmap)
    return unicodedata.normalize("NFKC", "".join(chr(int(c, 16)) for c in codes))


@pytest.mark.parametrize("kind", ["gap", "ta"])
def test_arabic_chinese_and_russian_print_with_fonts_holding_them(
        scripts: dict[str, Any], kind: str) -> None:
    pdf = scripts[kind]
    fonts = embedded_fonts(pdf["reader"])
    by_family = {family: "".join(mapped_text(cmap) for name, cmap in fonts if family in name)
                 for family in ("DroidSansFallback", "NotoNaskhArabic", "DejaVuSans")}
    assert set(CHINESE) <= set(by_family["DroidSansFallback"])
    assert set(ARABIC.replace(" ", "")) <= set(by_family["NotoNaskhArabic"])
    assert set(RUSSIAN.replace(" ", "")) <= set(by_family["DejaVuSans"])
    text = unicodedata.normalize("NFKC", pdf["text"])
    assert CHINESE in text and RUSSIAN in text
    words = ARABIC.split()
    assert all(word in text for word in words)
    # joined: the Arabic is printed in contextual forms, not isolated letters
    assert any("\uFE70" <= ch <= "\uFEFF" for ch in pdf["text"])
    if kind == "gap":
        assert "Министерство здравоохранения" in text


def test_each_script_gets_a_font_that_has_it() -> None:
    assert runs(f"Gap: {ARABIC} and {CHINESE}; {RUSSIAN}") == [
        ("DejaVuSans", "Gap: "), ("NotoNaskhArabic", f"{ARABIC} "), ("DejaVuSans", "and "),
        ("DroidSansFallback", CHINESE), ("DejaVuSans", f"; {RUSSIAN}")]
    # Naskh lacks brackets: the whole Arabic phrase then takes DejaVu, which has them, so that
    # no word is shaped with two fonts
    assert runs(f"({ARABIC})") == [("DejaVuSans", f"({ARABIC})")]


# ----- writing -----


@pytest.mark.parametrize("kind", ["gap", "ta"])
def test_a_cancel_leaves_no_file(demo_master: Path, tmp_path: Path, kind: str) -> None:
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        calls.append((done, total))
        if done == 2:
            raise KeyboardInterrupt  # what a cancel from the GUI looks like to the writer

    with pytest.raises(KeyboardInterrupt):
        write_report(demo_master, kind, "pdf", tmp_path / f"{kind}.pdf", progress=progress)
    assert list(tmp_path.iterdir()) == []
    assert [done for done, _total in calls] == [0, 1, 2]


def test_an_unwritable_target_is_one_sentence(demo_master: Path, tmp_path: Path,
                                              data_dir: Path) -> None:
    with pytest.raises(WorkshopError) as error:
        write_report(demo_master, "gap", "pdf", tmp_path / "missing" / "gap.pdf")
    assert "\n" not in str(error.value) and "gap.pdf" in str(error.value)
    result = subprocess.run(
        [sys.executable, "-m", "ui.launcher", "report", str(demo_master), "--kind", "ta",
         "--format", "pdf", "--out", str(tmp_path / "missing" / "ta.pdf")],
        capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    message = result.stderr.strip()
    assert message and "\n" not in message and "ta.pdf" in message


# ----- a document in Arabic -----

ARABIC_LABELS = {"Gap report": "تقرير الفجوات", "Key findings": "النتائج الرئيسية",
                 "Contents": "المحتويات", "No action taken": "لم يتخذ أي إجراء",
                 "Consensus status by chapter": "حالة التوافق حسب الفصل"}


@pytest.fixture(scope="module")
def arabic(demo_master: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    import workshop.languages.i18n as i18n

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(i18n, "_table",
                      lambda language: ARABIC_LABELS if language == "ar" else {})
        out = tmp_path_factory.mktemp("pdf-ar") / "gap-ar.pdf"
        return read(write_report(demo_master, "gap", "pdf", out, language="ar"))


def test_an_arabic_report_is_marked_arabic_and_shaped(arabic: dict[str, Any]) -> None:
    assert arabic["lang"] == "ar"
    assert arabic["outline"][0] == "1. النتائج الرئيسية"
    assert "4. حالة التوافق حسب الفصل" in arabic["outline"]
    chart_page = next(i for i, p in enumerate(arabic["pages"])
                      if "Commitments in scope by chapter" in p)
    # the chart's legend label is joined (contextual forms) and reads right to left
    lines = read_right_to_left(arabic["reader"].pages[chart_page])
    legend = [line for line in lines if bare("لم يتخذ أي إجراء") in bare(line)]
    assert legend


def bare(text: str) -> str:
    """Text without white space, brackets, Arabic vowel marks (which a PDF draws apart) and
    lam-alef (reportlab extracts that ligature as a private-use character)."""
    text = re.sub("ل[اأإآ]|[\ue000-\uf8ff]", "", unicodedata.normalize("NFKC", text))
    return "".join(c for c in text if not c.isspace() and c not in "()[]"
                   and unicodedata.category(c) != "Mn")


def page_lines(page: Any) -> list[list[tuple[str, str]]]:
    """The page's lines as an Arabic reader reads them, each a list of (text, font) runs: every
    run of text the PDF draws, with its place, the runs of a line taken from the right to the
    left. (pypdf gives each run's own text in logical order; the order between runs, which is
    the layout's, is what is tested here.)"""
    runs: list[tuple[float, float, int, str, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        if text.strip():  # pieces of one run share its start: the later the more to the left
            name = str(font.get("/BaseFont", "")) if font else ""
            runs.append((tm[5] + cm[5], tm[4] + cm[4], len(runs), text, name))

    page.extract_text(visitor_text=visit)
    lines: list[list[tuple[float, float, int, str, str]]] = []
    for run in sorted(runs, key=lambda r: -r[0]):  # from the top; a raised mark joins its line
        if lines and lines[-1][0][0] - run[0] <= 4:
            lines[-1].append(run)
        else:
            lines.append([run])
    return [[(text, font) for _y, _x, _i, text, font in sorted(line, key=lambda r: (-r[1], -r[2]))]
            for line in lines]


def read_right_to_left(page: Any) -> list[str]:
    """The page's lines as text read from the right (see page_lines)."""
    return [" ".join(text for text, _font in line) for line in page_lines(page)]


@pytest.fixture(scope="module")
def arabic_demo(demo_master: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The demo's gap report in Arabic, with the project's own Arabic translations."""
    out = tmp_path_factory.mktemp("pdf-ar-real") / "gap-ar.pdf"
    return read(write_report(demo_master, "gap", "pdf", out, language="ar"))


def test_the_arabic_summary_prints_the_figures_of_info_json(arabic_demo: dict[str, Any],
                                                            demo: dict[str, Any]) -> None:
    """Numbers beside Arabic letters print as the figures ("و10", not "و01"), the words and
    numbers of the sentence in the order an Arabic reader reads them."""
    n = demo["summary"]["counts"]
    figures = [n["commitments_in_scope"], n["commitments_with_consensus"], n["dissents"],
               n["commitments_in_scope"] - n["commitments_with_consensus"], n["gaps"],
               n["gaps_by_priority"]["high"], n["assistance_needs"], n["action_items"]]
    sentence = tr(
        "The workshop considered {scope} commitments in its scope. The plenary reached a "
        "consensus on the implementation status of {consensus} of them ({dissents} with a "
        "recorded dissent); {not_assessed} remain without a consensus. Participants identified "
        "{gaps} gaps, {high} of them of high priority, {needs} needs for technical assistance "
        "and {actions} actions for the national action plan.", "ar",
        **dict(zip(("scope", "consensus", "dissents", "not_assessed", "gaps", "high", "needs",
                    "actions"), map(str, figures), strict=True)))
    assert fonts.has_arabic(sentence)  # the translation exists
    page = arabic_demo["reader"].pages[2]
    text = bare(" ".join(read_right_to_left(page)))
    assert bare(sentence) in text
    start = text.index(bare(sentence))
    numbers = [int(x) for x in re.findall(r"\d+", text[start:start + len(bare(sentence))])]
    assert numbers == figures
    # one typeface through the sentence: its letters and figures all in Naskh
    lines = [line for line in page_lines(page)
             if bare(" ".join(text for text, _f in line)) in bare(sentence)]
    assert len(lines) >= 2
    for text, font in (run for line in lines for run in line):
        if any(c.isdigit() or fonts.is_arabic(c) for c in text):
            assert "NotoNaskhArabic" in font, (text, font)


def test_latin_words_in_an_arabic_report_print_without_ligatures(
        arabic_demo: dict[str, Any], demo: dict[str, Any]) -> None:
    venue = demo["summary"]["workshop"]["venue"]
    cover = arabic_demo["pages"][0]
    assert venue and venue in cover  # "Ministry", not "Miniﬆry": searchable as typed
    assert not any(0xFB00 <= ord(c) <= 0xFB06 for page in arabic_demo["pages"] for c in page)


@pytest.mark.parametrize("kind", ["gap", "ta"])
def test_every_font_is_embedded(demo: dict[str, Any], kind: str) -> None:
    """No page refers to a font the reader must supply (Helvetica's metrics differ and a PDF
    archive refuses it)."""
    for page in demo[kind]["reader"].pages:
        for ref in page["/Resources"].get("/Font", {}).values():
            font = ref.get_object()
            assert "/FontDescriptor" in font and "/FontFile2" in font["/FontDescriptor"], \
                font["/BaseFont"]


def test_names_are_listed_only_when_asked_and_only_in_the_gap_report(
        demo_master: Path, tmp_path: Path, data_dir: Path) -> None:
    from test_cli import one_sentence_error, workshop

    asked = read(write_report(demo_master, "gap", "pdf", tmp_path / "named.pdf",
                              personal_data=True))
    with WorkshopFile.open(demo_master, read_only=True) as store:
        names = sorted(p.name for p in store.records(Participant) if p.name)
    assert names and all(name in asked["text"] for name in names)
    assert "List of participants" in asked["text"]
    for kind, fmt in (("ta", "pdf"), ("ta", "xlsx"), ("full", "xlsx")):
        target = tmp_path / f"{kind}.{fmt}"
        with pytest.raises(WorkshopError, match="Only a workshop's gap report"):
            write_report(demo_master, kind, fmt, target, personal_data=True)
        assert not target.exists()
    done = workshop("report", str(demo_master), "--kind", "full", "--include-personal-data",
                    "--out", str(tmp_path / "x.xlsx"), data_dir=data_dir)
    assert "Only a workshop's gap report" in one_sentence_error(done)
    done = workshop("report", str(demo_master), "--kind", "gap", "--include-personal-data",
                    "--out", str(tmp_path / "cli.pdf"), data_dir=data_dir)
    assert done.returncode == 0, done.stderr
    assert names[0] in read(tmp_path / "cli.pdf")["text"]


@pytest.mark.parametrize("kind, title", [("gap", "Gap report"),
                                         ("ta", "Technical-assistance report")])
def test_body_pages_carry_the_running_header_and_their_number(demo: dict[str, Any], kind: str,
                                                               title: str) -> None:
    country = demo["summary"]["workshop"]["country_name"]
    pages = demo[kind]["pages"]
    for number, text in enumerate(pages[2:], start=3):  # after the cover and the contents
        assert f"{title} · {country}" in text, number
        assert f"Page {number}" in text, number
    assert "Page 1" not in pages[0]  # the cover has neither


def test_a_long_coloured_table_is_laid_out_in_blocks_with_their_own_colours() -> None:
    """Reportlab copies every cell's colour at each page break of one table: a long coloured
    table goes in blocks, each keeping the colours of its own rows."""
    from reportlab.platypus import LongTable

    from workshop.reports.pdf import ROWS_PER_BLOCK, Report

    report = Report("en", "t", "t")
    count = ROWS_PER_BLOCK * 2 + 5
    rows = [[f"Country {n}", f"{n % 5}.0"] for n in range(count)]
    fills = {(1, n): "#A8CF7E" if n % 2 else "#E07A7A" for n in range(count)}
    blocks = report.blocks(["Country", "Mean"], rows, [0.5, 0.5], fills=fills)
    assert [len(b._cellvalues) - 1 for b in blocks] == [ROWS_PER_BLOCK, ROWS_PER_BLOCK, 5]
    assert all(isinstance(b, LongTable) for b in blocks)
    for index, block in enumerate(blocks):
        colours = [c for c in block._bkgrndcmds if c[1] != (0, 0)]
        assert len(colours) == len(block._cellvalues) - 1
        first = index * ROWS_PER_BLOCK
        assert [c[1][1] - 1 + first for c in colours] == list(
            range(first, first + len(block._cellvalues) - 1))


def test_short_latin_cells_are_strings_and_others_paragraphs() -> None:
    from workshop.reports.pdf import Report

    report = Report("en", "t", "t")
    table = report.table(["A", "B"], [["12", "ملاحظة"], ["a long text " * 30, ""]], [0.5, 0.5])
    (short, arabic), (long_text, empty) = table._cellvalues[1:]
    assert short == "12" and empty == ""
    assert not isinstance(arabic, str) and not isinstance(long_text, str)
