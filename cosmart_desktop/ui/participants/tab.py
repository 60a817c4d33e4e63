"""The participants tab of the session page: the event's participants
(pseudonymous), their consents, withdrawal and erasure, and the follow-up
outputs (handouts, follow-up pages, newsletter list).

Contact data is hidden unless "Kontaktdaten zeigen" is ticked, so a glance at
the laptop (or a projected screen) shows no names."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import ConsentMethod
from ...domain.errors import CosmartError
from ...services.participants import ConsentInfo, ParticipantInfo
from ...services.settings import RECORDER_NAME
from ..commands import CallCommand, push
from ..context import AppContext
from ..i18n import error_text, tr
from ..tasks import BackgroundOperation, Progress
from .dialogs import ConsentDialog, EraseDialog, FollowUpSettingsDialog, ParticipantDialog
from .model import ParticipantModel

ROLE_ID = Qt.ItemDataRole.UserRole


class _Command(CallCommand):
    """An undoable edit of this tab. Undo and redo from the stack report a refusal
    (e.g. the participant's data was erased meanwhile) instead of raising."""

    def __init__(
        self, tab: ParticipantsTab, text: str, do: Callable[[], Any], undo: Callable[[], Any]
    ) -> None:
        super().__init__(text, do, undo)
        self._tab = tab

    def redo(self) -> None:
        try:
            super().redo()
        except CosmartError as exc:
            self._tab.show_error(error_text(exc))

    def undo(self) -> None:
        try:
            super().undo()
        except CosmartError as exc:
            self._tab.show_error(error_text(exc))


def _date(value: Any) -> str:
    return QLocale().toString(value.astimezone().date(), QLocale.FormatType.ShortFormat)


class ParticipantsTab(QWidget):
    """Implements ``SessionTab``: shows the participants of the session's event."""

    def __init__(
        self,
        ctx: AppContext,
        undo_stack: Callable[[], QUndoStack | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ParticipantsTab")
        self.ctx = ctx
        self.model = ParticipantModel(ctx.workspace)
        self._stack = undo_stack
        self.session_id: str | None = None
        self.event_id: str | None = None
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(tr("Suchen (Nummer, Pseudonym) …"))
        self.filter.setAccessibleName(tr("Teilnehmende suchen"))
        self.filter.setClearButtonEnabled(True)
        self.reveal = QCheckBox(tr("&Kontaktdaten zeigen"), self)
        self.reveal.setToolTip(tr("Namen und Adressen nur zeigen, wenn niemand mitliest."))
        self.list = QTreeWidget(self)
        self.list.setObjectName("ParticipantList")
        self.list.setAccessibleName(tr("Teilnehmende der Veranstaltung"))
        self.list.setHeaderLabels(
            [tr("Nr."), tr("Pseudonym"), tr("Als Autor:in genannt"), tr("Kontakt / Einwilligung")]
        )
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setSortingEnabled(False)
        header = self.list.header()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.list.setColumnWidth(0, 60)
        self.list.setColumnWidth(1, 200)
        self.list.setColumnWidth(2, 200)
        self.error = QLabel(self)
        self.error.setStyleSheet("color:#b00020;")
        self.error.setWordWrap(True)
        self.error.hide()

        self.btn_add = QPushButton(tr("Hin&zufügen"), self)
        self.btn_edit = QPushButton(tr("B&earbeiten …"), self)
        self.btn_remove = QPushButton(tr("Entfe&rnen"), self)
        self.btn_consent = QPushButton(tr("E&inwilligung erfassen …"), self)
        self.btn_withdraw = QPushButton(tr("Einwilligung widerr&ufen"), self)
        self.btn_erase = QPushButton(tr("Daten &löschen …"), self)
        self.btn_handouts = QPushButton(tr("Handzettel mit &QR …"), self)
        self.btn_pages = QPushButton(tr("&Folgeseiten exportieren …"), self)
        self.btn_contacts = QPushButton(tr("&Newsletter-Liste (CSV) …"), self)
        self.btn_settings = QPushButton(tr("Fol&ge-Adresse …"), self)
        self.btn_add.setToolTip(tr("Neue pseudonyme Teilnehmende (Strg+Umschalt+T)"))
        self.btn_erase.setToolTip(tr("Alle personenbezogenen Daten löschen – ohne Rückgängig"))
        self.btn_add.clicked.connect(self.add_participant)
        self.btn_edit.clicked.connect(self.edit_participant)
        self.btn_remove.clicked.connect(self.remove_participant)
        self.btn_consent.clicked.connect(self.record_consent)
        self.btn_withdraw.clicked.connect(self.withdraw_consent)
        self.btn_erase.clicked.connect(self.erase_participant)
        self.btn_handouts.clicked.connect(self.show_handouts)
        self.btn_pages.clicked.connect(lambda: self.export_pages())
        self.btn_contacts.clicked.connect(lambda: self.export_contacts())
        self.btn_settings.clicked.connect(self.edit_settings)
        QShortcut(QKeySequence("Ctrl+Shift+T"), self, self.add_participant)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.list, self.remove_participant)

        people = QGridLayout()
        for i, b in enumerate(
            (
                self.btn_add,
                self.btn_edit,
                self.btn_remove,
                self.btn_consent,
                self.btn_withdraw,
                self.btn_erase,
            )
        ):
            people.addWidget(b, i // 3, i % 3)
        outputs = QHBoxLayout()
        for b in (self.btn_handouts, self.btn_pages, self.btn_contacts, self.btn_settings):
            outputs.addWidget(b)
        outputs.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.reveal)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addLayout(people)
        layout.addWidget(self.error)
        layout.addWidget(QLabel(tr("Folgen ohne personenbezogene Daten:"), self))
        layout.addLayout(outputs)

        self.filter.textChanged.connect(lambda _t: self.reload())
        self.reveal.toggled.connect(lambda _v: self.reload())
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.list.itemActivated.connect(lambda _i, _c: self.edit_participant())
        self.model.changed.connect(self._changed)
        self._update_buttons()

    @staticmethod
    def title() -> str:
        """The tab's title in the session page."""
        return tr("&Teilnehmende")

    # -- SessionTab ----------------------------------------------------------------
    def set_session(self, session_id: str | None) -> None:
        self.session_id = session_id
        self.event_id = self.ctx.workshops.session_info(session_id).event_id if session_id else None
        self.reload()

    def set_phase(self, phase_id: str | None) -> None:
        """Participants belong to the event, not to a phase."""

    # -- view ---------------------------------------------------------------------
    def _changed(self, event_id: str) -> None:
        if event_id == self.event_id:
            self.reload()

    def reload(self) -> None:
        selected = self.current_id()
        self.list.clear()
        if self.event_id is None:
            self.heading.setText("")
            self._update_buttons()
            return
        event = self.ctx.workshops.event_info(self.event_id)
        people = self.model.participants(self.event_id)
        consenting = sum(1 for p in people if p.consent and p.consent.active)
        self.heading.setText(
            tr(
                "<b>Teilnehmende von „{0}“</b>: {1}, davon {2} mit Einwilligung für "
                "Kontaktdaten. Teilnehmende sind pseudonym; Beiträge sind mit keinem Namen "
                "verbunden, außer jemand möchte als Autor:in genannt werden."
            ).format(event.title.replace("<", "&lt;"), len(people), consenting)
        )
        needle = self.filter.text().strip().casefold()
        for person in people:
            row = self._row(person)
            if needle and not any(needle in cell.casefold() for cell in row):
                continue
            item = QTreeWidgetItem(row)
            item.setData(0, ROLE_ID, person.id)
            item.setTextAlignment(0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.list.addTopLevelItem(item)
            if person.id == selected:
                self.list.setCurrentItem(item)
        self._update_buttons()

    def _row(self, person: ParticipantInfo) -> list[str]:
        return [
            str(person.number),
            person.pseudonym,
            person.public_name or "",
            self._consent_text(person.consent),
        ]

    def _consent_text(self, consent: ConsentInfo | None) -> str:
        if consent is None:
            return tr("– (pseudonym, keine Kontaktdaten)")
        kinds = [
            label
            for label, value in (
                (tr("Name"), consent.name),
                (tr("E-Mail"), consent.email),
                (tr("Telefon"), consent.phone),
            )
            if value
        ]
        how = tr("Papier") if consent.method is ConsentMethod.PAPER else tr("Bildschirm")
        shown = (
            " · ".join(v for v in (consent.name, consent.email, consent.phone) if v)
            if self.reveal.isChecked()
            else ", ".join(kinds)
        )
        if consent.withdrawn_at is not None:
            return tr("widerrufen am {0} – {1} noch gespeichert (löschen?)").format(
                _date(consent.withdrawn_at), shown
            )
        return tr("{0} · Einwilligung vom {1} ({2}): {3}").format(
            shown, _date(consent.given_at), how, consent.purpose
        )

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(0, ROLE_ID)) if item is not None else None

    def current(self) -> ParticipantInfo | None:
        pid = self.current_id()
        if pid is None:
            return None
        try:
            return self.model.participant(pid)
        except CosmartError:
            return None

    def select(self, participant_id: str) -> None:
        for i in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(i)
            if item is not None and item.data(0, ROLE_ID) == participant_id:
                self.list.setCurrentItem(item)
                return

    def _update_buttons(self) -> None:
        person = self.current()
        has_event = self.event_id is not None
        consent = person.consent if person else None
        self.btn_add.setEnabled(has_event)
        self.btn_edit.setEnabled(person is not None)
        self.btn_remove.setEnabled(person is not None and not (consent and consent.has_contact))
        self.btn_consent.setEnabled(person is not None and not (consent and consent.active))
        self.btn_withdraw.setEnabled(consent is not None and consent.active)
        self.btn_erase.setEnabled(person is not None)
        for b in (self.btn_handouts, self.btn_pages):
            b.setEnabled(self.session_id is not None)
        self.btn_contacts.setEnabled(has_event)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    # -- edits (undoable) ----------------------------------------------------------
    def _push(self, command: CallCommand) -> bool:
        try:
            push(self._stack(), command)
        except CosmartError as exc:
            self.show_error(error_text(exc))
            return False
        self.show_error("")
        return True

    def add_participant(self) -> None:
        if self.event_id is None:
            return
        dialog = ParticipantDialog(None, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        event_id = self.event_id
        created: list[str] = []

        def do() -> None:
            if created:
                self.model.update(created[0], deleted=False)
            else:
                created.append(self.model.add(event_id, **values))

        if self._push(
            _Command(
                self,
                tr("Teilnehmende hinzufügen"),
                do,
                lambda: self.model.update(created[0], deleted=True),
            )
        ):
            self.select(created[0])

    def edit_participant(self) -> None:
        person = self.current()
        if person is None:
            return
        dialog = ParticipantDialog(person, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        new = dialog.values()
        old = {"pseudonym": person.pseudonym, "public_name": person.public_name}
        if new == old:
            return
        self._push(
            _Command(
                self,
                tr("Teilnehmende Nr. {0} bearbeiten").format(person.number),
                lambda: self.model.update(person.id, **new),
                lambda: self.model.update(person.id, **old),
            )
        )

    def remove_participant(self) -> None:
        person = self.current()
        if person is None:
            return
        self._push(
            _Command(
                self,
                tr("Teilnehmende Nr. {0} entfernen").format(person.number),
                lambda: self.model.update(person.id, deleted=True),
                lambda: self.model.update(person.id, deleted=False),
            )
        )

    def record_consent(self) -> None:
        person = self.current()
        if person is None:
            return
        dialog = ConsentDialog(person, self.ctx.settings, self.ctx.language.current, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        made: list[str] = []

        def do() -> None:
            made[:] = [self.model.record_consent(person.id, **values)]

        def undo() -> None:
            self.model.discard_consent(made[0], person.id)

        self._push(
            _Command(self, tr("Einwilligung von Nr. {0} erfassen").format(person.number), do, undo)
        )

    def withdraw_consent(self) -> None:
        person = self.current()
        if person is None or person.consent is None or not person.consent.active:
            return
        consent = person.consent
        self._push(
            _Command(
                self,
                tr("Einwilligung von Nr. {0} widerrufen").format(person.number),
                lambda: self.model.withdraw(consent),
                lambda: self.model.undo_withdrawal(consent),
            )
        )

    def erase_participant(self) -> None:
        """The one edit without undo: it asks first and says so."""
        person = self.current()
        if person is None:
            return
        dialog = EraseDialog(person, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self.model.erase(person.id, self.ctx.settings.get(RECORDER_NAME))
        except CosmartError as exc:
            self.show_error(error_text(exc))
            return
        self.show_error("")
        self.status(tr("Die Daten von {0} wurden gelöscht.").format(person.label))

    def status(self, message: str) -> None:
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(message, 8000)

    # -- outputs --------------------------------------------------------------------
    def show_handouts(self) -> None:
        if self.session_id is None:
            return
        from .handout_view import HandoutPreview  # reportlab: load when used

        HandoutPreview(self.ctx.workspace, self.ctx.settings, self.session_id, self).exec()

    def export_pages(self, folder: str | None = None) -> None:
        if self.session_id is None:
            return
        folder = folder or QFileDialog.getExistingDirectory(
            self, tr("Ordner für die Folgeseiten wählen")
        )
        if not folder:
            return
        ws, settings, sid = self.ctx.workspace, self.ctx.settings, self.session_id

        def work(report: Progress) -> dict[str, Any]:
            report(0, 1, tr("Erzeuge Folgeseiten …"))
            from ...services.export.participant_exports import export_followup_pages

            return export_followup_pages(ws, Path(folder), session_id=sid, settings=settings)

        self._run(
            work,
            lambda r: tr("{0} Folgeseiten in {1}").format(len(r["pages"]), folder),
        )

    def export_contacts(self, path: str | None = None) -> None:
        if self.event_id is None:
            return
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self,
                tr("Newsletter-Liste speichern (enthält Kontaktdaten)"),
                "kontakte.csv",
                tr("CSV-Dateien (*.csv)"),
            )
        if not path:
            return
        ws, eid, target = self.ctx.workspace, self.event_id, Path(path)

        def work(report: Progress) -> dict[str, Any]:
            report(0, 1, tr("Exportiere …"))
            from ...services.export.participant_exports import export_contacts

            return export_contacts(ws, eid, target)

        self._run(work, lambda r: tr("{0} Kontakte in {1}").format(r["contacts"], path))

    def _run(
        self, work: Callable[[Progress], dict[str, Any]], done: Callable[[dict[str, Any]], str]
    ) -> None:
        def finished(result: object) -> None:
            assert isinstance(result, dict)
            self.show_error("")
            self.status(done(result))

        BackgroundOperation(
            self, tr("Export"), work, finished, lambda m: self.show_error(m)
        ).start()

    def add_export_actions(self, menu: QMenu) -> None:
        """The follow-up outputs in the main window's export menu."""
        for text, slot in (
            (tr("&Handzettel mit QR-Codes …"), self.show_handouts),
            (tr("&Folgeseiten (HTML) …"), self.export_pages),
            (tr("&Newsletter-Liste (CSV, Kontaktdaten) …"), self.export_contacts),
        ):
            action = QAction(text, menu)
            action.triggered.connect(lambda _c=False, f=slot: self._from_menu(f))
            menu.addAction(action)

    def _from_menu(self, slot: Callable[[], None]) -> None:
        if self.session_id is None:
            QMessageBox.information(self, tr("Export"), tr("Bitte zuerst eine Sitzung öffnen."))
            return
        slot()

    def edit_settings(self) -> None:
        FollowUpSettingsDialog(self.ctx.settings, self).exec()
