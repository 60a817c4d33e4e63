"""The board view: zoom (wheel, Ctrl+plus/minus, fit), pan (middle button or
Space-drag), selection (click, Ctrl+click, rubber band, Ctrl+A), keyboard
focus and moves, inline editing. Mouse gestures are delegated to interaction
objects; edits go through the ``BoardEditor``. Without an editor the view is
read-only (the presenter's).

Keyboard: Tab / Shift+Tab focus the next / previous card or cluster (and
select it); Ctrl+Tab moves the focus without changing the selection; Space
toggles the focused item in the selection; arrow keys move the selection
(Shift: further) or, inside a cluster, move a card up and down its order;
Enter or F2 edits; Escape cancels a drag or clears the selection.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPixmapCache,
    QResizeEvent,
    QShowEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsItem, QGraphicsView, QWidget

from ...domain.board_layout import CARD_H, CARD_W, HEADER_H, PAD
from ...services.board_state import ViewState
from ..i18n import tr
from .editing import INLINE_MAX, InlineEditor, LongTextDialog
from .editor import BoardEditor
from .interactions import DragInteraction, Interaction, PanInteraction
from .items import TEXT_LOD, CardItem, ClusterItem, PhotoItem
from .scene import BoardItem, BoardScene

ZOOM_MIN, ZOOM_MAX, ZOOM_STEP = 0.04, 4.0, 1.25
NUDGE, NUDGE_FAR = 20.0, 100.0
PIXMAP_CACHE_KB = 64 * 1024


class BoardView(QGraphicsView):
    zoomChanged = Signal(float)
    #: zoom or scroll position changed (the tab saves the view state)
    viewMoved = Signal()
    #: an item asks to be shown big (a photo was double-clicked)
    photoRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None, editor: BoardEditor | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.board_scene: BoardScene | None = None
        self.interaction: Interaction | None = None
        self.inline: InlineEditor | None = None
        self._space = False
        self._space_used = False
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing
            | QPainter.RenderHint.TextAntialiasing
            | QPainter.RenderHint.SmoothPixmapTransform
        )
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing)
        if editor is not None:
            self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
            self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(tr("Pinnwand"))
        # items cache their painting; let a screenful of large clusters fit
        QPixmapCache.setCacheLimit(max(QPixmapCache.cacheLimit(), PIXMAP_CACHE_KB))
        self._moved = QTimer(self)
        self._moved.setSingleShot(True)
        self._moved.setInterval(0)
        self._moved.timeout.connect(self.viewMoved.emit)
        # only navigation counts (not a scene that grew or a window resized)
        self.horizontalScrollBar().actionTriggered.connect(lambda _a: self.note_move())
        self.verticalScrollBar().actionTriggered.connect(lambda _a: self.note_move())
        #: a view state to show once the view has its real size (None: fit all)
        self._pending: tuple[ViewState | None] | None = None
        self._restoring = False

    def note_move(self) -> None:
        """The person moved the view (zoom, pan, jump): the tab stores it."""
        if not self._restoring:
            self._moved.start()

    def show_state(self, state: ViewState | None) -> None:
        """Show a stored zoom and centre (None: fit everything) — at once if the
        view is on screen, else as soon as it is (a hidden view has no size)."""
        self._pending = (state,)
        if self.isVisible() and self.viewport().width() > 50:
            self._apply_pending()

    def _apply_pending(self) -> None:
        if self._pending is None:
            return
        (state,) = self._pending
        self._pending = None
        self._restoring = True
        try:
            if state is None:
                self.fit_all()
            else:
                self.restore_view(state)
        finally:
            self._restoring = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._pending is not None:
            QTimer.singleShot(0, self._apply_pending)

    def resizeEvent(self, event: QResizeEvent) -> None:
        restoring, self._restoring = self._restoring, True  # layout, not navigation
        try:
            super().resizeEvent(event)
        finally:
            self._restoring = restoring
        if self._pending is not None and self.isVisible():
            QTimer.singleShot(0, self._apply_pending)

    # scene ------------------------------------------------------------------
    def set_board_scene(self, scene: BoardScene | None) -> None:
        self.close_inline(commit=True)
        if self.interaction is not None:
            self.interaction.cancel()
        old = self.board_scene
        if old is not None:
            old.focusItemChanged.disconnect(self._focus_changed)
            old.synced.disconnect(self._describe_focus)
        self.board_scene = scene
        self.setScene(scene)
        if scene is not None:
            scene.focusItemChanged.connect(self._focus_changed)
            scene.synced.connect(self._describe_focus)
            scene.set_far(self.zoom() < TEXT_LOD)
        self.setAccessibleDescription("")

    # zoom and position ----------------------------------------------------------
    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, zoom: float, anchor: QPoint | None = None) -> None:
        """Zoom so that the scene point under ``anchor`` (default: the centre) stays put."""
        zoom = max(ZOOM_MIN, min(ZOOM_MAX, zoom))
        point = anchor if anchor is not None else self.viewport().rect().center()
        before = self.mapToScene(point)
        self.setTransform(QTransform.fromScale(zoom, zoom))
        if self.board_scene is not None:
            self.board_scene.set_far(zoom < TEXT_LOD)
        after = self.mapToScene(point)
        self.centerOn(self.center() - (after - before))
        self.zoomChanged.emit(zoom)
        self.note_move()

    def zoom_by(self, factor: float, anchor: QPoint | None = None) -> None:
        self.set_zoom(self.zoom() * factor, anchor)

    def center(self) -> QPointF:
        return self.mapToScene(self.viewport().rect().center())

    def fit_all(self) -> None:
        if self.board_scene is None:
            return
        box = self.board_scene.content_rect().adjusted(-40, -40, 40, 40)
        vp = self.viewport().rect()
        zoom = min(vp.width() / max(box.width(), 1.0), vp.height() / max(box.height(), 1.0))
        self.set_zoom(min(zoom, 1.5))
        self.centerOn(box.center())
        self.note_move()

    def restore_view(self, state: ViewState) -> None:
        self.set_zoom(state.zoom)
        self.centerOn(QPointF(state.center_x, state.center_y))

    def visible_top_left(self) -> tuple[float, float]:
        """A point inside the visible part of the board, for new cards."""
        top_left = self.mapToScene(QPoint(24, 24))
        return top_left.x(), top_left.y()

    # mouse ---------------------------------------------------------------------
    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            super().wheelEvent(event)
            return
        steps = event.angleDelta().y() / 120.0
        if steps:
            self.zoom_by(ZOOM_STEP**steps, event.position().toPoint())
        event.accept()

    def _in_inline(self, event: QMouseEvent) -> bool:
        """The press is inside the open inline editor (caret, selection)."""
        return self.inline is not None and self.inline.sceneBoundingRect().contains(
            self.mapToScene(event.position().toPoint())
        )

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        button = event.button()
        if self.interaction is not None:
            event.accept()
            return
        if self._in_inline(event):
            super().mousePressEvent(event)
            return
        if button == Qt.MouseButton.MiddleButton or (
            button == Qt.MouseButton.LeftButton and (self._space or self.editor is None)
        ):
            self._space_used = True
            self.interaction = PanInteraction(self, pos)
            event.accept()
            return
        scene = self.board_scene
        if scene is None or self.editor is None or button != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        if not self.hasFocus() and self.inline is None:
            self.setFocus(Qt.FocusReason.MouseFocusReason)  # keys go to the board now
        self.close_inline(commit=True)
        scene_pos = self.mapToScene(pos)
        item = scene.board_item_at(scene_pos)
        if item is None:
            super().mousePressEvent(event)  # rubber band (Ctrl keeps the selection)
            return
        if isinstance(item, ClusterItem) and item.toggle_rect().contains(
            item.mapFromScene(scene_pos)
        ):
            self.editor.set_collapsed([item.id], not item.info.collapsed)
            event.accept()
            return
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            item.setSelected(not item.isSelected())
            item.setFocus(Qt.FocusReason.MouseFocusReason)
            event.accept()
            return
        if not item.isSelected():
            scene.clearSelection()
            item.setSelected(True)
        item.setFocus(Qt.FocusReason.MouseFocusReason)
        chosen = [
            i for i in scene.selectedItems() if isinstance(i, CardItem | ClusterItem | PhotoItem)
        ]
        self.interaction = DragInteraction(self, self.editor, chosen, pos)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self.interaction is not None:
            self.interaction.mouse_move(event)
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.interaction is not None:
            self.interaction.mouse_release(event)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        """Double-click: edit a card or cluster name; on empty board, a new cluster."""
        scene = self.board_scene
        if self._in_inline(event):
            super().mouseDoubleClickEvent(event)
            return
        if scene is None or self.editor is None:
            return
        item = scene.board_item_at(self.mapToScene(event.position().toPoint()))
        if item is None:
            self.editor.add_cluster(
                scene.phase_id, _point(self.mapToScene(event.position().toPoint()))
            )
        else:
            self.edit_item(item)
        event.accept()

    def end_interaction(self, interaction: Interaction) -> None:
        if self.interaction is interaction:
            self.interaction = None

    # keyboard ---------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.inline is not None:  # typing goes to the inline editor
            super().keyPressEvent(event)
            return
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        if key == Qt.Key.Key_Space and not ctrl:
            if not event.isAutoRepeat():
                self._space, self._space_used = True, False
                self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            event.accept()
            return
        if key == Qt.Key.Key_Escape:
            if self.interaction is not None:
                self.interaction.cancel()
            elif self.board_scene is not None:
                self.board_scene.clearSelection()
            event.accept()
            return
        if ctrl and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(ZOOM_STEP)
        elif ctrl and key == Qt.Key.Key_Minus:
            self.zoom_by(1 / ZOOM_STEP)
        elif ctrl and key == Qt.Key.Key_0:
            self.fit_all()
        elif ctrl and key == Qt.Key.Key_1:
            self.set_zoom(1.0)
        elif ctrl and key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            self.focus_step(key == Qt.Key.Key_Tab, select=False)
        elif self.editor is not None and key in _ARROWS:
            self.nudge(*_ARROWS[Qt.Key(key)], far=bool(mods & Qt.KeyboardModifier.ShiftModifier))
        elif self.editor is not None and key in (
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
            Qt.Key.Key_F2,
        ):
            item = self._focused()
            if item is not None:
                self.edit_item(item)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if self.inline is None and event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = False
            if self.interaction is None:
                self.viewport().unsetCursor()
            if not self._space_used:
                item = self._focused()
                if item is not None and self.editor is not None:
                    item.setSelected(not item.isSelected())
            event.accept()
            return
        super().keyReleaseEvent(event)

    def focusNextPrevChild(self, forward: bool) -> bool:
        if self.inline is None and self.focus_step(forward, select=True):
            return True
        return QWidget.focusNextPrevChild(self, forward)

    def focus_step(self, forward: bool, *, select: bool) -> bool:
        """Focus the next / previous item in reading order; False at the end."""
        scene = self.board_scene
        if scene is None:
            return False
        order = scene.ordered_items()
        if not order:
            return False
        current = self._focused()
        if current is None:
            index = 0 if forward else len(order) - 1
        else:
            index = order.index(current) + (1 if forward else -1) if current in order else 0
            if not 0 <= index < len(order):
                return False
        self.focus_item(order[index], select=select)
        return True

    def focus_item(self, item: BoardItem, *, select: bool = True) -> None:
        scene = self.board_scene
        if scene is None:
            return
        if select and self.editor is not None:
            scene.clearSelection()
            item.setSelected(True)
        item.setFocus(Qt.FocusReason.TabFocusReason)
        self.ensureVisible(item.sceneBoundingRect(), 60, 60)

    def _focused(self) -> BoardItem | None:
        scene = self.board_scene
        item = scene.focusItem() if scene is not None else None
        return item if isinstance(item, CardItem | ClusterItem | PhotoItem) else None

    def _focus_changed(self, new: QGraphicsItem | None, _old: object, _reason: object) -> None:
        if isinstance(new, CardItem | ClusterItem | PhotoItem):
            self.setAccessibleDescription(new.describe())

    def _describe_focus(self) -> None:
        """Keep the screen reader's description current after an edit."""
        item = self._focused()
        if item is not None:
            self.setAccessibleDescription(item.describe())

    def nudge(self, dx: int, dy: int, *, far: bool) -> None:
        """Arrow keys: move the selection, or a card up and down its cluster."""
        scene, editor = self.board_scene, self.editor
        focused = self._focused()
        if scene is None or editor is None or focused is None:
            return
        if isinstance(focused, CardItem) and isinstance(focused.parentItem(), ClusterItem):
            cluster = focused.parentItem()
            assert isinstance(cluster, ClusterItem)
            members = [m.id for m in scene.board.members(cluster.id)]
            index = members.index(focused.id) + (dx or dy)
            if 0 <= index < len(members):
                editor.reorder(cluster.id, focused.id, index)
                self._refocus(focused.id)
            return
        step = NUDGE_FAR if far else NUDGE
        chosen = [
            i for i in scene.selectedItems() if isinstance(i, CardItem | ClusterItem | PhotoItem)
        ]
        if focused not in chosen:
            chosen = [focused]
        positions = {
            i.id: (i.scenePos().x() + dx * step, i.scenePos().y() + dy * step)
            for i in chosen
            if i.parentItem() is None
        }
        if positions:
            editor.nudge(positions)
            self.ensureVisible(focused.sceneBoundingRect(), 40, 40)

    def _refocus(self, row_id: str) -> None:
        scene = self.board_scene
        item = scene.item_for(row_id) if scene is not None else None
        if item is not None:
            self.focus_item(item)

    # editing ----------------------------------------------------------------------------
    def edit_item(self, item: BoardItem) -> None:
        editor, scene = self.editor, self.board_scene
        if editor is None or scene is None:
            return
        self.close_inline(commit=True)
        if isinstance(item, PhotoItem):
            self.photoRequested.emit(item.id)
            return
        if isinstance(item, CardItem):
            card_id = item.id
            if len(item.info.text) > INLINE_MAX:
                dialog = LongTextDialog(item.info.text, self)
                if dialog.exec() == LongTextDialog.DialogCode.Accepted:
                    editor.edit_card(card_id, dialog.text())
                return
            rect = QRectF(0.0, 0.0, CARD_W, CARD_H)
            self.inline = InlineEditor(
                item,
                item.info.text,
                rect,
                multiline=True,
                on_commit=lambda t: editor.edit_card(card_id, t),
                on_close=lambda: self._inline_closed(card_id),
            )
        else:
            cluster_id = item.id
            rect = QRectF(PAD, 4.0, item.body().width() - PAD - 44.0, HEADER_H - 8.0)
            self.inline = InlineEditor(
                item,
                item.info.label,
                rect,
                multiline=False,
                on_commit=lambda t: editor.rename_cluster(cluster_id, t),
                on_close=lambda: self._inline_closed(cluster_id),
            )
        self.ensureVisible(item.sceneBoundingRect(), 40, 40)
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.inline.start()

    def _inline_closed(self, row_id: str) -> None:
        self.inline = None
        QTimer.singleShot(0, self, lambda: self._refocus(row_id))

    def close_inline(self, *, commit: bool) -> None:
        if self.inline is not None:
            self.inline.finish(commit=commit)


_ARROWS = {
    Qt.Key.Key_Left: (-1, 0),
    Qt.Key.Key_Right: (1, 0),
    Qt.Key.Key_Up: (0, -1),
    Qt.Key.Key_Down: (0, 1),
}


def _point(p: QPointF) -> tuple[float, float]:
    return p.x(), p.y()
