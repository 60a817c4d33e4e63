"""The PDF protocol (reportlab platypus, A4): title page, table of contents,
per session the agenda, the phases with clusters, cards and photos, the vote
rounds with charts and tables, the Steckbriefe one per page, the follow-up QR."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Image,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from .. import fonts
from . import rules
from .model import CardItem, PhaseItem, Photo, ProtocolContent, SessionItem, SteckbriefItem
from .pdf_layout import (
    ACCENT,
    ACCENT_LIGHT,
    RULE,
    TEXT_W,
    Heading,
    Outline,
    ProtocolDocument,
    TocLine,
    make_styles,
)
from .pdf_votes import followup_block, round_story, steckbrief_story

Progress = Callable[[int, int, str], None]
Styles = dict[str, ParagraphStyle]


def table_style(header: bool = True, zebra: bool = True) -> TableStyle:
    cmds: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), fonts.SANS),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if header:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), ACCENT))
    if zebra:
        cmds.append(
            (
                "ROWBACKGROUNDS",
                (0, 1 if header else 0),
                (-1, -1),
                [colors.white, colors.HexColor("#f4f6f9")],
            )
        )
    return TableStyle(cmds)


def text(value: str, style: ParagraphStyle) -> Flowable:
    return fonts.paragraph(value, style)


class Builder:
    """Builds the story for one protocol."""

    def __init__(self, content: ProtocolContent) -> None:
        self.c = content
        self.st = make_styles()
        self.outline = Outline()
        self.story: list[Flowable] = []

    def add(self, *items: Flowable) -> None:
        self.story.extend(items)

    def heading(self, value: str, level: int, toc: bool = True) -> Heading:
        style = self.st[("h1", "h2", "h3")[min(level, 2)]]
        return Heading(value, style, level, self.outline, toc)

    # -- document -------------------------------------------------------------------
    def build(self) -> list[Flowable]:
        self.title_page()
        body: list[Flowable] = []
        self.story, main = body, self.story
        event_scope = self.c.scope == "event"
        for session in self.c.sessions:
            self.session(session, 1 if event_scope else 0, event_scope)
        if self.c.loose_steckbriefe:
            self.add(PageBreak(), self.heading("Steckbriefe ohne Sitzung", 0))
            self.steckbriefe(self.c.loose_steckbriefe, 1, own_heading=False)
        self.story = main
        self.toc()
        self.story.extend(body)
        return self.story

    def title_page(self) -> None:
        c, st = self.c, self.st
        kicker = "Protokoll der Sitzung" if c.scope == "session" else "Protokoll der Veranstaltung"
        self.add(
            Spacer(1, 8 * mm), text(kicker, st["title_kicker"]), text(c.event_title, st["title"])
        )
        if c.scope == "session" and c.sessions:
            self.add(text(c.sessions[0].title, st["subtitle"]))
        elif len(c.sessions) > 1:
            self.add(text(" · ".join(s.title for s in c.sessions), st["subtitle"]))
        rows = [
            [text(label, st["label"]), text(value, st["body"])] for label, value in rules.facts(c)
        ]
        if rows:
            facts = Table(rows, colWidths=[38 * mm, TEXT_W - 38 * mm], hAlign="LEFT")
            facts.setStyle(
                TableStyle(
                    [
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("FONTNAME", (0, 0), (-1, -1), fonts.SANS),
                        ("LINEABOVE", (0, 0), (-1, 0), 1.2, ACCENT),
                        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                        ("TOPPADDING", (0, 0), (-1, -1), 5),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ]
                )
            )
            self.add(Spacer(1, 6 * mm), facts)
        counts = self.summary_line()
        if counts:
            self.add(Spacer(1, 6 * mm), text(counts, st["muted"]))
        made = f"Erstellt am {rules.timestamp(c.generated_at)} mit {c.generator}."
        self.add(Spacer(1, 14 * mm), text(made, st["small"]), text(rules.PRIVACY_NOTE, st["small"]))
        self.add(NextPageTemplate("body"), PageBreak())

    def summary_line(self) -> str:
        sessions = self.c.sessions
        cards = sum(s.card_count for s in sessions)
        rounds = sum(len(s.rounds) for s in sessions)
        briefs = len(self.c.all_steckbriefe)
        bits = []
        if cards:
            bits.append(f"{cards} {'Karte' if cards == 1 else 'Karten'}")
        if rounds:
            bits.append(f"{rounds} {'Abstimmung' if rounds == 1 else 'Abstimmungen'}")
        if briefs:
            bits.append(f"{briefs} {'Steckbrief' if briefs == 1 else 'Steckbriefe'}")
        return "Im Protokoll: " + ", ".join(bits) if bits else ""

    def toc(self) -> None:
        self.add(Heading("Inhalt", self.st["h1"], 0, self.outline, toc=False))
        for level, value, key in self.outline.entries:
            style = self.st[f"toc{min(level, 2)}"]
            if level == 0 and key != self.outline.entries[0][2]:
                self.add(Spacer(1, 3))
            self.add(TocLine(level, value, key, style))
        self.add(PageBreak())

    # -- sessions ---------------------------------------------------------------------
    def session(self, s: SessionItem, level: int, own_heading: bool) -> None:
        st = self.st
        if own_heading:
            if self.story:
                self.add(PageBreak())
            self.add(self.heading(s.title, 0), text(f"Format: {s.format.label}", st["muted"]))
            if s.facilitators:
                self.add(text(f"Moderation: {s.facilitators}", st["muted"]))
        if s.phases:
            self.agenda(s, level)
        for phase in rules.shown_phases(s):
            self.phase(phase, level)
        if s.rounds:
            self.add(CondPageBreak(60 * mm), self.heading("Abstimmungen", level))
            for item in s.rounds:
                self.add(*round_story(item, self.st, self.heading, level + 1))
        if s.steckbriefe:
            self.steckbriefe(s.steckbriefe, level, own_heading=True)
        if s.followup is not None:
            self.add(CondPageBreak(70 * mm), self.heading("Wie geht es weiter?", level))
            self.add(*followup_block(s.followup.url, st))

    def agenda(self, s: SessionItem, level: int) -> None:
        st = self.st
        head = ["Nr.", "Phase", "Beginn", "Ende", "Dauer"]
        data: list[list[Any]] = [[text(h, st["cell_head"]) for h in head]]
        for row in rules.agenda_rows(s):
            data.append([text(v, st["cell"]) for v in row])
        widths = [12 * mm, TEXT_W - 12 * mm - 3 * 26 * mm, 26 * mm, 26 * mm, 26 * mm]
        table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
        table.setStyle(table_style())
        self.add(self.heading("Ablauf", level), table, Spacer(1, 4 * mm))

    def phase(self, p: PhaseItem, level: int) -> None:
        st = self.st
        self.add(CondPageBreak(45 * mm), self.heading(f"Phase {p.number}: {p.title}", level))
        when = rules.phase_time(p)
        if when:
            self.add(text(f"Durchgeführt: {when}", st["muted"]))
        if p.guiding_question.strip():
            box = Table([[text(p.guiding_question, st["question"])]], colWidths=[TEXT_W])
            box.setStyle(
                TableStyle(
                    [
                        ("BACKGROUND", (0, 0), (-1, -1), ACCENT_LIGHT),
                        ("FONTNAME", (0, 0), (-1, -1), fonts.SANS),
                        ("LINEBEFORE", (0, 0), (0, -1), 3, ACCENT),
                        ("LEFTPADDING", (0, 0), (-1, -1), 10),
                        ("TOPPADDING", (0, 0), (-1, -1), 6),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                    ]
                )
            )
            self.add(Spacer(1, 2), box, Spacer(1, 4))
        if p.rules.strip():
            self.add(text(f"Regeln: {p.rules}", st["small"]))
        for cluster in p.clusters:
            label = cluster.label.strip() or "Cluster ohne Titel"
            self.add(
                KeepTogether(
                    [
                        ClusterMark(cluster.color),
                        text(label, st["cluster"]),
                        text(rules.cluster_note(cluster), st["small"]),
                    ]
                )
            )
            for card in cluster.cards:
                self.card(card)
            for photo in cluster.photos:
                self.add(*photo_block(photo, st))
        if p.loose_cards:
            title = "Karten ohne Cluster" if p.clusters else "Karten"
            n = len(p.loose_cards)
            self.add(
                text(title, st["cluster"]),
                text(f"{n} {'Karte' if n == 1 else 'Karten'}", st["small"]),
            )
            for card in p.loose_cards:
                self.card(card)
        for photo in p.photos:
            self.add(*photo_block(photo, st))

    def card(self, card: CardItem) -> None:
        st = self.st
        note = rules.card_note(card)
        body = card.text.strip() or "(leere Karte)"
        self.add(*bullet_text(body, note, st["card"]))
        for merged in card.merged:
            self.add(*fonts.paragraphs(f"zusammengeführt: {merged.strip()}", st["merged"]))

    def steckbriefe(self, items: tuple[SteckbriefItem, ...], level: int, own_heading: bool) -> None:
        st = self.st
        if own_heading:
            self.add(CondPageBreak(90 * mm), self.heading("Steckbriefe", level))
        head = ["Rang", "Steckbrief", "Punktzahl", "Status"]
        data: list[list[Any]] = [[text(h, st["cell_head"]) for h in head]]
        for b in items:
            rank = "–" if b.rank is None else f"{b.rank}." + (" =" if b.tied else "")
            score = rules.steckbrief_score(b.score) + (" · K.O." if b.ko_failed else "")
            data.append(
                [
                    text(rank, st["cell"]),
                    text(b.title, st["cell"]),
                    text(score, st["cell"]),
                    text(b.status, st["cell"]),
                ]
            )
        table = Table(
            data,
            colWidths=[16 * mm, TEXT_W - 70 * mm, 26 * mm, 28 * mm],
            repeatRows=1,
            hAlign="LEFT",
        )
        table.setStyle(table_style())
        self.add(text("Übersicht der Steckbriefe, geordnet nach Bewertung:", st["body"]), table)
        for b in items:
            self.add(PageBreak(), *steckbrief_story(b, st, self.heading, level + 1))


class ClusterMark(Flowable):  # type: ignore[misc]
    """A thin coloured rule in the cluster's colour above its label."""

    def __init__(self, color: str) -> None:
        super().__init__()
        try:
            self.color = colors.HexColor(color) if color else ACCENT
        except (ValueError, TypeError):
            self.color = ACCENT

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, 6

    def draw(self) -> None:
        self.canv.setFillColor(self.color)
        self.canv.rect(0, 0, 28, 3, stroke=0, fill=1)


def bullet_text(body: str, note: str, style: ParagraphStyle) -> list[Flowable]:
    """A card as a bulleted paragraph; the note (dots, author) in grey after it.
    Right-to-left and very long texts go through ``fonts.paragraphs``."""
    if fonts.is_rtl(body) or len(body) > 3000:
        return fonts.paragraphs(f"{body} · {note}" if note else body, style, bullet="•")
    markup = fonts.markup(body, style.fontName)
    if note:
        markup += f' <font color="#5f6b7a" size="8">· {fonts.markup(note)}</font>'
    return [Paragraph(markup, style, bulletText="•")]


def photo_block(photo: Photo, st: Styles) -> list[Flowable]:
    caption = photo.caption.strip() or photo.filename or "Foto"
    try:
        reader = ImageReader(io.BytesIO(photo.data))
        w, h = reader.getSize()
    except Exception:  # a photo that cannot be decoded: say so instead of failing
        return [text(f"Foto „{caption}“ konnte nicht gelesen werden.", st["small"])]
    scale = min(TEXT_W / w, 110 * mm / h, 1.0 if w > 600 else TEXT_W / w)
    image = Image(io.BytesIO(photo.data), width=w * scale, height=h * scale)
    image.hAlign = "LEFT"
    return [KeepTogether([Spacer(1, 4), image, text(f"Foto: {caption}", st["small"])])]


def build_pdf(content: ProtocolContent, target: BinaryIO, progress: Progress | None = None) -> int:
    """Write the PDF to ``target``; returns the number of pages."""
    builder = Builder(content)
    story = builder.build()
    date = rules.long_date(content.event_date)
    header_right = " · ".join(x for x in ("Protokoll", content.district, date) if x)
    doc = ProtocolDocument(
        target,
        outline=builder.outline,
        header_left=content.event_title,
        header_right=header_right,
        footer_left=content.office,
        footer_center=f"Stand: {rules.timestamp(content.generated_at)}",
        title=content.title,
        author=content.office,
        subject=" · ".join(
            x for x in (", ".join(f.label for f in content.formats), content.district, date) if x
        ),
        creator=content.generator,
        keywords=["Co-Smart", "Protokoll", "Beteiligung", *[f.label for f in content.formats]],
        displayDocTitle=True,
    )
    if progress is not None:
        total = [len(story)]
        seen = [0]

        def on_progress(kind: str, value: int) -> None:
            if kind == "SIZE_EST":
                total[0] = max(1, value)
            elif kind == "PROGRESS" and value > seen[0]:  # split flowables come back
                seen[0] = value
                progress(min(value, total[0]), total[0], "")

        doc.setProgressCallBack(on_progress)
    doc.build(story)
    return int(doc.page)
