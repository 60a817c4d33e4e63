"""Opening a workspace: refusals, backup, migration, engine with SQLite pragmas,
sessions that record every change for sync."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, func, insert, select
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import sessionmaker

from ..domain.errors import NotFound, Refused
from ..domain.hlc import HybridLogicalClock, Stamp
from ..domain.ids import new_id
from . import changelog, migrate
from .guard import APPLICATION_ID, FileState, inspect_file, readonly_uri
from .models import ChangeRecord, WorkspaceMeta
from .seed import seed_defaults

changelog.install(OrmSession)


def _pragmas(foreign_keys: bool) -> Callable[[sqlite3.Connection, Any], None]:
    def set_pragmas(dbapi_con: sqlite3.Connection, _record: Any) -> None:
        # SQLAlchemy, not the sqlite3 module, decides where transactions begin
        # (see _begin): the module's own implicit BEGIN skips DDL, which would
        # leave a failed migration half applied.
        dbapi_con.isolation_level = None
        cur = dbapi_con.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA busy_timeout=5000")
        cur.close()

    return set_pragmas


def _begin(con: Connection) -> None:
    con.exec_driver_sql("BEGIN")


def make_engine(path: Path, *, foreign_keys: bool = True) -> Engine:
    """An engine on the workspace file with the pragmas of DESIGN.md §4.

    ``foreign_keys=False`` only for migrations: SQLite rebuilds a table to alter
    it (Alembic batch mode), which foreign keys would forbid; the migration then
    checks the keys itself before it commits."""
    engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(engine, "connect", _pragmas(foreign_keys))
    event.listen(engine, "begin", _begin)
    return engine


def _migrate(path: Path, revision: str | None) -> Path:
    """Back up, then upgrade to the head revision in one transaction."""
    backup = migrate.backup_before_migration(path, revision or "none")
    engine = make_engine(path, foreign_keys=False)
    try:
        with engine.begin() as con:  # all of it or nothing
            migrate.upgrade(con)
            seed_defaults(con)
            broken = con.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise RuntimeError(f"{len(broken)} broken foreign key(s), e.g. {tuple(broken[0])}")
    except Exception as exc:
        # the file is as it was: a refusal with one line, shown like any other
        reason = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        raise Refused(
            "{path}: updating the schema from {revision} failed and was rolled back "
            "({reason}); a copy from before is at {backup}",
            path=path,
            revision=revision,
            reason=reason,
            backup=backup,
        ) from exc
    finally:
        engine.dispose()
    return backup


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


#: called with every workspace right after it is opened, before anyone reads it;
#: e.g. ``services.erasure`` replays the erasure journal (DESIGN.md §5)
OPEN_HOOKS: list[Callable[[Workspace], None]] = []


def open_workspace(path: Path, *, create: bool = True) -> Workspace:
    """Open (or create) the workspace at ``path``; raises Refused on bad files."""
    path = Path(path)
    inspection = inspect_file(path, migrate.known_revisions())
    backup: Path | None = None
    if inspection.state is FileState.NEW:
        if not create:
            raise NotFound("no workspace at {path}", path=path)
        if path.exists() and path.stat().st_size == 0:
            path.unlink()
        _create(path)
    elif not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
        raise Refused(
            "{path} cannot be written (read-only file or folder); copy it to a writable place",
            path=path,
        )
    elif inspection.revision != migrate.head_revision():
        backup = _migrate(path, inspection.revision)
    engine = make_engine(path)
    with engine.connect() as con:
        site = con.execute(
            select(WorkspaceMeta.value).where(WorkspaceMeta.key == "site_id")
        ).scalar()
        last = con.execute(select(func.max(ChangeRecord.hlc))).scalar()
    if not site:
        engine.dispose()
        raise Refused("{path} is damaged and was not opened (no site id)", path=path)
    clock = HybridLogicalClock(Stamp.parse(last) if last else Stamp(0, 0))
    workspace = Workspace(path, engine, site, clock)
    workspace.backup_path = backup
    try:
        for hook in OPEN_HOOKS:
            hook(workspace)
    except BaseException:
        engine.dispose()
        raise
    return workspace


def integrity_report(path: Path) -> list[str]:
    """Problems found by a full integrity check; an empty list means healthy.

    Read-only: the file is neither migrated nor changed. A file that would be
    refused on opening raises ``Refused``."""
    path = Path(path)
    inspection = inspect_file(path, migrate.known_revisions())
    if inspection.state is FileState.NEW:
        raise NotFound("no workspace at {path}", path=path)
    problems: list[str] = []
    con = sqlite3.connect(readonly_uri(path), uri=True)
    try:
        rows = [r[0] for r in con.execute("PRAGMA integrity_check").fetchall()]
        if rows != ["ok"]:
            problems.extend(f"integrity: {r}" for r in rows)
        fk = con.execute("PRAGMA foreign_key_check").fetchall()
        problems.extend(f"foreign key: {r[0]} row {r[1]} → {r[2]}" for r in fk)
        head = migrate.head_revision()
        if inspection.revision != head:
            problems.append(
                f"schema {inspection.revision} is older than {head}; "
                "opening the workspace migrates it (after a backup)"
            )
        site = con.execute("SELECT value FROM workspace_meta WHERE key = 'site_id'").fetchone()
        if not site or not site[0]:
            problems.append("the workspace has no site id")
        orphans = con.execute(
            "SELECT count(*) FROM session WHERE deleted = 0 AND current_phase_id IS NOT NULL "
            "AND current_phase_id NOT IN (SELECT id FROM phase)"
        ).fetchone()[0]
        if orphans:
            problems.append(f"{orphans} session(s) point at a missing current phase")
    except sqlite3.DatabaseError as exc:
        problems.append(f"integrity: {exc}")
    finally:
        con.close()
    return problems
