"""Screens for the projector: a ``Screen`` value object and a service that
follows screens being plugged in and out, picks the projector (the remembered
screen if present, else the first non-primary screen), and remembers it."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, QRect, Signal
from PySide6.QtGui import QGuiApplication, QScreen

from ...services.settings import PRESENTER_SCREEN, Settings


@dataclass(frozen=True, slots=True)
class Screen:
    name: str
    x: int
    y: int
    width: int
    height: int
    primary: bool
    dpr: float = 1.0

    @classmethod
    def of(cls, screen: QScreen, primary: bool) -> Screen:
        g = screen.geometry()
        return cls(
            screen.name(), g.x(), g.y(), g.width(), g.height(), primary, screen.devicePixelRatio()
        )

    @property
    def geometry(self) -> QRect:
        return QRect(self.x, self.y, self.width, self.height)

    def label(self) -> str:
        return f"{self.name or '?'} ({self.width}×{self.height})"


class ScreenService(QObject):
    """Which screen the projector is. ``targetChanged`` carries the new
    ``Screen`` or None (only one screen: no projector)."""

    screensChanged = Signal()
    targetChanged = Signal(object)

    def __init__(
        self, app: QGuiApplication, settings: Settings, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.app = app
        self.settings = settings
        self._target = self.target()
        app.screenAdded.connect(self._changed)
        app.screenRemoved.connect(self._changed)
        app.primaryScreenChanged.connect(self._changed)

    def screens(self) -> list[Screen]:
        primary = self.app.primaryScreen()
        return [Screen.of(s, s is primary) for s in self.app.screens()]

    def remembered(self) -> str:
        return self.settings.get(PRESENTER_SCREEN)

    def target(self) -> Screen | None:
        """The remembered screen if it is there, else the first non-primary one."""
        screens = self.screens()
        wanted = self.remembered()
        for screen in screens:
            if wanted and screen.name == wanted:
                return screen
        return next((s for s in screens if not s.primary), None)

    def choose(self, name: str) -> None:
        """Remember a screen by name ("" = automatic) and re-evaluate."""
        self.settings.set(PRESENTER_SCREEN, name)
        self._changed()

    def remember(self, screen: Screen) -> None:
        """Remember the screen the projector was used on (kept across restarts)."""
        if self.remembered() != screen.name:
            self.settings.set(PRESENTER_SCREEN, screen.name)

    def qscreen(self, screen: Screen | None) -> QScreen | None:
        if screen is None:
            return None
        return next((s for s in self.app.screens() if s.name() == screen.name), None)

    def _changed(self, *_args: object) -> None:
        self.screensChanged.emit()
        target = self.target()
        if target != self._target:
            self._target = target
            self.targetChanged.emit(target)
