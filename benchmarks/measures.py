"""Maßnahmenliste: 400 Steckbriefe × 3 raters × 18 criteria, ranked.

- ``value``: ``MeasuresService.rows`` end to end on a real workspace file — the
  live Steckbriefe, their 21,600 ratings against the active catalogue, the
  scores (weighted means, inverse criteria, K.O. marks, spread, missing raters),
  vote support from 3,000 live dots on their clusters, and the ranking with ties;
- ``baseline``: the same weighted means and order with one plain SQL query
  (mean per criterion, then the weighted mean per Steckbrief, ``ORDER BY``) with
  the bare ``sqlite3`` module on the same file — no K.O., spread or support.

Also ``csv_ms``: writing the whole list as CSV for Excel; ``pdf_s``: the list
plus one page per Steckbrief as PDF (400 + pages).

Usage: python benchmarks/measures.py [--n 7] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

STECKBRIEFE, RATERS, VOTES = 400, 3, 3000
BASELINE_SQL = """
SELECT m.steckbrief_id,
       SUM(c.weight * CASE WHEN c.inverse THEN 5 - m.mean ELSE m.mean END) / SUM(c.weight) AS score
FROM (SELECT steckbrief_id, criterion_id, AVG(score) AS mean FROM rating
      WHERE deleted = 0 AND score IS NOT NULL GROUP BY steckbrief_id, criterion_id) AS m
JOIN criterion c ON c.id = m.criterion_id
WHERE c.kind = 'scored' AND c.deleted = 0 AND c.catalogue_id = ?
GROUP BY m.steckbrief_id
HAVING SUM(c.weight) > 0
ORDER BY score DESC
"""


def _workspace(folder: Path) -> Any:
    from cosmart_desktop.domain.enums import CriterionKind, SessionFormat
    from cosmart_desktop.services.catalogue import CatalogueService
    from cosmart_desktop.services.workshops import WorkshopService
    from cosmart_desktop.storage.models import (
        Cluster,
        Rating,
        Steckbrief,
        Vote,
        VoteOption,
        VoteRound,
    )
    from cosmart_desktop.storage.workspace import open_workspace

    os.environ.setdefault("COSMART_CONFIG_DIR", str(folder / "config"))
    ws = open_workspace(folder / "bench.sqlite")
    workshops = WorkshopService(ws)
    event = workshops.create_event("Zukunftswerkstatt Mobilität und Klima", district="Mitte")
    session = workshops.create_session(event, SessionFormat.ZUKUNFTSWERKSTATT)
    phase = workshops.list_phases(session)[1].id
    criteria = CatalogueService(ws).active().criteria
    rng = random.Random(11)
    with ws.transaction() as s:
        rnd = VoteRound(session_id=session, method="dots", title="Punkte")
        s.add(rnd)
        s.flush()
        options = []
        for i in range(STECKBRIEFE):
            cluster = Cluster(phase_id=phase, label=f"Cluster {i}")
            s.add(cluster)
            s.flush()
            b = Steckbrief(
                event_id=event,
                session_id=session,
                title=f"Maßnahme {i}: Sensoren für Stadtbäume im Quartier {i % 23}",
                summary="Bodenfeuchte messen, gezielt gießen. " * 3,
                districts=["Mitte"],
                origin_cluster_id=cluster.id,
            )
            s.add(b)
            s.flush()
            if i % 2 == 0:
                option = VoteOption(round_id=rnd.id, target_kind="cluster", target_id=cluster.id)
                s.add(option)
                options.append(option)
            lean = rng.uniform(-1.5, 1.5)
            for r in range(RATERS):
                for c in criteria:
                    if c.kind is CriterionKind.KO:
                        score = 0 if rng.random() < 0.02 else 1
                    else:
                        score = max(0, min(5, round(2.5 + lean + rng.uniform(-1.5, 1.5))))
                    s.add(Rating(steckbrief_id=b.id, criterion_id=c.id, rater=f"R{r}", score=score))
        s.flush()
        for _ in range(VOTES):
            s.add(Vote(round_id=rnd.id, option_id=rng.choice(options).id))
    return ws


def _time(fn: Any) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=7)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        ws = _workspace(folder)
        from cosmart_desktop.services.catalogue import CatalogueService
        from cosmart_desktop.services.export.measures import export_measures
        from cosmart_desktop.services.measures import MeasuresService

        service = MeasuresService(ws)
        catalogue = CatalogueService(ws).active().id
        rows = service.rows()
        con = sqlite3.connect(str(ws.path))
        bare_rows = con.execute(BASELINE_SQL, (catalogue,)).fetchall()
        assert len(rows) == len(bare_rows) == STECKBRIEFE
        scores = {r.id: r.score for r in rows}
        assert all(abs(scores[i] - s) < 1e-9 for i, s in bare_rows)  # the same maths
        assert sum(r.support for r in rows) == VOTES
        ours, bare = [], []
        for _ in range(args.n):
            ours.append(_time(service.rows))
            bare.append(_time(lambda: con.execute(BASELINE_SQL, (catalogue,)).fetchall()))
        con.close()
        csv_ms = [_time(lambda: export_measures(ws, folder / "liste.csv")) for _ in range(3)]
        start = time.perf_counter()
        export_measures(ws, folder / "liste.pdf")
        pdf_s = time.perf_counter() - start
        ws.close()
    value, baseline = statistics.median(ours), statistics.median(bare)
    doc = {
        "name": "measures_list",
        "unit": "ms",
        "value": round(value, 2),
        "baseline": round(baseline, 2),
        "ratio": round(value / baseline, 2),
        "n": args.n,
        "steckbriefe": STECKBRIEFE,
        "ratings": STECKBRIEFE * RATERS * 18,
        "csv_ms": round(statistics.median(csv_ms), 1),
        "pdf_s": round(pdf_s, 2),
    }
    print(json.dumps(doc) if args.json else json.dumps(doc, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
