"""Demo Steckbriefe: realistic measures from the demo events, rated by two
raters, with statuses spread over the workflow. Where the board or the vote
demo made a fitting cluster, card or vote option, the Steckbrief is linked to it."""

from __future__ import annotations

import random
import re
from typing import Any

from sqlalchemy import select

from ...domain.enums import CriterionKind, SessionFormat, SteckbriefStatus
from ...domain.steckbrief import fold
from ...storage.models import Card, Cluster, Phase, VoteOption, VoteRound
from ...storage.workspace import Workspace
from ..catalogue import CatalogueService
from ..steckbrief import SteckbriefService
from ..strategy import StrategyService
from .workshops import DemoEvents

RATERS = ("Projektbüro Smart City", "Smart Kassel-Council")

_S = SteckbriefStatus
F = SessionFormat
#: (format, status, ratings by how many raters, fields, words to find an origin)
_MEASURES: list[tuple[SessionFormat, SteckbriefStatus, int, dict[str, Any], tuple[str, ...]]] = [
    (
        F.DENKLABOR,
        _S.PRIORISIERT,
        2,
        {
            "title": "Mobilitätsstation am Bahnhof Oberzwehren",
            "summary": "Leihräder, Lastenräder, E-Carsharing und Bus an einem Ort, mit "
            "digitaler Anzeige der nächsten Abfahrten und freien Fahrzeuge.",
            "field": "Sharing-Angebote",
            "districts": ["Oberzwehren", "Niederzwehren"],
            "problem": "Der Bahnhof ist schlecht an die Wohngebiete angebunden; wer kein Auto "
            "hat, kommt abends kaum weiter.",
            "goals": "Weniger Autofahrten im Quartier, sichere Umstiege, ein Treffpunkt "
            "mit Aufenthaltsqualität.",
            "target_groups": "Pendelnde, Jugendliche, Familien ohne Auto, ältere Menschen",
            "lead": "Stadt Kassel, Straßenverkehrs- und Tiefbauamt",
            "partners": {
                "buergerschaft": "Ortsbeirat Oberzwehren, Stadtteilverein",
                "verwaltung": "Amt für Verkehr",
                "wirtschaft": "KVG, lokale Sharing-Anbieter",
                "wissenschaft": "Universität Kassel, Fachgebiet Verkehrsplanung",
            },
            "resources": {
                "investition": "ca. 450.000 €",
                "betrieb": "ca. 35.000 € pro Jahr",
                "daten": "Echtzeitdaten des Nahverkehrs, Belegung der Stellplätze",
            },
            "financing": {"eigen": "20 %", "foerder": "Modellprojekte Smart Cities (80 %)"},
            "schedule": "2027: Planung und Beteiligung · 2028: Bau · 2029: Evaluation",
            "priority": "hoch",
            "maturity": "Konzept",
            "indicators": "Ausleihen pro Monat, Anteil des Umweltverbunds am Modal Split",
            "risks": "Vandalismus; Datenschutz bei Ausleihdaten (nur anonymisiert auswerten)",
            "transferability": "Baukasten für weitere Stationen; offene Schnittstellen (GBFS)",
            "continuation": "Betrieb durch die KVG nach der Förderphase",
            "prompts": {
                "anstossen": "Eine Mobilitätsstation als Pilot",
                "anfangen": "Standortbegehung mit dem Ortsbeirat",
                "helfer": "KVG, Stadtteilverein, Jugendzentrum",
                "ort": "Vorplatz Bahnhof Oberzwehren",
                "erste_schritte": "Frühjahr 2027",
                "wer_was": "Projektbüro lädt ein; KVG prüft Flächen",
                "weiterverfolgung": "Bericht im Ortsbeirat nach sechs Monaten",
            },
        },
        ("busse fahren", "bahnhof", "radwege"),
    ),
    (
        F.BUERGERRAT,
        _S.BEWERTET,
        2,
        {
            "title": "Digitale Stadtteilkarte Wesertor",
            "summary": "Eine offene Karte mit Treffpunkten, Angeboten, barrierefreien Wegen "
            "und Baustellen, gepflegt von Vereinen und Verwaltung.",
            "field": "Nachbarschaft und Teilhabe",
            "districts": ["Wesertor"],
            "problem": "Angebote im Quartier sind verstreut und oft nur einsprachig bekannt.",
            "goals": "Mehr Teilhabe, mehrsprachige Information, weniger Wege ins Leere.",
            "target_groups": "Neu Zugezogene, Familien, Menschen mit Einschränkungen",
            "lead": "Quartiersmanagement Wesertor",
            "partners": {
                "buergerschaft": "Vereine und Initiativen im Wesertor",
                "verwaltung": "Vermessung und Geoinformation",
            },
            "resources": {"personal": "0,5 Stelle Redaktion", "daten": "Open Data der Stadt"},
            "financing": {"eigen": "Quartiersbudget", "fremd": "Stiftung"},
            "schedule": "Pilot in sechs Monaten, Übersetzungen im zweiten Jahr",
            "priority": "mittel",
            "maturity": "Idee",
            "indicators": "Einträge, Aufrufe, Sprachen",
            "risks": "Aktualität der Einträge; keine personenbezogenen Daten auf der Karte",
            "transferability": "Open Source, für alle Stadtteile nutzbar",
        },
        ("stadtteilkarte", "offene daten"),
    ),
    (
        F.ZUKUNFTSWERKSTATT,
        _S.IN_UMSETZUNG,
        2,
        {
            "title": "Sensoren für Stadtbäume",
            "summary": "Bodenfeuchtesensoren an Straßenbäumen melden, wann gegossen werden "
            "muss; Patenschaften aus der Nachbarschaft gießen gezielt.",
            "field": "Grünflächen und Wasser",
            "districts": ["Mitte", "Vorderer Westen", "Bettenhausen"],
            "problem": "In heißen Sommern vertrocknen junge Bäume, obwohl Wasser da wäre.",
            "goals": "Weniger Baumverluste, gezieltes Gießen, Daten für die Klimaanpassung",
            "target_groups": "Baumpatinnen und -paten, Umwelt- und Gartenamt",
            "lead": "Umwelt- und Gartenamt",
            "partners": {
                "buergerschaft": "Gießpatenschaften",
                "wissenschaft": "Universität Kassel, Fachgebiet Landschaftsbau",
                "umwelt": "Naturschutzbeirat",
            },
            "resources": {
                "investition": "200 Sensoren à 150 €",
                "daten": "LoRaWAN der Städtischen Werke",
            },
            "financing": {"foerder": "Klimaanpassung Förderprogramm"},
            "schedule": "Sommer 2027: 50 Bäume · 2028: 200 Bäume",
            "priority": "hoch",
            "maturity": "Pilot",
            "indicators": "Bäume mit Bodenfeuchtesensoren; Anteil vertrockneter Jungbäume",
            "risks": "Diebstahl der Sensoren; Funkabdeckung",
            "transferability": "Offene Daten auf der urbanen Datenplattform",
            "continuation": "Betrieb durch das Umwelt- und Gartenamt",
        },
        ("baum", "baeume", "luftqualitaet", "hitze"),
    ),
    (
        F.DENKLABOR,
        _S.EINGEREICHT,
        1,
        {
            "title": "Echtzeitanzeigen an allen Haltestellen in Oberzwehren",
            "summary": "Anzeigen mit den nächsten Abfahrten auch an kleinen Haltestellen, "
            "mit Vorlesefunktion.",
            "field": "Vernetzter öffentlicher Nahverkehr",
            "districts": ["Oberzwehren"],
            "lead": "KVG",
            "priority": "mittel",
        },
        ("fahrplanauskunft", "haltestelle", "abfahrt"),
    ),
    (
        F.FREE,
        _S.ENTWURF,
        0,
        {
            "title": "Offenes WLAN im Stadtteiltreff Kirchditmold",
            "summary": "Freies WLAN und zwei Leihgeräte für Sprechstunden und Kurse.",
            "field": "Breitband und öffentliches WLAN",
            "districts": ["Kirchditmold"],
        },
        ("wlan", "internet"),
    ),
    (
        F.BUERGERRAT,
        _S.ZURUECKGESTELLT,
        2,
        {
            "title": "Digitale Bürgersprechstunde per Video",
            "summary": "Sprechstunden der Verwaltung per Video aus dem Stadtteilzentrum.",
            "field": "Lernorte und Bildungsangebote",
            "districts": ["Wesertor", "Nord-Holland"],
            "lead": "Bürgeramt",
            "priority": "niedrig",
            "risks": "Datenschutz bei Videoberatung; Barrierefreiheit",
        },
        ("sprechstunden", "sprechstunde"),
    ),
    (
        F.ZUKUNFTSWERKSTATT,
        _S.BEWERTET,
        2,
        {
            "title": "Energiemonitoring für Schulen",
            "summary": "Zähler und ein Dashboard zeigen Schulen ihren Strom- und Wärmeverbrauch; "
            "Klassen entwickeln Sparideen.",
            "field": "Energieeffiziente Gebäude",
            "districts": ["Bettenhausen", "Forstfeld"],
            "lead": "Amt für Schule und Bildung",
            "partners": {"verwaltung": "Gebäudewirtschaft", "wirtschaft": "Städtische Werke"},
            "priority": "hoch",
            "indicators": "Städtische Gebäude mit Energiemonitoring; eingesparte kWh",
        },
        ("energie", "strom", "schulen"),
    ),
]

#: each rater's leaning per measure (added to a middle score), so the demo list is ranked
_LEAN = (1.2, 0.6, 1.5, 0.2, 0.0, -0.8, 0.9)


def _has(text: str, word: str) -> bool:
    return re.search(rf"\b{re.escape(word)}\b", fold(text)) is not None


def _origin(ws: Workspace, session_id: str, words: tuple[str, ...]) -> dict[str, Any]:
    """A cluster (preferred), vote option or card of the session matching a word."""
    with ws.session() as s:
        phases = list(s.scalars(select(Phase.id).where(Phase.session_id == session_id)))
        clusters = s.execute(
            select(Cluster.id, Cluster.label).where(
                Cluster.phase_id.in_(phases), Cluster.deleted.is_(False)
            )
        ).all()
        cards = s.execute(
            select(Card.id, Card.text).where(
                Card.phase_id.in_(phases), Card.deleted.is_(False), Card.merged_into_id.is_(None)
            )
        ).all()
        options = s.execute(
            select(VoteOption.id, VoteOption.target_kind, VoteOption.target_id, VoteOption.label)
            .join(VoteRound, VoteRound.id == VoteOption.round_id)
            .where(VoteRound.session_id == session_id, VoteOption.deleted.is_(False))
        ).all()
    for word in words:
        for cid, label in clusters:
            if _has(label, word):
                found: dict[str, Any] = {"origin_cluster_id": cid}
                for oid, kind, target, _label in options:
                    if kind == "cluster" and target == cid:
                        found["origin_option_id"] = oid
                return found
    for word in words:
        for oid, kind, _target, label in options:
            if kind != "passive" and _has(label, word):
                return {"origin_option_id": oid}
    for word in words:
        for cid, text in cards:
            if _has(text, word):
                return {"origin_card_ids": [cid]}
    return {}


def build_steckbriefe(ws: Workspace, made: DemoEvents, rng: random.Random) -> list[str]:
    service = SteckbriefService(ws)
    fields = {c.name: c.id for c in StrategyService(ws).field_choices()}
    criteria = CatalogueService(ws).active().criteria
    created = []
    for index, (fmt, status, raters, spec, words) in enumerate(_MEASURES):
        session_id, event_id = made.sessions.get(fmt), made.events.get(fmt)
        if session_id is None or event_id is None:
            continue
        values = dict(spec)
        title = values.pop("title")
        values["handlungsfeld_id"] = fields[values.pop("field")]
        origin = _origin(ws, session_id, words)
        sid = service.create(session_id, event_id, title=title, **origin, **values)
        for rater in RATERS[:raters]:
            lean = _LEAN[index % len(_LEAN)] + rng.uniform(-0.6, 0.6)
            for c in criteria:
                if c.kind is CriterionKind.KO:
                    fails = status is _S.ZURUECKGESTELLT and c.key == "ko_raumbezug"
                    service.set_rating(sid, c.id, rater, 0 if fails else 1)
                    continue
                if raters == 1 and rng.random() < 0.3:
                    continue  # a rater who has not finished yet
                base = 2.5 + lean + rng.uniform(-1.2, 1.2)
                if c.inverse:
                    base = 5 - base
                service.set_rating(sid, c.id, rater, max(0, min(5, round(base))))
        if status is not _S.ENTWURF:
            service.update(sid, status=status.value)
        created.append(sid)
    return created
