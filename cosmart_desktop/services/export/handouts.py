"""Handouts: A4 sheets of cut-out cards, each with a QR code that leads to a
follow-up page — one card for the session ("Was passiert mit unseren
Ergebnissen?") and one per Steckbrief ("Was wird aus meiner Idee?").

This module gathers the cards and fixes the geometry in millimetres; the PDF
(``handout_pdf``) and the Qt preview/printing (``ui.participants``) both draw
from it, so what is previewed is what is printed. No card carries a name: only
titles, the event, the address and the QR code of a random token.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from ...domain.enums import FollowUpTarget
from ...domain.errors import Refused
from ...storage.models import Event, Session
from ...storage.workspace import Workspace
from ..common import get_live
from ..followup import FollowUpService
from ..participants import personal_data_redactor as redactor
from ..qr import qr_matrix
from . import fonts

QUESTION = {
    FollowUpTarget.SESSION: "Was passiert mit unseren Ergebnissen?",
    FollowUpTarget.STECKBRIEF: "Was wird aus meiner Idee?",
}
MAX_COPIES = 200
#: longest text put on a card (titles of any length are shortened with an ellipsis)
LINE_MAX = 300


@dataclass(frozen=True, slots=True)
class Box:
    """A rectangle in millimetres, from the card's (or page's) top-left corner."""

    x: float
    y: float
    w: float
    h: float


@dataclass(frozen=True, slots=True)
class Geometry:
    page_w: float = 210.0
    page_h: float = 297.0
    cols: int = 2
    rows: int = 4
    card_w: float = 95.0
    card_h: float = 68.0
    # parts of a card
    pad: float = 5.0
    qr: float = 38.0  # QR code side, quiet zone included
    mark: float = 5.0  # length of a crop mark
    mark_gap: float = 1.5  # gap between a crop mark and the cut line

    @property
    def per_page(self) -> int:
        return self.cols * self.rows

    @property
    def margin_x(self) -> float:
        return (self.page_w - self.cols * self.card_w) / 2

    @property
    def margin_y(self) -> float:
        return (self.page_h - self.rows * self.card_h) / 2

    def card_box(self, slot: int) -> Box:
        """Where card ``slot`` (0-based on its page, row by row) sits on the page."""
        col, row = slot % self.cols, slot // self.cols
        return Box(
            self.margin_x + col * self.card_w,
            self.margin_y + row * self.card_h,
            self.card_w,
            self.card_h,
        )

    def cut_lines_x(self) -> list[float]:
        return [self.margin_x + i * self.card_w for i in range(self.cols + 1)]

    def cut_lines_y(self) -> list[float]:
        return [self.margin_y + i * self.card_h for i in range(self.rows + 1)]

    # boxes inside a card
    @property
    def qr_box(self) -> Box:
        return Box(self.card_w - self.pad - self.qr + 2.0, self.pad - 2.0, self.qr, self.qr)

    @property
    def text_box(self) -> Box:
        """Question, title and event, left of the QR code."""
        right = self.qr_box.x - 1.0
        return Box(self.pad, self.pad, right - self.pad, self.qr_box.y + self.qr - self.pad)

    @property
    def url_box(self) -> Box:
        """The address as text, across the card below the QR code."""
        top = self.qr_box.y + self.qr + 1.5
        return Box(self.pad, top, self.card_w - 2 * self.pad, 11.0)

    @property
    def footer_box(self) -> Box:
        return Box(self.pad, self.card_h - self.pad - 4.0, self.card_w - 2 * self.pad, 4.0)


GEOMETRY = Geometry()


@dataclass(frozen=True, slots=True)
class HandoutCard:
    kind: FollowUpTarget
    target_id: str
    question: str
    title: str
    context: str  # event, date, district
    url: str
    office: str
    matrix: tuple[tuple[bool, ...], ...]


@dataclass(frozen=True, slots=True)
class Handout:
    title: str  # document title: the session
    cards: tuple[HandoutCard, ...]

    def pages(self, geometry: Geometry = GEOMETRY) -> list[list[HandoutCard]]:
        per = geometry.per_page
        return [list(self.cards[i : i + per]) for i in range(0, len(self.cards), per)]


def _context_line(event: Event) -> str:
    parts = [event.title]
    if event.date is not None:
        parts.append(_german_date(event.date))
    if event.district:
        parts.append(event.district)
    return "\u00a0· ".join(p for p in parts if p)


def _german_date(day: date) -> str:
    return f"{day.day:02d}.{day.month:02d}.{day.year}"


def plain_line(text: str) -> str:
    """One printable line: line breaks as spaces, bidi overrides and other invisible
    controls removed (a U+202E must not turn a title around on paper)."""
    out = []
    for ch in text.replace("\r", " ").replace("\n", " ").replace("\t", " "):
        cat = unicodedata.category(ch)
        if cat == "Cc" or ("\u202a" <= ch <= "\u202e") or ("\u2066" <= ch <= "\u2069"):
            continue
        out.append(ch)
    text = " ".join("".join(out).split())
    return text if len(text) <= LINE_MAX else text[: LINE_MAX - 1].rstrip() + "…"


def card_line(text: str) -> str:
    """``plain_line`` for paper: what the shipped fonts cannot draw (e.g. emoji)
    becomes a readable stand-in, the same in the PDF and in the Qt preview."""
    return fonts.clean_for_pdf(plain_line(text))


def build_handout(
    ws: Workspace,
    session_id: str,
    url_template: str,
    office: str,
    *,
    session_copies: int = 1,
    steckbriefe: bool = True,
) -> Handout:
    """The cards of a session's handout (tokens are made where missing)."""
    if not isinstance(session_copies, int) or not 1 <= session_copies <= MAX_COPIES:
        raise Refused("copies of the session card must be between 1 and {most}", most=MAX_COPIES)
    followup = FollowUpService(ws, url_template)
    with ws.session() as s:
        session = get_live(s, Session, session_id, "session")
        event = get_live(s, Event, session.event_id, "event")
        context = _context_line(event)
        session_title = session.title
    clean = redactor(ws)
    office_line = card_line(clean(office))
    cards: list[HandoutCard] = []
    for link in followup.links_for_session(session_id):
        if link.kind is FollowUpTarget.STECKBRIEF and not steckbriefe:
            continue
        matrix = tuple(tuple(row) for row in qr_matrix(link.url))
        title = card_line(clean(link.title)) or "(ohne Titel)"
        card = HandoutCard(
            kind=link.kind,
            target_id=link.target_id,
            question=QUESTION[link.kind],
            title=title,
            context=card_line(
                clean(
                    context
                    if link.kind is FollowUpTarget.SESSION
                    else f"{session_title}\u00a0· {context}"
                )
            ),
            url=link.url,
            office=office_line,
            matrix=matrix,
        )
        copies = session_copies if link.kind is FollowUpTarget.SESSION else 1
        cards.extend([card] * copies)
    return Handout(plain_line(clean(f"Handzettel – {session_title}")), tuple(cards))


def url_lines(url: str, fits: Callable[[str], bool]) -> list[str]:
    """The address broken into lines that fit, preferably after "/" (never inside
    the token, which is the address's last part)."""
    lines: list[str] = []
    rest = url
    while rest and not fits(rest):
        cut = len(rest)
        while cut > 1 and not fits(rest[:cut]):
            cut -= 1
        slash = rest.rfind("/", 0, cut)
        if slash > cut // 2:
            cut = slash + 1
        lines.append(rest[:cut])
        rest = rest[cut:]
    if rest:
        lines.append(rest)
    return lines
