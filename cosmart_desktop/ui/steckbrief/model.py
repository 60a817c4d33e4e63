"""Qt face of the Steckbrief, strategy-frame and catalogue services: every change
goes through here and is announced with a typed signal, so the form, the rating
view and the lists stay projections of the stored data."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from ...domain.enums import CriterionKind, SteckbriefStatus
from ...domain.scoring import ScoreResult
from ...services.catalogue import CatalogueInfo, CatalogueService
from ...services.measures import IdeaRow, MeasureFilter, MeasureRow, MeasuresService
from ...services.settings import RATER_NAME, Settings
from ...services.steckbrief import OriginInfo, RatingInfo, SteckbriefInfo, SteckbriefService
from ...services.strategy import FieldChoice, LeitthemaNode, StrategyService
from ...storage.workspace import Workspace


class SteckbriefModel(QObject):
    listChanged = Signal()  # a Steckbrief was added, removed or changed in a listed field
    steckbriefChanged = Signal(str)  # Steckbrief id: its fields changed
    ratingsChanged = Signal(str)  # Steckbrief id
    strategyChanged = Signal()
    catalogueChanged = Signal()
    raterChanged = Signal(str)  # the rater name of this laptop

    def __init__(self, workspace: Workspace, settings: Settings) -> None:
        super().__init__()
        self.workspace = workspace
        self.settings = settings
        self.service = SteckbriefService(workspace)
        self.strategy = StrategyService(workspace)
        self.catalogues = CatalogueService(workspace)
        self.measures = MeasuresService(workspace)

    # -- reads ---------------------------------------------------------------------
    def get(self, steckbrief_id: str) -> SteckbriefInfo:
        return self.service.get(steckbrief_id)

    def for_session(self, session_id: str) -> list[SteckbriefInfo]:
        return self.service.list_steckbriefe(session_id=session_id)

    def origin(self, steckbrief_id: str) -> OriginInfo:
        return self.service.origin(steckbrief_id)

    def ratings(self, steckbrief_id: str) -> list[RatingInfo]:
        return self.service.ratings(steckbrief_id)

    def score(self, steckbrief_id: str) -> ScoreResult:
        expected = set(self.service.raters())
        if self.rater():
            expected.add(self.rater())
        return self.service.score(steckbrief_id, sorted(expected))

    def rows(self, flt: MeasureFilter | None = None) -> list[MeasureRow]:
        return self.measures.rows(flt)

    def ideas(
        self, *, event_id: str | None = None, district: str | None = None, text: str = ""
    ) -> list[IdeaRow]:
        return self.measures.ideas(event_id=event_id, district=district, text=text)

    def support(self, steckbrief_id: str) -> int:
        return self.measures.support_of(steckbrief_id)

    def frame(self) -> tuple[LeitthemaNode, ...]:
        return self.strategy.frame()

    def field_choices(self) -> list[FieldChoice]:
        return self.strategy.field_choices()

    def catalogue(self) -> CatalogueInfo:
        return self.catalogues.active()

    def catalogue_list(self) -> list[CatalogueInfo]:
        return self.catalogues.list_catalogues()

    def rater(self) -> str:
        return self.settings.get(RATER_NAME).strip()

    def set_rater(self, name: str) -> None:
        name = " ".join(name.split())
        if name != self.rater():
            self.settings.set(RATER_NAME, name)
            self.raterChanged.emit(name)

    # -- Steckbriefe ---------------------------------------------------------------
    def create(
        self,
        session_id: str | None,
        event_id: str,
        *,
        title: str,
        origin_cluster_id: str | None = None,
        origin_card_ids: Sequence[str] = (),
        origin_option_id: str | None = None,
    ) -> str:
        new_id = self.service.create(
            session_id,
            event_id,
            title=title,
            origin_cluster_id=origin_cluster_id,
            origin_card_ids=origin_card_ids,
            origin_option_id=origin_option_id,
        )
        self.listChanged.emit()
        return new_id

    def create_from(self, kind: str, target_id: str) -> str:
        """kind: "card", "cluster" or "option"."""
        make = {
            "card": self.service.create_from_card,
            "cluster": self.service.create_from_cluster,
            "option": self.service.create_from_option,
        }[kind]
        new_id = make(target_id)
        self.listChanged.emit()
        return new_id

    def update(self, steckbrief_id: str, **changes: Any) -> dict[str, Any]:
        old = self.service.update(steckbrief_id, **changes)
        self.steckbriefChanged.emit(steckbrief_id)
        self.listChanged.emit()
        return old

    def set_status(self, steckbrief_id: str, status: SteckbriefStatus) -> SteckbriefStatus:
        old = self.service.set_status(steckbrief_id, status)
        self.steckbriefChanged.emit(steckbrief_id)
        self.listChanged.emit()
        return old

    def set_rating(
        self,
        steckbrief_id: str,
        criterion_id: str,
        rater: str,
        score: int | None,
        comment: str | None = None,
    ) -> tuple[int | None, str]:
        old = self.service.set_rating(steckbrief_id, criterion_id, rater, score, comment)
        self.ratingsChanged.emit(steckbrief_id)
        self.listChanged.emit()
        return old

    # -- strategy frame ---------------------------------------------------------------
    def strategy_add(self, kind: str, parent_id: str | None, name: str) -> str:
        new_id = self.strategy.add(kind, parent_id, name)
        self.strategyChanged.emit()
        return new_id

    def strategy_update(self, kind: str, row_id: str, **changes: Any) -> dict[str, Any]:
        old = self.strategy.update(kind, row_id, **changes)
        self.strategyChanged.emit()
        self.listChanged.emit()
        return old

    def strategy_move(self, kind: str, row_id: str, delta: int) -> list[str]:
        old = self.strategy.move(kind, row_id, delta)
        self.strategyChanged.emit()
        return old

    def strategy_order(self, kind: str, order: list[str]) -> None:
        self.strategy.set_order(kind, order)
        self.strategyChanged.emit()

    # -- catalogue -------------------------------------------------------------------
    def add_criterion(self, catalogue_id: str, name: str, kind: CriterionKind) -> str:
        new_id = self.catalogues.add_criterion(catalogue_id, name, kind)
        self._catalogue_changed()
        return new_id

    def update_criterion(self, criterion_id: str, **changes: Any) -> dict[str, Any]:
        old = self.catalogues.update_criterion(criterion_id, **changes)
        self._catalogue_changed()
        return old

    def set_active_catalogue(self, catalogue_id: str) -> str | None:
        old = self.catalogues.set_active(catalogue_id)
        self._catalogue_changed()
        return old

    def update_catalogue(self, catalogue_id: str, **changes: Any) -> dict[str, Any]:
        old = self.catalogues.update_catalogue(catalogue_id, **changes)
        self._catalogue_changed()
        return old

    def import_catalogue(self, path: Path) -> str:
        new_id = self.catalogues.read_json(path)
        self._catalogue_changed()
        return new_id

    def export_catalogue(self, catalogue_id: str, path: Path) -> None:
        self.catalogues.write_json(catalogue_id, path)

    def _catalogue_changed(self) -> None:
        self.catalogueChanged.emit()
        self.listChanged.emit()
