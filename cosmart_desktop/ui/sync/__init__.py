"""Sync in the window: the Sync dialog (store address, connection test,
progress, summary) and the conflict view (restore in one undoable step)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .conflicts import ConflictDialog
from .dialog import SyncDialog

if TYPE_CHECKING:  # pragma: no cover
    from ..main_window import MainWindow

__all__ = ["ConflictDialog", "SyncDialog", "open_conflicts", "open_sync"]


def _after_sync(window: MainWindow) -> None:
    """Show what arrived: drop what the models cached (votes and cards from
    other laptops change tallies and labels), reload the overview and the open
    session."""
    window.ctx.voting.forget()
    window.ctx.board.forget()
    session_id = window.session_page.session_id
    window.home.reload()
    if session_id:
        window.open_session(session_id)


def open_sync(window: MainWindow) -> SyncDialog:
    dialog = SyncDialog(window.ctx, window)
    dialog.synced.connect(lambda _summary: _after_sync(window))
    dialog.conflictsRequested.connect(lambda: open_conflicts(window))
    dialog.open()
    return dialog


def open_conflicts(window: MainWindow) -> ConflictDialog:
    dialog = ConflictDialog(window.ctx, window)
    dialog.changed.connect(lambda: _after_sync(window))
    dialog.open()
    return dialog
