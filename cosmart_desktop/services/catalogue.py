"""The Kriterienkatalog: the active catalogue, editing its criteria, and JSON
export/import so cities can share catalogues (``cosmart-kriterienkatalog/1``)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from ..domain.criteria import CatalogueSpec, CriterionSpec, catalogue_to_json, parse_catalogue
from ..domain.enums import CriterionKind
from ..domain.errors import NotFound, Refused
from ..domain.scoring import ScoringCriterion
from ..domain.steckbrief import fold
from ..domain.text import TITLE_MAX, clean_text
from ..storage.models import CriteriaCatalogue, Criterion
from ..storage.workspace import Workspace
from .atomic import write_text_atomic
from .common import apply_fields, get_live, get_live_or_deleted

CRITERION_FIELDS = frozenset(
    {"name", "kind", "weight", "group", "inverse", "description", "position", "deleted"}
)
CATALOGUE_FIELDS = frozenset({"name", "description", "version", "active", "deleted"})
MAX_IMPORT_BYTES = 2_000_000


@dataclass(frozen=True, slots=True)
class CriterionInfo:
    id: str
    catalogue_id: str
    key: str
    name: str
    kind: CriterionKind
    weight: float
    group: str
    inverse: bool
    description: str
    position: float

    def scoring(self) -> ScoringCriterion:
        return ScoringCriterion(self.id, self.kind, self.weight, self.inverse, self.group)


@dataclass(frozen=True, slots=True)
class CatalogueInfo:
    id: str
    name: str
    version: str
    description: str
    active: bool
    criteria: tuple[CriterionInfo, ...]

    def spec(self) -> CatalogueSpec:
        return CatalogueSpec(
            name=self.name,
            version=self.version,
            description=self.description,
            criteria=tuple(
                CriterionSpec(
                    key=c.key,
                    name=c.name,
                    kind=c.kind,
                    weight=c.weight,
                    group=c.group,
                    inverse=c.inverse,
                    description=c.description,
                )
                for c in self.criteria
            ),
        )


def _criterion_info(c: Criterion) -> CriterionInfo:
    try:
        kind = CriterionKind(c.kind)
    except ValueError:
        kind = CriterionKind.SCORED
    return CriterionInfo(
        c.id,
        c.catalogue_id,
        c.key,
        c.name,
        kind,
        float(c.weight),
        c.group,
        bool(c.inverse),
        c.description,
        c.position,
    )


def _check_criterion(changes: dict[str, Any]) -> dict[str, Any]:
    out = dict(changes)
    if "name" in out:
        out["name"] = clean_text(
            out["name"], "Kriterium", max_len=TITLE_MAX, required=True, multiline=False
        ).strip()
    if "group" in out:
        out["group"] = clean_text(out["group"], "Leitlinie", max_len=200, multiline=False).strip()
    if "description" in out:
        out["description"] = clean_text(out["description"], "Beschreibung")
    if "kind" in out:
        try:
            out["kind"] = CriterionKind(out["kind"]).value
        except ValueError as exc:
            raise Refused("kind must be 'ko' or 'scored'") from exc
    if "weight" in out:
        weight = out["weight"]
        if isinstance(weight, bool) or not isinstance(weight, int | float):
            raise Refused("the weight must be a number")
        if not 0 <= weight <= 100:
            raise Refused("the weight must be between 0 and 100")
        out["weight"] = float(weight)
    if "inverse" in out:
        out["inverse"] = bool(out["inverse"])
    return out


class CatalogueService:
    def __init__(self, workspace: Workspace) -> None:
        self.ws = workspace

    # -- reading -----------------------------------------------------------------
    def list_catalogues(self) -> list[CatalogueInfo]:
        with self.ws.session() as s:
            catalogues = s.scalars(
                select(CriteriaCatalogue)
                .where(CriteriaCatalogue.deleted.is_(False))
                .order_by(CriteriaCatalogue.name, CriteriaCatalogue.version)
            ).all()
            return [self._info(s, c, self._active_id(s)) for c in catalogues]

    def active(self) -> CatalogueInfo:
        """The catalogue ratings are made against (the latest one switched on)."""
        with self.ws.session() as s:
            active_id = self._active_id(s)
            if active_id is None:
                raise NotFound("no criteria catalogue in this workspace")
            row = s.get(CriteriaCatalogue, active_id)
            assert row is not None
            return self._info(s, row, active_id)

    def get(self, catalogue_id: str) -> CatalogueInfo:
        with self.ws.session() as s:
            row = get_live(s, CriteriaCatalogue, catalogue_id, "criteria catalogue")
            return self._info(s, row, self._active_id(s))

    def criterion(self, criterion_id: str) -> CriterionInfo:
        with self.ws.session() as s:
            return _criterion_info(get_live(s, Criterion, criterion_id, "criterion"))

    @staticmethod
    def _active_id(s: OrmSession) -> str | None:
        live = CriteriaCatalogue.deleted.is_(False)
        row = s.execute(
            select(CriteriaCatalogue.id)
            .where(live, CriteriaCatalogue.active.is_(True))
            .order_by(CriteriaCatalogue.hlc.desc(), CriteriaCatalogue.id)
            .limit(1)
        ).first()
        if row is None:
            row = s.execute(
                select(CriteriaCatalogue.id).where(live).order_by(CriteriaCatalogue.hlc).limit(1)
            ).first()
        return row[0] if row else None

    @staticmethod
    def _info(s: OrmSession, c: CriteriaCatalogue, active_id: str | None) -> CatalogueInfo:
        criteria = s.scalars(
            select(Criterion)
            .where(Criterion.catalogue_id == c.id, Criterion.deleted.is_(False))
            .order_by(Criterion.position, Criterion.key)
        ).all()
        return CatalogueInfo(
            c.id,
            c.name,
            c.version,
            c.description,
            c.id == active_id,
            tuple(_criterion_info(x) for x in criteria),
        )

    # -- editing -----------------------------------------------------------------
    def set_active(self, catalogue_id: str) -> str | None:
        """Make one catalogue the active one; returns the one active before."""
        with self.ws.transaction() as s:
            get_live(s, CriteriaCatalogue, catalogue_id, "criteria catalogue")
            before = self._active_id(s)
            for row in s.scalars(select(CriteriaCatalogue)).all():
                want = row.id == catalogue_id
                if row.active != want:
                    row.active = want
            return before

    def update_catalogue(self, catalogue_id: str, **changes: Any) -> dict[str, Any]:
        if "name" in changes:
            changes["name"] = clean_text(
                changes["name"], "Name", max_len=TITLE_MAX, required=True, multiline=False
            ).strip()
        if "description" in changes:
            changes["description"] = clean_text(changes["description"], "Beschreibung")
        with self.ws.transaction() as s:
            row = get_live_or_deleted(s, CriteriaCatalogue, catalogue_id)
            return apply_fields(row, changes, CATALOGUE_FIELDS)

    def add_criterion(
        self,
        catalogue_id: str,
        name: str,
        kind: CriterionKind = CriterionKind.SCORED,
        *,
        weight: float = 1.0,
        group: str = "",
        inverse: bool = False,
        description: str = "",
    ) -> str:
        values = _check_criterion(
            {
                "name": name,
                "kind": kind,
                "weight": weight,
                "group": group,
                "inverse": inverse,
                "description": description,
            }
        )
        with self.ws.transaction() as s:
            get_live(s, CriteriaCatalogue, catalogue_id, "criteria catalogue")
            keys = set(
                s.scalars(select(Criterion.key).where(Criterion.catalogue_id == catalogue_id))
            )
            base = fold(values["name"]).replace(" ", "_")[:48] or "kriterium"
            key, n = base, 2
            while key in keys:
                key, n = f"{base}_{n}", n + 1
            last = s.scalar(
                select(func.max(Criterion.position)).where(Criterion.catalogue_id == catalogue_id)
            )
            row = Criterion(
                catalogue_id=catalogue_id,
                key=key,
                position=(last if last is not None else -1.0) + 1.0,
                **values,
            )
            s.add(row)
            s.flush()
            return row.id

    def update_criterion(self, criterion_id: str, **changes: Any) -> dict[str, Any]:
        values = _check_criterion(changes)
        with self.ws.transaction() as s:
            row = get_live_or_deleted(s, Criterion, criterion_id)
            if values.get("deleted") is True and not row.deleted:
                left = s.scalar(
                    select(func.count(Criterion.id)).where(
                        Criterion.catalogue_id == row.catalogue_id,
                        Criterion.deleted.is_(False),
                    )
                )
                if (left or 0) <= 1:
                    raise Refused("a criteria catalogue needs at least one criterion")
            old = apply_fields(row, values, CRITERION_FIELDS)
            if "kind" in old:
                old["kind"] = CriterionKind(old["kind"]).value
            return old

    def remove_criterion(self, criterion_id: str) -> None:
        self.update_criterion(criterion_id, deleted=True)

    def restore_criterion(self, criterion_id: str) -> None:
        self.update_criterion(criterion_id, deleted=False)

    # -- sharing -----------------------------------------------------------------
    def export_json(self, catalogue_id: str) -> dict[str, Any]:
        return catalogue_to_json(self.get(catalogue_id).spec())

    def write_json(self, catalogue_id: str, path: Path) -> None:
        text = json.dumps(self.export_json(catalogue_id), ensure_ascii=False, indent=2)
        write_text_atomic(Path(path), text + "\n")

    def import_json(self, data: Any, *, activate: bool = True) -> str:
        """A catalogue from another city becomes a new catalogue (fresh ids)."""
        spec = parse_catalogue(data)
        with self.ws.transaction() as s:
            names = {
                (n, v)
                for n, v in s.execute(
                    select(CriteriaCatalogue.name, CriteriaCatalogue.version).where(
                        CriteriaCatalogue.deleted.is_(False)
                    )
                )
            }
            name = spec.name[:TITLE_MAX]
            n = 2
            while (name, spec.version) in names:
                name, n = f"{spec.name[: TITLE_MAX - 6]} ({n})", n + 1
            catalogue = CriteriaCatalogue(
                name=name,
                version=spec.version[:64],
                description=spec.description,
                active=False,
            )
            s.add(catalogue)
            s.flush()
            for pos, c in enumerate(spec.criteria):
                values = _check_criterion(
                    {
                        "name": c.name,
                        "kind": c.kind,
                        "weight": c.weight,
                        "group": c.group,
                        "inverse": c.inverse,
                        "description": c.description,
                    }
                )
                s.add(
                    Criterion(
                        catalogue_id=catalogue.id,
                        key=re.sub(r"\s+", "_", c.key)[:64],
                        position=float(pos),
                        **values,
                    )
                )
            s.flush()
            new_id = catalogue.id
        if activate:
            self.set_active(new_id)
        return new_id

    def read_json(self, path: Path, *, activate: bool = True) -> str:
        path = Path(path)
        try:
            if path.stat().st_size > MAX_IMPORT_BYTES:
                raise Refused("{name}: too large for a criteria catalogue", name=path.name)
            data = json.loads(path.read_text(encoding="utf-8-sig"))
        except (OSError, UnicodeDecodeError) as exc:
            raise Refused("{name} cannot be read: {reason}", name=path.name, reason=exc) from exc
        except json.JSONDecodeError as exc:
            raise Refused(
                "{name}: not JSON (line {line}: {reason})",
                name=path.name,
                line=exc.lineno,
                reason=exc.msg,
            ) from exc
        return self.import_json(data, activate=activate)
