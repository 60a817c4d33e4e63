"""Opening a workspace: refusals, backup, migration, engine with SQLite pragmas,
sessions that record every change for sync."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, func, insert, select, text
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import sessionmaker

from ..domain.errors import NotFound, Refused
from ..domain.hlc import HybridLogicalClock, Stamp
from ..domain.ids import new_id
from . import changelog, migrate
from .guard import APPLICATION_ID, FileState, inspect_file
from .models import ChangeRecord, WorkspaceMeta
from .seed import seed_defaults

changelog.install(OrmSession)


def _set_pragmas(dbapi_con: sqlite3.Connection, _record: Any) -> None:
    cur = dbapi_con.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.close()


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(engine, "connect", _set_pragmas)
    return engine


class Workspace:
    """One laptop's local database: the replica that sync works on."""

    def __init__(self, path: Path, engine: Engine, site_id: str, clock: HybridLogicalClock) -> None:
        self.path = path
        self.engine = engine
        self.site_id = site_id
        self.clock = clock
        self.recorder = changelog.Recorder(site_id, clock)
        self._factory = sessionmaker(bind=engine, expire_on_commit=False)
        self.backup_path: Path | None = None

    def session(self) -> OrmSession:
        session = self._factory()
        session.info[changelog.RECORDER_KEY] = self.recorder
        return session

    @contextmanager
    def transaction(self) -> Iterator[OrmSession]:
        """A session in one transaction: committed on success, rolled back on error."""
        with self.session() as session, session.begin():
            yield session

    def meta(self, key: str) -> str | None:
        with self.session() as session:
            row = session.get(WorkspaceMeta, key)
            return row.value if row else None

    def close(self) -> None:
        with self.engine.connect() as con:
            con.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        self.engine.dispose()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _create(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(path)
    try:
        with engine.begin() as con:
            con.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
            migrate.upgrade(con)
            seed_defaults(con)
            con.execute(
                insert(WorkspaceMeta),
                [{"key": "site_id", "value": new_id()}, {"key": "created_by", "value": "cosmart"}],
            )
        with engine.connect() as con:
            con.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        engine.dispose()


def open_workspace(path: Path, *, create: bool = True) -> Workspace:
    """Open (or create) the workspace at ``path``; raises Refused on bad files."""
    path = Path(path)
    inspection = inspect_file(path, migrate.known_revisions())
    backup: Path | None = None
    if inspection.state is FileState.NEW:
        if not create:
            raise NotFound(f"no workspace at {path}")
        if path.exists() and path.stat().st_size == 0:
            path.unlink()
        _create(path)
    elif inspection.revision != migrate.head_revision():
        backup = migrate.backup_before_migration(path, inspection.revision or "none")
        engine = make_engine(path)
        try:
            with engine.begin() as con:
                migrate.upgrade(con)
                seed_defaults(con)
        finally:
            engine.dispose()
    engine = make_engine(path)
    with engine.connect() as con:
        site = con.execute(
            select(WorkspaceMeta.value).where(WorkspaceMeta.key == "site_id")
        ).scalar()
        last = con.execute(select(func.max(ChangeRecord.hlc))).scalar()
    if not site:
        engine.dispose()
        raise Refused(f"{path} is damaged and was not opened (no site id)")
    clock = HybridLogicalClock(Stamp.parse(last) if last else Stamp(0, 0))
    workspace = Workspace(path, engine, site, clock)
    workspace.backup_path = backup
    return workspace


def integrity_report(path: Path) -> list[str]:
    """Problems found by a full integrity check; an empty list means healthy."""
    workspace = open_workspace(path, create=False)
    problems: list[str] = []
    try:
        with workspace.engine.connect() as con:
            rows = [r[0] for r in con.exec_driver_sql("PRAGMA integrity_check").fetchall()]
            if rows != ["ok"]:
                problems.extend(f"integrity: {r}" for r in rows)
            fk = con.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            problems.extend(f"foreign key: {r[0]} row {r[1]} → {r[2]}" for r in fk)
            current = migrate.current_revision(con)
            if current != migrate.head_revision():
                problems.append(f"schema {current} is not the current {migrate.head_revision()}")
            orphans = con.execute(
                text(
                    "SELECT count(*) FROM session WHERE current_phase_id IS NOT NULL "
                    "AND current_phase_id NOT IN (SELECT id FROM phase)"
                )
            ).scalar()
            if orphans:
                problems.append(f"{orphans} session(s) point at a missing current phase")
    finally:
        workspace.close()
    return problems
