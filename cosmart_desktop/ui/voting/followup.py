"""Handing vote results on: the top cards or clusters are carried into another
phase (board service), or turned into draft Steckbriefe (Steckbrief service).
Both are one undo step each."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack

from ...domain.errors import Refused
from ..commands import run_undoable
from ..context import AppContext
from ..i18n import tr


def carry_forward(
    ctx: AppContext,
    stack: QUndoStack | None,
    round_id: str,
    option_ids: list[str],
    phase_id: str,
) -> int:
    """Copy the cards / clusters behind the options into ``phase_id``; returns
    how many were carried."""
    options = {o.id: o for o in ctx.voting.options(round_id)}
    sources = [
        options[o].target_id
        for o in option_ids
        if o in options and options[o].kind in ("card", "cluster") and options[o].target_id
    ]
    if not sources:
        raise Refused("only cards and clusters can be carried into another phase")
    ids: list[str] = [s for s in sources if s is not None]
    board = ctx.board  # through the board's Qt model, so open boards redraw
    change, _new = board.carry_forward_change(ids, phase_id)
    apply = board.apply
    run_undoable(
        stack,
        tr("{0} Element(e) in die nächste Phase übernehmen").format(len(ids)),
        lambda: None,
        lambda: apply(change.inverse),
        lambda: apply(change.forward),
    )
    return len(ids)


def make_steckbriefe(
    ctx: AppContext, stack: QUndoStack | None, round_id: str, option_ids: list[str]
) -> list[str]:
    """One draft Steckbrief per option (not the Passivlösung), its origin the
    vote option (and with it the card or cluster). Returns the new ids."""
    info = ctx.voting.round_info(round_id)
    event_id = ctx.workshops.session_info(info.session_id).event_id
    options = {o.id: o for o in ctx.voting.options(round_id)}
    chosen = [options[o] for o in option_ids if o in options and options[o].kind != "passive"]
    if not chosen:
        raise Refused("choose at least one option to turn into a Steckbrief")
    model = ctx.steckbriefe  # through the Steckbrief model, so its lists refresh
    made: list[str] = []

    def create() -> None:
        for option in chosen:
            made.append(
                model.create(
                    info.session_id, event_id, title=option.label, origin_option_id=option.id
                )
            )

    def set_deleted(deleted: bool) -> None:
        for steckbrief_id in made:
            model.update(steckbrief_id, deleted=deleted)

    run_undoable(
        stack,
        tr("{0} Steckbrief(e) aus der Abstimmung anlegen").format(len(chosen)),
        create,
        lambda: set_deleted(True),
        lambda: set_deleted(False),
    )
    return made
