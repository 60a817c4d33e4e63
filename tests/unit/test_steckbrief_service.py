"""Steckbriefe on a real workspace: creation from scratch, a card, a cluster and
a voted item (origin linked), field edits with old values, the status workflow,
ratings per rater, the ranked Maßnahmenliste with vote support, the Ideenpool,
the strategy frame and the criteria catalogue (edit, export, import)."""

from __future__ import annotations

import json
from dataclasses import dataclass

import pytest
from sqlalchemy import select

from cosmart_desktop.domain.enums import CriterionKind, SessionFormat, SteckbriefStatus
from cosmart_desktop.domain.errors import NotFound, Refused
from cosmart_desktop.services.catalogue import CatalogueService
from cosmart_desktop.services.measures import MeasureFilter, MeasuresService
from cosmart_desktop.services.steckbrief import SteckbriefService
from cosmart_desktop.services.strategy import StrategyService
from cosmart_desktop.services.workshops import WorkshopService
from cosmart_desktop.storage.models import (
    Card,
    ChangeRecord,
    Cluster,
    Rating,
    Steckbrief,
    Vote,
    VoteOption,
    VoteRound,
)

S = SteckbriefStatus


@dataclass
class Board:
    event: str
    session: str
    phases: list[str]
    cluster: str
    cards: list[str]
    loose_card: str
    carried_card: str
    option_cluster: str
    option_card: str
    other_session: str


def _add(ws, row):
    with ws.transaction() as s:
        s.add(row)
        s.flush()
        return row.id


def _votes(ws, round_id, option_id, n, value=1):
    with ws.transaction() as s:
        for _ in range(n):
            s.add(Vote(round_id=round_id, option_id=option_id, value=value))


@pytest.fixture
def board(workspace) -> Board:
    w = WorkshopService(workspace)
    event = w.create_event("Zukunftswerkstatt Mobilität", district="Wesertor")
    session = w.create_session(event, SessionFormat.ZUKUNFTSWERKSTATT)
    other = w.create_session(event, SessionFormat.FREE)
    phases = [p.id for p in w.list_phases(session)]
    cluster = _add(workspace, Cluster(phase_id=phases[1], label="Busse fahren selten"))
    cards = [
        _add(workspace, Card(phase_id=phases[1], cluster_id=cluster, text=t, rank=i))
        for i, t in enumerate(["Abends kein Bus", "Takt am Sonntag 🚌"])
    ]
    loose = _add(workspace, Card(phase_id=phases[1], text="Mehr Bänke am Weserufer"))
    _add(workspace, Card(phase_id=phases[1], text="Dublette", merged_into_id=loose))
    original = _add(workspace, Card(phase_id=phases[1], text="Baumpatenschaften"))
    carried = _add(
        workspace, Card(phase_id=phases[2], text="Baumpatenschaften", carried_from_id=original)
    )
    dots = _add(workspace, VoteRound(session_id=session, method="dots", title="Kritik-Punkte"))
    opt_cluster = _add(
        workspace, VoteOption(round_id=dots, target_kind="cluster", target_id=cluster, label="")
    )
    opt_card = _add(
        workspace, VoteOption(round_id=dots, target_kind="card", target_id=loose, label="Bänke")
    )
    _votes(workspace, dots, opt_cluster, 5)
    _votes(workspace, dots, opt_card, 2)
    approval = _add(workspace, VoteRound(session_id=session, method="approval"))
    opt_yes = _add(
        workspace, VoteOption(round_id=approval, target_kind="cluster", target_id=cluster)
    )
    _votes(workspace, approval, opt_yes, 3, value=1)
    _votes(workspace, approval, opt_yes, 4, value=0)  # no votes are no support
    _votes(workspace, approval, opt_yes, 1, value=-1)
    with workspace.transaction() as s:  # a withdrawn dot does not count
        s.add(Vote(round_id=dots, option_id=opt_cluster, deleted=True))
    return Board(
        event, session, phases, cluster, cards, loose, carried, opt_cluster, opt_card, other
    )


def test_create_from_scratch_and_agreed_api(workspace, board) -> None:
    svc = SteckbriefService(workspace)
    sid = svc.create(board.session, board.event, title="  Mobilitätsstation am Bahnhof  ")
    info = svc.get(sid)
    assert info.title == "Mobilitätsstation am Bahnhof"
    assert info.status is S.ENTWURF
    assert info.districts == ("Wesertor",)  # the event's Stadtteil as a start
    assert (info.event_id, info.session_id) == (board.event, board.session)
    loose = svc.create(None, board.event, title="Ohne Sitzung")
    assert svc.get(loose).session_id is None
    with pytest.raises(Refused):
        svc.create(None, board.event, title="x", origin_card_ids=[board.loose_card])
    with pytest.raises(Refused):
        svc.create(board.session, board.event, title="")
    with pytest.raises(Refused):
        svc.create(board.session, board.event, title="a\x00b")
    with pytest.raises(NotFound):
        svc.create(board.session, "no-such-event", title="x")
    with pytest.raises(Refused, match="another session"):
        svc.create(board.other_session, board.event, title="x", origin_cluster_id=board.cluster)


def test_origin_stays_linked(workspace, board) -> None:
    svc = SteckbriefService(workspace)
    from_cluster = svc.create_from_cluster(board.cluster)
    info = svc.get(from_cluster)
    assert info.title == "Busse fahren selten"
    assert info.origin_cluster_id == board.cluster
    assert info.origin_card_ids == tuple(board.cards)  # the cluster's cards, linked
    assert info.summary == "• Abends kein Bus\n• Takt am Sonntag 🚌"
    origin = svc.origin(from_cluster)
    assert origin.cluster == "Busse fahren selten"
    assert origin.cards == ("Abends kein Bus", "Takt am Sonntag 🚌")
    assert origin.session and origin.event == "Zukunftswerkstatt Mobilität"

    from_card = svc.create_from_card(board.loose_card)
    assert svc.get(from_card).origin_card_ids == (board.loose_card,)
    assert svc.get(from_card).title == "Mehr Bänke am Weserufer"

    from_option = svc.create_from_option(board.option_cluster)
    info = svc.get(from_option)
    assert info.origin_option_id == board.option_cluster
    assert info.origin_cluster_id == board.cluster
    assert info.title == "Busse fahren selten"  # the option has no label: its cluster's
    assert "Kritik-Punkte" in svc.origin(from_option).option


def test_update_returns_old_values_and_resolves_the_frame(workspace, board) -> None:
    svc = SteckbriefService(workspace)
    sid = svc.create(board.session, board.event, title="Sensoren für Stadtbäume")
    choices = StrategyService(workspace).field_choices()
    field = next(c for c in choices if c.name == "Grünflächen und Wasser")
    other_field = next(c for c in choices if c.leitthema_id != field.leitthema_id)
    old = svc.update(sid, handlungsfeld_id=field.id, summary="Bodenfeuchte\r\nmessen")
    assert old == {"handlungsfeld_id": None, "summary": "", "leitthema_id": None}
    info = svc.get(sid)
    assert info.leitthema_id == field.leitthema_id  # set from the Handlungsfeld
    assert info.summary == "Bodenfeuchte\nmessen"
    # another Leitthema clears a Handlungsfeld that does not belong to it
    old = svc.update(sid, leitthema_id=other_field.leitthema_id)
    assert old == {"leitthema_id": field.leitthema_id, "handlungsfeld_id": field.id}
    assert svc.get(sid).handlungsfeld_id is None
    svc.update(sid, **old)  # undo
    assert svc.get(sid).handlungsfeld_id == field.id
    with pytest.raises(Refused, match="another Leitthema"):
        svc.update(sid, leitthema_id=other_field.leitthema_id, handlungsfeld_id=field.id)
    old = svc.update(sid, partners={"verwaltung": "Umweltamt"}, districts=["Mitte", " Mitte", ""])
    assert old == {"partners": {}, "districts": ["Wesertor"]}
    assert svc.get(sid).districts == ("Mitte",)
    assert svc.set_part(sid, "prompts", "ort", "Weserufer") == {"prompts": {}}
    assert svc.get(sid).prompts == {"ort": "Weserufer"}
    for bad in (
        {"partners": {"freunde": "x"}},
        {"priority": "dringend"},
        {"status": "fertig"},
        {"districts": "Mitte"},
        {"title": "x" * 301},
        {"risks": "a\x00"},
        {"origin_cluster_id": board.cluster},
    ):
        with pytest.raises(Refused):
            svc.update(sid, **bad)
    # an empty title is allowed while drafting (the form hints at it)
    svc.update(sid, title="")
    assert svc.get(sid).title == ""


def test_status_workflow(workspace, board) -> None:
    svc = SteckbriefService(workspace)
    crit = CatalogueService(workspace).active().criteria
    ko = next(c for c in crit if c.kind is CriterionKind.KO)
    scored = next(c for c in crit if c.kind is CriterionKind.SCORED)
    sid = svc.create(board.session, board.event, title="Digitale Stadtteilkarte")
    with pytest.raises(Refused, match="cannot change from"):
        svc.set_status(sid, S.PRIORISIERT)
    assert svc.set_status(sid, S.EINGEREICHT) is S.ENTWURF
    with pytest.raises(Refused, match="needs at least one rating"):
        svc.set_status(sid, S.BEWERTET)
    svc.set_rating(sid, scored.id, "Anna", 4)
    svc.set_status(sid, S.BEWERTET)
    svc.set_rating(sid, ko.id, "Ben", 0)
    with pytest.raises(Refused, match=r"K\.O\. criterion"):
        svc.set_status(sid, S.PRIORISIERT)
    svc.set_rating(sid, ko.id, "Ben", 1)
    svc.set_status(sid, S.PRIORISIERT)
    svc.set_status(sid, S.IN_UMSETZUNG)
    svc.set_status(sid, S.ZURUECKGESTELLT)
    assert svc.get(sid).status is S.ZURUECKGESTELLT
    untitled = svc.create(board.session, board.event, title="x")
    svc.update(untitled, title="")
    with pytest.raises(Refused, match="without a title"):
        svc.set_status(untitled, S.EINGEREICHT)


def test_ratings_per_rater_and_duplicates_from_sync(workspace, board) -> None:
    svc = SteckbriefService(workspace)
    crit = [c for c in CatalogueService(workspace).active().criteria]
    scored = [c for c in crit if c.kind is CriterionKind.SCORED]
    ko = next(c for c in crit if c.kind is CriterionKind.KO)
    sid = svc.create(board.session, board.event, title="Energiemonitoring")
    assert svc.set_rating(sid, scored[0].id, " Anna ", 4, "gut") == (None, "")
    assert svc.set_rating(sid, scored[0].id, "Anna", 2) == (4, "gut")
    assert svc.set_rating(sid, scored[0].id, "Anna", None) == (2, "gut")
    for bad in (6, -1, True, 2.5):
        with pytest.raises(Refused):
            svc.set_rating(sid, scored[0].id, "Anna", bad)
    with pytest.raises(Refused):
        svc.set_rating(sid, ko.id, "Anna", 2)
    with pytest.raises(Refused, match="name for ratings"):
        svc.set_rating(sid, ko.id, "   ", 1)
    # the same rater on two laptops: after sync two rows; the next rating merges them
    for score in (1, 5):  # two laptops, the second one later
        with workspace.transaction() as s:
            s.add(Rating(steckbrief_id=sid, criterion_id=scored[1].id, rater="Anna", score=score))
    assert svc.score(sid).criteria[scored[1].id].mean == 5  # the later one counts
    svc.set_rating(sid, scored[1].id, "Anna", 3)
    live = [r for r in svc.ratings(sid) if r.criterion_id == scored[1].id]
    assert [(r.rater, r.score) for r in live] == [("Anna", 3)]
    assert svc.raters() == ["Anna"]
    result = svc.score(sid, expected_raters=["Anna", "Ben"])
    assert result.score == 3 and result.missing_raters == ("Ben",)


def test_measures_ranked_with_vote_support_and_filters(workspace, board) -> None:
    svc = SteckbriefService(workspace)
    crit = CatalogueService(workspace).active().criteria
    scored = [c for c in crit if c.kind is CriterionKind.SCORED and not c.inverse]
    ko = next(c for c in crit if c.kind is CriterionKind.KO)
    frame = StrategyService(workspace).field_choices()
    mobility = next(c for c in frame if c.leitthema == "Mobilität")
    a = svc.create_from_cluster(board.cluster, "Nachtbus")
    b = svc.create_from_card(board.loose_card, "Bänke")
    c = svc.create(board.session, board.event, title="Carsharing", districts=["Mitte"])
    d = svc.create(board.session, board.event, title="Datenplattform")
    e = svc.create(board.other_session, board.event, title="Energie")
    svc.update(a, handlungsfeld_id=mobility.id)
    for sid, value in ((a, 3), (b, 4), (c, 3), (d, 5)):
        for crit_ in scored:
            svc.set_rating(sid, crit_.id, "Anna", value)
    svc.set_rating(d, ko.id, "Anna", 0)  # K.O.
    svc.update(c, status="eingereicht")
    rows = MeasuresService(workspace).rows(MeasureFilter(event_id=board.event))
    assert [r.steckbrief.title for r in rows] == [
        "Bänke",
        "Nachtbus",
        "Carsharing",
        "Energie",
        "Datenplattform",
    ]
    assert [r.rank for r in rows] == [1, 2, 2, None, None]
    by_title = {r.steckbrief.title: r for r in rows}
    # dots on the cluster (5 live) + yes votes on it (3); the card's own dots (2)
    assert by_title["Nachtbus"].support == 8
    assert by_title["Bänke"].support == 2
    assert by_title["Carsharing"].support == 0
    assert by_title["Datenplattform"].ko_failed == (ko.name,)
    assert by_title["Nachtbus"].leitthema == "Mobilität"
    service = MeasuresService(workspace)
    only = lambda **kw: [r.steckbrief.title for r in service.rows(MeasureFilter(**kw))]  # noqa: E731
    assert only(leitthema_id=mobility.leitthema_id) == ["Nachtbus"]
    assert only(handlungsfeld_id=mobility.id) == ["Nachtbus"]
    assert only(district="Mitte") == ["Carsharing"]
    assert only(status=S.EINGEREICHT) == ["Carsharing"]
    assert only(session_id=board.other_session) == ["Energie"]
    assert only(text="bänke") == ["Bänke"]
    # filters hide rows but keep the rank within the event
    assert [r.rank for r in service.rows(MeasureFilter(district="Mitte"))] == [2]
    # a deleted Steckbrief leaves the list; the workspace list holds every event
    svc.remove(e)
    assert "Energie" not in only()
    other_event = WorkshopService(workspace).create_event("Denklabor Kirchditmold")
    svc.create(None, other_event, title="Offenes WLAN")
    assert len(only()) == 5 and len(only(event_id=board.event)) == 4
    # withdrawing votes changes the support
    with workspace.transaction() as s:
        for vote in s.scalars(select(Vote).where(Vote.option_id == board.option_card)):
            vote.deleted = True
    assert MeasuresService(workspace).support_of(b) == 0


def test_ideenpool_lists_cards_not_in_a_steckbrief(workspace, board) -> None:
    svc = SteckbriefService(workspace)
    service = MeasuresService(workspace)
    texts = lambda **kw: sorted(i.text for i in service.ideas(**kw))  # noqa: E731
    # merged duplicates and cards carried forward appear once (the newest copy)
    assert texts() == [
        "Abends kein Bus",
        "Baumpatenschaften",
        "Mehr Bänke am Weserufer",
        "Takt am Sonntag 🚌",
    ]
    carried = next(i for i in service.ideas() if i.text == "Baumpatenschaften")
    assert carried.card_id == board.carried_card
    loose = next(i for i in service.ideas() if i.card_id == board.loose_card)
    assert loose.support == 2 and loose.district == "Wesertor"
    bus = next(i for i in service.ideas() if i.text == "Abends kein Bus")
    assert bus.cluster_label == "Busse fahren selten" and bus.cluster_support == 8
    sid = svc.create_from_cluster(board.cluster)
    assert texts() == ["Baumpatenschaften", "Mehr Bänke am Weserufer"]
    svc.create_from_card(board.carried_card)
    assert texts() == ["Mehr Bänke am Weserufer"]
    assert texts(text="BÄNKE") == ["Mehr Bänke am Weserufer"]
    assert texts(district="Mitte") == []
    svc.remove(sid)  # its cards return to the pool
    assert "Abends kein Bus" in texts()


def test_origin_choices_for_the_picker(workspace, board) -> None:
    choices = MeasuresService(workspace).origin_choices(board.session)
    kinds = [c.kind for c in choices]
    assert kinds == sorted(kinds, key=["option", "cluster", "card"].index)
    assert {c.id for c in choices if c.kind == "card"} >= {board.loose_card, *board.cards}
    assert next(c for c in choices if c.id == board.cluster).support == 8


def test_strategy_frame_editing(workspace, board) -> None:
    strategy = StrategyService(workspace)
    svc = SteckbriefService(workspace)
    lt = strategy.add("leitthema", None, "Gesundheit")
    goal = strategy.add("goal", lt, "Versorgung sichern")
    field = strategy.add("handlungsfeld", goal, "Telemedizin")
    kz = strategy.add("kennzahl", field, "Sprechstunden per Video", unit="Anzahl")
    frame = strategy.frame()
    node = next(x for x in frame if x.id == lt)
    assert node.goals[0].fields[0].kennzahlen[0].unit == "Anzahl"
    assert frame[-1].id == lt  # appended at the end
    assert strategy.update("kennzahl", kz, name="Videosprechstunden") == {
        "name": "Sprechstunden per Video"
    }
    sid = svc.create(board.session, board.event, title="Telemedizin im Quartier")
    svc.update(sid, handlungsfeld_id=field)
    with pytest.raises(Refused, match="is used by"):
        strategy.remove("leitthema", lt)
    with pytest.raises(Refused, match="is used by"):
        strategy.remove("handlungsfeld", field)
    svc.remove(sid)
    strategy.remove("leitthema", lt)
    assert lt not in [x.id for x in strategy.frame()]
    strategy.restore("leitthema", lt)
    before = strategy.move("leitthema", lt, -100)
    assert strategy.frame()[0].id == lt
    strategy.set_order("leitthema", before)
    assert strategy.frame()[-1].id == lt
    with pytest.raises(Refused):
        strategy.add("goal", None, "ohne Leitthema")
    with pytest.raises(Refused):
        strategy.add("leitthema", None, "  ")
    with pytest.raises(Refused):
        strategy.add("planet", None, "x")


def test_catalogue_edit_export_import(workspace, tmp_path) -> None:
    cat = CatalogueService(workspace)
    active = cat.active()
    assert active.name.startswith("Kriterienkatalog")
    assert len([c for c in active.criteria if c.kind is CriterionKind.KO]) == 4
    new = cat.add_criterion(active.id, "Barrierefreiheit", weight=2.5, group="Teilhabe")
    info = cat.criterion(new)
    assert (info.key, info.weight, info.kind) == ("barrierefreiheit", 2.5, CriterionKind.SCORED)
    assert cat.update_criterion(new, weight=3, inverse=True) == {"weight": 2.5, "inverse": False}
    assert cat.update_criterion(new, kind="ko") == {"kind": "scored"}
    for bad in ({"weight": 101}, {"weight": "viel"}, {"kind": "maybe"}, {"name": ""}):
        with pytest.raises(Refused):
            cat.update_criterion(new, **bad)
    out = tmp_path / "katalog.json"
    cat.write_json(active.id, out)
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["format"] == "cosmart-kriterienkatalog/1"
    assert any(c["name"] == "Barrierefreiheit" and c["kind"] == "ko" for c in doc["criteria"])
    # another city imports it: a new catalogue with fresh ids, made active
    imported = cat.read_json(out)
    assert imported != active.id
    now = cat.active()
    assert now.id == imported and now.name.endswith("(2)")
    assert [c.name for c in now.criteria] == [c["name"] for c in doc["criteria"]]
    assert not {c.id for c in now.criteria} & {c.id for c in cat.get(active.id).criteria}
    assert cat.set_active(active.id) == imported
    assert cat.active().id == active.id
    bad = tmp_path / "bad.json"
    for text in ("{", json.dumps({"format": "x"}), json.dumps([1])):
        bad.write_text(text, encoding="utf-8")
        before = len(cat.list_catalogues())
        with pytest.raises(Refused):
            cat.read_json(bad)
        assert len(cat.list_catalogues()) == before


def test_changes_are_recorded_for_sync(workspace, board) -> None:
    svc = SteckbriefService(workspace)
    sid = svc.create(board.session, board.event, title="Sync")
    svc.update(sid, lead="Smart City Büro")
    with workspace.session() as s:
        fields = [
            r.field for r in s.scalars(select(ChangeRecord).where(ChangeRecord.row_id == sid)).all()
        ]
        row = s.get(Steckbrief, sid)
    assert "title" in fields and fields[-1] == "lead"
    assert row is not None and row.site_id == workspace.site_id
