"""The participants tab in the real main window: adding pseudonymous people,
recording a consent through the dialog, withdrawal (undoable), erasure (asks,
cannot be undone), the handout preview and its print path, the settings."""

from __future__ import annotations

import pypdfium2 as pdfium
import pytest
import zxingcpp
from helpers.app import build_window, close_window, drive_modal
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel
from sqlalchemy import select

from cosmart_desktop.domain.enums import SessionFormat
from cosmart_desktop.services.settings import FOLLOWUP_URL, RECORDER_NAME
from cosmart_desktop.services.workshops import WorkshopService
from cosmart_desktop.storage.models import ContactConsent, ErasureRecord, Steckbrief
from cosmart_desktop.storage.workspace import open_workspace
from cosmart_desktop.ui.participants.dialogs import (
    ConsentDialog,
    EraseDialog,
    FollowUpSettingsDialog,
    ParticipantDialog,
)
from cosmart_desktop.ui.participants.handout_view import HandoutPreview, print_handout

EMAIL = "erika.beispiel@example.org"


@pytest.fixture
def window(qtbot, db_path):
    ws = open_workspace(db_path)
    svc = WorkshopService(ws)
    event_id = svc.create_event("Zukunftswerkstatt Mobilität")
    session_id = svc.create_session(event_id, SessionFormat.ZUKUNFTSWERKSTATT)
    with ws.transaction() as s:
        s.add(Steckbrief(event_id=event_id, session_id=session_id, title="Sensoren für Bäume"))
    ws.close()
    win = build_window(qtbot, db_path)
    win.ctx.settings.set(RECORDER_NAME, "Team Smart City")
    win.open_session(session_id)
    win.session_page.tabs.setCurrentWidget(win.participants_tab)
    yield win
    close_window(win)


def _ok(dialog):
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def _add(qtbot, tab, nickname=""):
    def fill(dialog):
        assert isinstance(dialog, ParticipantDialog)
        qtbot.keyClicks(dialog.pseudonym, nickname)
        _ok(dialog)

    window = tab.window()
    window.activateWindow()  # a shortcut of the window needs the window active
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    tab.list.setFocus()
    drive_modal(
        lambda: qtbot.keyClick(
            tab.list,
            Qt.Key.Key_T,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        ),
        fill,
    )


def _texts(tab):
    return [
        [tab.list.topLevelItem(i).text(c) for c in range(4)]
        for i in range(tab.list.topLevelItemCount())
    ]


def test_add_participants_with_the_keyboard_and_undo(qtbot, window):
    tab = window.participants_tab
    _add(qtbot, tab, "Radlerin")
    _add(qtbot, tab)
    assert [row[:2] for row in _texts(tab)] == [["1", "Radlerin"], ["2", ""]]
    assert "(pseudonym, keine Kontaktdaten)" in _texts(tab)[0][3]
    stack = window.ctx.undo_group.activeStack()
    assert stack.undoText() == "Teilnehmende hinzufügen"
    stack.undo()
    assert len(_texts(tab)) == 1
    stack.redo()
    assert len(_texts(tab)) == 2


def _record_consent(qtbot, tab, email=EMAIL):
    def fill(dialog):
        assert isinstance(dialog, ConsentDialog)
        assert not dialog.ok.isEnabled()  # only once the person agreed
        assert "Information über die Umsetzung" in dialog.text.toPlainText()
        assert dialog.version.text().startswith("Version 2026-01 · SHA-256 ")
        assert dialog.recorder.text() == "Team Smart City"
        qtbot.keyClicks(dialog.name, "Erika Beispiel")
        qtbot.keyClicks(dialog.email, email)
        qtbot.mouseClick(dialog.on_screen, Qt.MouseButton.LeftButton)
        dialog.agreed.setChecked(True)
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
        if dialog.isVisible():  # refused input: the dialog stays, with the reason
            assert dialog.error.text()
            dialog.reject()

    drive_modal(tab.btn_consent.click, fill)


def _consents(window):
    with window.ctx.workspace.session() as s:
        return list(s.scalars(select(ContactConsent)))


def test_consent_dialog_records_and_the_list_hides_contact_data(qtbot, window):
    tab = window.participants_tab
    _add(qtbot, tab)
    tab.list.setCurrentItem(tab.list.topLevelItem(0))
    _record_consent(qtbot, tab, email="keine adresse")
    assert _consents(window) == []  # refused: nothing stored
    _record_consent(qtbot, tab)
    [consent] = _consents(window)
    assert (consent.email, consent.method, consent.recorded_by) == (
        EMAIL,
        "screen",
        "Team Smart City",
    )
    row = _texts(tab)[0][3]
    assert "Name, E-Mail · Einwilligung vom" in row and EMAIL not in row
    tab.reveal.setChecked(True)
    assert EMAIL in _texts(tab)[0][3]
    stack = window.ctx.undo_group.activeStack()
    assert stack.undoText() == "Einwilligung von Nr. 1 erfassen"
    stack.undo()  # undo removes the contact data, it does not only hide it
    assert all(not (c.name or c.email) and c.deleted for c in _consents(window))
    stack.redo()
    assert [c.email for c in _consents(window) if not c.deleted] == [EMAIL]


def test_withdraw_is_one_click_and_undoable(qtbot, window):
    tab = window.participants_tab
    _add(qtbot, tab)
    tab.list.setCurrentItem(tab.list.topLevelItem(0))
    _record_consent(qtbot, tab)
    qtbot.mouseClick(tab.btn_withdraw, Qt.MouseButton.LeftButton)
    assert "widerrufen am" in _texts(tab)[0][3]
    assert not tab.btn_withdraw.isEnabled() and tab.btn_consent.isEnabled()
    window.ctx.undo_group.activeStack().undo()
    assert "widerrufen" not in _texts(tab)[0][3]


def test_erasure_asks_says_it_cannot_be_undone_and_is_not_on_the_undo_stack(qtbot, window):
    tab = window.participants_tab
    _add(qtbot, tab, "Igel")
    tab.list.setCurrentItem(tab.list.topLevelItem(0))
    _record_consent(qtbot, tab)
    stack = window.ctx.undo_group.activeStack()
    undo_before = (stack.count(), stack.undoText())

    def cancel(dialog):
        assert isinstance(dialog, EraseDialog)
        text = " ".join(label.text() for label in dialog.findChildren(QLabel))
        assert "NICHT rückgängig" in text
        assert not dialog.erase_button.isEnabled()
        dialog.reject()

    drive_modal(tab.btn_erase.click, cancel)
    assert [c.email for c in _consents(window)] == [EMAIL]

    def confirm(dialog):
        qtbot.mouseClick(dialog.understood, Qt.MouseButton.LeftButton)
        assert dialog.erase_button.isEnabled()
        qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)

    pid = tab.current_id()
    drive_modal(tab.btn_erase.click, confirm)
    assert all(not (c.name or c.email) for c in _consents(window))
    with window.ctx.workspace.session() as s:
        assert s.scalar(select(ErasureRecord).where(ErasureRecord.participant_id == pid))
    assert _texts(tab) == []
    assert (stack.count(), stack.undoText()) == undo_before
    stack.undo()  # undo of the consent: there is nothing left to remove
    stack.redo()  # redo would store the contact data again: refused
    assert "gelöscht" in tab.error.text()  # the refusal, in German
    assert all(not (c.name or c.email) for c in _consents(window))


def test_handout_preview_prints_codes_that_decode(qtbot, window, tmp_path):
    preview = HandoutPreview(
        window.ctx.workspace, window.ctx.settings, window.participants_tab.session_id, window
    )
    qtbot.addWidget(preview)
    preview.show()
    assert preview.handout is not None and len(preview.handout.cards) == 2
    assert preview.pages.count() == 1 and "2 Karten" in preview.info.text()
    preview.copies.setValue(9)  # 9 session cards + 1 idea: two pages
    assert preview.pages.count() == 2
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "gedruckt.pdf"
    printer.setOutputFileName(str(out))
    print_handout(preview.handout, printer)
    document = pdfium.PdfDocument(str(out))
    decoded = []
    for page in document:
        decoded += [r.text for r in zxingcpp.read_barcodes(page.render(scale=200 / 72).to_pil())]
    document.close()
    assert sorted(decoded) == sorted(card.url for card in preview.handout.cards)
    preview.close()


def test_follow_up_settings_validate_and_save(qtbot, window):
    dialog = FollowUpSettingsDialog(window.ctx.settings, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.template.setText("https://stadt.example/folgen/")
    assert "{token}" in dialog.example.text()
    _ok(dialog)
    assert dialog.isVisible() and dialog.error.text()
    dialog.template.setText("https://stadt.example/folgen/{token}")
    assert dialog.example.text().startswith("Beispiel: https://stadt.example/folgen/")
    _ok(dialog)
    assert window.ctx.settings.get(FOLLOWUP_URL) == "https://stadt.example/folgen/{token}"


def test_screenshots_of_the_participants_area(qtbot, window):
    from cosmart_desktop.ui.participants import shots

    tab = window.participants_tab
    _add(qtbot, tab, "Radlerin")
    listed = shots.participants(window)
    assert listed is window and window.session_page.tabs.currentWidget() is tab
    consent = shots.consent_dialog(window)
    assert isinstance(consent, ConsentDialog) and consent.email.text().endswith("example.org")
    preview = shots.handout_preview(window)
    assert isinstance(preview, HandoutPreview) and not consent.isVisible()
    for widget in (listed, preview):
        image = widget.grab().toImage()
        assert not image.isNull() and image.width() > 600
    preview.close()


def test_the_tab_speaks_english(qtbot, db_path):
    ws = open_workspace(db_path)
    svc = WorkshopService(ws)
    session_id = svc.create_session(svc.create_event("Denklabor"), SessionFormat.DENKLABOR)
    ws.close()
    win = build_window(qtbot, db_path, lang="en")
    try:
        win.open_session(session_id)
        tab = win.participants_tab
        assert tab.btn_add.text() == "A&dd"
        assert tab.btn_erase.text() == "E&rase data …"
        tabs = win.session_page.tabs
        assert tabs.tabText(tabs.indexOf(tab)) == "&Participants"
        assert tab.list.headerItem().text(3) == "Contact / consent"
    finally:
        close_window(win)
