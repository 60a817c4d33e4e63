"""Participants (pseudonymous), contact consent kept apart, erasure log, follow-up tokens."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base, Synced


class Participant(Synced, Base):
    __tablename__ = "participant"

    event_id: Mapped[str] = mapped_column(ForeignKey("event.id"), index=True)
    number: Mapped[int] = mapped_column(Integer, default=0)
    pseudonym: Mapped[str] = mapped_column(String(120), default="")
    #: only when the person asked to be named as author of their contributions
    public_name: Mapped[str | None] = mapped_column(String(200), default=None)


class ContactConsent(Synced, Base):
    """Contact data, only ever stored together with the consent that allows it."""

    __tablename__ = "contact_consent"

    participant_id: Mapped[str] = mapped_column(ForeignKey("participant.id"), index=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(320), default="")
    phone: Mapped[str] = mapped_column(String(64), default="")
    purpose: Mapped[str] = mapped_column(Text)
    text_version: Mapped[str] = mapped_column(String(64))
    text_hash: Mapped[str] = mapped_column(String(64))
    given_at: Mapped[datetime]
    method: Mapped[str] = mapped_column(String(16))  # domain.enums.ConsentMethod
    recorded_by: Mapped[str] = mapped_column(String(200), default="")
    withdrawn_at: Mapped[datetime | None] = mapped_column(default=None)


class ErasureRecord(Synced, Base):
    """That a participant's contact data was erased, and when; no personal data.

    Replayed after a backup restore and on sync (delete wins)."""

    __tablename__ = "erasure_record"

    participant_id: Mapped[str] = mapped_column(String(36), index=True)
    erased_at: Mapped[datetime]
    recorded_by: Mapped[str] = mapped_column(String(200), default="")


class FollowUpToken(Synced, Base):
    __tablename__ = "followup_token"

    token: Mapped[str] = mapped_column(String(64), unique=True)
    target_kind: Mapped[str] = mapped_column(String(16))  # domain.enums.FollowUpTarget
    target_id: Mapped[str] = mapped_column(String(36), index=True)
    note: Mapped[str] = mapped_column(Text, default="")
