"""Closed vocabularies of the domain. Values are stored in the database and in
JSON exports, so they never change; labels are German (the default UI language)
and are translated by the ui layer."""

from __future__ import annotations

from enum import StrEnum


class SessionFormat(StrEnum):
    ZUKUNFTSWERKSTATT = "zukunftswerkstatt"
    DENKLABOR = "denklabor"
    BUERGERRAT = "buergerrat"
    FREE = "free"

    @property
    def label(self) -> str:
        return _FORMAT_LABELS[self]


_FORMAT_LABELS = {
    SessionFormat.ZUKUNFTSWERKSTATT: "Zukunftswerkstatt",
    SessionFormat.DENKLABOR: "Denklabor",
    SessionFormat.BUERGERRAT: "Bürgerrat",
    SessionFormat.FREE: "Freies Format",
}


class CardOrigin(StrEnum):
    TYPED = "typed"  # typed live during the session
    TRANSCRIBED = "transcribed"  # transcribed from a paper card
    IMPORTED = "imported"  # imported from a file
    CARRIED = "carried"  # carried forward from an earlier phase

    @property
    def label(self) -> str:
        return {
            CardOrigin.TYPED: "live getippt",
            CardOrigin.TRANSCRIBED: "von Papier übertragen",
            CardOrigin.IMPORTED: "importiert",
            CardOrigin.CARRIED: "aus voriger Phase übernommen",
        }[self]


class VoteMethod(StrEnum):
    DOTS = "dots"  # Punkten
    APPROVAL = "approval"  # Zustimmung in Prozent
    RESISTANCE = "resistance"  # Widerstandsabfrage
    CONSENSUS = "consensus"  # Konsensstufen

    @property
    def label(self) -> str:
        return {
            VoteMethod.DOTS: "Punkten",
            VoteMethod.APPROVAL: "Zustimmung",
            VoteMethod.RESISTANCE: "Widerstandsabfrage",
            VoteMethod.CONSENSUS: "Konsensstufen",
        }[self]


class VoteEntry(StrEnum):
    TALLY = "tally"  # counted paper dots typed in by the facilitator
    KIOSK = "kiosk"  # voters at the laptop, one after another


class SteckbriefStatus(StrEnum):
    ENTWURF = "entwurf"
    EINGEREICHT = "eingereicht"
    BEWERTET = "bewertet"
    PRIORISIERT = "priorisiert"
    IN_UMSETZUNG = "in_umsetzung"
    ZURUECKGESTELLT = "zurueckgestellt"

    @property
    def label(self) -> str:
        return {
            SteckbriefStatus.ENTWURF: "Entwurf",
            SteckbriefStatus.EINGEREICHT: "eingereicht",
            SteckbriefStatus.BEWERTET: "bewertet",
            SteckbriefStatus.PRIORISIERT: "priorisiert",
            SteckbriefStatus.IN_UMSETZUNG: "in Umsetzung",
            SteckbriefStatus.ZURUECKGESTELLT: "zurückgestellt",
        }[self]


class Priority(StrEnum):
    HOCH = "hoch"  # sofort
    MITTEL = "mittel"  # Start binnen 2 Jahren
    NIEDRIG = "niedrig"  # binnen 4 Jahren


class CriterionKind(StrEnum):
    KO = "ko"  # must hold (pass / fail)
    SCORED = "scored"  # 0-5 with a weight


class ConsentMethod(StrEnum):
    PAPER = "paper"
    SCREEN = "screen"


class FollowUpTarget(StrEnum):
    SESSION = "session"
    STECKBRIEF = "steckbrief"


PROCESS_STEP_LABELS = {
    1: "Situationsanalyse",
    2: "Bild der digitalen Stadt von morgen (Vision)",
    3: "Leitthemen, strategische Ziele und Handlungsfelder",
    4: "Wege zur Umsetzung – Projekte und Maßnahmen",
    5: "Organisation der Umsetzung",
}
