"""Default rows every workspace starts with: the strategy frame and the criteria
catalogue. They carry deterministic ids and the zero stamp, so they are the same
rows on every laptop and any later edit wins over them."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, insert, select

from ..domain.criteria import CatalogueSpec, default_catalogue
from ..domain.hlc import ZERO
from ..domain.strategy import default_strategy_frame
from .models import CriteriaCatalogue, Criterion, Handlungsfeld, Kennzahl, Leitthema, StrategicGoal

SEED_SITE = "seed"


def _meta() -> dict[str, Any]:
    return {"site_id": SEED_SITE, "hlc": ZERO.text(), "deleted": False}


def seed_defaults(con: Connection) -> None:
    """Insert the defaults that are missing (idempotent)."""
    existing = set(con.execute(select(Leitthema.id)).scalars())
    for pos, lt in enumerate(default_strategy_frame()):
        if lt.id in existing:
            continue
        con.execute(
            insert(Leitthema),
            [
                {
                    "id": lt.id,
                    "name": lt.name,
                    "cross_cutting": lt.cross_cutting,
                    "description": "",
                    "position": float(pos),
                    **_meta(),
                }
            ],
        )
        for gpos, goal in enumerate(lt.goals):
            con.execute(
                insert(StrategicGoal),
                [
                    {
                        "id": goal.id,
                        "leitthema_id": lt.id,
                        "name": goal.name,
                        "position": float(gpos),
                        **_meta(),
                    }
                ],
            )
            for hpos, hf in enumerate(goal.handlungsfelder):
                con.execute(
                    insert(Handlungsfeld),
                    [
                        {
                            "id": hf.id,
                            "goal_id": goal.id,
                            "name": hf.name,
                            "position": float(hpos),
                            **_meta(),
                        }
                    ],
                )
                if hf.kennzahlen:
                    con.execute(
                        insert(Kennzahl),
                        [
                            {
                                "id": kz.id,
                                "handlungsfeld_id": hf.id,
                                "name": kz.name,
                                "unit": kz.unit,
                                "target": "",
                                "position": float(kpos),
                                **_meta(),
                            }
                            for kpos, kz in enumerate(hf.kennzahlen)
                        ],
                    )
    seed_catalogue(con, default_catalogue())


def seed_catalogue(con: Connection, spec: CatalogueSpec) -> None:
    if con.execute(
        select(CriteriaCatalogue.id).where(CriteriaCatalogue.id == spec.seed_id)
    ).first():
        return
    con.execute(
        insert(CriteriaCatalogue),
        [
            {
                "id": spec.seed_id,
                "name": spec.name,
                "description": spec.description,
                "version": spec.version,
                "active": True,
                **_meta(),
            }
        ],
    )
    con.execute(
        insert(Criterion),
        [
            {
                "id": spec.criterion_seed_id(c.key),
                "catalogue_id": spec.seed_id,
                "key": c.key,
                "name": c.name,
                "kind": c.kind.value,
                "weight": c.weight,
                "group": c.group,
                "inverse": c.inverse,
                "description": c.description,
                "position": float(pos),
                **_meta(),
            }
            for pos, c in enumerate(spec.criteria)
        ],
    )
