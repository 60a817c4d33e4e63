"""Undoable commands. Every user edit goes through one of these onto the
session's (or the home screen's) QUndoStack; the command holds old and new
values and calls services.

Use ``push(stack, command)``, not ``stack.push``: it runs the command first and
puts it on the stack only if that worked. (A refused edit raised inside
``QUndoStack.push`` would still leave the command on the stack, and its undo
would then revert something that never happened.)"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtGui import QUndoCommand, QUndoStack


class Command(QUndoCommand):
    """Base: ``perform`` and ``revert`` do the work; the first ``redo`` that the
    stack calls right after ``push`` is skipped because ``push`` already did it."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self._done_by_push = False

    def perform(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        if self._done_by_push:
            self._done_by_push = False
            return
        self.perform()

    def undo(self) -> None:
        self.revert()


def push(stack: QUndoStack | None, command: Command) -> None:
    """Do ``command``; if it succeeded, put it on ``stack`` (None: not undoable).

    Exceptions of ``perform`` (e.g. ``Refused``) propagate and nothing is pushed."""
    command.perform()
    if stack is not None:
        command._done_by_push = True
        stack.push(command)
        command._done_by_push = False


T = TypeVar("T")
#: QUndoCommand id of mergeable already-made edits (typing into one field)
MERGE_DONE = 0x444E


class DoneCommand(Command):
    """An edit the caller has already made once (so it could refuse it before
    anything reached the stack); redo and undo repeat or reverse it. Edits with
    the same ``merge_key`` merge into one undo step that goes back to before
    the first of them."""

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

    def perform(self) -> None:
        self._redo()

    def revert(self) -> None:
        self._undo()

    def id(self) -> int:
        return MERGE_DONE if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, DoneCommand) or other.merge_key != self.merge_key:
            return False
        self._redo = other._redo  # keep our undo: back to before the first edit
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
        command = DoneCommand(text, redo, undo, merge_key)
        command._done_by_push = True
        stack.push(command)
        command._done_by_push = False


def run_undoable(
    stack: QUndoStack | None,
    text: str,
    do: Callable[[], T],
    undo: Callable[[], object],
    redo: Callable[[], object] | None = None,
) -> T:
    """Run ``do`` (which may raise ``Refused``: then nothing is recorded), then
    record it as one undo step; ``redo`` replays it later (default: ``do``)."""
    result = do()
    push_done(stack, text, redo or do, undo)
    return result


class CallCommand(Command):
    """Do and undo as two callables (for create/delete/restore style edits)."""

    def __init__(self, text: str, do: Callable[[], Any], undo: Callable[[], Any]) -> None:
        super().__init__(text)
        self._do = do
        self._undo = undo

    def perform(self) -> None:
        self._do()

    def revert(self) -> None:
        self._undo()


class SetFieldsCommand(Command):
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

    def perform(self) -> None:
        self._setter(self.row_id, **self.new)

    def revert(self) -> None:
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
