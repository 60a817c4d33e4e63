"""The whole data model (DESIGN.md §4) as SQLAlchemy 2 typed mappings."""

from ..base import Base, Synced
from .board import Attachment, Card, Cluster
from .people import ContactConsent, ErasureRecord, FollowUpToken, Participant
from .steckbrief import CriteriaCatalogue, Criterion, Rating, Steckbrief
from .strategy import Handlungsfeld, Kennzahl, Leitthema, StrategicGoal
from .sync import ChangeRecord, Conflict, HeldChange, SyncCheckpoint, WorkspaceMeta
from .voting import Ballot, Recommendation, Vote, VoteOption, VoteRound
from .workshop import Event, Phase, Session

__all__ = [
    "Attachment",
    "Ballot",
    "Base",
    "Card",
    "ChangeRecord",
    "Cluster",
    "Conflict",
    "ContactConsent",
    "CriteriaCatalogue",
    "Criterion",
    "ErasureRecord",
    "Event",
    "FollowUpToken",
    "Handlungsfeld",
    "HeldChange",
    "Kennzahl",
    "Leitthema",
    "Participant",
    "Phase",
    "Rating",
    "Recommendation",
    "Session",
    "Steckbrief",
    "StrategicGoal",
    "SyncCheckpoint",
    "Synced",
    "Vote",
    "VoteOption",
    "VoteRound",
    "WorkspaceMeta",
]
