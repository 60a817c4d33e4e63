"""Participants, consent, erasure and the follow-ups (handouts, pages) in the ui."""

from .tab import ParticipantsTab

__all__ = ["ParticipantsTab"]
