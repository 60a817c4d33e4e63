"""The prioritised Maßnahmenliste and the Ideenpool.

The Maßnahmenliste ranks every live Steckbrief of an event (or of the whole
workspace — after sync: every district) by score (``domain.scoring``), with
vote support as a column. Vote support is counted from live ``vote`` rows: dots,
and yes votes of approval rounds, on the vote option the Steckbrief came from,
or on options for its cluster or cards (following carried-forward copies).

The Ideenpool lists every live card (not merged into another) that no Steckbrief
takes up — neither directly nor through its cluster — showing only the newest
copy of a card carried forward through phases."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session as OrmSession

from ..domain.enums import SteckbriefStatus
from ..domain.scoring import RankInput, ScoreResult, rank, score_steckbrief
from ..storage.models import (
    Card,
    Cluster,
    Event,
    Handlungsfeld,
    Leitthema,
    Phase,
    Session,
    Steckbrief,
    Vote,
    VoteOption,
    VoteRound,
)
from ..storage.workspace import Workspace
from .catalogue import CatalogueService
from .steckbrief import SteckbriefInfo, steckbrief_info


@dataclass(frozen=True, slots=True)
class MeasureFilter:
    """Which rows to show. ``event_id`` also sets the ranking scope (None: all)."""

    event_id: str | None = None
    session_id: str | None = None
    leitthema_id: str | None = None
    handlungsfeld_id: str | None = None
    district: str | None = None
    status: SteckbriefStatus | None = None
    text: str = ""


@dataclass(frozen=True, slots=True)
class MeasureRow:
    rank: int | None
    tied: bool
    steckbrief: SteckbriefInfo
    event_title: str
    session_title: str
    leitthema: str
    handlungsfeld: str
    score: float | None
    spread: float | None
    raters: tuple[str, ...]
    missing_raters: tuple[str, ...]
    incomplete: int
    ko_failed: tuple[str, ...]
    support: int
    #: the full scoring (per criterion and rater), for detail views and PDFs
    result: ScoreResult

    @property
    def id(self) -> str:
        return self.steckbrief.id


@dataclass(frozen=True, slots=True)
class OriginChoice:
    """Something a Steckbrief can be made from: a cluster, a card or a vote option."""

    kind: str  # "cluster", "card" or "option"
    id: str
    label: str
    where: str  # phase or vote round title
    support: int


@dataclass(frozen=True, slots=True)
class IdeaRow:
    card_id: str
    text: str
    event_id: str
    event_title: str
    district: str
    session_id: str
    session_title: str
    phase_title: str
    cluster_id: str | None
    cluster_label: str
    support: int
    cluster_support: int


def option_support(s: OrmSession) -> list[tuple[str, str, str | None, int]]:
    """(option id, target kind, target id, support) for every option with support."""
    counted = or_(
        VoteRound.method == "dots",
        and_(VoteRound.method == "approval", Vote.value == 1),
    )
    rows = s.execute(
        select(VoteOption.id, VoteOption.target_kind, VoteOption.target_id, func.count(Vote.id))
        .join(Vote, Vote.option_id == VoteOption.id)
        .join(VoteRound, VoteRound.id == Vote.round_id)
        .where(
            Vote.deleted.is_(False),
            VoteOption.deleted.is_(False),
            VoteRound.deleted.is_(False),
            counted,
        )
        .group_by(VoteOption.id, VoteOption.target_kind, VoteOption.target_id)
    ).all()
    return [(r[0], r[1], r[2], int(r[3])) for r in rows]


class _Support:
    """Vote support of options, clusters and cards, following carried copies."""

    def __init__(self, s: OrmSession) -> None:
        self.options = option_support(s)
        self.by_option = {o: n for o, _k, _t, n in self.options}
        self.by_target: dict[tuple[str, str], list[tuple[str, int]]] = defaultdict(list)
        for option_id, kind, target, n in self.options:
            if target:
                self.by_target[(kind, target)].append((option_id, n))
        self.cluster_parent = dict(
            s.execute(
                select(Cluster.id, Cluster.carried_from_id).where(
                    Cluster.carried_from_id.is_not(None)
                )
            ).all()
        )
        self.card_parent = dict(
            s.execute(
                select(Card.id, Card.carried_from_id).where(Card.carried_from_id.is_not(None))
            ).all()
        )

    @staticmethod
    def _chain(start: Iterable[str], parent: dict[str, str | None]) -> set[str]:
        seen: set[str] = set()
        for item in start:
            current: str | None = item
            while current and current not in seen:
                seen.add(current)
                current = parent.get(current)
        return seen

    def options_for(
        self, option_id: str | None, cluster_id: str | None, card_ids: Iterable[str]
    ) -> dict[str, int]:
        found: dict[str, int] = {}
        if option_id and option_id in self.by_option:
            found[option_id] = self.by_option[option_id]
        for cluster in self._chain([cluster_id] if cluster_id else [], self.cluster_parent):
            found.update(self.by_target.get(("cluster", cluster), []))
        for card in self._chain(card_ids, self.card_parent):
            found.update(self.by_target.get(("card", card), []))
        return found

    def total(self, option_id: str | None, cluster_id: str | None, cards: Iterable[str]) -> int:
        return sum(self.options_for(option_id, cluster_id, cards).values())


class MeasuresService:
    def __init__(self, workspace: Workspace) -> None:
        self.ws = workspace

    def rows(self, flt: MeasureFilter | None = None) -> list[MeasureRow]:
        """The ranked Maßnahmenliste (rank within the event or the workspace)."""
        flt = flt or MeasureFilter()
        catalogue = CatalogueService(self.ws).active()
        criteria = [c.scoring() for c in catalogue.criteria]
        names = {c.id: c.name for c in catalogue.criteria}
        with self.ws.session() as s:
            where: list[ColumnElement[bool]] = [Steckbrief.deleted.is_(False)]
            if flt.event_id is not None:
                where.append(Steckbrief.event_id == flt.event_id)
            infos = [steckbrief_info(b) for b in s.scalars(select(Steckbrief).where(*where))]
            ratings: dict[str, list[tuple[str, str, int | None]]] = defaultdict(list)
            raters: set[str] = set()
            for sid, rater, crit, score in _rating_rows(s, list(names), flt.event_id):
                ratings[sid].append((rater, crit, score))
                if score is not None:
                    raters.add(rater)
            support = _Support(s)
            events = dict(s.execute(select(Event.id, Event.title)).all())
            sessions = dict(s.execute(select(Session.id, Session.title)).all())
            themes = dict(s.execute(select(Leitthema.id, Leitthema.name)).all())
            fields = dict(s.execute(select(Handlungsfeld.id, Handlungsfeld.name)).all())
        results = {b.id: score_steckbrief(criteria, ratings[b.id], raters) for b in infos}
        supports = {
            b.id: support.total(b.origin_option_id, b.origin_cluster_id, b.origin_card_ids)
            for b in infos
        }
        by_id = {b.id: b for b in infos}
        ranked = rank(
            RankInput(b.id, b.title, results[b.id].score, results[b.id].is_ko, supports[b.id])
            for b in infos
        )
        out = []
        for entry in ranked:
            b = by_id[entry.item.id]
            result = results[b.id]
            row = MeasureRow(
                rank=entry.rank,
                tied=entry.tied,
                steckbrief=b,
                event_title=events.get(b.event_id or "", ""),
                session_title=sessions.get(b.session_id or "", ""),
                leitthema=themes.get(b.leitthema_id or "", ""),
                handlungsfeld=fields.get(b.handlungsfeld_id or "", ""),
                score=result.score,
                spread=result.spread,
                raters=result.raters,
                missing_raters=result.missing_raters,
                incomplete=len(result.incomplete),
                ko_failed=tuple(names[c] for c in result.ko_failed),
                support=supports[b.id],
                result=result,
            )
            if _matches(row, flt):
                out.append(row)
        return out

    def support_of(self, steckbrief_id: str) -> int:
        with self.ws.session() as s:
            b = s.get(Steckbrief, steckbrief_id)
            if b is None:
                return 0
            return _Support(s).total(b.origin_option_id, b.origin_cluster_id, b.origin_card_ids)

    def origin_choices(self, session_id: str) -> list[OriginChoice]:
        """Clusters, cards and vote options of a session, best supported first."""
        with self.ws.session() as s:
            phases = s.execute(
                select(Phase.id, Phase.title).where(
                    Phase.session_id == session_id, Phase.deleted.is_(False)
                )
            ).all()
            titles = {pid: title for pid, title in phases}
            clusters = s.execute(
                select(Cluster.id, Cluster.label, Cluster.phase_id).where(
                    Cluster.phase_id.in_(list(titles)), Cluster.deleted.is_(False)
                )
            ).all()
            cards = s.execute(
                select(Card.id, Card.text, Card.phase_id).where(
                    Card.phase_id.in_(list(titles)),
                    Card.deleted.is_(False),
                    Card.merged_into_id.is_(None),
                )
            ).all()
            options = s.execute(
                select(VoteOption.id, VoteOption.label, VoteOption.target_kind, VoteRound.title)
                .join(VoteRound, VoteRound.id == VoteOption.round_id)
                .where(
                    VoteRound.session_id == session_id,
                    VoteRound.deleted.is_(False),
                    VoteOption.deleted.is_(False),
                    VoteOption.target_kind != "passive",
                )
            ).all()
            support = _Support(s)
        out = [
            OriginChoice("option", oid, label, rtitle, support.by_option.get(oid, 0))
            for oid, label, _kind, rtitle in options
        ]
        out += [
            OriginChoice("cluster", cid, label, titles[pid], support.total(None, cid, []))
            for cid, label, pid in clusters
        ]
        out += [
            OriginChoice("card", cid, text, titles[pid], support.total(None, None, [cid]))
            for cid, text, pid in cards
        ]
        order = {"option": 0, "cluster": 1, "card": 2}
        return sorted(out, key=lambda c: (order[c.kind], -c.support, c.label.casefold()))

    def districts(self) -> list[str]:
        """Every Stadtteil named by a live Steckbrief (for the filter)."""
        with self.ws.session() as s:
            lists = s.scalars(select(Steckbrief.districts).where(Steckbrief.deleted.is_(False)))
            names = {d for ds in lists for d in (ds or ())}
        return sorted(names, key=str.casefold)

    # -- Ideenpool -------------------------------------------------------------------
    def ideas(
        self, *, event_id: str | None = None, district: str | None = None, text: str = ""
    ) -> list[IdeaRow]:
        with self.ws.session() as s:
            where: list[ColumnElement[bool]] = [
                Card.deleted.is_(False),
                Card.merged_into_id.is_(None),
                Phase.deleted.is_(False),
                Session.deleted.is_(False),
                Event.deleted.is_(False),
            ]
            if event_id is not None:
                where.append(Event.id == event_id)
            if district:
                where.append(Event.district == district)
            rows = s.execute(
                select(
                    Card.id,
                    Card.text,
                    Card.cluster_id,
                    Card.carried_from_id,
                    Phase.title,
                    Phase.position,
                    Session.id,
                    Session.title,
                    Event.id,
                    Event.title,
                    Event.district,
                    Cluster.label,
                )
                .join(Phase, Phase.id == Card.phase_id)
                .join(Session, Session.id == Phase.session_id)
                .join(Event, Event.id == Session.event_id)
                .outerjoin(Cluster, and_(Cluster.id == Card.cluster_id, Cluster.deleted.is_(False)))
                .where(*where)
                .order_by(Event.date, Event.title, Session.position, Phase.position, Card.rank)
            ).all()
            covered_cards: set[str] = set()
            covered_clusters: set[str] = set()
            for cards, cluster in s.execute(
                select(Steckbrief.origin_card_ids, Steckbrief.origin_cluster_id).where(
                    Steckbrief.deleted.is_(False)
                )
            ):
                covered_cards.update(cards or ())
                if cluster:
                    covered_clusters.add(cluster)
            support = _Support(s)
            carried_into = set(
                s.scalars(
                    select(Card.carried_from_id).where(
                        Card.carried_from_id.is_not(None), Card.deleted.is_(False)
                    )
                )
            )
        # a card is taken up when it or a copy of it is in a Steckbrief
        taken = set(support._chain(covered_cards, support.card_parent))
        children: dict[str, list[str]] = defaultdict(list)
        for child, parent in support.card_parent.items():
            if parent:
                children[parent].append(child)
        needle = text.casefold().strip()
        out = []
        for r in rows:
            card_id, card_text, cluster_id = r[0], r[1], r[2]
            if card_id in carried_into:
                continue  # a newer copy carries it on
            if card_id in taken or (cluster_id and cluster_id in covered_clusters):
                continue
            if _descendants_taken(card_id, children, taken):
                continue
            if needle and needle not in card_text.casefold():
                continue
            out.append(
                IdeaRow(
                    card_id=card_id,
                    text=card_text,
                    event_id=r[8],
                    event_title=r[9],
                    district=r[10],
                    session_id=r[6],
                    session_title=r[7],
                    phase_title=r[4],
                    cluster_id=cluster_id,
                    cluster_label=r[11] or "",
                    support=support.total(None, None, [card_id]),
                    cluster_support=support.total(None, cluster_id, []) if cluster_id else 0,
                )
            )
        return out


def _rating_rows(
    s: OrmSession, criteria: list[str], event_id: str | None
) -> list[tuple[str, str, str, int | None]]:
    """(Steckbrief, rater, criterion, score) of live ratings of live Steckbriefe, in
    the order given. Tens of thousands of rows: plain SQL on the workspace's SQLite
    connection (the ORM's row processing would triple the time, see
    benchmarks/measures.py)."""
    marks = ", ".join("?" for _ in criteria) or "NULL"
    sql = (
        "SELECT r.steckbrief_id, r.rater, r.criterion_id, r.score FROM rating AS r "
        "JOIN steckbrief AS b ON b.id = r.steckbrief_id "
        # "+": scan ratings in order; looking each criterion up by index is 3× slower
        f"WHERE r.deleted = 0 AND b.deleted = 0 AND +r.criterion_id IN ({marks})"
    )
    params: list[str] = list(criteria)
    if event_id is not None:
        sql += " AND b.event_id = ?"
        params.append(event_id)
    sql += " ORDER BY r.hlc, r.id"
    raw = s.connection().connection.dbapi_connection  # the session's own connection
    assert raw is not None
    cursor = raw.cursor()
    try:
        cursor.execute(sql, tuple(params))
        return list(cursor.fetchall())
    finally:
        cursor.close()


def _descendants_taken(card_id: str, children: dict[str, list[str]], taken: set[str]) -> bool:
    stack, seen = list(children.get(card_id, ())), set()
    while stack:
        current = stack.pop()
        if current in taken:
            return True
        if current not in seen:
            seen.add(current)
            stack.extend(children.get(current, ()))
    return False


def _matches(row: MeasureRow, flt: MeasureFilter) -> bool:
    b = row.steckbrief
    if flt.session_id is not None and b.session_id != flt.session_id:
        return False
    if flt.leitthema_id and b.leitthema_id != flt.leitthema_id:
        return False
    if flt.handlungsfeld_id and b.handlungsfeld_id != flt.handlungsfeld_id:
        return False
    if flt.district and flt.district not in b.districts:
        return False
    if flt.status is not None and b.status != flt.status:
        return False
    needle = flt.text.casefold().strip()
    return not needle or needle in f"{b.title}\n{b.summary}".casefold()
