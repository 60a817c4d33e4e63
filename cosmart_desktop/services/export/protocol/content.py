"""Gathering a :class:`ProtocolContent` from the workspace tables.

Reads live rows only and never touches contact data (``contact_consent`` is not
read at all). Computed figures come from the domain: vote results from
``domain.voting.tally``, Steckbrief scores from ``domain.scoring``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from .... import __version__
from ....domain.enums import PROCESS_STEP_LABELS, SessionFormat, VoteMethod
from ....domain.errors import NotFound
from ....domain.voting import PASSIVE_LABEL, OptionRef, RankedOption
from ....storage.models import (
    Attachment,
    Card,
    Cluster,
    Event,
    Leitthema,
    Participant,
    Phase,
    Session,
    Steckbrief,
    VoteRound,
)
from ....storage.workspace import Workspace
from ...catalogue import CatalogueService, CriterionInfo
from ...common import noun
from ...voting import VotingService
from .model import (
    CardItem,
    ClusterItem,
    FollowUp,
    PhaseItem,
    Photo,
    ProtocolContent,
    SessionItem,
    SteckbriefItem,
    VoteRoundItem,
)
from .rules import round_rules
from .steckbriefe import gather_steckbriefe

#: ensure_token(kind, target_id) → url, or None where no follow-up is wanted
FollowUpMaker = Callable[[str, str], FollowUp | None]
Progress = Callable[[int, int, str], None]


def _live(s: OrmSession, model: type[Any], *where: Any) -> list[Any]:
    return list(s.scalars(select(model).where(model.deleted.is_(False), *where)).all())


def gather_protocol(
    ws: Workspace,
    *,
    session_id: str | None = None,
    event_id: str | None = None,
    office: str = "",
    followup: FollowUpMaker | None = None,
    progress: Progress | None = None,
) -> ProtocolContent:
    """The protocol of one session (scope "session") or of all sessions of an event."""
    try:
        criteria: Sequence[CriterionInfo] = CatalogueService(ws).active().criteria
    except NotFound:  # a workspace without catalogue: Steckbriefe without ratings
        criteria = ()
    with ws.session() as s:
        if session_id is not None:
            session = s.get(Session, session_id)
            if session is None or session.deleted:
                raise NotFound("{what} {row_id} not found", what=noun("session"), row_id=session_id)
            event = s.get(Event, session.event_id)
            sessions = [session]
        else:
            event = s.get(Event, event_id) if event_id else None
            if event is None or event.deleted:
                raise NotFound("{what} {row_id} not found", what=noun("event"), row_id=event_id)
            sessions = sorted(
                _live(s, Session, Session.event_id == event.id), key=lambda x: x.position
            )
        if event is None or event.deleted:
            raise NotFound("event of session {session_id} not found", session_id=session_id)
        themes = {t.id: t.name for t in _live(s, Leitthema)}
        items: list[SessionItem] = []
        for index, session in enumerate(sessions):
            if progress:
                progress(index, len(sessions), session.title)
            items.append(_session(ws, s, event, session, criteria, followup))
        loose: tuple[SteckbriefItem, ...] = ()
        if session_id is None:
            rows = _live(
                s, Steckbrief, Steckbrief.event_id == event.id, Steckbrief.session_id.is_(None)
            )
            loose = gather_steckbriefe(s, event, None, rows, criteria, followup)
        participants = s.scalar(
            select(func.count(Participant.id)).where(
                Participant.event_id == event.id, Participant.deleted.is_(False)
            )
        )
        return ProtocolContent(
            scope="session" if session_id else "event",
            event_id=event.id,
            event_title=event.title,
            event_date=event.date,
            place=event.place,
            district=event.district,
            process_step=event.process_step,
            process_step_label=PROCESS_STEP_LABELS.get(event.process_step, ""),
            leitthemen=tuple(themes[t] for t in event.leitthemen or [] if t in themes),
            facilitators=event.facilitators,
            organiser=event.organiser,
            office=office,
            participants=int(participants or 0),
            sessions=tuple(items),
            loose_steckbriefe=loose,
            generated_at=datetime.now(UTC),
            generator=f"Co-Smart Werkstatt {__version__}",
        )


def _session(
    ws: Workspace,
    s: OrmSession,
    event: Event,
    session: Session,
    criteria: Sequence[CriterionInfo],
    followup: FollowUpMaker | None,
) -> SessionItem:
    phases = sorted(_live(s, Phase, Phase.session_id == session.id), key=lambda p: p.position)
    phase_ids = [p.id for p in phases]
    clusters = _live(s, Cluster, Cluster.phase_id.in_(phase_ids))
    cards = _live(s, Card, Card.phase_id.in_(phase_ids))
    rounds = sorted(
        _live(s, VoteRound, VoteRound.session_id == session.id), key=lambda r: r.position
    )
    voting = VotingService(ws)
    round_items = [_round(voting, r, phases) for r in rounds]
    dots_card, dots_cluster = _dot_support(round_items)
    authors = _public_names(s, [c.author_participant_id for c in cards])
    photos = _photos(s, phase_ids)
    phase_items = [
        _phase(i, p, clusters, cards, photos, dots_card, dots_cluster, authors)
        for i, p in enumerate(phases, start=1)
    ]
    rows = _live(s, Steckbrief, Steckbrief.session_id == session.id)
    return SessionItem(
        id=session.id,
        title=session.title,
        format=SessionFormat(session.format),
        facilitators=session.facilitators,
        phases=tuple(phase_items),
        rounds=tuple(round_items),
        steckbriefe=gather_steckbriefe(s, event, session, rows, criteria, followup),
        followup=followup("session", session.id) if followup else None,
    )


def _public_names(s: OrmSession, ids: Iterable[str | None]) -> dict[str, str]:
    """Names of authors who asked to be named (never contact data)."""
    wanted = {i for i in ids if i}
    if not wanted:
        return {}
    rows = s.execute(
        select(Participant.id, Participant.public_name).where(
            Participant.id.in_(wanted), Participant.deleted.is_(False)
        )
    ).all()
    return {pid: name.strip() for pid, name in rows if name and name.strip()}


def _photos(s: OrmSession, phase_ids: Sequence[str]) -> list[tuple[str, str | None, Photo]]:
    rows = sorted(
        _live(s, Attachment, Attachment.phase_id.in_(phase_ids)), key=lambda a: (a.y, a.x)
    )
    return [
        (
            a.phase_id,
            a.cluster_id,
            Photo(a.id, a.filename, a.caption, a.mime, a.data, a.width, a.height),
        )
        for a in rows
        if a.data
    ]


def _roots(cards: Sequence[Card]) -> dict[str, str]:
    """card id → the id of the card it was finally merged into (itself if not merged)."""
    by_id = {c.id: c for c in cards}
    root: dict[str, str] = {}
    for card in cards:
        seen = {card.id}
        current = card
        while current.merged_into_id and current.merged_into_id in by_id:
            nxt = by_id[current.merged_into_id]
            if nxt.id in seen:  # a cycle: stop at the last card
                break
            seen.add(nxt.id)
            current = nxt
        root[card.id] = current.id
    return root


def _phase(
    number: int,
    phase: Phase,
    clusters: Sequence[Cluster],
    cards: Sequence[Card],
    photos: Sequence[tuple[str, str | None, Photo]],
    dots_card: dict[str, int],
    dots_cluster: dict[str, int],
    authors: dict[str, str],
) -> PhaseItem:
    own_cards = [c for c in cards if c.phase_id == phase.id]
    root = _roots(own_cards)
    merged: dict[str, list[Card]] = defaultdict(list)
    for c in own_cards:
        if root[c.id] != c.id:
            merged[root[c.id]].append(c)
    top = [c for c in own_cards if root[c.id] == c.id]
    own_clusters = sorted(
        (c for c in clusters if c.phase_id == phase.id), key=lambda c: (c.y, c.x, c.label)
    )
    cluster_ids = {c.id for c in own_clusters}
    labels = {c.id: c.label for c in clusters}

    def item(card: Card) -> CardItem:
        stacked = sorted(merged.get(card.id, []), key=lambda c: (c.rank, c.y, c.x))
        return CardItem(
            id=card.id,
            text=card.text,
            origin=card.origin,
            merged=tuple(c.text for c in stacked),
            author=authors.get(card.author_participant_id or "", ""),
            dots=dots_card.get(card.id, 0),
        )

    cluster_items = [
        ClusterItem(
            id=cl.id,
            label=cl.label,
            color=cl.color,
            cards=tuple(
                item(c)
                for c in sorted(
                    (c for c in top if c.cluster_id == cl.id), key=lambda c: (c.rank, c.y, c.x)
                )
            ),
            photos=tuple(p for ph, cid, p in photos if ph == phase.id and cid == cl.id),
            dots=dots_cluster.get(cl.id, 0),
            carried_from=labels.get(cl.carried_from_id or "", ""),
        )
        for cl in own_clusters
    ]
    loose = sorted(
        (c for c in top if c.cluster_id not in cluster_ids), key=lambda c: (c.y, c.x, c.rank)
    )
    return PhaseItem(
        id=phase.id,
        number=number,
        title=phase.title,
        guiding_question=phase.guiding_question,
        rules=phase.rules,
        actual_start=phase.actual_start,
        actual_end=phase.actual_end,
        clusters=tuple(cluster_items),
        loose_cards=tuple(item(c) for c in loose),
        photos=tuple(
            p for ph, cid, p in photos if ph == phase.id and (cid is None or cid not in cluster_ids)
        ),
    )


def _round(voting: VotingService, rnd: VoteRound, phases: Sequence[Phase]) -> VoteRoundItem:
    """One round with the figures the voting service computes (domain.voting.tally)."""
    results = voting.results(rnd.id)
    info = results.round
    result = results.result
    if any(r.option.kind == "passive" and not r.option.label.strip() for r in result.ranking):
        result = replace(result, ranking=tuple(_passive_label(r) for r in result.ranking))
    rules = info.rules([o.id for o in results.options])
    phase_title = next((p.title for p in phases if p.id == info.phase_id), "")
    return VoteRoundItem(
        id=info.id,
        title=info.title or info.method.label,
        method=info.method,
        phase_title=phase_title,
        rules=round_rules(info, rules, results.passive_id is not None),
        result=result,
        ballots=results.status.ballots,
        closed=info.closed,
        revealed=info.revealed,
    )


def _passive_label(r: RankedOption) -> RankedOption:
    """The Passivlösung under its name where the option row has no label."""
    o = r.option
    if o.kind != "passive" or o.label.strip():
        return r
    return r._replace(option=OptionRef(o.id, PASSIVE_LABEL, o.kind, o.target_id))


def _dot_support(rounds: Sequence[VoteRoundItem]) -> tuple[dict[str, int], dict[str, int]]:
    """Dots each card and each cluster received over all dot votes of the session."""
    cards: dict[str, int] = defaultdict(int)
    clusters: dict[str, int] = defaultdict(int)
    for r in rounds:
        if r.method is not VoteMethod.DOTS:
            continue
        for ranked in r.result.ranking:
            target = ranked.option.target_id
            if not target:
                continue
            if ranked.option.kind == "card":
                cards[target] += ranked.votes
            elif ranked.option.kind == "cluster":
                clusters[target] += ranked.votes
    return dict(cards), dict(clusters)
