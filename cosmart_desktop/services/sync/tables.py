"""The synced tables, read from the SQLAlchemy metadata (no per-table code):
their data columns, how a change-log value becomes a column value, column
defaults for rows first seen, and the event a row belongs to (for the hub's
per-event locks)."""

from __future__ import annotations

import hashlib
import json
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import cache
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    Float,
    Integer,
    LargeBinary,
    Numeric,
    String,
    Table,
)

from ...storage.base import SYNC_COLUMNS, Base, Synced, UTCDateTime

BLOB_KEY = "$blob"
#: plain id columns (not foreign keys) that still say which row a row belongs to
SOFT_PARENTS: dict[str, tuple[str, str]] = {"erasure_record": ("participant_id", "participant")}
EVENT_TABLE = "event"


class BadValueError(ValueError):
    """A change-log value that does not fit its column."""


def _decoder(column: Column[Any]) -> Callable[[Any], Any]:
    kind = column.type
    if isinstance(kind, UTCDateTime):
        return lambda v: _datetime(v)
    if isinstance(kind, Date):
        return lambda v: date.fromisoformat(v) if isinstance(v, str) else _bad(v)
    if isinstance(kind, Boolean):
        return lambda v: v if isinstance(v, bool) else _bad(v)
    if isinstance(kind, Integer):
        return lambda v: v if isinstance(v, int) and not isinstance(v, bool) else _bad(v)
    if isinstance(kind, Float | Numeric):
        return lambda v: (
            float(v) if isinstance(v, int | float) and not isinstance(v, bool) else _bad(v)
        )
    if isinstance(kind, JSON):
        return lambda v: v
    if isinstance(kind, String):
        return lambda v: v if isinstance(v, str) else _bad(v)
    return lambda v: v


def _datetime(value: Any) -> datetime:
    if not isinstance(value, str):
        raise BadValueError(f"unexpected value {value!r}")
    parsed = datetime.fromisoformat(value)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _bad(value: Any) -> Any:
    raise BadValueError(f"unexpected value {value!r}")


def _zero(column: Column[Any]) -> Any:
    """A value for a NOT NULL column that has no default and no change yet."""
    kind = column.type
    if isinstance(kind, UTCDateTime):
        return datetime(1970, 1, 1, tzinfo=UTC)
    if isinstance(kind, Date):
        return date(1970, 1, 1)
    if isinstance(kind, Boolean):
        return False
    if isinstance(kind, Integer):
        return 0
    if isinstance(kind, Float | Numeric):
        return 0.0
    if isinstance(kind, LargeBinary):
        return b""
    if isinstance(kind, JSON):
        return None
    return ""


def _default(column: Column[Any]) -> Any:
    default = column.default
    if default is None:
        return None if column.nullable else _zero(column)
    arg = getattr(default, "arg", None)
    if callable(arg):
        return arg(None)
    return arg


@dataclass(frozen=True)
class SyncTable:
    name: str
    table: Table
    #: data columns that travel as changes (everything but id, site_id, hlc)
    columns: dict[str, Column[Any]]
    decoders: dict[str, Callable[[Any], Any]]
    blobs: frozenset[str]
    #: [(fk column, parent table), …] from this table up to ``event``; None: no event
    event_path: tuple[tuple[str, str], ...] | None

    def decode(self, field: str, value_json: str, blobs: dict[str, bytes] | None = None) -> Any:
        """The column value of a change-log value (JSON text)."""
        value = json.loads(value_json)
        if value is None:
            if not self.columns[field].nullable:
                raise BadValueError(f"{self.name}.{field} cannot be empty")
            return None
        if field in self.blobs:
            if not isinstance(value, dict) or BLOB_KEY not in value:
                raise BadValueError(f"{self.name}.{field}: not a blob reference")
            data = (blobs or {}).get(value[BLOB_KEY])
            if data is None:
                raise BadValueError(f"{self.name}.{field}: blob {value[BLOB_KEY]} not available")
            return data
        return self.decoders[field](value)

    @property
    def required(self) -> set[str]:
        """Columns a new row cannot be made without (NOT NULL, no default)."""
        return {n for n, c in self.columns.items() if not c.nullable and c.default is None}

    def defaults(self) -> dict[str, Any]:
        return {name: _default(col) for name, col in self.columns.items()}


def canonical(value: Any) -> Any:
    """A column value in one comparable form (for dumps): UTC datetimes as ISO
    text, dates as ISO text, bytes as their blob reference."""
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bytes):
        return {BLOB_KEY: hashlib.sha256(value).hexdigest()}
    if isinstance(value, float) and value.is_integer():
        return value
    return value


def _event_path(name: str, tables: dict[str, Table]) -> tuple[tuple[str, str], ...] | None:
    if name == EVENT_TABLE:
        return ()

    def parents(tname: str) -> list[tuple[str, str]]:
        table = tables[tname]
        found: list[tuple[bool, str, str]] = []
        for col in table.columns:
            for fk in col.foreign_keys:
                target = fk.column.table.name
                if target != tname and target in tables:
                    found.append((bool(col.nullable), col.name, target))
        soft = SOFT_PARENTS.get(tname)
        if soft and soft[1] in tables:
            found.append((False, soft[0], soft[1]))
        return [(c, t) for _n, c, t in sorted(found)]

    queue: deque[tuple[str, tuple[tuple[str, str], ...]]] = deque([(name, ())])
    seen = {name}
    while queue:
        current, path = queue.popleft()
        for col, target in parents(current):
            step = (*path, (col, target))
            if target == EVENT_TABLE:
                return step
            if target not in seen:
                seen.add(target)
                queue.append((target, step))
    return None


@cache
def synced_tables() -> dict[str, SyncTable]:
    """Every table of a ``Synced`` model, in foreign-key dependency order."""
    names = {
        m.local_table.name
        for m in Base.registry.mappers
        if issubclass(m.class_, Synced) and isinstance(m.local_table, Table)
    }
    by_name = {t.name: t for t in Base.metadata.sorted_tables if t.name in names}
    out: dict[str, SyncTable] = {}
    for table in Base.metadata.sorted_tables:
        if table.name not in names:
            continue
        columns = {c.name: c for c in table.columns if c.name not in SYNC_COLUMNS}
        out[table.name] = SyncTable(
            name=table.name,
            table=table,
            columns=columns,
            decoders={n: _decoder(c) for n, c in columns.items()},
            blobs=frozenset(n for n, c in columns.items() if isinstance(c.type, LargeBinary)),
            event_path=_event_path(table.name, by_name),
        )
    return out


def event_sql(st: SyncTable) -> str | None:
    """SELECT row id, event id FROM the table (filter appended by the caller)."""
    if st.event_path is None:
        return None
    if not st.event_path:
        return f'SELECT t0.id, t0.id FROM "{st.name}" t0'
    joins, prev = [], "t0"
    for i, (col, target) in enumerate(st.event_path[:-1], start=1):
        joins.append(f'LEFT JOIN "{target}" t{i} ON t{i}.id = {prev}."{col}"')
        prev = f"t{i}"
    last_col = st.event_path[-1][0]
    return f'SELECT t0.id, {prev}."{last_col}" FROM "{st.name}" t0 ' + " ".join(joins)
