"""The bidirectional layout of the PDF reports (workshop/reports/bidi.py): levels, visual order
and the runs each line draws, on the cases an Arabic report meets."""

from __future__ import annotations

from workshop.reports import fonts
from workshop.reports.bidi import _Paragraph, base_level, levels, visual_order


def drawn(text: str, rtl_default: bool = True) -> list[tuple[str, str]]:
    """(text in logical order, family) of each run of `text` on one line, left to right."""
    paragraph = _Paragraph(text, rtl_default, bold=False)
    return [(run.text, run.font) for run in paragraph.lines(10_000, 10)[0]]


def test_a_number_after_an_arabic_letter_keeps_its_digits_in_order() -> None:
    # "and 10": the digits at level 2 print left to right, to the left of the letter
    assert levels("و10", 1) == [1, 2, 2]
    assert drawn("و10") == [("10", fonts.ARABIC), ("و", fonts.ARABIC)]


def test_the_words_of_an_arabic_sentence_go_from_the_right() -> None:
    assert drawn("لم يتخذ أي إجراء") == [("لم يتخذ أي إجراء", fonts.ARABIC)]
    # a Latin phrase inside keeps its own order and goes where the sentence puts it
    runs = drawn("عقدت في Ministry of Health اليوم")
    assert [text for text, _f in runs] == ["اليوم", " ", "Ministry of Health", "عقدت في "]
    assert dict(runs)["Ministry of Health"] == fonts.LATIN


def test_a_heading_number_stands_at_the_right_of_an_arabic_title() -> None:
    assert base_level("1. موجز تنفيذي", False) == 1
    runs = drawn("1. موجز تنفيذي")
    assert runs[-1][0] == "1" and runs[0][0].startswith(".")
    assert [text for text, _f in drawn("3.1 خفض الطلب")][-1] == "3.1"


def test_brackets_are_mirrored_and_only_they_leave_the_arabic_typeface() -> None:
    runs = drawn("(5 مع رأي مخالف)")
    families = {text: family for text, family in runs}
    assert families["5"] == fonts.ARABIC and families[" مع رأي مخالف"] == fonts.ARABIC
    assert families["("] == families[")"] == fonts.LATIN  # Naskh has no brackets
    paragraph = _Paragraph("(5 مع رأي مخالف)", True, bold=False)
    line = paragraph.lines(10_000, 10)[0]
    assert line[0].glyphs(10) == "(" and line[-1].glyphs(10) == ")"  # mirrored at level 1


def test_left_to_right_text_with_an_arabic_phrase() -> None:
    assert base_level("Gap: نقص الميزانية 2026", True) == 0
    # the year after Arabic letters is read with them: right of the Latin, left of the Arabic
    assert drawn("Gap: نقص الميزانية 2026") == [
        ("Gap: ", fonts.LATIN), ("2026", fonts.ARABIC), ("نقص الميزانية ", fonts.ARABIC)]


def test_visual_order_reverses_from_the_highest_level() -> None:
    assert visual_order([0, 0, 1, 1, 2, 2, 1]) == [0, 1, 6, 4, 5, 3, 2]
    assert visual_order([]) == []
