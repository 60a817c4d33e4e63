"""Canonical dumps: the data of a replica or of the hub in one comparable form
({table: {row id: {field: value}}}), to check that they agree after a sync."""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from sqlalchemy import Connection, select

from ...domain.hlc import ZERO
from .hub import HubStore
from .merge import Write, resolve_field
from .tables import BLOB_KEY, BadValueError, canonical, synced_tables

Dump = dict[str, dict[str, dict[str, Any]]]


def replica_dump(con: Connection) -> Dump:
    """Every synced row that was ever changed (seeded defaults left out)."""
    out: Dump = {}
    for name, st in synced_tables().items():
        cols = list(st.columns)
        stmt = select(*(st.table.c[c] for c in ["id", *cols])).where(st.table.c.hlc != ZERO.text())
        table = {
            row[0]: {c: canonical(v) for c, v in zip(cols, row[1:], strict=True)}
            for row in con.execute(stmt)
        }
        if table:
            out[name] = table
    return out


def hub_dump(hub: HubStore) -> Dump:
    """What every replica must hold after a full sync, resolved from the hub's changes."""
    writes: dict[tuple[str, str, str], list[Write]] = defaultdict(list)
    rows = hub.con.exec_driver_sql(
        "SELECT tbl, row_id, field, value, hlc, site_id, base FROM cosmart_changes"
    )
    for tbl, row_id, field, text, hlc, site, base in rows:
        writes[(tbl, row_id, field)].append(Write(field, text, hlc, site, base))
    tables = synced_tables()
    out: Dump = {}
    for (tbl, row_id, field), ws in writes.items():
        st = tables.get(tbl)
        if st is None or field not in st.columns:
            continue
        winner = resolve_field(tbl, ws).winner
        if field in st.blobs:
            value: Any = json.loads(winner.value)
            value = {BLOB_KEY: value[BLOB_KEY]} if isinstance(value, dict) else value
        else:
            try:
                value = canonical(st.decode(field, winner.value))
            except BadValueError:
                value = json.loads(winner.value)
        out.setdefault(tbl, {}).setdefault(row_id, {})[field] = value
    return out
