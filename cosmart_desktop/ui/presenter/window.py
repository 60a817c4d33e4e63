"""The presenter window: frameless and full-screen on the projector; an
ordinary window when there is only one screen. B (or the clicker's "."
key) switches to black and back; 1–6 choose what is shown."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QScreen
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ..context import AppContext
from ..i18n import tr
from .state import Mode, PresenterState
from .view import PresenterView

MODE_KEYS = {
    Qt.Key.Key_1: Mode.BOARD,
    Qt.Key.Key_2: Mode.PHASE,
    Qt.Key.Key_3: Mode.STATUS,
    Qt.Key.Key_4: Mode.RESULTS,
    Qt.Key.Key_5: Mode.QR,
    Qt.Key.Key_6: Mode.BLACK,
}
FALLBACK_SIZE = (960, 540)


class PresenterWindow(QWidget):
    closed = Signal()  # closed by the window manager (e.g. Alt+F4)

    def __init__(self, ctx: AppContext, state: PresenterState) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("PresenterWindow")
        self.setWindowTitle(tr("Co-Smart Werkstatt – Beamer"))
        self.state = state
        self.view = PresenterView(ctx, state, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.on_projector = False

    def place(self, projector: QScreen | None, fallback: QScreen | None = None) -> None:
        """Full-screen and frameless on the projector; without one, an ordinary
        window in the middle of ``fallback`` (the facilitator's screen)."""
        if projector is not None:
            self.on_projector = True
            self.setWindowFlags(Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
            self.setScreen(projector)
            self.setGeometry(projector.geometry())
            self.showFullScreen()
            return
        self.on_projector = False
        self.setWindowFlags(Qt.WindowType.Window)
        if fallback is not None:
            self.setScreen(fallback)
            area = fallback.availableGeometry()
            width, height = (
                min(FALLBACK_SIZE[0], area.width()),
                min(FALLBACK_SIZE[1], area.height()),
            )
            self.setGeometry(
                area.x() + (area.width() - width) // 2,
                area.y() + (area.height() - height) // 2,
                width,
                height,
            )
        else:
            self.resize(*FALLBACK_SIZE)
        self.showNormal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_B, Qt.Key.Key_Period):
            self.state.toggle_black()
            return
        if key in MODE_KEYS:
            self.state.set_mode(MODE_KEYS[Qt.Key(key)])
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        self.closed.emit()
