"""Vote rounds. Every dot or score is one ``Vote`` row — never a counter — so
votes sync as a grow-only set with tombstones."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base, Synced


class Recommendation(Synced, Base):
    """A Bürgerrat recommendation (Empfehlung) that is voted on."""

    __tablename__ = "recommendation"

    session_id: Mapped[str] = mapped_column(ForeignKey("session.id"), index=True)
    leitthema_id: Mapped[str | None] = mapped_column(ForeignKey("leitthema.id"), default=None)
    title: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[float] = mapped_column(Float, default=0.0)


class VoteRound(Synced, Base):
    __tablename__ = "vote_round"

    session_id: Mapped[str] = mapped_column(ForeignKey("session.id"), index=True)
    phase_id: Mapped[str | None] = mapped_column(ForeignKey("phase.id"), default=None)
    title: Mapped[str] = mapped_column(String(300), default="")
    method: Mapped[str] = mapped_column(String(16))  # domain.enums.VoteMethod
    #: what the options are: "cards", "clusters", "recommendations" or "custom"
    target_kind: Mapped[str] = mapped_column(String(24), default="clusters")
    entry_mode: Mapped[str] = mapped_column(String(16), default="tally")  # VoteEntry
    budget: Mapped[int | None] = mapped_column(Integer, default=None)
    cap_per_item: Mapped[int | None] = mapped_column(Integer, default=None)
    #: dot criteria: [{"key": "wichtig", "label": "wichtig", "color": "#d62728"}, …]
    criteria: Mapped[list[Any]] = mapped_column(default=list)
    #: share of yes votes needed for adoption (Zustimmung)
    threshold: Mapped[float] = mapped_column(Float, default=0.5)
    #: highest resistance value (Widerstandsabfrage: 10, or 5)
    scale_max: Mapped[int] = mapped_column(Integer, default=10)
    voter_codes: Mapped[bool] = mapped_column(default=False)
    #: random salt for the voter-code hashes of this round (codes are never stored)
    code_salt: Mapped[str] = mapped_column(String(32), default="")
    revealed: Mapped[bool] = mapped_column(default=False)
    closed: Mapped[bool] = mapped_column(default=False)
    position: Mapped[float] = mapped_column(Float, default=0.0)


class VoteOption(Synced, Base):
    __tablename__ = "vote_option"

    round_id: Mapped[str] = mapped_column(ForeignKey("vote_round.id"), index=True)
    #: "card", "cluster", "recommendation", "passive" (Passivlösung) or "custom"
    target_kind: Mapped[str] = mapped_column(String(24))
    target_id: Mapped[str | None] = mapped_column(String(36), default=None)
    label: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[float] = mapped_column(Float, default=0.0)


class Ballot(Synced, Base):
    """One voter's confirmed kiosk ballot; anonymous (the code is only a hash)."""

    __tablename__ = "ballot"

    round_id: Mapped[str] = mapped_column(ForeignKey("vote_round.id"), index=True)
    voter_code_hash: Mapped[str | None] = mapped_column(String(64), default=None)
    confirmed_at: Mapped[datetime | None] = mapped_column(default=None)


class Vote(Synced, Base):
    """One dot, one score or one choice.

    ``value`` by method: dots 1 per row; approval 1 yes / 0 no / -1 abstain;
    resistance 0..scale_max; consensus 2 full / 1 can live with it / 0 veto.
    """

    __tablename__ = "vote"

    round_id: Mapped[str] = mapped_column(ForeignKey("vote_round.id"), index=True)
    option_id: Mapped[str] = mapped_column(ForeignKey("vote_option.id"), index=True)
    ballot_id: Mapped[str | None] = mapped_column(ForeignKey("ballot.id"), default=None, index=True)
    criterion: Mapped[str] = mapped_column(String(64), default="")
    value: Mapped[int] = mapped_column(Integer, default=1)
    entry: Mapped[str] = mapped_column(String(16), default="tally")  # VoteEntry
    comment: Mapped[str] = mapped_column(Text, default="")
