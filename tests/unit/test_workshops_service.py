"""Events, sessions from method templates, phases and the phase timer, through
the service on a real workspace file (and across closing and reopening it)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from cosmart_desktop.domain.enums import SessionFormat
from cosmart_desktop.domain.errors import NotFound, Refused
from cosmart_desktop.domain.templates import load_templates
from cosmart_desktop.services.workshops import WorkshopService
from cosmart_desktop.storage.workspace import open_workspace

ZW_KEYS = ["vorbereitung", "kritik", "utopie", "verwirklichung", "nachbereitung"]


class FakeClock:
    def __init__(self, start: float = 1_800_000_000.0) -> None:
        self.t = start

    def __call__(self) -> float:
        return self.t


@pytest.fixture
def svc(workspace):
    return WorkshopService(workspace, now=FakeClock())


def test_event_fields_are_checked_and_stored(svc: WorkshopService) -> None:
    themes = [tid for tid, _ in svc.leitthemen()[:2]]
    event_id = svc.create_event(
        "  Denklabor Kirchditmold  ",
        date=date(2026, 5, 9),
        place="Stadtteiltreff\nKirchditmold",
        district="Kirchditmold",
        process_step=3,
        leitthemen=[*themes, themes[0]],
    )
    event = svc.get_event(event_id)
    assert event.title == "Denklabor Kirchditmold"
    assert event.place == "Stadtteiltreff Kirchditmold", "one-line fields lose line breaks"
    assert event.leitthemen == tuple(themes), "duplicates dropped, order kept"
    assert event.date == date(2026, 5, 9) and event.process_step == 3


@pytest.mark.parametrize(
    ("fields", "needle"),
    [
        ({"title": ""}, "must not be empty"),
        ({"title": "   "}, "must not be empty"),
        ({"title": "a\x00b"}, "NUL"),
        ({"title": "x" * 301}, "at most 300"),
        ({"title": "ok", "process_step": 6}, "1 to 5"),
        ({"title": "ok", "date": "2026-01-01"}, "must be a date"),
        ({"title": "ok", "notes": "n" * 1_000_001}, "at most 1,000,000"),
        ({"title": "ok", "colour": "rot"}, "unknown event field"),
    ],
)
def test_bad_event_input_is_refused_and_nothing_stored(
    svc: WorkshopService, fields: dict[str, object], needle: str
) -> None:
    title = fields.pop("title")
    with pytest.raises(Refused, match=needle):
        svc.create_event(title, **fields)  # type: ignore[arg-type]
    assert svc.list_events() == []


def test_odd_text_is_kept_exactly(svc: WorkshopService) -> None:
    odd = "👩‍👩‍👧 ‮Ratte‬ שלום Kassel – „Zukunft“"
    event_id = svc.create_event(odd)
    big = "Notiz " * 166_000  # just under the 1 MB limit
    svc.update_event(event_id, notes=big)
    event = svc.get_event(event_id)
    assert event.title == odd and event.notes == big


@pytest.mark.parametrize("fmt", list(SessionFormat))
def test_session_from_each_template(svc: WorkshopService, fmt: SessionFormat) -> None:
    event_id = svc.create_event("Veranstaltung")
    session_id = svc.create_session(event_id, fmt)
    template = load_templates("de")[fmt]
    phases = svc.list_phases(session_id)
    assert [p.title for p in phases] == [p.title for p in template.phases]
    assert [p.guiding_question for p in phases] == [p.guiding_question for p in template.phases]
    assert [p.timer.duration_s for p in phases] == [p.duration_min * 60 for p in template.phases]
    session = svc.get_session(session_id)
    assert session.title == template.title and session.format is fmt
    assert session.current_phase_id == phases[0].id


def test_english_template_and_own_title(svc: WorkshopService) -> None:
    event_id = svc.create_event("Future workshop")
    session_id = svc.create_session(event_id, SessionFormat.ZUKUNFTSWERKSTATT, "Day 1", lang="en")
    phases = svc.list_phases(session_id)
    assert svc.get_session(session_id).title == "Day 1"
    assert phases[1].title == "Critique phase"
    assert phases[1].guiding_question == "What bothers you about …?"


def test_session_needs_a_live_event(svc: WorkshopService) -> None:
    with pytest.raises(NotFound):
        svc.create_session("0" * 36, SessionFormat.FREE)
    event_id = svc.create_event("weg")
    svc.update_event(event_id, deleted=True)
    with pytest.raises(NotFound):
        svc.create_session(event_id, SessionFormat.FREE)


def test_phases_add_reorder_remove_restore(svc: WorkshopService) -> None:
    event_id = svc.create_event("Zukunftswerkstatt")
    session_id = svc.create_session(event_id, SessionFormat.ZUKUNFTSWERKSTATT)
    ids = svc.phase_order(session_id)
    new = svc.add_phase(session_id, "Pause mit Kaffee", 2, guiding_question="Kaffee?")
    assert svc.phase_order(session_id) == [*ids[:2], new, *ids[2:]]
    old = svc.set_phase_order(session_id, list(reversed(svc.phase_order(session_id))))
    assert old == [*ids[:2], new, *ids[2:]]
    assert [p.id for p in svc.list_phases(session_id)] == list(reversed(old))
    with pytest.raises(Refused, match="exactly the session's phases"):
        svc.set_phase_order(session_id, ids)
    svc.remove_phase(new)
    assert new not in svc.phase_order(session_id)
    svc.restore_phase(new)
    assert new in svc.phase_order(session_id)
    assert svc.get_phase(new).guiding_question == "Kaffee?"


def test_removing_the_running_phase_moves_the_current_phase(svc: WorkshopService) -> None:
    event_id = svc.create_event("Denklabor")
    session_id = svc.create_session(event_id, SessionFormat.DENKLABOR)
    first, second, *_ = svc.phase_order(session_id)
    svc.remove_phase(first)
    assert svc.get_session(session_id).current_phase_id == second


def test_the_last_phase_cannot_be_removed(svc: WorkshopService) -> None:
    event_id = svc.create_event("Frei")
    session_id = svc.create_session(event_id, SessionFormat.FREE)
    ids = svc.phase_order(session_id)
    for pid in ids[1:]:
        svc.remove_phase(pid)
    with pytest.raises(Refused, match="at least one phase"):
        svc.remove_phase(ids[0])


def test_running_a_phase_records_when(svc: WorkshopService) -> None:
    event_id = svc.create_event("Bürgerrat")
    session_id = svc.create_session(event_id, SessionFormat.BUERGERRAT)
    first, second, *_ = svc.phase_order(session_id)
    svc.set_current_phase(session_id, first)
    previous = svc.set_current_phase(session_id, second)
    assert previous == first
    assert svc.get_phase(first).actual_end is not None
    assert svc.get_phase(second).actual_start is not None
    other = svc.create_session(event_id, SessionFormat.FREE)
    with pytest.raises(Refused, match="another session"):
        svc.set_current_phase(other, first)


def test_timer_set_start_pause_add_with_a_clock(svc: WorkshopService) -> None:
    clock = svc.now
    assert isinstance(clock, FakeClock)
    event_id = svc.create_event("Timer")
    session_id = svc.create_session(event_id, SessionFormat.FREE)
    phase_id = svc.phase_order(session_id)[0]
    state = svc.timer_set(phase_id, 120)
    assert (state.duration_s, state.running) == (120, False)
    state = svc.timer_start(phase_id)
    clock.t += 50
    assert state.remaining(clock()) == 70
    state = svc.timer_pause(phase_id)
    assert not state.running and state.elapsed_s == 50
    clock.t += 1000  # paused: time does not pass
    state = svc.timer_start(phase_id)
    clock.t += 71
    assert state.finished(clock()) and state.remaining(clock()) == -1
    state = svc.timer_add(phase_id, 60)
    assert not state.finished(clock()) and state.remaining(clock()) == 59
    with pytest.raises(Refused):
        svc.timer_set(phase_id, -1)
    with pytest.raises(Refused):
        svc.timer_set(phase_id, 25 * 3600)


def test_a_running_timer_keeps_running_across_reopening(db_path: Path) -> None:
    clock = FakeClock()
    with open_workspace(db_path) as ws:
        svc = WorkshopService(ws, now=clock)
        event_id = svc.create_event("Neustart")
        session_id = svc.create_session(event_id, SessionFormat.ZUKUNFTSWERKSTATT)
        phase_id = svc.phase_order(session_id)[1]
        svc.timer_set(phase_id, 600)
        svc.timer_start(phase_id)
    clock.t += 90  # the laptop was off for a minute and a half
    with open_workspace(db_path) as ws:
        state = WorkshopService(ws, now=clock).get_phase(phase_id).timer
    assert state.running and state.remaining(clock()) == 510
