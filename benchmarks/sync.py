"""Sync: push 20,000 changes to a local PostgreSQL; and a sync with nothing to do.

- ``value``: ``sync_workspace(push only)`` end to end: connect, check the
  site's history (cloned-site check), read the 20,000 changes with their bases
  from the workspace, find the events they belong to (per-event advisory
  locks), store them with COPY and the site's checkpoint in one REPEATABLE READ
  transaction;
- ``baseline``: bare psycopg: connect, COPY the same 20,000 rows into a table
  with the same columns and keys, commit.
- ``noop_sync``: a full sync (push and pull) when there is nothing to do.

Each run gets a fresh store schema. Runs alternate so machine load hits both
alike. The server is the one named by COSMART_TEST_PG_URL, otherwise a
throwaway PostgreSQL on loopback (tests/helpers/pg.py).

Usage: python benchmarks/sync.py [--n 5] [--json]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

CHANGES = 20_000


def _workspace(folder: Path) -> object:
    from cosmart_desktop.domain.enums import SessionFormat
    from cosmart_desktop.services.workshops import WorkshopService
    from cosmart_desktop.storage.models import Card
    from cosmart_desktop.storage.workspace import open_workspace

    ws = open_workspace(folder / "bench.sqlite")
    svc = WorkshopService(ws)
    session = svc.create_session(svc.create_event("Benchmark"), SessionFormat.FREE)
    phase = svc.list_phases(session)[0].id
    with ws.engine.connect() as con:
        have = con.exec_driver_sql("SELECT count(*) FROM change_log").scalar()
    per_card = len([c for c in Card.__table__.columns if c.name not in ("id", "site_id", "hlc")])
    rows = [
        {"id": str(uuid.uuid4()), "phase_id": phase, "text": f"Karte {i}", "x": float(i), "y": 0.0,
         "z": 0.0, "rank": 0.0, "color": "", "origin": "typed", "cluster_id": None,
         "merged_into_id": None, "carried_from_id": None, "author_participant_id": None,
         "deleted": False}
        for i in range((CHANGES - have) // per_card + 1)
    ]  # fmt: skip
    with ws.transaction() as s:
        ws.recorder.record_rows(s, "card", rows)
        s.execute(Card.__table__.insert(), rows)
        # trim to exactly CHANGES records
        s.connection().exec_driver_sql(
            f"DELETE FROM change_log WHERE seq > (SELECT min(seq) FROM change_log) + {CHANGES - 1}"
        )
    return ws


def _schema(server: str, name: str) -> str:
    from helpers.sync import pg_schema_url

    return pg_schema_url(server, name)


def _copy_baseline(url: str, rows: list[tuple[object, ...]]) -> float:
    import psycopg
    from sqlalchemy.engine import make_url

    from cosmart_desktop.services.sync.hub_schema import CHANGE_COLUMNS, POSTGRES_DDL

    u = make_url(url)
    conninfo = u.set(drivername="postgresql", query={}).render_as_string(hide_password=False)
    options = u.query.get("options")
    with psycopg.connect(conninfo, options=options) as con:
        for statement in POSTGRES_DDL[1:4]:  # the same table, keys and indexes as ours
            con.execute(statement)
        con.commit()
    started = time.perf_counter()
    with psycopg.connect(conninfo, options=options) as con:
        with (
            con.cursor() as cur,
            cur.copy(f"COPY cosmart_changes ({', '.join(CHANGE_COLUMNS)}) FROM STDIN") as copy,
        ):
            for row in rows:
                copy.write_row(row)
        con.commit()
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    from helpers.pg import create_database, drop_database, server_url

    from cosmart_desktop.services.sync import parse_address, sync_workspace

    ours, bare, noop = [], [], []
    with server_url() as server, tempfile.TemporaryDirectory() as tmp:
        db = create_database(server, "bench")
        try:
            ws = _workspace(Path(tmp))
            with ws.engine.connect() as con:  # type: ignore[attr-defined]
                rows = [
                    tuple(r)
                    for r in con.exec_driver_sql(
                        "SELECT tbl, row_id, field, value, hlc, site_id, '', seq FROM change_log"
                    )
                ]
            assert len(rows) == CHANGES, len(rows)
            for i in range(args.n):
                address = parse_address(_schema(db, f"ours{i}"))
                started = time.perf_counter()
                summary = sync_workspace(ws, address, pull=False)  # type: ignore[arg-type]
                ours.append(time.perf_counter() - started)
                assert summary.pushed == CHANGES, summary
                bare.append(_copy_baseline(_schema(db, f"bare{i}"), rows))
                sync_workspace(ws, address)  # type: ignore[arg-type]
                started = time.perf_counter()
                idle = sync_workspace(ws, address)  # type: ignore[arg-type]
                noop.append(time.perf_counter() - started)
                assert idle.pushed == idle.pulled == 0
            ws.close()  # type: ignore[attr-defined]
        finally:
            drop_database(db)
    value, baseline = statistics.median(ours), statistics.median(bare)
    result = {
        "name": "sync_push_20000_changes_postgresql",
        "unit": "s",
        "value": round(value, 4),
        "baseline": round(baseline, 4),
        "ratio": round(value / baseline, 2),
        "n": args.n,
        "noop_sync": round(statistics.median(noop), 4),
        "budget": {"value": 5.0, "ratio": 3.0, "noop_sync": 0.3},
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
