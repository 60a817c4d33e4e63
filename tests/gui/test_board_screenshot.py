"""``cosmart screenshots`` renders the board: the demo's critique board is
shown in the board tab, fitted, with its clusters visible."""

from __future__ import annotations

from helpers.app import build_window, close_window
from PySide6.QtWidgets import QApplication

from cosmart_desktop.services.demo import build_demo
from cosmart_desktop.storage.workspace import open_workspace
from cosmart_desktop.ui.screenshots import SHOTS


def test_board_shot_shows_the_fitted_critique_board(qtbot, db_path, tmp_path):
    with open_workspace(db_path) as ws:
        build_demo(ws)
    window = build_window(qtbot, db_path)
    try:
        widget = SHOTS["board"](window)
        for _ in range(3):
            QApplication.processEvents()
        tab = window.board_tab
        assert window.session_page.tabs.currentWidget() is tab
        phase = window.ctx.workshops.phase_info(tab.phase_id)
        assert phase.key == "kritik"
        view = tab.view
        seen = view.mapToScene(view.viewport().rect()).boundingRect()
        assert seen.contains(view.board_scene.content_rect())
        image = widget.grab().toImage()
        path = tmp_path / "board.png"
        assert image.save(str(path)) and path.stat().st_size > 10_000
        assert len(view.board_scene.clusters) >= 4
    finally:
        close_window(window)
