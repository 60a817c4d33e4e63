"""Mouse gestures on the board as small objects (one per gesture), so the
view's event handlers only pick and forward: panning, dragging a selection
(with drop onto a card or into a cluster), and the rubber band, which is
QGraphicsView's own.

A drag only previews: items move on screen, the model is untouched until the
button is released; then one edit (or one macro) is pushed, and the scene
follows the model's answer. Escape, or a refused edit, puts everything back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QGraphicsItem

from .items import CardItem, ClusterItem, PhotoItem
from .scene import detach

if TYPE_CHECKING:
    from .editor import BoardEditor
    from .scene import BoardItem, BoardScene
    from .view import BoardView

LIFTED_Z = 1.0e7


class Interaction:
    """A gesture in progress; the view forwards mouse events until it ends."""

    def __init__(self, view: BoardView) -> None:
        self.view = view

    def mouse_move(self, event: QMouseEvent) -> None:  # pragma: no cover - overridden
        pass

    def mouse_release(self, event: QMouseEvent) -> None:
        self.end()

    def cancel(self) -> None:
        self.end()

    def end(self) -> None:
        self.view.end_interaction(self)


class PanInteraction(Interaction):
    """Middle button, or Space held with the left button: move the board."""

    def __init__(self, view: BoardView, start: QPoint) -> None:
        super().__init__(view)
        self._last = start
        view.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)

    def mouse_move(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        delta = pos - self._last
        self._last = pos
        h, v = self.view.horizontalScrollBar(), self.view.verticalScrollBar()
        h.setValue(h.value() - delta.x())
        v.setValue(v.value() - delta.y())
        self.view.note_move()

    def end(self) -> None:
        self.view.viewport().unsetCursor()
        super().end()


class DragInteraction(Interaction):
    """Drag the selection; drop onto a card or a cluster to cluster the cards."""

    def __init__(
        self,
        view: BoardView,
        editor: BoardEditor,
        items: list[BoardItem],
        press: QPoint,
    ) -> None:
        super().__init__(view)
        self.editor = editor
        self.items = _top_level(items)
        self._press = press
        self._start_scene = view.mapToScene(press)
        self._origin: dict[str, QPointF] = {}
        self.started = False
        self.target: BoardItem | None = None

    @property
    def scene(self) -> BoardScene:
        scene = self.view.board_scene
        assert scene is not None
        return scene

    def mouse_move(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        if not self.started:
            if (pos - self._press).manhattanLength() < QApplication.startDragDistance():
                return
            self._lift()
        delta = self.view.mapToScene(pos) - self._start_scene
        for item in self.items:
            item.setPos(self._origin[item.id] + delta)
        self._hint(self.view.mapToScene(pos))

    def _lift(self) -> None:
        """Take dragged cards out of their clusters for the preview."""
        self.started = True
        for item in self.items:
            self._origin[item.id] = item.scenePos()
            if item.parentItem() is not None:
                scene_pos = item.scenePos()
                detach(item)
                item.setPos(scene_pos)
            item.setZValue(LIFTED_Z)
        self.view.viewport().setCursor(Qt.CursorShape.DragMoveCursor)

    def _hint(self, scene_pos: QPointF) -> None:
        target = None
        if any(isinstance(i, CardItem) for i in self.items):
            found = self.scene.board_item_at(scene_pos, exclude=self.items)
            parent = found.parentItem() if isinstance(found, CardItem) else None
            if isinstance(parent, ClusterItem):
                found = parent  # inside a cluster the pointer picks the place
            if isinstance(found, CardItem | ClusterItem):
                target = found
        if target is not self.target:
            for item in (self.target, target):
                if item is not None:
                    item.drop_hint = item is target
                    item.update()
            self.target = target

    def mouse_release(self, event: QMouseEvent) -> None:
        self.view.viewport().unsetCursor()
        if not self.started:
            super().mouse_release(event)
            return
        self._hint(self.view.mapToScene(event.position().toPoint()))
        target = self.target
        cards = [i.id for i in self.items if isinstance(i, CardItem)]
        others = {
            i.id: (i.scenePos().x(), i.scenePos().y())
            for i in self.items
            if not isinstance(i, CardItem)
        }
        positions = {i.id: (i.scenePos().x(), i.scenePos().y()) for i in self.items}
        scene_pos = self.view.mapToScene(event.position().toPoint())
        super().mouse_release(event)
        if isinstance(target, ClusterItem):
            index = self.scene.insert_index(target, scene_pos, set(cards))
            self.editor.drop_into_cluster(target.id, cards, index, others)
        elif isinstance(target, CardItem):
            self.editor.drop_onto_card(target.id, cards, others)
        else:
            self.editor.move(positions)
        self.scene.restore(self.items)

    def cancel(self) -> None:
        self.view.viewport().unsetCursor()
        super().cancel()
        self.scene.restore(self.items)


def _top_level(items: list[BoardItem]) -> list[BoardItem]:
    """Leave out items whose cluster is dragged along anyway."""
    chosen = set(items)
    out = []
    for item in items:
        parent: QGraphicsItem | None = item.parentItem()
        if parent is not None and parent in chosen:
            continue
        if isinstance(item, CardItem | ClusterItem | PhotoItem):
            out.append(item)
    return out
