"""Qt face of the participant and erasure services: every change goes through
here and is announced, so the list and the dialogs stay projections of the
stored data."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from ...domain.consent import ConsentText
from ...domain.enums import ConsentMethod
from ...services.erasure import ErasureInfo, ErasureService
from ...services.participants import ConsentInfo, ParticipantInfo, ParticipantService
from ...storage.workspace import Workspace


class ParticipantModel(QObject):
    changed = Signal(str)  # event id

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.ws = workspace
        self.service = ParticipantService(workspace)
        self.erasure = ErasureService(workspace)

    # reads ------------------------------------------------------------------
    def participants(self, event_id: str) -> list[ParticipantInfo]:
        return self.service.list_participants(event_id)

    def participant(self, participant_id: str) -> ParticipantInfo:
        return self.service.get_participant(participant_id)

    # participants -------------------------------------------------------------
    def add(self, event_id: str, pseudonym: str = "", public_name: str | None = None) -> str:
        pid = self.service.add_participant(event_id, pseudonym, public_name=public_name)
        self.changed.emit(event_id)
        return pid

    def update(self, participant_id: str, **changes: Any) -> dict[str, Any]:
        old = self.service.update_participant(participant_id, **changes)
        self.changed.emit(self._event_of(participant_id))
        return old

    def _event_of(self, participant_id: str) -> str:
        return self.service.event_of(participant_id) or ""

    # consent ------------------------------------------------------------------
    def record_consent(
        self,
        participant_id: str,
        *,
        text: ConsentText,
        purpose: str,
        method: ConsentMethod,
        recorded_by: str,
        name: str,
        email: str,
        phone: str,
    ) -> str:
        consent_id = self.service.record_consent(
            participant_id,
            text=text,
            purpose=purpose,
            method=method,
            recorded_by=recorded_by,
            name=name,
            email=email,
            phone=phone,
        )
        self.changed.emit(self._event_of(participant_id))
        return consent_id

    def discard_consent(self, consent_id: str, participant_id: str) -> None:
        self.service.discard_consent(consent_id)
        self.changed.emit(self._event_of(participant_id))

    def withdraw(self, consent: ConsentInfo) -> None:
        self.service.withdraw_consent(consent.id)
        self.changed.emit(self._event_of(consent.participant_id))

    def undo_withdrawal(self, consent: ConsentInfo) -> None:
        self.service.undo_withdrawal(consent.id)
        self.changed.emit(self._event_of(consent.participant_id))

    # erasure (not undoable) ------------------------------------------------------
    def erase(self, participant_id: str, recorded_by: str) -> ErasureInfo:
        event_id = self._event_of(participant_id)
        info = self.erasure.erase_participant(participant_id, recorded_by)
        self.changed.emit(event_id)
        return info
