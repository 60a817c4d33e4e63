"""Undoable field edits of the Steckbrief views (``ui.commands.push_done``:
applied first, recorded only when they succeeded)."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoStack

from ..commands import push_done
from .model import SteckbriefModel


def edit_fields(
    stack: QUndoStack | None,
    model: SteckbriefModel,
    steckbrief_id: str,
    text: str,
    changes: dict[str, Any],
    merge_key: str | None = None,
) -> None:
    """Change fields of a Steckbrief undoably (raises Refused, nothing recorded)."""
    old = model.update(steckbrief_id, **changes)
    if old == {k: v for k, v in changes.items() if k in old} and set(old) == set(changes):
        return  # nothing changed
    push_done(
        stack,
        text,
        lambda: model.update(steckbrief_id, **changes),
        lambda: model.update(steckbrief_id, **old),
        merge_key and f"{steckbrief_id}:{merge_key}",
    )
