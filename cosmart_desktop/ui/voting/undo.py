"""Undoable edits that are checked before they reach the undo stack: the edit
runs once; only when it succeeded is a command pushed (whose first redo does
nothing), so a refused edit leaves neither data nor an undo step behind."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtGui import QUndoCommand, QUndoStack

T = TypeVar("T")


class DoneCommand(QUndoCommand):
    def __init__(self, text: str, redo: Callable[[], object], undo: Callable[[], object]) -> None:
        super().__init__(text)
        self._redo = redo
        self._undo = undo
        self._skip = True

    def redo(self) -> None:
        if self._skip:
            self._skip = False
            return
        self._redo()

    def undo(self) -> None:
        self._undo()


def run_undoable(
    stack: QUndoStack | None,
    text: str,
    do: Callable[[], T],
    undo: Callable[[], object],
    redo: Callable[[], object] | None = None,
) -> T:
    """Run ``do`` (which may raise ``Refused``); then record it as one undo step.
    ``redo`` replays it later (default: ``do`` again)."""
    result = do()
    if stack is not None:
        stack.push(DoneCommand(text, redo or do, undo))
    return result
