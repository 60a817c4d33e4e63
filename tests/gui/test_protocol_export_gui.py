"""File → Export → protocol in the real main window: the shortcut opens the save
dialog, the user types a name, the export runs in the background with a
progress dialog and the file is there; the chosen filter decides the format."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.app import build_window, close_window, drive_modal, type_text
from helpers.pdf_check import text_of
from helpers.protocol_data import build_protocol_session
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QFileDialog, QLineEdit, QProgressDialog

from cosmart_desktop.services.export.protocol import write_protocol
from cosmart_desktop.storage.workspace import open_workspace


@pytest.fixture
def window(qtbot, db_path):
    ws = open_workspace(db_path)
    data = build_protocol_session(ws, cards=12, steckbriefe=1, photos=False)
    ws.close()
    win = build_window(qtbot, db_path)
    win.open_session(data.session_id)
    yield win, data
    close_window(win)


def _save_as(qtbot, path: Path, name_filter: str | None = None):
    def fill(dialog) -> None:
        assert isinstance(dialog, QFileDialog)
        assert dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
        if name_filter is not None:
            combo = dialog.findChild(QComboBox, "fileTypeCombo")
            combo.setCurrentIndex(combo.findText(name_filter))
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        assert name.text().startswith("Protokoll ")  # a sensible proposal
        name.selectAll()
        QTest.keyClick(name, Qt.Key.Key_Delete)
        dialog.setDirectory(str(path.parent))
        type_text(name, path.name)
        QTest.keyClick(name, Qt.Key.Key_Return)

    return fill


def test_shortcut_exports_the_open_session_as_pdf(qtbot, window, tmp_path) -> None:
    win, data = window
    target = tmp_path / "Protokoll Größe.pdf"
    with qtbot.waitSignal(win.protocol_export.exported, timeout=120_000) as done:
        drive_modal(
            lambda: QTest.keyClick(
                win,
                Qt.Key.Key_P,
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
            ),
            _save_as(qtbot, target),
        )
    assert done.args == [str(target)]
    text = text_of(target)
    assert "Denklabor Wesertor: Unser smartes Quartier" in text
    assert all(label in text for label in data.cluster_labels)
    assert "Protokoll gespeichert" in win.statusBar().currentMessage()
    qtbot.waitUntil(lambda: not any(d.isVisible() for d in win.findChildren(QProgressDialog)))


def test_the_chosen_filter_decides_the_format(qtbot, window, tmp_path) -> None:
    win, _data = window
    export_menu = win.export_menu
    action = next(a for a in export_menu.actions() if a.text().startswith("Sitzungs&protokoll"))
    assert action.shortcut().toString() == "Ctrl+Shift+P"
    target = tmp_path / "ohne-endung"
    with qtbot.waitSignal(win.protocol_export.exported, timeout=120_000) as done:
        drive_modal(action.trigger, _save_as(qtbot, target, "Webseite, eine Datei (*.html *.htm)"))
    written = Path(done.args[0])
    assert written == tmp_path / "ohne-endung.html"
    assert written.read_text("utf-8").startswith("<!DOCTYPE html>")


def test_cancel_writes_nothing_and_failure_is_reported(qtbot, window, tmp_path, monkeypatch):
    win, _data = window
    from PySide6.QtCore import QStandardPaths

    documents = Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    )
    before = {p.name for p in documents.iterdir()} if documents.is_dir() else set()
    drive_modal(win.protocol_export.export_session, lambda dialog: dialog.reject())
    after = {p.name for p in documents.iterdir()} if documents.is_dir() else set()
    assert after == before
    assert not [p for p in tmp_path.iterdir() if p.suffix in (".pdf", ".part")]
    # a target that cannot be written: the user sees why, the app goes on
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    blocker = tmp_path / "datei"
    blocker.write_text("x")
    with qtbot.waitSignal(win.protocol_export.failed, timeout=60_000):
        win.protocol_export.run(blocker / "protokoll.pdf", session_id=win.session_page.session_id)
    assert shown and "nicht gespeichert" in shown[0]


def test_progress_is_reported_from_start_to_end(tmp_path) -> None:
    with open_workspace(tmp_path / "ws.sqlite") as ws:
        data = build_protocol_session(ws, cards=30, steckbriefe=2, photos=False)
        steps: list[tuple[int, int, str]] = []
        write_protocol(
            ws,
            tmp_path / "p.pdf",
            session_id=data.session_id,
            progress=lambda d, t, label: steps.append((d, t, label)),
        )
    done = [d for d, _t, _label in steps]
    assert done[0] == 0 and done[-1] == 100 and done == sorted(done)
    assert len(set(done)) > 10  # the layout reports as it goes, not just start and end
    assert {t for _d, t, _l in steps} == {100}


def test_english_menu(qtbot, db_path) -> None:
    win = build_window(qtbot, db_path, lang="en")
    try:
        texts = [a.text() for a in win.export_menu.actions()]
        assert "Session &protocol (PDF) …" in texts
        assert "&Event protocol, all sessions (PDF) …" in texts
    finally:
        close_window(win)
