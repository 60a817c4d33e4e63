"""``cosmart screenshots``: render the main views to PNG for the README and the
handbook. Each feature adds its views to ``SHOTS``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from .main_window import MainWindow

#: name → function that prepares the window and returns the widget to grab
Shot = Callable[[MainWindow], QWidget]


def _home(window: MainWindow) -> QWidget:
    window.show_home()
    return window


def _first_session(window: MainWindow) -> str:
    for event in window.ctx.workshops.events():
        for session in event.sessions:
            return session.id
    raise RuntimeError("the workspace has no session; run `cosmart demo` first")


def _session_with_format(window: MainWindow, fmt: str) -> str:
    for event in window.ctx.workshops.events():
        for session in event.sessions:
            if session.format.value == fmt:
                return session.id
    return _first_session(window)


def _session(window: MainWindow) -> QWidget:
    window.open_session(_session_with_format(window, "zukunftswerkstatt"))
    window.session_page.tabs.setCurrentIndex(0)
    return window


SHOTS: dict[str, Shot] = {
    "home": _home,
    "session": _session,
}


def render_all(window: MainWindow, out: Path, size: tuple[int, int] = (1280, 800)) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    window.resize(*size)
    window.show()
    written: list[Path] = []
    for name, prepare in SHOTS.items():
        widget = prepare(window)
        for _ in range(3):
            QApplication.processEvents()
        path = out / f"{name}.png"
        if not widget.grab().save(str(path), "PNG"):
            raise OSError(f"could not write {path}")
        written.append(path)
    return written
