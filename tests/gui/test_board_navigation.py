"""Finding one's way on the board: zoom (wheel, Ctrl+plus/minus, fit), pan
(middle button, Space-drag), the overview map, search — and the view state,
positions, clusters and collapsed state surviving a reopen of the window.
Also importing a card file and attaching a photo from the board tab."""

from __future__ import annotations

import io

import pytest
from helpers.app import build_window, close_window, type_text
from helpers.board import dump, fill_board, make_session
from PIL import Image
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from cosmart_desktop.services.board import BoardService
from cosmart_desktop.storage.workspace import open_workspace
from cosmart_desktop.ui.board.items import PhotoItem
from cosmart_desktop.ui.board.tab import SAVE_VIEW_MS

CTRL = Qt.KeyboardModifier.ControlModifier
NONE = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def board(db_path):
    with open_workspace(db_path) as ws:
        session_id, phases = make_session(ws)
        ids = fill_board(ws, phases[1])
    return session_id, phases, ids


def _open(qtbot, db_path, session_id, phase_id):
    win = build_window(qtbot, db_path)
    win.open_session(session_id)
    win.session_page.phases.select(phase_id)
    win.session_page.tabs.setCurrentWidget(win.board_tab)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    qtbot.waitUntil(lambda: win.board_tab.scene is not None and win.board_tab.view.isVisible())
    return win


def _wheel(view, point: QPoint, steps: int) -> None:
    event = QWheelEvent(
        QPointF(point),
        QPointF(view.viewport().mapToGlobal(point)),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        NONE,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), event)


def test_zoom_pan_and_the_view_state_reopen_exactly(qtbot, db_path, board):
    session_id, phases, _ids = board
    win = _open(qtbot, db_path, session_id, phases[1])
    view = win.board_tab.view
    content = view.board_scene.content_rect()
    seen = view.mapToScene(view.viewport().rect()).boundingRect()
    assert seen.contains(content), "a board never seen before opens fitted"
    view.set_zoom(1.0)
    anchor = QPoint(300, 200)
    under = view.mapToScene(anchor)
    _wheel(view, anchor, 2)
    assert view.zoom() == pytest.approx(1.25**2)
    assert view.mapToScene(anchor).x() == pytest.approx(under.x(), abs=2)
    assert view.mapToScene(anchor).y() == pytest.approx(under.y(), abs=2)
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Minus, CTRL)
    assert view.zoom() == pytest.approx(1.25)
    QTest.keyClick(view, Qt.Key.Key_Plus, CTRL)
    assert view.zoom() == pytest.approx(1.25**2)
    assert win.board_tab.zoom_label.text() == "156 %"
    # middle button pans
    center = view.center()
    viewport = view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.MiddleButton, NONE, QPoint(400, 300))
    QTest.mouseMove(viewport, QPoint(340, 260))
    QTest.mouseRelease(viewport, Qt.MouseButton.MiddleButton, NONE, QPoint(340, 260))
    moved = view.center() - center
    assert moved.x() == pytest.approx(60 / view.zoom(), abs=1.5)
    assert moved.y() == pytest.approx(40 / view.zoom(), abs=1.5)
    # Space held + left drag pans too, and changes nothing stored
    before = dump(win.ctx.workspace)
    center = view.center()
    QTest.keyPress(view, Qt.Key.Key_Space)
    empty = QPoint(viewport.width() - 20, viewport.height() - 20)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, NONE, empty)
    QTest.mouseMove(viewport, empty - QPoint(50, 0))
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, NONE, empty - QPoint(50, 0))
    QTest.keyRelease(view, Qt.Key.Key_Space)
    assert (view.center() - center).x() == pytest.approx(50 / view.zoom(), abs=1.5)
    qtbot.wait(SAVE_VIEW_MS + 200)
    after = dump(win.ctx.workspace)
    assert after["card"] == before["card"] and after["cluster"] == before["cluster"]
    zoom, center = view.zoom(), view.center()
    stored = BoardService(win.ctx.workspace).view(phases[1])
    assert stored.zoom == pytest.approx(zoom)
    assert (stored.center_x, stored.center_y) == pytest.approx((center.x(), center.y()), abs=1)
    close_window(win)

    again = _open(qtbot, db_path, session_id, phases[1])
    view = again.board_tab.view
    assert view.zoom() == pytest.approx(zoom)
    assert view.center().x() == pytest.approx(center.x(), abs=1.5)
    assert view.center().y() == pytest.approx(center.y(), abs=1.5)
    QTest.keyClick(view, Qt.Key.Key_0, CTRL)
    assert (
        view.mapToScene(view.viewport().rect())
        .boundingRect()
        .contains(view.board_scene.content_rect())
    )
    close_window(again)


def test_positions_clusters_collapse_and_colours_reopen_exactly(qtbot, db_path, board):
    session_id, phases, ids = board
    win = _open(qtbot, db_path, session_id, phases[1])
    tab = win.board_tab
    scene = tab.scene
    cluster = scene.cards[ids["Radwege enden plötzlich an Kreuzungen"]].parentItem()
    tab.editor.set_collapsed([cluster.id], True)
    tab.editor.color([ids["Keine Echtzeit-Abfahrtszeiten an Haltestellen"]], "#b3e5fc", "Blau")
    tab.editor.move({ids["Zu wenig Bäume entlang der Hauptstraßen"]: (-333.5, 1234.25)})
    shown = {i: (s.scenePos(), s.zValue(), s.isVisible()) for i, s in scene.cards.items()}
    qtbot.wait(SAVE_VIEW_MS + 150)  # the fitted view of the first opening is stored too
    stored = dump(win.ctx.workspace)
    close_window(win)
    again = _open(qtbot, db_path, session_id, phases[1])
    assert dump(again.ctx.workspace) == stored
    scene = again.board_tab.scene
    assert {i: (s.scenePos(), s.zValue(), s.isVisible()) for i, s in scene.cards.items()} == shown
    assert scene.clusters[cluster.id].info.collapsed
    close_window(again)


def test_search_dims_others_counts_and_enter_jumps(qtbot, db_path, board):
    session_id, phases, ids = board
    win = _open(qtbot, db_path, session_id, phases[1])
    tab = win.board_tab
    tab.view.setFocus()
    QTest.keyClick(tab.view, Qt.Key.Key_F, CTRL)
    assert tab.search.hasFocus()
    type_text(tab.search, "radverkehr")
    qtbot.waitUntil(lambda: tab.hits.text() == "2 Treffer")
    scene = tab.scene
    hits = {
        ids["Radwege enden plötzlich an Kreuzungen"],
        ids["Zu wenige Fahrradständer am Bahnhof Wilhelmshöhe"],
    }
    assert {i for i, c in scene.cards.items() if c.opacity() == 1.0} == hits
    QTest.keyClick(tab.search, Qt.Key.Key_Return)
    first = scene.selected_ids()
    assert len(first) == 1 and first[0] in hits
    seen = tab.view.mapToScene(tab.view.viewport().rect()).boundingRect()
    assert seen.contains(scene.cards[first[0]].sceneBoundingRect())
    QTest.keyClick(tab.search, Qt.Key.Key_Return)
    assert scene.selected_ids() == sorted(hits - set(first)) and tab.search.hasFocus()
    tab.search.clear()
    qtbot.waitUntil(lambda: all(c.opacity() == 1.0 for c in scene.cards.values()))
    close_window(win)


def test_overview_appears_for_a_large_board_and_jumps_on_click(qtbot, db_path, board):
    session_id, phases, _ids = board
    win = _open(qtbot, db_path, session_id, phases[1])
    view, overview = win.board_tab.view, win.board_tab.overview
    view.fit_all()
    qtbot.wait(50)
    assert not overview.isVisible(), "nothing to find when all is in view"
    view.set_zoom(2.0)
    view.centerOn(view.board_scene.content_rect().topLeft())
    qtbot.waitUntil(overview.isVisible)
    before = view.center()
    QTest.mouseClick(
        overview,
        Qt.MouseButton.LeftButton,
        NONE,
        QPoint(overview.width() - 12, overview.height() - 12),
    )
    assert view.center().x() > before.x() and view.center().y() > before.y()
    win.board_tab.acts.overview.setChecked(False)
    assert not overview.isVisible()
    win.board_tab.acts.overview.setChecked(True)
    assert overview.isVisible()
    close_window(win)


def test_import_from_the_board_tab_runs_in_the_background_and_undoes(
    qtbot, db_path, board, tmp_path
):
    session_id, phases, _ids = board
    win = _open(qtbot, db_path, session_id, phases[1])
    before = dump(win.ctx.workspace)
    path = tmp_path / "pinnwand.csv"
    path.write_bytes(
        b"\xef\xbb\xbfText;Cluster\r\n"
        b"Mehr Sitzb\xc3\xa4nke;Aufenthalt\r\nTrinkbrunnen;Aufenthalt\r\n"
    )
    win.board_tab.import_path(path)
    qtbot.waitUntil(
        lambda: "Trinkbrunnen" in {c.info.text for c in win.board_tab.scene.cards.values()}
    )
    labels = {k.info.label for k in win.board_tab.scene.clusters.values()}
    assert "Aufenthalt" in labels
    stack = win.session_page.undo_stack()
    assert stack.undoText() == "Karten aus „pinnwand.csv“ importieren"
    stack.undo()
    assert dump(win.ctx.workspace) == before
    assert "Trinkbrunnen" not in {c.info.text for c in win.board_tab.scene.cards.values()}
    bad = tmp_path / "kaputt.csv"
    bad.write_bytes(b"Text\r\nok\r\n\xff\r\n")
    win.board_tab.import_path(bad)
    qtbot.waitUntil(lambda: win.board_tab.error.isVisible())
    assert win.board_tab.error.text().startswith("Zeile 3: kein gültiges UTF-8")
    assert dump(win.ctx.workspace) == before
    close_window(win)


def test_attach_a_photo_to_the_phase_shows_it_and_opens_large(qtbot, db_path, board, tmp_path):
    session_id, phases, _ids = board
    win = _open(qtbot, db_path, session_id, phases[1])
    path = tmp_path / "flipchart.jpg"
    out = io.BytesIO()
    Image.new("RGB", (1600, 1200), (30, 90, 160)).save(out, "JPEG")
    path.write_bytes(out.getvalue())
    win.board_tab.view.board_scene.clearSelection()
    win.board_tab.attach_photo_path(path)
    photos = win.board_tab.scene.photos
    assert len(photos) == 1
    item = next(iter(photos.values()))
    assert isinstance(item, PhotoItem) and item.parentItem() is None
    assert item.info.width == 1600 and item.describe() == "Foto: flipchart.jpg"
    win.session_page.undo_stack().undo()
    assert not win.board_tab.scene.photos
    close_window(win)
