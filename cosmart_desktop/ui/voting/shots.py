"""Votes for ``cosmart screenshots``: tally entry (Zukunftswerkstatt, paper
dots), results with the impact × feasibility matrix (Denklabor), a kiosk
ballot being filled in, and the projector at 1920×1080 (Bürgerrat results)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from ..presenter.state import Mode
from ..presenter.view import PresenterView
from .kiosk import KioskWindow

if TYPE_CHECKING:  # pragma: no cover - typing only
    from ..main_window import MainWindow

PROJECTOR_SIZE = (1920, 1080)


def _session_round(window: MainWindow, fmt: str) -> tuple[str, str]:
    """(session id, first vote round id) of the demo session of a format."""
    for event in window.ctx.workshops.events():
        for session in event.sessions:
            if session.format.value != fmt:
                continue
            rounds = window.ctx.voting.rounds(session.id)
            if rounds:
                return session.id, rounds[0].id
    raise RuntimeError(f"no {fmt} session with a vote; run `cosmart demo` first")


def _open(window: MainWindow, fmt: str) -> str:
    session_id, round_id = _session_round(window, fmt)
    window.open_session(session_id)
    window.session_page.tabs.setCurrentWidget(window.voting_tab)
    window.voting_tab.select_round(round_id)
    QApplication.processEvents()
    return round_id


def voting(window: MainWindow) -> QWidget:
    _open(window, "zukunftswerkstatt")
    tab = window.voting_tab
    tab.inner.setCurrentWidget(tab.tally)
    tab.tally.table.setCurrentCell(2, 0)
    return window


def results(window: MainWindow) -> QWidget:
    _open(window, "denklabor")
    tab = window.voting_tab
    tab.inner.setCurrentWidget(tab.results)
    tab.results.mark_top()
    return window


def kiosk(window: MainWindow) -> QWidget:
    round_id = _open(window, "denklabor")
    booth = KioskWindow(window.ctx.voting, round_id, lambda: None)
    booth.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    booth.resize(1280, 800)
    booth.show()
    booth.start_ballot()
    if booth.ballot is not None:  # one voter halfway through
        options = booth.ballot.options
        booth.ballot.draft.add_dot(options[0].id, "wichtig")
        booth.ballot.draft.add_dot(options[2].id, "machbar")
        booth.ballot.refresh()
    window.setProperty("shot_kiosk", booth)  # kept alive until it is grabbed
    return booth


def presenter(window: MainWindow) -> QWidget:
    """The projector's picture at its real size: revealed Bürgerrat results."""
    session_id, round_id = _session_round(window, "buergerrat")
    window.open_session(session_id)
    state = window.presenter.state
    state.set_session(session_id)
    state.set_round(round_id)
    state.set_mode(Mode.RESULTS)
    view = PresenterView(window.ctx, state)
    view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    view.resize(*PROJECTOR_SIZE)
    view.show()
    window.setProperty("shot_presenter", view)
    return view
