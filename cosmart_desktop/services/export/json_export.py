"""``cosmart export json``: the complete machine-readable record of a session or
an event. Schema: docs/export-json.md. Never contains contact data."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from datetime import date, datetime
from importlib import import_module
from pathlib import Path
from typing import Any

from sqlalchemy import inspect as sa_inspect
from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from ... import __version__
from ...domain.errors import NotFound
from ...storage.base import Synced
from ...storage.models import (
    Attachment,
    Ballot,
    Card,
    Cluster,
    CriteriaCatalogue,
    Criterion,
    Event,
    FollowUpToken,
    Participant,
    Phase,
    Rating,
    Recommendation,
    Session,
    Steckbrief,
    Vote,
    VoteOption,
    VoteRound,
)
from ...storage.workspace import Workspace
from ..atomic import write_text_atomic
from ..common import noun

SCHEMA = "cosmart-export/1"
#: never exported: sync bookkeeping and binary payloads
_SKIP = {"site_id", "hlc", "deleted", "data"}
#: the computed sections of a session record (e.g. vote results), each
#: ``(module, function)`` owned by the service that computes it; looked up when a
#: record is made, so the record never depends on what was imported before
SessionSection = Callable[[Workspace, OrmSession, dict[str, Any]], None]
SESSION_SECTIONS = (
    ("..voting_report", "add_vote_results"),
    ("..steckbrief", "add_steckbrief_scores"),
)


def _sections() -> list[SessionSection]:
    return [getattr(import_module(module, __package__), name) for module, name in SESSION_SECTIONS]


def _value(v: Any) -> Any:
    if isinstance(v, datetime | date):
        return v.isoformat()
    return v


def row_dict(row: Synced) -> dict[str, Any]:
    mapper = sa_inspect(type(row))
    return {
        attr.key: _value(getattr(row, attr.key))
        for attr in mapper.column_attrs
        if attr.key not in _SKIP
    }


def _live(s: OrmSession, model: type[Any], *where: Any) -> list[Any]:
    return list(s.scalars(select(model).where(model.deleted.is_(False), *where)).all())


def _rows(items: Iterable[Synced]) -> list[dict[str, Any]]:
    return [row_dict(r) for r in items]


def _session_record(ws: Workspace, s: OrmSession, session: Session) -> dict[str, Any]:
    phases = sorted(_live(s, Phase, Phase.session_id == session.id), key=lambda p: p.position)
    phase_ids = [p.id for p in phases]
    clusters = _live(s, Cluster, Cluster.phase_id.in_(phase_ids))
    cards = _live(s, Card, Card.phase_id.in_(phase_ids))
    attachments = _live(s, Attachment, Attachment.phase_id.in_(phase_ids))
    rounds = _live(s, VoteRound, VoteRound.session_id == session.id)
    round_ids = [r.id for r in rounds]
    options = _live(s, VoteOption, VoteOption.round_id.in_(round_ids))
    votes = _live(s, Vote, Vote.round_id.in_(round_ids))
    ballots = _live(s, Ballot, Ballot.round_id.in_(round_ids))
    steckbriefe = _live(s, Steckbrief, Steckbrief.session_id == session.id)
    ratings = _live(s, Rating, Rating.steckbrief_id.in_([b.id for b in steckbriefe]))
    tokens = _live(
        s,
        FollowUpToken,
        FollowUpToken.target_id.in_([session.id, *[b.id for b in steckbriefe]]),
    )
    record: dict[str, Any] = {
        **row_dict(session),
        "phases": [
            {
                **row_dict(p),
                "clusters": _rows(c for c in clusters if c.phase_id == p.id),
                "cards": _rows(c for c in cards if c.phase_id == p.id),
                "attachments": _rows(a for a in attachments if a.phase_id == p.id),
            }
            for p in phases
        ],
        "recommendations": _rows(_live(s, Recommendation, Recommendation.session_id == session.id)),
        "vote_rounds": [
            {
                **row_dict(r),
                "options": _rows(o for o in options if o.round_id == r.id),
                "votes": _rows(v for v in votes if v.round_id == r.id),
                "ballots": len([b for b in ballots if b.round_id == r.id]),
            }
            for r in rounds
        ],
        "steckbriefe": [
            {**row_dict(b), "ratings": _rows(r for r in ratings if r.steckbrief_id == b.id)}
            for b in steckbriefe
        ],
        "followup_tokens": _rows(tokens),
    }
    for section in _sections():
        section(ws, s, record)
    return record


def _event_record(
    ws: Workspace, s: OrmSession, event: Event, session_ids: list[str] | None
) -> dict[str, Any]:
    sessions = sorted(_live(s, Session, Session.event_id == event.id), key=lambda x: x.position)
    if session_ids is not None:
        sessions = [x for x in sessions if x.id in session_ids]
    loose = _live(s, Steckbrief, Steckbrief.event_id == event.id, Steckbrief.session_id.is_(None))
    return {
        **row_dict(event),
        "participant_count": len(_live(s, Participant, Participant.event_id == event.id)),
        "sessions": [_session_record(ws, s, x) for x in sessions],
        "steckbriefe_without_session": _rows(loose),
    }


def _frame(s: OrmSession) -> dict[str, Any]:
    catalogues = _live(s, CriteriaCatalogue)
    criteria = _live(s, Criterion)
    return {
        "criteria_catalogues": [
            {**row_dict(c), "criteria": _rows(x for x in criteria if x.catalogue_id == c.id)}
            for c in catalogues
        ],
    }


def export_record(
    ws: Workspace, *, session_id: str | None = None, event_id: str | None = None
) -> dict[str, Any]:
    """The record of one session (inside its event) or of a whole event."""
    with ws.session() as s:
        if session_id is not None:
            session = s.get(Session, session_id)
            if session is None or session.deleted:
                raise NotFound("{what} {row_id} not found", what=noun("session"), row_id=session_id)
            event = s.get(Event, session.event_id)
            assert event is not None
            body = _event_record(ws, s, event, [session_id])
        else:
            assert event_id is not None
            event = s.get(Event, event_id)
            if event is None or event.deleted:
                raise NotFound("{what} {row_id} not found", what=noun("event"), row_id=event_id)
            body = _event_record(ws, s, event, None)
        return {
            "schema": SCHEMA,
            "generator": f"cosmart_desktop {__version__}",
            "scope": "session" if session_id else "event",
            "event": body,
            **_frame(s),
        }


def write_json(path: Path, record: dict[str, Any]) -> None:
    write_text_atomic(
        path, json.dumps(record, ensure_ascii=False, indent=2, sort_keys=False) + "\n"
    )
