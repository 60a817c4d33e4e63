"""The board in the real main window, driven with mouse and keyboard events on
the view's viewport: drag, rubber band, Ctrl+click, drop onto a card and into
a cluster, merge and split, keyboard focus and moves, inline editing, capture
line, collapse, colours, delete — each undone and redone to the exact stored
state."""

from __future__ import annotations

import gc

import pytest
from helpers.app import build_window, close_window, type_text
from helpers.board import dump, fill_board, make_session
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QGraphicsTextItem

from cosmart_desktop.services.board import BoardService
from cosmart_desktop.storage.workspace import open_workspace
from cosmart_desktop.ui.board.items import CardItem, ClusterItem

CTRL = Qt.KeyboardModifier.ControlModifier
NONE = Qt.KeyboardModifier.NoModifier
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def board(db_path):
    with open_workspace(db_path) as ws:
        session_id, phases = make_session(ws)
        ids = fill_board(ws, phases[1])
    return session_id, phases, ids


@pytest.fixture
def window(qtbot, db_path, board):
    session_id, phases, _ids = board
    win = build_window(qtbot, db_path)
    win.open_session(session_id)
    win.session_page.phases.select(phases[1])
    win.session_page.tabs.setCurrentWidget(win.board_tab)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    qtbot.waitUntil(lambda: win.board_tab.scene is not None and win.board_tab.view.isVisible())
    view = win.board_tab.view
    view.set_zoom(1.0)
    view.centerOn(view.board_scene.content_rect().center())
    yield win
    close_window(win)


def _view(window):
    return window.board_tab.view


def _at(window, scene_point: QPointF) -> QPoint:
    return _view(window).mapFromScene(scene_point)


def _center(window, row_id: str) -> QPoint:
    item = _view(window).board_scene.item_for(row_id)
    return _at(window, item.sceneBoundingRect().center())


def _empty_point(window) -> QPoint:
    """A visible point of the board with nothing on it."""
    view = _view(window)
    rect = view.viewport().rect()
    for y in range(rect.height() - 30, 30, -20):
        for x in range(rect.width() - 30, 30, -20):
            scene = view.mapToScene(QPoint(x, y))
            if view.board_scene.board_item_at(scene) is None and not any(
                i.sceneBoundingRect().adjusted(-30, -30, 30, 30).contains(scene)
                for i in view.board_scene.items()
            ):
                return QPoint(x, y)
    raise AssertionError("no empty point visible")


def _drag(window, start: QPoint, end: QPoint, modifier=NONE, steps: int = 6) -> None:
    viewport = _view(window).viewport()
    QTest.mousePress(viewport, LEFT, modifier, start)
    for n in range(1, steps + 1):
        QTest.mouseMove(viewport, start + (end - start) * n / steps)
    QTest.mouseRelease(viewport, LEFT, modifier, end)


def _db(window):
    return dump(window.ctx.workspace)


def _cards(window, phase_id):
    return BoardService(window.ctx.workspace).board(phase_id).cards


def _undo_all_redo_all(window, before, after, steps: int) -> None:
    stack = window.session_page.undo_stack()
    for _ in range(steps):
        stack.undo()
    assert _db(window) == before
    for _ in range(steps):
        stack.redo()
    assert _db(window) == after


def test_dragging_a_loose_card_moves_it_and_undo_redo_restore_the_stored_state(window, board):
    _sid, phases, ids = board
    card = ids["Zu wenig Bäume entlang der Hauptstraßen"]
    old = _cards(window, phases[1])[card]
    before = _db(window)
    start = _center(window, card)
    end = _empty_point(window)
    _drag(window, start, end)
    moved = _cards(window, phases[1])[card]
    delta = _view(window).mapToScene(end) - _view(window).mapToScene(start)
    assert moved.x == pytest.approx(old.x + delta.x(), abs=1.0)
    assert moved.y == pytest.approx(old.y + delta.y(), abs=1.0)
    assert moved.z > old.z
    item = _view(window).board_scene.cards[card]
    assert item.scenePos().x() == pytest.approx(moved.x)
    stack = window.session_page.undo_stack()
    assert stack.undoText() == "Verschieben"
    assert window.act_undo.text().endswith("Verschieben")
    _undo_all_redo_all(window, before, _db(window), 1)


def test_rubber_band_selects_and_ctrl_click_toggles(window, board):
    _sid, _phases, ids = board
    scene = _view(window).board_scene
    loose = [
        ids["Keine Echtzeit-Abfahrtszeiten an Haltestellen"],
        ids["Zu wenig Bäume entlang der Hauptstraßen"],
    ]
    rects = [scene.cards[i].sceneBoundingRect() for i in loose]
    top_left = QPointF(min(r.left() for r in rects) - 15, min(r.top() for r in rects) - 15)
    bottom_right = QPointF(max(r.right() for r in rects) + 15, max(r.bottom() for r in rects) + 15)
    assert scene.board_item_at(top_left) is None
    _drag(window, _at(window, top_left), _at(window, bottom_right))
    assert set(scene.selected_ids()) == set(loose)
    QTest.mouseClick(_view(window).viewport(), LEFT, CTRL, _center(window, loose[0]))
    assert scene.selected_ids() == [loose[1]]
    QTest.mouseClick(_view(window).viewport(), LEFT, CTRL, _center(window, loose[0]))
    assert set(scene.selected_ids()) == set(loose)
    QTest.mouseClick(_view(window).viewport(), LEFT, NONE, _empty_point(window))
    assert scene.selected_ids() == []


def test_drop_onto_a_cluster_puts_the_card_at_that_place_in_its_order(window, board):
    _sid, phases, ids = board
    scene = _view(window).board_scene
    card = ids["Keine Echtzeit-Abfahrtszeiten an Haltestellen"]
    first = ids["Busse fahren abends zu selten nach Oberzwehren"]
    cluster = scene.cards[first].parentItem()
    assert isinstance(cluster, ClusterItem)
    before = _db(window)
    target = scene.cards[first].sceneBoundingRect().center() + QPointF(0, -20)
    _drag(window, _center(window, card), _at(window, target))
    board_now = BoardService(window.ctx.workspace).board(phases[1])
    members = [m.id for m in board_now.members(cluster.id)]
    assert members[0] == card and members[1] == first
    assert scene.cards[card].parentItem() is cluster
    assert window.session_page.undo_stack().undoText() == "1 Karte in Cluster legen"
    _undo_all_redo_all(window, before, _db(window), 1)


def test_drop_onto_a_loose_card_forms_a_cluster_and_dragging_out_dissolves_membership(
    window, board
):
    _sid, phases, ids = board
    scene = _view(window).board_scene
    a = ids["Keine Echtzeit-Abfahrtszeiten an Haltestellen"]
    b = ids["Zu wenig Bäume entlang der Hauptstraßen"]
    before = _db(window)
    _drag(window, _center(window, b), _center(window, a) + QPoint(5, 5))
    cards = _cards(window, phases[1])
    assert cards[a].cluster_id is not None and cards[a].cluster_id == cards[b].cluster_id
    assert isinstance(scene.cards[b].parentItem(), ClusterItem)
    middle = _db(window)
    _drag(window, _center(window, b), _empty_point(window))
    assert _cards(window, phases[1])[b].cluster_id is None
    assert scene.cards[b].parentItem() is None
    _undo_all_redo_all(window, before, _db(window), 2)
    window.session_page.undo_stack().undo()
    assert _db(window) == middle


def test_multi_selection_drag_is_one_undo_step(window, board):
    _sid, _phases, ids = board
    scene = _view(window).board_scene
    loose = [
        ids["Keine Echtzeit-Abfahrtszeiten an Haltestellen"],
        ids["Zu wenig Bäume entlang der Hauptstraßen"],
    ]
    cluster = scene.cards[ids["Radwege enden plötzlich an Kreuzungen"]].parentItem()
    viewport = _view(window).viewport()
    QTest.mouseClick(viewport, LEFT, NONE, _center(window, loose[0]))
    QTest.mouseClick(viewport, LEFT, CTRL, _center(window, loose[1]))
    header = cluster.mapToScene(QPointF(20, 20))
    QTest.mouseClick(viewport, LEFT, CTRL, _at(window, header))
    assert len(scene.selected_ids()) == 3
    stack = window.session_page.undo_stack()
    count = stack.count()
    before = _db(window)
    old = {i: scene.item_for(i).scenePos() for i in [*loose, cluster.id]}
    _drag(window, _center(window, loose[0]), _center(window, loose[0]) + QPoint(0, 260))
    for row_id, pos in old.items():
        assert scene.item_for(row_id).scenePos() == pos + QPointF(0, 260)
    assert stack.count() == count + 1 and stack.undoText() == "3 Elemente verschieben"
    _undo_all_redo_all(window, before, _db(window), 1)


def test_merge_and_split_by_keyboard(window, board, qtbot):
    _sid, phases, ids = board
    scene = _view(window).board_scene
    keep, dup = (
        ids["Busse fahren abends zu selten nach Oberzwehren"],
        ids["Nach 22 Uhr kommt man aus Waldau kaum weg"],
    )
    viewport = _view(window).viewport()
    QTest.mouseClick(viewport, LEFT, NONE, _center(window, dup))
    QTest.mouseClick(viewport, LEFT, CTRL, _center(window, keep))  # focused: stays on top
    before = _db(window)
    QTest.keyClick(_view(window), Qt.Key.Key_M, CTRL)
    assert _cards(window, phases[1])[dup].merged_into_id == keep
    assert not scene.cards[dup].isVisible()
    assert scene.cards[keep].stacked == ["Nach 22 Uhr kommt man aus Waldau kaum weg"]
    assert _view(window).accessibleDescription().endswith("1 zusammengeführte Duplikate")
    merged = _db(window)
    scene.clearSelection()
    scene.cards[keep].setSelected(True)
    QTest.keyClick(_view(window), Qt.Key.Key_M, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert _cards(window, phases[1])[dup].merged_into_id is None
    assert scene.cards[dup].isVisible()
    stack = window.session_page.undo_stack()
    assert [stack.text(i) for i in range(stack.count())][-2:] == [
        "2 Karten zusammenführen",
        "Zusammengeführte Karten trennen",
    ]
    stack.undo()
    assert _db(window) == merged
    _undo_all_redo_all(window, before, _db(window), 1)


def test_keyboard_focus_moves_and_inline_editing(window, board, qtbot):
    _sid, phases, ids = board
    view = _view(window)
    scene = view.board_scene
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Tab)
    first = scene.focusItem()
    assert isinstance(first, ClusterItem) and first.isSelected()
    assert "Cluster" in view.accessibleDescription()
    QTest.keyClick(view, Qt.Key.Key_Tab)
    card = scene.focusItem()
    assert isinstance(card, CardItem) and card.parentItem() is first
    assert view.accessibleDescription().startswith("Karte: ")
    # arrow keys inside a cluster reorder the card
    members = [m.id for m in scene.board.members(first.id)]
    QTest.keyClick(view, Qt.Key.Key_Down)
    assert [m.id for m in scene.board.members(first.id)][1] == members[0]
    # a cluster moves by 20 px per arrow press, 100 with Shift; repeated presses are one step
    scene.clusters[first.id].setFocus()
    stack = window.session_page.undo_stack()
    count = stack.count()
    old = scene.clusters[first.id].scenePos()
    before = _db(window)
    for _ in range(3):
        QTest.keyClick(view, Qt.Key.Key_Right)
    QTest.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert scene.clusters[first.id].scenePos() == old + QPointF(60, 100)
    assert stack.count() == count + 1
    stack.undo()
    assert _db(window) == before
    # Enter edits the focused card inline; Enter stores
    target = scene.cards[ids["Zu wenig Bäume entlang der Hauptstraßen"]]
    view.focus_item(target)
    QTest.keyClick(view, Qt.Key.Key_Return)
    editor = view.inline
    assert isinstance(editor, QGraphicsTextItem) and editor.parentItem() is target
    gc.collect()
    assert editor in target.childItems() and editor.toPlainText() == target.info.text
    QTest.keyClick(view, Qt.Key.Key_A, CTRL)
    type_text(view, "Mehr Bäume 🌳 am Königsplatz")
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert view.inline is None
    assert _cards(window, phases[1])[target.id].text == "Mehr Bäume 🌳 am Königsplatz"
    assert stack.undoText() == "Karte „Mehr Bäume 🌳 am Königsplatz“ bearbeiten"
    # Escape cancels an edit
    view.focus_item(target)
    QTest.keyClick(view, Qt.Key.Key_F2)
    type_text(view, "verworfen")
    QTest.keyClick(view, Qt.Key.Key_Escape)
    assert _cards(window, phases[1])[target.id].text == "Mehr Bäume 🌳 am Königsplatz"


def test_capture_line_enter_keeps_focus_paste_adds_several_and_origin(window, board, qtbot):
    _sid, phases, _ids = board
    capture = window.board_tab.capture
    line = capture.line
    line.setFocus()
    qtbot.waitUntil(line.hasFocus)
    type_text(line, "Busse fahren abends zu selten nach Oberzwehren, auch samstags")
    QTest.keyClick(line, Qt.Key.Key_Return)
    assert line.hasFocus() and line.toPlainText() == ""
    cards = _cards(window, phases[1])
    new = [c for c in cards.values() if c.text.endswith("auch samstags")]
    assert len(new) == 1 and new[0].origin == "typed" and new[0].cluster_id is None
    capture.origin.setCurrentIndex(capture.origin.findData("transcribed"))
    line.setFocus()
    type_text(line, "Von der Papierkarte")
    QTest.keyClick(line, Qt.Key.Key_Enter)
    assert [
        c.origin for c in _cards(window, phases[1]).values() if c.text == "Von der Papierkarte"
    ] == ["transcribed"]
    QGuiApplication.clipboard().setText("Erste Zeile\n\nZweite Zeile\r\nDritte 👩‍👩‍👧 Zeile\n")
    line.setFocus()
    QTest.keyClick(line, Qt.Key.Key_V, CTRL)
    texts = {c.text for c in _cards(window, phases[1]).values()}
    assert {"Erste Zeile", "Zweite Zeile", "Dritte 👩‍👩‍👧 Zeile"} <= texts
    assert window.session_page.undo_stack().undoText() == "3 Karten anlegen"
    assert line.hasFocus()


def test_group_by_keyboard_then_name_the_cluster_inline(window, board):
    _sid, phases, ids = board
    scene = _view(window).board_scene
    loose = [
        ids["Keine Echtzeit-Abfahrtszeiten an Haltestellen"],
        ids["Zu wenig Bäume entlang der Hauptstraßen"],
    ]
    for n, row_id in enumerate(loose):
        QTest.mouseClick(
            _view(window).viewport(), LEFT, CTRL if n else NONE, _center(window, row_id)
        )
    before = _db(window)
    QTest.keyClick(_view(window), Qt.Key.Key_G, CTRL)
    editor = _view(window).inline
    assert editor is not None and isinstance(editor.parentItem(), ClusterItem)
    type_text(_view(window), "Umfeld")
    QTest.keyClick(_view(window), Qt.Key.Key_Return)
    board_now = BoardService(window.ctx.workspace).board(phases[1])
    cluster = board_now.clusters[_cards(window, phases[1])[loose[0]].cluster_id]
    assert cluster.label == "Umfeld"
    assert [m.id for m in board_now.members(cluster.id)] == loose
    assert scene.clusters[cluster.id].info.label == "Umfeld"
    stack = window.session_page.undo_stack()
    assert [stack.text(i) for i in range(stack.count())][-2:] == [
        "Cluster bilden",
        "Cluster „Umfeld“ benennen",
    ]
    _undo_all_redo_all(window, before, _db(window), 2)


def test_collapse_by_click_colour_by_shortcut_delete_by_key(window, board):
    _sid, phases, ids = board
    scene = _view(window).board_scene
    cluster = scene.cards[ids["Radwege enden plötzlich an Kreuzungen"]].parentItem()
    before = _db(window)
    toggle = cluster.mapToScene(cluster.toggle_rect().center())
    QTest.mouseClick(_view(window).viewport(), LEFT, NONE, _at(window, toggle))
    assert BoardService(window.ctx.workspace).board(phases[1]).clusters[cluster.id].collapsed
    assert not scene.cards[ids["Radwege enden plötzlich an Kreuzungen"]].isVisible()
    card = ids["Zu wenig Bäume entlang der Hauptstraßen"]
    QTest.mouseClick(_view(window).viewport(), LEFT, NONE, _center(window, card))
    QTest.keyClick(_view(window), Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    assert _cards(window, phases[1])[card].color == "#c5e1a5"
    QTest.keyClick(_view(window), Qt.Key.Key_Delete)
    assert QApplication.activeModalWidget() is None  # delete asks nothing
    assert card not in _cards(window, phases[1]) and card not in scene.cards
    stack = window.session_page.undo_stack()
    assert [stack.text(i) for i in range(stack.count())][-3:] == [
        "Cluster einklappen",
        "Farbe Grün",
        "Löschen",
    ]
    _undo_all_redo_all(window, before, _db(window), 3)


def test_card_text_survives_garbage_collection_and_is_painted(window, board):
    _sid, _phases, ids = board
    scene = _view(window).board_scene
    item = scene.cards[ids["Zu wenig Bäume entlang der Hauptstraßen"]]
    gc.collect()
    assert item.scene() is scene and item.info.text == "Zu wenig Bäume entlang der Hauptstraßen"
    rect = item.sceneBoundingRect()
    image = QImage(int(rect.width()), int(rect.height()), QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    scene.render(painter, source=rect)
    painter.end()
    dark = sum(
        1
        for x in range(10, image.width() - 10, 2)
        for y in range(10, image.height() - 10, 2)
        if image.pixelColor(x, y).lightness() < 90
    )
    assert dark > 20, "the card's text is drawn"


def test_carry_forward_to_the_next_phase_and_undo(window, board):
    _sid, phases, ids = board
    scene = _view(window).board_scene
    cluster = scene.cards[ids["Radwege enden plötzlich an Kreuzungen"]].parentItem()
    header = cluster.mapToScene(QPointF(20, 20))
    QTest.mouseClick(_view(window).viewport(), LEFT, NONE, _at(window, header))
    before = _db(window)
    assert scene.selected_ids() == [cluster.id]
    QTest.keyClick(_view(window), Qt.Key.Key_N, CTRL | Qt.KeyboardModifier.AltModifier)
    assert window.board_tab.error.text() == ""
    utopia = BoardService(window.ctx.workspace).board(phases[2])
    assert [k.label for k in utopia.clusters.values()] == ["Radverkehr"]
    assert sorted(c.text for c in utopia.cards.values()) == sorted(
        [
            "Radwege enden plötzlich an Kreuzungen",
            "Zu wenige Fahrradständer am Bahnhof Wilhelmshöhe",
        ]
    )
    assert (
        window.session_page.undo_stack().undoText()
        == "In Phase „Phantasie- und Utopiephase“ übernehmen"
    )
    _undo_all_redo_all(window, before, _db(window), 1)


def test_a_read_only_scene_on_the_same_model_follows_and_cannot_edit(window, board, qtbot):
    from cosmart_desktop.ui.board import BoardScene, BoardView

    _sid, phases, ids = board
    model = window.ctx.board
    shown = BoardScene(model, phases[1], interactive=False)
    view = BoardView()
    qtbot.addWidget(view)
    view.set_board_scene(shown)
    view.resize(800, 600)
    view.show()
    card = ids["Zu wenig Bäume entlang der Hauptstraßen"]
    assert not shown.cards[card].flags() & shown.cards[card].GraphicsItemFlag.ItemIsSelectable
    before = _db(window)
    viewport = view.viewport()
    QTest.mousePress(
        viewport, LEFT, NONE, view.mapFromScene(shown.cards[card].sceneBoundingRect().center())
    )
    QTest.mouseMove(
        viewport, view.mapFromScene(shown.cards[card].sceneBoundingRect().center()) + QPoint(80, 80)
    )
    QTest.mouseRelease(
        viewport,
        LEFT,
        NONE,
        view.mapFromScene(shown.cards[card].sceneBoundingRect().center()) + QPoint(80, 80),
    )
    assert _db(window) == before
    _drag(window, _center(window, card), _empty_point(window))
    moved = _cards(window, phases[1])[card]
    assert shown.cards[card].scenePos() == QPointF(moved.x, moved.y)
    QTest.keyClick(_view(window), Qt.Key.Key_Delete)
    assert card not in shown.cards
    window.session_page.undo_stack().undo()
    assert card in shown.cards


def test_clicking_inside_the_inline_editor_keeps_it_open_clicking_outside_stores(window, board):
    _sid, phases, ids = board
    view = _view(window)
    target = view.board_scene.cards[ids["Zu wenig Bäume entlang der Hauptstraßen"]]
    QTest.mouseDClick(view.viewport(), LEFT, NONE, _center(window, target.id))
    editor = view.inline
    assert editor is not None and editor.parentItem() is target
    inside = _at(window, editor.sceneBoundingRect().center())
    QTest.mouseClick(view.viewport(), LEFT, NONE, inside)
    assert view.inline is editor
    QTest.keyClick(view, Qt.Key.Key_End, CTRL)
    type_text(view, " und Bänke")
    QTest.mouseClick(view.viewport(), LEFT, NONE, _empty_point(window))
    assert view.inline is None
    text = _cards(window, phases[1])[target.id].text
    assert text == "Zu wenig Bäume entlang der Hauptstraßen und Bänke"
