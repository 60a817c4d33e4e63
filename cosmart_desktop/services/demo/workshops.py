"""Demo events and sessions: one per format, in real Kassel districts."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date

from ...domain.enums import SessionFormat
from ...storage.workspace import Workspace
from ..workshops import WorkshopService


@dataclass
class DemoEvents:
    """Ids of what the demo made, for the later demo builders and tests."""

    events: dict[SessionFormat, str] = field(default_factory=dict)
    sessions: dict[SessionFormat, str] = field(default_factory=dict)


_EVENTS = [
    {
        "format": SessionFormat.DENKLABOR,
        "title": "Denklabor Oberzwehren: Unser smartes Quartier",
        "session": "Denklabor am Samstagvormittag",
        "date": date(2026, 9, 12),
        "place": "Bürgerhaus Oberzwehren, Mattenbergstraße",
        "district": "Oberzwehren",
        "step": 2,
        "themes": ["Leben, Wohnen & Kultur", "Mobilität"],
        "facilitators": "Moderation: Team Smart City Büro",
        "current": 2,
    },
    {
        "format": SessionFormat.ZUKUNFTSWERKSTATT,
        "title": "Zukunftswerkstatt Mobilität und Klima",
        "session": "Zukunftswerkstatt, Tag 1",
        "date": date(2026, 10, 3),
        "place": "Rathaus Kassel, Bürgersaal",
        "district": "Mitte",
        "step": 4,
        "themes": ["Mobilität", "Energie & Umwelt", "Datensouveränität"],
        "facilitators": "Zwei Moderierende aus dem Projektbüro",
        "current": 3,
    },
    {
        "format": SessionFormat.BUERGERRAT,
        "title": "Bürgerrat Smart City Kassel",
        "session": "Dritte Sitzung: Empfehlungen und Abstimmung",
        "date": date(2026, 10, 24),
        "place": "Kulturzentrum Schlachthof",
        "district": "Wesertor",
        "step": 4,
        "themes": ["Arbeit & Bildung", "Digitale Infrastruktur", "Datensouveränität"],
        "facilitators": "Externe Moderation im Auftrag der Stadt",
        "current": 4,
    },
    {
        "format": SessionFormat.FREE,
        "title": "Stadtlabor Kirchditmold: Digitale Nachbarschaft",
        "session": "Ideensammlung im Stadtteiltreff",
        "date": date(2026, 11, 14),
        "place": "Stadtteiltreff Kirchditmold",
        "district": "Kirchditmold",
        "step": 1,
        "themes": ["Leben, Wohnen & Kultur", "Digitale Infrastruktur"],
        "facilitators": "Quartiersmanagement Kirchditmold",
        "current": 0,
    },
]


def build_workshops(ws: Workspace, rng: random.Random) -> DemoEvents:
    service = WorkshopService(ws)
    themes = {name: tid for tid, name in service.leitthemen()}
    made = DemoEvents()
    for spec in _EVENTS:
        fmt = spec["format"]
        assert isinstance(fmt, SessionFormat)
        event_id = service.create_event(
            str(spec["title"]),
            date=spec["date"],
            place=spec["place"],
            district=spec["district"],
            process_step=spec["step"],
            leitthemen=[themes[t] for t in spec["themes"]],  # type: ignore[attr-defined]
            facilitators=spec["facilitators"],
            organiser="Stadt Kassel – Smart City Büro",
        )
        session_id = service.create_session(event_id, fmt, str(spec["session"]))
        phases = service.list_phases(session_id)
        current = int(spec["current"])  # type: ignore[call-overload]
        for phase in phases[: current + 1]:
            service.set_current_phase(session_id, phase.id)
        # the running phase has its timer going with a few minutes used
        running = phases[current].id
        service.timer_start(running)
        service.timer_pause(running)
        service.update_phase(running, timer_elapsed_s=float(rng.randint(5, 20) * 60))
        made.events[fmt] = event_id
        made.sessions[fmt] = session_id
    return made
