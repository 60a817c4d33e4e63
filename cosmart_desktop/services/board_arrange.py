"""Auto-arrange of a phase's board: clusters in rows (their reading order
kept), cards renumbered inside them, loose cards in a grid below, photos
after them."""

from __future__ import annotations

from sqlalchemy.orm import Session as OrmSession

from ..domain.board_layout import (
    CARD_H,
    CLUSTER_GAP,
    SLOT_W,
    bounding,
    free_positions,
    photo_size,
    shelf_pack,
)
from .board_rows import load, read_board
from .board_state import Tracker, reading_order


def arrange_work(s: OrmSession, t: Tracker, phase_id: str) -> None:
    board = read_board(s, phase_id)
    box = bounding(board.occupied())
    ox, oy = (box.x, box.y) if box else (0.0, 0.0)
    rects = {k.id: board.cluster_rect(k) for k in board.clusters.values()}
    order = reading_order(rects.items(), band=CARD_H * 2)
    sizes = [(rects[k].w, rects[k].h) for k in order]
    spots = shelf_pack(sizes, (ox, oy))
    clusters = load(s, "cluster", order)
    members = load(s, "card", [m.id for k in order for m in board.members(k)])
    bottom = oy
    right = ox + 4 * SLOT_W
    for cid, (x, y), (w, h) in zip(order, spots, sizes, strict=True):
        t.set_many("cluster", clusters[cid], {"x": x, "y": y})
        bottom, right = max(bottom, y + h + CLUSTER_GAP), max(right, x + w)
        for rank, m in enumerate(board.members(cid)):
            t.set("card", members[m.id], "rank", float(rank))
    loose = {
        c.id: board.card_rect(c)
        for c in board.cards.values()
        if c.cluster_id is None and c.merged_into_id is None
    }
    loose_order = reading_order(loose.items())
    columns = max(4, int((right - ox) // SLOT_W))
    cards = load(s, "card", loose_order)
    spots = free_positions([], (ox, bottom), len(loose_order), columns)
    for cid, (x, y) in zip(loose_order, spots, strict=True):
        t.set_many("card", cards[cid], {"x": x, "y": y})
        bottom = max(bottom, y + CARD_H + CLUSTER_GAP)
    photos = [a for a in board.attachments.values() if a.cluster_id is None]
    psizes = [photo_size(a.width, a.height) for a in photos]
    rows = load(s, "attachment", [a.id for a in photos])
    for a, (x, y) in zip(photos, shelf_pack(psizes, (ox, bottom), right - ox), strict=True):
        t.set_many("attachment", rows[a.id], {"x": x, "y": y})
