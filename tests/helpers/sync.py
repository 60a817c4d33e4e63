"""Helpers for the sync tests: replicas copied from one template workspace (each
with its own site id), a clock shared by all replicas that the test moves, store
addresses of both kinds, and the checks every converged state must pass."""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text

from cosmart_desktop.domain.hlc import HybridLogicalClock
from cosmart_desktop.services.sync import HubStore, parse_address
from cosmart_desktop.services.sync.dump import hub_dump, replica_dump
from cosmart_desktop.storage.workspace import Workspace, open_workspace


def copy_replica(template: Path, target: Path, *, new_site: bool = True) -> Workspace:
    """A copy of the template workspace with a site id of its own."""
    shutil.copyfile(template, target)
    if new_site:
        con = sqlite3.connect(target)
        with con:
            con.execute(
                "UPDATE workspace_meta SET value = ? WHERE key = 'site_id'", (str(uuid.uuid4()),)
            )
        con.close()
    return open_workspace(target, create=False)


@dataclass
class SharedWall:
    """Milliseconds for every replica's clock; advanced by the test, so stamps of
    different laptops often coincide and ties are broken by the site id."""

    now: int

    def __call__(self) -> int:
        return self.now


def use_wall(ws: Workspace, wall: SharedWall) -> None:
    clock = HybridLogicalClock(ws.clock.last, wall=wall)
    ws.clock = clock
    ws.recorder.clock = clock


def pg_schema_url(db_url: str, schema: str) -> str:
    """The database URL with its own schema (fresh tables per hypothesis example)."""
    import psycopg
    from sqlalchemy.engine import make_url

    base = make_url(db_url)
    with psycopg.connect(
        base.set(drivername="postgresql").render_as_string(hide_password=False), autocommit=True
    ) as con:
        con.execute(f'CREATE SCHEMA "{schema}"')
    return base.update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(
        hide_password=False
    )


def store_dump(url: str) -> dict:
    with HubStore(parse_address(url)).open() as hub:
        return hub_dump(hub)


def dump_of(ws: Workspace) -> dict:
    with ws.engine.connect() as con:
        return replica_dump(con)


def open_conflicts(ws: Workspace) -> set[tuple[str, str, str, str, str]]:
    with ws.engine.connect() as con:
        rows = con.execute(
            text(
                "SELECT tbl, row_id, field, loser_hlc, loser_site FROM conflict "
                "WHERE resolved_at IS NULL"
            )
        )
        return {tuple(r) for r in rows}  # type: ignore[misc]


def assert_healthy(ws: Workspace) -> None:
    with ws.engine.connect() as con:
        assert con.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        assert con.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
