"""Undo commands of the Steckbrief views.

An edit is applied *before* its command goes onto the stack: a refused edit
(``Refused``) then never reaches the stack (QUndoStack keeps a command whose
first ``redo`` raised). The command's first ``redo`` is therefore skipped."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand, QUndoStack

from .model import SteckbriefModel

#: QUndoCommand id of mergeable Steckbrief edits (typing in one field)
MERGE_ID = 0x5354


class DoneCommand(QUndoCommand):
    """An edit already made once; redo and undo repeat or reverse it."""

    def __init__(
        self,
        text: str,
        redo: Callable[[], Any],
        undo: Callable[[], Any],
        merge_key: str | None = None,
    ) -> None:
        super().__init__(text)
        self._redo = redo
        self._undo = undo
        self.merge_key = merge_key
        self._skip = True

    def redo(self) -> None:
        if self._skip:
            self._skip = False
            return
        self._redo()

    def undo(self) -> None:
        self._undo()

    def id(self) -> int:
        return MERGE_ID if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, DoneCommand) or other.merge_key != self.merge_key:
            return False
        self._redo = other._redo  # keep our undo: back to before the first keystroke
        return True


def push_done(
    stack: QUndoStack | None,
    text: str,
    redo: Callable[[], Any],
    undo: Callable[[], Any],
    merge_key: str | None = None,
) -> None:
    """Record an edit that was just made (no stack: the edit simply stays)."""
    if stack is not None:
        stack.push(DoneCommand(text, redo, undo, merge_key))


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
