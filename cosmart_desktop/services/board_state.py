"""Values the board service hands out: card, cluster and photo rows as frozen
dataclasses, a phase's whole board, and ``Change`` — the forward and inverse
field patches of one edit, which undo and redo replay.

A *patch* maps ``(kind, id)`` to the fields to set; kinds are ``card``,
``cluster`` and ``attachment``. Creating a row is recorded as ``deleted: False``
forward and ``deleted: True`` inverse (rows are never hard-deleted), so every
edit, including creation and deletion, undoes and redoes as a patch.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..domain.board_layout import (
    CARD_H,
    CARD_W,
    Rect,
    card_slot,
    cluster_size,
    photo_size,
)

Key = tuple[str, str]
Patch = dict[Key, dict[str, Any]]
KINDS = ("card", "cluster", "attachment")


@dataclass(frozen=True, slots=True)
class CardInfo:
    id: str
    phase_id: str
    cluster_id: str | None
    text: str
    color: str
    x: float
    y: float
    z: float
    rank: float
    origin: str
    merged_into_id: str | None
    carried_from_id: str | None
    deleted: bool = False


@dataclass(frozen=True, slots=True)
class ClusterInfo:
    id: str
    phase_id: str
    label: str
    color: str
    x: float
    y: float
    z: float
    collapsed: bool
    carried_from_id: str | None
    deleted: bool = False


@dataclass(frozen=True, slots=True)
class AttachmentInfo:
    id: str
    phase_id: str
    cluster_id: str | None
    filename: str
    mime: str
    sha256: str
    width: int
    height: int
    caption: str
    x: float
    y: float
    deleted: bool = False


@dataclass(frozen=True, slots=True)
class ViewState:
    zoom: float
    center_x: float
    center_y: float


@dataclass(frozen=True, slots=True)
class NewCard:
    """A card to create; ``cluster`` names a cluster label to put it in."""

    text: str
    origin: str = "typed"
    color: str = ""
    cluster: str = ""


@dataclass
class Board:
    """One phase's live board (tombstoned rows left out)."""

    phase_id: str
    cards: dict[str, CardInfo] = field(default_factory=dict)
    clusters: dict[str, ClusterInfo] = field(default_factory=dict)
    attachments: dict[str, AttachmentInfo] = field(default_factory=dict)
    view: ViewState = ViewState(1.0, 0.0, 0.0)
    _members: dict[str, list[CardInfo]] | None = field(default=None, repr=False)
    _stacks: dict[str, list[CardInfo]] | None = field(default=None, repr=False)

    def put_card(self, card: CardInfo) -> None:
        """Replace or add a card (keeps the lookups up to date)."""
        self.cards[card.id] = card
        self.invalidate()

    def invalidate(self) -> None:
        """Call after changing ``cards`` directly."""
        self._members = self._stacks = None

    def _index(self) -> tuple[dict[str, list[CardInfo]], dict[str, list[CardInfo]]]:
        if self._members is None or self._stacks is None:
            members: dict[str, list[CardInfo]] = {}
            stacks: dict[str, list[CardInfo]] = {}
            for c in self.cards.values():
                if c.merged_into_id is not None:
                    stacks.setdefault(c.merged_into_id, []).append(c)
                elif c.cluster_id is not None:
                    members.setdefault(c.cluster_id, []).append(c)
            for group in (*members.values(), *stacks.values()):
                group.sort(key=lambda c: (c.rank, c.id))
            self._members, self._stacks = members, stacks
        return self._members, self._stacks

    # geometry ------------------------------------------------------------
    def members(self, cluster_id: str) -> list[CardInfo]:
        """The visible cards of a cluster in rank order (merged ones left out)."""
        return list(self._index()[0].get(cluster_id, ()))

    def merged_into(self, card_id: str) -> list[CardInfo]:
        """The duplicates stacked under a card."""
        return list(self._index()[1].get(card_id, ()))

    def cluster_rect(self, cluster: ClusterInfo, count: int | None = None) -> Rect:
        n = len(self.members(cluster.id)) if count is None else count
        w, h = cluster_size(n, cluster.collapsed)
        return Rect(cluster.x, cluster.y, w, h)

    def card_rect(self, card: CardInfo) -> Rect:
        """Where a visible card is on the board (inside its cluster if it has one)."""
        if card.cluster_id and card.cluster_id in self.clusters:
            cluster = self.clusters[card.cluster_id]
            members = self.members(cluster.id)
            index = next((i for i, m in enumerate(members) if m.id == card.id), 0)
            dx, dy = card_slot(index, len(members))
            return Rect(cluster.x + dx, cluster.y + dy, CARD_W, CARD_H)
        return Rect(card.x, card.y, CARD_W, CARD_H)

    def occupied(self) -> list[Rect]:
        """Rectangles of everything on the board (clusters, free cards, photos)."""
        counts: dict[str, int] = {}
        free: list[Rect] = []
        for c in self.cards.values():
            if c.merged_into_id is not None:
                continue
            if c.cluster_id:
                counts[c.cluster_id] = counts.get(c.cluster_id, 0) + 1
            else:
                free.append(Rect(c.x, c.y, CARD_W, CARD_H))
        rects = [self.cluster_rect(k, counts.get(k.id, 0)) for k in self.clusters.values()]
        for a in self.attachments.values():
            if a.cluster_id is None:
                w, h = photo_size(a.width, a.height)
                rects.append(Rect(a.x, a.y, w, h))
        return rects + free

    def top_z(self) -> float:
        values = [c.z for c in self.clusters.values()]
        values += [c.z for c in self.cards.values() if c.cluster_id is None]
        return max(values, default=0.0)


@dataclass
class Change:
    """What one edit did: replay ``forward`` to redo, ``inverse`` to undo."""

    forward: Patch = field(default_factory=dict)
    inverse: Patch = field(default_factory=dict)
    #: ids of rows the edit created, in the order asked for
    created: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.forward

    def affected(self) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {k: set() for k in KINDS}
        for kind, row_id in (*self.forward, *self.inverse):
            out[kind].add(row_id)
        return out

    def then(self, other: Change) -> Change:
        """This change followed by ``other`` as one change."""
        forward = {k: dict(v) for k, v in self.forward.items()}
        for key, values in other.forward.items():
            forward.setdefault(key, {}).update(values)
        inverse = {k: dict(v) for k, v in other.inverse.items()}
        for key, values in self.inverse.items():
            inverse.setdefault(key, {}).update(values)
        return Change(forward, inverse, [*self.created, *other.created])


class Tracker:
    """Sets fields on ORM rows and records forward and inverse values."""

    def __init__(self) -> None:
        self.change = Change()
        self._new: set[str] = set()

    def created(self, kind: str, row_id: str) -> None:
        self._new.add(row_id)
        self.change.created.append(row_id)
        self.change.forward[(kind, row_id)] = {"deleted": False}
        self.change.inverse[(kind, row_id)] = {"deleted": True}

    def set(self, kind: str, row: Any, name: str, value: Any) -> None:
        old = getattr(row, name)
        if row.id in self._new:
            if old != value:
                setattr(row, name, value)
            return
        if old == value and name not in self.change.forward.get((kind, row.id), {}):
            return
        inverse = self.change.inverse.setdefault((kind, row.id), {})
        inverse.setdefault(name, old)
        self.change.forward.setdefault((kind, row.id), {})[name] = value
        if old != value:
            setattr(row, name, value)

    def set_many(self, kind: str, row: Any, values: Mapping[str, Any]) -> None:
        for name, value in values.items():
            self.set(kind, row, name, value)


def reading_order(rects: Iterable[tuple[str, Rect]], band: float = CARD_H) -> list[str]:
    """Ids sorted top to bottom, then left to right, in bands of ``band``."""
    return [
        row_id for row_id, _ in sorted(rects, key=lambda item: (round(item[1].y / band), item[1].x))
    ]


def matches(board: Board, query: str) -> list[str]:
    """Ids of visible cards whose text (or a duplicate stacked under them, or
    their cluster's name) contains every word of ``query``, ignoring case."""
    words = query.casefold().split()
    if not words:
        return []
    labels = {k.id: k.label.casefold() for k in board.clusters.values()}
    stacked: dict[str, list[str]] = {}
    for c in board.cards.values():
        if c.merged_into_id:
            stacked.setdefault(c.merged_into_id, []).append(c.text.casefold())
    out = []
    for c in board.cards.values():
        if c.merged_into_id:
            continue
        hay = " ".join(
            [c.text.casefold(), labels.get(c.cluster_id or "", ""), *stacked.get(c.id, [])]
        )
        if all(w in hay for w in words):
            out.append(c.id)
    return out
