"""Steckbriefe: create (from scratch, a card, a cluster or a voted item — the
origin stays linked), edit field by field (old values returned for undo), the
status workflow, and ratings per rater against the active Kriterienkatalog."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session as OrmSession

from ..domain.enums import CriterionKind, Priority, SteckbriefStatus
from ..domain.errors import Refused
from ..domain.scoring import RatingValue, ScoreResult, score_steckbrief
from ..domain.steckbrief import (
    FIELD_LABELS,
    LINE_FIELDS,
    PART_FIELDS,
    TEXT_FIELDS,
    check_transition,
)
from ..domain.text import TITLE_MAX, clean_text, clean_title
from ..storage.models import (
    Card,
    Cluster,
    Criterion,
    Event,
    Leitthema,
    Phase,
    Rating,
    Session,
    Steckbrief,
    VoteOption,
    VoteRound,
)
from ..storage.workspace import Workspace
from .catalogue import CatalogueService
from .common import apply_fields, get_live, get_live_or_deleted
from .strategy import StrategyService

EDITABLE = frozenset(
    {
        *LINE_FIELDS,
        *TEXT_FIELDS,
        *PART_FIELDS,
        "leitthema_id",
        "handlungsfeld_id",
        "districts",
        "priority",
        "status",
        "deleted",
    }
)
DEFAULT_TITLE = "Neuer Steckbrief"
RATER_MAX = 200


@dataclass(frozen=True, slots=True)
class SteckbriefInfo:
    id: str
    event_id: str | None
    session_id: str | None
    origin_cluster_id: str | None
    origin_card_ids: tuple[str, ...]
    origin_option_id: str | None
    leitthema_id: str | None
    handlungsfeld_id: str | None
    districts: tuple[str, ...]
    title: str
    summary: str
    problem: str
    goals: str
    target_groups: str
    lead: str
    partners: dict[str, str]
    resources: dict[str, str]
    financing: dict[str, str]
    schedule: str
    priority: str
    maturity: str
    indicators: str
    risks: str
    transferability: str
    continuation: str
    prompts: dict[str, str]
    status: SteckbriefStatus
    deleted: bool

    def values(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__slots__}


@dataclass(frozen=True, slots=True)
class OriginInfo:
    """Where a Steckbrief came from, in words (for the form and the PDF)."""

    event: str
    session: str
    cluster: str
    cards: tuple[str, ...]
    option: str


@dataclass(frozen=True, slots=True)
class RatingInfo:
    id: str
    steckbrief_id: str
    criterion_id: str
    rater: str
    score: int | None
    comment: str


def _status(value: str) -> SteckbriefStatus:
    try:
        return SteckbriefStatus(value)
    except ValueError:
        return SteckbriefStatus.ENTWURF


def _parts(value: Any) -> dict[str, str]:
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}


def steckbrief_info(b: Steckbrief) -> SteckbriefInfo:
    return SteckbriefInfo(
        id=b.id,
        event_id=b.event_id,
        session_id=b.session_id,
        origin_cluster_id=b.origin_cluster_id,
        origin_card_ids=tuple(b.origin_card_ids or ()),
        origin_option_id=b.origin_option_id,
        leitthema_id=b.leitthema_id,
        handlungsfeld_id=b.handlungsfeld_id,
        districts=tuple(b.districts or ()),
        title=b.title,
        summary=b.summary,
        problem=b.problem,
        goals=b.goals,
        target_groups=b.target_groups,
        lead=b.lead,
        partners=_parts(b.partners),
        resources=_parts(b.resources),
        financing=_parts(b.financing),
        schedule=b.schedule,
        priority=b.priority,
        maturity=b.maturity,
        indicators=b.indicators,
        risks=b.risks,
        transferability=b.transferability,
        continuation=b.continuation,
        prompts=_parts(b.prompts),
        status=_status(b.status),
        deleted=b.deleted,
    )


def check_fields(changes: dict[str, Any]) -> dict[str, Any]:
    """Clean the values of an edit; refuses bad values with one line."""
    out = dict(changes)
    for key, label in LINE_FIELDS.items():
        if key in out:
            out[key] = clean_text(out[key], label, max_len=TITLE_MAX, multiline=False).strip()
    for key, label in TEXT_FIELDS.items():
        if key in out:
            out[key] = clean_text(out[key], label)
    for key, allowed in PART_FIELDS.items():
        if key not in out:
            continue
        value = out[key]
        if not isinstance(value, dict):
            raise Refused("{label}: expected named parts", label=FIELD_LABELS[key])
        keys = {k for k, _label in allowed}
        unknown = set(value) - keys
        if unknown:
            raise Refused(
                "{label}: unknown part(s) {parts}",
                label=FIELD_LABELS[key],
                parts=", ".join(sorted(unknown)),
            )
        out[key] = {k: clean_text(v, f"{FIELD_LABELS[key]} {k}") for k, v in value.items() if v}
    if "districts" in out:
        value = out["districts"]
        if isinstance(value, str) or not isinstance(value, list | tuple):
            raise Refused("Stadtteile: expected a list of names")
        names = [clean_text(d, "Stadtteil", max_len=120, multiline=False).strip() for d in value]
        out["districts"] = list(dict.fromkeys(n for n in names if n))
    if "priority" in out and out["priority"] not in ("", *(p.value for p in Priority)):
        raise Refused("the priority must be hoch, mittel or niedrig")
    if "status" in out:
        try:
            out["status"] = SteckbriefStatus(out["status"]).value
        except ValueError as exc:
            raise Refused("unknown status {status!r}", status=out["status"]) from exc
    return out


def clean_rater(rater: str) -> str:
    name = clean_text(rater, "Name der bewertenden Person", max_len=RATER_MAX, multiline=False)
    if not name.strip():
        raise Refused("enter a name for ratings first")
    return name.strip()


class SteckbriefService:
    def __init__(self, workspace: Workspace) -> None:
        self.ws = workspace
        self.strategy = StrategyService(workspace)

    # -- creating ------------------------------------------------------------------
    def create(
        self,
        session_id: str | None,
        event_id: str,
        *,
        title: str,
        origin_cluster_id: str | None = None,
        origin_card_ids: Sequence[str] = (),
        origin_option_id: str | None = None,
        **fields: Any,
    ) -> str:
        """A new draft. The origin (cluster, cards, vote option) must belong to the
        session; a cluster's cards are linked too. Fields may be given at once."""
        values = check_fields({**fields, "title": clean_title(title, "Titel")})
        unknown = set(values) - EDITABLE
        if unknown:
            raise Refused(
                "unknown Steckbrief field(s): {fields}", fields=", ".join(sorted(unknown))
            )
        cards = list(dict.fromkeys(origin_card_ids))
        with self.ws.transaction() as s:
            event = get_live(s, Event, event_id, "event")
            phases: set[str] = set()
            if session_id is not None:
                session = get_live(s, Session, session_id, "session")
                if session.event_id != event_id:
                    raise Refused("that session belongs to another event")
                phases = set(s.scalars(select(Phase.id).where(Phase.session_id == session_id)))
            elif origin_cluster_id or cards or origin_option_id:
                raise Refused("a Steckbrief from a card, cluster or vote needs its session")
            if origin_option_id is not None:
                option = get_live(s, VoteOption, origin_option_id, "vote option")
                round_ = get_live(s, VoteRound, option.round_id, "vote round")
                if round_.session_id != session_id:
                    raise Refused("that vote option belongs to another session")
                if option.target_kind == "cluster" and option.target_id and not origin_cluster_id:
                    origin_cluster_id = option.target_id
                if option.target_kind == "card" and option.target_id:
                    cards = list(dict.fromkeys([option.target_id, *cards]))
            if origin_cluster_id is not None:
                cluster = get_live(s, Cluster, origin_cluster_id, "cluster")
                if cluster.phase_id not in phases:
                    raise Refused("that cluster belongs to another session")
                if not cards:
                    cards = list(
                        s.scalars(
                            select(Card.id)
                            .where(
                                Card.cluster_id == origin_cluster_id,
                                Card.deleted.is_(False),
                                Card.merged_into_id.is_(None),
                            )
                            .order_by(Card.rank, Card.y)
                        )
                    )
            texts = []
            for card_id in cards:
                card = get_live(s, Card, card_id, "card")
                if card.phase_id not in phases:
                    raise Refused("that card belongs to another session")
                texts.append(card.text.strip())
            if "summary" not in values and texts:
                values["summary"] = "\n".join(f"• {t}" for t in texts if t)[:100_000]
            if "districts" not in values and event.district:
                values["districts"] = [event.district]
            self._resolve_frame(s, values, None)
            row = Steckbrief(
                event_id=event_id,
                session_id=session_id,
                origin_cluster_id=origin_cluster_id,
                origin_card_ids=cards,
                origin_option_id=origin_option_id,
                **values,
            )
            s.add(row)
            s.flush()
            return row.id

    def create_from_card(self, card_id: str, title: str | None = None) -> str:
        with self.ws.session() as s:
            card = get_live(s, Card, card_id, "card")
            session_id, event_id = self._session_of_phase(s, card.phase_id)
            text = card.text
        return self.create(
            session_id, event_id, title=title or _title_from(text), origin_card_ids=[card_id]
        )

    def create_from_cluster(self, cluster_id: str, title: str | None = None) -> str:
        with self.ws.session() as s:
            cluster = get_live(s, Cluster, cluster_id, "cluster")
            session_id, event_id = self._session_of_phase(s, cluster.phase_id)
            label = cluster.label
        return self.create(
            session_id,
            event_id,
            title=title or _title_from(label),
            origin_cluster_id=cluster_id,
        )

    def create_from_option(self, option_id: str, title: str | None = None) -> str:
        with self.ws.session() as s:
            option = get_live(s, VoteOption, option_id, "vote option")
            round_ = get_live(s, VoteRound, option.round_id, "vote round")
            session = get_live(s, Session, round_.session_id, "session")
            label = option.label
            if not label.strip() and option.target_id:
                target = s.get(
                    Cluster if option.target_kind == "cluster" else Card, option.target_id
                )
                label = getattr(target, "label", "") or getattr(target, "text", "") or ""
            ids = (session.id, session.event_id)
        return self.create(
            ids[0], ids[1], title=title or _title_from(label), origin_option_id=option_id
        )

    @staticmethod
    def _session_of_phase(s: OrmSession, phase_id: str) -> tuple[str, str]:
        phase = get_live(s, Phase, phase_id, "phase")
        session = get_live(s, Session, phase.session_id, "session")
        return session.id, session.event_id

    # -- reading -------------------------------------------------------------------
    def get(self, steckbrief_id: str) -> SteckbriefInfo:
        with self.ws.session() as s:
            return steckbrief_info(get_live(s, Steckbrief, steckbrief_id, "Steckbrief"))

    def list_steckbriefe(
        self, *, event_id: str | None = None, session_id: str | None = None
    ) -> list[SteckbriefInfo]:
        where: list[ColumnElement[bool]] = [Steckbrief.deleted.is_(False)]
        if event_id is not None:
            where.append(Steckbrief.event_id == event_id)
        if session_id is not None:
            where.append(Steckbrief.session_id == session_id)
        with self.ws.session() as s:
            rows = s.scalars(select(Steckbrief).where(*where).order_by(Steckbrief.hlc)).all()
            return [steckbrief_info(b) for b in rows]

    def origin(self, steckbrief_id: str) -> OriginInfo:
        with self.ws.session() as s:
            b = get_live(s, Steckbrief, steckbrief_id, "Steckbrief")
            event = s.get(Event, b.event_id) if b.event_id else None
            session = s.get(Session, b.session_id) if b.session_id else None
            cluster = s.get(Cluster, b.origin_cluster_id) if b.origin_cluster_id else None
            option = s.get(VoteOption, b.origin_option_id) if b.origin_option_id else None
            round_ = s.get(VoteRound, option.round_id) if option else None
            cards = [s.get(Card, c) for c in b.origin_card_ids or ()]
            option_text = ""
            if option is not None:
                option_text = option.label or ""
                if round_ is not None and round_.title:
                    option_text = f"{option_text} ({round_.title})".strip()
            return OriginInfo(
                event=event.title if event else "",
                session=session.title if session else "",
                cluster=cluster.label if cluster else "",
                cards=tuple(c.text for c in cards if c is not None and not c.deleted),
                option=option_text,
            )

    # -- editing -------------------------------------------------------------------
    def update(self, steckbrief_id: str, **changes: Any) -> dict[str, Any]:
        """Set fields (no workflow check; ``set_status`` checks); returns old values.

        Choosing a Handlungsfeld sets its Leitthema; choosing another Leitthema
        clears a Handlungsfeld that does not belong to it."""
        values = check_fields(changes)
        with self.ws.transaction() as s:
            row = get_live_or_deleted(s, Steckbrief, steckbrief_id)
            self._resolve_frame(s, values, row)
            old = apply_fields(row, values, EDITABLE)
        for key in ("partners", "resources", "financing", "prompts"):
            if key in old:
                old[key] = _parts(old[key])
        if "districts" in old:
            old["districts"] = list(old["districts"] or ())
        return old

    def _resolve_frame(self, s: OrmSession, values: dict[str, Any], row: Steckbrief | None) -> None:
        hf = values.get("handlungsfeld_id")
        if hf:
            theme = self.strategy.leitthema_of_field(s, hf)
            if values.get("leitthema_id") not in (None, theme):
                raise Refused("the Handlungsfeld belongs to another Leitthema")
            values["leitthema_id"] = theme
        elif values.get("leitthema_id"):
            get_live(s, Leitthema, values["leitthema_id"], "Leitthema")
            if "handlungsfeld_id" not in values and row is not None and row.handlungsfeld_id:
                current = self.strategy.leitthema_of_field(s, row.handlungsfeld_id)
                if current != values["leitthema_id"]:
                    values["handlungsfeld_id"] = None
        if "handlungsfeld_id" in values and not values["handlungsfeld_id"]:
            values["handlungsfeld_id"] = None
        if "leitthema_id" in values and not values["leitthema_id"]:
            values["leitthema_id"] = None
            values["handlungsfeld_id"] = None

    def set_part(self, steckbrief_id: str, field: str, key: str, value: str) -> dict[str, Any]:
        """Set one named part (a partner, a resource, a prompt answer, …)."""
        if field not in PART_FIELDS:
            raise Refused("{field} has no parts", field=field)
        parts = dict(getattr(self.get(steckbrief_id), field))
        parts[key] = value
        return self.update(steckbrief_id, **{field: {k: v for k, v in parts.items() if v}})

    def set_status(self, steckbrief_id: str, status: SteckbriefStatus) -> SteckbriefStatus:
        """Move along the workflow; returns the status before (undo uses ``update``)."""
        current = self.get(steckbrief_id)
        result = self.score(steckbrief_id)
        check_transition(
            current.status,
            SteckbriefStatus(status),
            title=current.title,
            rated=bool(result.raters),
            ko_failed=result.is_ko,
        )
        self.update(steckbrief_id, status=SteckbriefStatus(status).value)
        return current.status

    def remove(self, steckbrief_id: str) -> None:
        self.update(steckbrief_id, deleted=True)

    def restore(self, steckbrief_id: str) -> None:
        self.update(steckbrief_id, deleted=False)

    # -- ratings -------------------------------------------------------------------
    def ratings(self, steckbrief_id: str) -> list[RatingInfo]:
        with self.ws.session() as s:
            rows = s.scalars(
                select(Rating)
                .where(Rating.steckbrief_id == steckbrief_id, Rating.deleted.is_(False))
                .order_by(Rating.hlc, Rating.id)
            ).all()
            return [
                RatingInfo(r.id, r.steckbrief_id, r.criterion_id, r.rater, r.score, r.comment)
                for r in rows
            ]

    def set_rating(
        self,
        steckbrief_id: str,
        criterion_id: str,
        rater: str,
        score: int | None,
        comment: str | None = None,
    ) -> tuple[int | None, str]:
        """One rater's score (and comment) for one criterion; returns the old pair.

        ``score`` None clears it. K.O. criteria take 1 (holds) or 0 (fails)."""
        name = clean_rater(rater)
        note = None if comment is None else clean_text(comment, "Kommentar", max_len=10_000)
        with self.ws.transaction() as s:
            get_live(s, Steckbrief, steckbrief_id, "Steckbrief")
            criterion = get_live(s, Criterion, criterion_id, "criterion")
            top = 1 if criterion.kind == CriterionKind.KO.value else 5
            if score is not None and (
                isinstance(score, bool) or not isinstance(score, int) or not 0 <= score <= top
            ):
                raise Refused(
                    "“{criterion}”: the value must be between 0 and {top}",
                    criterion=criterion.name,
                    top=top,
                )
            rows = s.scalars(
                select(Rating)
                .where(
                    Rating.steckbrief_id == steckbrief_id,
                    Rating.criterion_id == criterion_id,
                    Rating.rater == name,
                    Rating.deleted.is_(False),
                )
                .order_by(Rating.hlc.desc(), Rating.id)
            ).all()
            if rows:
                row, extra = rows[0], rows[1:]
                for dup in extra:  # two laptops with the same rater name, synced
                    dup.deleted = True
                old = (row.score, row.comment)
                if row.score != score:
                    row.score = score
                if note is not None and row.comment != note:
                    row.comment = note
                return old
            s.add(
                Rating(
                    steckbrief_id=steckbrief_id,
                    criterion_id=criterion_id,
                    rater=name,
                    score=score,
                    comment=note or "",
                )
            )
            return (None, "")

    def raters(self) -> list[str]:
        """Everyone who has rated anything against the active catalogue."""
        active = CatalogueService(self.ws).active()
        ids = [c.id for c in active.criteria]
        with self.ws.session() as s:
            names = s.scalars(
                select(Rating.rater)
                .where(
                    Rating.deleted.is_(False),
                    Rating.criterion_id.in_(ids),
                    Rating.score.is_not(None),
                )
                .distinct()
            ).all()
        return sorted(set(names), key=lambda n: (n.casefold(), n))

    def score(self, steckbrief_id: str, expected_raters: Sequence[str] = ()) -> ScoreResult:
        criteria = [c.scoring() for c in CatalogueService(self.ws).active().criteria]
        ratings = [
            RatingValue(r.rater, r.criterion_id, r.score) for r in self.ratings(steckbrief_id)
        ]
        return score_steckbrief(criteria, ratings, expected_raters)


def _title_from(text: str) -> str:
    first = " ".join(text.split())
    if not first:
        return DEFAULT_TITLE
    return first if len(first) <= 120 else first[:119].rstrip() + "…"


def add_steckbrief_scores(ws: Workspace, _s: OrmSession, record: dict[str, Any]) -> None:
    """``export json``: each Steckbrief of a session with its place in the event's
    Maßnahmenliste (score, rank, spread, vote support, failed K.O. criteria by key;
    raters as counts, never names)."""
    from .measures import MeasureFilter, MeasuresService  # measures imports this module

    items = record.get("steckbriefe") or []
    if not items:
        return
    rows = {r.id: r for r in MeasuresService(ws).rows(MeasureFilter(event_id=record["event_id"]))}
    keys = {c.id: c.key for c in CatalogueService(ws).active().criteria}
    for item in items:
        row = rows.get(item.get("id", ""))
        if row is None:
            continue
        item["scoring"] = {
            "score": row.score,
            "rank": row.rank,
            "tied": row.tied,
            "spread": row.spread,
            "support": row.support,
            "ko_failed": [keys.get(c, c) for c in row.result.ko_failed],
            "raters": len(row.raters),
            "open_ratings": len(row.missing_raters) + row.incomplete,
        }
