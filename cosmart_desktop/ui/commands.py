"""Undoable commands. Every user edit goes through one of these onto the
session's QUndoStack; the command holds old and new values and calls services."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand


class CallCommand(QUndoCommand):
    """Do and undo as two callables (for create/delete/restore style edits)."""

    def __init__(self, text: str, do: Callable[[], Any], undo: Callable[[], Any]) -> None:
        super().__init__(text)
        self._do = do
        self._undo = undo

    def redo(self) -> None:
        self._do()

    def undo(self) -> None:
        self._undo()


class SetFieldsCommand(QUndoCommand):
    """Set fields of one row from ``old`` to ``new``.

    Consecutive edits of the same fields of the same row (typing) merge into one
    undo step when they share ``merge_id`` ≥ 0."""

    def __init__(
        self,
        text: str,
        setter: Callable[..., Any],
        row_id: str,
        old: dict[str, Any],
        new: dict[str, Any],
        merge_id: int = -1,
    ) -> None:
        super().__init__(text)
        self._setter = setter
        self.row_id = row_id
        self.old = dict(old)
        self.new = dict(new)
        self._merge_id = merge_id

    def redo(self) -> None:
        self._setter(self.row_id, **self.new)

    def undo(self) -> None:
        self._setter(self.row_id, **self.old)

    def id(self) -> int:
        return self._merge_id

    def mergeWith(self, other: QUndoCommand) -> bool:
        if (
            not isinstance(other, SetFieldsCommand)
            or other.row_id != self.row_id
            or set(other.new) != set(self.new)
        ):
            return False
        self.new = dict(other.new)
        return True
