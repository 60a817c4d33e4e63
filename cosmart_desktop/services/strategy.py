"""The strategy frame: Leitthemen → strategische Ziele → Handlungsfelder →
Kennzahlen. Seeded with Kassel's defaults, editable; deletes are tombstones."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from ..domain.errors import Refused
from ..domain.text import TITLE_MAX, clean_text
from ..storage.base import Synced
from ..storage.models import Handlungsfeld, Kennzahl, Leitthema, Steckbrief, StrategicGoal
from ..storage.workspace import Workspace
from .common import apply_fields, get_live, get_live_or_deleted

#: the node kinds of the frame, from the top down
KINDS = ("leitthema", "goal", "handlungsfeld", "kennzahl")
_MODEL: dict[str, type[Any]] = {
    "leitthema": Leitthema,
    "goal": StrategicGoal,
    "handlungsfeld": Handlungsfeld,
    "kennzahl": Kennzahl,
}
_PARENT_FIELD = {"goal": "leitthema_id", "handlungsfeld": "goal_id", "kennzahl": "handlungsfeld_id"}
_FIELDS = {
    "leitthema": frozenset({"name", "description", "cross_cutting", "position", "deleted"}),
    "goal": frozenset({"name", "position", "deleted"}),
    "handlungsfeld": frozenset({"name", "position", "deleted"}),
    "kennzahl": frozenset({"name", "unit", "target", "position", "deleted"}),
}
KIND_LABELS = {
    "leitthema": "Leitthema",
    "goal": "strategisches Ziel",
    "handlungsfeld": "Handlungsfeld",
    "kennzahl": "Kennzahl",
}


@dataclass(frozen=True, slots=True)
class KennzahlNode:
    id: str
    name: str
    unit: str
    target: str


@dataclass(frozen=True, slots=True)
class FieldNode:
    id: str
    name: str
    kennzahlen: tuple[KennzahlNode, ...]


@dataclass(frozen=True, slots=True)
class GoalNode:
    id: str
    name: str
    fields: tuple[FieldNode, ...]


@dataclass(frozen=True, slots=True)
class LeitthemaNode:
    id: str
    name: str
    description: str
    cross_cutting: bool
    goals: tuple[GoalNode, ...]


@dataclass(frozen=True, slots=True)
class FieldChoice:
    """A Handlungsfeld with the path above it (for pickers and filters)."""

    id: str
    name: str
    goal: str
    leitthema_id: str
    leitthema: str


def _check(kind: str, changes: dict[str, Any]) -> dict[str, Any]:
    out = dict(changes)
    if "name" in out:
        out["name"] = clean_text(
            out["name"], KIND_LABELS[kind], max_len=TITLE_MAX, required=True, multiline=False
        ).strip()
    for key in ("description",):
        if key in out:
            out[key] = clean_text(out[key], "Beschreibung")
    for key in ("unit", "target"):
        if key in out:
            out[key] = clean_text(out[key], key, max_len=200, multiline=False)
    return out


def _live(s: OrmSession, model: type[Any], *where: Any) -> list[Any]:
    return list(
        s.scalars(
            select(model).where(model.deleted.is_(False), *where).order_by(model.position)
        ).all()
    )


class StrategyService:
    def __init__(self, workspace: Workspace) -> None:
        self.ws = workspace

    def frame(self) -> tuple[LeitthemaNode, ...]:
        with self.ws.session() as s:
            themes = _live(s, Leitthema)
            goals = _live(s, StrategicGoal)
            fields = _live(s, Handlungsfeld)
            numbers = _live(s, Kennzahl)
        out = []
        for lt in themes:
            goal_nodes = []
            for g in (g for g in goals if g.leitthema_id == lt.id):
                field_nodes = tuple(
                    FieldNode(
                        f.id,
                        f.name,
                        tuple(
                            KennzahlNode(k.id, k.name, k.unit, k.target)
                            for k in numbers
                            if k.handlungsfeld_id == f.id
                        ),
                    )
                    for f in fields
                    if f.goal_id == g.id
                )
                goal_nodes.append(GoalNode(g.id, g.name, field_nodes))
            out.append(
                LeitthemaNode(lt.id, lt.name, lt.description, lt.cross_cutting, tuple(goal_nodes))
            )
        return tuple(out)

    def leitthemen(self) -> list[tuple[str, str]]:
        return [(lt.id, lt.name) for lt in self.frame()]

    def field_choices(self) -> list[FieldChoice]:
        return [
            FieldChoice(f.id, f.name, g.name, lt.id, lt.name)
            for lt in self.frame()
            for g in lt.goals
            for f in g.fields
        ]

    def leitthema_of_field(self, s: OrmSession, handlungsfeld_id: str) -> str:
        hf = get_live(s, Handlungsfeld, handlungsfeld_id, "Handlungsfeld")
        goal = get_live(s, StrategicGoal, hf.goal_id, "strategisches Ziel")
        return goal.leitthema_id

    # -- editing ------------------------------------------------------------------
    def add(self, kind: str, parent_id: str | None, name: str, **fields: Any) -> str:
        if kind not in _MODEL:
            raise Refused("unknown part of the strategy frame: {kind}", kind=kind)
        values = _check(kind, {"name": name, **fields})
        unknown = set(values) - _FIELDS[kind]
        if unknown:
            raise Refused("unknown field(s): {fields}", fields=", ".join(sorted(unknown)))
        model = _MODEL[kind]
        with self.ws.transaction() as s:
            if kind != "leitthema":
                if parent_id is None:
                    raise Refused("{kind} needs a parent", kind=KIND_LABELS[kind])
                parent_kind = KINDS[KINDS.index(kind) - 1]
                get_live(s, _MODEL[parent_kind], parent_id, KIND_LABELS[parent_kind])
                values[_PARENT_FIELD[kind]] = parent_id
                parent_col = getattr(model, _PARENT_FIELD[kind])
                where = [parent_col == parent_id]
            else:
                where = []
            last = s.scalar(select(func.max(model.position)).where(*where))
            values.setdefault("position", (last if last is not None else -1.0) + 1.0)
            row = model(**values)
            s.add(row)
            s.flush()
            return str(row.id)

    def update(self, kind: str, row_id: str, **changes: Any) -> dict[str, Any]:
        if kind not in _MODEL:
            raise Refused("unknown part of the strategy frame: {kind}", kind=kind)
        values = _check(kind, changes)
        with self.ws.transaction() as s:
            row = get_live_or_deleted(s, _MODEL[kind], row_id)
            if values.get("deleted") is True and not row.deleted:
                self._check_unused(s, kind, row_id)
            return apply_fields(row, values, _FIELDS[kind])

    def remove(self, kind: str, row_id: str) -> None:
        """Tombstone a node; refused while a live Steckbrief uses it or a node below it."""
        self.update(kind, row_id, deleted=True)

    def restore(self, kind: str, row_id: str) -> None:
        self.update(kind, row_id, deleted=False)

    def move(self, kind: str, row_id: str, delta: int) -> list[str]:
        """Move a node among its siblings; returns the sibling order before (for undo)."""
        with self.ws.transaction() as s:
            row = get_live(s, _MODEL[kind], row_id, KIND_LABELS[kind])
            siblings = self._siblings(s, kind, row)
            order = [x.id for x in siblings]
            index = order.index(row_id)
            target = max(0, min(len(order) - 1, index + delta))
            new = [x for x in order if x != row_id]
            new.insert(target, row_id)
            self._renumber(siblings, new)
            return order

    def set_order(self, kind: str, order: list[str]) -> None:
        with self.ws.transaction() as s:
            rows = [get_live(s, _MODEL[kind], rid, KIND_LABELS[kind]) for rid in order]
            self._renumber(rows, order)

    @staticmethod
    def _renumber(rows: list[Synced], order: list[str]) -> None:
        by_id = {r.id: r for r in rows}
        for index, rid in enumerate(order):
            row = by_id[rid]
            if row.position != float(index):  # type: ignore[attr-defined]
                row.position = float(index)  # type: ignore[attr-defined]

    @staticmethod
    def _siblings(s: OrmSession, kind: str, row: Any) -> list[Any]:
        model = _MODEL[kind]
        if kind == "leitthema":
            return _live(s, model)
        field = _PARENT_FIELD[kind]
        return _live(s, model, getattr(model, field) == getattr(row, field))

    def _check_unused(self, s: OrmSession, kind: str, row_id: str) -> None:
        fields = self._fields_below(s, kind, row_id)
        live = Steckbrief.deleted.is_(False)
        used = s.scalar(
            select(func.count(Steckbrief.id)).where(live, Steckbrief.handlungsfeld_id.in_(fields))
        )
        if kind == "leitthema":
            used = (used or 0) + (
                s.scalar(
                    select(func.count(Steckbrief.id)).where(
                        live,
                        Steckbrief.leitthema_id == row_id,
                        Steckbrief.handlungsfeld_id.is_(None),
                    )
                )
                or 0
            )
        if used:
            raise Refused(
                "{kind} is used by {used} Steckbrief(e) and cannot be deleted",
                kind=KIND_LABELS[kind],
                used=used,
            )

    @staticmethod
    def _fields_below(s: OrmSession, kind: str, row_id: str) -> list[str]:
        if kind == "kennzahl":
            return []
        if kind == "handlungsfeld":
            return [row_id]
        goals = [row_id]
        if kind == "leitthema":
            goals = list(
                s.scalars(
                    select(StrategicGoal.id).where(
                        StrategicGoal.leitthema_id == row_id, StrategicGoal.deleted.is_(False)
                    )
                )
            )
        return list(
            s.scalars(
                select(Handlungsfeld.id).where(
                    Handlungsfeld.goal_id.in_(goals), Handlungsfeld.deleted.is_(False)
                )
            )
        )
