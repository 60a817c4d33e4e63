"""Field-level change capture for sync (DESIGN.md §5).

Every ORM flush in a workspace session stamps new and changed synced rows with
one hybrid-logical-clock stamp and appends one ``change_log`` record per field
written. Hard deletes of synced rows are refused: set ``deleted`` instead.
Bulk Core inserts bypass the ORM and call ``Recorder.record_rows`` themselves.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Table, event, insert, inspect
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import UOWTransaction

from ..domain.hlc import HybridLogicalClock
from ..domain.ids import new_id
from .base import SYNC_COLUMNS, Synced
from .models.sync import ChangeRecord

CHANGE_TABLE: Table = ChangeRecord.__table__  # type: ignore[assignment]  # Core insert for speed
RECORDER_KEY = "cosmart.recorder"
_STAMP_KEY = "cosmart.flush_stamp"


def encode_value(value: Any) -> str:
    """The JSON text stored in the change log for a field value."""
    if isinstance(value, bytes):
        value = {"$blob": hashlib.sha256(value).hexdigest()}
    elif isinstance(value, datetime | date):
        value = value.isoformat()
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


@dataclass
class Recorder:
    site_id: str
    clock: HybridLogicalClock

    def record_rows(
        self, session: OrmSession, table: str, rows: Iterable[Mapping[str, Any]]
    ) -> str:
        """Record every field of rows inserted in bulk; returns the stamp used.

        The rows must already carry ``id``; ``hlc`` and ``site_id`` are set here,
        so call this *before* inserting them."""
        stamp = self.clock.now().text()
        records = []
        for row in rows:
            assert isinstance(row, dict), "rows must be mutable dicts"
            row["hlc"] = stamp
            row.setdefault("site_id", self.site_id)
            for field, value in row.items():
                if field in SYNC_COLUMNS:
                    continue
                records.append(_record(table, row["id"], field, value, stamp, self.site_id))
        if records:
            session.connection().execute(insert(CHANGE_TABLE), records)
        return stamp


def _record(
    table: str, row_id: str, field: str, value: Any, stamp: str, site: str
) -> dict[str, Any]:
    return {
        "tbl": table,
        "row_id": row_id,
        "field": field,
        "value": encode_value(value),
        "hlc": stamp,
        "site_id": site,
    }


def _changed(obj: Synced) -> bool:
    state = inspect(obj)
    return any(attr.history.has_changes() for attr in state.attrs if attr.key not in SYNC_COLUMNS)


def _before_flush(session: OrmSession, _ctx: UOWTransaction, _instances: object) -> None:
    recorder: Recorder | None = session.info.get(RECORDER_KEY)
    for obj in session.deleted:
        if isinstance(obj, Synced):
            raise RuntimeError(
                f"synced rows are never deleted: set {type(obj).__name__}.deleted instead"
            )
    if recorder is None:
        return
    new = [o for o in session.new if isinstance(o, Synced)]
    dirty = [o for o in session.dirty if isinstance(o, Synced) and _changed(o)]
    if not new and not dirty:
        return
    stamp = recorder.clock.now().text()
    session.info[_STAMP_KEY] = stamp
    for obj in new:
        if obj.id is None:
            obj.id = new_id()
        if not obj.site_id:
            obj.site_id = recorder.site_id
        obj.hlc = stamp
    for obj in dirty:
        obj.hlc = stamp


def _after_flush(session: OrmSession, _ctx: UOWTransaction) -> None:
    recorder: Recorder | None = session.info.get(RECORDER_KEY)
    stamp = session.info.pop(_STAMP_KEY, None)
    if recorder is None or stamp is None:
        return
    records: list[dict[str, Any]] = []
    for obj in session.new:
        if not isinstance(obj, Synced):
            continue
        state = inspect(obj)
        table = state.mapper.local_table.name
        for attr in state.mapper.column_attrs:
            if attr.key not in SYNC_COLUMNS:
                records.append(
                    _record(
                        table, obj.id, attr.key, getattr(obj, attr.key), stamp, recorder.site_id
                    )
                )
    for obj in session.dirty:
        if not isinstance(obj, Synced) or obj.hlc != stamp:
            continue
        state = inspect(obj)
        table = state.mapper.local_table.name
        for attr in state.attrs:
            if attr.key in SYNC_COLUMNS or not attr.history.has_changes():
                continue
            records.append(_record(table, obj.id, attr.key, attr.value, stamp, recorder.site_id))
    if records:
        session.connection().execute(insert(CHANGE_TABLE), records)


def install(session_class: type[OrmSession]) -> None:
    """Attach change capture to a session class (idempotent)."""
    if not event.contains(session_class, "before_flush", _before_flush):
        event.listen(session_class, "before_flush", _before_flush)
        event.listen(session_class, "after_flush", _after_flush)
