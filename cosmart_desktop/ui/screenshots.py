"""``cosmart screenshots``: render the main views to PNG for the README and the
handbook. Each feature adds its views to ``SHOTS``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from . import dialog_shots
from .board import shots as board_shots
from .export import shots as protocol_shots
from .main_window import MainWindow
from .participants import shots as participant_shots
from .steckbrief import shots as steckbrief_shots
from .sync import shots as sync_shots
from .voting import shots as voting_shots

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
SHOTS["event_dialog"] = dialog_shots.event_dialog
SHOTS["new_session_dialog"] = dialog_shots.new_session_dialog
SHOTS["participants"] = participant_shots.participants
SHOTS["consent_dialog"] = participant_shots.consent_dialog
SHOTS["handout_preview"] = participant_shots.handout_preview
SHOTS["board"] = board_shots.board
SHOTS["protocol"] = protocol_shots.protocol
SHOTS["voting"] = voting_shots.voting
SHOTS["results"] = voting_shots.results
SHOTS["kiosk"] = voting_shots.kiosk
SHOTS["presenter"] = voting_shots.presenter  # 1920×1080, the projector's size
SHOTS["steckbrief_form"] = steckbrief_shots.steckbrief_form
SHOTS["massnahmenliste"] = steckbrief_shots.measures
SHOTS["sync_dialog"] = sync_shots.sync_dialog


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
