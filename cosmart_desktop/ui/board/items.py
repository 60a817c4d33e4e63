"""Graphics items of the board: cards, clusters and photos.

Items paint themselves (no child text items, so nothing can be garbage
collected away from under a card) and are cached in device coordinates:
repainting or scrolling a board of 2,000 cards blits cached pixmaps instead
of running Python. Text is laid out once per change with ``QTextLayout``
(bidi-correct, each card its own paragraph) and only when first drawn at a
readable zoom; far out, cards are drawn as coloured tiles and clusters show
their names large.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPen,
    QPixmap,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QStyleOptionGraphicsItem, QWidget

from ...domain.board_layout import (
    CARD_H,
    CARD_W,
    DEFAULT_CARD_COLOR,
    DEFAULT_CLUSTER_COLOR,
    HEADER_H,
    PAD,
    STACK_H,
    cluster_size,
    photo_size,
)
from ...services.board_state import AttachmentInfo, CardInfo, ClusterInfo
from ..i18n import tr

#: below this zoom, cards are tiles and cluster names are drawn large
TEXT_LOD = 0.3
DISPLAY_CHARS = 600
SELECT_PEN = QPen(QColor("#1565c0"), 3.0)
FOCUS_PEN = QPen(QColor("#d84315"), 3.0, Qt.PenStyle.DashLine)
DROP_PEN = QPen(QColor("#2e7d32"), 4.0)
TEXT_COLOR = QColor("#212121")
MUTED = QColor("#5f6368")
NO_PEN = QPen(Qt.PenStyle.NoPen)
CARD_BOUNDS = QRectF(-4.0, -4.0, CARD_W + 8.0, CARD_H + 8.0)
_ORIGIN_MARK = {"transcribed": "✎", "imported": "⇣", "carried": "↪"}
_JOINERS = {"\u200d", "\ufe0e", "\ufe0f", "\u20e3"}


def clip_graphemes(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters without splitting an emoji
    sequence or a letter from its combining marks."""
    if len(text) <= limit:
        return text
    cut = limit
    while cut > 0 and (
        text[cut] in _JOINERS
        or text[cut - 1] == "\u200d"
        or unicodedata.combining(text[cut])
        or 0x1F3FB <= ord(text[cut]) <= 0x1F3FF
        or 0xE0020 <= ord(text[cut]) <= 0xE007F
    ):
        cut -= 1
    return text[:cut]


def card_font() -> QFont:
    font = QFont()
    font.setPointSizeF(10.5)
    return font


def _layout(text: str, font: QFont, width: float, height: float) -> QTextLayout:
    """Lines of ``text`` that fit the box; an ellipsis marks what is cut off."""
    shown = clip_graphemes(text, DISPLAY_CHARS).replace("\n", "\u2028")
    for _ in range(3):
        layout = QTextLayout(shown, font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        layout.beginLayout()
        y = 0.0
        fits = True
        end = len(shown)
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            if y + line.height() > height:
                fits = False
                line.setNumColumns(0)
                break
            line.setPosition(QPointF(0.0, y))
            y += line.height()
            end = line.textStart() + line.textLength()
        layout.endLayout()
        if fits or end <= 1:
            return layout
        # QTextLayout counts UTF-16 units; map back to Python characters
        units = shown.encode("utf-16-le")[: max(0, end - 2) * 2].decode("utf-16-le", "ignore")
        shown = clip_graphemes(units.rstrip(), max(0, len(units.rstrip()))) + "…"
    return layout


class CardItem(QGraphicsRectItem):
    """One idea card. Its bounding rectangle lives in C++ (``QGraphicsRectItem``):
    Qt asks for it far more often than it paints, and a Python override would
    cost a call per item per frame."""

    kind = "card"

    def __init__(self, info: CardInfo, interactive: bool = True) -> None:
        super().__init__(CARD_BOUNDS)
        self.setPen(NO_PEN)
        self.info = info
        self.stacked: list[str] = []  # texts of duplicates merged into this card
        self.cluster_label = ""
        self._layout: QTextLayout | None = None
        self.drop_hint = False
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        if interactive:
            self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
            self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
        self._tip()

    @property
    def id(self) -> str:
        return self.info.id

    def set_info(self, info: CardInfo, stacked: list[str]) -> None:
        if info.text != self.info.text:
            self._layout = None
        changed = info != self.info or stacked != self.stacked
        self.info, self.stacked = info, stacked
        if changed:
            self._tip()
            self.update()

    def _tip(self) -> None:
        tip = clip_graphemes(self.info.text, 1500)
        if len(self.stacked):
            tip += (
                "\n\n"
                + tr("Zusammengeführt mit:")
                + "\n• "
                + "\n• ".join(clip_graphemes(t, 200) for t in self.stacked[:20])
            )
        self.setToolTip(tip)

    def describe(self) -> str:
        """What a screen reader says for this card."""
        parts = [tr("Karte: {0}").format(clip_graphemes(self.info.text, 300))]
        if self.cluster_label:
            parts.append(tr("in Cluster „{0}“").format(self.cluster_label))
        if self.stacked:
            parts.append(tr("{0} zusammengeführte Duplikate").format(len(self.stacked)))
        return ", ".join(parts)

    def color(self) -> QColor:
        return QColor(self.info.color or DEFAULT_CARD_COLOR)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        rect = QRectF(0.0, 0.0, CARD_W, CARD_H)
        fill = self.color()
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        if lod < TEXT_LOD:
            painter.fillRect(rect, fill)
            if self.isSelected() or self.drop_hint:
                painter.setPen(DROP_PEN if self.drop_hint else SELECT_PEN)
                painter.drawRect(rect)
            return
        if self.stacked:
            painter.setPen(QPen(fill.darker(150), 1.0))
            painter.setBrush(fill.darker(108))
            painter.drawRoundedRect(rect.translated(4.0, 4.0), 4.0, 4.0)
        painter.setPen(QPen(fill.darker(150), 1.0))
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 4.0, 4.0)
        if self._layout is None:
            self._layout = _layout(self.info.text, card_font(), CARD_W - 16.0, CARD_H - 14.0)
        painter.setPen(TEXT_COLOR)
        self._layout.draw(painter, QPointF(8.0, 6.0))
        mark = _ORIGIN_MARK.get(self.info.origin)
        small = QFont(card_font())
        small.setPointSizeF(8.0)
        painter.setFont(small)
        if mark:
            painter.setPen(MUTED)
            painter.drawText(
                QRectF(CARD_W - 20.0, CARD_H - 16.0, 16.0, 14.0), Qt.AlignmentFlag.AlignRight, mark
            )
        if self.stacked:
            badge = QRectF(CARD_W - 34.0, -8.0, 38.0, 18.0)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#37474f"))
            painter.drawRoundedRect(badge, 9.0, 9.0)
            painter.setPen(QColor("white"))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, f"×{len(self.stacked) + 1}")
        _outline(painter, rect, self.isSelected(), self.hasFocus(), self.drop_hint)


def _outline(painter: QPainter, rect: QRectF, selected: bool, focus: bool, drop: bool) -> None:
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if drop:
        painter.setPen(DROP_PEN)
        painter.drawRoundedRect(rect.adjusted(-2, -2, 2, 2), 5.0, 5.0)
    if selected:
        painter.setPen(SELECT_PEN)
        painter.drawRoundedRect(rect.adjusted(-1, -1, 1, 1), 4.0, 4.0)
    if focus:
        painter.setPen(FOCUS_PEN)
        painter.drawRoundedRect(rect.adjusted(-3, -3, 3, 3), 6.0, 6.0)


def _cluster_bounds(size: tuple[float, float]) -> QRectF:
    return QRectF(-5.0, -5.0, size[0] + 10.0, size[1] + 10.0)


class ClusterItem(QGraphicsRectItem):
    """A named group of cards; its cards are child items laid out in rank order."""

    kind = "cluster"

    def __init__(self, info: ClusterInfo, interactive: bool = True) -> None:
        super().__init__(_cluster_bounds(cluster_size(0, info.collapsed)))
        self.setPen(NO_PEN)
        self.info = info
        self.count = 0
        self.photos = 0
        self.drop_hint = False
        if interactive:
            self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
            self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
        self._size = cluster_size(0, info.collapsed)
        #: the cards as coloured tiles, drawn far out while the card items are hidden
        self.tiles: list[tuple[QRectF, QColor]] = []
        self.label = ClusterLabel(self)
        self.label.setVisible(False)
        self.header = ClusterHeader(self)

    def set_tiles(self, tiles: list[tuple[QRectF, QColor]]) -> None:
        if tiles != self.tiles:
            self.tiles = tiles
            self.update()

    @property
    def id(self) -> str:
        return self.info.id

    def set_info(self, info: ClusterInfo, count: int, photos: int = 0) -> None:
        size = cluster_size(count, info.collapsed)
        if size != self._size:
            self._size = size
            self.setRect(_cluster_bounds(size))
            self.label.setRect(self.body())
            self.header.setRect(self.header_rect())
        if (info, count, photos) != (self.info, self.count, self.photos):
            self.info, self.count, self.photos = info, count, photos
            self.setToolTip(info.label)
            self.update()
            self.label.update()
            self.header.update()

    def describe(self) -> str:
        state = tr("eingeklappt") if self.info.collapsed else tr("aufgeklappt")
        name = self.info.label or tr("ohne Namen")
        return tr("Cluster „{0}“, {1} Karten, {2}").format(name, self.count, state)

    def body(self) -> QRectF:
        """The cluster's own area (its bounding rectangle has a margin for outlines)."""
        return QRectF(0.0, 0.0, *self._size)

    def header_rect(self) -> QRectF:
        return QRectF(0.0, 0.0, self._size[0], HEADER_H)

    def toggle_rect(self) -> QRectF:
        return QRectF(self._size[0] - 34.0, 6.0, 28.0, 28.0)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        # close in this is painted every frame (no cache): an opaque fill is
        # cheaper than blending a cached pixmap of a large cluster
        rect = self.body()
        fill = QColor(self.info.color or DEFAULT_CLUSTER_COLOR)
        painter.fillRect(rect, fill)
        painter.setPen(QPen(fill.darker(140), 1.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect)
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        if lod < TEXT_LOD:  # far out: cards as tiles, the name above them (ClusterLabel)
            for tile, color in self.tiles:
                painter.fillRect(tile, color)
        elif self.info.collapsed:
            painter.setPen(QPen(fill.darker(130), 1.0))
            painter.setBrush(QColor(DEFAULT_CARD_COLOR))
            for i in range(3, 0, -1):
                painter.drawRect(
                    QRectF(PAD + 3 * i, HEADER_H - 2 + 3 * i, CARD_W - 6.0, STACK_H - 4)
                )
        _outline(painter, rect, self.isSelected(), self.hasFocus(), self.drop_hint)

    def set_far(self, far: bool) -> None:
        """Far out the cluster is cached with its tiles; close in painted directly."""
        self.setCacheMode(
            QGraphicsItem.CacheMode.DeviceCoordinateCache
            if far
            else QGraphicsItem.CacheMode.NoCache
        )
        self.label.setVisible(far)
        self.header.setVisible(not far)


class ClusterHeader(QGraphicsRectItem):
    """A cluster's name, card count and collapse button (cached)."""

    def __init__(self, cluster: ClusterItem) -> None:
        super().__init__(cluster.header_rect())
        self.setPen(NO_PEN)
        self.setParentItem(cluster)
        self.cluster = cluster
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        rect = self.cluster.body()
        fill = QColor(self.cluster.info.color or DEFAULT_CLUSTER_COLOR)
        label = self.cluster.info.label or tr("(ohne Namen)")
        small = QFont()
        small.setPointSizeF(9.5)
        info = (
            f"📷{self.cluster.photos}  {self.cluster.count}"
            if self.cluster.photos
            else f"{self.cluster.count}"
        )
        info_w = QFontMetricsF(small).horizontalAdvance(info) + 6.0
        painter.setFont(small)
        painter.setPen(MUTED)
        right = rect.width() - 40.0
        painter.drawText(
            QRectF(right - info_w, 4.0, info_w, HEADER_H - 8.0),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            info,
        )
        head = QFont()
        head.setBold(True)
        head.setPointSizeF(12.0)
        text_rect = QRectF(PAD - 2.0, 2.0, right - info_w - PAD, HEADER_H - 4.0)
        if QFontMetricsF(head).horizontalAdvance(label) > text_rect.width():
            head.setPointSizeF(10.0)  # two smaller lines rather than a cut name
            flags = Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap
            lines = QFontMetricsF(head).boundingRect(text_rect, flags, label)
            if lines.height() > text_rect.height() or lines.width() > text_rect.width():
                label = QFontMetricsF(head).elidedText(
                    label, Qt.TextElideMode.ElideRight, text_rect.width() * 1.8
                )
        else:
            flags = Qt.AlignmentFlag.AlignVCenter
        painter.setFont(head)
        painter.setPen(TEXT_COLOR)
        painter.drawText(text_rect, flags, label)
        toggle = self.cluster.toggle_rect()
        painter.setPen(QPen(fill.darker(160), 1.0))
        painter.setBrush(fill.lighter(110))
        painter.drawRoundedRect(toggle, 4.0, 4.0)
        painter.setPen(TEXT_COLOR)
        head.setPointSizeF(12.0)
        painter.setFont(head)
        painter.drawText(
            toggle, Qt.AlignmentFlag.AlignCenter, "▸" if self.cluster.info.collapsed else "▾"
        )


class ClusterLabel(QGraphicsRectItem):
    """A cluster's name drawn large over its cards when zoomed far out (it
    draws nothing closer in, where the header shows the name)."""

    def __init__(self, cluster: ClusterItem) -> None:
        super().__init__(cluster.body())
        self.setPen(NO_PEN)
        self.setParentItem(cluster)
        self.cluster = cluster
        self.setZValue(50.0)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        if lod >= TEXT_LOD:
            return
        rect = self.cluster.body()
        label = self.cluster.info.label or tr("(ohne Namen)")
        font = QFont()
        font.setBold(True)
        width = rect.width() - 12.0
        size = 14.0 / max(lod, 0.01)  # 14 px on screen
        smallest = 9.0 / max(lod, 0.01)
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        while True:  # shrink until the name fits in two lines (not below 9 px on screen)
            font.setPixelSize(max(1, int(size)))
            metrics = QFontMetricsF(font)
            box = metrics.boundingRect(QRectF(0, 0, width, 1e6), flags, label)
            if (box.width() <= width and box.height() <= 2.2 * metrics.height()) or (
                size <= smallest
            ):
                break
            size = max(smallest, size * 0.85)
        if box.width() > width or box.height() > 2.2 * metrics.height():
            label = metrics.elidedText(label, Qt.TextElideMode.ElideRight, width)
        band = QRectF(0.0, 0.0, rect.width(), min(rect.height(), size * 2.5))
        painter.fillRect(band, QColor(255, 255, 255, 230))
        painter.setFont(font)
        painter.setPen(TEXT_COLOR)
        painter.drawText(
            band.adjusted(6, 0, -6, 0),
            Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
            label,
        )


class PhotoItem(QGraphicsRectItem):
    """A photo of a pinboard or flipchart; attached to a cluster it is pinned
    small on top of the cluster (double-click shows it large)."""

    kind = "attachment"

    def __init__(self, info: AttachmentInfo, data: bytes, interactive: bool = True) -> None:
        super().__init__()
        self.setPen(NO_PEN)
        self.info = info
        self.drop_hint = False
        self._data = data
        self._pixmap: QPixmap | None = None
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        if interactive:
            self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
            self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
        self.setToolTip(info.caption or info.filename)
        self._bounds()

    @property
    def id(self) -> str:
        return self.info.id

    @property
    def compact(self) -> bool:
        return self.info.cluster_id is not None

    def set_info(self, info: AttachmentInfo) -> None:
        if info != self.info:
            self.info = info
            self._bounds()
            self.setToolTip(info.caption or info.filename)
            self.update()

    def describe(self) -> str:
        return tr("Foto: {0}").format(self.info.caption or self.info.filename)

    def size(self) -> tuple[float, float]:
        if self.compact:
            return 48.0, 34.0
        w, h = photo_size(self.info.width, self.info.height)
        return w, h + (22.0 if self.info.caption else 0.0)

    def _bounds(self) -> None:
        w, h = self.size()
        self.setRect(QRectF(-4.0, -4.0, w + 8.0, h + 8.0))

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        w, h = self.size()
        image_h = 34.0 if self.compact else photo_size(self.info.width, self.info.height)[1]
        target = QRectF(0.0, 0.0, w, image_h)
        if self._pixmap is None:
            pixmap = QPixmap()
            pixmap.loadFromData(self._data)
            self._pixmap = (
                pixmap.scaledToWidth(int(w * 2), Qt.TransformationMode.SmoothTransformation)
                if not pixmap.isNull()
                else pixmap
            )
        painter.fillRect(target, QColor("#fafafa"))
        if not self._pixmap.isNull():
            painter.drawPixmap(target, self._pixmap, QRectF(self._pixmap.rect()))
        painter.setPen(QPen(QColor("#455a64"), 1.0))
        painter.setBrush(QBrush(Qt.BrushStyle.NoBrush))
        painter.drawRect(target)
        if self.info.caption and not self.compact:
            painter.setPen(TEXT_COLOR)
            painter.drawText(
                QRectF(0.0, image_h + 2, w, 20.0), Qt.AlignmentFlag.AlignLeft, self.info.caption
            )
        _outline(painter, QRectF(0, 0, w, h), self.isSelected(), self.hasFocus(), False)
