"""Board test helpers: a session with a filled board, and a dump of the
stored board (every live card, cluster and photo row with all user fields)
to compare states exactly."""

from __future__ import annotations

from typing import Any

from sqlalchemy import text

from cosmart_desktop.domain.enums import SessionFormat
from cosmart_desktop.services.board import BoardService
from cosmart_desktop.services.board_state import NewCard
from cosmart_desktop.services.workshops import WorkshopService

KRITIK = [
    ("Busse fahren abends zu selten nach Oberzwehren", "ÖPNV"),
    ("Nach 22 Uhr kommt man aus Waldau kaum weg", "ÖPNV"),
    ("Umsteigen am Königsplatz dauert zu lange", "ÖPNV"),
    ("Radwege enden plötzlich an Kreuzungen", "Radverkehr"),
    ("Zu wenige Fahrradständer am Bahnhof Wilhelmshöhe", "Radverkehr"),
    ("Keine Echtzeit-Abfahrtszeiten an Haltestellen", ""),
    ("Zu wenig Bäume entlang der Hauptstraßen", ""),
]


def make_session(ws: Any) -> tuple[str, list[str]]:
    """A Zukunftswerkstatt session; returns (session id, phase ids)."""
    svc = WorkshopService(ws)
    event_id = svc.create_event("Zukunftswerkstatt Mobilität", district="Mitte")
    session_id = svc.create_session(event_id, SessionFormat.ZUKUNFTSWERKSTATT)
    return session_id, [p.id for p in svc.list_phases(session_id)]


def fill_board(ws: Any, phase_id: str) -> dict[str, str]:
    """The critique cards (two clusters, two loose cards); text → card id."""
    change = BoardService(ws).add_cards(phase_id, [NewCard(t, cluster=c) for t, c in KRITIK])
    board = BoardService(ws).board(phase_id)
    assert {i for i in change.created if i in board.cards} == set(board.cards)
    return {c.text: c.id for c in board.cards.values()}


def dump(ws: Any) -> dict[str, list[tuple[Any, ...]]]:
    """Every live board row with all its user fields (sync stamps left out),
    plus the phases' board view state."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    with ws.engine.connect() as con:
        for table in ("card", "cluster", "attachment"):
            cols = [
                r[1]
                for r in con.exec_driver_sql(f"PRAGMA table_info({table})").fetchall()
                if r[1] not in ("hlc", "site_id")
            ]
            rows = con.execute(
                text(f"SELECT {', '.join(cols)} FROM {table} WHERE deleted = 0 ORDER BY id")
            ).all()
            out[table] = [tuple(r) for r in rows]
        out["phase_view"] = [
            tuple(r)
            for r in con.execute(
                text("SELECT id, board_zoom, board_center_x, board_center_y FROM phase ORDER BY id")
            ).all()
        ]
    return out
