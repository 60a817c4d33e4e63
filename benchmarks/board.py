"""The clustering board at 2,000 cards in 150 clusters (DESIGN.md §8).

All in one process on Qt's offscreen platform, our board against a bare
``QGraphicsView`` with the same 2,000 items (a ``QGraphicsRectItem`` with a
``QGraphicsSimpleTextItem`` child per card, laid out where our cards are):

- ``value`` / ``baseline``: median time of one synchronous viewport repaint
  with the whole board in view (fit all) — the headline figure;
- ``repaint_100_ms``: the same at 100 % zoom (a working view), and its baseline;
- ``repaint_zoomed_ms``: repaint right after a zoom step (item caches redrawn);
- ``open_s``: open a phase with a cold model (database read, scene built,
  fitted) to its first painted frame, with ``open_baseline_s`` for building and
  painting the bare scene from data already in memory;
- ``drag_frame_ms``: one frame of dragging a 50-card selection with the mouse
  (mouse move event + repaint), with ``drag_baseline_ms`` (moving 50 bare items
  + repaint); ``drop_s``: storing the drop (one transaction, 50 cards);
- ``rss_mb``: resident memory with the board open.

Usage: python benchmarks/board.py [--n 30] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
)

CARDS, CLUSTERS = 2000, 150
SIZE = (1280, 800)
THEMES = [
    "Busse fahren abends zu selten nach {0}",
    "Radwege enden plötzlich an Kreuzungen in {0}",
    "Zu wenig Bäume entlang der Hauptstraßen in {0}",
    "Keine Echtzeit-Abfahrtszeiten an Haltestellen in {0}",
    "Jugendliche haben abends keinen Treffpunkt in {0}",
    "Kein öffentliches WLAN am Marktplatz in {0}",
    "Schlechter Mobilfunkempfang in {0}",
    "Ältere Nachbarn kommen mit Online-Terminen nicht zurecht ({0})",
]


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def make_board(tmp: Path) -> tuple[object, str]:
    from cosmart_desktop.domain.districts import load_districts
    from cosmart_desktop.domain.enums import SessionFormat
    from cosmart_desktop.services.board import BoardService
    from cosmart_desktop.services.board_state import NewCard
    from cosmart_desktop.services.workshops import WorkshopService
    from cosmart_desktop.storage.workspace import open_workspace

    ws = open_workspace(tmp / "board.sqlite")
    svc = WorkshopService(ws)
    event = svc.create_event("Benchmark")
    session = svc.create_session(event, SessionFormat.ZUKUNFTSWERKSTATT)
    phase = svc.list_phases(session)[1].id
    districts = load_districts(None)
    cards = [
        NewCard(
            THEMES[n % len(THEMES)].format(districts[n % len(districts)]) + f" – Karte {n}",
            cluster=f"Cluster {n % CLUSTERS + 1:03d}",
        )
        for n in range(CARDS)
    ]
    board = BoardService(ws)
    board.add_cards(phase, cards)
    board.arrange(phase)
    return ws, phase


def timed(action, n: int) -> list[float]:
    out = []
    for _ in range(n):
        start = time.perf_counter()
        action()
        out.append(time.perf_counter() - start)
    return out


def paired(ours, bare, n: int) -> tuple[list[float], list[float]]:
    """Alternate the two so that load on the machine hits both alike."""
    a: list[float] = []
    b: list[float] = []
    for _ in range(n):
        a += timed(ours, 1)
        b += timed(bare, 1)
    return a, b


def bare_scene(rects: list[tuple[float, float, float, float, str, str]]) -> QGraphicsScene:
    scene = QGraphicsScene()
    scene.setBackgroundBrush(QColor("#f5f3ee"))
    for x, y, w, h, text, color in rects:
        rect = QGraphicsRectItem(0, 0, w, h)
        rect.setPos(x, y)
        rect.setBrush(QBrush(QColor(color)))
        label = QGraphicsSimpleTextItem(text[:60], rect)
        label.setPos(8, 6)
        scene.addItem(rect)
    return scene


def bare_view(scene: QGraphicsScene) -> QGraphicsView:
    view = QGraphicsView(scene)
    view.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    view.resize(*SIZE)
    view.show()
    return view


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=30, help="repaints / frames timed (median)")
    parser.add_argument("--json", action="store_true", help="(always JSON; kept for symmetry)")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from cosmart_desktop.services.board import BoardService
    from cosmart_desktop.ui.board.editor import BoardEditor
    from cosmart_desktop.ui.board.model import BoardModel
    from cosmart_desktop.ui.board.scene import BoardScene
    from cosmart_desktop.ui.board.view import BoardView

    with tempfile.TemporaryDirectory(prefix="cosmart-bench-") as tmp:
        ws, phase = make_board(Path(tmp))
        rss_before = rss_mb()

        # open a phase with a cold model to its first painted frame
        opens: list[float] = []
        view = scene = model = None
        rss_open = 0.0
        for _ in range(5):
            if view is not None:
                view.close()
                view.deleteLater()
                app.processEvents()
            model = BoardModel(BoardService(ws))  # type: ignore[arg-type]
            editor = BoardEditor(model, lambda: None)
            start = time.perf_counter()
            scene = BoardScene(model, phase)
            view = BoardView(editor=editor)
            view.resize(*SIZE)
            view.set_board_scene(scene)
            view.show()
            view.fit_all()
            view.viewport().repaint()
            opens.append(time.perf_counter() - start)
            app.processEvents()
            rss_open = max(rss_open, rss_mb())
        assert view is not None and scene is not None and model is not None

        rects = []
        for item in scene.cards.values():
            r = item.sceneBoundingRect().adjusted(4, 4, -4, -4)
            rects.append((r.x(), r.y(), r.width(), r.height(), item.info.text, item.color().name()))
        base_opens = []
        bview = bscene = None
        for _ in range(5):
            start = time.perf_counter()
            bscene = bare_scene(rects)
            bview = bare_view(bscene)
            bview.setTransform(view.transform())
            bview.centerOn(view.center())
            bview.viewport().repaint()
            base_opens.append(time.perf_counter() - start)
            app.processEvents()
        assert bview is not None and bscene is not None

        # repaint with the whole board in view, then at 100 %
        view.viewport().repaint()
        bview.viewport().repaint()
        ours, bare = paired(view.viewport().repaint, bview.viewport().repaint, args.n)
        center = scene.content_rect().center()
        view.set_zoom(1.0)
        view.centerOn(center)
        bview.setTransform(view.transform())
        bview.centerOn(center)
        view.viewport().repaint()
        bview.viewport().repaint()
        ours_100, bare_100 = paired(view.viewport().repaint, bview.viewport().repaint, args.n)
        steps = [0.5, 2.0] * (args.n // 2)

        def zoom_step(step: list[float] = steps) -> None:
            view.set_zoom(view.zoom() * step.pop())
            view.viewport().repaint()

        zoomed = timed(zoom_step, len(steps))

        # drag a 50-card selection with the mouse, one frame per move, at 50 % zoom
        view.set_zoom(0.5)
        view.centerOn(scene.content_rect().center())
        app.processEvents()
        seen = view.mapToScene(view.viewport().rect()).boundingRect()
        middle = seen.center()
        visible = [
            c
            for c in scene.cards.values()
            if c.isVisible() and seen.contains(c.sceneBoundingRect())
        ]
        chosen = sorted(
            visible, key=lambda c: (c.sceneBoundingRect().center() - middle).manhattanLength()
        )[:50]
        assert len(chosen) == 50, len(chosen)
        item_infos = {item.id: item.info for item in chosen}
        for item in chosen:
            item.setSelected(True)
        viewport = view.viewport()
        start_pos = view.mapFromScene(chosen[0].sceneBoundingRect().center())
        QTest.mousePress(
            viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start_pos
        )
        frames = []
        for n in range(1, args.n + 1):
            begin = time.perf_counter()
            QTest.mouseMove(viewport, start_pos + QPoint(3 * n, 2 * n))
            viewport.repaint()
            frames.append(time.perf_counter() - begin)
        begin = time.perf_counter()
        QTest.mouseRelease(
            viewport,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
            start_pos + QPoint(3 * args.n, 2 * args.n),
        )
        drop = time.perf_counter() - begin
        after = model.board(phase).cards
        moved = sum(1 for item in chosen if after[item.id] != item_infos[item.id])
        bitems = [i for i in bscene.items() if isinstance(i, QGraphicsRectItem)][:50]
        bview.setTransform(view.transform())
        bview.centerOn(view.center())

        def bare_frame() -> None:
            for item in bitems:
                item.setPos(item.pos() + QPointF(3, 2))
            bview.viewport().repaint()

        bare_frames = timed(bare_frame, args.n)

    value, baseline = statistics.median(ours), statistics.median(bare)
    out = {
        "name": "board",
        "unit": "ms",
        "value": round(value * 1000, 2),
        "baseline": round(baseline * 1000, 2),
        "ratio": round(value / baseline, 3),
        "n": args.n,
        "cards": CARDS,
        "clusters": CLUSTERS,
        "repaint_100_ms": round(statistics.median(ours_100) * 1000, 2),
        "repaint_100_baseline_ms": round(statistics.median(bare_100) * 1000, 2),
        "repaint_zoomed_ms": round(statistics.median(zoomed) * 1000, 2),
        "open_s": round(statistics.median(opens), 3),
        "open_baseline_s": round(statistics.median(base_opens), 3),
        "drag_frame_ms": round(statistics.median(frames) * 1000, 2),
        "drag_zoom": 0.5,
        "drag_baseline_ms": round(statistics.median(bare_frames) * 1000, 2),
        "drop_s": round(drop, 3),
        "dragged_cards_stored": moved,
        "rss_mb": round(rss_open, 1),
        "rss_data_mb": round(rss_before, 1),
        "budgets": {"repaint_ms": 16, "ratio": 1.5, "open_s": 1.0, "drag_ms": 16, "rss_mb": 300},
        "platform": os.environ["QT_QPA_PLATFORM"],
    }
    print(json.dumps(out) if args.json else json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
