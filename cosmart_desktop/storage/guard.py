"""Decide, without writing a byte, whether a file may be opened as a workspace.

Refusals (each one line, the file left byte-for-byte unchanged): not an SQLite
file, a damaged file, an SQLite file of another application, a workspace
stamped by a newer schema than this program knows.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from ..domain.errors import Refused

#: PRAGMA application_id of a Co-Smart workspace: "CSMW"
APPLICATION_ID = 0x43534D57
SQLITE_MAGIC = b"SQLite format 3\x00"


class FileState(Enum):
    NEW = "new"  # no file, or an empty one: a fresh workspace will be made
    WORKSPACE = "workspace"


@dataclass(frozen=True)
class Inspection:
    state: FileState
    revision: str | None = None  # alembic revision stamped in the file


def readonly_uri(path: Path) -> str:
    """A read-only URI. Without a write-ahead log beside the file (the usual case
    after a clean close) the file is opened ``immutable``, so SQLite creates no
    ``-wal``/``-shm`` files either; with one (after a crash) it must read it."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    wal = path.with_name(path.name + "-wal")
    return uri if wal.exists() else uri + "&immutable=1"


def inspect_file(path: Path, known_revisions: set[str]) -> Inspection:
    """Look at ``path`` read-only; raise ``Refused`` with one clear line if it is not ours."""
    if not path.exists():
        return Inspection(FileState.NEW)
    if path.is_dir():
        raise Refused("{path} is a folder, not a workspace file", path=path)
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        raise Refused(
            "{path} cannot be read: {reason}", path=path, reason=exc.strerror or exc
        ) from exc
    if not header:
        return Inspection(FileState.NEW)
    if not header.startswith(SQLITE_MAGIC):
        raise Refused("{path} is not a Co-Smart workspace: it is not an SQLite database", path=path)
    if len(header) < 100:
        raise Refused("{path} is damaged and was not opened (truncated SQLite header)", path=path)
    app_id = int.from_bytes(header[68:72], "big")
    if app_id not in (0, APPLICATION_ID):
        raise Refused(
            "{path} belongs to another application (SQLite application id {app_id:#010x})",
            path=path,
            app_id=app_id,
        )
    try:
        con = sqlite3.connect(readonly_uri(path), uri=True)
    except sqlite3.Error as exc:
        raise Refused("{path} cannot be opened: {reason}", path=path, reason=exc) from exc
    try:
        return _inspect_open(path, con, app_id, known_revisions)
    except sqlite3.DatabaseError as exc:
        detail = " ".join(str(exc).split())
        raise Refused(
            "{path} is damaged and was not opened ({detail})", path=path, detail=detail
        ) from exc
    finally:
        con.close()


def _inspect_open(path: Path, con: sqlite3.Connection, app_id: int, known: set[str]) -> Inspection:
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    check = con.execute("PRAGMA quick_check(1)").fetchone()
    if not check or check[0] != "ok":
        detail = " ".join(str(check[0] if check else "?").replace("*", " ").split())
        raise Refused(
            "{path} is damaged and was not opened (quick_check: {detail})",
            path=path,
            detail=detail[:200],
        )
    if app_id == 0:
        if not tables:
            return Inspection(FileState.NEW)
        raise Refused(
            "{path} is an SQLite database of another application, not a workspace", path=path
        )
    if "alembic_version" not in tables:
        raise Refused("{path} is damaged and was not opened (no schema version)", path=path)
    row = con.execute("SELECT version_num FROM alembic_version").fetchone()
    revision = row[0] if row else None
    if revision is None:
        raise Refused("{path} is damaged and was not opened (empty schema version)", path=path)
    if revision not in known:
        raise Refused(
            "{path} was written by a newer Co-Smart Werkstatt (schema {revision}); "
            "please update the program to open it",
            path=path,
            revision=revision,
        )
    site = None
    if "workspace_meta" in tables:
        site = con.execute("SELECT value FROM workspace_meta WHERE key = 'site_id'").fetchone()
    if not site or not site[0]:
        raise Refused("{path} is damaged and was not opened (no site id)", path=path)
    return Inspection(FileState.WORKSPACE, revision)
