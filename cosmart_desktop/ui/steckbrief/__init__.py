"""Steckbriefe, their rating, the Maßnahmenliste and the Ideenpool (issue 5)."""

from .model import SteckbriefModel
from .tab import SteckbriefTab

__all__ = ["SteckbriefModel", "SteckbriefTab"]
