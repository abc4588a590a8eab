"""Text that holds Arabic, laid out for the PDF reports in the order an Arabic reader reads it.

reportlab leaves the bidirectional algorithm to `rlbidi`, which is not on the package index.
Without it a paragraph's words go left to right, and with `shaping` each word goes whole to
HarfBuzz, which reverses a right-to-left word, digits included: an Arabic sentence printed its
words in reverse order, "و10" ("and 10") printed as "و01", and Latin words of the same
paragraph were shaped with the font's discretionary ligatures ("Miniﬆry", which no search
finds). So every text holding Arabic is laid out here instead:

- the Unicode bidirectional algorithm (UAX #9, its implicit rules: report text carries no
  embedding or isolate controls, which are taken as neutral) gives each character a level;
- lines are broken at spaces in logical order, then each line's runs (one level, one font)
  are put in visual order (rule L2) and drawn one after the other;
- Arabic runs are shaped by HarfBuzz with its default features and no discretionary ones;
  every other run is drawn as plain glyphs, so a Latin word prints and extracts as typed;
  brackets in right-to-left runs are mirrored (rule L4);
- digits and punctuation take the typeface of the letters before them where it has them, so
  an Arabic sentence reads in one typeface (Naskh lacks brackets and a few signs: those alone
  take DejaVu Sans).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import ShapedStr, shapeFragWord
from reportlab.platypus import Flowable

from workshop.reports import fonts

_MIRRORED = dict(zip("()[]{}<>«»‹›", ")(][}{><»«›‹", strict=True))
_NEUTRAL = frozenset({"B", "S", "WS", "ON"})
_EXPLICIT = frozenset({"LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI", "BN"})
# HarfBuzz's defaults (Arabic joining, required ligatures, marks) plus kerning and standard
# ligatures; reportlab's own default adds "dlig", the decorative ligatures.
_FEATURES = {"kern": True, "liga": True}


def base_level(text: str, rtl_default: bool) -> int:
    """The paragraph's embedding level (rules P2, P3): 1 when its first strong letter is written
    right to left, 0 when left to right; `rtl_default` decides for text without letters."""
    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction in ("R", "AL"):
            return 1
        if direction == "L":
            return 0
    return 1 if rtl_default else 0


def _weak_types(types: list[str], sor: str) -> list[str]:
    """Rules W1-W7: numbers and their separators resolved against the letters before them."""
    n = len(types)
    previous = sor
    for i, kind in enumerate(types):  # W1: a mark takes the type of what it marks
        if kind == "NSM":
            types[i] = previous
        previous = types[i]
    strong = sor
    for i, kind in enumerate(types):  # W2: European digits after Arabic letters are Arabic
        if kind in ("L", "R", "AL"):
            strong = kind
        elif kind == "EN" and strong == "AL":
            types[i] = "AN"
    types = ["R" if kind == "AL" else kind for kind in types]  # W3
    for i in range(1, n - 1):  # W4: one separator between two numbers of a kind joins them
        left, kind, right = types[i - 1], types[i], types[i + 1]
        if kind == "ES" and left == right == "EN":
            types[i] = "EN"
        elif kind == "CS" and left == right and left in ("EN", "AN"):
            types[i] = left
    i = 0
    while i < n:  # W5: currency and percent signs beside European digits
        if types[i] != "ET":
            i += 1
            continue
        j = i
        while j < n and types[j] == "ET":
            j += 1
        if (i > 0 and types[i - 1] == "EN") or (j < n and types[j] == "EN"):
            types[i:j] = ["EN"] * (j - i)
        i = j
    types = ["ON" if kind in ("ES", "ET", "CS") else kind for kind in types]  # W6
    strong = sor
    for i, kind in enumerate(types):  # W7: European digits after Latin letters are Latin
        if kind in ("L", "R"):
            strong = kind
        elif kind == "EN" and strong == "L":
            types[i] = "L"
    return types


def _neutral_types(types: list[str], sor: str) -> list[str]:
    """Rules N1, N2: spaces and punctuation between two runs of one direction take it; any
    other takes the paragraph's."""
    n, i = len(types), 0
    while i < n:
        if types[i] not in _NEUTRAL:
            i += 1
            continue
        j = i
        while j < n and types[j] in _NEUTRAL:
            j += 1
        before = sor if i == 0 else ("L" if types[i - 1] == "L" else "R")
        after = sor if j == n else ("L" if types[j] == "L" else "R")
        types[i:j] = [before if before == after else sor] * (j - i)
        i = j
    return types


def levels(text: str, base: int) -> list[int]:
    """The embedding level of each character of one paragraph (no line breaks inside)."""
    types = [unicodedata.bidirectional(c) or "L" for c in text]
    types = ["ON" if kind in _EXPLICIT else kind for kind in types]
    sor = "R" if base % 2 else "L"
    types = _neutral_types(_weak_types(types, sor), sor)
    if base % 2 == 0:
        return [base + (1 if kind == "R" else 2 if kind in ("AN", "EN") else 0)
                for kind in types]
    return [base + (1 if kind in ("L", "EN", "AN") else 0) for kind in types]


def visual_order(item_levels: list[int]) -> list[int]:
    """Rule L2: the indexes of a line's items (characters or runs) in visual order, left to
    right, from their levels."""
    order = list(range(len(item_levels)))
    if not order:
        return order
    highest = max(item_levels)
    lowest_odd = min((lv for lv in item_levels if lv % 2), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if item_levels[order[i]] < level:
                i += 1
                continue
            j = i
            while j < len(order) and item_levels[order[j]] >= level:
                j += 1
            order[i:j] = order[i:j][::-1]
            i = j
    return order


_TRAILING = ".,;:!?،؛"


def latin_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each run of words without Arabic that holds a Latin letter (a reference
    such as "2016 1(i)", a name, "(XN)"), to be read left to right as a whole inside a right-to-
    left paragraph, as if isolated (U+2066...U+2069): the implicit rules alone would scatter
    "2016 1(i)" around its bracket. A sentence's closing punctuation stays outside."""
    spans: list[tuple[int, int]] = []
    for start, end in _words(text):
        word_end = end
        while word_end > start and text[word_end - 1].isspace():
            word_end -= 1
        if fonts.has_arabic(text[start:word_end]):
            continue
        if spans and spans[-1][1] == start:
            spans[-1] = (spans[-1][0], word_end)
        elif spans and text[spans[-1][1]:start].isspace():
            spans[-1] = (spans[-1][0], word_end)
        else:
            spans.append((start, word_end))
    out = []
    for start, end in spans:
        while end > start and text[end - 1] in _TRAILING:
            end -= 1
        if any(unicodedata.bidirectional(c) == "L" for c in text[start:end]):
            out.append((start, end))
    return out


def _font_families(text: str) -> list[str]:
    """The family of each character: a word's letters in the first font holding the whole
    word (so that a word is shaped in one font); digits, spaces and punctuation in the font of
    the letters before them where it has them, else of the letters after, else the first that
    has them."""
    coverage = fonts.register()
    families: list[str | None] = [None] * len(text)
    i = 0
    while i < len(text):  # words: runs of letters of one kind (Arabic or not)
        if unicodedata.bidirectional(text[i]) not in ("L", "R", "AL", "NSM"):
            i += 1
            continue
        arabic = fonts.is_arabic(text[i])
        j = i
        while j < len(text) and unicodedata.bidirectional(text[j]) in ("L", "R", "AL", "NSM") \
                and (fonts.is_arabic(text[j]) == arabic or unicodedata.bidirectional(
                    text[j]) == "NSM"):
            j += 1
        family = fonts.font_for(text[i:j])
        for k in range(i, j):
            families[k] = family or fonts.char_font(text[k])
        i = j
    letters = list(families)
    for i, family in enumerate(letters):
        if family is not None:
            continue
        code = ord(text[i])
        before = next((f for f in reversed(letters[:i]) if f), None)
        after = next((f for f in letters[i + 1:] if f), None)
        families[i] = next((f for f in (before, after) if f and code in coverage[f]), None) \
            or fonts.char_font(text[i])
    return [f or fonts.LATIN for f in families]


@lru_cache(maxsize=4096)
def shape(text: str, font: str, size: float) -> tuple[Any, float]:
    """An Arabic run shaped by HarfBuzz (glyphs in visual order) and its width."""
    from reportlab.lib.abag import ABag

    word = [stringWidth(text, font, size), (ABag(fontName=font, fontSize=size), text)]
    shaped = shapeFragWord(word, features=_FEATURES, force=True)
    glyphs = shaped[1][1]
    if isinstance(glyphs, ShapedStr):
        return glyphs, sum(d.x_advance for d in glyphs.__shapeData__) * size / 1000
    return glyphs, stringWidth(glyphs, font, size)


@dataclass
class Run:
    """Characters of one line that share a level and a font, ready to draw."""

    text: str  # in logical order
    font: str
    level: int
    width: float = 0.0

    @property
    def shaped(self) -> bool:
        """Whether HarfBuzz shapes the run (it holds Arabic letters)."""
        return fonts.has_arabic(self.text)

    def glyphs(self, size: float) -> Any:
        """What to draw, left to right: shaped glyphs, or the characters in visual order."""
        if self.shaped:
            return shape(self.text, self.font, size)[0]
        if self.level % 2:
            return "".join(_MIRRORED.get(c, c) for c in reversed(self.text))
        return self.text

    def measure(self, size: float) -> float:
        """The run's width at `size`; kept in `width`."""
        self.width = shape(self.text, self.font, size)[1] if self.shaped \
            else stringWidth(self.text, self.font, size)
        return self.width


class _Paragraph:
    """One paragraph (no line feed inside) with each character's level and font."""

    def __init__(self, text: str, rtl_default: bool, bold: bool,
                 rtl_document: bool = False) -> None:
        self.text = text
        # in a right-to-left document every text holding Arabic reads from the right, even one
        # that starts with a Latin reference ("2016 1(a) ..."); elsewhere its first letter says
        self.base = 1 if rtl_document and fonts.has_arabic(text) \
            else base_level(text, rtl_default)
        self.levels = levels(text, self.base)
        if self.base % 2:
            for start, end in latin_spans(text):
                self.levels[start:end] = levels(text[start:end], self.base + 1)
        families = _font_families(text)
        self.fonts = [fonts.bold(f) if bold else f for f in families]

    def runs(self, start: int, end: int) -> list[Run]:
        """The runs of characters start..end, in logical order."""
        out: list[Run] = []
        for i in range(start, end):
            if out and out[-1].font == self.fonts[i] and out[-1].level == self.levels[i]:
                out[-1].text += self.text[i]
            else:
                out.append(Run(self.text[i], self.fonts[i], self.levels[i]))
        return out

    def width(self, start: int, end: int, size: float) -> float:
        """The width of characters start..end."""
        return sum(run.measure(size) for run in self.runs(start, end))

    def lines(self, width: float, size: float) -> list[list[Run]]:
        """Break at spaces so that each line fits `width` (a word longer than a line is cut
        between characters); each line's runs in visual order."""
        words = _words(self.text)
        lines: list[tuple[int, int]] = []
        start = end = None
        for word_start, word_end in words:
            if start is None:
                start, end = word_start, word_end
            elif self.width(start, word_end, size) <= width:
                end = word_end
            else:
                lines.append((start, end))  # type: ignore[arg-type]
                start, end = word_start, word_end
            while self.width(start, end, size) > width and end - start > 1:
                cut = self._cut(start, end, width, size)
                if cut >= end:
                    break
                lines.append((start, cut))
                start = cut
        if start is not None:
            lines.append((start, end))  # type: ignore[arg-type]
        return [self.visual(a, b, size) for a, b in lines] or [[]]

    def _cut(self, start: int, end: int, width: float, size: float) -> int:
        """Where to cut a too long word: the most characters that fit, at least one."""
        cut = start + 1
        while cut < end and self.width(start, cut + 1, size) <= width:
            cut += 1
        return cut

    def visual(self, start: int, end: int, size: float) -> list[Run]:
        """Characters start..end as runs in visual order (trailing spaces left out)."""
        while end > start and self.text[end - 1].isspace():
            end -= 1
        runs = self.runs(start, end)
        for run in runs:
            run.measure(size)
        return [runs[i] for i in visual_order([run.level for run in runs])]


def _words(text: str) -> list[tuple[int, int]]:
    """(start, end) of each word with the spaces after it."""
    out, i = [], 0
    while i < len(text):
        j = i
        while j < len(text) and not text[j].isspace():
            j += 1
        while j < len(text) and text[j].isspace():
            j += 1
        out.append((i, j))
        i = j
    return out


def text_width(text: str, size: float, bold: bool = False, rtl_default: bool = True) -> float:
    """The width of `text` on one line, as a BidiParagraph prints it."""
    paragraph = _Paragraph(text.replace("\n", " "), rtl_default, bold, rtl_default)
    return paragraph.width(0, len(paragraph.text), size)


class BidiParagraph(Flowable):
    """A paragraph of plain text holding Arabic, laid out and drawn in visual order.

    It takes the place of reportlab's Paragraph (same style: font size, leading, colour,
    alignment, spacing, bold face) wherever a text holds Arabic; `rtl_default` is the
    direction of text without letters (the document's).
    """

    def __init__(self, text: str, style: ParagraphStyle, rtl_default: bool = True,
                 rtl_document: bool = False) -> None:
        super().__init__()
        self.source = text
        self.style = style
        self.rtl_default = rtl_default
        self.rtl_document = rtl_document
        self._lines: list[list[Run]] = []
        self._wrapped: tuple[float, float, str, float] | None = None

    def _bold(self) -> bool:
        return self.style.fontName.endswith("-Bold")

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        key = (available_width, self.style.fontSize, self.style.fontName, self.style.leading)
        if self._wrapped != key:
            self._lines = []
            for text in self.source.replace("\r\n", "\n").split("\n"):
                paragraph = _Paragraph(text, self.rtl_default, self._bold(),
                                       self.rtl_document)
                self._lines += paragraph.lines(available_width, self.style.fontSize)
            self._wrapped = key
        self.width = available_width
        self.height = len(self._lines) * self.style.leading
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        self.wrap(available_width, available_height)
        fit = int(available_height // self.style.leading)
        if fit <= 0 or fit >= len(self._lines):
            return [] if fit <= 0 else [self]
        parts = []
        for lines in (self._lines[:fit], self._lines[fit:]):
            part = BidiParagraph(self.source, self.style, self.rtl_default,
                                 self.rtl_document)
            part._lines, part._wrapped = lines, self._wrapped
            parts.append(part)
        return parts

    def getSpaceBefore(self) -> float:  # noqa: N802 (reportlab's name)
        return self.style.spaceBefore

    def getSpaceAfter(self) -> float:  # noqa: N802 (reportlab's name)
        return self.style.spaceAfter

    def plain_text(self) -> str:
        """The text as given (logical order)."""
        return self.source

    def draw(self) -> None:
        canvas, style = self.canv, self.style
        size = style.fontSize
        canvas.saveState()
        canvas.setFillColor(style.textColor)
        y = self.height - size
        for runs in self._lines:
            line_width = sum(run.width for run in runs)
            x = {TA_RIGHT: self.width - line_width,
                 TA_CENTER: (self.width - line_width) / 2}.get(style.alignment, 0)
            for run in runs:
                text = canvas.beginText(x, y)
                text.setFont(run.font, size)
                text.textOut(run.glyphs(size))
                canvas.drawText(text)
                x += run.width
            y -= style.leading
        canvas.restoreState()
