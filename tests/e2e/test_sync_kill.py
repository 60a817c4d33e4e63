"""The real ``cosmart sync`` process, killed with SIGKILL at random points more
than 50 times in all (while it pushes a laptop's new cards and while another laptop
pulls them): every workspace stays intact, a retry converges, nothing is
stored twice."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers.sync import dump_of, store_dump

from cosmart_desktop.domain.enums import SessionFormat
from cosmart_desktop.services.board import BoardService
from cosmart_desktop.services.board_state import NewCard
from cosmart_desktop.services.workshops import WorkshopService
from cosmart_desktop.storage.workspace import open_workspace

ROUNDS = 13  # two kills per round and store kind: 52 in all


def _cosmart(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "cosmart_desktop", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )


def _integrity(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()


def _kill_during_sync(db: Path, store: str, rng: random.Random) -> str:
    """Start a sync and kill it at a random moment: half of the time soon after
    it starts connecting, half of the time once it is sending or receiving
    changes (inside those transactions); returns the last progress line."""
    proc = _cosmart("sync", "--db", str(db), "--store", store, "--verbose")
    assert proc.stderr is not None
    seen = [proc.stderr.readline()]  # "sync: connecting" once the work begins
    if rng.random() < 0.5:
        while seen[-1] and not seen[-1].startswith(("sync: pushing", "sync: pulling")):
            seen.append(proc.stderr.readline())
    time.sleep(rng.uniform(0.0, 0.3))
    proc.send_signal(signal.SIGKILL)
    _out, rest = proc.communicate(timeout=60)
    lines = [x for x in ("".join(seen) + rest).splitlines() if x.startswith("sync:")]
    return lines[-1] if lines else "before connecting"


@pytest.mark.e2e
@pytest.mark.slow
@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_sync_killed_at_random_points_recovers(tmp_path, request, kind):
    store = (
        f"sqlite:///{tmp_path / 'store.sqlite'}"
        if kind == "sqlite"
        else request.getfixturevalue("pg_url")
    )
    rng = random.Random(8)
    a_path, b_path = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    with open_workspace(a_path) as a:
        svc = WorkshopService(a)
        event = svc.create_event("Zukunftswerkstatt Süd")
        phase = svc.list_phases(svc.create_session(event, SessionFormat.ZUKUNFTSWERKSTATT))[1].id
    open_workspace(b_path).close()
    landed: list[str] = []
    for k in range(ROUNDS):
        with open_workspace(a_path) as a:  # new work for every round
            BoardService(a).add_cards(phase, [NewCard(f"Karte {k}-{i}") for i in range(120)])
        landed.append(_kill_during_sync(a_path, store, rng))
        assert _integrity(a_path) == "ok"
        landed.append(_kill_during_sync(b_path, store, rng))
        assert _integrity(b_path) == "ok"
    inside = [x for x in landed if "pushing" in x or "pulling" in x or "done" in x]
    assert len(inside) >= ROUNDS // 2, landed  # many kills hit a sync at work

    for db in (a_path, b_path, a_path):
        done = subprocess.run(
            [sys.executable, "-m", "cosmart_desktop", "sync", "--db", str(db), "--store", store],
            capture_output=True, text=True, timeout=300,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
    for db in (a_path, b_path):
        check = subprocess.run(
            [sys.executable, "-m", "cosmart_desktop", "check", "--db", str(db)],
            capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        assert check.returncode == 0, check.stdout + check.stderr
    with open_workspace(a_path) as a, open_workspace(b_path) as b:
        board = BoardService(b).board(phase)
        assert len(board.cards) == 120 * ROUNDS
        assert dump_of(a) == dump_of(b) == store_dump(store)
        with a.engine.connect() as con:
            own = con.exec_driver_sql(
                "SELECT count(*) FROM change_log WHERE site_id = ?", (a.site_id,)
            ).scalar()
    from cosmart_desktop.services.sync import HubStore, parse_address

    with HubStore(parse_address(store)).open() as hub:
        stored = hub.con.exec_driver_sql(
            "SELECT count(*), count(DISTINCT origin_seq) FROM cosmart_changes"
        ).one()
    assert tuple(stored) == (own, own)  # every change once, none twice
