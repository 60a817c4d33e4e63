"""What the workshop service hands out: plain frozen values, no SQLAlchemy.

Kept apart from ``workshops.py`` so the home screen can show a workspace's
events before the database layer has been imported (see ``overview.py``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from ..domain.enums import SessionFormat
from ..domain.timer import TimerState

__all__ = ["EventInfo", "PhaseInfo", "SessionInfo"]


@dataclass(frozen=True, slots=True)
class PhaseInfo:
    id: str
    session_id: str
    position: float
    key: str
    title: str
    guiding_question: str
    rules: str
    timer: TimerState
    actual_start: datetime | None
    actual_end: datetime | None


@dataclass(frozen=True, slots=True)
class SessionInfo:
    id: str
    event_id: str
    title: str
    format: SessionFormat
    current_phase_id: str | None
    facilitators: str
    notes: str
    archived: bool
    #: title of the running phase (filled in by ``list_events``)
    current_phase_title: str = ""


@dataclass(frozen=True, slots=True)
class EventInfo:
    id: str
    title: str
    date: date | None
    place: str
    district: str
    process_step: int
    leitthemen: tuple[str, ...]
    facilitators: str
    organiser: str
    notes: str
    archived: bool
    sessions: tuple[SessionInfo, ...]
