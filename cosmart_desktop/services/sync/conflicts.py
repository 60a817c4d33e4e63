"""The conflict log: concurrent edits that lost (``merge``), for a facilitator to
review and restore. Restoring is an ordinary new edit (recorded in the change
log, synced like any other) and returns what it replaced, for undo."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session as OrmSession

from ...domain.errors import NotFound, Refused
from ...domain.hlc import Stamp
from ...storage.base import Base
from ...storage.changelog import encode_value
from ...storage.models import Conflict, WorkspaceMeta
from ...storage.workspace import Workspace
from ..common import noun
from .merge import LogRow, Resolution, resolve_field, writes_by_field
from .tables import BLOB_KEY, BadValueError, synced_tables

#: columns that name a row for people, in order of preference
LABEL_COLUMNS = ("title", "text", "label", "name", "caption", "pseudonym", "filename", "key")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def record_conflicts(
    con: Connection, table: str, row_id: str, field: str, resolution: Resolution
) -> int:
    """Make the log of one field match its resolution; returns conflicts new or reopened."""
    existing = {
        (r[1], r[2]): (r[0], r[3])
        for r in con.execute(
            text(
                "SELECT id, loser_hlc, loser_site, resolved_at FROM conflict "
                "WHERE tbl = :t AND row_id = :r AND field = :f"
            ),
            {"t": table, "r": row_id, "f": field},
        )
    }
    win = resolution.winner
    now = _now()
    added = 0
    for loser in resolution.losers:
        params = {
            "t": table, "r": row_id, "f": field, "lv": loser.value, "lh": loser.hlc,
            "ls": loser.site_id, "wv": win.value, "wh": win.hlc, "ws": win.site_id, "now": now,
        }  # fmt: skip
        known = existing.pop((loser.hlc, loser.site_id), None)
        if known is None or known[1] is not None:
            added += 1
        con.execute(
            text(
                "INSERT INTO conflict (tbl, row_id, field, loser_value, loser_hlc, loser_site, "
                "winner_value, winner_hlc, winner_site, detected_at, resolved_at) VALUES "
                "(:t, :r, :f, :lv, :lh, :ls, :wv, :wh, :ws, :now, NULL) "
                "ON CONFLICT (tbl, row_id, field, loser_hlc, loser_site) DO UPDATE SET "
                "winner_value = :wv, winner_hlc = :wh, winner_site = :ws, resolved_at = NULL"
            ),
            params,
        )
    for conflict_id, resolved in existing.values():
        if resolved is None:
            con.execute(
                text("UPDATE conflict SET resolved_at = :now WHERE id = :i"),
                {"now": now, "i": conflict_id},
            )
    return added


def refresh_field(con: Connection, table: str, row_id: str, field: str) -> Resolution | None:
    """Resolve one field from its history and update its conflicts."""
    rows = con.execute(
        text(
            "SELECT seq, row_id, field, value, hlc, site_id, base FROM change_log "
            "WHERE tbl = :t AND row_id = :r AND field = :f"
        ),
        {"t": table, "r": row_id, "f": field},
    )
    writes = writes_by_field(LogRow(*r) for r in rows).get((row_id, field))
    if not writes:
        return None
    resolution = resolve_field(table, writes)
    record_conflicts(con, table, row_id, field, resolution)
    return resolution


@dataclass(frozen=True, slots=True)
class Side:
    value: Any  # decoded JSON (a blob as {"$blob": sha})
    stamp: datetime  # when it was written (the HLC's wall-clock part)
    site_id: str
    site_label: str  # the computer (and user) it came from; "" if unknown


@dataclass(frozen=True, slots=True)
class ConflictInfo:
    id: int
    table: str
    row_id: str
    field: str
    row_label: str
    loser: Side
    winner: Side
    current: Any
    detected_at: datetime
    resolved_at: datetime | None
    loser_json: str  # the losing value as stored (for restore / redo)

    @property
    def restored(self) -> bool:
        return bool(self.current == self.loser.value)


@dataclass(frozen=True, slots=True)
class Restored:
    """What a restore replaced: set it back with ``ConflictService.set_value``."""

    table: str
    row_id: str
    field: str
    previous: str  # JSON text of the value before


def _stamp_time(hlc: str) -> datetime:
    try:
        return datetime.fromtimestamp(Stamp.parse(hlc).millis / 1000, UTC)
    except (ValueError, OverflowError, OSError):
        return datetime.fromtimestamp(0, UTC)


def _model(table: str) -> type[Any]:
    for mapper in Base.registry.mappers:
        if getattr(mapper.local_table, "name", None) == table:
            return mapper.class_
    raise NotFound("unknown table {table}", table=table)


class ConflictService:
    def __init__(self, workspace: Workspace) -> None:
        self.ws = workspace

    def site_labels(self) -> dict[str, str]:
        with self.ws.session() as s:
            rows = s.query(WorkspaceMeta).filter(WorkspaceMeta.key.like("site:%")).all()
            return {r.key[5:]: r.value for r in rows}

    def list_conflicts(self, *, include_resolved: bool = False) -> list[ConflictInfo]:
        labels = self.site_labels()
        labels.setdefault(self.ws.site_id, labels.get(self.ws.site_id, ""))
        with self.ws.session() as s:
            q = s.query(Conflict)
            if not include_resolved:
                q = q.filter(Conflict.resolved_at.is_(None))
            rows = q.order_by(Conflict.detected_at.desc(), Conflict.id.desc()).all()
            return [self._info(s, c, labels) for c in rows]

    def _info(self, s: OrmSession, c: Conflict, labels: dict[str, str]) -> ConflictInfo:
        tables = synced_tables()
        st = tables.get(c.tbl)
        current: Any = None
        label = ""
        if st is not None:
            cols = [col for col in LABEL_COLUMNS if col in st.columns]
            select_cols = ", ".join(f'"{col}"' for col in [*cols[:1], c.field] if col in st.columns)
            row = s.execute(
                text(f'SELECT {select_cols} FROM "{c.tbl}" WHERE id = :i'), {"i": c.row_id}
            ).first()
            if row is not None:
                if cols:
                    label = str(row[0] or "")
                value = row[-1]
                current = _display(value)
        return ConflictInfo(
            id=c.id,
            table=c.tbl,
            row_id=c.row_id,
            field=c.field,
            row_label=label,
            loser=Side(
                json.loads(c.loser_value),
                _stamp_time(c.loser_hlc),
                c.loser_site,
                labels.get(c.loser_site, ""),
            ),
            winner=Side(
                json.loads(c.winner_value),
                _stamp_time(c.winner_hlc),
                c.winner_site,
                labels.get(c.winner_site, ""),
            ),
            current=current,
            detected_at=c.detected_at,
            resolved_at=c.resolved_at,
            loser_json=c.loser_value,
        )

    def restore(self, conflict_id: int) -> Restored:
        """Make the losing value the current one again (an ordinary new edit)."""
        with self.ws.session() as s:
            c = s.get(Conflict, conflict_id)
            if c is None:
                raise NotFound("conflict {conflict_id} not found", conflict_id=conflict_id)
            table, row_id, field, value = c.tbl, c.row_id, c.field, c.loser_value
        return self.set_value(table, row_id, field, value)

    def set_value(self, table: str, row_id: str, field: str, value_json: str) -> Restored:
        """Set one field to a change-log value (JSON text); returns the value before."""
        st = synced_tables().get(table)
        if st is None or field not in st.columns:
            raise Refused("{table}.{field} cannot be restored here", table=table, field=field)
        model = _model(table)
        with self.ws.transaction() as s:
            row = s.get(model, row_id)
            if row is None:
                raise NotFound("{what} {row_id} not found", what=noun(table), row_id=row_id)
            blobs = self._blob(s, table, row_id, field, value_json)
            try:
                new = st.decode(field, value_json, blobs)
            except BadValueError as exc:
                raise Refused("this value cannot be restored: {reason}", reason=exc) from None
            previous = encode_value(getattr(row, field))
            setattr(row, field, new)
            s.flush()
            refresh_field(s.connection(), table, row_id, field)
        return Restored(table, row_id, field, previous)

    @staticmethod
    def _blob(
        s: OrmSession, table: str, row_id: str, field: str, value_json: str
    ) -> dict[str, bytes]:
        value = json.loads(value_json)
        if not isinstance(value, dict) or BLOB_KEY not in value:
            return {}
        data = s.execute(
            text(f'SELECT "{field}" FROM "{table}" WHERE id = :i'), {"i": row_id}
        ).scalar()
        if isinstance(data, bytes) and hashlib.sha256(data).hexdigest() == value[BLOB_KEY]:
            return {value[BLOB_KEY]: data}
        raise Refused("that version of the picture is no longer kept on this computer")

    def refresh(self) -> None:
        """Re-resolve every field with a logged conflict (after local edits)."""
        with self.ws.transaction() as s:
            keys = s.execute(text("SELECT DISTINCT tbl, row_id, field FROM conflict")).all()
            for table, row_id, field in keys:
                refresh_field(s.connection(), table, row_id, field)


def _display(value: Any) -> Any:
    if isinstance(value, bytes):
        return {BLOB_KEY: hashlib.sha256(value).hexdigest()}
    if isinstance(value, datetime):
        return value.isoformat()
    return value
