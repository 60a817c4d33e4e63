"""Steckbriefe for the protocol: their filled fields in the published order and
their ratings, scored by ``domain.scoring`` against the active catalogue."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from ....domain.enums import CriterionKind, SteckbriefStatus
from ....domain.scoring import RankInput, RatingValue, rank, score_steckbrief
from ....domain.steckbrief import FIELD_LABELS, PART_FIELDS, PRIORITY_LABELS
from ....storage.models import (
    Card,
    Cluster,
    Event,
    Handlungsfeld,
    Leitthema,
    Participant,
    Rating,
    Session,
    Steckbrief,
    VoteOption,
)
from ...catalogue import CriterionInfo
from .model import CriterionScore, Field, FollowUp, SteckbriefItem

FollowUpMaker = Callable[[str, str], FollowUp | None]

#: text fields in the order of the published Steckbrief template (DOMAIN.md)
_BEFORE = ("summary",)
_AFTER = (
    "problem",
    "goals",
    "target_groups",
    "lead",
    "partners",
    "resources",
    "financing",
    "schedule",
    "priority",
    "maturity",
    "indicators",
    "risks",
    "transferability",
    "continuation",
    "prompts",
)


def _status(value: str) -> str:
    try:
        return SteckbriefStatus(value).label
    except ValueError:
        return value


def _parts(field: str, value: Any) -> str:
    if not isinstance(value, dict):
        return ""
    known = dict(PART_FIELDS[field])
    lines = []
    for key, label in PART_FIELDS[field]:
        text = str(value.get(key, "") or "").strip()
        if text:
            lines.append(f"{label}: {text}")
    for key, raw in value.items():  # parts this version does not know yet
        text = str(raw or "").strip()
        if key not in known and text:
            lines.append(f"{key}: {text}")
    return "\n".join(lines)


def _origin(s: OrmSession, event: Event | None, session: Session | None, b: Steckbrief) -> str:
    parts: list[str] = []
    if event is not None:
        parts.append(event.title)
    if session is not None:
        parts.append(session.title)
    if b.origin_cluster_id:
        cluster = s.get(Cluster, b.origin_cluster_id)
        if cluster is not None and not cluster.deleted and cluster.label.strip():
            parts.append(f"Cluster „{cluster.label.strip()}“")
    if b.origin_option_id:
        option = s.get(VoteOption, b.origin_option_id)
        if option is not None and not option.deleted and option.label.strip():
            parts.append(f"Abstimmungsoption „{option.label.strip()}“")
    cards = [
        c for c in (s.get(Card, cid) for cid in b.origin_card_ids or ()) if c and not c.deleted
    ]
    if len(cards) == 1:
        parts.append(f"Karte „{cards[0].text.strip()}“")
    elif cards:
        parts.append(f"{len(cards)} Karten")
    return " · ".join(parts)


def gather_steckbriefe(
    s: OrmSession,
    event: Event | None,
    session: Session | None,
    rows: Sequence[Steckbrief],
    criteria: Sequence[CriterionInfo],
    followup: FollowUpMaker | None,
) -> tuple[SteckbriefItem, ...]:
    if not rows:
        return ()
    themes = {t.id: t.name for t in s.scalars(select(Leitthema)).all()}
    fields_of = {h.id: h.name for h in s.scalars(select(Handlungsfeld)).all()}
    ratings: dict[str, list[Rating]] = defaultdict(list)
    for r in s.scalars(
        select(Rating)
        .where(Rating.steckbrief_id.in_([b.id for b in rows]), Rating.deleted.is_(False))
        .order_by(Rating.hlc, Rating.id)
    ).all():
        ratings[r.steckbrief_id].append(r)
    scoring = [c.scoring() for c in criteria]
    results = {
        b.id: score_steckbrief(
            scoring, [RatingValue(r.rater, r.criterion_id, r.score) for r in ratings[b.id]]
        )
        for b in rows
    }
    order = rank(RankInput(b.id, b.title, results[b.id].score, results[b.id].is_ko) for b in rows)
    by_id = {b.id: b for b in rows}
    authors = {
        p.id: (p.public_name or "").strip()
        for p in s.scalars(
            select(Participant).where(
                Participant.id.in_(
                    [b.author_participant_id for b in rows if b.author_participant_id]
                )
            )
        ).all()
        if not p.deleted
    }
    names = {c.id: c.name for c in criteria}
    items: list[SteckbriefItem] = []
    for ranked in order:
        b = by_id[ranked.item.id]
        result = results[b.id]
        fields: list[Field] = []
        add = _adder(fields)
        for key in _BEFORE:
            add(FIELD_LABELS[key], getattr(b, key))
        add(FIELD_LABELS["leitthema_id"], themes.get(b.leitthema_id or "", ""))
        add(FIELD_LABELS["handlungsfeld_id"], fields_of.get(b.handlungsfeld_id or "", ""))
        add(FIELD_LABELS["districts"], ", ".join(str(d) for d in b.districts or ()))
        add("Herkunft", _origin(s, event, session, b))
        for key in _AFTER:
            value = getattr(b, key)
            if key in PART_FIELDS:
                add(FIELD_LABELS[key], _parts(key, value))
            elif key == "priority":
                add(FIELD_LABELS[key], PRIORITY_LABELS.get(value, value or ""))
            else:
                add(FIELD_LABELS[key], value or "")
        add("Eingebracht von", authors.get(b.author_participant_id or "", ""))
        scores = tuple(
            CriterionScore(
                name=c.name,
                kind=c.kind.value,
                weight=c.weight,
                group=c.group,
                inverse=c.inverse,
                mean=result.criteria[c.id].mean if c.id in result.criteria else None,
                spread=result.criteria[c.id].spread if c.id in result.criteria else None,
                raters=len(result.criteria[c.id].raters) if c.id in result.criteria else 0,
                holds=_holds(c, result.criteria.get(c.id), result.ko_failed),
                disputed=c.id in result.ko_disputed,
            )
            for c in criteria
        )
        link = followup("steckbrief", b.id) if followup else None
        items.append(
            SteckbriefItem(
                id=b.id,
                title=b.title,
                status=_status(b.status),
                fields=tuple(fields),
                criteria=scores if result.raters else (),
                score=result.score,
                score_spread=result.spread,
                raters=len(result.raters),
                ko_failed=tuple(names.get(c, c) for c in result.ko_failed),
                rank=ranked.rank,
                tied=ranked.tied,
                followup_url=link.url if link else "",
            )
        )
    return tuple(items)


def _adder(fields: list[Field]) -> Callable[[str, str], None]:
    def add(label: str, value: str) -> None:
        if value and value.strip():
            fields.append(Field(label, value.strip()))

    return add


def _holds(c: CriterionInfo, result: Any, failed: tuple[str, ...]) -> bool | None:
    if c.kind is not CriterionKind.KO or result is None or result.mean is None:
        return None
    return c.id not in failed
