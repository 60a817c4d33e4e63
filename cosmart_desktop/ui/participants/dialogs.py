"""Dialogs of the participants area: a participant (number, nickname, named as
author?), the consent to store contact data, the erasure confirmation and the
follow-up address settings."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...domain.consent import (
    ConsentText,
    clean_email,
    clean_person_name,
    clean_phone,
    clean_purpose,
    consent_text,
    purposes,
)
from ...domain.enums import ConsentMethod
from ...domain.errors import Refused
from ...services.followup import check_url_template, new_token
from ...services.participants import ParticipantInfo, clean_pseudonym, clean_public_name
from ...services.settings import FOLLOWUP_URL, OFFICE, RECORDER_NAME, Settings
from ..i18n import error_text, tr

ERROR_STYLE = "color:#b00020;"


def _error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def _ok_cancel(dialog: QDialog, ok_text: str | None = None) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    if ok_text:
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.rejected.connect(dialog.reject)
    return buttons


class ParticipantDialog(QDialog):
    """Nickname and, only if the person asks for it, the name to be named as author."""

    def __init__(self, person: ParticipantInfo | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            tr("Teilnehmende bearbeiten") if person else tr("Teilnehmende hinzufügen")
        )
        self.pseudonym = QLineEdit(self)
        self.pseudonym.setMaxLength(120)
        self.pseudonym.setPlaceholderText(tr("frei lassen oder Spitzname, z. B. „Radlerin“"))
        self.pseudonym.setAccessibleName(tr("Pseudonym"))
        self.named = QCheckBox(tr("möchte als Autor:in ihrer Beiträge &genannt werden"), self)
        self.public_name = QLineEdit(self)
        self.public_name.setMaxLength(200)
        self.public_name.setAccessibleName(tr("Name als Autor:in"))
        self.public_name.setEnabled(False)
        self.named.toggled.connect(self.public_name.setEnabled)
        hint = QLabel(
            tr(
                "Teilnehmende bleiben pseudonym: eine Nummer und, wer mag, ein Spitzname. "
                "Ein Name wird nur gespeichert, wenn die Person ausdrücklich als Autor:in "
                "genannt werden möchte."
            ),
            self,
        )
        hint.setWordWrap(True)
        form = QFormLayout()
        if person is not None:
            form.addRow(tr("Nummer:"), QLabel(str(person.number), self))
        form.addRow(tr("&Pseudonym:"), self.pseudonym)
        form.addRow("", self.named)
        form.addRow(tr("&Name als Autor:in:"), self.public_name)
        self.error = _error_label(self)
        buttons = _ok_cancel(self)
        buttons.accepted.connect(self._accept)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        if person is not None:
            self.pseudonym.setText(person.pseudonym)
            if person.public_name:
                self.named.setChecked(True)
                self.public_name.setText(person.public_name)

    def _accept(self) -> None:
        try:
            self.values()
            if self.named.isChecked() and not self.public_name.text().strip():
                raise Refused(tr("Bitte den Namen eintragen, unter dem die Person genannt wird."))
        except Refused as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            return
        self.accept()

    def values(self) -> dict[str, Any]:
        return {
            "pseudonym": clean_pseudonym(self.pseudonym.text()),
            "public_name": clean_public_name(self.public_name.text())
            if self.named.isChecked()
            else None,
        }


class ConsentDialog(QDialog):
    """Record contact data together with the consent that allows it."""

    def __init__(
        self,
        person: ParticipantInfo,
        settings: Settings,
        lang: str = "de",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Einwilligung erfassen – {0}").format(person.label))
        self.setObjectName("ConsentDialog")
        self._office = settings.get(OFFICE)
        self._lang = lang
        self.purpose = QComboBox(self)
        self.purpose.setEditable(True)
        self.purpose.addItems(purposes(lang))
        self.purpose.setAccessibleName(tr("Zweck"))
        self.paper = QRadioButton(tr("auf &Papier unterschrieben"), self)
        self.on_screen = QRadioButton(tr("am &Bildschirm bestätigt"), self)
        self.paper.setChecked(True)
        self._method = QButtonGroup(self)
        self._method.addButton(self.paper)
        self._method.addButton(self.on_screen)
        method_row = QHBoxLayout()
        method_row.addWidget(self.paper)
        method_row.addWidget(self.on_screen)
        method_row.addStretch(1)
        self.text = QTextBrowser(self)
        self.text.setAccessibleName(tr("Einwilligungstext"))
        self.text.setMinimumHeight(150)
        self.version = QLabel(self)
        self.version.setStyleSheet("color:#56616b;")
        self.version.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.name = QLineEdit(self)
        self.name.setMaxLength(200)
        self.name.setAccessibleName(tr("Name"))
        self.email = QLineEdit(self)
        self.email.setMaxLength(320)
        self.email.setAccessibleName(tr("E-Mail"))
        self.email.setPlaceholderText("name@example.org")
        self.phone = QLineEdit(self)
        self.phone.setMaxLength(64)
        self.phone.setAccessibleName(tr("Telefon"))
        self.recorder = QLineEdit(settings.get(RECORDER_NAME), self)
        self.recorder.setMaxLength(200)
        self.recorder.setAccessibleName(tr("Erfasst von"))
        self.agreed = QCheckBox(tr("&Die Person hat den Text gelesen und eingewilligt."), self)
        form = QFormLayout()
        form.addRow(tr("&Zweck:"), self.purpose)
        form.addRow(tr("Einwilligung:"), method_row)
        form.addRow(tr("&Name:"), self.name)
        form.addRow(tr("&E-Mail:"), self.email)
        form.addRow(tr("&Telefon:"), self.phone)
        form.addRow(tr("Erfasst &von:"), self.recorder)
        self.error = _error_label(self)
        self.buttons = _ok_cancel(self, tr("Einwilligung speichern"))
        self.buttons.accepted.connect(self._accept)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(False)
        self.agreed.toggled.connect(self.ok.setEnabled)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(tr("Einwilligungstext (so wie gezeigt gespeichert):"), self))
        layout.addWidget(self.text, 1)
        layout.addWidget(self.version)
        layout.addWidget(self.agreed)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.purpose.currentTextChanged.connect(lambda _t: self._show_text())
        self._show_text()
        self.resize(620, 640)
        self.name.setFocus()

    def consent(self) -> ConsentText:
        return consent_text(self._office, self.purpose.currentText(), self._lang)

    def _show_text(self) -> None:
        text = self.consent()
        self.text.setPlainText(text.text)
        self.version.setText(
            tr("Version {0} · SHA-256 {1}…").format(text.version, text.sha256[:16])
        )

    def method(self) -> ConsentMethod:
        return ConsentMethod.SCREEN if self.on_screen.isChecked() else ConsentMethod.PAPER

    def values(self) -> dict[str, Any]:
        """Checked values for ``ParticipantService.record_consent`` (raises Refused)."""
        values = {
            "name": clean_person_name(self.name.text()),
            "email": clean_email(self.email.text()),
            "phone": clean_phone(self.phone.text()),
        }
        if not any(values.values()):
            raise Refused(tr("Bitte Name, E-Mail oder Telefon eintragen."))
        if not self.recorder.text().strip():
            raise Refused(tr("Bitte eintragen, wer die Einwilligung erfasst."))
        return {
            **values,
            "purpose": clean_purpose(self.purpose.currentText()),
            "text": self.consent(),
            "method": self.method(),
            "recorded_by": self.recorder.text().strip(),
        }

    def _accept(self) -> None:
        if not self.agreed.isChecked():
            return
        try:
            self.values()
        except Refused as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            return
        self.accept()


class EraseDialog(QDialog):
    """Confirmation of an erasure: the one action without undo."""

    def __init__(self, person: ParticipantInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Daten endgültig löschen"))
        self.setObjectName("EraseDialog")
        heading = QLabel(
            tr("Alle personenbezogenen Daten von {0} löschen?").format(person.label), self
        )
        heading.setStyleSheet("font-weight:bold;font-size:12pt;")
        heading.setWordWrap(True)
        details = QLabel(
            tr(
                "Gelöscht werden Name, E-Mail und Telefon, der Spitzname und die Nennung als "
                "Autor:in. Beiträge (Karten, Punkte, Steckbriefe) bleiben ohne Namen erhalten."
                "\n\nDas Löschen kann NICHT rückgängig gemacht werden – es ist die einzige "
                "Aktion der Werkstatt ohne „Rückgängig“. Festgehalten wird nur, dass und wann "
                "gelöscht wurde (ohne personenbezogene Daten), damit die Löschung auch nach "
                "einer Synchronisation und nach dem Wiederherstellen einer Sicherung gilt."
            ),
            self,
        )
        details.setWordWrap(True)
        self.understood = QCheckBox(
            tr("Ich habe verstanden, dass dies nicht rückgängig gemacht werden kann."), self
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.erase_button = QPushButton(tr("Endgültig &löschen"), self)
        self.erase_button.setEnabled(False)
        self.erase_button.setAutoDefault(False)
        self.erase_button.setStyleSheet("QPushButton:enabled{color:#b00020;font-weight:bold;}")
        buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        self.understood.toggled.connect(self.erase_button.setEnabled)
        self.erase_button.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(details)
        layout.addWidget(self.understood)
        layout.addWidget(buttons)
        self.resize(520, 300)


class FollowUpSettingsDialog(QDialog):
    """City settings for follow-ups: the address template, the office, the recorder."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Folge-Adresse und Einwilligungen"))
        self.settings = settings
        self.template = QLineEdit(settings.get(FOLLOWUP_URL), self)
        self.template.setAccessibleName(tr(FOLLOWUP_URL.label))
        self.example = QLabel(self)
        self.example.setStyleSheet("color:#56616b;")
        self.example.setWordWrap(True)
        self.office = QLineEdit(settings.get(OFFICE), self)
        self.office.setAccessibleName(tr(OFFICE.label))
        self.recorder = QLineEdit(settings.get(RECORDER_NAME), self)
        self.recorder.setAccessibleName(tr(RECORDER_NAME.label))
        form = QFormLayout()
        form.addRow(tr("Folge-&Adresse:"), self.template)
        form.addRow("", self.example)
        form.addRow(tr("Organisierende &Stelle:"), self.office)
        form.addRow(tr("&Erfasst von (dieser Laptop):"), self.recorder)
        hint = QLabel(
            tr(
                "{token} wird durch eine Zufallskennung ersetzt (128 Bit) – ohne Namen, "
                "ohne Bezug zu Personen. Unter dieser Adresse veröffentlicht die Stadt die "
                "exportierten Folgeseiten."
            ),
            self,
        )
        hint.setWordWrap(True)
        self.error = _error_label(self)
        buttons = _ok_cancel(self)
        buttons.accepted.connect(self._accept)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._sample = new_token()
        self.template.textChanged.connect(lambda _t: self._show_example())
        self._show_example()
        self.resize(620, 260)

    def _show_example(self) -> None:
        try:
            url = check_url_template(self.template.text()).replace("{token}", self._sample)
        except Refused as exc:
            self.example.setText(error_text(exc))
            return
        self.example.setText(tr("Beispiel: {0}").format(url))

    def _accept(self) -> None:
        try:
            template = check_url_template(self.template.text())
            office = self.office.text().strip()
            if not office:
                raise Refused(tr("Bitte die organisierende Stelle eintragen."))
        except Refused as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            return
        self.settings.set(FOLLOWUP_URL, template)
        self.settings.set(OFFICE, office)
        self.settings.set(RECORDER_NAME, self.recorder.text().strip())
        self.accept()
