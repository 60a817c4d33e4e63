"""Editing a card's text or a cluster's name right on the board.

The editor is a ``QGraphicsTextItem`` attached with ``setParentItem`` (never
through the constructor, whose parent link dies with the Python wrapper) and
held by the view while it is open. Enter commits, Shift+Enter starts a new
line on a card, Escape cancels; leaving the field commits. Very long texts
(a transcription of a whole flipchart) open in a dialog instead.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFocusEvent, QFont, QKeyEvent, QPainter, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGraphicsItem,
    QGraphicsTextItem,
    QPlainTextEdit,
    QStyleOptionGraphicsItem,
    QVBoxLayout,
    QWidget,
)

from ..i18n import tr

#: longer texts are edited in a dialog (a graphics text item would crawl)
INLINE_MAX = 5000


class InlineEditor(QGraphicsTextItem):
    def __init__(
        self,
        target: QGraphicsItem,
        text: str,
        rect: QRectF,
        *,
        multiline: bool,
        on_commit: Callable[[str], object],
        on_close: Callable[[], None],
    ) -> None:
        super().__init__()
        self.setParentItem(target)
        self.setPlainText(text)
        self.setPos(rect.topLeft())
        self.setTextWidth(rect.width())
        self.setZValue(100.0)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        font = QFont()
        font.setPointSizeF(12.0 if not multiline else 10.5)
        font.setBold(not multiline)
        self.setFont(font)
        self.setDefaultTextColor(QColor("#111111"))
        self.multiline = multiline
        self._commit = on_commit
        self._close = on_close
        self._done = False
        self.original = text

    def start(self) -> None:
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        cursor = self.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        self.setTextCursor(cursor)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.fillRect(self.boundingRect(), QColor("white"))
        painter.setPen(QColor("#d84315"))
        painter.drawRect(self.boundingRect().adjusted(0, 0, -1, -1))
        super().paint(painter, option, widget)  # type: ignore[arg-type]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.multiline and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                super().keyPressEvent(event)
                return
            self.finish(commit=True)
            return
        if key == Qt.Key.Key_Escape:
            self.finish(commit=False)
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.finish(commit=True)

    def finish(self, *, commit: bool) -> None:
        if self._done:
            return
        self._done = True
        text = self.toPlainText()
        close, save = self._close, self._commit
        scene = self.scene()
        if scene is not None:
            scene.removeItem(self)
        close()
        if commit and text != self.original:
            save(text)


class LongTextDialog(QDialog):
    """Edit a long card text in a plain text editor."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Karte bearbeiten"))
        self.editor = QPlainTextEdit(self)
        self.editor.setAccessibleName(tr("Kartentext"))
        self.editor.setPlainText(text)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor)
        layout.addWidget(buttons)
        self.resize(720, 520)

    def text(self) -> str:
        return self.editor.toPlainText()
