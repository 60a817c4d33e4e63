"""Helpers shared by the services: live-row lookup and undoable field updates."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy.orm import Session as OrmSession

from ..domain.errors import NotFound, Refused
from ..storage.base import SYNC_COLUMNS, Synced

M = TypeVar("M", bound=Synced)


def get_live(session: OrmSession, model: type[M], row_id: str, what: str | None = None) -> M:
    """The row with that id, unless it does not exist or is tombstoned."""
    row = session.get(model, row_id)
    if row is None or row.deleted:
        raise NotFound(f"{what or model.__tablename__} {row_id} not found")  # type: ignore[attr-defined]
    return row


def apply_fields(row: Synced, changes: dict[str, Any], allowed: frozenset[str]) -> dict[str, Any]:
    """Set fields on a row; returns the old values (for undo). Unknown fields are refused."""
    unknown = set(changes) - allowed
    if unknown or set(changes) & SYNC_COLUMNS:
        raise Refused(f"cannot change field(s): {', '.join(sorted(unknown))}")
    old: dict[str, Any] = {}
    for key, value in changes.items():
        old[key] = getattr(row, key)
        if old[key] != value:
            setattr(row, key, value)
    return old


def get_live_or_deleted(session: OrmSession, model: type[M], row_id: str) -> M:
    """For updates that may also undo a delete: the row even if tombstoned."""
    row = session.get(model, row_id)
    if row is None:
        raise NotFound(f"{model.__tablename__} {row_id} not found")  # type: ignore[attr-defined]
    return row
