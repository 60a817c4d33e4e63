"""The board scene: a projection of one phase's board in the ``BoardModel``.

Model signals add, update and remove items; the scene never edits the model.
Interactions (ui.board.interactions) may move items for a drag preview; when
the drag ends they ask the editor for a command, and the model's answer puts
every item back where the stored data says. ``interactive=False`` makes a
read-only scene (the presenter's copy on the projector).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QPointF, QRectF, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from ...domain.board_layout import (
    CARD_H,
    CARD_W,
    DEFAULT_CARD_COLOR,
    Rect,
    card_slot,
    slot_index_at,
)
from ...services.board_state import AttachmentInfo, Board, CardInfo, ClusterInfo, reading_order
from .items import CardItem, ClusterItem, PhotoItem
from .model import BoardModel

BoardItem = CardItem | ClusterItem | PhotoItem
MARGIN = 1500.0
DIMMED = 0.22


class BoardScene(QGraphicsScene):
    #: emitted after the scene followed a model change
    synced = Signal()

    def __init__(
        self,
        model: BoardModel,
        phase_id: str,
        interactive: bool = True,
        parent: object | None = None,
    ) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.model = model
        self.phase_id = phase_id
        self.interactive = interactive
        self.cards: dict[str, CardItem] = {}
        self.clusters: dict[str, ClusterItem] = {}
        self.photos: dict[str, PhotoItem] = {}
        self._filter: set[str] | None = None
        #: zoomed far out: cards inside clusters are drawn by their cluster as tiles
        self.far = False
        self.setBackgroundBrush(QColor("#f5f3ee"))
        self._build()
        model.clustersChanged.connect(self._clusters_changed)
        model.clustersRemoved.connect(self._clusters_removed)
        model.cardsChanged.connect(self._cards_changed)
        model.cardsRemoved.connect(self._cards_removed)
        model.photosChanged.connect(self._photos_changed)
        model.photosRemoved.connect(self._photos_removed)

    @property
    def board(self) -> Board:
        return self.model.board(self.phase_id)

    # building ----------------------------------------------------------------
    def _build(self) -> None:
        board = self.board
        index = self.itemIndexMethod()
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        for k in board.clusters.values():
            item = ClusterItem(k, self.interactive)
            item.set_far(self.far)
            self.clusters[k.id] = item
            self.addItem(item)
        for c in board.cards.values():
            card = CardItem(c, self.interactive)
            self.cards[c.id] = card
            self.addItem(card)
        for a in board.attachments.values():
            self._add_photo(a)
        self._sync_all()
        self.setItemIndexMethod(index)

    def _add_photo(self, info: AttachmentInfo) -> None:
        item = PhotoItem(info, self.model.photo_bytes(info.id), self.interactive)
        self.photos[info.id] = item
        self.addItem(item)

    def _sync_all(self) -> None:
        self._sync(self.clusters.keys(), self.cards.keys(), self.photos.keys())

    def _sync(
        self, cluster_ids: Iterable[str], card_ids: Iterable[str], photo_ids: Iterable[str] = ()
    ) -> None:
        """Put the named items (and everything their change affects) where the
        model says: cluster membership, order, size, stacking and visibility."""
        board = self.board
        clusters = set(cluster_ids)
        cards = set(card_ids)
        for cid in list(cards):
            item = self.cards.get(cid)
            for ref in (item.info if item else None, board.cards.get(cid)):
                if ref is not None and ref.cluster_id:
                    clusters.add(ref.cluster_id)
                if ref is not None and ref.merged_into_id:
                    cards.add(ref.merged_into_id)
        for aid in photo_ids:
            photo = board.attachments.get(aid)
            if photo is not None and photo.cluster_id:
                clusters.add(photo.cluster_id)
        for kid in clusters:
            cards.update(self._sync_cluster(board, kid))
        for cid in cards:
            self._sync_card(board, cid)
        for aid in photo_ids:
            self._sync_photo(board, aid)
        self._apply_filter()
        self._grow()
        self.synced.emit()

    def _sync_cluster(self, board: Board, cluster_id: str) -> list[str]:
        """Lay out a cluster and its cards; returns its card ids."""
        item = self.clusters.get(cluster_id)
        info = board.clusters.get(cluster_id)
        if item is None or info is None:
            return []
        members = board.members(cluster_id)
        count = len(members)
        photos = sorted(
            (a for a in board.attachments.values() if a.cluster_id == cluster_id),
            key=lambda p: p.id,
        )
        item.set_info(info, count, len(photos))
        item.setPos(info.x, info.y)
        item.setZValue(info.z)
        for index, member in enumerate(members):
            card = self.cards.get(member.id)
            if card is None:
                continue
            if card.parentItem() is not item:
                card.setParentItem(item)
            card.setPos(*card_slot(index, count))
            card.setZValue(0.0)
            card.setVisible(not info.collapsed and not self.far)
        self._tiles(item, members)
        for n, a in enumerate(photos):
            photo_item = self.photos.get(a.id)
            if photo_item is not None:
                photo_item.set_info(a)
                if photo_item.parentItem() is not item:
                    photo_item.setParentItem(item)
                photo_item.setPos(item.body().width() - 52.0 * (n + 1), -38.0)  # pinned on top
                photo_item.setZValue(1.0)
        return [m.id for m in members]

    def _tiles(self, item: ClusterItem, members: list[CardInfo]) -> None:
        if item.info.collapsed:
            item.set_tiles([])
            return
        keep = self._filter
        tiles = []
        for index, member in enumerate(members):
            x, y = card_slot(index, len(members))
            color = QColor(member.color or DEFAULT_CARD_COLOR)
            if keep is not None and member.id not in keep:
                color.setAlphaF(DIMMED)
            tiles.append((QRectF(x, y, CARD_W, CARD_H), color))
        item.set_tiles(tiles)

    def set_far(self, far: bool) -> None:
        """Zoomed far out (the view calls this): clusters draw their cards as
        tiles and show their names large; close in, the card items are shown."""
        if far == self.far:
            return
        self.far = far
        for item in self.clusters.values():
            item.set_far(far)
            for child in item.childItems():
                if isinstance(child, CardItem):
                    child.setVisible(not far and not item.info.collapsed)

    def _sync_card(self, board: Board, card_id: str) -> None:
        card = self.cards.get(card_id)
        info = board.cards.get(card_id)
        if card is None or info is None:
            return
        card.set_info(info, [c.text for c in board.merged_into(card_id)])
        cluster = self.clusters.get(info.cluster_id or "")
        card.cluster_label = cluster.info.label if cluster else ""
        if info.merged_into_id is not None:
            card.setVisible(False)
            card.setSelected(False)
            return
        if cluster is None:
            if card.parentItem() is not None:
                detach(card)
            card.setPos(info.x, info.y)
            card.setZValue(info.z)
            card.setVisible(True)

    def _sync_photo(self, board: Board, photo_id: str) -> None:
        item = self.photos.get(photo_id)
        info = board.attachments.get(photo_id)
        if item is None or info is None:
            return
        item.set_info(info)
        if info.cluster_id is None:
            if item.parentItem() is not None:
                detach(item)
            item.setPos(info.x, info.y)
            item.setZValue(0.5)

    def _grow(self) -> None:
        box = self.itemsBoundingRect()
        if box.isNull():
            box = QRectF(0, 0, 800, 600)
        self.setSceneRect(box.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN))

    # model signals ----------------------------------------------------------------
    def _clusters_changed(self, phase_id: str, infos: list[ClusterInfo]) -> None:
        if phase_id != self.phase_id:
            return
        for k in infos:
            if k.id not in self.clusters:
                item = ClusterItem(k, self.interactive)
                item.set_far(self.far)
                self.clusters[k.id] = item
                self.addItem(item)
        self._sync([k.id for k in infos], [])

    def _clusters_removed(self, phase_id: str, ids: list[str]) -> None:
        if phase_id != self.phase_id:
            return
        for kid in ids:
            item = self.clusters.pop(kid, None)
            if item is None:
                continue
            for child in item.childItems():  # cards were moved out or removed already
                detach(child)
            self.removeItem(item)
        self._sync([], [])

    def _cards_changed(self, phase_id: str, infos: list[CardInfo]) -> None:
        if phase_id != self.phase_id:
            return
        previous: list[str] = []
        for c in infos:
            item = self.cards.get(c.id)
            if item is None:
                item = CardItem(c, self.interactive)
                self.cards[c.id] = item
                self.addItem(item)
            else:
                previous += [x for x in (item.info.cluster_id, item.info.merged_into_id) if x]
        self._sync(
            [p for p in previous if p in self.clusters],
            [c.id for c in infos] + [p for p in previous if p in self.cards],
        )

    def _cards_removed(self, phase_id: str, ids: list[str]) -> None:
        if phase_id != self.phase_id:
            return
        touched_clusters: list[str] = []
        touched_cards: list[str] = []
        for cid in ids:
            item = self.cards.pop(cid, None)
            if item is None:
                continue
            if item.info.cluster_id:
                touched_clusters.append(item.info.cluster_id)
            if item.info.merged_into_id:
                touched_cards.append(item.info.merged_into_id)
            detach(item)
            self.removeItem(item)
        self._sync([k for k in touched_clusters if k in self.clusters], touched_cards)

    def _photos_changed(self, phase_id: str, infos: list[AttachmentInfo]) -> None:
        if phase_id != self.phase_id:
            return
        old = [self.photos[a.id].info.cluster_id for a in infos if a.id in self.photos]
        for a in infos:
            if a.id not in self.photos:
                self._add_photo(a)
        self._sync([k for k in old if k and k in self.clusters], [], [a.id for a in infos])

    def _photos_removed(self, phase_id: str, ids: list[str]) -> None:
        if phase_id != self.phase_id:
            return
        touched = []
        for aid in ids:
            item = self.photos.pop(aid, None)
            if item is not None:
                touched.append(item.info.cluster_id)
                detach(item)
                self.removeItem(item)
        self._sync([k for k in touched if k and k in self.clusters], [])

    # queries used by the view and the interactions ------------------------------------
    def item_for(self, row_id: str) -> BoardItem | None:
        return self.cards.get(row_id) or self.clusters.get(row_id) or self.photos.get(row_id)

    def board_item_at(
        self, pos: QPointF, exclude: Iterable[QGraphicsItem] = ()
    ) -> BoardItem | None:
        """The topmost card, cluster or photo under a scene point."""
        skip = set(exclude)
        for item in self.items(pos):
            if isinstance(item, CardItem | ClusterItem | PhotoItem) and item.isVisible():
                if item in skip or any(p in skip for p in _ancestors(item)):
                    continue
                return item
        return None

    def selected_ids(self) -> list[str]:
        """Selected cards, clusters and photos, in reading order."""
        rects = []
        for item in self.selectedItems():
            if isinstance(item, CardItem | ClusterItem | PhotoItem):
                r = item.sceneBoundingRect()
                rects.append((item.id, Rect(r.x(), r.y(), r.width(), r.height())))
        return reading_order(rects)

    def ordered_items(self) -> list[BoardItem]:
        """Every visible card, cluster and photo in keyboard order: clusters and
        loose cards top to bottom, left to right; a cluster's cards follow it."""
        top: list[tuple[str, Rect]] = []
        everything: list[BoardItem] = [*self.clusters.values(), *self.cards.values()]
        everything += self.photos.values()
        for each in everything:
            if each.parentItem() is None and each.isVisible():
                r = each.sceneBoundingRect()
                top.append((each.id, Rect(r.x(), r.y(), r.width(), r.height())))
        out: list[BoardItem] = []
        for row_id in reading_order(top):
            found = self.item_for(row_id)
            if found is None:
                continue
            out.append(found)
            if isinstance(found, ClusterItem) and not found.info.collapsed:
                out += [self.cards[m.id] for m in self.board.members(row_id) if m.id in self.cards]
        return out

    def insert_index(self, cluster: ClusterItem, scene_pos: QPointF, moving: set[str]) -> int:
        """Where cards dropped at ``scene_pos`` go in the cluster's order."""
        local = cluster.mapFromScene(scene_pos)
        staying = [m for m in self.board.members(cluster.id) if m.id not in moving]
        return slot_index_at(local.x() - CARD_W / 2 + 1, local.y() - CARD_H / 2 + 1, len(staying))

    def content_rect(self) -> QRectF:
        box = self.itemsBoundingRect()
        return box if not box.isNull() else QRectF(0, 0, 800, 600)

    # search filter ---------------------------------------------------------------------
    def set_filter(self, ids: Iterable[str] | None) -> None:
        """Dim every card not in ``ids`` (None shows all plainly)."""
        self._filter = None if ids is None else set(ids)
        self._apply_filter()

    def _apply_filter(self) -> None:
        keep = self._filter
        for cid, item in self.cards.items():
            opacity = 1.0 if keep is None or cid in keep else DIMMED
            if item.opacity() != opacity:
                item.setOpacity(opacity)
        board = self.board
        for kid, cluster in self.clusters.items():
            self._tiles(cluster, board.members(kid))

    # drag preview ---------------------------------------------------------------------------
    def restore(self, items: Iterable[BoardItem] | None = None) -> None:
        """Undo a drag preview: the items (all if None) back where the model has them."""
        everything: list[BoardItem] = [*self.cards.values(), *self.clusters.values()]
        everything += self.photos.values()
        for each in everything:
            if each.drop_hint:
                each.drop_hint = False
                each.update()
        if items is None:
            self._sync_all()
            return
        chosen = list(items)
        self._sync(
            [i.id for i in chosen if isinstance(i, ClusterItem) and i.id in self.clusters],
            [i.id for i in chosen if isinstance(i, CardItem) and i.id in self.cards],
            [i.id for i in chosen if isinstance(i, PhotoItem) and i.id in self.photos],
        )


def detach(item: QGraphicsItem) -> None:
    """Make an item top-level again (it stays in the scene)."""
    item.setParentItem(None)  # type: ignore[arg-type]  # Qt takes a null parent


def _ancestors(item: QGraphicsItem) -> list[QGraphicsItem]:
    out = []
    parent = item.parentItem()
    while parent is not None:
        out.append(parent)
        parent = parent.parentItem()
    return out
