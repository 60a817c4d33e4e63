"""Qt face of the workshop service: every change goes through here and is
announced with a typed signal, so all views (main window, presenter, preview)
stay projections of the stored model."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from ..domain.enums import SessionFormat
from ..domain.timer import TimerState
from ..services.workshops import EventInfo, PhaseInfo, SessionInfo, WorkshopService


class WorkshopModel(QObject):
    eventsChanged = Signal()  # events or sessions added, renamed, archived, deleted
    sessionChanged = Signal(str)  # session id
    phasesChanged = Signal(str)  # session id: phases added, removed, reordered
    phaseChanged = Signal(str)  # phase id: title, question, rules
    currentPhaseChanged = Signal(str, str)  # session id, phase id
    timerChanged = Signal(str)  # phase id

    def __init__(self, service: WorkshopService) -> None:
        super().__init__()
        self.service = service

    # reads ---------------------------------------------------------------
    def events(self, include_archived: bool = True) -> list[EventInfo]:
        return self.service.list_events(include_archived=include_archived)

    def event_info(self, event_id: str) -> EventInfo:
        return self.service.get_event(event_id)

    def session_info(self, session_id: str) -> SessionInfo:
        return self.service.get_session(session_id)

    def phases(self, session_id: str) -> list[PhaseInfo]:
        return self.service.list_phases(session_id)

    def phase_info(self, phase_id: str) -> PhaseInfo:
        return self.service.get_phase(phase_id)

    def leitthemen(self) -> list[tuple[str, str]]:
        return self.service.leitthemen()

    # events and sessions ---------------------------------------------------
    def create_event(self, title: str, **fields: Any) -> str:
        event_id = self.service.create_event(title, **fields)
        self.eventsChanged.emit()
        return event_id

    def update_event(self, event_id: str, **changes: Any) -> dict[str, Any]:
        old = self.service.update_event(event_id, **changes)
        self.eventsChanged.emit()
        return old

    def create_session(
        self, event_id: str, fmt: SessionFormat, title: str | None, lang: str
    ) -> str:
        session_id = self.service.create_session(event_id, fmt, title, lang)
        self.eventsChanged.emit()
        return session_id

    def update_session(self, session_id: str, **changes: Any) -> dict[str, Any]:
        old = self.service.update_session(session_id, **changes)
        self.eventsChanged.emit()
        self.sessionChanged.emit(session_id)
        return old

    # phases ------------------------------------------------------------------
    def add_phase(self, session_id: str, title: str, index: int | None = None) -> str:
        phase_id = self.service.add_phase(session_id, title, index)
        self.phasesChanged.emit(session_id)
        return phase_id

    def remove_phase(self, session_id: str, phase_id: str) -> str | None:
        """Tombstone a phase; returns the current phase before (for undo)."""
        before = self.service.get_session(session_id).current_phase_id
        self.service.remove_phase(phase_id)
        self.phasesChanged.emit(session_id)
        self._announce_current(session_id)
        return before

    def restore_phase(self, session_id: str, phase_id: str, current: str | None) -> None:
        self.service.restore_phase(phase_id)
        if current:
            self.service.update_session(session_id, current_phase_id=current)
        self.phasesChanged.emit(session_id)
        self._announce_current(session_id)

    def update_phase(self, phase_id: str, **changes: Any) -> dict[str, Any]:
        old = self.service.update_phase(phase_id, **changes)
        self.phaseChanged.emit(phase_id)
        return old

    def set_phase_order(self, session_id: str, order: list[str]) -> list[str]:
        old = self.service.set_phase_order(session_id, order)
        self.phasesChanged.emit(session_id)
        return old

    def set_current_phase(self, session_id: str, phase_id: str) -> str | None:
        previous = self.service.set_current_phase(session_id, phase_id)
        self.currentPhaseChanged.emit(session_id, phase_id)
        return previous

    def restore_current_phase(self, session_id: str, phase_id: str | None) -> None:
        """Undo of running a phase: point the session back at the phase before."""
        self.service.update_session(session_id, current_phase_id=phase_id)
        self._announce_current(session_id)

    def _announce_current(self, session_id: str) -> None:
        current = self.service.get_session(session_id).current_phase_id
        if current:
            self.currentPhaseChanged.emit(session_id, current)

    # timer -------------------------------------------------------------------
    def timer(self, phase_id: str, action: str, *args: Any) -> TimerState:
        """``action`` is one of set, start, pause, add, reset, restore."""
        method = getattr(self.service, f"timer_{action}")
        state: TimerState = method(phase_id, *args)
        self.timerChanged.emit(phase_id)
        return state
