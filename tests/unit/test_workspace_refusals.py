"""Every refusal on opening a workspace: one clear line, and the file (and its
folder: no -wal/-shm, no backup) left byte-for-byte unchanged. Real files only."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from helpers.files import folder_state

from cosmart_desktop.domain.enums import SessionFormat
from cosmart_desktop.domain.errors import Refused
from cosmart_desktop.services.workshops import WorkshopService
from cosmart_desktop.storage.guard import APPLICATION_ID
from cosmart_desktop.storage.workspace import integrity_report, open_workspace

PAGE = 4096


def _real_workspace(path: Path) -> Path:
    """A closed workspace with an event, a session from a template and its phases."""
    with open_workspace(path) as ws:
        svc = WorkshopService(ws)
        event_id = svc.create_event("Denklabor Wesertor", district="Wesertor", process_step=2)
        session_id = svc.create_session(event_id, SessionFormat.DENKLABOR)
        for phase in svc.list_phases(session_id):
            svc.update_phase(phase.id, rules=phase.rules + " · " + "Notiz " * 400)
    assert not path.with_name(path.name + "-wal").exists()
    return path


def text_file(path: Path) -> str:
    path.write_text("Einkaufsliste\nMilch, Brot\n", encoding="utf-8")
    return "not an SQLite database"


def random_bytes(path: Path) -> str:
    path.write_bytes(random.Random(7).randbytes(3 * PAGE))
    return "not an SQLite database"


def truncated_header(path: Path) -> str:
    data = _real_workspace(path).read_bytes()
    path.write_bytes(data[:60])
    return "truncated SQLite header"


def first_page_only(path: Path) -> str:
    data = _real_workspace(path).read_bytes()
    path.write_bytes(data[:PAGE])
    return "damaged"


def damaged_pages(path: Path) -> str:
    data = bytearray(_real_workspace(path).read_bytes())
    pages = len(data) // PAGE
    assert pages > 20, "the workspace should span many pages"
    rng = random.Random(11)
    for page in range(pages // 3, pages // 3 + 6):  # b-tree pages in the middle
        start = page * PAGE
        data[start : start + PAGE] = rng.randbytes(PAGE)
    path.write_bytes(bytes(data))
    return "damaged"


def foreign_tables_without_app_id(path: Path) -> str:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
    con.execute("INSERT INTO contacts VALUES ('Erika Mustermann', '0561 123')")
    con.commit()
    con.close()
    return "SQLite database of another application"


def foreign_application_id(path: Path) -> str:
    con = sqlite3.connect(path)
    con.execute("PRAGMA application_id = 1196444487")  # 'GPKG': a GeoPackage
    con.execute("CREATE TABLE gpkg_contents (table_name TEXT)")
    con.commit()
    con.close()
    return "another application (SQLite application id 0x47504b47)"


def foreign_wal_database(path: Path) -> str:
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("CREATE TABLE notes (body TEXT)")
    con.commit()
    con.close()
    return "SQLite database of another application"


def newer_schema(path: Path) -> str:
    _real_workspace(path)
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '0042_from_the_future'")
    con.commit()
    con.close()
    return "newer Co-Smart Werkstatt (schema 0042_from_the_future)"


def no_schema_version(path: Path) -> str:
    _real_workspace(path)
    con = sqlite3.connect(path)
    con.execute("DROP TABLE alembic_version")
    con.commit()
    con.close()
    return "no schema version"


def no_site_id(path: Path) -> str:
    _real_workspace(path)
    con = sqlite3.connect(path)
    con.execute("DELETE FROM workspace_meta WHERE key = 'site_id'")
    con.commit()
    con.close()
    return "no site id"


CASES: list[Callable[[Path], str]] = [
    text_file,
    random_bytes,
    truncated_header,
    first_page_only,
    damaged_pages,
    foreign_tables_without_app_id,
    foreign_application_id,
    foreign_wal_database,
    newer_schema,
    no_schema_version,
    no_site_id,
]


@pytest.fixture(params=CASES, ids=[c.__name__ for c in CASES])
def bad_file(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[Path, str]:
    folder = tmp_path / "bad"
    folder.mkdir()
    path = folder / "workspace.sqlite"
    expected = request.param(path)
    for leftover in folder.glob("*-wal"):
        leftover.unlink()
    for leftover in folder.glob("*-shm"):
        leftover.unlink()
    return path, expected


def test_open_refuses_with_one_line_and_changes_nothing(bad_file: tuple[Path, str]) -> None:
    path, expected = bad_file
    before = folder_state(path.parent)
    with pytest.raises(Refused) as info:
        open_workspace(path)
    message = str(info.value)
    assert expected in message
    assert str(path) in message
    assert "\n" not in message
    assert folder_state(path.parent) == before


def test_check_refuses_too_and_changes_nothing(bad_file: tuple[Path, str]) -> None:
    path, expected = bad_file
    before = folder_state(path.parent)
    with pytest.raises(Refused) as info:
        integrity_report(path)
    assert expected in str(info.value)
    assert folder_state(path.parent) == before


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(Refused, match="is a folder"):
        open_workspace(tmp_path)


def test_missing_file_is_not_created_when_create_is_off(tmp_path: Path) -> None:
    path = tmp_path / "nope.sqlite"
    with pytest.raises(Refused, match="no workspace"):
        open_workspace(path, create=False)
    assert not path.exists()


def test_a_workspace_after_a_crash_opens_and_keeps_its_wal_data(tmp_path: Path) -> None:
    """A WAL left by a killed process is read (not ignored) and recovered."""
    path = _real_workspace(tmp_path / "crash.sqlite")
    writer = sqlite3.connect(path)
    writer.execute("PRAGMA journal_mode=WAL")
    writer.execute("UPDATE event SET title = 'nach dem Absturz'")
    writer.commit()
    # keep the connection open, as a killed process would: the -wal file stays
    assert path.with_name(path.name + "-wal").stat().st_size > 0
    with open_workspace(path) as ws:
        titles = [e.title for e in WorkshopService(ws).list_events()]
    writer.close()
    assert titles == ["nach dem Absturz"]


def test_our_application_id_is_stamped(tmp_path: Path) -> None:
    path = _real_workspace(tmp_path / "ws.sqlite")
    header = path.read_bytes()[:100]
    assert int.from_bytes(header[68:72], "big") == APPLICATION_ID


def test_a_read_only_workspace_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """As root every file is writable, so the permission answer is simulated."""
    path = _real_workspace(tmp_path / "ro.sqlite")
    before = folder_state(tmp_path)
    monkeypatch.setattr("cosmart_desktop.storage.workspace.os.access", lambda *_a: False)
    with pytest.raises(Refused, match="cannot be written"):
        open_workspace(path)
    assert folder_state(tmp_path) == before
