"""Use cases for events, sessions and phases (including the phase timer)."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select

from ..domain.enums import SessionFormat
from ..domain.errors import NotFound, Refused
from ..domain.templates import template_for
from ..domain.text import TITLE_MAX, clean_text, clean_title
from ..domain.timer import TimerState
from ..storage.models import Event, Leitthema, Phase, Session
from ..storage.workspace import Workspace
from .common import apply_fields, get_live, get_live_or_deleted, noun
from .workshop_info import EventInfo as EventInfo
from .workshop_info import PhaseInfo as PhaseInfo
from .workshop_info import SessionInfo as SessionInfo

EVENT_FIELDS = frozenset(
    {
        "title",
        "date",
        "place",
        "district",
        "process_step",
        "leitthemen",
        "facilitators",
        "organiser",
        "notes",
        "archived",
        "deleted",
    }
)
SESSION_FIELDS = frozenset(
    {"title", "format", "facilitators", "notes", "archived", "deleted", "current_phase_id"}
)
PHASE_FIELDS = frozenset(
    {
        "title",
        "guiding_question",
        "rules",
        "timer_duration_s",
        "timer_elapsed_s",
        "timer_started_at",
        "board_zoom",
        "board_center_x",
        "board_center_y",
        "deleted",
        "actual_start",
        "actual_end",
    }
)


def _phase_info(p: Phase) -> PhaseInfo:
    return PhaseInfo(
        id=p.id,
        session_id=p.session_id,
        position=p.position,
        key=p.key,
        title=p.title,
        guiding_question=p.guiding_question,
        rules=p.rules,
        timer=TimerState(p.timer_duration_s, p.timer_elapsed_s, p.timer_started_at),
        actual_start=p.actual_start,
        actual_end=p.actual_end,
    )


def _session_info(s: Session, phase_title: str = "") -> SessionInfo:
    return SessionInfo(
        id=s.id,
        event_id=s.event_id,
        title=s.title,
        format=SessionFormat(s.format),
        current_phase_id=s.current_phase_id,
        facilitators=s.facilitators,
        notes=s.notes,
        archived=s.archived,
        current_phase_title=phase_title,
    )


def _check_event_fields(changes: dict[str, Any]) -> dict[str, Any]:
    out = dict(changes)
    if "title" in out:
        out["title"] = clean_title(out["title"], "Titel")
    for key in ("place", "district", "organiser"):
        if key in out:
            out[key] = clean_text(out[key], key, max_len=TITLE_MAX, multiline=False)
    for key in ("facilitators", "notes"):
        if key in out:
            out[key] = clean_text(out[key], key)
    if "process_step" in out and out["process_step"] not in (1, 2, 3, 4, 5):
        raise Refused("process step must be 1 to 5")
    if "date" in out and out["date"] is not None and not isinstance(out["date"], date):
        raise Refused("date must be a date")
    if "leitthemen" in out:
        out["leitthemen"] = list(dict.fromkeys(out["leitthemen"]))
    return out


class WorkshopService:
    """Events, sessions and phases of one workspace."""

    def __init__(self, workspace: Workspace, now: Callable[[], float] = time.time) -> None:
        self.ws = workspace
        self.now = now  # the wall clock of timers (seconds); tests inject their own

    # -- events ---------------------------------------------------------------
    def list_events(self, *, include_archived: bool = True) -> list[EventInfo]:
        with self.ws.session() as s:
            events = s.scalars(
                select(Event)
                .where(Event.deleted.is_(False))
                .order_by(Event.date.desc().nulls_last(), Event.title)
            ).all()
            sessions = s.scalars(
                select(Session)
                .where(Session.deleted.is_(False))
                .order_by(Session.position, Session.title)
            ).all()
            current = [x.current_phase_id for x in sessions if x.current_phase_id]
            titles: dict[str, str] = {
                pid: title
                for pid, title in s.execute(
                    select(Phase.id, Phase.title).where(Phase.id.in_(current))
                )
            }
        by_event: dict[str, list[SessionInfo]] = {}
        for sess in sessions:
            title = titles.get(sess.current_phase_id or "", "")
            by_event.setdefault(sess.event_id, []).append(_session_info(sess, title))
        return [
            self._event_info(e, by_event.get(e.id, []))
            for e in events
            if include_archived or not e.archived
        ]

    @staticmethod
    def _event_info(e: Event, sessions: list[SessionInfo]) -> EventInfo:
        return EventInfo(
            id=e.id,
            title=e.title,
            date=e.date,
            place=e.place,
            district=e.district,
            process_step=e.process_step,
            leitthemen=tuple(e.leitthemen or ()),
            facilitators=e.facilitators,
            organiser=e.organiser,
            notes=e.notes,
            archived=e.archived,
            sessions=tuple(sessions),
        )

    def get_event(self, event_id: str) -> EventInfo:
        with self.ws.session() as s:
            e = get_live(s, Event, event_id, "event")
            sessions = s.scalars(
                select(Session)
                .where(Session.event_id == event_id, Session.deleted.is_(False))
                .order_by(Session.position, Session.title)
            ).all()
            return self._event_info(e, [_session_info(x) for x in sessions])

    def create_event(self, title: str, **fields: Any) -> str:
        values = _check_event_fields({"title": title, **fields})
        unknown = set(values) - EVENT_FIELDS
        if unknown:
            raise Refused("unknown event field(s): {fields}", fields=", ".join(sorted(unknown)))
        with self.ws.transaction() as s:
            event = Event(**values)
            s.add(event)
            s.flush()
            return event.id

    def update_event(self, event_id: str, **changes: Any) -> dict[str, Any]:
        values = _check_event_fields(changes)
        with self.ws.transaction() as s:
            return apply_fields(get_live_or_deleted(s, Event, event_id), values, EVENT_FIELDS)

    def leitthemen(self) -> list[tuple[str, str]]:
        """(id, name) of the strategy frame's Leitthemen, in order."""
        with self.ws.session() as s:
            rows = s.execute(
                select(Leitthema.id, Leitthema.name)
                .where(Leitthema.deleted.is_(False))
                .order_by(Leitthema.position)
            ).all()
        return [(r[0], r[1]) for r in rows]

    # -- sessions -------------------------------------------------------------
    def create_session(
        self, event_id: str, fmt: SessionFormat, title: str | None = None, lang: str = "de"
    ) -> str:
        template = template_for(fmt, lang)
        name = clean_title(title if title else template.title, "Titel")
        with self.ws.transaction() as s:
            get_live(s, Event, event_id, "event")
            count = len(s.scalars(select(Session.id).where(Session.event_id == event_id)).all())
            session = Session(
                event_id=event_id, title=name, format=fmt.value, position=float(count)
            )
            s.add(session)
            s.flush()
            first: str | None = None
            for index, pt in enumerate(template.phases):
                phase = Phase(
                    session_id=session.id,
                    position=float(index),
                    key=pt.key,
                    title=pt.title,
                    guiding_question=pt.guiding_question,
                    rules=pt.rules,
                    timer_duration_s=pt.duration_min * 60,
                )
                s.add(phase)
                s.flush()
                first = first or phase.id
            session.current_phase_id = first
            return session.id

    def get_session(self, session_id: str) -> SessionInfo:
        with self.ws.session() as s:
            return _session_info(get_live(s, Session, session_id, "session"))

    def update_session(self, session_id: str, **changes: Any) -> dict[str, Any]:
        if "title" in changes:
            changes["title"] = clean_title(changes["title"], "Titel")
        with self.ws.transaction() as s:
            return apply_fields(
                get_live_or_deleted(s, Session, session_id), changes, SESSION_FIELDS
            )

    # -- phases ---------------------------------------------------------------
    def list_phases(self, session_id: str) -> list[PhaseInfo]:
        with self.ws.session() as s:
            rows = s.scalars(
                select(Phase)
                .where(Phase.session_id == session_id, Phase.deleted.is_(False))
                .order_by(Phase.position)
            ).all()
            return [_phase_info(p) for p in rows]

    def get_phase(self, phase_id: str) -> PhaseInfo:
        with self.ws.session() as s:
            return _phase_info(get_live(s, Phase, phase_id, "phase"))

    def add_phase(
        self,
        session_id: str,
        title: str,
        index: int | None = None,
        *,
        guiding_question: str = "",
        rules: str = "",
        duration_s: int = 30 * 60,
    ) -> str:
        name = clean_title(title, "Titel")
        with self.ws.transaction() as s:
            get_live(s, Session, session_id, "session")
            phase = Phase(
                session_id=session_id,
                title=name,
                guiding_question=clean_text(guiding_question, "Leitfrage"),
                rules=clean_text(rules, "Regeln"),
                timer_duration_s=max(0, int(duration_s)),
                position=1e9,
            )
            s.add(phase)
            s.flush()
            order = [p.id for p in self._ordered(s, session_id) if p.id != phase.id]
            order.insert(len(order) if index is None else max(0, min(index, len(order))), phase.id)
            self._renumber(s, session_id, order)
            return phase.id

    def update_phase(self, phase_id: str, **changes: Any) -> dict[str, Any]:
        if "title" in changes:
            changes["title"] = clean_title(changes["title"], "Titel")
        for key, label in (("guiding_question", "Leitfrage"), ("rules", "Regeln")):
            if key in changes:
                changes[key] = clean_text(changes[key], label)
        with self.ws.transaction() as s:
            return apply_fields(get_live_or_deleted(s, Phase, phase_id), changes, PHASE_FIELDS)

    def phase_order(self, session_id: str) -> list[str]:
        with self.ws.session() as s:
            return [p.id for p in self._ordered(s, session_id)]

    def set_phase_order(self, session_id: str, order: list[str]) -> list[str]:
        """Reorder the live phases; returns the previous order (for undo)."""
        with self.ws.transaction() as s:
            old = [p.id for p in self._ordered(s, session_id)]
            if sorted(old) != sorted(order):
                raise Refused("the new order must name exactly the session's phases")
            self._renumber(s, session_id, order)
            return old

    def remove_phase(self, phase_id: str) -> None:
        with self.ws.transaction() as s:
            phase = get_live(s, Phase, phase_id, "phase")
            live = self._ordered(s, phase.session_id)
            if len(live) <= 1:
                raise Refused("a session needs at least one phase")
            phase.deleted = True
            session = s.get(Session, phase.session_id)
            assert session is not None
            if session.current_phase_id == phase_id:
                rest = [p for p in live if p.id != phase_id]
                session.current_phase_id = rest[0].id

    def restore_phase(self, phase_id: str) -> None:
        with self.ws.transaction() as s:
            phase = s.get(Phase, phase_id)
            if phase is None:
                raise NotFound("{what} {row_id} not found", what=noun("phase"), row_id=phase_id)
            phase.deleted = False

    def set_current_phase(self, session_id: str, phase_id: str) -> str | None:
        """Make a phase the running one; records actual start/end for the agenda.
        Returns the previous current phase id."""
        now = datetime.now(UTC)
        with self.ws.transaction() as s:
            session = get_live(s, Session, session_id, "session")
            target = get_live(s, Phase, phase_id, "phase")
            if target.session_id != session_id:
                raise Refused("that phase belongs to another session")
            previous = session.current_phase_id
            if previous and previous != phase_id:
                old = s.get(Phase, previous)
                if old is not None and old.actual_start is not None:
                    old.actual_end = now
            if target.actual_start is None:
                target.actual_start = now
            target.actual_end = None
            session.current_phase_id = phase_id
            return previous

    # -- timer ----------------------------------------------------------------
    def _timer(self, phase_id: str, change: Callable[[TimerState], TimerState]) -> TimerState:
        with self.ws.transaction() as s:
            phase = get_live(s, Phase, phase_id, "phase")
            state = change(
                TimerState(phase.timer_duration_s, phase.timer_elapsed_s, phase.timer_started_at)
            )
            phase.timer_duration_s = state.duration_s
            phase.timer_elapsed_s = state.elapsed_s
            phase.timer_started_at = state.started_at
            if state.running and phase.actual_start is None:
                phase.actual_start = datetime.now(UTC)
            return state

    def timer_set(self, phase_id: str, seconds: int) -> TimerState:
        if seconds < 0 or seconds > 24 * 3600:
            raise Refused("timer must be between 0 and 24 hours")
        return self._timer(phase_id, lambda t: t.set_duration(seconds))

    def timer_start(self, phase_id: str) -> TimerState:
        return self._timer(phase_id, lambda t: t.start(self.now()))

    def timer_pause(self, phase_id: str) -> TimerState:
        return self._timer(phase_id, lambda t: t.pause(self.now()))

    def timer_add(self, phase_id: str, seconds: int = 60) -> TimerState:
        return self._timer(phase_id, lambda t: t.add(seconds))

    def timer_reset(self, phase_id: str) -> TimerState:
        return self._timer(phase_id, lambda t: t.reset())

    def timer_restore(self, phase_id: str, state: TimerState) -> TimerState:
        return self._timer(phase_id, lambda _t: state)

    # -- helpers --------------------------------------------------------------
    @staticmethod
    def _ordered(s: Any, session_id: str) -> list[Phase]:
        return list(
            s.scalars(
                select(Phase)
                .where(Phase.session_id == session_id, Phase.deleted.is_(False))
                .order_by(Phase.position)
            ).all()
        )

    @staticmethod
    def _renumber(s: Any, session_id: str, order: list[str]) -> None:
        for index, pid in enumerate(order):
            phase = s.get(Phase, pid)
            if phase is not None and phase.position != float(index):
                phase.position = float(index)
