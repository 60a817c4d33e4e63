"""What the windows share, built once by the composition root (no singletons)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QUndoGroup

from ..services.settings import Settings
from ..storage.workspace import Workspace
from .board.model import BoardModel
from .i18n import Language
from .steckbrief.model import SteckbriefModel
from .voting.model import VotingModel
from .workshop_model import WorkshopModel


@dataclass
class AppContext:
    workspace: Workspace
    settings: Settings
    language: Language
    workshops: WorkshopModel
    undo_group: QUndoGroup
    voting: VotingModel
    board: BoardModel
    steckbriefe: SteckbriefModel
