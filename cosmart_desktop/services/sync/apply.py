"""The local side of a pull: remote changes into this workspace's typed tables.

In one local transaction per page: the pulled records go into the change log
(``INSERT … ON CONFLICT DO NOTHING``: applying twice is a no-op); every row
they touch is resolved field by field from its whole history (``merge``) and
written with ``INSERT … ON CONFLICT (id) DO UPDATE`` (rows first seen are
created); foreign keys are checked at commit (``PRAGMA defer_foreign_keys``),
so the order of rows inside a page does not matter; the conflict log is
brought up to date; the pull checkpoint is written in the same transaction.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, bindparam, text

from .conflicts import record_conflicts
from .hub import InRecord
from .merge import LogRow, Resolution, Write, resolve_field, writes_by_field
from .tables import BadValueError, SyncTable, synced_tables

CHUNK = 500


@dataclass
class ApplyResult:
    records: int = 0
    rows: int = 0
    new_conflicts: int = 0
    bad_values: list[str] = field(default_factory=list)


def write_checkpoint(
    con: Connection, store_key: str, cursor: str | None, pushed: int | None
) -> None:
    """Upsert the checkpoint; as the first statement of a transaction it also takes
    the write lock at once (no read-then-write upgrade that SQLite could refuse)."""
    con.execute(
        text(
            "INSERT INTO sync_checkpoint (store_key, pushed_seq, pulled_cursor, last_sync_at) "
            "VALUES (:k, coalesce(:p, 0), coalesce(:c, ''), :t) ON CONFLICT (store_key) DO UPDATE "
            "SET pushed_seq = coalesce(:p, pushed_seq), "
            "pulled_cursor = coalesce(:c, pulled_cursor), last_sync_at = :t"
        ),
        {"k": store_key, "p": pushed, "c": cursor, "t": _now()},
    )


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def insert_log(con: Connection, records: Iterable[InRecord]) -> int:
    rows = [(r.tbl, r.row_id, r.field, r.value, r.hlc, r.site_id, r.base) for r in records]
    if rows:
        con.exec_driver_sql(
            "INSERT INTO change_log (tbl, row_id, field, value, hlc, site_id, base) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            rows,
        )
    return len(rows)


def history(con: Connection, table: str, row_ids: list[str]) -> list[LogRow]:
    out: list[LogRow] = []
    for start in range(0, len(row_ids), CHUNK):
        stmt = text(
            "SELECT seq, row_id, field, value, hlc, site_id, base FROM change_log "
            "WHERE tbl = :t AND row_id IN :ids"
        ).bindparams(bindparam("ids", expanding=True))
        out.extend(
            LogRow(*r)
            for r in con.execute(stmt, {"t": table, "ids": row_ids[start : start + CHUNK]})
        )
    return out


def apply_records(
    con: Connection, records: list[InRecord], blobs: dict[str, bytes], site_id: str
) -> ApplyResult:
    """Insert pulled records and bring every row they touch up to date."""
    result = ApplyResult(records=insert_log(con, records))
    touched: dict[str, set[str]] = defaultdict(set)
    for r in records:
        touched[r.tbl].add(r.row_id)
    tables = synced_tables()
    for name, st in tables.items():  # dependency order
        if name in touched:
            refresh_rows(con, st, sorted(touched[name]), blobs, result, site_id)
    return result


def refresh_rows(
    con: Connection,
    st: SyncTable,
    row_ids: list[str],
    blobs: dict[str, bytes],
    result: ApplyResult,
    site_id: str,
) -> None:
    """Resolve the rows from their change history and write them; update conflicts."""
    grouped = writes_by_field(history(con, st.name, row_ids))
    per_row: dict[str, dict[str, Resolution]] = defaultdict(dict)
    row_writes: dict[str, list[Write]] = defaultdict(list)
    for (row_id, fname), writes in grouped.items():
        resolution = resolve_field(st.name, writes)
        per_row[row_id][fname] = resolution
        row_writes[row_id].extend(writes)
        if len(writes) > 1:
            result.new_conflicts += record_conflicts(con, st.name, row_id, fname, resolution)
    existing = _existing(con, st.name, list(per_row))
    inserts: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    updates: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    for row_id, fields in per_row.items():
        values: dict[str, Any] = {}
        for fname, res in fields.items():
            if fname not in st.columns:
                continue  # a column this version does not know
            try:
                values[fname] = st.decode(fname, res.winner.value, blobs)
            except (BadValueError, ValueError) as exc:
                result.bad_values.append(f"{st.name}.{fname} of {row_id}: {exc}")
        writes = row_writes[row_id]
        stamp = max(w.hlc for w in writes)
        if row_id in existing:
            if values:
                updates[tuple(sorted(values))].append({**values, "id": row_id, "hlc_": stamp})
        elif st.required - set(values):
            continue  # the rest of its first write is still to come: created then
        else:
            creator = min(writes, key=lambda w: w.key)
            row = {**st.defaults(), **values, "id": row_id, "hlc": stamp}
            row["site_id"] = creator.site_id if creator.site_id else site_id
            inserts[tuple(sorted(row))].append(row)
        result.rows += 1
    for cols, rows in inserts.items():
        names = ", ".join(f'"{c}"' for c in cols)
        params = ", ".join(f":{c}" for c in cols)
        sets = ", ".join(
            f'"{c}" = excluded."{c}"' for c in cols if c not in ("id", "site_id", "hlc")
        )
        sql = (
            f'INSERT INTO "{st.name}" ({names}) VALUES ({params}) ON CONFLICT (id) DO UPDATE SET '
            f'{sets}{", " if sets else ""}hlc = max("{st.name}".hlc, excluded.hlc)'
        )
        con.execute(text(sql).bindparams(*_typed(st, cols)), rows)
    for cols, rows in updates.items():
        sets = ", ".join(f'"{c}" = :{c}' for c in cols)
        sql = f'UPDATE "{st.name}" SET {sets}, hlc = max(hlc, :hlc_) WHERE id = :id'
        con.execute(text(sql).bindparams(*_typed(st, cols)), rows)


def _typed(st: SyncTable, cols: Iterable[str]) -> list[Any]:
    """Bind parameters with the column types (dates, JSON, … are converted)."""
    return [bindparam(c, type_=st.columns[c].type) for c in cols if c in st.columns]


def _existing(con: Connection, table: str, row_ids: list[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(row_ids), CHUNK):
        stmt = text(f'SELECT id FROM "{table}" WHERE id IN :ids').bindparams(
            bindparam("ids", expanding=True)
        )
        found |= set(con.execute(stmt, {"ids": row_ids[start : start + CHUNK]}).scalars())
    return found
