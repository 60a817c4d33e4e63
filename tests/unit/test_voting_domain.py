"""Vote rules and tallies (domain.voting), including property-based checks:
a kiosk ballot can never exceed its budget or caps, and a tally adds up."""

from __future__ import annotations

import itertools
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cosmart_desktop.domain.enums import VoteMethod
from cosmart_desktop.domain.errors import Refused
from cosmart_desktop.domain.voting import (
    IMPACT_FEASIBILITY,
    Approval,
    BallotDraft,
    Consensus,
    DotCriterion,
    OptionRef,
    VoteRules,
    ballot_rows,
    default_budget,
    percent,
    tally,
    validate_ballot,
)

OPTS = tuple(f"o{i}" for i in range(8))


def refs(ids=OPTS):
    return [OptionRef(i, f"Option {i}") for i in ids]


def test_default_budget_is_options_divided_by_three():
    assert default_budget(9) == 3
    assert default_budget(10) == 3
    assert default_budget(11) == 4
    assert default_budget(2) == 1
    assert default_budget(0) == 1


def test_rules_refuse_impossible_settings():
    with pytest.raises(Refused):
        VoteRules(VoteMethod.DOTS, OPTS, budget=0).check()
    with pytest.raises(Refused, match="cap"):
        VoteRules(VoteMethod.DOTS, OPTS, budget=3, cap_per_item=4).check()
    with pytest.raises(Refused, match="distinct"):
        VoteRules(VoteMethod.DOTS, OPTS, budget=3, criteria=(IMPACT_FEASIBILITY[0],) * 2).check()
    with pytest.raises(Refused, match="threshold"):
        VoteRules(VoteMethod.APPROVAL, OPTS, threshold=0).check()
    with pytest.raises(Refused, match="at least one option"):
        VoteRules(VoteMethod.APPROVAL, ()).check()
    VoteRules(VoteMethod.DOTS, OPTS, budget=3, cap_per_item=2, criteria=IMPACT_FEASIBILITY).check()


def test_validate_ballot_messages():
    rules = VoteRules(VoteMethod.DOTS, OPTS[:3], budget=3, cap_per_item=2)
    validate_ballot(rules, {("o0", ""): 2, ("o1", ""): 1})
    with pytest.raises(Refused, match="budget is 3"):
        validate_ballot(rules, {("o0", ""): 2, ("o1", ""): 2})
    with pytest.raises(Refused, match="at most 2"):
        validate_ballot(rules, {("o0", ""): 3})
    with pytest.raises(Refused, match="not in this vote"):
        validate_ballot(rules, {("zz", ""): 1})
    with pytest.raises(Refused, match="empty"):
        validate_ballot(rules, {})
    approval = VoteRules(VoteMethod.APPROVAL, OPTS[:2])
    with pytest.raises(Refused, match="1 option"):
        validate_ballot(approval, {("o0", ""): 1})
    with pytest.raises(Refused, match="not a possible answer"):
        validate_ballot(approval, {("o0", ""): 5, ("o1", ""): 1})
    validate_ballot(approval, {("o0", ""): 1, ("o1", ""): -1})


dot_rules = st.builds(
    lambda n, budget, cap, ncrit: VoteRules(
        VoteMethod.DOTS,
        OPTS[:n],
        budget=budget,
        cap_per_item=None if cap is None else min(cap, budget),
        criteria=IMPACT_FEASIBILITY[:ncrit] if ncrit else (),
    ),
    st.integers(1, 8),
    st.integers(1, 10),
    st.one_of(st.none(), st.integers(1, 10)),
    st.integers(0, 2),
)


@settings(max_examples=150, deadline=None)
@given(dot_rules, st.data())
def test_kiosk_draft_never_exceeds_budget_or_cap(rules, data):
    draft = BallotDraft(rules)
    keys = rules.criterion_keys()
    for _ in range(data.draw(st.integers(0, 40))):
        option = data.draw(st.sampled_from(rules.options))
        criterion = data.draw(st.sampled_from(keys))
        if data.draw(st.booleans()):
            allowed = draft.can_add(option, criterion)
            before = dict(draft.choices())
            try:
                draft.add_dot(option, criterion)
                assert allowed
            except Refused:
                assert not allowed
                assert draft.choices() == before  # nothing changed
        else:
            draft.remove_dot(option, criterion)
        for c in keys:
            assert 0 <= draft.spent(c) <= rules.budget
            for o in rules.options:
                assert draft.dots(o, c) >= 0
                if rules.cap_per_item is not None:
                    assert draft.dots(o, c) <= rules.cap_per_item
    if draft.is_empty():
        with pytest.raises(Refused):
            validate_ballot(rules, draft.choices())
    else:
        validate_ballot(rules, draft.choices())
        rows = ballot_rows(rules, draft.choices())
        assert len(rows) == sum(draft.choices().values())


@settings(max_examples=150, deadline=None)
@given(
    dot_rules,
    st.dictionaries(
        st.tuples(st.sampled_from(OPTS), st.sampled_from(["", "wichtig", "machbar"])),
        st.integers(-1, 12),
        max_size=10,
    ),
)
def test_any_accepted_ballot_respects_the_rules(rules, choices):
    try:
        validate_ballot(rules, choices)
    except Refused:
        return
    spent = Counter()
    for (option, criterion), n in choices.items():
        assert option in rules.options and criterion in rules.criterion_keys()
        assert n >= 0
        if rules.cap_per_item is not None:
            assert n <= rules.cap_per_item
        spent[criterion] += n
    assert all(v <= rules.budget for v in spent.values())


methods = st.sampled_from(list(VoteMethod))


@settings(max_examples=200, deadline=None)
@given(methods, st.integers(1, 8), st.data())
def test_tally_adds_up_and_ranks_consistently(method, n, data):
    rules = VoteRules(method, OPTS[:n], budget=3, criteria=(), scale_max=5)
    values = rules.values()
    counts = data.draw(
        st.dictionaries(
            st.tuples(st.sampled_from((*OPTS[:n], "gone")), st.just(""), st.sampled_from(values)),
            st.integers(0, 30),
            max_size=20,
        )
    )
    result = tally(rules, refs(OPTS[:n]), counts)
    direct = sum(c for (o, _c, _v), c in counts.items() if o != "gone")
    assert result.total_votes == direct
    assert sum(r.votes for r in result.ranking) == direct
    assert {r.option.id for r in result.ranking} == set(OPTS[:n])
    voted = [r for r in result.ranking if r.votes]
    for a, b in itertools.pairwise(voted):
        assert a.rank <= b.rank
        if method is VoteMethod.DOTS:
            assert a.score >= b.score
        if method is VoteMethod.RESISTANCE:
            assert a.score <= b.score
        if a.score == b.score and method is not VoteMethod.CONSENSUS:
            assert a.rank == b.rank and a.tie and b.tie and a.group == b.group
    for r in result.ranking:
        by_value = Counter()
        for (o, _c, v), c in counts.items():
            if o == r.option.id:
                by_value[v] += c
        assert {v: c for (_k, v), c in r.by_column.items()} == {
            v: c for v, c in by_value.items() if c
        }


def test_dots_ties_and_near_ties():
    rules = VoteRules(VoteMethod.DOTS, OPTS[:5], budget=3)
    counts = {("o0", "", 1): 40, ("o1", "", 1): 39, ("o2", "", 1): 20, ("o3", "", 1): 20}
    result = tally(rules, refs(OPTS[:5]), counts)
    top = result.ranking
    assert [r.option.id for r in top] == ["o0", "o1", "o2", "o3", "o4"]
    assert [r.rank for r in top] == [1, 2, 3, 3, 5]
    assert top[0].near_tie and top[1].near_tie and not top[0].tie  # 40 vs 39: shown as a tie
    assert top[0].group == top[1].group
    assert top[2].tie and top[3].tie and top[2].group == top[3].group
    assert not top[1].near_tie or top[1].group != top[2].group
    assert top[4].votes == 0
    assert [r.option.id for r in result.top(1)] == ["o0", "o1"]  # extended by the near-tie
    assert [r.option.id for r in result.top(3)] == ["o0", "o1", "o2", "o3"]


def test_impact_feasibility_matrix():
    rules = VoteRules(VoteMethod.DOTS, OPTS[:3], budget=3, criteria=IMPACT_FEASIBILITY)
    counts = {
        ("o0", "wichtig", 1): 9,
        ("o0", "machbar", 1): 8,
        ("o1", "wichtig", 1): 7,
        ("o1", "machbar", 1): 1,
        ("o2", "machbar", 1): 6,
    }
    result = tally(rules, refs(OPTS[:3]), counts)
    m = result.matrix
    assert m is not None and m.y.key == "wichtig" and m.x.key == "machbar"
    points = {p.option.id: (p.x, p.y) for p in m.points}
    assert points == {"o0": (8, 9), "o1": (1, 7), "o2": (6, 0)}
    quadrants = {p.option.id: m.quadrant(p) for p in m.points}
    assert quadrants == {"o0": "anpacken", "o1": "vorbereiten", "o2": "nebenbei"}
    assert result.ranking[0].dots("wichtig") == 9 and result.ranking[0].score == 17


def test_approval_adopted_at_threshold():
    rules = VoteRules(VoteMethod.APPROVAL, OPTS[:3], threshold=0.5)
    y, n, a = int(Approval.YES), int(Approval.NO), int(Approval.ABSTAIN)
    counts = {
        ("o0", "", y): 16,
        ("o0", "", n): 10,
        ("o0", "", a): 6,  # 16 of 32 = 50 % → adopted
        ("o1", "", y): 15,
        ("o1", "", n): 17,  # 46.9 %
        ("o2", "", y): 30,
        ("o2", "", a): 2,
    }
    result = tally(rules, refs(OPTS[:3]), counts).by_option()
    assert result["o0"].adopted is True and percent(result["o0"].score) == "50 %"
    assert result["o1"].adopted is False and percent(result["o1"].score) == "46,9 %"
    assert result["o2"].adopted is True and result["o2"].abstain == 2
    strict = VoteRules(VoteMethod.APPROVAL, OPTS[:3], threshold=2 / 3)
    assert tally(strict, refs(OPTS[:3]), counts).by_option()["o0"].adopted is False


def test_resistance_lowest_total_wins_and_passive_compared():
    rules = VoteRules(VoteMethod.RESISTANCE, OPTS[:3], scale_max=10)
    counts = {
        ("o0", "", 2): 3,
        ("o0", "", 0): 1,  # total 6
        ("o1", "", 9): 2,
        ("o1", "", 8): 2,  # total 34
        ("o2", "", 5): 4,  # Passivlösung, total 20
    }
    options = [*refs(OPTS[:2]), OptionRef("o2", "Passivlösung", "passive")]
    result = tally(rules, options, counts, passive_id="o2")
    assert [r.option.id for r in result.ranking] == ["o0", "o2", "o1"]
    by = result.by_option()
    assert by["o0"].score == 6 and by["o0"].mean == 1.5
    assert by["o1"].worse_than_passive and not by["o0"].worse_than_passive


def test_consensus_levels_and_veto_ranks_last():
    rules = VoteRules(VoteMethod.CONSENSUS, OPTS[:3])
    f, lv, v = int(Consensus.FULL), int(Consensus.LIVE), int(Consensus.VETO)
    counts = {
        ("o0", "", f): 10,  # full consensus
        ("o1", "", f): 12,
        ("o1", "", v): 1,  # vetoed, despite more full votes
        ("o2", "", f): 6,
        ("o2", "", lv): 4,
    }
    result = tally(rules, refs(OPTS[:3]), counts)
    assert [r.option.id for r in result.ranking] == ["o0", "o2", "o1"]
    levels = {r.option.id: r.level for r in result.ranking}
    assert levels == {"o0": "volle Zustimmung", "o2": "kann damit leben", "o1": "Veto"}


def test_unknown_rows_are_ignored():
    rules = VoteRules(
        VoteMethod.DOTS, OPTS[:2], budget=2, criteria=(DotCriterion("a", "a", "#f00"),)
    )
    result = tally(rules, refs(OPTS[:2]), {("o0", "a", 1): 2, ("o0", "b", 1): 5, ("o9", "a", 1): 1})
    assert result.total_votes == 2


def test_near_tie_groups_chain_only_through_neighbours():
    # 100 ≈ 96 (within 5 %), 96 vs 80 far apart, 80 ≈ 79
    rules = VoteRules(VoteMethod.DOTS, OPTS[:4], budget=3)
    counts = {("o0", "", 1): 100, ("o1", "", 1): 96, ("o2", "", 1): 80, ("o3", "", 1): 79}
    ranking = tally(rules, refs(OPTS[:4]), counts).ranking
    assert [r.near_tie for r in ranking] == [True, True, True, True]
    groups = [r.group for r in ranking]
    assert groups[0] == groups[1] != groups[2] == groups[3]
