"""``cosmart export handouts``: the handout cards as an A4 PDF (reportlab), with
crop marks and dashed cut lines, written atomically."""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib.colors import Color, black
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from ..atomic import write_bytes_atomic
from ..qr import dark_runs
from . import fonts
from .handouts import GEOMETRY, Box, Geometry, Handout, HandoutCard, url_lines

GREY = Color(0.45, 0.45, 0.45)
LIGHT = Color(0.7, 0.7, 0.7)


def _y(page_h: float, top_mm: float) -> float:
    """reportlab measures from the bottom in points; the layout from the top in mm."""
    return float((page_h - top_mm) * mm)


def _wrap(text: str, size: float, width_pt: float, head: str) -> list[str]:
    """Greedy word wrap by the PDF font metrics (long words are broken)."""
    lines: list[str] = []
    line = ""
    for word in text.split(" "):
        candidate = f"{line} {word}" if line else word
        if fonts.text_width(fonts.clean_for_pdf(candidate, head), size, head) <= width_pt:
            line = candidate
            continue
        if line:
            lines.append(line)
        line = word
        while fonts.text_width(fonts.clean_for_pdf(line, head), size, head) > width_pt:
            cut = len(line) - 1
            while (
                cut > 1
                and fonts.text_width(fonts.clean_for_pdf(line[:cut], head), size, head) > width_pt
            ):
                cut -= 1
            lines.append(line[:cut])
            line = line[cut:]
    if line:
        lines.append(line)
    return lines


def _fit_lines(text: str, size: float, width_pt: float, head: str, max_lines: int) -> list[str]:
    """Wrapped lines, at most ``max_lines``; the last one is shortened with an
    ellipsis when drawn (``fonts.draw_text`` with ``max_width``)."""
    lines = _wrap(text, size, width_pt, head)
    if len(lines) > max_lines:
        lines = [*lines[: max_lines - 1], " ".join(lines[max_lines - 1 :])]
    return lines


#: (size in pt, line height in mm) of the text blocks on a card
QUESTION_SIZE, TITLE_SIZE, CONTEXT_SIZE = 10.5, 10.0, 7.5
GAP = 1.4  # mm between blocks


def _leading(size: float) -> float:
    return float(size * 1.22 / mm)


def plan_text(card: HandoutCard, width_pt: float, height_mm: float) -> list[tuple[str, list[str]]]:
    """Lines of question, title and context that fit the text box: the context
    gives way first, then the title (down to one line each)."""
    q = _fit_lines(card.question, QUESTION_SIZE, width_pt, fonts.SANS_BOLD, 2)
    t_max, c_max = 4, 3
    while True:
        t = _fit_lines(card.title, TITLE_SIZE, width_pt, fonts.SANS_BOLD, t_max)
        c = _fit_lines(card.context, CONTEXT_SIZE, width_pt, fonts.SANS, c_max)
        height = (
            len(q) * _leading(QUESTION_SIZE)
            + len(t) * _leading(TITLE_SIZE)
            + len(c) * _leading(CONTEXT_SIZE)
            + 2 * GAP
        )
        if height <= height_mm or (t_max == 1 and c_max == 1):
            return [("question", q), ("title", t), ("context", c)]
        if c_max > 1 and (c_max >= t_max - 1 or t_max == 1):
            c_max -= 1
        else:
            t_max -= 1


_STYLE = {
    "question": (QUESTION_SIZE, fonts.SANS_BOLD, Color(0.0, 0.33, 0.55)),
    "title": (TITLE_SIZE, fonts.SANS_BOLD, black),
    "context": (CONTEXT_SIZE, fonts.SANS, Color(0.45, 0.45, 0.45)),
}


def _card(c: Canvas, g: Geometry, at: Box, card: HandoutCard) -> None:
    ph = g.page_h
    # QR code: dark runs as filled rectangles (no gaps between modules)
    q = g.qr_box
    n = len(card.matrix)
    module = q.w / n
    c.setFillColor(black)
    for row, col, length in dark_runs([list(r) for r in card.matrix]):
        x = at.x + q.x + col * module
        y = at.y + q.y + row * module
        c.rect(x * mm, _y(ph, y + module), length * module * mm, module * mm, stroke=0, fill=1)
    # question, title, event
    t = g.text_box
    width = t.w * mm
    top = at.y + t.y - 0.6
    for part, lines in plan_text(card, width, t.h):
        size, head, color = _STYLE[part]
        c.setFillColor(color)
        for line in lines:
            top += _leading(size)
            fonts.draw_text(
                c,
                (at.x + t.x) * mm,
                _y(ph, top - _leading(size) * 0.22),
                line,
                size,
                head,
                max_width=width,
            )
        top += GAP
    # the address as text, for typing it in
    u = g.url_box
    c.setFillColor(GREY)
    fonts.draw_text(c, (at.x + u.x) * mm, _y(ph, at.y + u.y + 2.6), "Scannen oder eingeben:", 6.5)
    c.setFillColor(black)
    url_width = u.w * mm

    def fits(text: str) -> bool:
        return bool(fonts.text_width(text, URL_SIZE, fonts.SANS) <= url_width)

    top = at.y + u.y + 2.6
    for line in url_lines(card.url, fits)[:2]:
        top += 3.6
        fonts.draw_text(c, (at.x + u.x) * mm, _y(ph, top), line, URL_SIZE)
    f = g.footer_box
    c.setFillColor(GREY)
    fonts.draw_text(
        c, (at.x + f.x) * mm, _y(ph, at.y + f.y + 3.0), card.office, 6.5, max_width=f.w * mm
    )


URL_SIZE = 7.5


def _cut_marks(c: Canvas, g: Geometry) -> None:
    ph = g.page_h
    xs, ys = g.cut_lines_x(), g.cut_lines_y()
    # dashed cut lines along every card edge
    c.setStrokeColor(LIGHT)
    c.setLineWidth(0.3)
    c.setDash(2, 2)
    for x in xs:
        c.line(x * mm, _y(ph, ys[0]), x * mm, _y(ph, ys[-1]))
    for y in ys:
        c.line(xs[0] * mm, _y(ph, y), xs[-1] * mm, _y(ph, y))
    # solid crop marks in the margins, where the cuts start
    c.setDash()
    c.setStrokeColor(black)
    c.setLineWidth(0.4)
    gap, mark = g.mark_gap, g.mark
    for x in xs:
        c.line(x * mm, _y(ph, ys[0] - gap), x * mm, _y(ph, ys[0] - gap - mark))
        c.line(x * mm, _y(ph, ys[-1] + gap), x * mm, _y(ph, ys[-1] + gap + mark))
    for y in ys:
        c.line((xs[0] - gap) * mm, _y(ph, y), (xs[0] - gap - mark) * mm, _y(ph, y))
        c.line((xs[-1] + gap) * mm, _y(ph, y), (xs[-1] + gap + mark) * mm, _y(ph, y))
    c.setFillColor(GREY)
    fonts.draw_text(c, (xs[0] + 1) * mm, _y(ph, ys[0] - 2.0), "✂ entlang der Linien schneiden", 6.5)


def handout_pdf(handout: Handout, geometry: Geometry = GEOMETRY) -> bytes:
    """The handout as PDF bytes: one A4 page per ``geometry.per_page`` cards."""
    fonts.register_fonts()
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=(geometry.page_w * mm, geometry.page_h * mm))
    c.setTitle(handout.title)
    c.setSubject("Handzettel mit QR-Codes zu den Folgeseiten")
    c.setCreator("Co-Smart Werkstatt")
    c.setAuthor(handout.cards[0].office if handout.cards else "")
    for page in handout.pages(geometry):
        _cut_marks(c, geometry)
        for slot, card in enumerate(page):
            _card(c, geometry, geometry.card_box(slot), card)
        c.showPage()
    c.save()
    return buffer.getvalue()


def write_handout_pdf(path: Path, handout: Handout) -> None:
    write_bytes_atomic(path, handout_pdf(handout))
