"""Migrations on real SQLite files: a new workspace from nothing (missing or
empty file), and an upgrade from the first revision with data present, which
must back the file up with ``VACUUM INTO`` first and keep every row.

Only one revision ships today, so the upgrade tests add a real second one in a
copy of the migration folder: a batch-mode change of the ``event`` table (which
other tables point at), exactly what a future migration will do."""

from __future__ import annotations

import contextlib
import io
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory
from helpers.files import sha256

from cosmart_desktop import cli
from cosmart_desktop.domain.enums import SessionFormat
from cosmart_desktop.domain.errors import Refused
from cosmart_desktop.services.workshops import WorkshopService
from cosmart_desktop.storage import migrate
from cosmart_desktop.storage.guard import APPLICATION_ID
from cosmart_desktop.storage.models import Card, Leitthema
from cosmart_desktop.storage.seed import seed_defaults
from cosmart_desktop.storage.workspace import integrity_report, make_engine, open_workspace

SECOND = '''"""test: a second revision that rebuilds the event table

Revision ID: 0002
Revises: 0001
"""
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("event", recreate="always") as batch_op:
        batch_op.add_column(sa.Column("short_title", sa.String(80), nullable=False,
                                      server_default=""))
    op.execute("UPDATE event SET short_title = substr(title, 1, 12)")
    BODY
'''


def _location(tmp_path: Path, body: str = "") -> str:
    """A copy of the shipped migrations plus revision 0002."""
    folder = tmp_path / "migrations"
    shutil.copytree(migrate.versions_dir().parent, folder)
    for cache in folder.rglob("__pycache__"):
        shutil.rmtree(cache)
    (folder / "versions" / "0002_test.py").write_text(SECOND.replace("BODY", body or "pass"))
    return str(folder)


def _rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def _fill(path: Path) -> dict[str, object]:
    """A workspace at the current head (0001) with events, sessions, phases, cards."""
    with open_workspace(path) as ws:
        svc = WorkshopService(ws)
        made: dict[str, object] = {}
        for fmt, title in [
            (SessionFormat.ZUKUNFTSWERKSTATT, "Zukunftswerkstatt Mobilität 🚲‍♀️"),
            (SessionFormat.DENKLABOR, "Denklabor Oberzwehren"),
        ]:
            event_id = svc.create_event(title, district="Mitte", process_step=4)
            session_id = svc.create_session(event_id, fmt)
            phase = svc.list_phases(session_id)[1]
            with ws.transaction() as s:
                for n in range(30):
                    s.add(Card(phase_id=phase.id, text=f"Karte {n}: ‮umgedreht‬ — Ärger"))
            made[title] = (event_id, session_id, [p.key for p in svc.list_phases(session_id)])
    return made


def test_new_workspace_from_a_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "neu.sqlite"
    with open_workspace(path) as ws:
        with ws.engine.connect() as con:
            assert migrate.current_revision(con) == migrate.head_revision()
            assert con.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert con.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert con.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert con.exec_driver_sql("PRAGMA application_id").scalar() == APPLICATION_ID
        assert ws.backup_path is None
        assert len(ws.site_id) == 36
        assert WorkshopService(ws).leitthemen(), "the strategy frame is seeded"
    assert integrity_report(path) == []


def test_new_workspace_from_an_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "leer.sqlite"
    path.write_bytes(b"")
    with open_workspace(path) as ws:
        site = ws.site_id
    with open_workspace(path) as ws:
        assert ws.site_id == site, "the site id is made once and kept"
    assert not list(tmp_path.glob("*.before-*"))


def test_seeding_is_idempotent(tmp_path: Path) -> None:
    path = tmp_path / "ws.sqlite"
    open_workspace(path).close()
    before = _rows(path, "SELECT id, name FROM leitthema ORDER BY id")
    engine = make_engine(path)
    with engine.begin() as con:
        seed_defaults(con)
    engine.dispose()
    assert _rows(path, "SELECT id, name FROM leitthema ORDER BY id") == before
    assert len(before) == len({r[0] for r in before}) > 0
    assert Leitthema.__tablename__ == "leitthema"


def test_revision_scan_agrees_with_alembic() -> None:
    scripts = ScriptDirectory.from_config(migrate.alembic_config())
    assert migrate.known_revisions() == {r.revision for r in scripts.walk_revisions()}
    assert migrate.head_revision() == scripts.get_current_head()


def test_upgrade_from_the_first_revision_keeps_data_and_backs_up_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "alt.sqlite"
    made = _fill(path)
    original = sha256(path)
    events_before = _rows(path, "SELECT id, title, district FROM event ORDER BY id")
    cards_before = _rows(path, "SELECT id, text, phase_id FROM card ORDER BY id")
    changes_before = _rows(path, "SELECT count(*) FROM change_log")[0][0]

    monkeypatch.setattr(migrate, "SCRIPT_LOCATION", _location(tmp_path))
    assert migrate.head_revision() == "0002"
    with open_workspace(path) as ws:
        backup = ws.backup_path
        svc = WorkshopService(ws)
        titles = {e.title for e in svc.list_events()}
        for title, (_event_id, session_id, keys) in made.items():  # type: ignore[misc]
            assert title in titles
            assert [p.key for p in svc.list_phases(session_id)] == keys

    assert backup is not None and backup.exists() and backup.parent == tmp_path
    assert "before-0001" in backup.name
    # the backup is the file as it was: revision 0001, the same rows, a valid database
    assert sha256(path) != original
    assert _rows(backup, "SELECT version_num FROM alembic_version") == [("0001",)]
    assert _rows(backup, "SELECT id, title, district FROM event ORDER BY id") == events_before
    assert _rows(backup, "PRAGMA integrity_check") == [("ok",)]
    # the migrated file: revision 0002, the new column filled, nothing lost
    assert _rows(path, "SELECT version_num FROM alembic_version") == [("0002",)]
    assert _rows(path, "SELECT id, title, district FROM event ORDER BY id") == events_before
    assert _rows(path, "SELECT id, text, phase_id FROM card ORDER BY id") == cards_before
    assert _rows(path, "SELECT count(*) FROM change_log")[0][0] == changes_before
    shorts = _rows(path, "SELECT short_title, title FROM event")
    assert all(short == title[:12] for short, title in shorts)
    assert _rows(path, "PRAGMA foreign_key_check") == []
    assert _rows(path, "PRAGMA application_id") == [(APPLICATION_ID,)]
    assert integrity_report(path) == []

    # opening again: already at the head, no second backup
    with open_workspace(path) as ws:
        assert ws.backup_path is None
    assert len(list(tmp_path.glob("alt.before-*"))) == 1


def test_a_workspace_made_at_revision_0001_by_alembic_upgrades(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(migrate, "SCRIPT_LOCATION", _location(tmp_path))
    path = tmp_path / "r1.sqlite"
    engine = make_engine(path)
    with engine.begin() as con:
        con.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        migrate.upgrade(con, "0001")
        seed_defaults(con)
        con.exec_driver_sql(
            "INSERT INTO workspace_meta (key, value) VALUES ('site_id', "
            "'5f0c8a52-3f7e-4a43-9a57-8c4f3e0b1a11')"
        )
        assert migrate.current_revision(con) == "0001"
    engine.dispose()
    assert integrity_report(path) == [
        "schema 0001 is older than 0002; opening the workspace migrates it (after a backup)"
    ]
    with open_workspace(path) as ws:
        assert ws.backup_path is not None
        assert ws.site_id == "5f0c8a52-3f7e-4a43-9a57-8c4f3e0b1a11"
        with ws.engine.connect() as con:
            assert migrate.current_revision(con) == "0002"


def test_a_failing_migration_changes_nothing_and_keeps_the_backup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "alt.sqlite"
    _fill(path)
    events_before = _rows(path, "SELECT * FROM event ORDER BY id")
    body = (
        "op.create_table('half', sa.Column('x', sa.Integer()))\n"
        "    raise ValueError('boom\\nsecond line of the reason')"
    )
    monkeypatch.setattr(migrate, "SCRIPT_LOCATION", _location(tmp_path, body))
    with pytest.raises(Refused, match=r"failed and was rolled back \(boom\)") as refused:
        open_workspace(path)
    assert "\n" not in str(refused.value)  # one line, as every refusal
    # the command line reports it as a refusal: exit 2, one line, nothing changed
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        assert cli.run(cli.parse(["list", "--db", str(path)])) == 2
    assert len(err.getvalue().strip().splitlines()) == 1 and "rolled back" in err.getvalue()
    assert _rows(path, "SELECT version_num FROM alembic_version") == [("0001",)]
    assert _rows(path, "SELECT * FROM event ORDER BY id") == events_before
    tables = {r[0] for r in _rows(path, "SELECT name FROM sqlite_master WHERE type='table'")}
    assert "half" not in tables and not any(t.startswith("_alembic_tmp") for t in tables)
    backups = sorted(tmp_path.glob("alt.before-0001-*.sqlite"))
    assert len(backups) == 2  # one for each attempt, each the file as it was
    for backup in backups:
        assert _rows(backup, "SELECT * FROM event ORDER BY id") == events_before
