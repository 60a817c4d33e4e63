"""The Steckbrief format (DOMAIN.md): its fields, the Verwirklichungsphase
questions, the status workflow and the hints for missing fields (pure).

Labels are German source text; the ui layer translates them."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from typing import Any

from .enums import Priority, SteckbriefStatus
from .errors import Refused

#: the project grid of the Verwirklichungsphase, asked while the Steckbrief is written
PROMPTS: tuple[tuple[str, str], ...] = (
    ("anstossen", "Was anstoßen?"),
    ("anfangen", "Wie anfangen?"),
    ("helfer", "Wer hilft?"),
    ("ort", "Wo?"),
    ("erste_schritte", "Wann die ersten Schritte?"),
    ("wer_was", "Wer tut konkret was?"),
    ("weiterverfolgung", "Wie wird es weiterverfolgt?"),
)

#: partners by the Quintuple Helix
PARTNERS: tuple[tuple[str, str], ...] = (
    ("buergerschaft", "Bürgerschaft"),
    ("verwaltung", "Verwaltung"),
    ("wirtschaft", "Wirtschaft"),
    ("wissenschaft", "Wissenschaft"),
    ("umwelt", "Umwelt"),
)
RESOURCES: tuple[tuple[str, str], ...] = (
    ("investition", "Investition"),
    ("betrieb", "Betrieb"),
    ("personal", "Personal"),
    ("daten", "Daten"),
)
FINANCING: tuple[tuple[str, str], ...] = (
    ("eigen", "Eigenmittel"),
    ("fremd", "Fremdmittel"),
    ("foerder", "Fördermittel"),
)
#: the JSON fields and the keys they accept
PART_FIELDS: dict[str, tuple[tuple[str, str], ...]] = {
    "partners": PARTNERS,
    "resources": RESOURCES,
    "financing": FINANCING,
    "prompts": PROMPTS,
}

#: single-line text fields (≤ 300 characters)
LINE_FIELDS: dict[str, str] = {"title": "Titel", "lead": "Federführung", "maturity": "Reifegrad"}
#: multi-line text fields
TEXT_FIELDS: dict[str, str] = {
    "summary": "Kurzbeschreibung",
    "problem": "Problem / Ausgangslage",
    "goals": "Ziele und Wirkung",
    "target_groups": "Zielgruppen",
    "schedule": "Zeitplan / Meilensteine",
    "indicators": "Kennzahlen / Indikatoren",
    "risks": "Risiken inkl. Datenschutz",
    "transferability": "Übertragbarkeit / Open Source",
    "continuation": "Verstetigung nach der Förderung",
}
FIELD_LABELS: dict[str, str] = {
    **LINE_FIELDS,
    **TEXT_FIELDS,
    "leitthema_id": "Leitthema",
    "handlungsfeld_id": "Handlungsfeld",
    "districts": "Stadtteil(e)",
    "priority": "Priorität",
    "partners": "Partner",
    "resources": "Ressourcen",
    "financing": "Finanzierung",
    "prompts": "Fragen der Verwirklichungsphase",
    "status": "Status",
}

PRIORITY_LABELS: dict[str, str] = {
    Priority.HOCH.value: "hoch (sofort)",
    Priority.MITTEL.value: "mittel (Start binnen 2 Jahren)",
    Priority.NIEDRIG.value: "niedrig (binnen 4 Jahren)",
}
MATURITY_SUGGESTIONS = ("Idee", "Konzept", "Planung", "Pilot", "Umsetzung", "Regelbetrieb")

#: what a complete Steckbrief has; a draft may lack any of them (hints only)
RECOMMENDED: tuple[str, ...] = (
    "title",
    "summary",
    "leitthema_id",
    "handlungsfeld_id",
    "districts",
    "problem",
    "goals",
    "target_groups",
    "lead",
    "partners",
    "resources",
    "financing",
    "schedule",
    "priority",
    "indicators",
    "risks",
)


def _filled(value: Any) -> bool:
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, Mapping):
        return any(_filled(v) for v in value.values())
    if isinstance(value, list | tuple):
        return any(_filled(v) for v in value)
    return value is not None


def missing_fields(values: Mapping[str, Any]) -> list[str]:
    """The recommended fields still empty, in form order (keys of FIELD_LABELS)."""
    return [key for key in RECOMMENDED if not _filled(values.get(key))]


# -- status workflow -----------------------------------------------------------
S = SteckbriefStatus
TRANSITIONS: dict[SteckbriefStatus, frozenset[SteckbriefStatus]] = {
    S.ENTWURF: frozenset({S.EINGEREICHT, S.ZURUECKGESTELLT}),
    S.EINGEREICHT: frozenset({S.ENTWURF, S.BEWERTET, S.ZURUECKGESTELLT}),
    S.BEWERTET: frozenset({S.EINGEREICHT, S.PRIORISIERT, S.ZURUECKGESTELLT}),
    S.PRIORISIERT: frozenset({S.BEWERTET, S.IN_UMSETZUNG, S.ZURUECKGESTELLT}),
    S.IN_UMSETZUNG: frozenset({S.PRIORISIERT, S.ZURUECKGESTELLT}),
    S.ZURUECKGESTELLT: frozenset({S.ENTWURF, S.EINGEREICHT, S.BEWERTET, S.PRIORISIERT}),
}


def check_transition(
    old: SteckbriefStatus,
    new: SteckbriefStatus,
    *,
    title: str,
    rated: bool,
    ko_failed: bool,
) -> None:
    """Refuse a status change the workflow does not allow (one clear line)."""
    if old == new:
        return
    if new not in TRANSITIONS[old]:
        raise Refused(
            "the status cannot change from “{old}” to “{new}”", old=old.label, new=new.label
        )
    if new is S.EINGEREICHT and not title.strip():
        raise Refused("a Steckbrief without a title cannot be submitted")
    if new is S.BEWERTET and not rated:
        raise Refused("“bewertet” needs at least one rating")
    if new in (S.PRIORISIERT, S.IN_UMSETZUNG) and ko_failed:
        raise Refused("a K.O. criterion is not met; the Steckbrief cannot be prioritised")


def parse_status(value: str) -> SteckbriefStatus:
    """A status from its stored value or its German label (case-insensitive)."""
    wanted = fold(value)
    for status in SteckbriefStatus:
        if wanted in (fold(status.value), fold(status.label)):
            return status
    raise Refused("unknown status “{value}”", value=value)


def parse_priority(value: str) -> str:
    """'' or a Priority value, from German or English words."""
    wanted = fold(value)
    if not wanted:
        return ""
    aliases = {
        "hoch": Priority.HOCH,
        "high": Priority.HOCH,
        "sofort": Priority.HOCH,
        "mittel": Priority.MITTEL,
        "medium": Priority.MITTEL,
        "niedrig": Priority.NIEDRIG,
        "low": Priority.NIEDRIG,
        "gering": Priority.NIEDRIG,
    }
    for alias, priority in aliases.items():
        if wanted == alias or wanted.startswith(alias + " "):
            return priority.value
    raise Refused("unknown priority “{value}” (hoch, mittel or niedrig)", value=value)


def fold(text: str) -> str:
    """Lower case, umlauts spelled out, punctuation and spacing collapsed to one space."""
    text = text.strip().casefold()
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        text = text.replace(a, b)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.sub(r"[^0-9a-z]+", " ", text).strip()
