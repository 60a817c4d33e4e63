"""Page layout of the PDF protocol: A4 templates, styles, headings that feed the
table of contents and the outline, header and footer with "Seite X von Y".

Everything is laid out in one pass: the table of contents reserves one line
per heading (the headings are known in advance) and draws each page number as
a PDF form that is filled in when the build ends; the page count in the footer
is drawn when the canvas is saved.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from .. import fonts

PAGE_W, PAGE_H = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 22 * mm
TEXT_W = PAGE_W - 2 * MARGIN_X

ACCENT = colors.HexColor("#00508c")  # a calm municipal blue
ACCENT_LIGHT = colors.HexColor("#e8f0f7")
INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#5f6b7a")
RULE = colors.HexColor("#c5ced8")


def make_styles() -> dict[str, ParagraphStyle]:
    fonts.register_fonts()
    base = ParagraphStyle(
        "body",
        fontName=fonts.SANS,
        bulletFontName=fonts.SANS,
        fontSize=9.5,
        leading=13.5,
        textColor=INK,
        spaceAfter=4,
    )

    def st(name: str, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    return {
        "body": base,
        "small": st("small", fontSize=8, leading=10.5, textColor=MUTED),
        "muted": st("muted", textColor=MUTED),
        "h1": st(
            "h1",
            fontName=fonts.SANS_BOLD,
            fontSize=17,
            leading=21,
            textColor=ACCENT,
            spaceBefore=6,
            spaceAfter=8,
        ),
        "h2": st(
            "h2",
            fontName=fonts.SANS_BOLD,
            fontSize=13,
            leading=17,
            textColor=ACCENT,
            spaceBefore=10,
            spaceAfter=5,
        ),
        "h3": st(
            "h3",
            fontName=fonts.SANS_BOLD,
            fontSize=11,
            leading=14.5,
            textColor=INK,
            spaceBefore=8,
            spaceAfter=3,
        ),
        "cluster": st(
            "cluster",
            fontName=fonts.SANS_BOLD,
            fontSize=10,
            leading=13,
            spaceBefore=7,
            spaceAfter=2,
        ),
        "card": st("card", leftIndent=12, bulletIndent=3, spaceAfter=2),
        "merged": st(
            "merged",
            fontName=fonts.SANS_ITALIC,
            fontSize=8.5,
            leading=11,
            leftIndent=24,
            textColor=MUTED,
            spaceAfter=1,
        ),
        "question": st(
            "question", fontName=fonts.SANS_ITALIC, fontSize=11, leading=15, textColor=INK
        ),
        "cell": st("cell", fontSize=8.5, leading=11, spaceAfter=0),
        "cell_right": st("cell_right", fontSize=8.5, leading=11, spaceAfter=0, alignment=TA_RIGHT),
        "cell_head": st(
            "cell_head",
            fontName=fonts.SANS_BOLD,
            fontSize=8.5,
            leading=11,
            spaceAfter=0,
            textColor=colors.white,
        ),
        "cell_head_right": st(
            "cell_head_right",
            fontName=fonts.SANS_BOLD,
            fontSize=8.5,
            leading=11,
            spaceAfter=0,
            textColor=colors.white,
            alignment=TA_RIGHT,
        ),
        "label": st(
            "label",
            fontName=fonts.SANS_BOLD,
            fontSize=8.5,
            leading=11,
            spaceAfter=0,
            textColor=MUTED,
        ),
        "title_kicker": st(
            "title_kicker",
            fontName=fonts.SANS_BOLD,
            fontSize=12,
            leading=16,
            textColor=ACCENT,
            spaceAfter=6,
        ),
        "title": st(
            "title", fontName=fonts.SANS_BOLD, fontSize=26, leading=32, textColor=INK, spaceAfter=10
        ),
        "subtitle": st("subtitle", fontSize=14, leading=19, textColor=INK, spaceAfter=16),
        "toc0": st("toc0", fontName=fonts.SANS_BOLD, fontSize=10, leading=15),
        "toc1": st("toc1", fontSize=9.5, leading=13.5),
        "toc2": st("toc2", fontSize=9, leading=12.5, textColor=MUTED),
        "center_small": st(
            "center_small", fontSize=8, leading=10.5, textColor=MUTED, alignment=TA_CENTER
        ),
    }


@dataclass
class Outline:
    """Headings in document order; page numbers are filled in while drawing."""

    entries: list[tuple[int, str, str]] = field(default_factory=list)  # level, text, key
    pages: dict[str, int] = field(default_factory=dict)

    def add(self, level: int, text: str) -> str:
        key = f"h{len(self.entries)}"
        self.entries.append((level, text, key))
        return key


class Heading(Flowable):  # type: ignore[misc]
    """A heading: a bookmark, an outline entry and a table of contents line."""

    def __init__(
        self, text: str, style: ParagraphStyle, level: int, outline: Outline, toc: bool = True
    ) -> None:
        super().__init__()
        self.inner = fonts.paragraph(text, style)
        self.text = " ".join(text.split())
        self.level = level
        self.outline = outline
        self.key = outline.add(level, self.text) if toc else ""
        self.style = style
        self.keepWithNext = True

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = self.inner.wrap(avail_width, avail_height)
        return self.width, self.height

    def getSpaceBefore(self) -> float:
        return float(self.style.spaceBefore)

    def getSpaceAfter(self) -> float:
        return float(self.style.spaceAfter)

    def draw(self) -> None:
        canvas: Canvas = self.canv
        if self.key:
            canvas.bookmarkHorizontal(self.key, 0, self.height + 4)
            canvas.addOutlineEntry(
                self.text[:200], self.key, level=self.level, closed=self.level > 0
            )
            self.outline.pages[self.key] = canvas.getPageNumber()
        self.inner.drawOn(canvas, 0, 0)


class TocLine(Flowable):  # type: ignore[misc]
    """One line of the table of contents; the page number is a form drawn later."""

    def __init__(self, level: int, text: str, key: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.level, self.text, self.key, self.style = level, text, key, style
        self.indent = 14 * level

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self.height = float(self.style.leading)
        return self.width, self.height

    def draw(self) -> None:
        canvas: Canvas = self.canv
        size = float(self.style.fontSize)
        y = (self.height - size) / 2 + 1
        canvas.setFillColor(self.style.textColor)
        used = fonts.draw_text(
            canvas,
            self.indent,
            y,
            self.text,
            size,
            self.style.fontName,
            max_width=self.width - self.indent - 40,
        )
        canvas.setFillColor(RULE)
        canvas.setFont(fonts.SANS, size)
        dots_from = self.indent + used + 6
        dots_to = self.width - 26
        if dots_to > dots_from:
            canvas.drawString(dots_from, y, "." * int((dots_to - dots_from) / (size * 0.28)))
        canvas.saveState()
        canvas.translate(self.width, y)
        canvas.doForm(form_name(self.key))
        canvas.restoreState()
        canvas.linkRect("", self.key, (0, 0, self.width, self.height), relative=1, thickness=0)


def form_name(key: str) -> str:
    return f"tocpage_{key}"


class ProtocolDocument(BaseDocTemplate):  # type: ignore[misc]
    """A4, a title page without header, then pages with header and footer."""

    def __init__(
        self,
        target: Any,
        *,
        outline: Outline,
        header_left: str,
        header_right: str,
        footer_left: str,
        footer_center: str,
        **meta: Any,
    ) -> None:
        super().__init__(
            target,
            pagesize=A4,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            initialFontName=fonts.SANS,
            initialFontSize=9.5,
            lang="de-DE",
            **meta,
        )
        self.outline = outline
        self.header_left, self.header_right = header_left, header_right
        self.footer_left, self.footer_center = footer_left, footer_center
        frame = Frame(
            MARGIN_X,
            MARGIN_BOTTOM,
            TEXT_W,
            PAGE_H - MARGIN_TOP - MARGIN_BOTTOM,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        title_frame = Frame(
            MARGIN_X,
            MARGIN_BOTTOM,
            TEXT_W,
            PAGE_H - 62 * mm - MARGIN_BOTTOM,
            id="title",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates(
            [
                PageTemplate("title", [title_frame], onPage=self._title_page),
                PageTemplate("body", [frame], onPage=self._body_page),
            ]
        )

    def _title_page(self, canvas: Canvas, doc: Any) -> None:
        canvas.saveState()
        canvas.setFillColor(ACCENT)
        canvas.rect(0, PAGE_H - 40 * mm, PAGE_W, 40 * mm, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        fonts.draw_text(
            canvas,
            MARGIN_X,
            PAGE_H - 22 * mm,
            self.footer_left,
            13,
            fonts.SANS_BOLD,
            max_width=TEXT_W,
        )
        fonts.draw_text(
            canvas,
            MARGIN_X,
            PAGE_H - 30 * mm,
            "Co-Smart · Beteiligung in Kassel",
            9.5,
            fonts.SANS,
            max_width=TEXT_W,
        )
        canvas.restoreState()

    def _body_page(self, canvas: Canvas, doc: Any) -> None:
        canvas.saveState()
        top = PAGE_H - 14 * mm
        canvas.setFillColor(MUTED)
        half = TEXT_W / 2 - 6
        fonts.draw_text(canvas, MARGIN_X, top, self.header_left, 8, fonts.SANS_BOLD, max_width=half)
        fonts.draw_text(
            canvas,
            PAGE_W - MARGIN_X,
            top,
            self.header_right,
            8,
            fonts.SANS,
            anchor=TA_RIGHT,
            max_width=half,
        )
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN_X, top - 4, PAGE_W - MARGIN_X, top - 4)
        bottom = 12 * mm
        canvas.line(MARGIN_X, bottom + 9, PAGE_W - MARGIN_X, bottom + 9)
        fonts.draw_text(
            canvas, MARGIN_X, bottom, self.footer_left, 7.5, fonts.SANS, max_width=TEXT_W * 0.4
        )
        fonts.draw_text(
            canvas,
            PAGE_W / 2,
            bottom,
            self.footer_center,
            7.5,
            fonts.SANS,
            anchor=TA_CENTER,
            max_width=TEXT_W * 0.3,
        )
        # "Seite X von Y": a form filled in when the page count is known
        canvas.translate(PAGE_W - MARGIN_X, bottom)
        canvas.doForm(f"pagefooter_{canvas.getPageNumber()}")
        canvas.restoreState()

    def build(self, flowables: list[Flowable], **_kw: Any) -> None:
        super().build(
            flowables, canvasmaker=lambda *a, **k: FormCanvas(*a, finish=self._finish, **k)
        )

    def _finish(self, canvas: Canvas, total: int) -> None:
        """Fill in the forms that needed the finished layout: the page numbers of
        the table of contents and "Seite X von Y" in every footer."""
        for _level, _text, key in self.outline.entries:
            canvas.beginForm(form_name(key), -60, -4, 2, 14)
            canvas.setFillColor(INK)
            canvas.setFont(fonts.SANS, 9.5)
            page = self.outline.pages.get(key)
            canvas.drawRightString(0, 0, str(page) if page else "")
            canvas.endForm()
        for number in range(2, total + 1):
            canvas.beginForm(f"pagefooter_{number}", -120, -4, 2, 12)
            canvas.setFillColor(MUTED)
            canvas.setFont(fonts.SANS, 7.5)
            canvas.drawRightString(0, 0, f"Seite {number} von {total}")
            canvas.endForm()


class FormCanvas(Canvas):  # type: ignore[misc]
    """A canvas that calls ``finish(canvas, pages)`` after the last page."""

    def __init__(self, *args: Any, finish: Callable[[Canvas, int], None], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._finish = finish

    def save(self) -> None:
        if len(self._code):
            self.showPage()
        self._finish(self, self._pageNumber - 1)
        super().save()


__all__ = [
    "ACCENT",
    "ACCENT_LIGHT",
    "INK",
    "MUTED",
    "RULE",
    "TEXT_W",
    "FormCanvas",
    "Heading",
    "Outline",
    "ProtocolDocument",
    "TocLine",
    "make_styles",
]
