"""Qt face of the voting service: every change goes through here and is announced
with a typed signal, so the voting tab, the kiosk, the results view and the
projector stay projections of what is stored."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QObject, Signal

from ...domain.enums import VoteMethod
from ...services.voting import (
    OptionInfo,
    RecommendationInfo,
    RoundInfo,
    RoundResults,
    VotingService,
    VotingStatus,
)


class VotingModel(QObject):
    roundsChanged = Signal(str)  # session id: a round was added, removed or renamed
    roundChanged = Signal(str)  # round id: settings, options, revealed, closed
    votesChanged = Signal(str)  # round id: votes or ballots were added or removed
    recommendationsChanged = Signal(str)  # session id

    def __init__(self, service: VotingService) -> None:
        super().__init__()
        self.service = service
        # a round's settings and options do not change when votes come in, so
        # a new tally only reads the votes (forgotten on every other change)
        self._infos: dict[str, RoundInfo] = {}
        self._options: dict[str, list[OptionInfo]] = {}
        # the latest tally per round, shared by the results view, projector and preview
        self._results: dict[str, RoundResults] = {}
        #: paper counts per round; kept exact by ``set_tally`` (kiosk votes never change them)
        self._typed: dict[str, dict[tuple[str, str, int], int]] = {}
        self.votesChanged.connect(lambda r: self._results.pop(r, None))
        self.roundChanged.connect(self._forget)
        self.roundsChanged.connect(lambda _s: self._forget())
        self.recommendationsChanged.connect(lambda _s: self._forget())

    def follow_board(self, board: QObject) -> None:
        """Forget cached option labels whenever cards or clusters change."""
        for name in ("cardsChanged", "cardsRemoved", "clustersChanged", "clustersRemoved"):
            getattr(board, name).connect(lambda *_a: self._forget())

    def forget(self) -> None:
        """Drop every cached round, option list and tally (e.g. after a sync
        brought in votes from other laptops); views reload on their next read."""
        self._forget()

    def _forget(self, round_id: str | None = None) -> None:
        if round_id is None:
            self._infos.clear()
            self._options.clear()
            self._results.clear()
            self._typed.clear()
        else:
            self._infos.pop(round_id, None)
            self._options.pop(round_id, None)
            self._results.pop(round_id, None)
            self._typed.pop(round_id, None)

    # reads -------------------------------------------------------------------
    def rounds(self, session_id: str) -> list[RoundInfo]:
        return self.service.list_rounds(session_id)

    def round_info(self, round_id: str) -> RoundInfo:
        info = self._infos.get(round_id)
        if info is None:
            info = self._infos[round_id] = self.service.get_round(round_id)
        return info

    def options(self, round_id: str) -> list[OptionInfo]:
        options = self._options.get(round_id)
        if options is None:
            options = self._options[round_id] = self.service.options(round_id)
        return list(options)

    def results(self, round_id: str) -> RoundResults:
        results = self._results.get(round_id)
        if results is None:
            results = self._results[round_id] = self.service.results(
                round_id, info=self.round_info(round_id), options=self.options(round_id)
            )
        return results

    def status(self, round_id: str) -> VotingStatus:
        return self.results(round_id).status

    def tally_counts(self, round_id: str) -> dict[tuple[str, str, int], int]:
        """Counts typed in from paper, by (option, criterion, value)."""
        typed = self._typed.get(round_id)
        if typed is None:
            typed = self._typed[round_id] = self.service.tally_counts(round_id)
        return dict(typed)

    def recommendations(self, session_id: str) -> list[RecommendationInfo]:
        return self.service.list_recommendations(session_id)

    def count_targets(self, session_id: str, phase_id: str | None, target_kind: str) -> int:
        return self.service.count_targets(session_id, phase_id, target_kind)

    def code_taken(self, round_id: str, code: str) -> bool:
        return self.service.code_taken(round_id, code)

    # rounds ------------------------------------------------------------------
    def create_round(self, session_id: str, method: VoteMethod, **settings: Any) -> str:
        round_id = self.service.create_round(session_id, method, **settings)
        self.roundsChanged.emit(session_id)
        return round_id

    def update_round(self, round_id: str, **changes: Any) -> dict[str, Any]:
        old = self.service.update_round(round_id, **changes)
        if {"title", "deleted", "revealed", "closed", "position"} & set(changes):
            self.roundsChanged.emit(self.service.session_of(round_id))
        if not changes.get("deleted"):  # listeners of a deleted round follow roundsChanged
            self.roundChanged.emit(round_id)
        return old

    def add_option(self, round_id: str, label: str) -> str:
        option_id = self.service.add_option(round_id, label)
        self.roundChanged.emit(round_id)
        return option_id

    def set_option_deleted(self, round_id: str, option_id: str, deleted: bool) -> None:
        self.service.set_option_deleted(option_id, deleted)
        self.roundChanged.emit(round_id)

    # votes -------------------------------------------------------------------
    def set_tally(
        self, round_id: str, option_id: str, criterion: str, value: int, count: int
    ) -> int:
        old = self.service.set_tally(round_id, option_id, criterion, value, count)
        typed = self._typed.get(round_id)
        if typed is not None:  # exactly what was stored: no need to count again
            if count:
                typed[(option_id, criterion, value)] = count
            else:
                typed.pop((option_id, criterion, value), None)
        self.votesChanged.emit(round_id)
        return old

    def cast_ballot(
        self,
        round_id: str,
        choices: Mapping[tuple[str, str], int],
        voter_code: str | None = None,
    ) -> str:
        ballot_id = self.service.cast_ballot(round_id, choices, voter_code)
        self.votesChanged.emit(round_id)
        return ballot_id

    def set_ballot_deleted(self, round_id: str, ballot_id: str, deleted: bool) -> None:
        self.service.set_ballot_deleted(ballot_id, deleted)
        self.votesChanged.emit(round_id)

    def ballot_ids(self, round_id: str) -> list[str]:
        return self.service.ballot_ids(round_id)

    # recommendations -----------------------------------------------------------
    def create_recommendation(self, session_id: str, title: str, text: str = "") -> str:
        rec_id = self.service.create_recommendation(session_id, title, text)
        self.recommendationsChanged.emit(session_id)
        return rec_id

    def update_recommendation(self, session_id: str, rec_id: str, **changes: Any) -> dict[str, Any]:
        old = self.service.update_recommendation(rec_id, **changes)
        self.recommendationsChanged.emit(session_id)
        return old
