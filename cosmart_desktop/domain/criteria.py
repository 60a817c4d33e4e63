"""Kriterienkatalog: parsing and validating catalogues (JSON, shareable between cities)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from typing import Any

from .enums import CriterionKind
from .errors import Message, Refused
from .seeds import seed_id

CATALOGUE_FORMAT = "cosmart-kriterienkatalog/1"


@dataclass(frozen=True, slots=True)
class CriterionSpec:
    key: str
    name: str
    kind: CriterionKind
    weight: float = 1.0
    group: str = ""
    inverse: bool = False
    description: str = ""


@dataclass(frozen=True, slots=True)
class CatalogueSpec:
    name: str
    version: str
    description: str
    criteria: tuple[CriterionSpec, ...]

    @property
    def seed_id(self) -> str:
        return seed_id("catalogue", self.name, self.version)

    def criterion_seed_id(self, key: str) -> str:
        return seed_id("criterion", self.seed_id, key)


def parse_catalogue(data: Any) -> CatalogueSpec:
    """Validate a catalogue document; raises Refused naming the first problem."""
    if not isinstance(data, dict):
        raise Refused("criteria catalogue: expected a JSON object")
    if data.get("format") != CATALOGUE_FORMAT:
        raise Refused("criteria catalogue: format must be {format!r}", format=CATALOGUE_FORMAT)
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        raise Refused("criteria catalogue: 'name' is missing")
    raw = data.get("criteria")
    if not isinstance(raw, list) or not raw:
        raise Refused("criteria catalogue: 'criteria' must be a non-empty list")
    criteria: list[CriterionSpec] = []
    seen: set[str] = set()
    for index, item in enumerate(raw, start=1):
        criteria.append(_parse_criterion(item, index, seen))
    return CatalogueSpec(
        name=name.strip(),
        version=str(data.get("version", "1")),
        description=str(data.get("description", "")),
        criteria=tuple(criteria),
    )


def _parse_criterion(item: Any, index: int, seen: set[str]) -> CriterionSpec:
    where = Message("criteria catalogue, criterion {index}", index=index)
    if not isinstance(item, dict):
        raise Refused("{where}: expected an object", where=where)
    key, name = item.get("key"), item.get("name")
    if not isinstance(key, str) or not key or not isinstance(name, str) or not name:
        raise Refused("{where}: 'key' and 'name' are required", where=where)
    if key in seen:
        raise Refused("{where}: key {key!r} appears twice", where=where, key=key)
    seen.add(key)
    try:
        kind = CriterionKind(item.get("kind", "scored"))
    except ValueError as exc:
        raise Refused("{where}: kind must be 'ko' or 'scored'", where=where) from exc
    weight = item.get("weight", 1.0)
    if isinstance(weight, bool) or not isinstance(weight, int | float) or not 0 <= weight <= 100:
        raise Refused("{where}: weight must be a number from 0 to 100", where=where)
    return CriterionSpec(
        key=key,
        name=name,
        kind=kind,
        weight=float(weight),
        group=str(item.get("group", "")),
        inverse=bool(item.get("inverse", False)),
        description=str(item.get("description", "")),
    )


def catalogue_to_json(spec: CatalogueSpec) -> dict[str, Any]:
    return {
        "format": CATALOGUE_FORMAT,
        "name": spec.name,
        "version": spec.version,
        "description": spec.description,
        "criteria": [
            {
                "key": c.key,
                "name": c.name,
                "kind": c.kind.value,
                "weight": c.weight,
                "group": c.group,
                "inverse": c.inverse,
                "description": c.description,
            }
            for c in spec.criteria
        ],
    }


def default_catalogue() -> CatalogueSpec:
    path = (
        resources.files("cosmart_desktop")
        / "resources"
        / "catalogues"
        / "kriterienkatalog_default.json"
    )
    return parse_catalogue(json.loads(path.read_text(encoding="utf-8")))
