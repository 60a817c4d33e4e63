"""Scoring Steckbriefe against a Kriterienkatalog (pure).

Rules (DOMAIN.md, Kriterienkatalog):

- Scored criteria take 0–5 per rater. A criterion's value is the mean of the
  raters who scored it; an *inverse* criterion (e.g. Ressourcenbedarf) counts
  ``5 − mean`` — the rater judges the need, a high need lowers the score.
- The overall score is the weighted mean of those values over the criteria that
  at least one rater scored (weight 0 criteria count for nothing). No rated
  criterion → no score (``None``), never 0.
- Each rater's own total is the weighted mean over the criteria *that* rater
  scored; the spread is the range (max − min) of the raters' totals.
- K.O. criteria take 1 (holds) or 0 (fails). One rater's "fails" marks the
  Steckbrief as K.O. (a K.O. is a veto, not a vote); disagreement stays visible.
- Ratings for unknown criteria or out of range are ignored; for the same rater
  and criterion the last rating given wins (``None`` clears it).
- Ranking: K.O.-free scored Steckbriefe by score (descending), equal at two
  decimals means tied (competition ranking 1, 2, 2, 4); then unscored ones and
  K.O. ones without a rank. Ties are listed by vote support, then title.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from .enums import CriterionKind

SCALE_MAX = 5
#: scores equal at this many decimals are ties (and are shown that way)
TIE_DECIMALS = 2


@dataclass(frozen=True, slots=True)
class ScoringCriterion:
    id: str
    kind: CriterionKind
    weight: float = 1.0
    inverse: bool = False
    group: str = ""


class RatingValue(NamedTuple):
    """One rater's score for one criterion (a tuple: cheap by the ten thousand)."""

    rater: str
    criterion_id: str
    score: int | None


class CriterionResult(NamedTuple):
    criterion_id: str
    #: mean of the raters' scores as given (0–5, or 0–1 for K.O.)
    mean: float | None
    #: what counts towards the overall score (inverse criteria flipped)
    value: float | None
    #: max − min of the raters' scores
    spread: float | None
    raters: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ScoreResult:
    score: float | None
    #: each rater's own weighted mean (None: that rater scored nothing yet)
    rater_scores: dict[str, float | None]
    #: range of the raters' totals (None with fewer than two totals)
    spread: float | None
    criteria: dict[str, CriterionResult]
    #: K.O. criteria marked as failing by at least one rater
    ko_failed: tuple[str, ...]
    #: K.O. criteria where raters disagree (some hold, some fail)
    ko_disputed: tuple[str, ...]
    #: raters who rated anything on this Steckbrief
    raters: tuple[str, ...]
    #: expected raters with no rating at all on this Steckbrief
    missing_raters: tuple[str, ...]
    #: rater → number of criteria that rater has not rated yet (only if > 0)
    incomplete: dict[str, int] = field(default_factory=dict)

    @property
    def is_ko(self) -> bool:
        return bool(self.ko_failed)

    @property
    def complete(self) -> bool:
        """Every rater who started has rated everything, and nobody is missing."""
        return bool(self.raters) and not self.incomplete and not self.missing_raters


def _weighted(pairs: Iterable[tuple[float, float]]) -> float | None:
    total = weight_sum = 0.0
    for weight, value in pairs:
        total += weight * value
        weight_sum += weight
    if weight_sum <= 0:
        return None
    return min(float(SCALE_MAX), max(0.0, total / weight_sum))


def _name_order(name: str) -> tuple[str, str]:
    """Names in a stable order, ignoring case first ("anna" and "Anna" never swap)."""
    return (name.casefold(), name)


def score_steckbrief(
    criteria: Sequence[ScoringCriterion],
    ratings: Iterable[RatingValue | tuple[str, str, int | None]],
    expected_raters: Iterable[str] = (),
) -> ScoreResult:
    """Score one Steckbrief; ``ratings`` (rater, criterion id, score) in the order
    they were given.

    Written for speed (a Maßnahmenliste scores hundreds of Steckbriefe at once);
    ``tests/unit/test_scoring.py`` checks it against the rules written out."""
    top = {c.id: (1 if c.kind is CriterionKind.KO else SCALE_MAX) for c in criteria}
    # rater → criterion → score (the last valid rating wins)
    given: dict[str, dict[str, int]] = {}
    for name, cid, score in ratings:
        limit = top.get(cid)
        if limit is None:
            continue  # not a criterion of this catalogue
        rater = name.strip()
        if not rater:
            continue
        per = given.get(rater)
        if per is None:
            per = given[rater] = {}
        if score is None:
            per.pop(cid, None)  # a cleared rating
        elif type(score) is int and 0 <= score <= limit:  # bool and out of range: ignored
            per[cid] = score
    raters = tuple(sorted((r for r, per in given.items() if per), key=_name_order))
    rated = [given[r] for r in raters]

    results: dict[str, CriterionResult] = {}
    total = weight_sum = 0.0
    failed: list[str] = []
    disputed: list[str] = []
    pairs = list(zip(raters, rated, strict=True))
    for c in criteria:
        cid = c.id
        values: list[int] = []
        names: list[str] = []
        for rater, per in pairs:
            score = per.get(cid)
            if score is not None:
                values.append(score)
                names.append(rater)
        if not values:
            results[cid] = CriterionResult(cid, None, None, None, ())
            continue
        mean = sum(values) / len(values)
        who = tuple(names)
        spread = float(max(values) - min(values))
        if c.kind is CriterionKind.SCORED:
            value = SCALE_MAX - mean if c.inverse else mean
            weight = c.weight if c.weight > 0 else 0.0
            total += weight * value
            weight_sum += weight
            results[cid] = CriterionResult(cid, mean, value, spread, who)
        else:
            results[cid] = CriterionResult(cid, mean, None, spread, who)
            if 0 in values:
                failed.append(cid)
                if 1 in values:
                    disputed.append(cid)
    overall = min(float(SCALE_MAX), max(0.0, total / weight_sum)) if weight_sum > 0 else None

    scored = [c for c in criteria if c.kind is CriterionKind.SCORED]
    rater_scores: dict[str, float | None] = {}
    for r, per in pairs:
        r_total = r_weight = 0.0
        for c in scored:
            v = per.get(c.id)
            if v is not None:
                weight = c.weight if c.weight > 0 else 0.0
                r_total += weight * (SCALE_MAX - v if c.inverse else v)
                r_weight += weight
        rater_scores[r] = (
            min(float(SCALE_MAX), max(0.0, r_total / r_weight)) if r_weight > 0 else None
        )
    totals = [v for v in rater_scores.values() if v is not None]
    spread_all = max(totals) - min(totals) if len(totals) >= 2 else None

    expected = {name for e in expected_raters if (name := e.strip())}
    missing = tuple(sorted(expected.difference(raters), key=_name_order))
    count = len(criteria)
    incomplete = {r: count - len(per) for r, per in pairs if len(per) < count}
    return ScoreResult(
        score=overall,
        rater_scores=rater_scores,
        spread=spread_all,
        criteria=results,
        ko_failed=tuple(failed),
        ko_disputed=tuple(disputed),
        raters=raters,
        missing_raters=missing,
        incomplete=incomplete,
    )


def score_key(score: float) -> int:
    """The score in hundredths, rounded half up: equal keys are ties."""
    factor = 10**TIE_DECIMALS
    return int(score * factor + 0.5 + 1e-9)


def score_text(score: float | None, decimal: str = ",") -> str:
    """A score as shown (two decimals, German decimal comma by default)."""
    if score is None:
        return "–"
    key = score_key(score)
    return f"{key // 100}{decimal}{key % 100:02d}"


@dataclass(frozen=True, slots=True)
class RankInput:
    id: str
    title: str
    score: float | None
    ko: bool
    support: int = 0


@dataclass(frozen=True, slots=True)
class Ranked:
    item: RankInput
    #: competition rank among K.O.-free scored items; None for the others
    rank: int | None
    #: True when another item shares the rank
    tied: bool


def rank(items: Iterable[RankInput]) -> list[Ranked]:
    """Order and number a Maßnahmenliste (see the module doc for the rules)."""

    def order(item: RankInput) -> tuple[int, int, int, str, str]:
        group = 2 if item.ko else (1 if item.score is None else 0)
        key = score_key(item.score) if item.score is not None else 0
        return (group, -key, -item.support, item.title.casefold(), item.id)

    ordered = sorted(items, key=order)
    keys = [score_key(i.score) if (i.score is not None and not i.ko) else None for i in ordered]
    counts: dict[int, int] = {}
    for key in keys:
        if key is not None:
            counts[key] = counts.get(key, 0) + 1
    out: list[Ranked] = []
    position = 0
    current_rank = 0
    previous: int | None = None
    for item, key in zip(ordered, keys, strict=True):
        if key is None:
            out.append(Ranked(item, None, False))
            continue
        position += 1
        if key != previous:
            current_rank = position
            previous = key
        out.append(Ranked(item, current_rank, counts[key] > 1))
    return out


def group_means(
    criteria: Sequence[ScoringCriterion], result: ScoreResult
) -> list[tuple[str, float | None]]:
    """Weighted mean of the scored criteria per group (Smart City Charta
    Leitlinie), groups in catalogue order; None where nothing is rated yet."""
    groups: dict[str, list[tuple[float, float]]] = {}
    for c in criteria:
        if c.kind is not CriterionKind.SCORED:
            continue
        pairs = groups.setdefault(c.group or "", [])
        value = result.criteria[c.id].value if c.id in result.criteria else None
        if value is not None:
            pairs.append((max(0.0, c.weight), value))
    return [(name, _weighted(pairs)) for name, pairs in groups.items()]
