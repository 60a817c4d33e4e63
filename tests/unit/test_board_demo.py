"""``cosmart demo`` fills every session's boards with realistic clustered
cards; ``--cards N`` makes exactly N cards, about 13 to a cluster."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from cosmart_desktop.services.board import BoardService
from cosmart_desktop.services.demo import build_demo
from cosmart_desktop.services.workshops import WorkshopService
from cosmart_desktop.storage.models import Card, Cluster


def _count(ws, model) -> int:
    with ws.session() as s:
        return int(
            s.scalar(select(func.count()).select_from(model).where(model.deleted.is_(False)))
        )


def _phase(ws, made, fmt, key):
    phases = WorkshopService(ws).list_phases(made.sessions[fmt])
    return next(p.id for p in phases if p.key == key)


def test_natural_demo_boards(workspace):
    from cosmart_desktop.domain.enums import SessionFormat as F

    made = build_demo(workspace)
    svc = BoardService(workspace)
    kritik = svc.board(_phase(workspace, made, F.ZUKUNFTSWERKSTATT, "kritik"))
    texts = {c.text for c in kritik.cards.values()}
    assert "Busse fahren abends zu selten nach Oberzwehren" in texts
    assert {k.label for k in kritik.clusters.values()} >= {"ÖPNV-Takt und Anbindung", "Radverkehr"}
    stacked = [c for c in kritik.cards.values() if c.merged_into_id]
    assert [c.text for c in stacked] == ["Abends fährt kaum ein Bus nach Oberzwehren"]
    utopie = svc.board(_phase(workspace, made, F.ZUKUNFTSWERKSTATT, "utopie"))
    carried = [k for k in utopie.clusters.values() if k.carried_from_id]
    assert carried and all(k.carried_from_id in kritik.clusters for k in carried)
    assert any(c.text.startswith("Es wäre schön, wenn") for c in utopie.cards.values())
    for fmt, key in [
        (F.DENKLABOR, "situationsanalyse"),
        (F.BUERGERRAT, "deliberation"),
        (F.FREE, "sammeln"),
    ]:
        board = svc.board(_phase(workspace, made, fmt, key))
        assert len(board.clusters) >= 2 and len(board.cards) >= 5
        rects = board.occupied()
        assert not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1 :])


@pytest.mark.slow
def test_demo_with_2000_cards_has_about_150_clusters(workspace):
    build_demo(workspace, cards=2000)
    assert _count(workspace, Card) == 2000
    assert 140 <= _count(workspace, Cluster) <= 160
