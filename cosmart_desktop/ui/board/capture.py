"""Capturing cards at speaking speed: a one-line field where Enter adds the
card and keeps the focus, pasting several lines adds several cards, and the
origin (typed live or transcribed from paper) is chosen beside it."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from ...domain.enums import CardOrigin
from ..i18n import tr


class CaptureLine(QPlainTextEdit):
    """One line of text; Enter submits it, a multi-line paste submits each line."""

    submitted = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setPlaceholderText(
            tr("Karte tippen und Enter drücken – eingefügte Zeilen werden einzelne Karten")
        )
        self.setAccessibleName(tr("Neue Karte"))
        height = self.fontMetrics().lineSpacing() + 2 * self.frameWidth() + 12
        self.setFixedHeight(height)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
            event.accept()
            return
        super().keyPressEvent(event)

    def submit(self) -> None:
        text = self.toPlainText().strip()
        if text:
            self.submitted.emit([text])

    def insertFromMimeData(self, source: QMimeData) -> None:
        text = source.text()
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        if len(lines) > 1:
            self.submitted.emit(lines)
            return
        self.insertPlainText(" ".join(lines))


class CaptureBar(QFrame):
    """The capture line with its origin choice and an add button."""

    submitted = Signal(list, str)  # texts, origin

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = CaptureLine(self)
        self.origin = QComboBox(self)
        self.origin.setAccessibleName(tr("Herkunft der Karte"))
        self.origin.setToolTip(tr("Woher die Karte kommt (Alt+H)"))
        for origin in (CardOrigin.TYPED, CardOrigin.TRANSCRIBED):
            self.origin.addItem(tr(origin.label), origin.value)
        self.add = QPushButton(tr("Hin&zufügen"), self)
        self.add.setAccessibleName(tr("Karte hinzufügen"))
        label = QLabel(tr("Neue &Karte:"), self)
        label.setBuddy(self.line)
        origin_label = QLabel(tr("&Herkunft:"), self)
        origin_label.setBuddy(self.origin)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.line, 1)
        layout.addWidget(origin_label)
        layout.addWidget(self.origin)
        layout.addWidget(self.add)
        self.line.submitted.connect(self._emit)
        self.add.clicked.connect(self.line.submit)

    def _emit(self, texts: list[str]) -> None:
        self.submitted.emit(texts, str(self.origin.currentData()))

    def accepted(self, pasted: bool) -> None:
        """The cards were stored: clear what was typed (a paste left it alone)."""
        if not pasted:
            self.line.clear()
        self.line.setFocus(Qt.FocusReason.OtherFocusReason)
