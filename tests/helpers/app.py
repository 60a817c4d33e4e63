"""The real main window on a real workspace file, for pytest-qt tests."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget


class FakeClock:
    """Wall-clock seconds that only move when a test moves them."""

    def __init__(self, start: float | None = None) -> None:
        self.t = time.time() if start is None else start

    def __call__(self) -> float:
        return self.t


def build_window(qtbot: Any, db_path: Path, *, lang: str = "de", now: Any = None) -> Any:
    """The composition root's window (``app.build_context`` + ``MainWindow``)."""
    from cosmart_desktop.app import build_context
    from cosmart_desktop.services.settings import Settings
    from cosmart_desktop.storage.workspace import open_workspace
    from cosmart_desktop.ui.main_window import MainWindow

    workspace = open_workspace(db_path)
    ctx: Any = build_context(workspace, Settings(), lang)
    if now is not None:
        ctx.workshops.service.now = now
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def close_window(window: Any) -> None:
    """Close as the user would (pending typing is committed), then the workspace."""
    window.close()
    window.ctx.language.apply("de")
    window.ctx.workspace.close()


def drive_modal(trigger: Callable[[], object], fill: Callable[[QWidget], None]) -> None:
    """Run ``trigger`` (which opens a modal dialog) and let ``fill`` work the
    dialog like a user; ``fill`` must accept or reject it. A failure inside
    ``fill`` rejects the dialog (so nothing hangs) and is raised here."""
    errors: list[BaseException] = []

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, run)
            return
        try:
            fill(dialog)
        except BaseException as exc:
            errors.append(exc)
            dialog.close()

    QTimer.singleShot(0, run)
    trigger()
    if errors:
        raise errors[0]


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget`` with real key events, one per character.

    ``QTest.keyClicks`` asserts on characters beyond ASCII (umlauts, emoji, RTL);
    those are sent as key events carrying the text, as an input method does."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtTest import QTest

    for char in text:
        if ord(char) < 0x80:
            QTest.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)
