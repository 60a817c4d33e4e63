"""Steckbriefe (measure profiles), the Kriterienkatalog and ratings."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base, Synced


class Steckbrief(Synced, Base):
    __tablename__ = "steckbrief"

    event_id: Mapped[str | None] = mapped_column(ForeignKey("event.id"), default=None, index=True)
    session_id: Mapped[str | None] = mapped_column(ForeignKey("session.id"), default=None)
    # Herkunft
    origin_cluster_id: Mapped[str | None] = mapped_column(String(36), default=None)
    origin_card_ids: Mapped[list[str]] = mapped_column(default=list)
    origin_option_id: Mapped[str | None] = mapped_column(String(36), default=None)
    # strategy frame
    leitthema_id: Mapped[str | None] = mapped_column(ForeignKey("leitthema.id"), default=None)
    handlungsfeld_id: Mapped[str | None] = mapped_column(
        ForeignKey("handlungsfeld.id"), default=None
    )
    districts: Mapped[list[str]] = mapped_column(default=list)
    # content (DOMAIN.md, Steckbrief)
    title: Mapped[str] = mapped_column(Text, default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    problem: Mapped[str] = mapped_column(Text, default="")
    goals: Mapped[str] = mapped_column(Text, default="")
    target_groups: Mapped[str] = mapped_column(Text, default="")
    lead: Mapped[str] = mapped_column(Text, default="")
    #: partners by helix: {"buergerschaft": …, "verwaltung": …, "wirtschaft": …,
    #: "wissenschaft": …, "umwelt": …}
    partners: Mapped[dict[str, Any]] = mapped_column(default=dict)
    #: {"investition": …, "betrieb": …, "personal": …, "daten": …}
    resources: Mapped[dict[str, Any]] = mapped_column(default=dict)
    #: {"eigen": …, "fremd": …, "foerder": …}
    financing: Mapped[dict[str, Any]] = mapped_column(default=dict)
    schedule: Mapped[str] = mapped_column(Text, default="")
    priority: Mapped[str] = mapped_column(String(16), default="")  # domain.enums.Priority
    maturity: Mapped[str] = mapped_column(Text, default="")
    indicators: Mapped[str] = mapped_column(Text, default="")
    risks: Mapped[str] = mapped_column(Text, default="")
    transferability: Mapped[str] = mapped_column(Text, default="")
    continuation: Mapped[str] = mapped_column(Text, default="")
    #: answers to the Verwirklichungsphase questions (Was anstoßen? Wie anfangen? …)
    prompts: Mapped[dict[str, Any]] = mapped_column(default=dict)
    status: Mapped[str] = mapped_column(String(24), default="entwurf")  # SteckbriefStatus
    author_participant_id: Mapped[str | None] = mapped_column(
        ForeignKey("participant.id"), default=None
    )


class CriteriaCatalogue(Synced, Base):
    __tablename__ = "criteria_catalogue"

    name: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[str] = mapped_column(String(64), default="1")
    active: Mapped[bool] = mapped_column(default=True)


class Criterion(Synced, Base):
    __tablename__ = "criterion"

    catalogue_id: Mapped[str] = mapped_column(ForeignKey("criteria_catalogue.id"), index=True)
    key: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(16))  # domain.enums.CriterionKind
    weight: Mapped[float] = mapped_column(Float, default=1.0)
    #: Smart City Charta Leitlinie (for grouping)
    group: Mapped[str] = mapped_column(String(200), default="")
    #: a high need scores low (e.g. Ressourcenbedarf)
    inverse: Mapped[bool] = mapped_column(default=False)
    description: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[float] = mapped_column(Float, default=0.0)


class Rating(Synced, Base):
    __tablename__ = "rating"

    steckbrief_id: Mapped[str] = mapped_column(ForeignKey("steckbrief.id"), index=True)
    criterion_id: Mapped[str] = mapped_column(ForeignKey("criterion.id"), index=True)
    rater: Mapped[str] = mapped_column(String(200))
    #: 0..5 for scored criteria; 1 = holds / 0 = fails for K.O. criteria; None = not rated
    score: Mapped[int | None] = mapped_column(Integer, default=None)
    comment: Mapped[str] = mapped_column(Text, default="")
