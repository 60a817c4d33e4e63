"""What a protocol shows, as typed values gathered once from the workspace and
rendered by every format (PDF, HTML, Markdown, CSV).

Only live rows; never contact data. Parts without data are empty tuples or
``None`` and the renderers leave their sections out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from ....domain.enums import SessionFormat, VoteMethod
from ....domain.voting import Matrix, RoundResult


@dataclass(frozen=True, slots=True)
class Photo:
    id: str
    filename: str
    caption: str
    mime: str
    data: bytes
    width: int
    height: int


@dataclass(frozen=True, slots=True)
class CardItem:
    id: str
    text: str
    origin: str  # domain.enums.CardOrigin value
    #: texts of the cards that were merged into this one (stacked duplicates)
    merged: tuple[str, ...] = ()
    #: only when the author asked to be named
    author: str = ""
    #: dots this card received as an option of dot votes
    dots: int = 0


@dataclass(frozen=True, slots=True)
class ClusterItem:
    id: str
    label: str
    color: str
    cards: tuple[CardItem, ...]
    photos: tuple[Photo, ...] = ()
    dots: int = 0
    carried_from: str = ""  # label of the earlier cluster it continues

    @property
    def card_count(self) -> int:
        return sum(1 + len(c.merged) for c in self.cards)


@dataclass(frozen=True, slots=True)
class PhaseItem:
    id: str
    number: int
    title: str
    guiding_question: str
    rules: str
    actual_start: datetime | None
    actual_end: datetime | None
    clusters: tuple[ClusterItem, ...]
    loose_cards: tuple[CardItem, ...]
    photos: tuple[Photo, ...]

    @property
    def card_count(self) -> int:
        return sum(c.card_count for c in self.clusters) + sum(
            1 + len(c.merged) for c in self.loose_cards
        )

    @property
    def has_board(self) -> bool:
        return bool(self.clusters or self.loose_cards or self.photos)


@dataclass(frozen=True, slots=True)
class VoteRoundItem:
    id: str
    title: str
    method: VoteMethod
    phase_title: str
    #: the rules in words, one line each
    rules: tuple[str, ...]
    result: RoundResult
    ballots: int
    closed: bool
    revealed: bool

    @property
    def matrix(self) -> Matrix | None:
        return self.result.matrix


@dataclass(frozen=True, slots=True)
class Field:
    label: str
    value: str


@dataclass(frozen=True, slots=True)
class CriterionScore:
    name: str
    kind: str  # domain.enums.CriterionKind value
    weight: float
    group: str
    inverse: bool
    mean: float | None
    spread: float | None
    raters: int
    #: K.O. only: True holds, False fails (one rater's fail counts), None not rated
    holds: bool | None = None
    disputed: bool = False


@dataclass(frozen=True, slots=True)
class SteckbriefItem:
    id: str
    title: str
    status: str
    fields: tuple[Field, ...]
    criteria: tuple[CriterionScore, ...]
    score: float | None
    score_spread: float | None
    raters: int
    ko_failed: tuple[str, ...]
    rank: int | None = None
    tied: bool = False
    followup_url: str = ""


@dataclass(frozen=True, slots=True)
class FollowUp:
    url: str
    token: str


@dataclass(frozen=True, slots=True)
class SessionItem:
    id: str
    title: str
    format: SessionFormat
    facilitators: str
    phases: tuple[PhaseItem, ...]
    rounds: tuple[VoteRoundItem, ...]
    steckbriefe: tuple[SteckbriefItem, ...]
    followup: FollowUp | None

    @property
    def card_count(self) -> int:
        return sum(p.card_count for p in self.phases)


@dataclass(frozen=True, slots=True)
class ProtocolContent:
    scope: str  # "session" or "event"
    event_id: str
    event_title: str
    event_date: date | None
    place: str
    district: str
    process_step: int
    process_step_label: str
    leitthemen: tuple[str, ...]
    facilitators: str
    organiser: str
    office: str
    participants: int
    sessions: tuple[SessionItem, ...]
    #: Steckbriefe of the event that belong to no session (event scope only)
    loose_steckbriefe: tuple[SteckbriefItem, ...]
    generated_at: datetime
    generator: str

    @property
    def title(self) -> str:
        if self.scope == "session" and len(self.sessions) == 1:
            return f"Protokoll: {self.sessions[0].title}"
        return f"Protokoll: {self.event_title}"

    @property
    def formats(self) -> tuple[SessionFormat, ...]:
        seen: list[SessionFormat] = []
        for s in self.sessions:
            if s.format not in seen:
                seen.append(s.format)
        return tuple(seen)

    @property
    def all_steckbriefe(self) -> tuple[SteckbriefItem, ...]:
        out = [b for s in self.sessions for b in s.steckbriefe]
        return (*out, *self.loose_steckbriefe)
