"""Events, sessions and their phases (with the phase timer and board view state)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base, Synced


class Event(Synced, Base):
    __tablename__ = "event"

    title: Mapped[str] = mapped_column(String(300))
    date: Mapped[date | None] = mapped_column(Date, default=None)
    place: Mapped[str] = mapped_column(String(300), default="")
    district: Mapped[str] = mapped_column(String(120), default="")
    process_step: Mapped[int] = mapped_column(Integer, default=1)
    #: ids of Leitthema rows this event addresses
    leitthemen: Mapped[list[str]] = mapped_column(default=list)
    facilitators: Mapped[str] = mapped_column(Text, default="")
    organiser: Mapped[str] = mapped_column(String(300), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    archived: Mapped[bool] = mapped_column(default=False)


class Session(Synced, Base):
    __tablename__ = "session"

    event_id: Mapped[str] = mapped_column(ForeignKey("event.id"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    format: Mapped[str] = mapped_column(String(32))  # domain.enums.SessionFormat
    position: Mapped[float] = mapped_column(Float, default=0.0)
    #: the phase being run; a plain id (not a foreign key) to avoid a cycle
    current_phase_id: Mapped[str | None] = mapped_column(String(36), default=None)
    facilitators: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    archived: Mapped[bool] = mapped_column(default=False)


class Phase(Synced, Base):
    __tablename__ = "phase"

    session_id: Mapped[str] = mapped_column(ForeignKey("session.id"), index=True)
    position: Mapped[float] = mapped_column(Float, default=0.0)
    #: key of the template phase it was made from ("kritik", …); "" for own phases
    key: Mapped[str] = mapped_column(String(64), default="")
    title: Mapped[str] = mapped_column(String(300))
    guiding_question: Mapped[str] = mapped_column(Text, default="")
    rules: Mapped[str] = mapped_column(Text, default="")
    # timer (domain.timer.TimerState)
    timer_duration_s: Mapped[int] = mapped_column(Integer, default=0)
    timer_elapsed_s: Mapped[float] = mapped_column(Float, default=0.0)
    timer_started_at: Mapped[float | None] = mapped_column(Float, default=None)
    # when the phase was actually run (for the protocol's agenda)
    actual_start: Mapped[datetime | None] = mapped_column(default=None)
    actual_end: Mapped[datetime | None] = mapped_column(default=None)
    # board view state, restored on reopening
    board_zoom: Mapped[float] = mapped_column(Float, default=1.0)
    board_center_x: Mapped[float] = mapped_column(Float, default=0.0)
    board_center_y: Mapped[float] = mapped_column(Float, default=0.0)
