"""Board edits as undo commands.

``BoardEditor`` is what views, interactions, actions and the capture line call:
it runs the model operation (one transaction, stored at once), then pushes a
``BoardCommand`` holding the change's forward and inverse patches onto the
session's undo stack with a readable German name. A gesture that is two edits
(e.g. dropping cards into a cluster while clusters move along) is one macro.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ...domain.errors import CosmartError
from ...services.board_import import ImportResult
from ...services.board_state import Change, NewCard
from ..i18n import error_text, tr
from .model import BoardModel

MERGE_NUDGE = 0x4B4E  # consecutive keyboard moves of the same items: one undo step


def cards_text(n: int) -> str:
    return tr("1 Karte") if n == 1 else tr("{0} Karten").format(n)


def short(text: str, limit: int = 30) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


class BoardCommand(QUndoCommand):
    """Replays a stored change: ``inverse`` on undo, ``forward`` on redo.

    The change is already stored when the command is pushed, so the first
    ``redo`` (QUndoStack.push calls it) does nothing."""

    def __init__(
        self,
        text: str,
        model: BoardModel,
        change: Change,
        merge_id: int = -1,
        parent: QUndoCommand | None = None,
    ) -> None:
        super().__init__(text, parent)
        self.model = model
        self.change = change
        self._merge_id = merge_id
        self._pending = True

    def redo(self) -> None:
        if self._pending:
            self._pending = False
            return
        self.model.apply(self.change.forward)

    def undo(self) -> None:
        self.model.apply(self.change.inverse)

    def id(self) -> int:
        return self._merge_id

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, BoardCommand) or other.id() != self.id():
            return False
        if set(other.change.forward) != set(self.change.forward):
            return False
        self.change = self.change.then(other.change)
        return True


class BoardEditor(QObject):
    """Runs board edits and records them on the session's undo stack."""

    failed = Signal(str)
    #: ids the last edit created (e.g. a new cluster to name at once)
    created = Signal(list)

    def __init__(self, model: BoardModel, stack: Callable[[], QUndoStack | None]) -> None:
        super().__init__()
        self.model = model
        self._stack = stack

    # core --------------------------------------------------------------------
    def run(self, text: str, perform: Callable[[], Change], merge_id: int = -1) -> Change | None:
        """Perform an edit and push it; a refusal is reported, nothing changes."""
        try:
            change = perform()
        except CosmartError as exc:
            self.failed.emit(error_text(exc))
            return None
        if change.empty:
            return change
        stack = self._stack()
        if stack is not None:
            stack.push(BoardCommand(text, self.model, change, merge_id))
        if change.created:
            self.created.emit(list(change.created))
        return change

    @contextmanager
    def macro(self, text: str) -> Iterator[None]:
        stack = self._stack()
        if stack is not None:
            stack.beginMacro(text)
        try:
            yield
        finally:
            if stack is not None:
                stack.endMacro()

    # capture and editing ---------------------------------------------------------
    def add_cards(
        self,
        phase_id: str,
        texts: Sequence[str],
        origin: str,
        *,
        at: tuple[float, float] | None = None,
        cluster_id: str | None = None,
    ) -> Change | None:
        items = [NewCard(t, origin) for t in texts]
        name = (
            tr("Karte „{0}“ anlegen").format(short(texts[0]))
            if len(texts) == 1
            else tr("{0} anlegen").format(cards_text(len(texts)))
        )
        return self.run(
            name, lambda: self.model.add_cards(phase_id, items, cluster_id=cluster_id, at=at)
        )

    def edit_card(self, card_id: str, text: str) -> Change | None:
        return self.run(
            tr("Karte „{0}“ bearbeiten").format(short(text)),
            lambda: self.model.edit_card(card_id, text),
        )

    def rename_cluster(self, cluster_id: str, label: str) -> Change | None:
        return self.run(
            tr("Cluster „{0}“ benennen").format(short(label)),
            lambda: self.model.rename_cluster(cluster_id, label),
        )

    def add_cluster(self, phase_id: str, at: tuple[float, float]) -> Change | None:
        return self.run(
            tr("Leeren Cluster anlegen"), lambda: self.model.add_cluster(phase_id, "", at)
        )

    # moving --------------------------------------------------------------------------
    def move(self, positions: Mapping[str, tuple[float, float]]) -> Change | None:
        name = (
            tr("Verschieben")
            if len(positions) == 1
            else tr("{0} Elemente verschieben").format(len(positions))
        )
        return self.run(name, lambda: self.model.move(positions))

    def nudge(self, positions: Mapping[str, tuple[float, float]]) -> Change | None:
        """A keyboard move; repeated presses merge into one undo step."""
        return self.run(
            tr("Mit der Tastatur verschieben"), lambda: self.model.move(positions), MERGE_NUDGE
        )

    def drop_into_cluster(
        self,
        cluster_id: str,
        card_ids: Sequence[str],
        index: int | None,
        others: Mapping[str, tuple[float, float]],
    ) -> None:
        name = tr("{0} in Cluster legen").format(cards_text(len(card_ids)))
        with self.macro(name):
            self.run(name, lambda: self.model.place_in_cluster(cluster_id, card_ids, index))
            if others:
                self.move(others)

    def drop_onto_card(
        self, target_id: str, card_ids: Sequence[str], others: Mapping[str, tuple[float, float]]
    ) -> None:
        name = tr("{0} auf Karte legen").format(cards_text(len(card_ids)))
        with self.macro(name):
            self.run(name, lambda: self.model.group_onto_card(target_id, card_ids))
            if others:
                self.move(others)

    def reorder(self, cluster_id: str, card_id: str, index: int) -> Change | None:
        return self.run(
            tr("Karte im Cluster verschieben"),
            lambda: self.model.place_in_cluster(cluster_id, [card_id], index),
        )

    # grouping and duplicates --------------------------------------------------------------
    def group(self, ids: Sequence[str], at: tuple[float, float] | None = None) -> Change | None:
        return self.run(tr("Cluster bilden"), lambda: self.model.group(ids, "", at))

    def ungroup(self, cluster_ids: Sequence[str]) -> Change | None:
        name = (
            tr("Cluster auflösen")
            if len(cluster_ids) == 1
            else tr("{0} Cluster auflösen").format(len(cluster_ids))
        )
        return self.run(name, lambda: self.model.ungroup(cluster_ids))

    def merge(self, card_ids: Sequence[str]) -> Change | None:
        return self.run(
            tr("{0} zusammenführen").format(cards_text(len(card_ids))),
            lambda: self.model.merge(card_ids),
        )

    def split(self, card_id: str) -> Change | None:
        return self.run(tr("Zusammengeführte Karten trennen"), lambda: self.model.split(card_id))

    def delete(self, ids: Sequence[str]) -> Change | None:
        name = tr("Löschen") if len(ids) == 1 else tr("{0} Elemente löschen").format(len(ids))
        return self.run(name, lambda: self.model.delete(ids))

    def color(self, ids: Sequence[str], color: str, name: str) -> Change | None:
        return self.run(tr("Farbe {0}").format(name), lambda: self.model.set_color(ids, color))

    def set_collapsed(self, cluster_ids: Sequence[str], collapsed: bool) -> Change | None:
        name = tr("Cluster einklappen") if collapsed else tr("Cluster aufklappen")
        return self.run(name, lambda: self.model.set_collapsed(cluster_ids, collapsed))

    def arrange(self, phase_id: str) -> Change | None:
        return self.run(tr("Automatisch anordnen"), lambda: self.model.arrange(phase_id))

    def carry_forward(self, ids: list[str], target_phase_id: str, title: str) -> list[str]:
        out: list[str] = []

        def perform() -> Change:
            change, new_ids = self.model.carry_forward_change(ids, target_phase_id)
            out.extend(new_ids)
            return change

        self.run(tr("In Phase „{0}“ übernehmen").format(short(title)), perform)
        return out

    def import_cards(
        self, session_id: str, path: Path, phase_id: str | None
    ) -> ImportResult | None:
        result: list[ImportResult] = []

        def perform() -> Change:
            result.append(self.model.import_cards(session_id, path, phase_id))
            return result[0].change

        self.run(tr("Karten aus „{0}“ importieren").format(path.name), perform)
        return result[0] if result else None

    def add_photo(
        self, phase_id: str, path: Path, cluster_id: str | None, caption: str = ""
    ) -> Change | None:
        return self.run(
            tr("Foto „{0}“ anhängen").format(short(path.name)),
            lambda: self.model.add_photo(phase_id, path, cluster_id=cluster_id, caption=caption),
        )
