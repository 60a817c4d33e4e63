"""Random sequences of board edits through the board model, the editor and a
real QUndoStack: undoing everything gives back the original stored board,
redoing everything the final one, and reopening the database shows exactly
what the model held. Refused edits change nothing."""

from __future__ import annotations

import tempfile
from pathlib import Path

from helpers.board import dump, fill_board, make_session
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QUndoStack

from cosmart_desktop.domain.board_layout import PALETTE
from cosmart_desktop.services.board import BoardService
from cosmart_desktop.storage.workspace import open_workspace
from cosmart_desktop.ui.board.editor import BoardEditor
from cosmart_desktop.ui.board.model import BoardModel

OPS = [
    "add",
    "move",
    "group",
    "ungroup",
    "merge",
    "split",
    "delete",
    "color",
    "collapse",
    "rename",
    "edit",
    "place",
    "drop_on_card",
    "carry",
    "arrange",
    "nudge",
]
TEXTS = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    min_size=1,
    max_size=40,
).filter(lambda t: t.strip() != "")


def _some(data, items: list[str], low: int = 1, high: int = 4) -> list[str]:
    if len(items) < low:
        return []
    return data.draw(st.lists(st.sampled_from(items), min_size=low, max_size=high, unique=True))


def _step(data, op: str, editor: BoardEditor, model: BoardModel, phases: list[str]) -> None:
    phase = phases[1]
    board = model.board(phase)
    visible = [c.id for c in board.cards.values() if c.merged_into_id is None]
    loose = [
        c.id for c in board.cards.values() if c.cluster_id is None and c.merged_into_id is None
    ]
    clusters = list(board.clusters)
    coord = st.floats(min_value=-3000, max_value=3000, allow_nan=False, allow_infinity=False)
    if op == "add":
        texts = data.draw(st.lists(TEXTS, min_size=1, max_size=3))
        target = data.draw(st.sampled_from([None, *clusters]))
        at = None if target else (data.draw(coord), data.draw(coord))
        editor.add_cards(
            phase,
            texts,
            data.draw(st.sampled_from(["typed", "transcribed"])),
            at=at,
            cluster_id=target,
        )
    elif op == "move":
        ids = _some(data, visible + clusters)
        if ids:
            editor.move({i: (data.draw(coord), data.draw(coord)) for i in ids})
    elif op == "nudge" and (loose or clusters):
        row = data.draw(st.sampled_from(loose + clusters))
        info = board.cards.get(row) or board.clusters[row]
        editor.nudge({row: (info.x + 20, info.y)})
    elif op == "group":
        ids = _some(data, visible + clusters)
        if ids:
            editor.group(ids)
    elif op == "ungroup" and clusters:
        editor.ungroup(_some(data, clusters, 1, 2))
    elif op == "merge":
        ids = _some(data, visible, 2, 3)
        if ids:
            editor.merge(ids)
    elif op == "split":
        stacked = sorted({c.merged_into_id for c in board.cards.values() if c.merged_into_id})
        if stacked:
            editor.split(data.draw(st.sampled_from(stacked)))
    elif op == "delete":
        ids = _some(data, list(board.cards) + clusters, 1, 3)
        if ids:
            editor.delete(ids)
    elif op == "color":
        ids = _some(data, visible + clusters)
        if ids:
            editor.color(ids, data.draw(st.sampled_from(list(PALETTE))), "x")
    elif op == "collapse" and clusters:
        editor.set_collapsed(_some(data, clusters, 1, 2), data.draw(st.booleans()))
    elif op == "rename" and clusters:
        editor.rename_cluster(data.draw(st.sampled_from(clusters)), data.draw(TEXTS))
    elif op == "edit" and visible:
        editor.edit_card(data.draw(st.sampled_from(visible)), data.draw(TEXTS))
    elif op == "place" and clusters and visible:
        editor.drop_into_cluster(
            data.draw(st.sampled_from(clusters)),
            _some(data, visible, 1, 3),
            data.draw(st.integers(0, 5)),
            {},
        )
    elif op == "drop_on_card" and len(visible) >= 2:
        target, *cards = _some(data, visible, 2, 3)
        editor.drop_onto_card(target, cards, {})
    elif op == "carry":
        ids = _some(data, visible + clusters, 1, 3)
        if ids:
            editor.carry_forward(ids, phases[2], "Utopie")
    elif op == "arrange":
        editor.arrange(phase)


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data(), ops=st.lists(st.sampled_from(OPS), min_size=1, max_size=12))
def test_random_edits_undo_redo_and_reopen(qapp, data, ops) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "board.sqlite"
        ws = open_workspace(path)
        try:
            _session, phases = make_session(ws)
            fill_board(ws, phases[1])
            model = BoardModel(BoardService(ws))
            stack = QUndoStack()
            editor = BoardEditor(model, lambda: stack)
            refusals: list[str] = []
            editor.failed.connect(refusals.append)
            original = dump(ws)
            for op in ops:
                before, refused, count = dump(ws), len(refusals), stack.count()
                _step(data, op, editor, model, phases)
                if len(refusals) > refused:
                    assert dump(ws) == before, f"refused {op} changed the board: {refusals[-1]}"
                    event(f"{op}: refused")
                else:
                    event(f"{op}: {'stored' if stack.count() > count else 'nothing to do'}")
            final = dump(ws)
            for phase in phases[1:3]:  # the model's cache equals what is stored
                fresh = BoardService(ws).board(phase)
                cached = model.board(phase)
                assert (cached.cards, cached.clusters) == (fresh.cards, fresh.clusters)
            steps = stack.count()
            for _ in range(steps):
                stack.undo()
            assert dump(ws) == original
            for _ in range(steps):
                stack.redo()
            assert dump(ws) == final
            stack.clear()
        finally:
            ws.close()
        with open_workspace(path) as again:
            assert dump(again) == final
