"""The Sync dialog and the conflict view in the real main window: a store
address typed in, the connection tested, a sync run with progress and summary
(the password kept in the keyring when asked, never in the settings), the
losing value of a concurrent edit restored in one undoable step."""

from __future__ import annotations

import json
import time
from pathlib import Path

import keyring
import pytest
from helpers.app import build_window, close_window
from keyring.backend import KeyringBackend
from PySide6.QtCore import Qt

from cosmart_desktop.services.settings import Settings
from cosmart_desktop.services.sync import parse_address, sync_workspace
from cosmart_desktop.services.sync.credentials import SERVICE
from cosmart_desktop.services.workshops import WorkshopService
from cosmart_desktop.storage.workspace import open_workspace
from cosmart_desktop.ui.sync import ConflictDialog, SyncDialog


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.saved: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.saved.get((service, username))

    def set_password(self, service, username, password):
        self.saved[(service, username)] = password

    def delete_password(self, service, username):
        self.saved.pop((service, username), None)


@pytest.fixture
def memory_keyring():
    before = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(before)


def _dialog(qtbot, window, kind):
    window.act_sync.trigger() if kind is SyncDialog else None
    qtbot.waitUntil(
        lambda: window.findChild(kind) is not None and window.findChild(kind).isVisible()
    )
    return window.findChild(kind)


def test_sync_dialog_tests_the_connection_and_syncs(qtbot, tmp_path, pg_url, memory_keyring):
    other = open_workspace(tmp_path / "other.sqlite")
    event = WorkshopService(other).create_event("Denklabor Bettenhausen")
    sync_workspace(other, parse_address(pg_url))
    other.close()
    window = build_window(qtbot, tmp_path / "mine.sqlite")
    try:
        dialog = _dialog(qtbot, window, SyncDialog)
        assert dialog.remember.isEnabled() is False  # no address yet
        qtbot.keyClicks(dialog.address, pg_url)
        qtbot.keyClicks(dialog.password, "geheim-123")
        assert dialog.remember.isEnabled()
        dialog.remember.setChecked(True)
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "Verbunden" in dialog.status.text(), timeout=20000)
        assert "1 Laptops" in dialog.status.text()
        qtbot.mouseClick(dialog.sync_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.summary is not None, timeout=30000)
        assert dialog.pulled.text() == str(dialog.summary.pulled) and dialog.summary.pulled > 0
        assert "Synchronisiert" in dialog.status.text()
        # the event of the other laptop is on the home page now
        qtbot.waitUntil(
            lambda: (
                "Denklabor Bettenhausen"
                in json.dumps([e.title for e in window.ctx.workshops.service.list_events()])
            )
        )
        assert (
            WorkshopService(window.ctx.workspace).get_event(event).title == "Denklabor Bettenhausen"
        )
        stored = Settings().get.__self__.path.read_text(encoding="utf-8")  # type: ignore[attr-defined]
        assert "geheim" not in stored and pg_url.split("@")[1] in stored
        key = parse_address(pg_url).credential_key
        assert memory_keyring.saved[(SERVICE, key)] == "geheim-123"
        dialog.grab().save(str(tmp_path / "sync_dialog.png"))
        dialog.reject()
    finally:
        close_window(window)


def test_a_refused_store_is_explained_and_nothing_runs(qtbot, tmp_path):
    window = build_window(qtbot, tmp_path / "mine.sqlite")
    try:
        dialog = _dialog(qtbot, window, SyncDialog)
        qtbot.keyClicks(dialog.address, "mysql://server/db")
        qtbot.mouseClick(dialog.sync_button, Qt.MouseButton.LeftButton)
        assert "Nicht möglich" in dialog.status.text() and "mysql" in dialog.status.text()
        assert dialog.summary is None
        dialog.reject()
    finally:
        close_window(window)


def test_conflict_view_restores_in_one_undoable_step(qtbot, tmp_path: Path):
    store = f"sqlite:///{tmp_path / 'store.sqlite'}"
    mine, theirs = tmp_path / "mine.sqlite", tmp_path / "theirs.sqlite"
    a = open_workspace(mine)
    event = WorkshopService(a).create_event("Zukunftswerkstatt Wehlheiden")
    sync_workspace(a, parse_address(store))
    b = open_workspace(theirs)
    sync_workspace(b, parse_address(store))
    WorkshopService(a).update_event(event, title="Wehlheiden – unsere Fassung")
    time.sleep(0.01)
    WorkshopService(b).update_event(event, title="Wehlheiden – Fassung Protokoll")
    sync_workspace(b, parse_address(store))
    sync_workspace(a, parse_address(store))
    a.close(), b.close()

    window = build_window(qtbot, mine)
    try:
        for action in window.menuBar().actions()[0].menu().actions():
            if action.text().startswith("Sync-&Konflikte"):
                action.trigger()
        dialog = _dialog(qtbot, window, ConflictDialog)
        assert dialog.table.rowCount() == 1
        cells = [dialog.table.item(0, c).text() for c in range(dialog.table.columnCount())]
        assert (
            cells[1] == "Wehlheiden – unsere Fassung"
            and cells[2] == "Wehlheiden – Fassung Protokoll"
        )
        assert cells[3] == "dieser Laptop" and "theirs.sqlite" in cells[5]
        dialog.table.selectRow(0)
        dialog.grab().save(str(tmp_path / "conflicts.png"))
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        service = WorkshopService(window.ctx.workspace)
        assert service.get_event(event).title == "Wehlheiden – unsere Fassung"
        assert dialog.table.rowCount() == 0 and dialog.stack.count() == 1
        assert dialog.stack.undoText().startswith("Konfliktwert")
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        qtbot.keyClick(dialog.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert service.get_event(event).title == "Wehlheiden – Fassung Protokoll"
        assert dialog.table.rowCount() == 1
        qtbot.mouseClick(dialog.redo_button, Qt.MouseButton.LeftButton)
        assert service.get_event(event).title == "Wehlheiden – unsere Fassung"
        dialog.accept()
    finally:
        close_window(window)
    # the restore is an ordinary edit: it syncs to the other laptop
    with open_workspace(mine) as a, open_workspace(theirs) as b:
        sync_workspace(a, parse_address(store))
        sync_workspace(b, parse_address(store))
        assert WorkshopService(b).get_event(event).title == "Wehlheiden – unsere Fassung"


def test_votes_from_another_laptop_show_after_a_sync_in_the_window(qtbot, tmp_path: Path):
    """The results the window had already computed are not kept past a sync:
    the other laptop's kiosk ballots count at once."""
    from cosmart_desktop.domain.enums import SessionFormat, VoteMethod
    from cosmart_desktop.domain.voting import Approval
    from cosmart_desktop.services.voting import VotingService
    from cosmart_desktop.ui.sync import _after_sync

    store = parse_address(f"sqlite:///{tmp_path / 'store.sqlite'}")
    mine, theirs = tmp_path / "mine.sqlite", tmp_path / "theirs.sqlite"
    a = open_workspace(mine)
    workshops = WorkshopService(a)
    session = workshops.create_session(
        workshops.create_event("Bürgerrat Nord-Holland"), SessionFormat.BUERGERRAT
    )
    voting = VotingService(a)
    recs = [voting.create_recommendation(session, f"Empfehlung {i}") for i in range(2)]
    round_id = voting.create_round(session, VoteMethod.APPROVAL, target_kind="recommendations")
    yes = int(Approval.YES)
    options = [o.id for o in voting.options(round_id)]
    assert len(options) == len(recs)
    voting.cast_ballot(round_id, {(options[0], ""): yes, (options[1], ""): yes})
    sync_workspace(a, store)
    a.close()
    b = open_workspace(theirs)
    sync_workspace(b, store)

    window = build_window(qtbot, mine)
    try:
        window.open_session(session)
        assert window.ctx.voting.status(round_id).ballots == 1  # computed and cached
        other = VotingService(b)
        for _ in range(2):
            other.cast_ballot(round_id, {(options[0], ""): yes, (options[1], ""): yes})
        sync_workspace(b, store)
        sync_workspace(window.ctx.workspace, store)
        _after_sync(window)  # what the Sync dialog's "synced" signal runs
        assert window.ctx.voting.status(round_id).ballots == 3
        assert window.session_page.session_id == session
    finally:
        b.close()
        close_window(window)
