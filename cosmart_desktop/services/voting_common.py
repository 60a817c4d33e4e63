"""Shared parts of the voting services: the frozen dataclasses handed to the ui
and the read queries every voting use case needs."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, func, select
from sqlalchemy import text as sql
from sqlalchemy.orm import Session as OrmSession

from ..domain import voting as rules_mod
from ..domain.enums import VoteEntry, VoteMethod
from ..domain.text import clean_text
from ..domain.voting import DotCriterion, VoteRules
from ..storage.models import Ballot, Recommendation, Vote, VoteOption, VoteRound
from ..storage.workspace import Workspace

LABEL_MAX = 200
TALLY_ENTRY = VoteEntry.TALLY.value


#: the live votes of a round in one pass: a GROUP BY by (option, criterion, value)
TALLY_SQL = (
    "SELECT option_id, criterion, value, count(*) FROM vote "
    "WHERE round_id = ? AND deleted = 0 GROUP BY option_id, criterion, value"
)
#: of those, the rows typed in from paper (for the tally entry grid)
TYPED_SQL = (
    "SELECT option_id, criterion, value, count(*) FROM vote "
    f"WHERE round_id = ? AND deleted = 0 AND entry = '{TALLY_ENTRY}' "
    "GROUP BY option_id, criterion, value"
)


@dataclass(frozen=True, slots=True)
class RecommendationInfo:
    id: str
    session_id: str
    title: str
    text: str
    leitthema_id: str | None
    position: float


@dataclass(frozen=True, slots=True)
class OptionInfo:
    id: str
    round_id: str
    kind: str  # card, cluster, recommendation, passive, custom
    target_id: str | None
    label: str
    position: float

    def ref(self) -> rules_mod.OptionRef:
        return rules_mod.OptionRef(self.id, self.label, self.kind, self.target_id)


@dataclass(frozen=True, slots=True)
class RoundInfo:
    id: str
    session_id: str
    phase_id: str | None
    title: str
    method: VoteMethod
    target_kind: str
    entry_mode: VoteEntry
    budget: int | None
    cap_per_item: int | None
    criteria: tuple[DotCriterion, ...]
    threshold: float
    scale_max: int
    voter_codes: bool
    revealed: bool
    closed: bool
    position: float

    def rules(self, option_ids: Sequence[str]) -> VoteRules:
        return VoteRules(
            method=self.method,
            options=tuple(option_ids),
            budget=self.budget,
            cap_per_item=self.cap_per_item,
            criteria=self.criteria,
            threshold=self.threshold,
            scale_max=self.scale_max,
        )


@dataclass(frozen=True, slots=True)
class VotingStatus:
    """How many have voted — never what."""

    round_id: str
    ballots: int  # confirmed kiosk ballots
    votes: int  # live vote rows (dots, scores)
    revealed: bool
    closed: bool


@dataclass(frozen=True, slots=True)
class RoundResults:
    round: RoundInfo
    options: tuple[OptionInfo, ...]
    result: rules_mod.RoundResult
    status: VotingStatus

    @property
    def passive_id(self) -> str | None:
        return next((o.id for o in self.options if o.kind == "passive"), None)


def round_info(r: VoteRound) -> RoundInfo:
    return RoundInfo(
        id=r.id,
        session_id=r.session_id,
        phase_id=r.phase_id,
        title=r.title,
        method=VoteMethod(r.method),
        target_kind=r.target_kind,
        entry_mode=VoteEntry(r.entry_mode),
        budget=r.budget,
        cap_per_item=r.cap_per_item,
        criteria=rules_mod.criteria_from_json(r.criteria),
        threshold=r.threshold,
        scale_max=r.scale_max,
        voter_codes=r.voter_codes,
        revealed=r.revealed,
        closed=r.closed,
        position=r.position,
    )


def rec_info(r: Recommendation) -> RecommendationInfo:
    return RecommendationInfo(r.id, r.session_id, r.title, r.text, r.leitthema_id, r.position)


def short_label(text_value: str, limit: int = LABEL_MAX) -> str:
    """First line of a card text, shortened for a bar label."""
    line = next((x.strip() for x in text_value.split("\n") if x.strip()), "")
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def check_criteria(raw: Iterable[DotCriterion | Mapping[str, str]]) -> list[dict[str, str]]:
    out: list[dict[str, str]] = []
    for item in raw:
        c = item if isinstance(item, DotCriterion) else rules_mod.criteria_from_json([item])[0]
        key = clean_text(c.key, "Kriterium", max_len=64, multiline=False).strip()
        label = clean_text(c.label or key, "Kriterium", max_len=64, multiline=False).strip()
        color = c.color if c.color.startswith("#") and len(c.color) in (4, 7) else "#1565c0"
        out.append({"key": key, "label": label or key, "color": color})
    return out


def count_rows(rows: Iterable[Any]) -> tuple[dict[tuple[str, str, int], int], int]:
    """(option, criterion, value, n) rows of a tally query → counts and their total."""
    counts = {(option, criterion, value): n for option, criterion, value, n in rows}
    return counts, sum(counts.values())


class VotingBase:
    """Read queries shared by the voting services."""

    def __init__(self, workspace: Workspace) -> None:
        self.ws = workspace

    def options(self, round_id: str) -> list[OptionInfo]:
        with self.ws.session() as s:
            return self._options(s, round_id)

    @staticmethod
    def _options(s: OrmSession, round_id: str) -> list[OptionInfo]:
        """Live options with the current text of what they point at."""
        rows = s.execute(
            sql(
                "SELECT o.id, o.target_kind, o.target_id, o.label, o.position, "
                "substr(c.text, 1, 400), cl.label, r.title "
                "FROM vote_option o "
                "LEFT JOIN card c ON o.target_kind = 'card' AND c.id = o.target_id "
                "LEFT JOIN cluster cl ON o.target_kind = 'cluster' AND cl.id = o.target_id "
                "LEFT JOIN recommendation r "
                "  ON o.target_kind = 'recommendation' AND r.id = o.target_id "
                "WHERE o.round_id = :r AND o.deleted = 0 ORDER BY o.position"
            ),
            {"r": round_id},
        ).all()
        out: list[OptionInfo] = []
        for oid, kind, target, label, position, card_text, cluster_label, rec_title in rows:
            live = card_text if card_text is not None else cluster_label or rec_title
            shown = short_label(live) if live else label
            out.append(OptionInfo(oid, round_id, kind, target, shown or label, position))
        return out

    @staticmethod
    def _option_ids(s: OrmSession, round_id: str) -> list[str]:
        return list(
            s.scalars(
                select(VoteOption.id)
                .where(VoteOption.round_id == round_id, VoteOption.deleted.is_(False))
                .order_by(VoteOption.position)
            ).all()
        )

    @staticmethod
    def _vote_count(s: OrmSession, round_id: str) -> int:
        return int(
            s.scalar(
                select(func.count())
                .select_from(Vote)
                .where(Vote.round_id == round_id, Vote.deleted.is_(False))
            )
            or 0
        )

    @staticmethod
    def _ballot_count(s: OrmSession, round_id: str) -> int:
        return int(
            s.scalar(
                select(func.count())
                .select_from(Ballot)
                .where(Ballot.round_id == round_id, Ballot.deleted.is_(False))
            )
            or 0
        )

    @classmethod
    def _status(cls, s: OrmSession, vr: VoteRound) -> VotingStatus:
        _counts, total = cls._tally(s.connection(), vr.id)
        return VotingStatus(
            round_id=vr.id,
            ballots=cls._ballot_count(s, vr.id),
            votes=total,
            revealed=vr.revealed,
            closed=vr.closed,
        )

    def counts(self, round_id: str) -> dict[tuple[str, str, int], int]:
        """The live vote rows of a round counted by (option, criterion, value)."""
        with self.ws.engine.connect() as con:
            return self._tally(con, round_id)[0]

    def tally_counts(self, round_id: str) -> dict[tuple[str, str, int], int]:
        """The rows typed in from paper, counted by (option, criterion, value)."""
        with self.ws.engine.connect() as con:
            return self._tally(con, round_id, TYPED_SQL)[0]

    @staticmethod
    def _tally(
        con: Connection, round_id: str, query: str = ""
    ) -> tuple[dict[tuple[str, str, int], int], int]:
        """Counts by (option, criterion, value) and their total: one GROUP BY
        over the live vote rows, read as plain tuples (fast)."""
        cursor = con.connection.driver_connection.cursor()  # type: ignore[union-attr]
        rows = cursor.execute(query or TALLY_SQL, (round_id,)).fetchall()
        cursor.close()
        return count_rows(rows)
