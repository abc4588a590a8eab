"""Fonts of the PDF reports: the bundled TrueType fonts, and the right one for each run of text.

reportlab has no font fallback: a run of text in a script its font lacks prints as boxes. The
user's own text (measures, gaps, names) may be in any of the six UN languages, so every piece
of text goes through `markup`, which gives each word the first bundled font holding all its
glyphs: DejaVu Sans (Latin, Cyrillic, Greek and much else), Noto Naskh Arabic for Arabic words,
Droid Sans Fallback for Chinese. Whole words keep one font where any font can, because
reportlab shapes a word (Arabic joining) with the font of its first letter.

The fonts and their licences are in `resources/fonts/`; they are registered once per process.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from workshop.paths import resources_dir

LATIN = "DejaVuSans"
ARABIC = "NotoNaskhArabic"
CHINESE = "DroidSansFallback"

# family -> (regular file, bold file); Droid has no bold: its regular serves both.
_FILES = {
    LATIN: ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    ARABIC: ("NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf"),
    CHINESE: ("DroidSansFallbackFull.ttf", None),
}
_ARABIC_ORDER = (ARABIC, LATIN, CHINESE)
_TOKENS = re.compile(r"(\s+)")
_OTHER_ORDER = (LATIN, CHINESE, ARABIC)


def bold(family: str) -> str:
    """The registered name of a family's bold face."""
    return f"{family}-Bold"


@cache
def register() -> dict[str, frozenset[int]]:
    """Register the bundled fonts with reportlab (once); returns each family's code points."""
    folder = resources_dir() / "fonts"
    coverage = {}
    for family, (regular, bold_file) in _FILES.items():
        font = TTFont(family, str(folder / regular))
        pdfmetrics.registerFont(font)
        if bold_file:
            pdfmetrics.registerFont(TTFont(bold(family), str(folder / bold_file)))
        else:
            pdfmetrics.registerFont(TTFont(bold(family), str(folder / regular)))
        for is_bold in (0, 1):
            for italic in (0, 1):
                addMapping(family, is_bold, italic, bold(family) if is_bold else family)
        coverage[family] = frozenset(font.face.charToGlyph)
    return coverage


def is_arabic(char: str) -> bool:
    """Whether `char` is a letter or mark of the Arabic script."""
    code = ord(char)
    return (0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F or 0x08A0 <= code <= 0x08FF
            or 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF)


def has_arabic(text: str) -> bool:
    """Whether `text` holds any Arabic letter (it then needs shaping)."""
    return any(is_arabic(c) for c in text)


def starts_right_to_left(text: str) -> bool:
    """Whether the first letter of `text` is written right to left (Arabic, Hebrew...)."""
    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False


def font_for(word: str) -> str | None:
    """The first family holding every glyph of `word`; None when no single family does."""
    coverage = register()
    order = _ARABIC_ORDER if has_arabic(word) else _OTHER_ORDER
    codes = {ord(c) for c in word}
    for family in order:
        if codes <= coverage[family]:
            return family
    return None


def char_font(char: str) -> str:
    """The first family holding `char` (Naskh first for an Arabic letter); DejaVu for none."""
    coverage = register()
    order = _ARABIC_ORDER if is_arabic(char) else _OTHER_ORDER
    return next((f for f in order if ord(char) in coverage[f]), LATIN)


def _word_fonts(words: list[str]) -> list[str | None]:
    """The family of each word; a phrase of Arabic words shares one family, so that it is
    shaped and ordered right to left as a whole (Naskh where it has every glyph, else DejaVu)."""
    families = [font_for(word) for word in words]
    start = 0
    while start < len(words):
        if not has_arabic(words[start]):
            start += 1
            continue
        end = start
        while end < len(words) and has_arabic(words[end]):
            end += 1
        if any(f != ARABIC for f in families[start:end]):
            common = font_for("".join(words[start:end]))
            families[start:end] = [common] * (end - start) if common else families[start:end]
        start = end
    return families


def runs(text: str) -> list[tuple[str, str]]:
    """`text` cut into (family, text) runs, each in a font holding its glyphs.

    Spaces join the run before them, so a phrase in one script stays one run (shaped and
    ordered as a whole).
    """
    out: list[list[str]] = []

    def add(family: str, piece: str) -> None:
        if out and out[-1][0] == family:
            out[-1][1] += piece
        else:
            out.append([family, piece])

    tokens = [t for t in _TOKENS.split(text) if t]
    words = [t for t in tokens if not t.isspace()]
    families = iter(_word_fonts(words))
    for token in tokens:
        if token.isspace():
            add(out[-1][0] if out else LATIN, token)
            continue
        family = next(families)
        if family is None:
            for char in token:
                add(char_font(char), char)
        else:
            add(family, token)
    return [(family, piece) for family, piece in out if piece]


def markup(text: str, base: str = LATIN) -> str:
    """`text` as Paragraph markup: escaped, line breaks kept, each run in a font that has it."""
    parts = []
    for family, piece in runs(text.replace("\r\n", "\n")):
        escaped = escape(piece).replace("\n", "<br/>")
        parts.append(escaped if family == base else f'<font face="{family}">{escaped}</font>')
    return "".join(parts)
