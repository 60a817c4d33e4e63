"""``cosmart demo``: a realistic German demo workspace, one event per format in
real Kassel districts. Each feature adds its own content in its own module;
``build_demo`` calls them in order."""

from __future__ import annotations

import random

from ...storage.workspace import Workspace
from .workshops import DemoEvents, build_workshops

__all__ = ["DemoEvents", "build_demo"]


def build_demo(ws: Workspace, *, cards: int = 0, seed: int = 2026) -> DemoEvents:
    """Fill ``ws`` with demo events. ``cards`` > 0 sets the total number of
    board cards (spread over the sessions); 0 means the natural amount."""
    rng = random.Random(seed)
    return build_workshops(ws, rng)
