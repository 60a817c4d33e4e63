"""The default strategy frame: Leitthema → strategisches Ziel → Handlungsfeld → Kennzahl."""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources

from .seeds import seed_id


@dataclass(frozen=True, slots=True)
class KennzahlSpec:
    id: str
    name: str
    unit: str


@dataclass(frozen=True, slots=True)
class HandlungsfeldSpec:
    id: str
    name: str
    kennzahlen: tuple[KennzahlSpec, ...]


@dataclass(frozen=True, slots=True)
class GoalSpec:
    id: str
    name: str
    handlungsfelder: tuple[HandlungsfeldSpec, ...]


@dataclass(frozen=True, slots=True)
class LeitthemaSpec:
    id: str
    name: str
    cross_cutting: bool
    goals: tuple[GoalSpec, ...]


def default_strategy_frame() -> tuple[LeitthemaSpec, ...]:
    path = resources.files("cosmart_desktop") / "resources" / "data" / "strategy_kassel.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    frame = []
    for lt in data["leitthemen"]:
        goals = []
        for goal in lt["goals"]:
            fields = []
            for hf in goal["handlungsfelder"]:
                hf_id = seed_id("handlungsfeld", lt["name"], goal["name"], hf["name"])
                kz = tuple(
                    KennzahlSpec(seed_id("kennzahl", hf_id, name), name, unit)
                    for name, unit in hf["kennzahlen"]
                )
                fields.append(HandlungsfeldSpec(hf_id, hf["name"], kz))
            goals.append(
                GoalSpec(seed_id("goal", lt["name"], goal["name"]), goal["name"], tuple(fields))
            )
        frame.append(
            LeitthemaSpec(
                seed_id("leitthema", lt["name"]),
                lt["name"],
                bool(lt["cross_cutting"]),
                tuple(goals),
            )
        )
    return tuple(frame)
