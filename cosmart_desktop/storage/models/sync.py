"""Local bookkeeping: workspace metadata, the field-level change log, sync
checkpoints and the conflict log. These rows do not sync as entities."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base


class WorkspaceMeta(Base):
    __tablename__ = "workspace_meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class ChangeRecord(Base):
    """One field of one row set to a value at a stamp by a site.

    The latest record per (table, row, field) by (hlc, site_id) is the value."""

    __tablename__ = "change_log"
    __table_args__ = (
        # unique: applying a pulled change twice is a no-op (INSERT … ON CONFLICT)
        Index("ix_change_log_row_field", "tbl", "row_id", "field", "hlc", "site_id", unique=True),
        # AUTOINCREMENT: a sequence number is never reused, even after a purge
        # (sync pushes by sequence number)
        {"sqlite_autoincrement": True},
    )

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    tbl: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(64))
    #: JSON text of the value; binary values as {"$blob": sha256}
    value: Mapped[str] = mapped_column(Text)
    hlc: Mapped[str] = mapped_column(String(24))
    site_id: Mapped[str] = mapped_column(String(36))
    #: the stamp+site (``hlc || site_id``) of the value this write replaced at its
    #: site, "" for a first write; NULL for local writes (derived by sync from
    #: the order of the log, see ``services.sync.history``)
    base: Mapped[str | None] = mapped_column(String(64), default=None)


class SyncCheckpoint(Base):
    __tablename__ = "sync_checkpoint"

    #: a hash of the store address (never the address with its password)
    store_key: Mapped[str] = mapped_column(String(64), primary_key=True)
    pushed_seq: Mapped[int] = mapped_column(Integer, default=0)
    pulled_cursor: Mapped[str] = mapped_column(String(64), default="")
    last_sync_at: Mapped[datetime | None] = mapped_column(default=None)


class Conflict(Base):
    """A concurrent edit that lost, kept so a facilitator can review and restore it."""

    __tablename__ = "conflict"
    __table_args__ = (
        Index(
            "ix_conflict_loser", "tbl", "row_id", "field", "loser_hlc", "loser_site", unique=True
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    tbl: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(36), index=True)
    field: Mapped[str] = mapped_column(String(64))
    loser_value: Mapped[str] = mapped_column(Text)
    loser_hlc: Mapped[str] = mapped_column(String(24))
    loser_site: Mapped[str] = mapped_column(String(36))
    winner_value: Mapped[str] = mapped_column(Text)
    winner_hlc: Mapped[str] = mapped_column(String(24))
    winner_site: Mapped[str] = mapped_column(String(36))
    detected_at: Mapped[datetime]
    resolved_at: Mapped[datetime | None] = mapped_column(default=None)


class HeldChange(Base):
    """A pulled change stamped more than 24 h ahead of this computer's clock:
    flagged and kept aside, applied once the clock has caught up (DESIGN.md §5)."""

    __tablename__ = "sync_held"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    tbl: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(64))
    value: Mapped[str] = mapped_column(Text)
    hlc: Mapped[str] = mapped_column(String(24))
    site_id: Mapped[str] = mapped_column(String(36))
    base: Mapped[str] = mapped_column(String(64), default="")
    held_at: Mapped[datetime]
