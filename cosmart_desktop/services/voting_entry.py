"""Entering votes: the facilitator types counted paper dots (one vote row per
dot), or voters confirm kiosk ballots one after another. Voter codes are never
stored, only a salted PBKDF2 hash per round, so a code cannot vote twice in a
round."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from ..domain import voting as rules_mod
from ..domain.enums import VoteEntry
from ..domain.errors import Refused
from ..domain.ids import new_id
from ..storage.models import Ballot, Vote, VoteOption, VoteRound
from .common import get_live, get_live_or_deleted
from .voting_common import VotingBase, round_info

CODE_ITERATIONS = 60_000
VOTE_COLUMNS = (
    "id",
    "site_id",
    "hlc",
    "deleted",
    "round_id",
    "option_id",
    "ballot_id",
    "criterion",
    "value",
    "entry",
    "comment",
)
#: plain driver-level insert: a typed paper count may add dozens of rows at once
INSERT_VOTE = (
    f"INSERT INTO vote ({', '.join(VOTE_COLUMNS)}) VALUES ({', '.join('?' * len(VOTE_COLUMNS))})"
)


def normalise_code(code: str) -> str:
    """Letters and digits only, case-insensitive: "A-17", "a 17" and "a17" are
    one code (printed codes are typed in many ways)."""
    if not isinstance(code, str) or "\x00" in code:
        raise Refused("the voter code is not valid text")
    value = "".join(ch for ch in code if ch.isalnum()).casefold()
    if not value:
        raise Refused("please enter your voter code")
    if len(value) > 64:
        raise Refused("a voter code has at most 64 characters")
    return value


def hash_code(code: str, salt: str) -> str:
    return hashlib.pbkdf2_hmac(
        "sha256", normalise_code(code).encode("utf-8"), bytes.fromhex(salt), CODE_ITERATIONS
    ).hex()


class VoteEntryService(VotingBase):
    """Tally entry and kiosk ballots."""

    # -- tally entry (paper dots typed in) -------------------------------------
    def set_tally(
        self, round_id: str, option_id: str, criterion: str, value: int, count: int
    ) -> int:
        """Make the typed-in count of one (option, criterion, value) ``count``:
        one new vote row per missing dot, a tombstone per dot too many.
        Returns the count before (for undo)."""
        if not isinstance(count, int) or isinstance(count, bool) or count < 0:
            raise Refused("the count must be a whole number ≥ 0")
        if count > 100_000:
            raise Refused("at most 100,000 votes per item")
        with self.ws.transaction() as s:
            vr = get_live(s, VoteRound, round_id, "vote")
            if vr.closed:
                raise Refused("this vote is closed")
            option = get_live(s, VoteOption, option_id, "option")
            if option.round_id != round_id:
                raise Refused("that option belongs to another vote")
            rules = round_info(vr).rules([option_id])
            if criterion not in rules.criterion_keys() or value not in rules.values():
                raise Refused("{column!r} is not a column of this vote", column=criterion or value)
            where = (  # by option only (it belongs to the round, checked above): the
                # option's few rows are found by its index, not all the round's rows
                Vote.option_id == option_id,
                Vote.criterion == criterion,
                Vote.value == value,
                Vote.entry == VoteEntry.TALLY.value,
                Vote.deleted.is_(False),
            )
            before = s.scalar(select(func.count()).select_from(Vote).where(*where)) or 0
            if count > before:
                self._insert_votes(
                    s, round_id, [(option_id, criterion, value)] * (count - before), None, "tally"
                )
            elif count < before:
                extra = s.scalars(
                    select(Vote).where(*where).order_by(Vote.hlc.desc(), Vote.id.desc())
                ).all()[: before - count]
                for vote in extra:
                    vote.deleted = True
            return int(before)

    def _insert_votes(
        self,
        s: OrmSession,
        round_id: str,
        rows: Sequence[tuple[str, str, int]],
        ballot_id: str | None,
        entry: str,
    ) -> None:
        """Bulk insert vote rows, recorded in the change log like ORM rows."""
        if not rows:
            return
        dicts: list[dict[str, Any]] = [
            {
                "id": new_id(),
                "round_id": round_id,
                "option_id": option,
                "ballot_id": ballot_id,
                "criterion": criterion,
                "value": value,
                "entry": entry,
                "comment": "",
                "deleted": False,
            }
            for option, criterion, value in rows
        ]
        self.ws.recorder.record_rows(s, "vote", dicts)  # sets hlc and site_id
        s.connection().exec_driver_sql(
            INSERT_VOTE, [tuple(d[c] for c in VOTE_COLUMNS) for d in dicts]
        )

    # -- kiosk ballots ----------------------------------------------------------
    def code_taken(self, round_id: str, code: str) -> bool:
        """Whether this voter code has already cast a ballot in the round."""
        with self.ws.session() as s:
            vr = get_live(s, VoteRound, round_id, "vote")
            return self._code_used(s, round_id, hash_code(code, vr.code_salt))

    @staticmethod
    def _code_used(s: OrmSession, round_id: str, digest: str) -> bool:
        return bool(
            s.scalar(
                select(func.count())
                .select_from(Ballot)
                .where(
                    Ballot.round_id == round_id,
                    Ballot.deleted.is_(False),
                    Ballot.voter_code_hash == digest,
                )
            )
        )

    def cast_ballot(
        self,
        round_id: str,
        choices: Mapping[tuple[str, str], int],
        voter_code: str | None = None,
    ) -> str:
        """Store one confirmed kiosk ballot (checked against the rules)."""
        with self.ws.transaction() as s:
            vr = get_live(s, VoteRound, round_id, "vote")
            if vr.closed:
                raise Refused("this vote is closed")
            info = round_info(vr)
            rules = info.rules(self._option_ids(s, round_id))
            rules_mod.validate_ballot(rules, choices)
            digest: str | None = None
            if vr.voter_codes:
                if voter_code is None:
                    raise Refused("please enter your voter code")
                digest = hash_code(voter_code, vr.code_salt)
                if self._code_used(s, round_id, digest):
                    raise Refused("this voter code has already been used in this vote")
            now = datetime.now(UTC).replace(second=0, microsecond=0)  # no exact order
            ballot = Ballot(round_id=round_id, voter_code_hash=digest, confirmed_at=now)
            s.add(ballot)
            s.flush()
            self._insert_votes(
                s, round_id, rules_mod.ballot_rows(rules, choices), ballot.id, "kiosk"
            )
            return ballot.id

    def set_ballot_deleted(self, ballot_id: str, deleted: bool) -> None:
        """Void a ballot with all its votes (or restore it, for undo)."""
        with self.ws.transaction() as s:
            ballot = get_live_or_deleted(s, Ballot, ballot_id)
            vr = get_live(s, VoteRound, ballot.round_id, "vote")
            if vr.closed:
                raise Refused("this vote is closed")
            if not deleted and ballot.voter_code_hash:
                others = s.scalar(
                    select(func.count())
                    .select_from(Ballot)
                    .where(
                        Ballot.round_id == ballot.round_id,
                        Ballot.deleted.is_(False),
                        Ballot.voter_code_hash == ballot.voter_code_hash,
                        Ballot.id != ballot.id,
                    )
                )
                if others:
                    raise Refused("this voter code has voted again in the meantime")
            ballot.deleted = deleted
            for vote in s.scalars(select(Vote).where(Vote.ballot_id == ballot_id)).all():
                vote.deleted = deleted

    def ballot_ids(self, round_id: str) -> list[str]:
        with self.ws.session() as s:
            return list(
                s.scalars(
                    select(Ballot.id)
                    .where(Ballot.round_id == round_id, Ballot.deleted.is_(False))
                    .order_by(Ballot.hlc)
                ).all()
            )
