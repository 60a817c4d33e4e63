"""Text fields that commit after a short pause in typing (≤ 1 s), on focus loss
and on Enter, so at most the last second of typing can be lost in a crash."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

DEBOUNCE_MS = 700


class AutosavePlainTextEdit(QPlainTextEdit):
    committed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.commit)
        self._last = ""
        self.textChanged.connect(self._changed)

    def set_text_quietly(self, text: str) -> None:
        """Show stored text without committing it back."""
        self._timer.stop()
        self._last = text
        if self.toPlainText() != text:
            self.blockSignals(True)
            self.setPlainText(text)
            self.blockSignals(False)

    def _changed(self) -> None:
        self._timer.start()

    def commit(self) -> None:
        self._timer.stop()
        text = self.toPlainText()
        if text != self._last:
            self._last = text
            self.committed.emit(text)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.commit()
        super().focusOutEvent(event)


class AutosaveLineEdit(QLineEdit):
    committed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.commit)
        self._last = ""
        self.textEdited.connect(lambda _t: self._timer.start())
        self.returnPressed.connect(self.commit)

    def set_text_quietly(self, text: str) -> None:
        self._timer.stop()
        self._last = text
        if self.text() != text:
            self.setText(text)

    def commit(self) -> None:
        self._timer.stop()
        text = self.text()
        if text != self._last:
            self._last = text
            self.committed.emit(text)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.commit()
        super().focusOutEvent(event)
