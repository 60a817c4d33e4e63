"""The clustering board: cards, clusters and attached photos."""

from __future__ import annotations

from sqlalchemy import Float, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base, Synced


class Cluster(Synced, Base):
    __tablename__ = "cluster"

    phase_id: Mapped[str] = mapped_column(ForeignKey("phase.id"), index=True)
    label: Mapped[str] = mapped_column(Text, default="")
    color: Mapped[str] = mapped_column(String(16), default="")
    x: Mapped[float] = mapped_column(Float, default=0.0)
    y: Mapped[float] = mapped_column(Float, default=0.0)
    z: Mapped[float] = mapped_column(Float, default=0.0)
    collapsed: Mapped[bool] = mapped_column(default=False)
    #: the cluster of an earlier phase this one was carried forward from
    carried_from_id: Mapped[str | None] = mapped_column(String(36), default=None)


class Card(Synced, Base):
    __tablename__ = "card"

    phase_id: Mapped[str] = mapped_column(ForeignKey("phase.id"), index=True)
    cluster_id: Mapped[str | None] = mapped_column(
        ForeignKey("cluster.id"), default=None, index=True
    )
    text: Mapped[str] = mapped_column(Text, default="")
    color: Mapped[str] = mapped_column(String(16), default="")
    x: Mapped[float] = mapped_column(Float, default=0.0)
    y: Mapped[float] = mapped_column(Float, default=0.0)
    z: Mapped[float] = mapped_column(Float, default=0.0)
    #: order inside its cluster
    rank: Mapped[float] = mapped_column(Float, default=0.0)
    origin: Mapped[str] = mapped_column(String(16), default="typed")  # CardOrigin
    #: set when this card was merged into another (stacked duplicate); kept traceable
    merged_into_id: Mapped[str | None] = mapped_column(
        ForeignKey("card.id"), default=None, index=True
    )
    carried_from_id: Mapped[str | None] = mapped_column(String(36), default=None)
    #: only set when the participant asked to be named as the author
    author_participant_id: Mapped[str | None] = mapped_column(
        ForeignKey("participant.id"), default=None
    )


class Attachment(Synced, Base):
    """A photo of a pinboard or flipchart, attached to a phase or a cluster."""

    __tablename__ = "attachment"

    phase_id: Mapped[str] = mapped_column(ForeignKey("phase.id"), index=True)
    cluster_id: Mapped[str | None] = mapped_column(ForeignKey("cluster.id"), default=None)
    filename: Mapped[str] = mapped_column(String(300), default="")
    mime: Mapped[str] = mapped_column(String(64), default="image/jpeg")
    data: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64), default="")
    width: Mapped[int] = mapped_column(Integer, default=0)
    height: Mapped[int] = mapped_column(Integer, default=0)
    caption: Mapped[str] = mapped_column(Text, default="")
    x: Mapped[float] = mapped_column(Float, default=0.0)
    y: Mapped[float] = mapped_column(Float, default=0.0)
