"""Schema migrations with Alembic (batch mode for SQLite), run in-process.

Opening a workspace must be quick, and almost always the file is already at the
head revision. So the revision graph is read from the migration scripts with a
plain text scan (no Alembic import), and the stamped revision with plain SQL;
Alembic itself is imported only when a migration actually runs.
"""

from __future__ import annotations

import re
import sqlite3
from datetime import UTC, datetime
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover - typing only
    from alembic.config import Config
    from sqlalchemy import Connection

#: Alembic script location: ``package:folder`` or a plain folder path
SCRIPT_LOCATION = "cosmart_desktop.storage:migrations"

_REVISION = re.compile(r"^revision\s*(?::[^=]+)?=\s*[\"']([^\"']+)[\"']", re.MULTILINE)
_DOWN = re.compile(r"^down_revision\s*(?::[^=]+)?=\s*(?:None|[\"']([^\"']+)[\"'])", re.MULTILINE)


def versions_dir(location: str | None = None) -> Path:
    """The folder holding the revision scripts of ``location``."""
    location = location or SCRIPT_LOCATION
    package, sep, folder = location.partition(":")
    if sep and not Path(location).is_absolute():
        return Path(str(resources.files(package) / folder / "versions"))
    return Path(location) / "versions"


@cache
def _graph(location: str) -> dict[str, str | None]:
    graph: dict[str, str | None] = {}
    for script in sorted(versions_dir(location).glob("*.py")):
        text = script.read_text(encoding="utf-8")
        rev, down = _REVISION.search(text), _DOWN.search(text)
        if rev is None or down is None:
            if script.name == "__init__.py":
                continue
            raise RuntimeError(f"migration {script.name} names no revision / down_revision")
        graph[rev.group(1)] = down.group(1)
    return graph


def revision_graph() -> dict[str, str | None]:
    """revision → the revision it upgrades from (None for the first)."""
    return dict(_graph(SCRIPT_LOCATION))


def known_revisions() -> set[str]:
    return set(_graph(SCRIPT_LOCATION))


def head_revision() -> str:
    graph = _graph(SCRIPT_LOCATION)
    heads = set(graph) - {down for down in graph.values() if down}
    if len(heads) != 1:
        raise RuntimeError(f"the migrations must have exactly one head, found {sorted(heads)}")
    return heads.pop()


def current_revision(connection: Connection) -> str | None:
    """The revision stamped in the database (None for an unstamped one)."""
    if not connection.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
    ).first():
        return None
    value = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    return str(value) if value is not None else None


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", SCRIPT_LOCATION)
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def upgrade(connection: Connection, target: str = "head") -> None:
    """Run the migrations up to ``target`` on ``connection`` (inside its transaction)."""
    from alembic import command

    command.upgrade(alembic_config(connection), target)


def backup_before_migration(path: Path, revision: str) -> Path:
    """A consistent copy of the workspace (``VACUUM INTO``) next to it."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = path.with_name(f"{path.stem}.before-{revision}-{stamp}.sqlite")
    con = sqlite3.connect(str(path))
    try:
        con.execute("VACUUM INTO ?", (str(target),))
    finally:
        con.close()
    return target
