"""PDFs of the Maßnahmenliste (a ranked table, A4 landscape) and of Steckbriefe
(one A4 portrait page each; long text is shortened, then the page is shrunk to
fit). Fonts, fallback and right-to-left text come from ``export.fonts``."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepInFrame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ...domain.scoring import score_text
from ...domain.steckbrief import (
    FIELD_LABELS,
    FINANCING,
    PARTNERS,
    PRIORITY_LABELS,
    PROMPTS,
    RESOURCES,
)
from ..atomic import atomic_output
from ..measures import MeasureRow
from ..steckbrief import OriginInfo
from .fonts import SANS, SANS_BOLD, clean_for_pdf, paragraph, register_fonts

#: a field longer than this is shortened on the one-page Steckbrief
FIELD_CHARS = 1200
LIST_CHARS = 300
INK = colors.HexColor("#1d2b36")
ACCENT = colors.HexColor("#0b6e4f")
MUTED = colors.HexColor("#5f6b73")
KO_RED = colors.HexColor("#b00020")
RULE = colors.HexColor("#c9d1d6")
HEAD_BG = colors.HexColor("#e7f0ec")


@dataclass(frozen=True, slots=True)
class SteckbriefPage:
    """Everything one Steckbrief page shows."""

    row: MeasureRow
    origin: OriginInfo
    #: (Leitlinie, weighted mean 0–5 or None) for the small chart
    groups: tuple[tuple[str, float | None], ...] = ()
    missing: tuple[str, ...] = ()
    ko_names: tuple[str, ...] = field(default_factory=tuple)


def _styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("base", fontName=SANS, fontSize=9, leading=11.5, textColor=INK)
    return {
        "base": base,
        "small": ParagraphStyle("small", parent=base, fontSize=7.5, leading=9.5),
        "muted": ParagraphStyle("muted", parent=base, fontSize=8, leading=10, textColor=MUTED),
        "label": ParagraphStyle("label", parent=base, fontName=SANS_BOLD, fontSize=8.5),
        "head": ParagraphStyle(
            "head", parent=base, fontName=SANS_BOLD, fontSize=8, leading=10, textColor=INK
        ),
        "h1": ParagraphStyle(
            "h1", parent=base, fontName=SANS_BOLD, fontSize=18, leading=22, spaceAfter=2
        ),
        "kicker": ParagraphStyle(
            "kicker", parent=base, fontName=SANS_BOLD, fontSize=8, textColor=ACCENT
        ),
        "ko": ParagraphStyle("ko", parent=base, fontName=SANS_BOLD, textColor=KO_RED),
    }


def _short(text: str, limit: int, lines: int = 18) -> str:
    """At most ``limit`` characters and ``lines`` lines, marked with … when cut."""
    text = text.strip()
    parts = text.split("\n")
    if len(parts) > lines:
        text = "\n".join(parts[:lines]).rstrip() + " …"
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _label(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text), style)


# -- the list --------------------------------------------------------------------
_LIST_COLUMNS = (
    ("Rang", 13),
    ("Maßnahme", 92),
    ("Leitthema / Handlungsfeld", 52),
    ("Stadtteile", 30),
    ("Status", 22),
    ("Punkte", 15),
    ("Streuung", 16),
    ("Bewer-\ntungen", 15),
    ("Stim-\nmen", 12),
)


def _list_table(rows: Sequence[MeasureRow], st: dict[str, ParagraphStyle]) -> Table:
    head = [_label(name, st["head"]) for name, _w in _LIST_COLUMNS]
    data: list[list[Any]] = [head]
    ko_rows: list[int] = []
    for index, row in enumerate(rows, start=1):
        b = row.steckbrief
        title: list[Flowable] = [
            paragraph(_short(b.title or "(ohne Titel)", LIST_CHARS), st["label"])
        ]
        if b.summary.strip():
            title.append(paragraph(_short(b.summary, 200, 3), st["small"]))
        if row.ko_failed:
            title.append(_label("K.O.: " + "; ".join(row.ko_failed), st["ko"]))
            ko_rows.append(index)
        frame = row.leitthema + (f" › {row.handlungsfeld}" if row.handlungsfeld else "")
        rated = f"{len(row.raters)}"
        open_count = len(row.missing_raters) + row.incomplete
        if open_count:
            rated += f" ({open_count} offen)"
        data.append(
            [
                _label(
                    "–" if row.rank is None else f"{row.rank}{' =' if row.tied else ''}",
                    st["label"],
                ),
                title,
                paragraph(frame, st["small"]),
                paragraph(", ".join(b.districts), st["small"]),
                _label(b.status.label, st["small"]),
                _label(score_text(row.score), st["label"]),
                _label("" if row.spread is None else score_text(row.spread), st["small"]),
                _label(rated, st["small"]),
                _label(str(row.support), st["small"]),
            ]
        )
    table = Table(data, colWidths=[w * mm for _n, w in _LIST_COLUMNS], repeatRows=1)
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("ALIGN", (5, 1), (-1, -1), "RIGHT"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    style += [("BACKGROUND", (0, i), (-1, i), colors.HexColor("#fbeaea")) for i in ko_rows]
    table.setStyle(TableStyle(style))
    return table


# -- one Steckbrief page ---------------------------------------------------------------
def _parts_text(values: dict[str, str], names: Sequence[tuple[str, str]]) -> str:
    return "\n".join(f"{label}: {values[key]}" for key, label in names if values.get(key))


def _chart(groups: Sequence[tuple[str, float | None]], width: float) -> Drawing:
    """Horizontal bars 0–5 per Leitlinie (names in SANS, which has the umlauts)."""
    row_h, label_w = 13, 70 * mm
    height = row_h * len(groups) + 14
    drawing = Drawing(width, height)
    bar_w = min(100 * mm, width - label_w - 30)
    rows = [(height - 12 - (i + 1) * row_h + 3, g) for i, g in enumerate(groups)]
    track = colors.HexColor("#eef2f4")
    for y, (name, value) in rows:
        label = clean_for_pdf(_short(name or "ohne Leitlinie", 60).replace("\n", " "))
        drawing.add(String(0, y + 2, label, fontName=SANS, fontSize=7, fillColor=INK))
        drawing.add(Rect(label_w, y, bar_w, 8, fillColor=track, strokeColor=None))
        text = score_text(value)
        drawing.add(String(label_w + bar_w + 4, y + 1, text, fontName=SANS, fontSize=7))
    for tick in range(6):
        x = label_w + bar_w * tick / 5
        drawing.add(Line(x, height - 10, x, 2, strokeColor=RULE, strokeWidth=0.3))
        drawing.add(
            String(x - 2, height - 8, str(tick), fontName=SANS, fontSize=6, fillColor=MUTED)
        )
    for y, (_name, value) in rows:
        if value is not None:
            drawing.add(Rect(label_w, y, bar_w * value / 5, 8, fillColor=ACCENT, strokeColor=None))
    return drawing


def _brief_story(page: SteckbriefPage, st: dict[str, ParagraphStyle], width: float) -> list[Any]:
    row, b, origin = page.row, page.row.steckbrief, page.origin
    story: list[Any] = [_label("STECKBRIEF · " + b.status.label.upper(), st["kicker"])]
    story.append(paragraph(_short(b.title or "(ohne Titel)", 300), st["h1"]))
    frame = " › ".join(x for x in (row.leitthema, row.handlungsfeld) if x) or "Leitthema offen"
    meta = [frame]
    if b.districts:
        meta.append("Stadtteile: " + ", ".join(b.districts))
    if b.priority:
        meta.append("Priorität: " + PRIORITY_LABELS.get(b.priority, b.priority))
    story.append(paragraph(" · ".join(meta), st["muted"]))
    story.append(Spacer(1, 3 * mm))

    score = [
        _label("Punktzahl", st["label"]),
        _label("–" if row.score is None else score_text(row.score) + " von 5", st["base"]),
        _label("Rang", st["label"]),
        _label("–" if row.rank is None else str(row.rank), st["base"]),
        _label("Streuung", st["label"]),
        _label("–" if row.spread is None else score_text(row.spread), st["base"]),
        _label("Stimmen", st["label"]),
        _label(str(row.support), st["base"]),
    ]
    open_count = len(row.missing_raters) + row.incomplete
    rated = f"{len(row.raters)} Bewertende" + (f", {open_count} offen" if open_count else "")
    box: list[list[Any]] = [score[:4], score[4:], [_label(rated, st["muted"]), "", "", ""]]
    if row.ko_failed:
        box.append([_label("K.O.: " + "; ".join(row.ko_failed), st["ko"]), "", "", ""])
    t = Table(box, colWidths=[22 * mm, 28 * mm, 18 * mm, 20 * mm])
    t.setStyle(
        TableStyle(
            [
                ("SPAN", (0, 2), (-1, 2)),
                ("SPAN", (0, 3), (-1, 3)),
                ("BOX", (0, 0), (-1, -1), 0.6, ACCENT),
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f4f8f6")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    t.hAlign = "LEFT"
    story += [t, Spacer(1, 3 * mm)]
    if page.groups:
        story += [
            _label("Bewertung nach Leitlinien der Smart City Charta (0–5)", st["label"]),
            Spacer(1, 1 * mm),
            _chart(page.groups, width),
            Spacer(1, 3 * mm),
        ]

    fields: list[tuple[str, str]] = [
        (FIELD_LABELS["summary"], b.summary),
        (FIELD_LABELS["problem"], b.problem),
        (FIELD_LABELS["goals"], b.goals),
        (FIELD_LABELS["target_groups"], b.target_groups),
        (FIELD_LABELS["lead"], b.lead),
        (FIELD_LABELS["partners"], _parts_text(b.partners, PARTNERS)),
        (FIELD_LABELS["resources"], _parts_text(b.resources, RESOURCES)),
        (FIELD_LABELS["financing"], _parts_text(b.financing, FINANCING)),
        (FIELD_LABELS["schedule"], b.schedule),
        (FIELD_LABELS["maturity"], b.maturity),
        (FIELD_LABELS["indicators"], b.indicators),
        (FIELD_LABELS["risks"], b.risks),
        (FIELD_LABELS["transferability"], b.transferability),
        (FIELD_LABELS["continuation"], b.continuation),
        ("Verwirklichung", _parts_text(b.prompts, PROMPTS)),
    ]
    origin_parts = [x for x in (origin.event, origin.session) if x]
    if origin.cluster:
        origin_parts.append(f"Cluster „{origin.cluster}“")
    if origin.option:
        origin_parts.append(f"Abstimmung: {origin.option}")
    origin_text = " · ".join(origin_parts)
    if origin.cards:
        cards = "; ".join(_short(c, 90) for c in origin.cards[:6])
        more = f" (+{len(origin.cards) - 6})" if len(origin.cards) > 6 else ""
        origin_text += f"\n{len(origin.cards)} Karte(n): {cards}{more}"
    fields.append(("Herkunft", origin_text))
    data = [
        [_label(label, st["label"]), paragraph(_short(value, FIELD_CHARS), st["base"])]
        for label, value in fields
        if value.strip()
    ]
    if data:
        table = Table(data, colWidths=[38 * mm, width - 38 * mm])
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                    ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ]
            )
        )
        story.append(table)
    if page.missing:
        story += [
            Spacer(1, 2 * mm),
            _label("Noch offen: " + ", ".join(page.missing), st["muted"]),
        ]
    return story


# -- documents --------------------------------------------------------------------
class _Doc(BaseDocTemplate):  # type: ignore[misc]  # reportlab is untyped
    def __init__(self, fh: Any, title: str, footer: str) -> None:
        super().__init__(fh, title=title, author="Co-Smart Werkstatt", creator="cosmart")
        self.footer = footer
        margin = 14 * mm
        land, port = landscape(A4), A4
        self.addPageTemplates(
            [
                PageTemplate(
                    "list",
                    [Frame(margin, margin, land[0] - 2 * margin, land[1] - 2 * margin, id="l")],
                    pagesize=land,
                    onPage=self._foot,
                ),
                PageTemplate(
                    "brief",
                    [Frame(margin, margin, port[0] - 2 * margin, port[1] - 2 * margin, id="b")],
                    pagesize=port,
                    onPage=self._foot,
                ),
            ]
        )

    def _foot(self, canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(SANS, 7)
        canvas.setFillColor(MUTED)
        width = canvas._pagesize[0]
        canvas.drawString(14 * mm, 8 * mm, self.footer)
        canvas.drawRightString(width - 14 * mm, 8 * mm, f"Seite {doc.page}")
        canvas.restoreState()


def _brief_flowable(page: SteckbriefPage, st: dict[str, ParagraphStyle]) -> KeepInFrame:
    width, height = A4[0] - 28 * mm - 12, A4[1] - 28 * mm - 12
    return KeepInFrame(width, height, _brief_story(page, st, width), mode="shrink")


def write_pdf(
    path: Path,
    *,
    title: str,
    subtitle: str,
    rows: Sequence[MeasureRow] | None,
    pages: Sequence[SteckbriefPage] = (),
    now: datetime | None = None,
) -> None:
    """The list (if ``rows`` is given) followed by one page per Steckbrief."""
    st = _styles()
    stamp = (now or datetime.now()).strftime("%d.%m.%Y %H:%M")
    story: list[Any] = []
    if rows is not None:
        story += [
            paragraph(title, st["h1"]),
            paragraph(f"{subtitle} · Stand {stamp}", st["muted"]),
            Spacer(1, 4 * mm),
        ]
        if rows:
            story.append(_list_table(rows, st))
        else:
            story.append(_label("Noch keine Steckbriefe.", st["base"]))
        if pages:
            story += [NextPageTemplate("brief"), PageBreak()]
    else:
        story.append(NextPageTemplate("brief"))
    for i, page in enumerate(pages):
        if i:
            story.append(PageBreak())
        story.append(_brief_flowable(page, st))
    with atomic_output(Path(path)) as fh:
        doc = _Doc(fh, title, f"Co-Smart Werkstatt · {title} · {stamp}")
        if rows is None:
            doc.pageTemplates = doc.pageTemplates[1:] + doc.pageTemplates[:1]
        doc.build(story)
