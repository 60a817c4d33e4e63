"""The board service on a real SQLite workspace: creating, grouping, merging,
splitting, deleting, arranging and carrying forward, each undone and redone
by replaying its patches to the exact stored state; odd text kept verbatim;
view state and everything else surviving a reopen."""

from __future__ import annotations

import pytest
from helpers.board import KRITIK, dump, fill_board, make_session
from sqlalchemy import select

from cosmart_desktop.domain.board_layout import CARD_H, CARD_W, Rect
from cosmart_desktop.domain.errors import NotFound, Refused
from cosmart_desktop.services.board import BoardService
from cosmart_desktop.services.board_state import Change, NewCard
from cosmart_desktop.storage.models import Card, ChangeRecord
from cosmart_desktop.storage.workspace import open_workspace


@pytest.fixture
def phases(workspace):
    return make_session(workspace)[1]


@pytest.fixture
def svc(workspace):
    return BoardService(workspace)


def _round_trip(ws, svc: BoardService, change: Change, before: dict) -> None:
    """Undo restores ``before`` exactly; redo restores the state after."""
    after = dump(ws)
    assert after != before
    svc.apply(change.inverse)
    assert dump(ws) == before
    svc.apply(change.forward)
    assert dump(ws) == after


def test_cards_land_in_named_clusters_and_free_slots_without_overlap(workspace, svc, phases):
    ids = fill_board(workspace, phases[1])
    board = svc.board(phases[1])
    labels = {k.label: k.id for k in board.clusters.values()}
    assert set(labels) == {"ÖPNV", "Radverkehr"}
    for text, cluster in KRITIK:
        card = board.cards[ids[text]]
        assert card.cluster_id == (labels[cluster] if cluster else None)
        assert card.origin == "typed"
    assert [m.text for m in board.members(labels["ÖPNV"])] == [t for t, c in KRITIK if c == "ÖPNV"]
    rects = board.occupied()
    for i, a in enumerate(rects):
        for b in rects[i + 1 :]:
            assert not a.intersects(b), (a, b)


def test_capture_at_a_point_takes_the_next_free_spot(workspace, svc, phases):
    first = svc.add_cards(phases[1], [NewCard("A")], at=(0.0, 0.0)).created[0]
    second = svc.add_cards(phases[1], [NewCard("B")], at=(0.0, 0.0)).created[0]
    board = svc.board(phases[1])
    a, b = board.card_rect(board.cards[first]), board.card_rect(board.cards[second])
    assert (a.x, a.y) == (0.0, 0.0)
    assert not a.intersects(b)


def test_group_merge_split_ungroup_delete_each_undo_and_redo_exactly(workspace, svc, phases):
    ids = fill_board(workspace, phases[1])
    loose = [
        ids["Keine Echtzeit-Abfahrtszeiten an Haltestellen"],
        ids["Zu wenig Bäume entlang der Hauptstraßen"],
    ]
    before = dump(workspace)
    change = svc.group(loose, "Umfeld")
    board = svc.board(phases[1])
    new = next(k for k in board.clusters.values() if k.label == "Umfeld")
    assert [m.id for m in board.members(new.id)] == loose
    _round_trip(workspace, svc, change, before)

    opnv = [ids[t] for t, c in KRITIK if c == "ÖPNV"]
    before = dump(workspace)
    change = svc.merge([opnv[0], opnv[2]])
    board = svc.board(phases[1])
    assert [c.id for c in board.merged_into(opnv[0])] == [opnv[2]]
    assert opnv[2] not in [m.id for m in board.members(board.cards[opnv[0]].cluster_id)]
    _round_trip(workspace, svc, change, before)

    before = dump(workspace)
    change = svc.split(opnv[0])
    board = svc.board(phases[1])
    members = [m.id for m in board.members(board.cards[opnv[0]].cluster_id)]
    assert members.index(opnv[2]) == members.index(opnv[0]) + 1
    _round_trip(workspace, svc, change, before)

    cluster_id = svc.board(phases[1]).cards[opnv[0]].cluster_id
    shown = {
        m.id: svc.board(phases[1]).card_rect(m) for m in svc.board(phases[1]).members(cluster_id)
    }
    before = dump(workspace)
    change = svc.ungroup([cluster_id])
    board = svc.board(phases[1])
    assert cluster_id not in board.clusters
    for card_id, rect in shown.items():
        assert (board.cards[card_id].x, board.cards[card_id].y) == (rect.x, rect.y)
    _round_trip(workspace, svc, change, before)

    radverkehr = svc.board(phases[1]).cards[ids["Radwege enden plötzlich an Kreuzungen"]].cluster_id
    before = dump(workspace)
    change = svc.delete([radverkehr])
    board = svc.board(phases[1])
    assert radverkehr not in board.clusters
    assert ids["Radwege enden plötzlich an Kreuzungen"] not in board.cards
    _round_trip(workspace, svc, change, before)


def test_deleting_a_card_takes_its_merged_duplicates_along_and_undo_returns_them(
    workspace, svc, phases
):
    ids = fill_board(workspace, phases[1])
    opnv = [ids[t] for t, c in KRITIK if c == "ÖPNV"]
    svc.merge(opnv)
    before = dump(workspace)
    change = svc.delete([opnv[0]])
    assert not set(opnv) & set(svc.board(phases[1]).cards)
    _round_trip(workspace, svc, change, before)


def test_move_out_of_a_cluster_brings_to_front_and_drop_into_another(workspace, svc, phases):
    ids = fill_board(workspace, phases[1])
    card = ids["Busse fahren abends zu selten nach Oberzwehren"]
    board = svc.board(phases[1])
    top = board.top_z()
    before = dump(workspace)
    change = svc.move({card: (1500.0, 900.0)})
    moved = svc.board(phases[1]).cards[card]
    assert (moved.x, moved.y, moved.cluster_id) == (1500.0, 900.0, None)
    assert moved.z > top
    _round_trip(workspace, svc, change, before)

    target = svc.board(phases[1]).cards[ids["Radwege enden plötzlich an Kreuzungen"]].cluster_id
    change = svc.place_in_cluster(target, [card], 0)
    board = svc.board(phases[1])
    assert board.members(target)[0].id == card


def test_drop_onto_a_loose_card_makes_a_cluster_where_it_lay(workspace, svc, phases):
    ids = fill_board(workspace, phases[1])
    a = ids["Keine Echtzeit-Abfahrtszeiten an Haltestellen"]
    b = ids["Zu wenig Bäume entlang der Hauptstraßen"]
    target = svc.board(phases[1]).cards[a]
    svc.group_onto_card(a, [b])
    board = svc.board(phases[1])
    cluster = board.clusters[board.cards[a].cluster_id]
    assert [m.id for m in board.members(cluster.id)] == [a, b]
    assert board.card_rect(board.cards[a]).x == pytest.approx(target.x)
    assert board.card_rect(board.cards[a]).y == pytest.approx(target.y)


def test_arrange_leaves_no_overlaps_and_keeps_card_order(workspace, svc, phases):
    ids = fill_board(workspace, phases[1])
    svc.move({ids["Zu wenig Bäume entlang der Hauptstraßen"]: (30.0, 30.0)})  # overlaps a cluster
    order = {
        k: [m.id for m in svc.board(phases[1]).members(k)] for k in svc.board(phases[1]).clusters
    }
    before = dump(workspace)
    change = svc.arrange(phases[1])
    board = svc.board(phases[1])
    rects = board.occupied()
    assert not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1 :])
    assert {k: [m.id for m in board.members(k)] for k in board.clusters} == order
    _round_trip(workspace, svc, change, before)


def test_carry_forward_copies_clusters_and_cards_and_remembers_their_source(workspace, svc, phases):
    ids = fill_board(workspace, phases[1])
    source = svc.board(phases[1])
    opnv = next(k for k in source.clusters.values() if k.label == "ÖPNV")
    loose = ids["Zu wenig Bäume entlang der Hauptstraßen"]
    inside = ids["Busse fahren abends zu selten nach Oberzwehren"]
    new_ids = svc.carry_forward([opnv.id, loose, inside], phases[2])
    assert len(new_ids) == 3
    target = svc.board(phases[2])
    cluster = target.clusters[new_ids[0]]
    assert (cluster.label, cluster.carried_from_id) == ("ÖPNV", opnv.id)
    copies = target.members(cluster.id)
    assert [c.text for c in copies] == [m.text for m in source.members(opnv.id)]
    assert {c.origin for c in copies} == {"carried"}
    assert [c.carried_from_id for c in copies] == [m.id for m in source.members(opnv.id)]
    assert target.cards[new_ids[1]].text == "Zu wenig Bäume entlang der Hauptstraßen"
    assert target.cards[new_ids[1]].cluster_id is None
    assert new_ids[2] in [c.id for c in copies]  # a card of a carried cluster maps to its copy
    assert len(svc.board(phases[1]).cards) == len(KRITIK)  # the source is untouched


def test_carry_forward_refusals(workspace, svc, phases):
    ids = fill_board(workspace, phases[1])
    card = next(iter(ids.values()))
    with pytest.raises(Refused, match="another phase"):
        svc.carry_forward([card], phases[1])
    other = make_session(workspace)[1]
    with pytest.raises(Refused, match="one session"):
        svc.carry_forward([card], other[2])
    with pytest.raises(NotFound):
        svc.carry_forward(["00000000-0000-4000-8000-000000000000"], phases[2])
    assert svc.board(phases[2]).cards == {}


def test_search_ignores_case_and_finds_cluster_names_and_stacked_duplicates(workspace, svc, phases):
    ids = fill_board(workspace, phases[1])
    assert svc.search(phases[1], "KÖNIGSPLATZ") == [ids["Umsteigen am Königsplatz dauert zu lange"]]
    assert set(svc.search(phases[1], "radverkehr")) == {
        ids[t] for t, c in KRITIK if c == "Radverkehr"
    }
    svc.merge(
        [
            ids["Radwege enden plötzlich an Kreuzungen"],
            ids["Zu wenig Bäume entlang der Hauptstraßen"],
        ]
    )
    assert svc.search(phases[1], "bäume") == [ids["Radwege enden plötzlich an Kreuzungen"]]
    assert svc.search(phases[1], "   ") == []


@pytest.mark.parametrize(
    "text",
    [
        "Familie 👩‍👩‍👧‍👦 braucht Platz 🧑🏽‍🦽",
        "مواصلات عامة أفضل في المساء",
        "Ampel \u202ezu kurz\u202c für Ältere",
        "x" * 1_000_000,
        "Zeile eins\nZeile zwei",
    ],
)
def test_odd_text_is_stored_verbatim_and_reopens(db_path, text):
    with open_workspace(db_path) as ws:
        phase = make_session(ws)[1][1]
        card = BoardService(ws).add_cards(phase, [NewCard(text)]).created[0]
    with open_workspace(db_path) as ws:
        assert BoardService(ws).board(phase).cards[card].text == text


def test_bad_text_is_refused_and_nothing_is_stored(workspace, svc, phases):
    before = dump(workspace)
    with pytest.raises(Refused, match="NUL"):
        svc.add_cards(phases[1], [NewCard("ok"), NewCard("a\x00b")])
    with pytest.raises(Refused, match="1,000,000"):
        svc.add_cards(phases[1], [NewCard("x" * 1_000_001)])
    with pytest.raises(Refused, match="empty"):
        svc.add_cards(phases[1], [NewCard("   ")])
    with pytest.raises(Refused, match="colour"):
        svc.add_cards(phases[1], [NewCard("ok", color="red")])
    assert dump(workspace) == before


def test_a_patch_that_would_break_the_board_is_refused_whole(workspace, svc, phases):
    ids = fill_board(workspace, phases[1])
    board = svc.board(phases[1])
    cluster = next(iter(board.clusters))
    before = dump(workspace)
    with pytest.raises(Refused, match="still hold cards"):
        svc.apply({("cluster", cluster): {"deleted": True}})
    card = next(iter(ids.values()))
    with pytest.raises(Refused, match="cannot change"):
        svc.apply({("card", card): {"phase_id": phases[2]}})
    with pytest.raises(Refused, match="finite"):
        svc.apply({("card", card): {"x": float("nan")}})
    assert dump(workspace) == before


def test_each_edit_is_one_change_log_stamp(workspace, svc, phases):
    ids = fill_board(workspace, phases[1])
    moved = list(ids.values())[:5]
    with workspace.session() as s:
        count = len(s.scalars(select(ChangeRecord.seq)).all())
    svc.move({cid: (2000.0 + 200 * n, 0.0) for n, cid in enumerate(moved)})
    with workspace.session() as s:
        new = s.scalars(select(ChangeRecord).order_by(ChangeRecord.seq)).all()[count:]
        assert len({r.hlc for r in new}) == 1
        assert {r.row_id for r in new} == set(moved)
        assert {r.hlc for r in s.scalars(select(Card).where(Card.id.in_(moved))).all()} == {
            new[0].hlc
        }


def test_everything_reopens_exactly_including_zoom(db_path):
    with open_workspace(db_path) as ws:
        phases = make_session(ws)[1]
        ids = fill_board(ws, phases[1])
        svc = BoardService(ws)
        cluster = (
            svc.board(phases[1]).cards[ids["Radwege enden plötzlich an Kreuzungen"]].cluster_id
        )
        svc.set_collapsed([cluster], True)
        svc.set_color([cluster], "#c5e1a5")
        svc.move({ids["Zu wenig Bäume entlang der Hauptstraßen"]: (-400.5, 77.25)})
        svc.set_view(phases[1], 0.42, 310.5, -20.0)
        before = dump(ws)
        board = svc.board(phases[1])
    with open_workspace(db_path) as ws:
        assert dump(ws) == before
        again = BoardService(ws).board(phases[1])
        assert again.cards == board.cards and again.clusters == board.clusters
        assert (again.view.zoom, again.view.center_x, again.view.center_y) == (0.42, 310.5, -20.0)
        assert again.clusters[cluster].collapsed


def test_layout_rect_helpers():
    assert Rect(0, 0, CARD_W, CARD_H).intersects(Rect(CARD_W - 1, 0, 10, 10))
    assert not Rect(0, 0, CARD_W, CARD_H).intersects(Rect(CARD_W, 0, 10, 10))
