"""Laying out the PDF reports: page templates, styles, tables, charts and the outline.

The gap report and the technical-assistance report share one look, that of a document a UN
secretariat publishes: a cover page, a running header with the workshop's name, page numbers,
a contents page, numbered sections bookmarked in the PDF outline, tables with a repeated
header row. All text goes through `Report.paragraph`: text holding Arabic is laid out by
`bidi.BidiParagraph` (words in the order an Arabic reader reads them, Arabic shaped), any other
through `fonts.markup`, so any script prints with a font that has its glyphs; in an Arabic
document everything reads right to left (right alignment, table columns mirrored).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, BinaryIO

from reportlab.graphics import renderPDF
from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    LongTable,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

from workshop.languages.i18n import N_, tr
from workshop.languages.locale_data import format_date_range, format_number
from workshop.reports import fonts
from workshop.reports.bidi import BidiParagraph, text_width

UN_BLUE = colors.HexColor("#1F4E79")
RULE = colors.HexColor("#9DB3C8")
HEADER_FILL = colors.HexColor("#DCE6F0")
ZEBRA = colors.HexColor("#F5F7FA")
MUTED = colors.HexColor("#555555")

# Colours of the consensus status (as in the workbooks' fills, a little stronger for print).
STATUS_COLOURS = {"0": "#E07A7A", "1": "#F0A868", "2": "#F2D16B", "3": "#A8CF7E",
                  "4": "#5FAE5A", "na": "#B0B0B0", "unknown": "#D6D6D6",
                  "not_assessed": "#E8EDF3"}
PRIORITY_COLOURS = {"high": "#C0504D", "medium": "#F2A93B", "low": "#8EB4D9"}

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 20 * mm
ROWS_PER_BLOCK = 40  # rows of a long coloured table laid out as one table (Report.blocks)
TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN


def label_width_of(text: str, size: float) -> float:
    """The width of a one-line label as it prints (Arabic shaped, fonts per run)."""
    if fonts.has_arabic(text):
        return text_width(text, size)
    return sum(stringWidth(piece, family, size) for family, piece in fonts.runs(text))


class Chart(Flowable):
    """A reportlab.graphics drawing with its labels drawn as paragraphs on top.

    A String of reportlab.graphics has one font and is never shaped, so Arabic would print
    unjoined; paragraphs are shaped and take a font per run, like all other text here.
    """

    def __init__(self, drawing: Drawing,
                 labels: list[tuple[Paragraph, float, float, str, float]]) -> None:
        super().__init__()
        self.drawing = drawing
        # (paragraph, x, y of the middle of its line, "start" or "end", width)
        self.labels = labels

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.drawing.width, self.drawing.height

    def draw(self) -> None:
        renderPDF.draw(self.drawing, self.canv, 0, 0)
        for paragraph, x, y, anchor, width in self.labels:
            _w, height = paragraph.wrap(width, 100)
            left = x if anchor == "start" else x - width
            paragraph.drawOn(self.canv, left, y - height / 2)


class Report:
    """A PDF report being composed: its language, styles and story (the flowables)."""

    def __init__(self, language: str, title: str, running_header: str) -> None:
        fonts.register()
        self.language = language
        self.rtl = language.split("-")[0].split("_")[0] == "ar"
        self.title = title
        self.running_header = running_header
        self.story: list[Flowable] = []
        self._sections = 0
        self._subsections = 0
        align = TA_RIGHT if self.rtl else TA_LEFT
        base = dict(fontName=fonts.LATIN, alignment=align, wordWrap=None)
        self.styles = {
            "body": ParagraphStyle("body", fontSize=9.5, leading=13.5, spaceAfter=5, **base),
            "small": ParagraphStyle("small", fontSize=8, leading=10.5, textColor=MUTED, **base),
            "cell": ParagraphStyle("cell", fontSize=8, leading=10, **base),
            "compact": ParagraphStyle("compact", fontSize=7, leading=8.6, **base),
            "chart": ParagraphStyle("chart", fontSize=7.5, leading=9,
                                    textColor=colors.HexColor("#333333"), **base),
            "head": ParagraphStyle("head", fontSize=8, leading=10, textColor=UN_BLUE,
                                   keepWithNext=1,
                                   **{**base, "fontName": fonts.bold(fonts.LATIN)}),
            "h1": ParagraphStyle("h1", fontSize=15, leading=19, spaceBefore=4, spaceAfter=8,
                                 textColor=UN_BLUE,
                                 **{**base, "fontName": fonts.bold(fonts.LATIN)}),
            "h2": ParagraphStyle("h2", fontSize=11.5, leading=15, spaceBefore=10, spaceAfter=5,
                                 textColor=UN_BLUE, keepWithNext=1,
                                 **{**base, "fontName": fonts.bold(fonts.LATIN)}),
            "cover_title": ParagraphStyle("cover_title", fontSize=24, leading=30,
                                          textColor=UN_BLUE, spaceAfter=14,
                                          **{**base, "fontName": fonts.bold(fonts.LATIN)}),
            "cover": ParagraphStyle("cover", fontSize=12, leading=17, spaceAfter=4, **base),
            "figure": ParagraphStyle("figure", fontSize=18, leading=22, textColor=UN_BLUE,
                                     **{**base, "fontName": fonts.bold(fonts.LATIN),
                                        "alignment": TA_CENTER}),
            "figure_label": ParagraphStyle("figure_label", fontSize=7.5, leading=9.5,
                                           textColor=MUTED, **{**base, "alignment": TA_CENTER}),
            "toc1": ParagraphStyle("toc1", fontSize=10, leading=15,
                                   **{**base, "fontName": fonts.bold(fonts.LATIN)}),
            "toc2": ParagraphStyle("toc2", fontSize=9, leading=12, **base),
        }
        self._shaped: dict[str, ParagraphStyle] = {}

    # ----- text -----

    def t(self, text: str, **values: object) -> str:
        """A label in the report's language."""
        return tr(text, self.language, **values)

    def _style(self, name: str, text: str) -> ParagraphStyle:
        """The style for `text`: a text holding Arabic is aligned by the direction of its first
        letter (an Arabic gap in an English table reads from the right); any other keeps the
        document's alignment."""
        style = self.styles[name]
        if not fonts.has_arabic(text) or style.alignment == TA_CENTER:
            return style
        rtl = self.rtl or fonts.starts_right_to_left(text)
        key = f"{name}-{rtl}"
        if key not in self._shaped:
            self._shaped[key] = ParagraphStyle(f"{name}-{'rtl' if rtl else 'ltr'}",
                                               parent=style,
                                               alignment=TA_RIGHT if rtl else TA_LEFT)
        return self._shaped[key]

    def paragraph(self, text: str, style: str = "body") -> Flowable:
        """A paragraph of plain text (a label or the user's own words) in `style`."""
        if fonts.has_arabic(text):
            return BidiParagraph(text, self._style(style, text), rtl_default=self.rtl,
                                 rtl_document=self.rtl)
        return Paragraph(fonts.markup(text), self._style(style, text))

    def add(self, *flowables: Flowable) -> None:
        """Append flowables to the story."""
        self.story.extend(flowables)

    def text(self, text: str, style: str = "body") -> None:
        """Append a paragraph."""
        self.add(self.paragraph(text, style))

    def _heading(self, number: str, title: str, style: str, level: int) -> None:
        logical = f"{number} {title}"
        heading = self.paragraph(logical, style)
        heading.outline = (logical, level)
        self.add(heading)

    def section(self, title: str, new_page: bool = True) -> None:
        """A numbered section heading, listed in the contents and the PDF outline."""
        self._sections += 1
        self._subsections = 0
        if new_page:
            self.add(PageBreak())
        self._heading(f"{self._sections}.", title, "h1", 0)

    def subsection(self, title: str) -> None:
        """A numbered subsection heading (in the outline under its section)."""
        self._subsections += 1
        self._heading(f"{self._sections}.{self._subsections}", title, "h2", 1)

    # ----- tables and figures -----

    def table(self, header: Sequence[str], rows: Sequence[Sequence[Any]],
              widths: Sequence[float], fills: dict[tuple[int, int], str] | None = None,
              numeric: Sequence[int] = (), bold_last: bool = False,
              compact: bool = False, row_height: float | None = None) -> Table:
        """A table of text with a repeated header row; `widths` are fractions of the text
        width; `fills` colours cells (column, row) with hex colours; `numeric` columns align
        to the end; `compact` sets the cells a size smaller (the key findings' one page);
        `row_height` makes every body row that tall (a form to write on)."""
        cell_style = "compact" if compact else "cell"
        col_widths = [w * TEXT_WIDTH for w in widths]
        size = self.styles[cell_style].fontSize
        cells: list[list[Any]] = [[self.paragraph(h, "head") for h in header]]
        for row in rows:
            cells.append([self._cell("" if v is None else str(v), cell_style, size,
                                     col_widths[c] - 6) for c, v in enumerate(row)])
        commands: list[tuple[Any, ...]] = [
            ("FONTNAME", (0, 0), (-1, -1), fonts.LATIN),  # else Helvetica is referenced
            # cells of one short line of Latin text are drawn as strings (see `_cell`)
            ("FONTSIZE", (0, 1), (-1, -1), size),
            ("LEADING", (0, 1), (-1, -1), self.styles[cell_style].leading),
            ("ALIGN", (0, 1), (-1, -1), "RIGHT" if self.rtl else "LEFT"),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, UN_BLUE),
            ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 1.2 if compact else 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2 if compact else 2.5),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ]
        for (column, line), colour in (fills or {}).items():
            commands.append(("BACKGROUND", (column, line + 1), (column, line + 1),
                             colors.HexColor(colour)))
        for column in numeric:
            commands.append(("ALIGN", (column, 1), (column, -1), "LEFT" if self.rtl
                             else "RIGHT"))
            for cell_row in cells:
                cell = cell_row[column]
                if isinstance(cell, Flowable):
                    cell.style = ParagraphStyle("num", parent=cell.style,
                                                alignment=TA_LEFT if self.rtl else TA_RIGHT)
        if bold_last and rows:
            commands.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, UN_BLUE))
            commands.append(("FONTNAME", (0, -1), (-1, -1), fonts.bold(fonts.LATIN)))
            for cell in cells[-1]:
                if isinstance(cell, Flowable):
                    cell.style = ParagraphStyle("total", parent=cell.style,
                                                fontName=fonts.bold(fonts.LATIN))
        if self.rtl:  # columns read from the right
            cells = [list(reversed(r)) for r in cells]
            col_widths = list(reversed(col_widths))
            last = len(header) - 1
            whole = ("FONTNAME", "VALIGN", "TOPPADDING", "BOTTOMPADDING", "LEFTPADDING",
                     "RIGHTPADDING")
            commands = [c if c[0] in whole or c[1][0] == 0 and c[2][0] == -1
                        else (c[0], (last - c[1][0], c[1][1]), (last - c[2][0], c[2][1]), *c[3:])
                        for c in commands]
        heights = None if row_height is None else [None] + [row_height] * len(rows)
        # LongTable lays out only the rows a page needs when it splits; Table measures every
        # row left at each page break, which grows with the square of a long table.
        table = LongTable(cells, colWidths=col_widths, rowHeights=heights, repeatRows=1,
                          hAlign="RIGHT" if self.rtl else "LEFT")
        table.setStyle(TableStyle(commands))
        return table

    def blocks(self, header: Sequence[str], rows: Sequence[Sequence[Any]],
               widths: Sequence[float], fills: dict[tuple[int, int], str] | None = None,
               numeric: Sequence[int] = (), rows_per_block: int = ROWS_PER_BLOCK
               ) -> list[Table]:
        """A long table (coloured or not) as tables of `rows_per_block` rows, each with the
        header.

        Reportlab keeps a style for every cell and copies a table's cell colours at each page
        break: one table of thousands of coloured rows (a country per workshop merged) grows
        with the square of its length and held hundreds of MiB; blocks of a page or so each
        cost only their own."""
        out = []
        for start in range(0, max(len(rows), 1), rows_per_block):
            block = {(column, line - start): colour for (column, line), colour
                     in (fills or {}).items() if start <= line < start + rows_per_block}
            out.append(self.table(header, rows[start:start + rows_per_block], widths,
                                  fills=block, numeric=numeric))
        return out

    def _cell(self, text: str, style: str, size: float, width: float) -> Any:
        """A table cell: the text itself when it is one short line of Latin script (a number,
        a date, a name), which the table draws without laying out a paragraph, else a
        paragraph. A report of thousands of workshops is mostly such cells."""
        if not text:
            return ""
        if text.isascii() and "\n" not in text:  # the common case, decided at C speed
            return text if stringWidth(text, fonts.LATIN, size) <= width else \
                self.paragraph(text, style)
        if "\n" not in text and not fonts.has_arabic(text) \
                and all(family == fonts.LATIN for family, _ in fonts.runs(text)) \
                and stringWidth(text, fonts.LATIN, size) <= width:
            return text
        return self.paragraph(text, style)

    def key_figures(self, figures: Sequence[tuple[str, Any]], per_row: int = 4) -> Table:
        """Key figures as large numbers with their labels, in boxes."""
        cells: list[Any] = []
        for value, label in figures:
            cells.append([self.paragraph(str(value), "figure"),
                          self.paragraph(label, "figure_label")])
        rows = [cells[i:i + per_row] for i in range(0, len(cells), per_row)]
        if rows and len(rows[-1]) < per_row:
            rows[-1] = rows[-1] + [""] * (per_row - len(rows[-1]))
        if self.rtl:
            rows = [list(reversed(r)) for r in rows]
        width = TEXT_WIDTH / per_row
        table = Table(rows, colWidths=[width] * per_row)
        table.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), fonts.LATIN),
            ("BOX", (0, 0), (-1, -1), 0.5, RULE), ("INNERGRID", (0, 0), (-1, -1), 0.5, RULE),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
        return table

    def bar_chart(self, categories: Sequence[str], series: Sequence[tuple[str, str,
                  Sequence[int]]], caption: str) -> list[Flowable]:
        """A stacked horizontal bar chart (vector): one bar per category, one stack per series
        (label, hex colour, values), with a legend; the caption is a paragraph below it."""
        bar_height = 15
        height = max(len(categories), 1) * (bar_height + 9) + 30
        # the legend in three columns, or fewer where a label would run into the next one
        widest = max((label_width_of(label, 7.5) for label, _c, _v in series), default=0)
        columns = next((n for n in (3, 2) if widest + 18 <= (TEXT_WIDTH - 10) / n), 1)
        legend_rows = -(-len(series) // columns)
        drawing = Drawing(TEXT_WIDTH, height + 24 + 14 * legend_rows)
        drawing.initialFontName = fonts.LATIN  # else the drawing sets up Helvetica
        chart = HorizontalBarChart()
        longest = max((label_width_of(c, 7.5) for c in categories), default=0)
        label_width = min(max(longest + 12, 60), TEXT_WIDTH * 0.45)
        chart.x, chart.y = label_width, 24 + 14 * legend_rows + 10
        chart.width, chart.height = TEXT_WIDTH - label_width - 10, height - 20
        chart.data = [list(values) for _label, _colour, values in series] or [[0]]
        chart.categoryAxis.style = "stacked"
        chart.categoryAxis.reverseDirection = 1  # first category on top
        chart.categoryAxis.categoryNames = [""] * len(categories)  # drawn as paragraphs
        chart.categoryAxis.labels.fontName = fonts.LATIN
        chart.valueAxis.valueMin = 0
        total = max((sum(v[i] for _l, _c, v in series) for i in range(len(categories))),
                    default=0)
        value_step = max(1, -(-max(total, 1) // 8))
        chart.valueAxis.valueStep = value_step
        chart.valueAxis.valueMax = value_step * -(-max(total, 1) // value_step)
        chart.valueAxis.labels.fontName = fonts.LATIN
        chart.valueAxis.labels.fontSize = 7
        chart.valueAxis.visibleGrid = 1
        chart.valueAxis.gridStrokeColor = colors.HexColor("#E3E8EE")
        chart.barWidth = bar_height
        chart.groupSpacing = 9
        chart.bars.strokeColor = colors.white
        chart.bars.strokeWidth = 0.4
        for index, (_label, colour, _values) in enumerate(series):
            chart.bars[index].fillColor = colors.HexColor(colour)
        drawing.add(chart)
        labels = []
        step = chart.height / max(len(categories), 1)
        for index, category in enumerate(categories):
            y = chart.y + chart.height - (index + 0.5) * step
            labels.append((self.paragraph(category, "chart"), chart.x - 4, y, "end",
                           label_width_of(category, 7.5) + 6))
        column_width = (TEXT_WIDTH - 10) / columns
        for index, (label, colour, _values) in enumerate(series):
            row, column = divmod(index, columns)
            if self.rtl:
                column = columns - 1 - column
            x = 10 + column * column_width
            y = 14 * (legend_rows - 1 - row) + 4
            drawing.add(Rect(x, y, 8, 8, fillColor=colors.HexColor(colour),
                             strokeColor=colors.HexColor("#888888"), strokeWidth=0.3))
            labels.append((self.paragraph(label, "chart"), x + 12, y + 4, "start",
                           label_width_of(label, 7.5) + 6))
        return [self.paragraph(caption, "small"), Chart(drawing, labels), Spacer(1, 8)]

    def cover(self, summary: dict[str, Any], title: str) -> list[Flowable]:
        """The cover page: the kind of report, the workshop and where and when it took place."""
        w = summary["workshop"]
        dates = format_date_range(w["start_date"], w["end_date"], self.language)
        out: list[Flowable] = [Spacer(1, 60),
                               self.paragraph(w["country_name"], "cover"),
                               Spacer(1, 10), self.paragraph(title, "cover_title"),
                               self.paragraph(w["title"], "h1"), Spacer(1, 20)]
        for label, value in ((N_("Dates"), dates),
                             (N_("Venue"), w["venue"])):
            if value:
                out.append(self.paragraph(f"{self.t(label)}: {value}", "cover"))
        out += [Spacer(1, 200), self.paragraph(
            self.t("Catalog {catalog}, version {version}; workshop file revision {revision}.",
                     catalog=summary["catalog"]["id"], version=summary["catalog"]["version"],
                     revision=w["revision"]), "small")]
        return out

    # ----- building -----

    def contents(self) -> None:
        """The table of contents (filled in by the second pass of the build)."""
        self.add(self.paragraph(self.t("Contents"), "h1"), Contents(self))

    def build(self, stream: BinaryIO, cover: list[Flowable] | None, author: str) -> None:
        """Lay out the cover and the story (two passes: the contents need the page numbers)
        and write the PDF to `stream`. Without a cover (`None`: a form printed many times) the
        story starts on the first page."""
        doc = _Template(stream, self, author, with_cover=cover is not None)
        story = [*cover, NextPageTemplate("body"), PageBreak(), *self.story] \
            if cover is not None else self.story
        doc.multiBuild(story)


class Contents(TableOfContents):
    """The table of contents: each title laid out like any other text of the report (so an
    Arabic title reads right to left), its page number at the end of the line."""

    def __init__(self, report: Report) -> None:
        super().__init__()
        self.report = report

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        report = self.report
        rows, commands = [], [("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("FONTNAME", (0, 0), (-1, -1), fonts.LATIN),
                              ("TOPPADDING", (0, 0), (-1, -1), 1),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 0)]
        title_column, number_column = (1, 0) if report.rtl else (0, 1)
        for row, (level, title, page, _key) in enumerate(self._lastEntries or [(0, "", 0, None)]):
            style = "toc1" if level == 0 else "toc2"
            number = report.paragraph(format_number(page, report.language) if page else "",
                                      style)
            number.style = ParagraphStyle("toc-number", parent=number.style,
                                          alignment=TA_LEFT if report.rtl else TA_RIGHT)
            cells = [report.paragraph(title, style), number]
            rows.append(cells[::-1] if report.rtl else cells)
            if level:
                side = "RIGHTPADDING" if report.rtl else "LEFTPADDING"
                commands.append((side, (title_column, row), (title_column, row), 14))
        widths = [available_width - 36, 36]
        self._table = Table(rows, colWidths=widths[::-1] if report.rtl else widths,
                            style=TableStyle(commands))
        self.width, self.height = self._table.wrapOn(self.canv, available_width,
                                                     available_height)
        return self.width, self.height


def workshop_report(summary: dict[str, Any], language: str, title: str) -> Report:
    """A report about one workshop: its title, running header and contents page set up.

    `title` is the untranslated kind of report ("Gap report"); it is shown in `language`.
    """
    report = Report(language, "", "")
    kind = report.t(title)
    w = summary["workshop"]
    report.title = f"{kind}: {w['title']}"
    report.running_header = f"{kind} · {w['country_name']}"
    report.contents()
    return report


class _Template(BaseDocTemplate):
    """Two page templates (cover, body), outline entries and contents from the headings."""

    def __init__(self, stream: BinaryIO, report: Report, author: str,
                 with_cover: bool = True) -> None:
        super().__init__(stream, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                         topMargin=MARGIN + 4 * mm, bottomMargin=MARGIN, title=report.title,
                         author=author, subject=report.running_header, lang=report.language,
                         creator="drug-policy-workshop", invariant=1,
                         initialFontName=fonts.LATIN)
        self.report = report
        frame = Frame(MARGIN, MARGIN, TEXT_WIDTH, PAGE_HEIGHT - 2 * MARGIN - 4 * mm, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        templates = [PageTemplate("cover", [frame], onPage=self._cover_page),
                     PageTemplate("body", [frame], onPage=self._body_page)]
        self.addPageTemplates(templates if with_cover else templates[::-1])
        self._keys = 0

    def _cover_page(self, canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFillColor(UN_BLUE)
        canvas.rect(0, PAGE_HEIGHT - 14 * mm, PAGE_WIDTH, 14 * mm, stroke=0, fill=1)
        canvas.rect(0, 0, PAGE_WIDTH, 8 * mm, stroke=0, fill=1)
        canvas.restoreState()

    def _body_page(self, canvas: Any, doc: Any) -> None:
        report = self.report
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        top = PAGE_HEIGHT - MARGIN + 1 * mm
        canvas.line(MARGIN, top, PAGE_WIDTH - MARGIN, top)
        canvas.line(MARGIN, MARGIN - 5 * mm, PAGE_WIDTH - MARGIN, MARGIN - 5 * mm)
        header = report.paragraph(report.running_header, "small")
        _w, h = header.wrap(TEXT_WIDTH, 20)
        header.drawOn(canvas, MARGIN, top + 1.5 * mm)
        page = report.t("Page {number}", number=doc.page)
        footer = report.paragraph(page, "small")
        footer.style = ParagraphStyle("footer", parent=footer.style,
                                      alignment=TA_LEFT if report.rtl else TA_RIGHT)
        footer.wrap(TEXT_WIDTH, 20)
        footer.drawOn(canvas, MARGIN, MARGIN - 10 * mm)
        canvas.restoreState()

    def afterFlowable(self, flowable: Flowable) -> None:
        outline = getattr(flowable, "outline", None)
        if outline is None:
            return
        title, level = outline
        self._keys += 1
        key = f"s{self._keys}"
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(title, key, level=level, closed=level > 0)
        self.notify("TOCEntry", (level, title, self.page, key))

    def beforeDocument(self) -> None:
        self._keys = 0
        self.canv.showOutline()
