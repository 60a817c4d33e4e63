"""Qt face of the board service. Every board change goes through here and is
announced with typed signals, in one batch per edit (no per-item signal
storms); scenes — the main board and the presenter's read-only copy — only
listen and redraw.

The model keeps each opened phase's board in memory (loaded lazily on first
use) and refreshes the rows an edit touched from the database right after
the edit, so the cache always equals what is stored.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from ...services.board import BoardService
from ...services.board_carry import carry_forward_change
from ...services.board_import import ImportResult, import_cards
from ...services.board_photos import add_photo, photo_data
from ...services.board_state import Board, Change, NewCard, Patch, ViewState, matches


class BoardModel(QObject):
    #: phase id, [CardInfo] added or changed
    cardsChanged = Signal(str, list)
    #: phase id, [card id] gone from the board (deleted)
    cardsRemoved = Signal(str, list)
    clustersChanged = Signal(str, list)
    clustersRemoved = Signal(str, list)
    photosChanged = Signal(str, list)
    photosRemoved = Signal(str, list)
    #: phase id: stored zoom and centre changed
    viewChanged = Signal(str)
    #: phase id, short description: one edit finished (after the signals above)
    edited = Signal(str, str)

    def __init__(self, service: BoardService) -> None:
        super().__init__()
        self.service = service
        self._boards: dict[str, Board] = {}

    # reads -------------------------------------------------------------------
    def board(self, phase_id: str) -> Board:
        """The phase's live board (loaded from the database on first use)."""
        board = self._boards.get(phase_id)
        if board is None:
            board = self.service.board(phase_id)
            self._boards[phase_id] = board
        return board

    def forget(self, phase_id: str | None = None) -> None:
        """Drop cached boards (all of them if ``phase_id`` is None)."""
        if phase_id is None:
            self._boards.clear()
        else:
            self._boards.pop(phase_id, None)

    def search(self, phase_id: str, query: str) -> list[str]:
        return matches(self.board(phase_id), query)

    def photo_bytes(self, attachment_id: str) -> bytes:
        return photo_data(self.service, attachment_id)

    def phase_of(self, row_id: str) -> str | None:
        for phase_id, board in self._boards.items():
            if row_id in board.cards or row_id in board.clusters or row_id in board.attachments:
                return phase_id
        return None

    # view state --------------------------------------------------------------
    def set_view(self, phase_id: str, zoom: float, center_x: float, center_y: float) -> None:
        self.service.set_view(phase_id, zoom, center_x, center_y)
        if phase_id in self._boards:
            self._boards[phase_id].view = self.service.view(phase_id)
        self.viewChanged.emit(phase_id)

    def view(self, phase_id: str) -> ViewState:
        return self.board(phase_id).view

    # writes: each returns the Change for the undo stack -------------------------
    def apply(self, patch: Patch) -> None:
        """Replay a patch (undo / redo)."""
        self.service.apply(patch)
        affected: dict[str, set[str]] = {}
        for kind, row_id in patch:
            affected.setdefault(kind, set()).add(row_id)
        self._announce(affected)

    def done(self, change: Change) -> Change:
        """Announce a change a service call has already stored."""
        self._announce(change.affected())
        return change

    def add_cards(
        self,
        phase_id: str,
        cards: Sequence[NewCard],
        *,
        cluster_id: str | None = None,
        at: tuple[float, float] | None = None,
    ) -> Change:
        return self.done(self.service.add_cards(phase_id, cards, cluster_id=cluster_id, at=at))

    def add_cluster(self, phase_id: str, label: str, at: tuple[float, float]) -> Change:
        return self.done(self.service.add_cluster(phase_id, label, at))

    def edit_card(self, card_id: str, text: str) -> Change:
        return self.done(self.service.edit_card(card_id, text))

    def rename_cluster(self, cluster_id: str, label: str) -> Change:
        return self.done(self.service.rename_cluster(cluster_id, label))

    def set_color(self, ids: Sequence[str], color: str) -> Change:
        return self.done(self.service.set_color(ids, color))

    def set_collapsed(self, cluster_ids: Sequence[str], collapsed: bool) -> Change:
        return self.done(self.service.set_collapsed(cluster_ids, collapsed))

    def move(self, positions: Mapping[str, tuple[float, float]]) -> Change:
        return self.done(self.service.move(positions))

    def place_in_cluster(
        self, cluster_id: str, card_ids: Sequence[str], index: int | None = None
    ) -> Change:
        return self.done(self.service.place_in_cluster(cluster_id, card_ids, index))

    def group(
        self, ids: Sequence[str], label: str = "", at: tuple[float, float] | None = None
    ) -> Change:
        return self.done(self.service.group(ids, label, at))

    def group_onto_card(self, target_id: str, card_ids: Sequence[str]) -> Change:
        return self.done(self.service.group_onto_card(target_id, card_ids))

    def ungroup(self, cluster_ids: Sequence[str]) -> Change:
        return self.done(self.service.ungroup(cluster_ids))

    def merge(self, card_ids: Sequence[str]) -> Change:
        return self.done(self.service.merge(card_ids))

    def split(self, card_id: str) -> Change:
        return self.done(self.service.split(card_id))

    def delete(self, ids: Sequence[str]) -> Change:
        return self.done(self.service.delete(ids))

    def arrange(self, phase_id: str) -> Change:
        return self.done(self.service.arrange(phase_id))

    def carry_forward_change(
        self, source_ids: list[str], target_phase_id: str
    ) -> tuple[Change, list[str]]:
        change, ids = carry_forward_change(self.service, source_ids, target_phase_id)
        self.done(change)
        return change, ids

    def carry_forward(self, source_ids: list[str], target_phase_id: str) -> list[str]:
        """Same as ``BoardService.carry_forward`` but announced to the scenes."""
        return self.carry_forward_change(source_ids, target_phase_id)[1]

    def import_cards(
        self, session_id: str, source: Path | bytes, phase: str | None = None, filename: str = ""
    ) -> ImportResult:
        result = import_cards(self.service.ws, session_id, source, phase=phase, filename=filename)
        self.done(result.change)
        return result

    def add_photo(
        self,
        phase_id: str,
        source: Path | bytes,
        *,
        filename: str = "",
        cluster_id: str | None = None,
        caption: str = "",
    ) -> Change:
        return self.done(
            add_photo(
                self.service,
                phase_id,
                source,
                filename=filename,
                cluster_id=cluster_id,
                caption=caption,
            )
        )

    # announcing ----------------------------------------------------------------
    def _announce(self, affected: Mapping[str, Iterable[str]]) -> None:
        cards, clusters, photos = self.service.rows(affected)
        phases = list(
            dict.fromkeys(
                [k.phase_id for k in clusters]
                + [c.phase_id for c in cards]
                + [a.phase_id for a in photos]
            )
        )
        for phase_id in phases:
            board = self._boards.get(phase_id)
            if board is None:
                continue  # not opened yet: it loads fresh when it is
            k_live = [k for k in clusters if k.phase_id == phase_id and not k.deleted]
            k_gone = [k.id for k in clusters if k.phase_id == phase_id and k.deleted]
            c_live = [c for c in cards if c.phase_id == phase_id and not c.deleted]
            c_gone = [c.id for c in cards if c.phase_id == phase_id and c.deleted]
            p_live = [a for a in photos if a.phase_id == phase_id and not a.deleted]
            p_gone = [a.id for a in photos if a.phase_id == phase_id and a.deleted]
            for k in k_live:
                board.clusters[k.id] = k
            for c in c_live:
                board.cards[c.id] = c
            for a in p_live:
                board.attachments[a.id] = a
            for cid in c_gone:
                board.cards.pop(cid, None)
            for kid in k_gone:
                board.clusters.pop(kid, None)
            for aid in p_gone:
                board.attachments.pop(aid, None)
            board.invalidate()
            if k_live:
                self.clustersChanged.emit(phase_id, k_live)
            if c_gone:
                self.cardsRemoved.emit(phase_id, c_gone)
            if c_live:
                self.cardsChanged.emit(phase_id, c_live)
            if p_live:
                self.photosChanged.emit(phase_id, p_live)
            if p_gone:
                self.photosRemoved.emit(phase_id, p_gone)
            if k_gone:
                self.clustersRemoved.emit(phase_id, k_gone)
            self.edited.emit(phase_id, "")
