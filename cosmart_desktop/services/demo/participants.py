"""Demo participants: pseudonymous by default, a few with consented contact data
(obviously fictitious names, ``example.org`` addresses, ``0000`` phone numbers),
one withdrawn consent, one person who asked to be named as an idea's author,
and follow-up tokens for every session and Steckbrief."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from ...domain.consent import consent_text
from ...domain.enums import ConsentMethod, FollowUpTarget
from ...storage.models import Session, Steckbrief
from ...storage.workspace import Workspace
from ..followup import FollowUpService
from ..participants import ParticipantService
from ..settings import FOLLOWUP_URL, OFFICE
from .workshops import DemoEvents

NICKNAMES = [
    "Radlerin",
    "Nachbar vom Platz",
    "Kiezkind",
    "Frühaufsteher",
    "Gärtnerin",
    "Bus-Pendler",
    "Oma Hilde",
    "Skaterin",
    "Bücherwurm",
    "Tüftler",
]
#: (name, e-mail, phone) — fictitious, recognisably so
CONTACTS = [
    ("Erika Beispiel (Demo)", "erika.beispiel@example.org", ""),
    ("Max Mustermann (Demo)", "max.mustermann@example.org", "0561 0000 101"),
    ("Anna Platzhalter (Demo)", "", "0561 0000 102"),
    ("Jonas Testperson (Demo)", "jonas.testperson@example.org", ""),
    ("Lea Fiktiv (Demo)", "lea.fiktiv@example.org", "0561 0000 103"),
    ("Ömer Erfunden (Demo)", "oemer.erfunden@example.org", ""),
    ("Sofia Ausgedacht (Demo)", "sofia.ausgedacht@example.org", ""),
    ("Karl Probe (Demo)", "karl.probe@example.org", "0561 0000 104"),
]
PURPOSES = ["Information über die Umsetzung", "Einladung zu weiteren Veranstaltungen"]
RECORDER = "Demo-Team Smart City Büro"


def build_participants(ws: Workspace, made: DemoEvents, rng: random.Random) -> None:
    people = ParticipantService(ws)
    followup = FollowUpService(ws, FOLLOWUP_URL.default)
    contacts = iter(CONTACTS)
    named_done = False
    base = datetime(2026, 9, 12, 10, 30, tzinfo=UTC)
    for index, event_id in enumerate(made.events.values()):
        count = rng.randint(8, 14)
        ids = []
        for n in range(count):
            nick = rng.choice(NICKNAMES) if rng.random() < 0.4 else ""
            ids.append(people.add_participant(event_id, nick, number=n + 1))
        for k, pid in enumerate(rng.sample(ids, 2)):
            contact = next(contacts, None)
            if contact is None:
                break
            name, email, phone = contact
            purpose = PURPOSES[k % len(PURPOSES)]
            consent_id = people.record_consent(
                pid,
                text=consent_text(OFFICE.default, purpose),
                purpose=purpose,
                method=ConsentMethod.PAPER if k == 0 else ConsentMethod.SCREEN,
                recorded_by=RECORDER,
                name=name,
                email=email,
                phone=phone,
                given_at=base + timedelta(days=21 * index, minutes=15 * k),
            )
            if index == 1 and k == 1:
                people.withdraw_consent(consent_id)  # one person changed their mind
        if not named_done:
            named_done = _name_an_author(ws, people, event_id, ids)
    with ws.session() as s:
        sessions = list(s.scalars(select(Session.id).where(Session.deleted.is_(False))))
        ideas = list(s.scalars(select(Steckbrief.id).where(Steckbrief.deleted.is_(False))))
    for session_id in sessions:
        followup.ensure_token(FollowUpTarget.SESSION, session_id)
    for idea_id in ideas:
        followup.ensure_token(FollowUpTarget.STECKBRIEF, idea_id)


def _name_an_author(
    ws: Workspace, people: ParticipantService, event_id: str, ids: list[str]
) -> bool:
    """One participant asked to be named as the author of an idea of their event."""
    with ws.session() as s:
        idea = s.scalar(
            select(Steckbrief.id)
            .where(Steckbrief.event_id == event_id, Steckbrief.deleted.is_(False))
            .order_by(Steckbrief.title)
            .limit(1)
        )
    if idea is None:
        return False
    author = ids[-1]
    people.update_participant(author, public_name="Paula Beispielhaft (Demo)")
    people.set_author("steckbrief", idea, author)
    return True
