"""Vote rules and tallies (DOMAIN.md, vote forms). Pure Python.

Four forms:

- **Punkten** (``dots``): a budget of dots per person and criterion (default:
  options ÷ 3), optionally capped per item; several dot criteria (colours) such
  as "wichtig" and "machbar" give an impact × feasibility matrix.
- **Zustimmung** (``approval``): yes / no / abstain per option; adopted when
  the yes share of all votes cast (abstentions included) reaches the threshold.
- **Widerstandsabfrage** (``resistance``): resistance 0…scale_max per option;
  the Passivlösung (status quo) is always an option; lowest total wins.
- **Konsensstufen** (``consensus``): volle Zustimmung / kann damit leben / Veto.

A vote is one row per dot or score: ``(option, criterion, value)``. Tallies are
computed from counts of those rows, grouped by ``(option, criterion, value)``.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import IntEnum
from fractions import Fraction
from typing import NamedTuple, Protocol, cast

from .enums import VoteMethod
from .errors import Refused

#: share of the larger score within which two scores count as a near-tie
NEAR_TIE_SHARE = Fraction(1, 20)
NEAR_TIE_SHARE_N, NEAR_TIE_SHARE_D = NEAR_TIE_SHARE.numerator, NEAR_TIE_SHARE.denominator
MAX_CRITERIA = 4
MAX_BUDGET = 100
MAX_OPTIONS = 2000
#: a score: whole dots or resistance points, or an exact share (Fraction)
Score = int | Fraction


class Approval(IntEnum):
    YES = 1
    NO = 0
    ABSTAIN = -1


class Consensus(IntEnum):
    FULL = 2  # volle Zustimmung
    LIVE = 1  # kann damit leben
    VETO = 0


APPROVAL_LABELS = {Approval.YES: "Ja", Approval.NO: "Nein", Approval.ABSTAIN: "Enthaltung"}
CONSENSUS_LABELS = {
    Consensus.FULL: "volle Zustimmung",
    Consensus.LIVE: "kann damit leben",
    Consensus.VETO: "Veto",
}
APPROVAL_COLORS = {Approval.YES: "#2e7d32", Approval.NO: "#c62828", Approval.ABSTAIN: "#757575"}
CONSENSUS_COLORS = {Consensus.FULL: "#2e7d32", Consensus.LIVE: "#f9a825", Consensus.VETO: "#c62828"}
PASSIVE_LABEL = "Passivlösung: alles bleibt, wie es ist"


@dataclass(frozen=True, slots=True)
class DotCriterion:
    """One dot colour: ``key`` is stored in each vote row."""

    key: str
    label: str
    color: str

    def as_dict(self) -> dict[str, str]:
        return {"key": self.key, "label": self.label, "color": self.color}


#: the single criterion of a plain dot vote
PLAIN_DOTS = DotCriterion("", "Punkte", "#1565c0")
IMPACT = DotCriterion("wichtig", "wichtig", "#c62828")
FEASIBILITY = DotCriterion("machbar", "machbar", "#2e7d32")
IMPACT_FEASIBILITY = (IMPACT, FEASIBILITY)


def default_budget(option_count: int) -> int:
    """The rule of thumb: options ÷ 3 (rounded, at least 1)."""
    return max(1, min(MAX_BUDGET, (option_count + 1) // 3))


def criteria_from_json(raw: object) -> tuple[DotCriterion, ...]:
    """Criteria as stored in ``vote_round.criteria`` (a JSON list of objects)."""
    if not isinstance(raw, list):
        return ()
    out: list[DotCriterion] = []
    for item in raw:
        if isinstance(item, dict):
            out.append(
                DotCriterion(
                    str(item.get("key", "")),
                    str(item.get("label", item.get("key", ""))),
                    str(item.get("color", "#1565c0")),
                )
            )
    return tuple(out)


@dataclass(frozen=True, slots=True)
class Column:
    """One kind of vote an option can receive: a tally-grid column."""

    criterion: str
    value: int
    label: str
    color: str


@dataclass(frozen=True, slots=True)
class VoteRules:
    method: VoteMethod
    options: tuple[str, ...]
    budget: int | None = None  # dots per person and criterion
    cap_per_item: int | None = None  # at most this many dots of a criterion on one item
    criteria: tuple[DotCriterion, ...] = ()
    threshold: float = 0.5
    scale_max: int = 10

    @property
    def dot_criteria(self) -> tuple[DotCriterion, ...]:
        return self.criteria or (PLAIN_DOTS,)

    def criterion_keys(self) -> tuple[str, ...]:
        if self.method is VoteMethod.DOTS:
            return tuple(c.key for c in self.dot_criteria)
        return ("",)

    def values(self) -> tuple[int, ...]:
        """The values a vote row may carry."""
        if self.method is VoteMethod.DOTS:
            return (1,)
        if self.method is VoteMethod.APPROVAL:
            return tuple(int(a) for a in Approval)
        if self.method is VoteMethod.CONSENSUS:
            return tuple(int(c) for c in Consensus)
        return tuple(range(self.scale_max + 1))

    def columns(self) -> tuple[Column, ...]:
        if self.method is VoteMethod.DOTS:
            return tuple(Column(c.key, 1, c.label, c.color) for c in self.dot_criteria)
        if self.method is VoteMethod.APPROVAL:
            return tuple(
                Column("", int(a), APPROVAL_LABELS[a], APPROVAL_COLORS[a]) for a in Approval
            )
        if self.method is VoteMethod.CONSENSUS:
            return tuple(
                Column("", int(c), CONSENSUS_LABELS[c], CONSENSUS_COLORS[c]) for c in Consensus
            )
        return tuple(
            Column("", v, str(v), _resistance_color(v, self.scale_max))
            for v in range(self.scale_max + 1)
        )

    def check(self) -> None:
        """Refuse rules that cannot be voted with."""
        if len(self.options) == 0:
            raise Refused("a vote needs at least one option")
        if len(self.options) > MAX_OPTIONS:
            raise Refused("at most {count} options per vote", count=MAX_OPTIONS)
        if len(set(self.options)) != len(self.options):
            raise Refused("options must be distinct")
        if self.method is VoteMethod.DOTS:
            if self.budget is None or not 1 <= self.budget <= MAX_BUDGET:
                raise Refused("dot budget must be between 1 and {max}", max=MAX_BUDGET)
            if self.cap_per_item is not None and not 1 <= self.cap_per_item <= self.budget:
                raise Refused("the cap per item must be between 1 and the budget")
            keys = [c.key for c in self.criteria]
            if len(keys) > MAX_CRITERIA:
                raise Refused("at most {count} dot criteria", count=MAX_CRITERIA)
            if len(set(keys)) != len(keys):
                raise Refused("dot criteria must have distinct names")
            if any(len(k) > 64 for k in keys):
                raise Refused("a dot criterion name has at most 64 characters")
            if len(keys) > 1 and "" in keys:
                raise Refused("every dot criterion needs a name")
        if self.method is VoteMethod.APPROVAL and not 0 < self.threshold <= 1:
            raise Refused("the threshold must be above 0 % and at most 100 %")
        if self.method is VoteMethod.RESISTANCE and not 1 <= self.scale_max <= 10:
            raise Refused("the resistance scale must end between 1 and 10")


def _resistance_color(value: int, top: int) -> str:
    share = value / top if top else 0.0
    red = int(46 + share * (198 - 46))
    green = int(125 + share * (40 - 125))
    return f"#{red:02x}{green:02x}32"


# -- tallies -----------------------------------------------------------------

#: counts of live vote rows: (option, criterion, value) → number of rows
Counts = Mapping[tuple[str, str, int], int]


class OptionLike(Protocol):
    """What a tally needs to know of an option (``OptionRef`` or the service's
    option rows)."""

    @property
    def id(self) -> str: ...

    @property
    def label(self) -> str: ...

    @property
    def kind(self) -> str: ...

    @property
    def target_id(self) -> str | None: ...


class OptionRef(NamedTuple):
    """What is voted on. (Named tuples here: immutable and cheap to make, as a
    tally of 300 items makes hundreds of them.)"""

    id: str
    label: str
    kind: str = "custom"  # card, cluster, recommendation, passive, custom
    target_id: str | None = None


class RankedOption(NamedTuple):
    option: OptionLike
    rank: int  # competition ranking (1, 2, 2, 4); options without votes rank last
    score: float  # what the bar shows: dots, yes share, total resistance, full share
    votes: int  # vote rows counted
    tie: bool  # shares its exact score with another option
    near_tie: bool  # within the near-tie margin of a neighbour (shown as a tie)
    group: int  # options shown as tied share a group number
    by_column: dict[tuple[str, int], int]  # (criterion, value) → votes
    yes: int = 0
    no: int = 0
    abstain: int = 0
    adopted: bool | None = None  # approval
    mean: float | None = None  # resistance
    worse_than_passive: bool = False  # resistance: not better than the status quo
    level: str = ""  # consensus: "volle Zustimmung", "kann damit leben", "Veto", ""

    def dots(self, criterion: str = "") -> int:
        return self.by_column.get((criterion, 1), 0)

    def share(self, value: int) -> float:
        """Share of this option's votes that have ``value`` (approval, consensus)."""
        total = self.votes
        return self.by_column.get(("", value), 0) / total if total else 0.0


class MatrixPoint(NamedTuple):
    option: OptionLike
    x: int  # feasibility dots
    y: int  # impact dots


@dataclass(frozen=True, slots=True)
class Matrix:
    """Impact × feasibility: y = the first criterion, x = the second."""

    x: DotCriterion
    y: DotCriterion
    points: tuple[MatrixPoint, ...]
    x_mid: float  # quadrant borders: the means over all options
    y_mid: float
    x_max: int
    y_max: int

    def quadrant(self, point: MatrixPoint) -> str:
        high_y, high_x = point.y > self.y_mid, point.x > self.x_mid
        if high_y and high_x:
            return "anpacken"
        if high_y:
            return "vorbereiten"
        if high_x:
            return "nebenbei"
        return "zurückstellen"


@dataclass(frozen=True, slots=True)
class RoundResult:
    method: VoteMethod
    ranking: tuple[RankedOption, ...]
    total_votes: int
    criteria: tuple[DotCriterion, ...] = ()
    matrix: Matrix | None = None
    threshold: float = 0.5
    scale_max: int = 10
    uneven: bool = False  # resistance: options got different numbers of ratings

    def by_option(self) -> dict[str, RankedOption]:
        return {r.option.id: r for r in self.ranking}

    def top(self, n: int) -> list[RankedOption]:
        """The best ``n`` options, extended by whatever is tied with the last one."""
        if n <= 0 or not self.ranking:
            return []
        chosen = [r for r in self.ranking if r.votes > 0][:n]
        if not chosen:
            return []
        last = chosen[-1].group
        extra = [r for r in self.ranking[len(chosen) :] if r.group == last and r.votes > 0]
        return chosen + extra


def _near(a: Score, b: Score, unit: Score) -> bool:
    """|a − b| ≤ max(unit, NEAR_TIE_SHARE · max(|a|, |b|)), in exact arithmetic."""
    n, d = NEAR_TIE_SHARE_N, NEAR_TIE_SHARE_D
    x, y, u = cast(Fraction, a), cast(Fraction, b), cast(Fraction, unit)  # int works alike
    return bool(d * abs(x - y) <= max(d * u, n * max(abs(x), abs(y))))


@dataclass(slots=True)
class _Entry:
    ref: OptionLike
    cols: dict[tuple[str, int], int]
    votes: int
    score: Score = 0
    key: tuple[Score, ...] = ()
    yes: int = 0
    no: int = 0
    abstain: int = 0
    adopted: bool | None = None
    mean: float | None = None
    level: str = ""


def _score(rules: VoteRules, e: _Entry, threshold: Fraction) -> None:
    """Fill in score and sort key (smaller key = better) of one option."""
    cols, votes = e.cols, e.votes
    if rules.method is VoteMethod.DOTS:
        e.score = votes  # whole numbers sort fast (300 items × 5,000 dots)
        e.key = (-votes,)
    elif rules.method is VoteMethod.APPROVAL:
        e.yes = cols.get(("", int(Approval.YES)), 0)
        e.no = cols.get(("", int(Approval.NO)), 0)
        e.abstain = cols.get(("", int(Approval.ABSTAIN)), 0)
        e.score = Fraction(e.yes, votes) if votes else Fraction(0)
        e.adopted = votes > 0 and e.score >= threshold
        e.key = (-e.score,)
    elif rules.method is VoteMethod.RESISTANCE:
        total = sum(value * n for (_c, value), n in cols.items())
        e.score = total
        e.mean = total / votes if votes else None
        e.key = (total,)
    else:
        full = cols.get(("", int(Consensus.FULL)), 0)
        live = cols.get(("", int(Consensus.LIVE)), 0)
        veto = cols.get(("", int(Consensus.VETO)), 0)
        e.score = Fraction(full, votes) if votes else Fraction(0)
        if votes:
            level = Consensus.VETO if veto else Consensus.FULL if live == 0 else Consensus.LIVE
            e.level = CONSENSUS_LABELS[level]
        live_share = Fraction(live, votes) if votes else Fraction(0)
        e.key = (min(veto, 1), veto, -e.score, -live_share)


def tally(
    rules: VoteRules,
    options: Iterable[OptionLike],
    counts: Counts,
    *,
    passive_id: str | None = None,
) -> RoundResult:
    """Rank the options of one vote from the counts of its live vote rows.

    Rows of unknown options, criteria or values are ignored (they belong to
    options that were removed), so the figures always add up to what is shown.
    Options without votes come last, unranked, in their given order.
    """
    refs = list(options)
    per: dict[str, dict[tuple[str, int], int]] = {o.id: {} for o in refs}
    allowed = {(k, v) for k in rules.criterion_keys() for v in rules.values()}
    total = 0
    for (option, criterion, value), n in counts.items():
        cell = per.get(option)
        column = (criterion, value)
        if cell is None or n <= 0 or column not in allowed:
            continue
        cell[column] = cell.get(column, 0) + n
        total += n
    entries = [_Entry(ref, per[ref.id], sum(per[ref.id].values())) for ref in refs]
    if rules.method is VoteMethod.DOTS:  # the common case with many items, inline
        for e in entries:
            e.score, e.key = e.votes, (-e.votes,)
    else:
        threshold = Fraction(rules.threshold).limit_denominator(10_000)
        for e in entries:
            _score(rules, e, threshold)
    voted = sorted((e for e in entries if e.votes), key=lambda e: e.key)
    unvoted = [e for e in entries if not e.votes]
    unit = _unit(rules.method, voted)
    key_count: dict[tuple[Score, ...], int] = {}
    for e in voted:
        key_count[e.key] = key_count.get(e.key, 0) + 1
    # near_prev[i]: option i is within the near-tie margin of option i − 1
    near_prev = [False] * (len(voted) + 1)
    for i in range(1, len(voted)):
        a, b = voted[i - 1], voted[i]
        near_prev[i] = a.key != b.key and _comparable(a, b) and _near(a.score, b.score, unit)
    ranking: list[RankedOption] = []
    group = rank = 0
    for i, e in enumerate(voted):
        if i == 0 or e.key != voted[i - 1].key:
            rank = i + 1
        if i == 0 or not (e.key == voted[i - 1].key or near_prev[i]):
            group += 1
        near = near_prev[i] or near_prev[i + 1]
        ranking.append(_ranked(e, rank, group, key_count[e.key] > 1, near))
    for e in unvoted:
        group += 1
        ranking.append(_ranked(e, len(voted) + 1, group, False, False))
    if rules.method is VoteMethod.RESISTANCE and passive_id is not None:
        ranking = _mark_passive(ranking, passive_id)
    uneven = rules.method is VoteMethod.RESISTANCE and len({r.votes for r in ranking}) > 1
    is_dots = rules.method is VoteMethod.DOTS
    return RoundResult(
        method=rules.method,
        ranking=tuple(ranking),
        total_votes=total,
        criteria=rules.dot_criteria if is_dots else (),
        matrix=_matrix(rules, ranking) if is_dots else None,
        threshold=rules.threshold,
        scale_max=rules.scale_max,
        uneven=uneven,
    )


def _ranked(e: _Entry, rank: int, group: int, tie: bool, near: bool) -> RankedOption:
    # positional: a tally of hundreds of items makes hundreds of these
    return RankedOption(
        e.ref,
        rank,
        float(e.score),
        e.votes,
        tie,
        near,
        group,
        e.cols,  # made fresh for this tally
        e.yes,
        e.no,
        e.abstain,
        e.adopted,
        e.mean,
        False,
        e.level,
    )


def _comparable(a: _Entry, b: _Entry) -> bool:
    """Consensus: an option with a veto is never shown as tied with one without."""
    return len(a.key) < 4 or a.key[0] == b.key[0]


def _unit(method: VoteMethod, voted: list[_Entry]) -> Score:
    """The smallest step a score can make: one dot, one point, one person's share."""
    if method in (VoteMethod.DOTS, VoteMethod.RESISTANCE):
        return 1
    most = max((e.votes for e in voted), default=0)
    return Fraction(1, most) if most else Fraction(1)


def _mark_passive(ranking: list[RankedOption], passive_id: str) -> list[RankedOption]:
    passive = next((r for r in ranking if r.option.id == passive_id), None)
    if passive is None or not passive.votes:
        return ranking
    out: list[RankedOption] = []
    for r in ranking:
        worse = (
            r.option.id != passive_id
            and r.votes > 0
            and r.mean is not None
            and passive.mean is not None
            and r.mean >= passive.mean
        )
        out.append(r._replace(worse_than_passive=worse))
    return out


def _matrix(rules: VoteRules, ranking: list[RankedOption]) -> Matrix | None:
    criteria = rules.dot_criteria
    if len(criteria) < 2 or not ranking:
        return None
    y_c, x_c = criteria[0], criteria[1]
    xk, yk = (x_c.key, 1), (y_c.key, 1)
    points = tuple(
        MatrixPoint(r.option, r.by_column.get(xk, 0), r.by_column.get(yk, 0)) for r in ranking
    )
    xs = [p.x for p in points]
    ys = [p.y for p in points]
    n = len(points)
    return Matrix(
        x=x_c,
        y=y_c,
        points=points,
        x_mid=sum(xs) / n,
        y_mid=sum(ys) / n,
        x_max=max(xs),
        y_max=max(ys),
    )


def percent(share: float) -> str:
    """A share as a German percentage: 0.5 → '50 %', 0.667 → '66,7 %'."""
    value = round(share * 100, 1)
    text = f"{value:.0f}" if math.isclose(value, round(value)) else f"{value:.1f}".replace(".", ",")
    return f"{text} %"


# ballots live in their own module; re-exported here, the one place to import from
from .ballots import BallotDraft, Choices, ballot_rows, validate_ballot  # noqa: E402

__all__ = [
    "APPROVAL_COLORS",
    "APPROVAL_LABELS",
    "CONSENSUS_COLORS",
    "CONSENSUS_LABELS",
    "FEASIBILITY",
    "IMPACT",
    "IMPACT_FEASIBILITY",
    "NEAR_TIE_SHARE",
    "PASSIVE_LABEL",
    "PLAIN_DOTS",
    "Approval",
    "BallotDraft",
    "Choices",
    "Column",
    "Consensus",
    "Counts",
    "DotCriterion",
    "Matrix",
    "MatrixPoint",
    "OptionLike",
    "OptionRef",
    "RankedOption",
    "RoundResult",
    "VoteRules",
    "ballot_rows",
    "criteria_from_json",
    "default_budget",
    "percent",
    "tally",
    "validate_ballot",
]
