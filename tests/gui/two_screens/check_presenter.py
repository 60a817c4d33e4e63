"""Presenter and kiosk with a laptop screen and a projector (1920×1080).

Collected only by ``tests/gui/test_presenter_two_screens.py``, which starts a
pytest process whose Qt offscreen platform has these two screens."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import shiboken6
from helpers.app import build_window, close_window
from helpers.offscreen import LAPTOP, PROJECTOR, set_screens
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from cosmart_desktop.domain.enums import SessionFormat, VoteEntry, VoteMethod
from cosmart_desktop.services.settings import PRESENTER_SCREEN
from cosmart_desktop.services.voting import VotingService
from cosmart_desktop.services.workshops import WorkshopService
from cosmart_desktop.storage.workspace import open_workspace
from cosmart_desktop.ui.presenter.state import Mode

PROJECTOR_RECT = QRect(1280, 0, 1920, 1080)
LAPTOP_RECT = QRect(0, 0, 1280, 800)

if os.environ.get("COSMART_TWO_SCREENS") != "1":  # pragma: no cover - guard
    pytest.fail("run through tests/gui/test_presenter_two_screens.py", pytrace=False)


@pytest.fixture
def ids(db_path: Path) -> dict[str, str]:
    with open_workspace(db_path) as ws:
        workshops = WorkshopService(ws)
        event = workshops.create_event("Zukunftswerkstatt Mobilität", district="Mitte")
        session = workshops.create_session(event, SessionFormat.ZUKUNFTSWERKSTATT)
        kritik = workshops.list_phases(session)[1].id
        workshops.set_current_phase(session, kritik)
        round_id = VotingService(ws).create_round(
            session,
            VoteMethod.DOTS,
            title="Was stört am meisten?",
            target_kind="custom",
            labels=["Zu viel Autoverkehr", "Busse fahren selten", "Radwege enden"],
            budget=2,
            cap_per_item=1,
            entry_mode=VoteEntry.KIOSK,
        )
    return {"session": session, "round": round_id}


@pytest.fixture
def window(qtbot, db_path: Path, ids: dict[str, str]):
    set_screens([LAPTOP, PROJECTOR])
    win = build_window(qtbot, db_path)
    win.open_session(ids["session"])
    yield win
    win.presenter.close_window()
    close_window(win)
    set_screens([LAPTOP, PROJECTOR])


def _screens() -> list[str]:
    return [s.name() for s in QGuiApplication.screens()]


def _open_presenter(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    QTest.keyClick(window, Qt.Key.Key_F8)  # the menu shortcut
    qtbot.waitUntil(lambda: window.presenter.window is not None)
    presenter = window.presenter.window
    qtbot.waitUntil(lambda: presenter.isVisible() and presenter.isFullScreen())
    return presenter


def test_presenter_lands_on_projector_at_its_size(qtbot, window):
    assert _screens() == ["1-Laptop", "2-Beamer"]
    assert QGuiApplication.primaryScreen().name() == "1-Laptop"
    assert window.screen().name() == "1-Laptop"
    presenter = _open_presenter(qtbot, window)
    assert presenter.screen().name() == "2-Beamer"
    assert presenter.geometry() == PROJECTOR_RECT
    assert presenter.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert presenter.view.size() == PROJECTOR_RECT.size()
    assert window.ctx.settings.get(PRESENTER_SCREEN) == "2-Beamer"  # remembered
    # the live preview in the main window shows the same mode
    assert window.presenter.dock.isVisible()
    assert window.presenter.preview.state is presenter.view.state


def test_presenter_falls_back_and_returns_when_projector_is_unplugged(qtbot, window):
    presenter = _open_presenter(qtbot, window)
    set_screens([LAPTOP])  # the projector cable is pulled
    qtbot.waitUntil(lambda: not presenter.isFullScreen())
    assert _screens() == ["1-Laptop"]
    assert presenter.isVisible()
    assert presenter.screen().name() == "1-Laptop"
    assert LAPTOP_RECT.contains(presenter.geometry())
    assert not presenter.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert "Kein zweiter Bildschirm" in window.presenter.screen_label.text()
    set_screens([LAPTOP, PROJECTOR])  # plugged in again
    qtbot.waitUntil(lambda: presenter.isFullScreen() and presenter.geometry() == PROJECTOR_RECT)
    assert presenter.screen().name() == "2-Beamer"


def test_black_key_and_text_readable_from_the_back_row(qtbot, window, ids):
    presenter = _open_presenter(qtbot, window)
    view = presenter.view
    window.presenter.present_round(ids["round"], "status")
    for mode in (Mode.PHASE, Mode.STATUS, Mode.RESULTS, Mode.QR):
        view.state.set_mode(mode)
        view.grab()  # paints at the projector's size
        assert view.height() == 1080
        assert view.min_text_px >= 28, (mode, view.min_text_px)
    view.state.set_mode(Mode.PHASE)
    QTest.keyClick(presenter, Qt.Key.Key_B)
    assert view.state.mode is Mode.BLACK
    image = view.grab().toImage()
    assert {image.pixelColor(x, y).name() for x in (0, 960, 1919) for y in (0, 540, 1079)} == {
        QColor("#000000").name()
    }
    QTest.keyClick(presenter, Qt.Key.Key_B)
    assert view.state.mode is Mode.PHASE


def _texts(widget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisible()]


def test_kiosk_on_the_laptop_never_shows_a_previous_ballot(qtbot, window, ids):
    presenter = _open_presenter(qtbot, window)
    window.session_page.tabs.setCurrentWidget(window.voting_tab)
    window.presenter.present_round(ids["round"], "status")
    kiosk = window.voting_tab.start_kiosk(pin="2468")
    qtbot.waitUntil(lambda: kiosk.isVisible() and kiosk.isFullScreen())
    assert kiosk.screen().name() == "1-Laptop"  # the laptop, not the projector
    # voter 1: one dot on the first item; the cap stops a second one there
    qtbot.mouseClick(kiosk.btn_start, Qt.MouseButton.LeftButton)
    first = kiosk.ballot
    options = first.options
    plus = first.plus[(options[0].id, "")]
    qtbot.mouseClick(plus, Qt.MouseButton.LeftButton)
    assert not plus.isEnabled()  # cap of 1 per item
    qtbot.mouseClick(first.plus[(options[2].id, "")], Qt.MouseButton.LeftButton)
    assert not any(b.isEnabled() for b in first.plus.values())  # budget of 2 used up
    qtbot.mouseClick(kiosk.btn_review, Qt.MouseButton.LeftButton)
    assert "Zu viel Autoverkehr" in kiosk.review_list.text()
    qtbot.mouseClick(kiosk.btn_correct, Qt.MouseButton.LeftButton)  # correct before confirming
    qtbot.mouseClick(first.minus[(options[2].id, "")], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(first.plus[(options[1].id, "")], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(kiosk.btn_review, Qt.MouseButton.LeftButton)
    assert "Busse fahren selten" in kiosk.review_list.text()
    assert "Radwege" not in kiosk.review_list.text()
    qtbot.mouseClick(kiosk.btn_confirm, Qt.MouseButton.LeftButton)
    # the ballot is gone: no widget, no text, nothing to go back to
    qtbot.waitUntil(lambda: not shiboken6.isValid(first))  # the widget was destroyed
    assert kiosk.ballot is None and kiosk.review_list.text() == ""
    assert kiosk.pages.currentWidget() is kiosk.thanks
    assert not any("Autoverkehr" in t or "●" in t for t in _texts(kiosk))
    # the projector shows how many have voted, never what
    qtbot.waitUntil(lambda: presenter.view.results and presenter.view.results.status.ballots == 1)
    # voter 2 gets a fresh, empty ballot
    qtbot.mouseClick(kiosk.btn_next, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(kiosk.btn_start, Qt.MouseButton.LeftButton)
    second = kiosk.ballot
    assert second is not None and second is not first
    assert second.draft.choices() == {}
    assert all(second.draft.dots(o.id) == 0 for o in options)
    assert all(b.isEnabled() for b in second.plus.values())
    assert not [b for b in kiosk.findChildren(QPushButton) if b.isCheckable() and b.isChecked()]
    assert not any("●" in t for t in _texts(kiosk))
    # a voter cannot leave: closing is refused, Escape asks for the facilitator's PIN
    kiosk.close()
    assert kiosk.isVisible()
    assert kiosk.pages.currentWidget() is kiosk.exit_page
    qtbot.mouseClick(kiosk.btn_stay, Qt.MouseButton.LeftButton)
    assert kiosk.pages.currentWidget() is kiosk.ballot_host
    QTest.keyClick(kiosk, Qt.Key.Key_Escape)
    assert kiosk.pages.currentWidget() is kiosk.exit_page
    QTest.keyClicks(kiosk.pin_edit, "1111")
    qtbot.mouseClick(kiosk.btn_exit, Qt.MouseButton.LeftButton)
    assert kiosk.isVisible() and "Falsche PIN" in kiosk.exit_error.text()
    kiosk.pin_edit.clear()
    QTest.keyClicks(kiosk.pin_edit, "2468")
    QTest.keyClick(kiosk.pin_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.voting_tab.kiosk is None)
    status = window.ctx.voting.status(ids["round"])
    assert (status.ballots, status.votes) == (1, 2)  # voter 2's open ballot was discarded
