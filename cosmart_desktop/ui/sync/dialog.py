"""The Sync dialog: where the shared store is, a connection test, the sync
itself with progress (``ui.tasks.BackgroundOperation``) and its summary.

The password is typed here or taken from the system keyring; it is kept in the
keyring only when asked to, and never in the settings (``SYNC_STORE`` holds
the address without it) or in any message."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import CosmartError
from ...services.settings import SYNC_STORE
from ...services.sync import HubStore, StoreAddress, SyncSummary, parse_address
from ...services.sync import sync_workspace as run_sync
from ...services.sync.credentials import keyring_available, store_password, stored_password
from ..context import AppContext
from ..i18n import error_text, tr
from ..tasks import BackgroundOperation, Progress

_STEPS = {
    "connecting": "Verbinde mit dem Speicher …",
    "pushing": "Sende Änderungen …",
    "pulling": "Empfange Änderungen …",
    "done": "Fertig",
}


def step_text(label: str) -> str:
    """The German progress text for a step reported by the sync service."""
    for key, text in _STEPS.items():
        if label.startswith(key):
            return tr(text)
    return label


class SyncDialog(QDialog):
    synced = Signal(object)  # SyncSummary
    conflictsRequested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("SyncDialog")
        self.setWindowTitle(tr("Synchronisieren"))
        self.setMinimumWidth(560)
        self.summary: SyncSummary | None = None
        self._build()
        self.address.setText(ctx.settings.get(SYNC_STORE))
        self.address.setCursorPosition(0)
        self._address_changed()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "Alle Änderungen dieses Laptops werden in den gemeinsamen Speicher gesendet "
                "und die der anderen Laptops empfangen. PostgreSQL für mehrere Rechner, "
                "oder eine SQLite-Datei auf einer lokalen Festplatte."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.address = QLineEdit()
        self.address.setObjectName("syncAddress")
        self.address.setPlaceholderText("postgresql+psycopg://benutzer@server/datenbank")
        self.address.setAccessibleName(tr("Adresse des gemeinsamen Speichers"))
        self.address.textChanged.connect(self._address_changed)
        browse = QPushButton(tr("&Datei wählen …"))
        browse.setAccessibleName(tr("SQLite-Datei als Speicher wählen"))
        browse.clicked.connect(self._choose_file)
        row = QHBoxLayout()
        row.addWidget(self.address, 1)
        row.addWidget(browse)
        address_label = QLabel(tr("&Speicher:"))
        address_label.setBuddy(self.address)
        form.addRow(address_label, row)
        self.password = QLineEdit()
        self.password.setObjectName("syncPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(tr("Passwort für den Speicher"))
        password_label = QLabel(tr("&Passwort:"))
        password_label.setBuddy(self.password)
        form.addRow(password_label, self.password)
        self.remember = QCheckBox(tr("Passwort im &Schlüsselbund des Systems merken"))
        if not keyring_available():
            self.remember.setEnabled(False)
            self.remember.setToolTip(
                tr("Kein Schlüsselbund verfügbar: das Passwort wird jedes Mal erfragt.")
            )
        form.addRow("", self.remember)
        layout.addLayout(form)

        self.status = QLabel("")
        self.status.setObjectName("syncStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setAccessibleName(tr("Ergebnis"))
        layout.addWidget(self.status)
        self.numbers = QFormLayout()
        self.pushed = QLabel("–")
        self.pulled = QLabel("–")
        self.conflicts = QLabel("–")
        self.refused = QLabel("–")
        self.numbers.addRow(tr("Gesendet:"), self.pushed)
        self.numbers.addRow(tr("Empfangen:"), self.pulled)
        self.numbers.addRow(tr("Neue Konflikte:"), self.conflicts)
        self.numbers.addRow(tr("Abgelehnt:"), self.refused)
        layout.addLayout(self.numbers)

        buttons = QDialogButtonBox()
        self.test_button = buttons.addButton(
            tr("Verbindung &testen"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.sync_button = buttons.addButton(
            tr("&Synchronisieren"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.conflict_button = buttons.addButton(
            tr("&Konflikte anzeigen …"), QDialogButtonBox.ButtonRole.ActionRole
        )
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.sync_button.setDefault(True)
        self.sync_button.setShortcut(QKeySequence("Ctrl+Return"))
        self.test_button.clicked.connect(self.test_connection)
        self.sync_button.clicked.connect(self.start_sync)
        self.conflict_button.clicked.connect(self.conflictsRequested.emit)
        close.clicked.connect(self.reject)
        layout.addWidget(buttons)

    # -- address and password ---------------------------------------------------
    def _address_changed(self) -> None:
        text = self.address.text().strip()
        is_pg = text.startswith(("postgresql", "postgres"))
        self.password.setEnabled(is_pg or not text)
        self.remember.setEnabled(is_pg and keyring_available())

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            tr("Gemeinsamen Speicher wählen"),
            "cosmart-speicher.sqlite",
            tr("SQLite-Dateien (*.sqlite *.db)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.address.setText(f"sqlite:///{Path(path).absolute()}")

    def _address(self) -> StoreAddress | None:
        try:
            address = parse_address(self.address.text())
        except CosmartError as exc:
            self._show_error(error_text(exc))
            return None
        password = self.password.text() or stored_password(address) or address.password
        return address.with_password(password) if password else address

    def _remember(self, address: StoreAddress) -> None:
        self.ctx.settings.set(SYNC_STORE, address.without_password)
        if self.remember.isChecked() and self.password.text():
            store_password(address, self.password.text())

    def _show_error(self, message: str) -> None:
        self.status.setText(tr("Nicht möglich: {0}").format(message))
        self.status.setProperty("state", "error")

    def _busy(self, busy: bool) -> None:
        for button in (self.test_button, self.sync_button):
            button.setEnabled(not busy)

    # -- connection test ---------------------------------------------------------
    def test_connection(self) -> None:
        address = self._address()
        if address is None:
            return

        def work(report: Progress) -> dict[str, Any]:
            report(0, 0, "connecting")
            if address.path is not None and not address.path.exists():
                return {"kind": "sqlite", "new": True, "changes": 0, "sites": 0}
            with HubStore(address).open(create=False) as hub:
                return hub.describe()

        self._busy(True)
        BackgroundOperation(
            self, tr("Verbindung testen"), self._wrap(work), self._tested, self._failed
        ).start()

    def _tested(self, info: object) -> None:
        self._busy(False)
        assert isinstance(info, dict)
        if info.get("new"):
            text = tr(
                "Verbunden. Der Speicher ist noch leer und wird beim ersten "
                "Synchronisieren angelegt."
            )
        else:
            text = tr("Verbunden ({0}): {1} Änderungen von {2} Laptops im Speicher.").format(
                info.get("server", info.get("kind", "")),
                info.get("changes", 0),
                info.get("sites", 0),
            )
        self.status.setText(text)
        self.status.setProperty("state", "ok")

    # -- sync ------------------------------------------------------------------
    def start_sync(self) -> None:
        address = self._address()
        if address is None:
            return
        ws = self.ctx.workspace

        def work(report: Progress) -> SyncSummary:
            return run_sync(ws, address, progress=report)

        self._pending_address = address
        self._busy(True)
        self.status.setText(step_text("connecting"))
        BackgroundOperation(
            self, tr("Synchronisieren"), self._wrap(work), self._done, self._failed
        ).start()

    @staticmethod
    def _wrap(work: Any) -> Any:
        def run(report: Progress) -> Any:
            return work(lambda d, t, label: report(d, t, step_text(label)))

        return run

    def _done(self, result: object) -> None:
        self._busy(False)
        assert isinstance(result, SyncSummary)
        self.summary = result
        self._remember(self._pending_address)
        self.pushed.setText(str(result.pushed))
        self.pulled.setText(str(result.pulled))
        self.conflicts.setText(str(result.conflicts))
        self.refused.setText(str(result.refused))
        lines = [tr("Synchronisiert mit {0}.").format(result.store)]
        if result.open_conflicts:
            lines.append(tr("{0} Konflikte warten auf Durchsicht.").format(result.open_conflicts))
        lines.extend(result.reasons[:5])
        self.status.setText("\n".join(lines))
        self.status.setProperty("state", "ok")
        self.synced.emit(result)

    def _failed(self, message: str) -> None:
        self._busy(False)
        self._show_error(message)


__all__ = ["SyncDialog", "step_text"]
