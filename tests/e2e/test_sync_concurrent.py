"""Ten laptops sync one event into PostgreSQL at the same moment (ten real
``cosmart sync`` processes): every process succeeds (serialization failures
are retried inside, never shown), and after one more round every laptop holds
what the model predicts: the highest-stamped title, the union of all dots,
the tombstone of the deleted card, nine conflict losers."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers.sync import copy_replica, dump_of, open_conflicts, store_dump
from sqlalchemy import func, select

from cosmart_desktop.domain.enums import SessionFormat
from cosmart_desktop.services.board import BoardService
from cosmart_desktop.services.board_state import NewCard
from cosmart_desktop.services.sync import parse_address, sync_workspace
from cosmart_desktop.services.workshops import WorkshopService
from cosmart_desktop.storage.models import Card, Vote, VoteOption, VoteRound
from cosmart_desktop.storage.workspace import open_workspace

LAPTOPS = 10


def _own_write(ws, table: str, row: str, field: str) -> tuple[str, str, str]:
    with ws.engine.connect() as con:
        return tuple(
            con.exec_driver_sql(
                "SELECT hlc, site_id, value FROM change_log WHERE tbl = ? AND row_id = ? "
                "AND field = ? AND site_id = ? ORDER BY seq DESC LIMIT 1",
                (table, row, field, ws.site_id),
            ).one()
        )


@pytest.mark.e2e
@pytest.mark.postgres
def test_ten_simultaneous_syncs_of_one_event(tmp_path: Path, pg_url: str):
    founder_path = tmp_path / "founder.sqlite"
    with open_workspace(founder_path) as founder:
        svc = WorkshopService(founder)
        event = svc.create_event("Bürgerrat Innenstadt")
        session = svc.create_session(event, SessionFormat.BUERGERRAT)
        phase = svc.list_phases(session)[1].id
        cards = (
            BoardService(founder).add_cards(phase, [NewCard(f"Idee {i}") for i in range(3)]).created
        )
        with founder.transaction() as s:
            vr = VoteRound(session_id=session, method="dots", title="Dots")
            s.add(vr)
            s.flush()
            option = VoteOption(round_id=vr.id, target_kind="custom", label="Markthalle")
            s.add(option)
            s.flush()
            round_id, option_id = vr.id, option.id
        sync_workspace(founder, parse_address(pg_url))
    laptops = [copy_replica(founder_path, tmp_path / f"laptop{i}.sqlite") for i in range(LAPTOPS)]
    titles, texts = [], []
    for i, ws in enumerate(laptops):
        WorkshopService(ws).update_event(event, title=f"Bürgerrat – Fassung {i}")
        with ws.transaction() as s:
            s.add_all([Vote(round_id=round_id, option_id=option_id) for _ in range(i + 1)])
            if i == 3:
                s.get(Card, cards[2]).deleted = True
            else:
                s.get(Card, cards[2]).text = f"Idee 2, Fassung {i}"
            s.get(Card, cards[0]).x = float(i * 10)
        titles.append(_own_write(ws, "event", event, "title"))
        if i != 3:
            texts.append(_own_write(ws, "card", cards[2], "text"))
        ws.close()

    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "cosmart_desktop",
                "sync",
                "--db",
                str(ws.path),
                "--store",
                pg_url,
                "--json",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=dict(os.environ),
        )
        for ws in laptops
    ]
    started = time.monotonic()
    results = [p.communicate(timeout=300) for p in procs]
    for proc, (out, err) in zip(procs, results, strict=True):
        assert proc.returncode == 0, err
        assert "serializ" not in err.lower() and "deadlock" not in err.lower()
        assert '"pushed"' in out
    assert time.monotonic() - started < 300

    reopened = [open_workspace(ws.path) for ws in laptops]
    try:
        for ws in reopened:
            sync_workspace(ws, parse_address(pg_url))
        best_title = max(titles, key=lambda t: t[0] + t[1])
        best_text = max(texts, key=lambda t: t[0] + t[1])
        for ws in reopened:
            assert WorkshopService(ws).get_event(event).title == best_title[2].strip('"')
            with ws.session() as s:
                assert s.get(Card, cards[2]).deleted is True
                assert s.get(Card, cards[2]).text == best_text[2].strip('"')
                dots = s.scalar(
                    select(func.count()).select_from(Vote).where(Vote.deleted.is_(False))
                )
                assert dots == sum(range(1, LAPTOPS + 1))
            title_losers = {c for c in open_conflicts(ws) if c[0] == "event" and c[2] == "title"}
            assert title_losers == {
                ("event", event, "title", h, site)
                for h, site, _v in titles
                if (h, site) != best_title[:2]
            }
            assert dump_of(ws) == store_dump(pg_url)
    finally:
        for ws in reopened:
            ws.close()
