"""What the projector shows, chosen by the facilitator; shared by the
presenter window and the live preview in the main window."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QObject, Signal


class Mode(StrEnum):
    BOARD = "board"  # the running phase's board, read-only
    PHASE = "phase"  # phase title, guiding question and timer
    STATUS = "status"  # how many have voted (never what)
    RESULTS = "results"  # revealed results of a vote
    QR = "qr"  # the session's follow-up QR code
    BLACK = "black"

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    Mode.BOARD: "Pinnwand",
    Mode.PHASE: "Phase und Timer",
    Mode.STATUS: "Abstimmungsstand",
    Mode.RESULTS: "Ergebnis",
    Mode.QR: "QR-Code",
    Mode.BLACK: "Schwarz",
}


class PresenterState(QObject):
    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.mode = Mode.PHASE
        self.before_black = Mode.PHASE
        self.session_id: str | None = None
        self.round_id: str | None = None

    def set_mode(self, mode: Mode) -> None:
        mode = Mode(mode)
        if mode is Mode.BLACK and self.mode is not Mode.BLACK:
            self.before_black = self.mode
        if mode is not self.mode:
            self.mode = mode
            self.changed.emit()

    def toggle_black(self) -> None:
        self.set_mode(self.before_black if self.mode is Mode.BLACK else Mode.BLACK)

    def set_session(self, session_id: str | None) -> None:
        if session_id != self.session_id:
            self.session_id = session_id
            self.round_id = None
            self.changed.emit()

    def set_round(self, round_id: str | None) -> None:
        if round_id != self.round_id:
            self.round_id = round_id
            self.changed.emit()
