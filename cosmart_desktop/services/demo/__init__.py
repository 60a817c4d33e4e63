"""``cosmart demo``: a realistic German demo workspace, one event per format in
real Kassel districts. Each feature adds its own content in its own module;
``build_demo`` calls them in order."""

from __future__ import annotations

import random

from ...storage.workspace import Workspace
from .board import build_board
from .participants import build_participants
from .steckbrief import build_steckbriefe
from .voting import build_votes
from .workshops import DemoEvents, build_workshops

__all__ = ["DemoEvents", "build_demo"]


def build_demo(ws: Workspace, *, cards: int = 0, seed: int = 2026) -> DemoEvents:
    """Fill ``ws`` with demo events. ``cards`` > 0 sets the total number of
    board cards (spread over the sessions); 0 means the natural amount."""
    rng = random.Random(seed)
    made = build_workshops(ws, rng)
    build_board(ws, made, random.Random(seed + 3), cards)
    build_votes(ws, made, random.Random(seed + 4))  # after the board: votes on its clusters
    build_steckbriefe(ws, made, random.Random(seed + 5))  # after votes: linked to winners
    build_participants(ws, made, random.Random(seed + 6))  # after Steckbriefe: tokens
    return made
