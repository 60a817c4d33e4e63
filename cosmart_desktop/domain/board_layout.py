"""Geometry of the clustering board, shared by the board service (placing
imported and carried cards, auto-arrange) and the board scene (drawing).

Cards have one size. A cluster lays out its cards in a grid, in rank order,
under a header; a collapsed cluster shows the header and a stack hint only.
Pure Python: no Qt, no database.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

CARD_W = 180.0
CARD_H = 100.0
GAP = 10.0
PAD = 12.0
HEADER_H = 44.0
STACK_H = 18.0
#: the free grid that new cards snap to (one card plus a gap)
SLOT_W = CARD_W + 2 * GAP
SLOT_H = CARD_H + 2 * GAP
#: distance between clusters laid out by auto-arrange
CLUSTER_GAP = 40.0

#: the sticky-note palette: stored value → German name (default "" is yellow)
PALETTE: dict[str, str] = {
    "": "Gelb",
    "#ffcc80": "Orange",
    "#f8bbd0": "Rosa",
    "#c5e1a5": "Grün",
    "#b3e5fc": "Blau",
    "#d1c4e9": "Lila",
    "#e0e0e0": "Grau",
    "#ffffff": "Weiß",
}
DEFAULT_CARD_COLOR = "#fff59d"
DEFAULT_CLUSTER_COLOR = "#eceff1"


@dataclass(frozen=True, slots=True)
class Rect:
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    def intersects(self, other: Rect) -> bool:
        return (
            self.x < other.right
            and other.x < self.right
            and self.y < other.bottom
            and other.y < self.bottom
        )

    def contains(self, px: float, py: float) -> bool:
        return self.x <= px <= self.right and self.y <= py <= self.bottom


def cluster_columns(count: int) -> int:
    """How many card columns a cluster with ``count`` cards uses."""
    if count <= 3:
        return 1
    if count <= 8:
        return 2
    if count <= 24:
        return 3
    return 4


def cluster_size(count: int, collapsed: bool = False) -> tuple[float, float]:
    """Width and height of a cluster holding ``count`` visible cards."""
    if collapsed:
        return CARD_W + 2 * PAD, HEADER_H + STACK_H + PAD
    cols = cluster_columns(count)
    rows = max(1, math.ceil(count / cols))
    width = cols * CARD_W + (cols - 1) * GAP + 2 * PAD
    height = HEADER_H + rows * CARD_H + (rows - 1) * GAP + PAD
    return width, height


def card_slot(index: int, count: int) -> tuple[float, float]:
    """Top-left of the ``index``-th card inside a cluster of ``count`` cards,
    relative to the cluster's top-left."""
    cols = cluster_columns(count)
    row, col = divmod(index, cols)
    return PAD + col * (CARD_W + GAP), HEADER_H + row * (CARD_H + GAP)


def slot_index_at(px: float, py: float, count: int) -> int:
    """The insertion index for a point relative to a cluster's top-left."""
    cols = cluster_columns(max(count, 1))
    col = min(cols - 1, max(0, int((px - PAD + GAP / 2) // (CARD_W + GAP))))
    row = max(0, int((py - HEADER_H + GAP / 2) // (CARD_H + GAP)))
    return max(0, min(count, row * cols + col))


def free_positions(
    occupied: Iterable[Rect], start: tuple[float, float], count: int, columns: int = 6
) -> list[tuple[float, float]]:
    """``count`` card positions on the free grid from ``start`` onwards (row by
    row, ``columns`` wide) that overlap nothing in ``occupied`` nor each other."""
    taken = list(occupied)
    out: list[tuple[float, float]] = []
    sx, sy = start
    index = 0
    guard = 0
    while len(out) < count:
        row, col = divmod(index, columns)
        x, y = sx + col * SLOT_W, sy + row * SLOT_H
        rect = Rect(x, y, CARD_W, CARD_H)
        if not any(rect.intersects(r) for r in taken):
            out.append((x, y))
            taken.append(rect)
        index += 1
        guard += 1
        if guard > 1_000_000:  # pragma: no cover - a grid always has room further down
            raise RuntimeError("no free slot found")
    return out


def shelf_pack(
    sizes: Sequence[tuple[float, float]],
    origin: tuple[float, float] = (0.0, 0.0),
    max_width: float | None = None,
    gap: float = CLUSTER_GAP,
) -> list[tuple[float, float]]:
    """Positions for boxes laid out in rows (shelves) no wider than ``max_width``
    (default: about a 16:10 board), keeping their order."""
    if not sizes:
        return []
    if max_width is None:
        area = sum((w + gap) * (h + gap) for w, h in sizes)
        widest = max(w for w, _ in sizes)
        max_width = max(widest, math.sqrt(area * 1.6))
    out: list[tuple[float, float]] = []
    x, y = origin
    shelf_h = 0.0
    for w, h in sizes:
        if x > origin[0] and x + w > origin[0] + max_width:
            x = origin[0]
            y += shelf_h + gap
            shelf_h = 0.0
        out.append((x, y))
        x += w + gap
        shelf_h = max(shelf_h, h)
    return out


def bounding(rects: Iterable[Rect]) -> Rect | None:
    """The smallest rectangle around ``rects`` (None if there are none)."""
    items = list(rects)
    if not items:
        return None
    left = min(r.x for r in items)
    top = min(r.y for r in items)
    right = max(r.right for r in items)
    bottom = max(r.bottom for r in items)
    return Rect(left, top, right - left, bottom - top)


#: width of a photo shown on the board (its height follows the aspect ratio)
PHOTO_W = 240.0


def photo_size(width: int, height: int) -> tuple[float, float]:
    """Size of a photo's thumbnail on the board."""
    if width <= 0 or height <= 0:
        return PHOTO_W, PHOTO_W * 0.75
    return PHOTO_W, max(40.0, PHOTO_W * height / width)
