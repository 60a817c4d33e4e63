"""Text fields that commit what was typed soon, so a crash or a power cut loses
at most the last second of typing.

A field commits after a short pause in typing (``IDLE_MS``), and also while
someone types without pausing: never more than ``MAX_WAIT_MS`` after the first
keystroke that is not yet stored. It also commits on focus loss, on Enter (one
line fields) and when asked (``commit()``, e.g. before the window closes)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

IDLE_MS = 500
MAX_WAIT_MS = 900


class CommitClock(QObject):
    """Debounce with a deadline: fires ``IDLE_MS`` after the last change, and at
    the latest ``MAX_WAIT_MS`` after the first change since the last commit."""

    def __init__(self, parent: QObject, fire: Callable[[], None]) -> None:
        super().__init__(parent)
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(IDLE_MS)
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.setInterval(MAX_WAIT_MS)
        self._idle.timeout.connect(fire)
        self._deadline.timeout.connect(fire)

    def changed(self) -> None:
        self._idle.start()
        if not self._deadline.isActive():
            self._deadline.start()

    def stop(self) -> None:
        self._idle.stop()
        self._deadline.stop()

    @property
    def pending(self) -> bool:
        return self._idle.isActive() or self._deadline.isActive()


class AutosavePlainTextEdit(QPlainTextEdit):
    committed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clock = CommitClock(self, self.commit)
        self._last = ""
        self.textChanged.connect(self.clock.changed)

    def set_text_quietly(self, text: str) -> None:
        """Show stored text without committing it back. Typing not yet saved is
        kept when the stored text did not change underneath it."""
        if text == self._last and self.clock.pending:
            return
        self.clock.stop()
        self._last = text
        if self.toPlainText() != text:
            self.blockSignals(True)
            self.setPlainText(text)
            self.blockSignals(False)

    def commit(self) -> None:
        self.clock.stop()
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
        self.clock = CommitClock(self, self.commit)
        self._last = ""
        self.textEdited.connect(lambda _t: self.clock.changed())
        self.returnPressed.connect(self.commit)

    def set_text_quietly(self, text: str) -> None:
        if text == self._last and self.clock.pending:
            return
        self.clock.stop()
        self._last = text
        if self.text() != text:
            self.setText(text)

    def commit(self) -> None:
        self.clock.stop()
        text = self.text()
        if text != self._last:
            self._last = text
            self.committed.emit(text)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.commit()
        super().focusOutEvent(event)
