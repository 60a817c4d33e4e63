"""Scoring maths (domain.scoring): weighted means over several raters, inverse
criteria, K.O. marks, missing ratings, ties and the ranking order."""

from __future__ import annotations

import itertools
import math
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cosmart_desktop.domain.enums import CriterionKind
from cosmart_desktop.domain.scoring import (
    RankInput,
    RatingValue,
    ScoringCriterion,
    group_means,
    rank,
    score_key,
    score_steckbrief,
    score_text,
)

KO = CriterionKind.KO
SC = CriterionKind.SCORED

weights = st.sampled_from([0.0, 0.5, 1.0, 1.5, 2.0, 3.0, 10.0])
scores = st.integers(min_value=0, max_value=5)
raters = st.lists(
    st.text(alphabet="ABCDEabcde ÄÖü", min_size=1, max_size=6).filter(lambda s: s.strip()),
    min_size=1,
    max_size=4,
    unique_by=lambda s: s.strip(),
)


@st.composite
def catalogue_and_ratings(draw: st.DrawFn) -> tuple[list[ScoringCriterion], list[RatingValue]]:
    n = draw(st.integers(min_value=1, max_value=6))
    criteria = [
        ScoringCriterion(f"c{i}", SC, draw(weights), draw(st.booleans()), f"g{i % 2}")
        for i in range(n)
    ]
    criteria.append(ScoringCriterion("ko", KO))
    names = draw(raters)
    ratings = []
    for name in names:
        for c in criteria:
            if draw(st.booleans()):  # some ratings are missing
                top = 1 if c.kind is KO else 5
                ratings.append(
                    RatingValue(name, c.id, draw(st.integers(min_value=0, max_value=top)))
                )
    return criteria, ratings


def _reference(criteria: list[ScoringCriterion], ratings: list[RatingValue]) -> float | None:
    """The rule written out the long way: per criterion the mean of the raters,
    inverse criteria flipped, then the weighted mean of the rated criteria."""
    total = weight = 0.0
    for c in criteria:
        if c.kind is not SC:
            continue
        given = {r.rater.strip(): r.score for r in ratings if r.criterion_id == c.id}
        values = [v for v in given.values() if v is not None]
        if not values:
            continue
        mean = sum(values) / len(values)
        total += c.weight * (5 - mean if c.inverse else mean)
        weight += c.weight
    return total / weight if weight > 0 else None


@settings(max_examples=150, deadline=None)
@given(catalogue_and_ratings())
def test_score_is_the_weighted_mean_of_criterion_means(data) -> None:
    criteria, ratings = data
    result = score_steckbrief(criteria, ratings)
    expected = _reference(criteria, ratings)
    if expected is None:
        assert result.score is None
    else:
        assert result.score is not None
        assert math.isclose(result.score, expected, rel_tol=1e-9, abs_tol=1e-9)
        assert 0.0 <= result.score <= 5.0


@settings(max_examples=100, deadline=None)
@given(catalogue_and_ratings(), st.sampled_from([0.25, 2.0, 7.0]), st.randoms())
def test_score_ignores_weight_scale_and_rater_order(data, factor, rnd) -> None:
    criteria, ratings = data
    base = score_steckbrief(criteria, ratings)
    scaled = [
        ScoringCriterion(c.id, c.kind, c.weight * factor, c.inverse, c.group) for c in criteria
    ]
    by_rater: dict[str, list[RatingValue]] = {}
    for r in ratings:
        by_rater.setdefault(r.rater, []).append(r)
    order = list(by_rater)
    rnd.shuffle(order)
    shuffled = [r for name in order for r in by_rater[name]]
    for other in (score_steckbrief(scaled, ratings), score_steckbrief(criteria, shuffled)):
        if base.score is None:
            assert other.score is None
        else:
            assert other.score is not None
            assert math.isclose(other.score, base.score, rel_tol=1e-9, abs_tol=1e-9)
        assert other.raters == base.raters
        assert other.ko_failed == base.ko_failed


@settings(max_examples=80, deadline=None)
@given(st.lists(scores, min_size=1, max_size=4), weights.filter(lambda w: w > 0))
def test_inverse_criterion_counts_five_minus_the_score(values, weight) -> None:
    plain = [ScoringCriterion("c", SC, weight)]
    inverse = [ScoringCriterion("c", SC, weight, inverse=True)]
    given_plain = [RatingValue(f"r{i}", "c", 5 - v) for i, v in enumerate(values)]
    given_inverse = [RatingValue(f"r{i}", "c", v) for i, v in enumerate(values)]
    a = score_steckbrief(plain, given_plain).score
    b = score_steckbrief(inverse, given_inverse).score
    assert a is not None and b is not None and math.isclose(a, b)


@settings(max_examples=80, deadline=None)
@given(catalogue_and_ratings(), st.sampled_from(["Anna", "Ben"]))
def test_one_failing_ko_marks_the_steckbrief_without_changing_the_score(data, who) -> None:
    criteria, ratings = data
    without_ko = [r for r in ratings if r.criterion_id != "ko"]
    clean = score_steckbrief(criteria, [*without_ko, RatingValue(who, "ko", 1)])
    failed = score_steckbrief(criteria, [*without_ko, RatingValue(who, "ko", 0)])
    assert not clean.is_ko
    assert failed.is_ko and failed.ko_failed == ("ko",)
    assert clean.score == failed.score


def test_ko_disagreement_is_kept_visible() -> None:
    criteria = [ScoringCriterion("s", SC), ScoringCriterion("ko", KO)]
    result = score_steckbrief(
        criteria,
        [RatingValue("Anna", "ko", 1), RatingValue("Ben", "ko", 0), RatingValue("Anna", "s", 4)],
    )
    assert result.ko_failed == ("ko",)
    assert result.ko_disputed == ("ko",)
    assert result.criteria["ko"].mean == 0.5


def test_missing_ratings_spread_and_raters() -> None:
    criteria = [
        ScoringCriterion("a", SC, 2.0),
        ScoringCriterion("b", SC, 1.0),
        ScoringCriterion("ko", KO),
    ]
    ratings = [
        RatingValue("Anna", "a", 5),
        RatingValue("Anna", "b", 2),
        RatingValue("Anna", "ko", 1),
        RatingValue("Ben", "a", 1),  # Ben has not rated b and ko yet
    ]
    result = score_steckbrief(criteria, ratings, expected_raters=["Anna", "Ben", "Cem"])
    # a: mean 3 (weight 2), b: 2 (weight 1) → (6 + 2) / 3
    assert result.score == pytest.approx(8 / 3)
    assert result.rater_scores == {"Anna": pytest.approx(4.0), "Ben": pytest.approx(1.0)}
    assert result.spread == pytest.approx(3.0)
    assert result.criteria["a"].spread == 4.0
    assert result.raters == ("Anna", "Ben")
    assert result.missing_raters == ("Cem",)
    assert result.incomplete == {"Ben": 2}
    assert not result.complete


def test_no_rating_means_no_score_not_zero() -> None:
    criteria = [ScoringCriterion("a", SC), ScoringCriterion("ko", KO)]
    result = score_steckbrief(criteria, [], expected_raters=["Anna"])
    assert result.score is None and result.spread is None
    assert result.missing_raters == ("Anna",)
    only_ko = score_steckbrief(criteria, [RatingValue("Anna", "ko", 1)])
    assert only_ko.score is None and only_ko.raters == ("Anna",)


def test_all_weights_zero_gives_no_score() -> None:
    criteria = [ScoringCriterion("a", SC, 0.0), ScoringCriterion("b", SC, 0.0)]
    result = score_steckbrief(criteria, [RatingValue("Anna", "a", 5), RatingValue("Anna", "b", 3)])
    assert result.score is None


def test_invalid_and_repeated_ratings() -> None:
    criteria = [ScoringCriterion("a", SC), ScoringCriterion("ko", KO)]
    ratings = [
        RatingValue("Anna", "a", 2),
        RatingValue("Anna", "a", 4),  # the later rating wins
        RatingValue("Anna", "a", 9),  # out of range: ignored
        RatingValue("Anna", "ko", 3),  # K.O. takes only 0 or 1
        RatingValue("Anna", "gone", 5),  # a criterion no longer in the catalogue
        RatingValue("  ", "a", 0),  # no rater name
    ]
    result = score_steckbrief(criteria, ratings)
    assert result.score == 4.0
    assert result.raters == ("Anna",)
    assert not result.is_ko
    assert result.incomplete == {"Anna": 1}


def test_cleared_rating_counts_as_missing() -> None:
    criteria = [ScoringCriterion("a", SC), ScoringCriterion("b", SC)]
    result = score_steckbrief(
        criteria,
        [RatingValue("Anna", "a", 5), RatingValue("Anna", "b", 1), RatingValue("Anna", "b", None)],
    )
    assert result.score == 5.0
    assert result.incomplete == {"Anna": 1}


def test_group_means_follow_the_catalogue_groups() -> None:
    criteria = [
        ScoringCriterion("a", SC, 1.0, group="Ziele"),
        ScoringCriterion("b", SC, 3.0, group="Ziele"),
        ScoringCriterion("c", SC, 1.0, inverse=True, group="Ressourcen"),
        ScoringCriterion("d", SC, 1.0, group="Teilhabe"),
        ScoringCriterion("ko", KO, group="Ziele"),
    ]
    result = score_steckbrief(
        criteria, [RatingValue("A", "a", 1), RatingValue("A", "b", 5), RatingValue("A", "c", 4)]
    )
    assert group_means(criteria, result) == [
        ("Ziele", pytest.approx(4.0)),
        ("Ressourcen", pytest.approx(1.0)),
        ("Teilhabe", None),
    ]


# -- ranking ---------------------------------------------------------------------------
def test_ranking_order_ties_ko_and_unscored() -> None:
    items = [
        RankInput("u", "Ungewertet", None, False, 50),
        RankInput("k", "K.O. trotz Bestnote", 5.0, True, 99),
        RankInput("b", "Bäume", 3.5, False, 2),
        RankInput("a", "Ampeln", 4.0, False, 0),
        RankInput("c", "Carsharing", 3.5, False, 9),
        RankInput("d", "Daten", 3.504, False, 0),  # equal at two decimals: a tie
        RankInput("e", "Energie", 2.0, False, 0),
    ]
    out = rank(items)
    assert [r.item.id for r in out] == ["a", "c", "b", "d", "e", "u", "k"]
    assert [r.rank for r in out] == [1, 2, 2, 2, 5, None, None]
    assert [r.tied for r in out] == [False, True, True, True, False, False, False]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.one_of(st.none(), st.floats(min_value=0, max_value=5, allow_nan=False)),
            st.booleans(),
            st.integers(min_value=0, max_value=30),
        ),
        max_size=25,
    )
)
def test_ranking_properties(rows) -> None:
    items = [RankInput(f"id{i}", f"T{i % 3}", s, ko, sup) for i, (s, ko, sup) in enumerate(rows)]
    out = rank(items)
    assert sorted(r.item.id for r in out) == sorted(i.id for i in items)
    ranked = [r for r in out if r.rank is not None]
    # ranked items come first, then unscored, then K.O.
    groups = [0 if r.rank is not None else (2 if r.item.ko else 1) for r in out]
    assert groups == sorted(groups)
    assert all(not r.item.ko and r.item.score is not None for r in ranked)
    for prev, nxt in itertools.pairwise(ranked):
        assert score_key(prev.item.score) >= score_key(nxt.item.score)  # type: ignore[arg-type]
        if score_key(prev.item.score) == score_key(nxt.item.score):  # type: ignore[arg-type]
            assert prev.rank == nxt.rank and prev.tied and nxt.tied
            assert prev.item.support >= nxt.item.support
        else:
            assert nxt.rank == ranked.index(nxt) + 1  # competition ranking
    if ranked:
        assert ranked[0].rank == 1
    # the same input in another order ranks the same way
    shuffled = items[:]
    random.Random(len(items)).shuffle(shuffled)
    assert [(r.item.id, r.rank) for r in rank(shuffled)] == [(r.item.id, r.rank) for r in out]


def test_score_text_rounds_half_up_like_the_tie_rule() -> None:
    assert score_text(None) == "–"
    assert score_text(3.125) == "3,13"
    assert score_text(3.0) == "3,00"
    assert score_text(4.999) == "5,00"
    assert score_text(0.004, ".") == "0.00"
    assert score_key(3.125) == score_key(3.1250000001)
