"""Tally: 300 items × 500 voters × 10 dots, and the projector after an entry.

- ``value``: ``VotingService.results`` end to end on a real workspace file —
  the round, its 300 options with the current text of their cards, the SQL
  ``GROUP BY`` over the live vote rows (5,000 dots, plus tombstoned ones from
  voided ballots), the ballot count, and the ranking with ties, near-ties and
  the impact × feasibility matrix (two dot criteria);
- ``baseline``: the same counts with a plain SQL ``GROUP BY option_id,
  criterion, value`` over the same live rows, bare ``sqlite3`` on the same file.

Also measured (``projector``): from typing a new paper count (``VotingModel.set_tally``:
vote rows written, signal, results recomputed) until the 1920×1080 projector
view has painted the new tally; baseline: a bare ``sqlite3`` insert plus a bare
QWidget repaint showing a number.

Runs alternate so machine load hits both alike. Prints one JSON object with the
medians: ``{"name","unit","value","baseline","ratio","n", ...}``.

Usage: python benchmarks/tally.py [--n 15] [--json]
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
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ITEMS, VOTERS, DOTS = 300, 500, 10
TYPED_COUNTS = (12, 7, 19, 3, 25, 9, 14)
#: the same job with the bare library: live dots per item and dot colour
BASELINE_SQL = (
    "SELECT option_id, criterion, value, count(*) FROM vote "
    "WHERE round_id = ? AND deleted = 0 GROUP BY option_id, criterion, value"
)


def _workspace(folder: Path) -> tuple[Any, str, str]:
    from cosmart_desktop.domain.enums import SessionFormat, VoteEntry, VoteMethod
    from cosmart_desktop.domain.voting import IMPACT_FEASIBILITY, BallotDraft
    from cosmart_desktop.services.voting import VotingService
    from cosmart_desktop.services.workshops import WorkshopService
    from cosmart_desktop.storage.models import Card
    from cosmart_desktop.storage.workspace import open_workspace

    os.environ.setdefault("COSMART_CONFIG_DIR", str(folder / "config"))
    ws = open_workspace(folder / "bench.sqlite")
    workshops = WorkshopService(ws)
    event = workshops.create_event("Zukunftswerkstatt Mobilität und Klima", district="Mitte")
    session = workshops.create_session(event, SessionFormat.ZUKUNFTSWERKSTATT)
    phase = workshops.list_phases(session)[1].id
    with ws.transaction() as s:
        for i in range(ITEMS):
            s.add(
                Card(
                    phase_id=phase,
                    text=f"Idee {i + 1}: mehr Sitzbänke und Schatten am Platz {i}",
                    x=float(i % 20) * 220,
                    y=float(i // 20) * 160,
                )
            )
    voting = VotingService(ws)
    round_id = voting.create_round(
        session,
        VoteMethod.DOTS,
        phase_id=phase,
        target_kind="cards",
        budget=DOTS // 2,
        criteria=IMPACT_FEASIBILITY,  # 5 "wichtig" + 5 "machbar" = 10 dots each
        entry_mode=VoteEntry.KIOSK,
    )
    info = voting.get_round(round_id)
    options = [o.id for o in voting.options(round_id)]
    rules = info.rules(options)
    rng = random.Random(7)
    weights = [rng.random() ** 3 + 0.01 for _ in options]
    ballots = []
    for _ in range(VOTERS + 20):
        draft = BallotDraft(rules)
        for criterion in rules.criterion_keys():
            for pick in rng.choices(options, weights=weights, k=info.budget or 0):
                draft.add_dot(pick, criterion)
        ballots.append(voting.cast_ballot(round_id, draft.choices()))
    for ballot in ballots[:20]:  # 20 voided ballots: 200 tombstoned rows
        voting.set_ballot_deleted(ballot, True)
    return ws, round_id, phase


CPU: dict[int, list[float]] = {}  # id(list of wall times) → CPU times of the same runs


def _time(fn: Any, into: list[float] | None = None) -> float:
    """Wall-clock milliseconds of one run; with ``into`` also record the
    process CPU time (the machine may be shared: CPU time is less noisy)."""
    cpu = time.process_time()
    start = time.perf_counter()
    fn()
    wall = (time.perf_counter() - start) * 1000
    if into is not None:
        CPU.setdefault(id(into), []).append((time.process_time() - cpu) * 1000)
        into.append(wall)
    return wall


def _cpu(times: list[float]) -> float:
    return statistics.median(CPU[id(times)])


def bench_tally(ws: Any, round_id: str, n: int) -> dict[str, Any]:
    from cosmart_desktop.services.voting import VotingService

    service = VotingService(ws)
    info, options = service.get_round(round_id), service.options(round_id)
    result = service.results(round_id, info=info, options=options).result
    con = sqlite3.connect(str(ws.path))
    rows = con.execute(BASELINE_SQL, (round_id,)).fetchall()
    direct = sum(c for *_k, c in rows)
    assert direct == result.total_votes == VOTERS * DOTS, (direct, result.total_votes)
    ours = {(r.option.id, c, v): n for r in result.ranking for (c, v), n in r.by_column.items()}
    assert ours == {(o, c, v): n for o, c, v, n in rows}  # the same figures
    warm, cold, bare = [], [], []
    for _ in range(n):
        # what happens when a vote comes in: settings and options are known
        _time(lambda: service.results(round_id, info=info, options=options), warm)
        _time(lambda: con.execute(BASELINE_SQL, (round_id,)).fetchall(), bare)
        _time(lambda: service.results(round_id), cold)  # also reads round and options
    con.close()
    return {
        "value": statistics.median(warm),
        "baseline": statistics.median(bare),
        "cold": statistics.median(cold),
        "cpu_value": _cpu(warm),
        "cpu_baseline": _cpu(bare),
    }


def bench_projector(ws: Any, round_id: str, n: int) -> dict[str, Any]:
    """The real main window with the voting tab open (results view, tally grid)
    and the presenter window showing the revealed results; each entry goes
    through the tally grid's commit (what Enter does), i.e. an undo step, the
    vote rows, and every view listening."""
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QApplication, QWidget

    from cosmart_desktop.app import build_context
    from cosmart_desktop.services.settings import Settings
    from cosmart_desktop.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    ctx: Any = build_context(ws, Settings(), "de")
    ctx.voting.update_round(round_id, revealed=True)
    window = MainWindow(ctx)
    window.resize(1280, 800)
    window.show()
    window.open_session(ctx.voting.round_info(round_id).session_id)
    window.session_page.tabs.setCurrentWidget(window.voting_tab)
    window.voting_tab.select_round(round_id)
    window.presenter.present_round(round_id, "results")
    presenter = window.presenter.window
    assert presenter is not None
    view = presenter.view
    view.resize(1920, 1080)  # one screen here: an ordinary window at the projector's size
    grid = window.voting_tab.tally
    column = next(i for i, c in enumerate(grid.columns) if c.criterion == "wichtig")

    def wait_paint(widget: Any, before: int) -> None:
        while widget.paint_count == before:
            app.processEvents()

    class Bare(QWidget):
        def __init__(self) -> None:
            super().__init__()
            self.number = 0
            self.paint_count = 0

        def paintEvent(self, _event: object) -> None:
            p = QPainter(self)
            p.drawText(self.rect(), 0, str(self.number))
            p.end()
            self.paint_count += 1

    bare = Bare()
    bare.resize(1920, 1080)
    bare.show()
    con = sqlite3.connect(str(ws.path))
    for _ in range(10):
        app.processEvents()
    ours, base = [], []
    for i in range(n):
        row = i % len(grid.options)
        option = grid.options[row][0]
        typed = TYPED_COUNTS[i % len(TYPED_COUNTS)]  # counted paper dots of one item
        had = ctx.voting.results(round_id).result.by_option()[option].dots("wichtig")
        before = view.paint_count

        def entry(row: int = row, typed: int = typed, before: int = before) -> None:
            grid._commit(row, column, typed)
            wait_paint(view, before)

        _time(entry, ours)
        assert view.results is not None
        shown = view.results.result.by_option()[option].dots("wichtig")
        assert shown == had + typed, (shown, had, typed)  # the projector shows the new tally

        def bare_entry(typed: int = typed, option: str = option) -> None:
            before_bare = bare.paint_count
            con.executemany(
                "INSERT INTO vote (id, round_id, option_id, criterion, value, entry, comment, "
                "site_id, hlc, deleted) VALUES (?, ?, ?, 'wichtig', 1, 'tally', '', '', '', 0)",
                [(f"bench-{k}-{time.perf_counter_ns()}", round_id, option) for k in range(typed)],
            )
            con.commit()
            bare.number = typed
            bare.update()
            wait_paint(bare, before_bare)

        _time(bare_entry, base)
    con.execute("DELETE FROM vote WHERE id LIKE 'bench-%'")
    con.commit()
    con.close()
    window.presenter.close_window()
    window.close()
    return {
        "value": statistics.median(ours),
        "baseline": statistics.median(base),
        "cpu_value": _cpu(ours),
        "cpu_baseline": _cpu(base),
    }


def _cpu_doc(m: dict[str, Any]) -> dict[str, float]:
    return {
        "value": round(m["cpu_value"], 3),
        "baseline": round(m["cpu_baseline"], 3),
        "ratio": round(m["cpu_value"] / m["cpu_baseline"], 3),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=15)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        ws, round_id, _phase = _workspace(Path(tmp))
        try:
            tally = bench_tally(ws, round_id, args.n)
            projector = bench_projector(ws, round_id, args.n)
        finally:
            ws.close()
    out = {
        "name": "tally",
        "unit": "ms",
        "value": round(tally["value"], 3),
        "baseline": round(tally["baseline"], 3),
        "ratio": round(tally["value"] / tally["baseline"], 3),
        "n": args.n,
        "rows": VOTERS * DOTS,
        "items": ITEMS,
        "budget_ms": 50,
        "cold_value": round(tally["cold"], 3),
        "cpu": _cpu_doc(tally),
        "load_average": round(os.getloadavg()[0], 2),
        "projector": {
            "unit": "ms",
            "value": round(projector["value"], 3),
            "baseline": round(projector["baseline"], 3),
            "ratio": round(projector["value"] / projector["baseline"], 3),
            "budget_ms": 100,
            "cpu": _cpu_doc(projector),
        },
    }
    print(json.dumps(out) if args.json else json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
