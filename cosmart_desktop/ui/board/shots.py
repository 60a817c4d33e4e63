"""The board for ``cosmart screenshots``: the Zukunftswerkstatt's critique
phase (the demo's richest board), fitted into the window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:  # pragma: no cover - typing only
    from ..main_window import MainWindow


def _board_phase(window: MainWindow) -> tuple[str, str]:
    """(session id, phase id) of the phase with the most cards, the
    Zukunftswerkstatt's critique phase first."""
    model = window.ctx.workshops
    best: tuple[int, str, str] | None = None
    for event in model.events():
        for session in event.sessions:
            for phase in model.phases(session.id):
                count = len(window.ctx.board.board(phase.id).cards)
                bonus = (
                    10**6
                    if (session.format.value, phase.key) == ("zukunftswerkstatt", "kritik")
                    and count
                    else 0
                )
                if best is None or count + bonus > best[0]:
                    best = (count + bonus, session.id, phase.id)
    if best is None:
        raise RuntimeError("the workspace has no session; run `cosmart demo` first")
    return best[1], best[2]


def board(window: MainWindow) -> QWidget:
    session_id, phase_id = _board_phase(window)
    window.open_session(session_id)
    window.session_page.phases.select(phase_id)
    tab = window.board_tab
    window.session_page.tabs.setCurrentWidget(tab)
    tab.set_phase(phase_id)
    QApplication.processEvents()
    tab.view.fit_all()
    return window
