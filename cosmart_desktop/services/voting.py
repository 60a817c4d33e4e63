"""Use cases for votes (DOMAIN.md, vote forms): rounds and their options (from a
phase's cards or clusters, from recommendations, or typed), Bürgerrat
recommendations, tally entry of paper dots, kiosk ballots with optional voter
codes, reveal / hide, and results.

Every dot or score is one ``vote`` row; a tally is an SQL ``GROUP BY`` over the
live rows, ranked by ``domain.voting.tally``. Voter codes are never stored, only
a salted PBKDF2 hash per round, so a code cannot be used twice in one round.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from ..domain import voting as rules_mod
from ..domain.enums import VoteEntry, VoteMethod
from ..domain.errors import Message, Refused
from ..domain.text import clean_text, clean_title
from ..domain.voting import DotCriterion, VoteRules
from ..storage.models import Card, Cluster, Phase, Recommendation, Session, VoteOption, VoteRound
from .common import apply_fields, get_live, get_live_or_deleted
from .voting_common import (
    TALLY_SQL,
    OptionInfo,
    RecommendationInfo,
    RoundInfo,
    RoundResults,
    VotingStatus,
    check_criteria,
    count_rows,
    rec_info,
    round_info,
    short_label,
)
from .voting_entry import VoteEntryService, hash_code, normalise_code

BALLOT_COUNT_SQL = "SELECT count(*) FROM ballot WHERE round_id = ? AND deleted = 0"

__all__ = [
    "OptionInfo",
    "RecommendationInfo",
    "RoundInfo",
    "RoundResults",
    "VotingService",
    "VotingStatus",
    "hash_code",
    "normalise_code",
]

TARGET_KINDS = ("cards", "clusters", "recommendations", "custom")
#: a target kind in a message (the English word is the kind itself)
TARGET_NAMES = {
    "cards": Message("cards"),
    "clusters": Message("clusters"),
    "recommendations": Message("recommendations"),
    "custom": Message("custom"),
}
RECOMMENDATION_FIELDS = frozenset({"title", "text", "leitthema_id", "position", "deleted"})
#: fields that change what a ballot may hold; frozen once votes exist
RULE_FIELDS = frozenset({"budget", "cap_per_item", "criteria", "scale_max"})
ROUND_FIELDS = RULE_FIELDS | {
    "title",
    "threshold",
    "voter_codes",
    "entry_mode",
    "revealed",
    "closed",
    "deleted",
    "position",
}


class VotingService(VoteEntryService):
    """Vote rounds, options, recommendations, ballots and results of one workspace."""

    # -- recommendations ------------------------------------------------------
    def list_recommendations(self, session_id: str) -> list[RecommendationInfo]:
        with self.ws.session() as s:
            rows = s.scalars(
                select(Recommendation)
                .where(Recommendation.session_id == session_id, Recommendation.deleted.is_(False))
                .order_by(Recommendation.position, Recommendation.title)
            ).all()
            return [rec_info(r) for r in rows]

    def create_recommendation(
        self, session_id: str, title: str, text: str = "", leitthema_id: str | None = None
    ) -> str:
        name = clean_title(title, "Empfehlung")
        body = clean_text(text, "Begründung")
        with self.ws.transaction() as s:
            get_live(s, Session, session_id, "session")
            last = s.scalar(
                select(func.max(Recommendation.position)).where(
                    Recommendation.session_id == session_id
                )
            )
            rec = Recommendation(
                session_id=session_id,
                title=name,
                text=body,
                leitthema_id=leitthema_id,
                position=(last or 0.0) + 1.0,
            )
            s.add(rec)
            s.flush()
            return rec.id

    def update_recommendation(self, rec_id: str, **changes: Any) -> dict[str, Any]:
        if "title" in changes:
            changes["title"] = clean_title(changes["title"], "Empfehlung")
        if "text" in changes:
            changes["text"] = clean_text(changes["text"], "Begründung")
        with self.ws.transaction() as s:
            row = get_live_or_deleted(s, Recommendation, rec_id)
            return apply_fields(row, changes, RECOMMENDATION_FIELDS)

    # -- rounds ---------------------------------------------------------------
    def list_rounds(self, session_id: str) -> list[RoundInfo]:
        with self.ws.session() as s:
            rows = s.scalars(
                select(VoteRound)
                .where(VoteRound.session_id == session_id, VoteRound.deleted.is_(False))
                .order_by(VoteRound.position)
            ).all()
            return [round_info(r) for r in rows]

    def get_round(self, round_id: str) -> RoundInfo:
        with self.ws.session() as s:
            return round_info(get_live(s, VoteRound, round_id, "vote"))

    def session_of(self, round_id: str) -> str:
        """The session of a round, also of a deleted one."""
        with self.ws.session() as s:
            return get_live_or_deleted(s, VoteRound, round_id).session_id

    def count_targets(self, session_id: str, phase_id: str | None, target_kind: str) -> int:
        """How many options a round on these targets would get (for the default budget)."""
        with self.ws.session() as s:
            return len(self._targets(s, session_id, phase_id, target_kind))

    def create_round(
        self,
        session_id: str,
        method: VoteMethod,
        *,
        title: str = "",
        phase_id: str | None = None,
        target_kind: str = "clusters",
        entry_mode: VoteEntry = VoteEntry.TALLY,
        budget: int | None = None,
        cap_per_item: int | None = None,
        criteria: Iterable[DotCriterion | Mapping[str, str]] = (),
        threshold: float = 0.5,
        scale_max: int = 10,
        voter_codes: bool = False,
        labels: Sequence[str] = (),
    ) -> str:
        """A new vote; its options come from the phase's cards or clusters, the
        session's recommendations, or ``labels`` (target ``custom``). A
        Widerstandsabfrage always gets the Passivlösung as an extra option."""
        method = VoteMethod(method)
        entry_mode = VoteEntry(entry_mode)
        if target_kind not in TARGET_KINDS:
            raise Refused("unknown vote target {target!r}", target=target_kind)
        crit = check_criteria(criteria) if method is VoteMethod.DOTS else []
        name = clean_title(title or method.label, "Titel")
        with self.ws.transaction() as s:
            get_live(s, Session, session_id, "session")
            if phase_id is not None:
                phase = get_live(s, Phase, phase_id, "phase")
                if phase.session_id != session_id:
                    raise Refused("that phase belongs to another session")
            targets: list[tuple[str, str | None, str]]
            if target_kind == "custom":
                targets = [
                    ("custom", None, clean_title(label, "Option")) for label in labels if label
                ]
            else:
                targets = self._targets(s, session_id, phase_id, target_kind)
            if method is VoteMethod.RESISTANCE:
                targets.append(("passive", None, rules_mod.PASSIVE_LABEL))
            if method is VoteMethod.DOTS and budget is None:
                budget = rules_mod.default_budget(len(targets))
            rules = VoteRules(
                method=method,
                options=tuple(str(i) for i in range(len(targets))),
                budget=budget if method is VoteMethod.DOTS else None,
                cap_per_item=cap_per_item if method is VoteMethod.DOTS else None,
                criteria=rules_mod.criteria_from_json(crit),
                threshold=float(threshold),
                scale_max=int(scale_max),
            )
            if not targets or (method is VoteMethod.RESISTANCE and len(targets) < 2):
                raise Refused(
                    "nothing to vote on: the {target} list is empty",
                    target=TARGET_NAMES[target_kind],
                )
            rules.check()
            last = s.scalar(
                select(func.max(VoteRound.position)).where(VoteRound.session_id == session_id)
            )
            vr = VoteRound(
                session_id=session_id,
                phase_id=phase_id,
                title=name,
                method=method.value,
                target_kind=target_kind,
                entry_mode=entry_mode.value,
                budget=rules.budget,
                cap_per_item=rules.cap_per_item,
                criteria=crit,
                threshold=rules.threshold,
                scale_max=rules.scale_max,
                voter_codes=bool(voter_codes),
                code_salt=secrets.token_hex(16),
                position=(last or 0.0) + 1.0,
            )
            s.add(vr)
            s.flush()
            for index, (kind, target_id, label) in enumerate(targets):
                s.add(
                    VoteOption(
                        round_id=vr.id,
                        target_kind=kind,
                        target_id=target_id,
                        label=label,
                        position=float(index),
                    )
                )
            s.flush()
            return vr.id

    def _targets(
        self, s: OrmSession, session_id: str, phase_id: str | None, target_kind: str
    ) -> list[tuple[str, str | None, str]]:
        if target_kind == "recommendations":
            recs = s.scalars(
                select(Recommendation)
                .where(Recommendation.session_id == session_id, Recommendation.deleted.is_(False))
                .order_by(Recommendation.position)
            ).all()
            return [("recommendation", r.id, short_label(r.title)) for r in recs]
        if target_kind == "custom":
            return []
        if phase_id is None:
            raise Refused("choose the phase whose cards or clusters are voted on")
        if target_kind == "clusters":
            clusters = s.scalars(
                select(Cluster)
                .where(Cluster.phase_id == phase_id, Cluster.deleted.is_(False))
                .order_by(Cluster.y, Cluster.x)
            ).all()
            return [
                ("cluster", c.id, short_label(c.label) or f"Cluster {i + 1}")
                for i, c in enumerate(clusters)
            ]
        cards = s.scalars(
            select(Card)
            .where(
                Card.phase_id == phase_id, Card.deleted.is_(False), Card.merged_into_id.is_(None)
            )
            .order_by(Card.y, Card.x)
        ).all()
        return [("card", c.id, short_label(c.text) or "…") for c in cards]

    def update_round(self, round_id: str, **changes: Any) -> dict[str, Any]:
        """Change a round; returns the old values. The ballot rules (budget, cap,
        criteria, scale) are frozen once votes exist."""
        if "title" in changes:
            changes["title"] = clean_title(changes["title"], "Titel")
        if "criteria" in changes:
            changes["criteria"] = check_criteria(changes["criteria"])
        if "entry_mode" in changes:
            changes["entry_mode"] = VoteEntry(changes["entry_mode"]).value
        with self.ws.transaction() as s:
            row = get_live_or_deleted(s, VoteRound, round_id)
            if set(changes) & RULE_FIELDS and self._vote_count(s, round_id):
                current = {k: getattr(row, k) for k in set(changes) & RULE_FIELDS}
                if any(current[k] != changes[k] for k in current):
                    raise Refused("the rules cannot change once votes have been cast")
            old = apply_fields(row, changes, frozenset(ROUND_FIELDS))
            info = round_info(row)
            info.rules(self._option_ids(s, round_id)).check()
            return old

    # -- options --------------------------------------------------------------
    def add_option(self, round_id: str, label: str) -> str:
        name = clean_title(label, "Option")
        with self.ws.transaction() as s:
            get_live(s, VoteRound, round_id, "vote")
            if self._vote_count(s, round_id):
                raise Refused("options cannot be added once votes have been cast")
            last = s.scalar(
                select(func.max(VoteOption.position)).where(VoteOption.round_id == round_id)
            )
            option = VoteOption(
                round_id=round_id, target_kind="custom", label=name, position=(last or 0.0) + 1
            )
            s.add(option)
            s.flush()
            return option.id

    def set_option_deleted(self, option_id: str, deleted: bool) -> None:
        """Remove (or restore, for undo) an option; only before any vote."""
        with self.ws.transaction() as s:
            option = get_live_or_deleted(s, VoteOption, option_id)
            if option.target_kind == "passive":
                raise Refused("the Passivlösung is always part of a Widerstandsabfrage")
            if self._vote_count(s, option.round_id):
                raise Refused("options cannot be removed once votes have been cast")
            if deleted and len(self._option_ids(s, option.round_id)) <= 1:
                raise Refused("a vote needs at least one option")
            option.deleted = deleted

    # -- status and results -----------------------------------------------------
    def status(self, round_id: str) -> VotingStatus:
        with self.ws.session() as s:
            vr = get_live(s, VoteRound, round_id, "vote")
            return self._status(s, vr)

    def results(
        self,
        round_id: str,
        *,
        info: RoundInfo | None = None,
        options: Sequence[OptionInfo] | None = None,
    ) -> RoundResults:
        """The tally of a round, whether revealed or not (the ui decides what to
        show). A caller that keeps the round's settings and options (they do not
        change when votes come in) may pass them in; the votes are always read."""
        if info is None or options is None:
            with self.ws.session() as s:
                info = info or round_info(get_live(s, VoteRound, round_id, "vote"))
                options = options if options is not None else self._options(s, round_id)
        # the votes: two plain queries on a pooled driver connection (no ORM on
        # the path a new tally takes to the projector)
        raw = self.ws.engine.raw_connection()
        try:
            cursor = raw.cursor()
            counts, total = count_rows(cursor.execute(TALLY_SQL, (round_id,)).fetchall())
            ballots = cursor.execute(BALLOT_COUNT_SQL, (round_id,)).fetchone()[0]
            cursor.close()
        finally:
            raw.close()
        status = VotingStatus(round_id, ballots, total, info.revealed, info.closed)
        passive = next((o.id for o in options if o.kind == "passive"), None)
        result = rules_mod.tally(
            info.rules([o.id for o in options]),
            options,  # the option rows serve as the tally's options
            counts,
            passive_id=passive,
        )
        return RoundResults(info, tuple(options), result, status)
