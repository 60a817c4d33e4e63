"""Voting service on a real SQLite workspace: rounds from cards, clusters and
recommendations, tally entry as one row per dot, kiosk ballots with voter codes,
and tallies that always equal a direct count of the live rows."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text

from cosmart_desktop.domain.enums import SessionFormat, VoteEntry, VoteMethod
from cosmart_desktop.domain.errors import Refused
from cosmart_desktop.domain.voting import IMPACT_FEASIBILITY, PASSIVE_LABEL, Approval
from cosmart_desktop.services.voting import VotingService
from cosmart_desktop.services.workshops import WorkshopService
from cosmart_desktop.storage.models import Ballot, Card, ChangeRecord, Cluster, Vote


@pytest.fixture
def session(workspace):
    ws = WorkshopService(workspace)
    event = ws.create_event("Test")
    sid = ws.create_session(event, SessionFormat.ZUKUNFTSWERKSTATT)
    phase = ws.list_phases(sid)[1].id
    with workspace.transaction() as s:
        for i, label in enumerate(["Verkehr", "Lärm", "Parken", "Radwege"]):
            cl = Cluster(phase_id=phase, label=label, x=float(i), y=0.0)
            s.add(cl)
            s.flush()
            s.add(Card(phase_id=phase, cluster_id=cl.id, text=f"Karte zu {label}\nzweite Zeile"))
        s.add(Card(phase_id=phase, text="gelöscht", deleted=True))
    return sid, phase


def live_rows(workspace, round_id):
    with workspace.session() as s:
        return s.execute(
            select(Vote.option_id, Vote.criterion, Vote.value).where(
                Vote.round_id == round_id, Vote.deleted.is_(False)
            )
        ).all()


def test_round_on_clusters_with_default_budget(workspace, session):
    sid, phase = session
    svc = VotingService(workspace)
    assert svc.count_targets(sid, phase, "clusters") == 4
    rid = svc.create_round(sid, VoteMethod.DOTS, phase_id=phase, target_kind="clusters")
    info = svc.get_round(rid)
    assert info.budget == 1  # 4 options ÷ 3
    labels = [o.label for o in svc.options(rid)]
    assert sorted(labels) == ["Lärm", "Parken", "Radwege", "Verkehr"]
    cards = svc.create_round(sid, VoteMethod.DOTS, phase_id=phase, target_kind="cards", budget=3)
    assert {o.label for o in svc.options(cards)} == {
        "Karte zu Verkehr",
        "Karte zu Lärm",
        "Karte zu Parken",
        "Karte zu Radwege",
    }
    # labels follow the board: renaming a cluster renames the option
    with workspace.transaction() as s:
        cl = s.scalars(select(Cluster).where(Cluster.label == "Lärm")).one()
        cl.label = "Lärm und Abgase"
    assert "Lärm und Abgase" in [o.label for o in svc.options(rid)]


def test_bad_rounds_are_refused_and_nothing_is_stored(workspace, session):
    sid, phase = session
    svc = VotingService(workspace)
    with pytest.raises(Refused, match="cap"):
        svc.create_round(sid, VoteMethod.DOTS, phase_id=phase, budget=2, cap_per_item=3)
    with pytest.raises(Refused, match="empty"):
        svc.create_round(sid, VoteMethod.APPROVAL, target_kind="recommendations")
    with pytest.raises(Refused, match="phase"):
        svc.create_round(sid, VoteMethod.DOTS, target_kind="cards")
    with pytest.raises(Refused, match="NUL"):
        svc.create_round(sid, VoteMethod.DOTS, target_kind="custom", labels=["a\x00b"])
    assert svc.list_rounds(sid) == []


def test_resistance_always_has_the_passive_option(workspace, session):
    sid, _ = session
    svc = VotingService(workspace)
    rid = svc.create_round(
        sid, VoteMethod.RESISTANCE, target_kind="custom", labels=["Tempo 30", "Quartiersgarage"]
    )
    options = svc.options(rid)
    passive = [o for o in options if o.kind == "passive"]
    assert len(passive) == 1 and passive[0].label == PASSIVE_LABEL
    with pytest.raises(Refused, match="Passivlösung"):
        svc.set_option_deleted(passive[0].id, True)


def test_tally_entry_is_one_row_per_dot_and_undoable(workspace, session):
    sid, phase = session
    svc = VotingService(workspace)
    rid = svc.create_round(
        sid, VoteMethod.DOTS, phase_id=phase, budget=3, criteria=IMPACT_FEASIBILITY
    )
    opt = svc.options(rid)[0].id
    assert svc.set_tally(rid, opt, "wichtig", 1, 7) == 0
    assert len(live_rows(workspace, rid)) == 7
    assert svc.set_tally(rid, opt, "wichtig", 1, 4) == 7
    assert len(live_rows(workspace, rid)) == 4
    with workspace.session() as s:
        dead = s.scalar(text("SELECT count(*) FROM vote WHERE deleted = 1"))
        logged = s.scalar(
            select(text("count(*)")).select_from(ChangeRecord).where(ChangeRecord.tbl == "vote")
        )
    assert dead == 3  # tombstones, never hard deletes
    assert logged >= 7 * 7  # every field of every new row is in the change log
    assert svc.tally_counts(rid) == {(opt, "wichtig", 1): 4}
    with pytest.raises(Refused, match="column"):
        svc.set_tally(rid, opt, "schön", 1, 1)
    with pytest.raises(Refused, match="whole number"):
        svc.set_tally(rid, opt, "wichtig", 1, -1)
    result = svc.results(rid).result
    assert result.by_option()[opt].dots("wichtig") == 4
    svc.update_round(rid, closed=True)
    with pytest.raises(Refused, match="closed"):
        svc.set_tally(rid, opt, "wichtig", 1, 5)


def test_rules_are_frozen_once_votes_exist(workspace, session):
    sid, phase = session
    svc = VotingService(workspace)
    rid = svc.create_round(sid, VoteMethod.DOTS, phase_id=phase, budget=3)
    assert svc.update_round(rid, budget=2) == {"budget": 3}
    svc.set_tally(rid, svc.options(rid)[0].id, "", 1, 1)
    with pytest.raises(Refused, match="rules"):
        svc.update_round(rid, budget=3)
    with pytest.raises(Refused, match="added"):
        svc.add_option(rid, "Noch eine Idee")
    svc.update_round(rid, revealed=True, title="Kritik: Punkten")
    assert svc.get_round(rid).revealed


def test_kiosk_ballot_with_voter_code(workspace, session):
    sid, _ = session
    svc = VotingService(workspace)
    recs = [svc.create_recommendation(sid, f"Empfehlung {i}") for i in range(3)]
    rid = svc.create_round(
        sid, VoteMethod.APPROVAL, target_kind="recommendations", voter_codes=True
    )
    options = [o.id for o in svc.options(rid)]
    assert [o.target_id for o in svc.options(rid)] == recs
    yes, no = int(Approval.YES), int(Approval.NO)
    ballot = {(options[0], ""): yes, (options[1], ""): no, (options[2], ""): yes}
    with pytest.raises(Refused, match="voter code"):
        svc.cast_ballot(rid, ballot)
    bid = svc.cast_ballot(rid, ballot, voter_code=" 4711 ")
    assert svc.code_taken(rid, "4711")
    with pytest.raises(Refused, match="already been used"):
        svc.cast_ballot(rid, ballot, voter_code="4711")
    with pytest.raises(Refused, match="need an answer"):
        svc.cast_ballot(rid, {(options[0], ""): yes}, voter_code="0815")
    with workspace.session() as s:
        stored = s.scalars(select(Ballot)).all()
        assert len(stored) == 1
        assert "4711" not in (stored[0].voter_code_hash or "")
        assert len(stored[0].voter_code_hash or "") == 64
        assert stored[0].confirmed_at.second == 0  # no exact order of voters
        assert not s.scalar(text("SELECT count(*) FROM change_log WHERE value LIKE '%4711%'"))
    status = svc.status(rid)
    assert (status.ballots, status.votes) == (1, 3)
    adopted = svc.results(rid).result.by_option()
    assert adopted[options[0]].adopted and not adopted[options[1]].adopted
    svc.set_ballot_deleted(bid, True)
    assert svc.status(rid).votes == 0 and not svc.code_taken(rid, "4711")
    svc.set_ballot_deleted(bid, False)
    assert svc.status(rid).ballots == 1


def test_recommendations_crud(workspace, session):
    sid, _ = session
    svc = VotingService(workspace)
    rid = svc.create_recommendation(sid, "Offenes WLAN in allen Bürgerhäusern", "Begründung")
    old = svc.update_recommendation(rid, title="Offenes WLAN in Bürgerhäusern")
    assert old == {"title": "Offenes WLAN in allen Bürgerhäusern"}
    svc.update_recommendation(rid, deleted=True)
    assert svc.list_recommendations(sid) == []
    with pytest.raises(Refused):
        svc.create_recommendation(sid, "")


# -- property: random ballots and tallies under random rules -------------------


def ballot_strategy(keys):
    """Mostly plausible ballots (valid criteria, 0-3 dots), some over budget or
    cap, some naming a criterion the round does not have."""
    return st.dictionaries(
        st.tuples(
            st.integers(0, 4),
            st.one_of(st.sampled_from(keys), st.sampled_from(["", "wichtig", "machbar"])),
        ),
        st.one_of(st.integers(0, 3), st.integers(-1, 6)),
        max_size=6,
    )


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    n=st.integers(1, 5),
    budget=st.integers(1, 6),
    cap=st.one_of(st.none(), st.integers(1, 6)),
    ncrit=st.integers(0, 2),
    data=st.data(),
    tallies=st.lists(
        st.tuples(
            st.integers(0, 4), st.sampled_from(["", "wichtig", "machbar"]), st.integers(0, 9)
        ),
        max_size=8,
    ),
    voids=st.lists(st.integers(0, 7), max_size=3),
)
def test_random_ballots_never_break_rules_and_tallies_match(
    workspace, session, n, budget, cap, ncrit, data, tallies, voids
):
    sid, _ = session
    svc = VotingService(workspace)
    cap = None if cap is None else min(cap, budget)
    crit = IMPACT_FEASIBILITY[:ncrit]
    rid = svc.create_round(
        sid,
        VoteMethod.DOTS,
        target_kind="custom",
        labels=[f"Idee {i}" for i in range(n)],
        budget=budget,
        cap_per_item=cap,
        criteria=crit,
        entry_mode=VoteEntry.KIOSK,
    )
    options = [o.id for o in svc.options(rid)]
    keys = [c.key for c in crit] or [""]
    expected: Counter = Counter()
    cast: list[tuple[str, Counter]] = []
    ballots = data.draw(st.lists(ballot_strategy(keys), max_size=8))
    for raw in ballots:
        choices = {(options[i % n], c): v for (i, c), v in raw.items()}
        try:
            bid = svc.cast_ballot(rid, choices)
        except Refused:
            continue
        mine = Counter({(o, c, 1): v for (o, c), v in choices.items() if v})
        assert all(c in keys and 0 <= v <= budget for (_o, c), v in choices.items())
        cast.append((bid, mine))
        expected += mine
    for index in voids:
        if index < len(cast) and cast[index][1]:
            bid, mine = cast[index]
            svc.set_ballot_deleted(bid, True)
            expected -= mine
            cast[index] = (bid, Counter())
    typed: dict[tuple[str, str, int], int] = {}
    for i, c, count in tallies:
        if c not in keys:
            with pytest.raises(Refused):
                svc.set_tally(rid, options[i % n], c, 1, count)
            continue
        svc.set_tally(rid, options[i % n], c, 1, count)
        typed[(options[i % n], c, 1)] = count
    expected += Counter(typed)
    # every stored ballot respects budget and caps
    with workspace.session() as s:
        per_ballot = s.execute(
            text(
                "SELECT ballot_id, option_id, criterion, count(*) FROM vote WHERE round_id = :r "
                "AND deleted = 0 AND ballot_id IS NOT NULL GROUP BY ballot_id, option_id, criterion"
            ),
            {"r": rid},
        ).all()
    spent: Counter = Counter()
    for ballot_id, _o, criterion, count in per_ballot:
        assert cap is None or count <= cap
        spent[(ballot_id, criterion)] += count
    assert all(v <= budget for v in spent.values())
    # the tally equals a direct count of the live rows, and what the test did
    direct = Counter((o, c, v) for o, c, v in live_rows(workspace, rid))
    assert +direct == +expected
    result = svc.results(rid).result
    assert result.total_votes == sum(direct.values())
    for r in result.ranking:
        for key in keys:
            assert r.dots(key) == direct[(r.option.id, key, 1)]
