"""The strategy frame: Leitthema → strategisches Ziel → Handlungsfeld → Kennzahl."""

from __future__ import annotations

from sqlalchemy import Float, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base, Synced


class Leitthema(Synced, Base):
    __tablename__ = "leitthema"

    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    cross_cutting: Mapped[bool] = mapped_column(default=False)
    position: Mapped[float] = mapped_column(Float, default=0.0)


class StrategicGoal(Synced, Base):
    __tablename__ = "strategic_goal"

    leitthema_id: Mapped[str] = mapped_column(ForeignKey("leitthema.id"), index=True)
    name: Mapped[str] = mapped_column(Text)
    position: Mapped[float] = mapped_column(Float, default=0.0)


class Handlungsfeld(Synced, Base):
    __tablename__ = "handlungsfeld"

    goal_id: Mapped[str] = mapped_column(ForeignKey("strategic_goal.id"), index=True)
    name: Mapped[str] = mapped_column(Text)
    position: Mapped[float] = mapped_column(Float, default=0.0)


class Kennzahl(Synced, Base):
    __tablename__ = "kennzahl"

    handlungsfeld_id: Mapped[str] = mapped_column(ForeignKey("handlungsfeld.id"), index=True)
    name: Mapped[str] = mapped_column(Text)
    unit: Mapped[str] = mapped_column(String(64), default="")
    target: Mapped[str] = mapped_column(String(200), default="")
    position: Mapped[float] = mapped_column(Float, default=0.0)
