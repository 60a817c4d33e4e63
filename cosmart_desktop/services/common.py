"""Helpers shared by the services: live-row lookup and undoable field updates."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy.orm import Session as OrmSession

from ..domain.errors import Message, NotFound, Refused
from ..storage.base import SYNC_COLUMNS, Synced

M = TypeVar("M", bound=Synced)

#: the English names of rows in messages ("card 1f… not found"), translated with
#: them; table names are looked up with spaces for underscores
NOUNS: dict[str, Message] = {
    m.template: m
    for m in (
        Message("attachment"),
        Message("ballot"),
        Message("card"),
        Message("cluster"),
        Message("contact consent"),
        Message("criteria catalogue"),
        Message("criterion"),
        Message("event"),
        Message("handlungsfeld"),
        Message("kennzahl"),
        Message("leitthema"),
        Message("option"),
        Message("participant"),
        Message("phase"),
        Message("photo"),
        Message("rating"),
        Message("recommendation"),
        Message("session"),
        Message("steckbrief"),
        Message("strategic goal"),
        Message("vote"),
        Message("vote option"),
        Message("vote round"),
    )
}


def noun(what: str) -> str | Message:
    """A row's kind as a value of a message: translatable if it is an English name."""
    return NOUNS.get(what.replace("_", " "), what)


def get_live(session: OrmSession, model: type[M], row_id: str, what: str | None = None) -> M:
    """The row with that id, unless it does not exist or is tombstoned."""
    row = session.get(model, row_id)
    if row is None or row.deleted:
        name: str = what or model.__tablename__  # type: ignore[attr-defined]
        raise NotFound("{what} {row_id} not found", what=noun(name), row_id=row_id)
    return row


def apply_fields(row: Synced, changes: dict[str, Any], allowed: frozenset[str]) -> dict[str, Any]:
    """Set fields on a row; returns the old values (for undo). Unknown fields are refused."""
    unknown = set(changes) - allowed
    if unknown or set(changes) & SYNC_COLUMNS:
        raise Refused("cannot change field(s): {fields}", fields=", ".join(sorted(unknown)))
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
        name: str = model.__tablename__  # type: ignore[attr-defined]
        raise NotFound("{what} {row_id} not found", what=noun(name), row_id=row_id)
    return row
