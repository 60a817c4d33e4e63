"""The overview of a large board: a small map in the view's corner showing
every cluster and loose card and the visible part as a frame; click or drag
in it to jump there."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from ...domain.board_layout import DEFAULT_CARD_COLOR, DEFAULT_CLUSTER_COLOR
from ..i18n import tr
from .scene import BoardScene
from .view import BoardView

SIZE = (220, 140)
MARGIN = 10


class Overview(QWidget):
    def __init__(self, view: BoardView) -> None:
        super().__init__(view)
        self.view = view
        self._scene: BoardScene | None = None
        self._map: QPixmap | None = None
        self._content = QRectF()
        self.resize(*SIZE)
        self.setAccessibleName(tr("Übersicht der Pinnwand"))
        self.setToolTip(tr("Übersicht: klicken oder ziehen, um dorthin zu springen"))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.wanted = True
        self._viewport = view.viewport()
        self._viewport.installEventFilter(self)
        view.viewMoved.connect(self.refresh)
        view.horizontalScrollBar().valueChanged.connect(self._scrolled)
        view.verticalScrollBar().valueChanged.connect(self._scrolled)
        self._place()

    def _scrolled(self, _value: int) -> None:
        self.refresh()

    def set_wanted(self, wanted: bool) -> None:
        """The person's choice (menu); shown only while part of the board is hidden."""
        self.wanted = wanted
        self.refresh()

    def refresh(self) -> None:
        scene = self._scene
        seen = self.view.mapToScene(self.view.viewport().rect()).boundingRect()
        needed = scene is not None and not seen.contains(scene.content_rect())
        self.setVisible(self.wanted and needed)
        self.update()

    def set_scene(self, scene: BoardScene | None) -> None:
        if self._scene is not None:
            self._scene.synced.disconnect(self.invalidate)
        self._scene = scene
        if scene is not None:
            scene.synced.connect(self.invalidate)
        self.invalidate()

    def invalidate(self) -> None:
        self._map = None
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._viewport and event.type() == QEvent.Type.Resize and isValid(self.view):
            self._place()
            self.refresh()
        return False

    def _place(self) -> None:
        vp = self.view.viewport().geometry()
        self.move(vp.right() - self.width() - MARGIN, vp.bottom() - self.height() - MARGIN)

    # mapping ------------------------------------------------------------------
    def _scale(self) -> tuple[float, QPointF]:
        box = self._content
        w, h = self.width() - 8, self.height() - 8
        scale = min(w / max(box.width(), 1.0), h / max(box.height(), 1.0))
        offset = QPointF(
            4 + (w - box.width() * scale) / 2 - box.x() * scale,
            4 + (h - box.height() * scale) / 2 - box.y() * scale,
        )
        return scale, offset

    def _render(self) -> QPixmap:
        pixmap = QPixmap(self.size() * self.devicePixelRatioF())
        pixmap.setDevicePixelRatio(self.devicePixelRatioF())
        pixmap.fill(QColor(255, 255, 255, 235))
        scene = self._scene
        if scene is None:
            return pixmap
        self._content = scene.content_rect().adjusted(-40, -40, 40, 40)
        scale, offset = self._scale()
        painter = QPainter(pixmap)
        painter.translate(offset)
        painter.scale(scale, scale)
        painter.setPen(Qt.PenStyle.NoPen)
        for item in scene.clusters.values():
            painter.setBrush(QColor(item.info.color or DEFAULT_CLUSTER_COLOR).darker(115))
            painter.drawRect(item.sceneBoundingRect())
        loose = [c for c in scene.cards.values() if c.parentItem() is None and c.isVisible()]
        painter.setBrush(QColor(DEFAULT_CARD_COLOR).darker(110))
        painter.drawRects([c.sceneBoundingRect() for c in loose])
        for photo in scene.photos.values():
            if photo.parentItem() is None:
                painter.setBrush(QColor("#90a4ae"))
                painter.drawRect(photo.sceneBoundingRect())
        painter.end()
        return pixmap

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._map is None or self._map.size() != self.size() * self.devicePixelRatioF():
            self._map = self._render()
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._map)
        painter.setPen(QPen(QColor("#607d8b"), 1.0))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        if self._scene is not None:
            scale, offset = self._scale()
            seen = self.view.mapToScene(self.view.viewport().rect()).boundingRect()
            frame = QRectF(seen.topLeft() * scale + offset, seen.size() * scale)
            painter.setPen(QPen(QColor("#d84315"), 2.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(frame.intersected(QRectF(self.rect()).adjusted(1, 1, -1, -1)))
        painter.end()

    def _jump(self, event: QMouseEvent) -> None:
        scale, offset = self._scale()
        point = (event.position() - offset) / scale
        self.view.centerOn(point)
        self.view.note_move()
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._jump(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._jump(event)
