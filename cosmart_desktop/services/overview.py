"""The list of events and sessions for the home screen, read without the ORM.

Returns the same values as ``WorkshopService.list_events`` (a test holds them
equal); used to show the window with its content while the rest of the
application is still loading."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from ..domain.enums import SessionFormat
from ..storage.overview import read_overview
from .workshop_info import EventInfo, SessionInfo


def quick_event_list(path: Path) -> list[EventInfo]:
    event_rows, session_rows = read_overview(path)
    by_event: dict[str, list[SessionInfo]] = {}
    for sid, event_id, title, fmt, current, facilitators, notes, archived, phase in session_rows:
        by_event.setdefault(event_id, []).append(
            SessionInfo(
                id=sid,
                event_id=event_id,
                title=title,
                format=SessionFormat(fmt),
                current_phase_id=current,
                facilitators=facilitators,
                notes=notes,
                archived=bool(archived),
                current_phase_title=phase or "",
            )
        )
    events = []
    for row in event_rows:
        eid, title, day, place, district, step, themes, facilitators, organiser, notes, arch = row
        events.append(
            EventInfo(
                id=eid,
                title=title,
                date=date.fromisoformat(day) if day else None,
                place=place,
                district=district,
                process_step=step,
                leitthemen=tuple(json.loads(themes) if themes else ()),
                facilitators=facilitators,
                organiser=organiser,
                notes=notes,
                archived=bool(arch),
                sessions=tuple(by_event.get(eid, ())),
            )
        )
    return events
