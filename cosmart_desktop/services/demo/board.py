"""Demo boards: realistic German idea cards, clustered per session and phase.

Natural amount (``cards=0``): hand-written boards — the Zukunftswerkstatt's
critique clusters (some carried forward into the utopia phase), the
Denklabor's situation analysis, the Bürgerrat's deliberation notes and the
Stadtlabor's idea collection, with a few merged duplicates, colours and a
collapsed cluster. With ``cards=N`` exactly N cards are spread over the same
phases, about 13 to a cluster (2,000 cards → some 150 clusters).
"""

from __future__ import annotations

import random

from ...domain.districts import load_districts
from ...domain.enums import CardOrigin, SessionFormat
from ...storage.workspace import Workspace
from ..board import BoardService
from ..board_state import Board, NewCard
from ..workshops import WorkshopService
from .workshops import DemoEvents

Boards = dict[str, list[str]]

_KRITIK: Boards = {
    "ÖPNV-Takt und Anbindung": [
        "Busse fahren abends zu selten nach Oberzwehren",
        "Nach 22 Uhr kommt man aus Waldau kaum noch nach Hause",
        "Umsteigen am Königsplatz dauert oft 20 Minuten",
        "Die Tram Richtung Vellmar ist im Berufsverkehr überfüllt",
        "Sonntags fährt die Linie 16 nur stündlich",
        "Abends fährt kaum ein Bus nach Oberzwehren",
    ],
    "Radverkehr": [
        "Radwege enden plötzlich an Kreuzungen",
        "Auf der Wilhelmshöher Allee fühle ich mich auf dem Rad unsicher",
        "Zu wenige sichere Fahrradständer am Bahnhof Wilhelmshöhe",
        "Schlaglöcher auf dem Radweg an der Fulda",
    ],
    "Information und Tickets": [
        "Keine Echtzeit-Abfahrtszeiten an vielen Haltestellen",
        "Die Fahrplan-App meldet Verspätungen zu spät",
        "Tickets kann man nicht überall digital kaufen",
        "Baustellen werden nicht rechtzeitig angekündigt",
    ],
    "Hitze und Flächen": [
        "Im Sommer heizen sich die Haltestellen extrem auf",
        "Zu wenig Bäume entlang der Hauptstraßen",
        "Parkplätze versiegeln zu viel Fläche in der Innenstadt",
    ],
    "Barrierefreiheit": [
        "Viele Haltestellen haben keine erhöhten Bordsteine",
        "Aufzüge am Hauptbahnhof sind oft defekt",
        "Ansagen in der Tram sind schwer zu verstehen",
    ],
}
_UTOPIE: Boards = {
    "Mobilität auf Abruf": [
        "Es wäre schön, wenn Busse in allen Stadtteilen alle 10 Minuten fahren – auch abends",
        "On-Demand-Shuttles bringen mich nachts bis vor die Haustür",
        "Ein Ticket für alles: Bus, Tram, Leihrad und Carsharing",
    ],
    "Grüne Wege": [
        "Durchgehende, geschützte Radwege aus jedem Stadtteil in die Innenstadt",
        "Schattige, begrünte Haltestellen mit Trinkbrunnen",
        "Die Innenstadt ist autofrei und voller Grün",
    ],
}
_VERWIRKLICHUNG: Boards = {
    "Erste Schritte": [
        "Pilot: On-Demand-Shuttle in Oberzwehren gemeinsam mit der KVG",
        "Haltestellendaten als Open Data veröffentlichen",
        "Förderaufruf Modellprojekte Smart Cities prüfen",
    ],
}
_DENKLABOR: Boards = {
    "Versorgung im Quartier": [
        "Der letzte Hausarzt im Quartier geht bald in Rente",
        "Kein Supermarkt, den ältere Menschen zu Fuß erreichen",
        "Die Apotheke hat nur vormittags geöffnet",
    ],
    "Treffpunkte": [
        "Jugendliche haben abends keinen Ort zum Treffen",
        "Das Bürgerhaus ist oft geschlossen",
        "Es fehlt ein Café als Treffpunkt für alle Generationen",
    ],
    "Digitale Teilhabe": [
        "Ältere Nachbarn kommen mit Online-Terminen nicht zurecht",
        "Kein öffentliches WLAN am Marktplatz",
        "Schlechter Mobilfunkempfang in der Mattenbergstraße",
    ],
    "Sicherheit und Umfeld": [
        "Dunkle Wege zwischen den Hochhäusern",
        "Müll an den Containerplätzen",
    ],
}
_ZUKUNFTSBILDER: Boards = {
    "Smartes Quartier": [
        "Ein digitaler Quartiersplatz mit Sprechstunde der Verwaltung",
        "Nachbarschafts-App für Hilfe beim Einkaufen",
        "Telemedizin-Sprechstunde im Stadtteilzentrum",
        "Straßenlaternen, die nachts bei Bewegung heller werden",
    ],
}
_DELIBERATION: Boards = {
    "Arbeit & Bildung": [
        "Digitale Grundbildung für alle Altersgruppen in den Stadtteilbibliotheken",
        "Lernwerkstätten an Schulen mit 3D-Druck und Robotik",
        "Weiterbildung für Beschäftigte in kleinen Betrieben fördern",
    ],
    "Digitale Infrastruktur": [
        "Glasfaser zuerst in unterversorgte Quartiere wie Wesertor",
        "Öffentliche Gebäude als WLAN-Hotspots öffnen",
    ],
    "Datensouveränität": [
        "Städtische Daten gehören in städtische Rechenzentren",
        "Ein Datenethikrat prüft jede neue Anwendung",
        "Bürgerinnen und Bürger entscheiden mit, welche Sensordaten erhoben werden",
    ],
}
_SAMMELN: Boards = {
    "Nachbarschaft": [
        "Digitale Infostele am Stadtteiltreff statt Schwarzem Brett",
        "Leihladen für Werkzeug mit Online-Buchung",
        "Repair-Café einmal im Monat",
    ],
    "Kultur und Grün": [
        "Stadtteilgeschichte als Audio-Rundgang",
        "Gemeinschaftsgarten mit Bodenfeuchte-Sensoren",
    ],
}
#: (format, phase key, hand-written board, share of N cards)
PLAN: list[tuple[SessionFormat, str, Boards, float]] = [
    (SessionFormat.ZUKUNFTSWERKSTATT, "kritik", _KRITIK, 0.32),
    (SessionFormat.ZUKUNFTSWERKSTATT, "utopie", _UTOPIE, 0.16),
    (SessionFormat.ZUKUNFTSWERKSTATT, "verwirklichung", _VERWIRKLICHUNG, 0.06),
    (SessionFormat.DENKLABOR, "situationsanalyse", _DENKLABOR, 0.2),
    (SessionFormat.DENKLABOR, "zukunftsbilder", _ZUKUNFTSBILDER, 0.06),
    (SessionFormat.BUERGERRAT, "deliberation", _DELIBERATION, 0.12),
    (SessionFormat.FREE, "sammeln", _SAMMELN, 0.08),
]
_OPENERS = ["", "Mir fällt auf: ", "Dringend: ", "Aus Sicht der Nachbarschaft: ", "Seit Jahren: "]
CARDS_PER_CLUSTER = 13.3


def _phase(workshops: WorkshopService, session_id: str, key: str) -> str | None:
    return next((p.id for p in workshops.list_phases(session_id) if p.key == key), None)


def _shares(total: int) -> list[int]:
    """Split ``total`` over the plan's phases (exactly, largest remainder)."""
    raw = [total * p[3] / sum(q[3] for q in PLAN) for p in PLAN]
    counts = [int(r) for r in raw]
    for i in sorted(range(len(raw)), key=lambda i: raw[i] - counts[i], reverse=True):
        if sum(counts) >= total:
            break
        counts[i] += 1
    return counts


def _generated(board: Boards, count: int, rng: random.Random) -> list[NewCard]:
    """``count`` cards in the style of ``board``, about 13 to a cluster."""
    districts = load_districts(None)
    themes = list(board)
    clusters = max(1, round(count / CARDS_PER_CLUSTER))
    labels = [
        f"{themes[i % len(themes)]} – {districts[(i // len(themes)) % len(districts)]}"
        for i in range(clusters)
    ]
    cards: list[NewCard] = []
    for n in range(count):
        label = labels[n % clusters]
        theme, place = label.split(" – ")
        base = rng.choice(board[theme])
        text = f"{rng.choice(_OPENERS)}{base} ({place})"
        loose = n % 40 == 39
        origin = CardOrigin.TRANSCRIBED if n % 3 == 0 else CardOrigin.TYPED
        cards.append(NewCard(text, origin.value, cluster="" if loose else label))
    return cards


def _written(board: Boards) -> list[NewCard]:
    cards = []
    for n, (label, texts) in enumerate(board.items()):
        for i, text in enumerate(texts):
            origin = CardOrigin.TRANSCRIBED if (n + i) % 3 == 0 else CardOrigin.TYPED
            cards.append(NewCard(text, origin.value, cluster=label))
    return cards


def build_board(ws: Workspace, made: DemoEvents, rng: random.Random, cards: int = 0) -> None:
    """Fill the demo sessions' boards (see the module docstring)."""
    service = BoardService(ws)
    workshops = WorkshopService(ws)
    counts = _shares(cards) if cards > 0 else [0] * len(PLAN)
    carried = 0
    for (fmt, key, board, _share), count in zip(PLAN, counts, strict=True):
        session_id = made.sessions.get(fmt)
        phase_id = _phase(workshops, session_id, key) if session_id else None
        if phase_id is None or session_id is None:
            continue
        if key == "utopie":
            carried = _carry(service, workshops, session_id, phase_id, cards, count)
            count = max(0, count - carried)
        items = _generated(board, count, rng) if cards > 0 else _written(board)
        if not items:
            continue
        service.add_cards(phase_id, items)
        _dress(service, phase_id, rng, cards)
        service.arrange(phase_id)


def _carry(
    service: BoardService,
    workshops: WorkshopService,
    session_id: str,
    utopie_id: str,
    cards: int,
    budget: int,
) -> int:
    """Carry the first critique clusters into the utopia phase (as a facilitator
    would after the dot vote); returns how many cards that made."""
    kritik = _phase(workshops, session_id, "kritik")
    if kritik is None:
        return 0
    board = service.board(kritik)
    chosen: list[str] = []
    total = 0
    for cluster in sorted(board.clusters.values(), key=lambda k: (k.y, k.x))[:3]:
        size = len(board.members(cluster.id))
        if cards > 0 and total + size > budget:
            continue
        chosen.append(cluster.id)
        total += size
    if chosen:
        service.carry_forward(chosen, utopie_id)
    return total


def _words(text: str) -> set[str]:
    return {w.strip(".,:;–()").casefold() for w in text.split() if len(w) > 2}


def _duplicates(board: Board, cluster_id: str) -> tuple[float, str, str]:
    """The most similar pair of cards in a cluster (similarity, first, second)."""
    members = board.members(cluster_id)[:30]
    best = (0.0, "", "")
    for i, a in enumerate(members):
        wa = _words(a.text)
        for b in members[i + 1 :]:
            wb = _words(b.text)
            score = len(wa & wb) / max(1, len(wa | wb))
            if score > best[0]:
                best = (score, a.id, b.id)
    return best


def _dress(service: BoardService, phase_id: str, rng: random.Random, cards: int) -> None:
    """Merge duplicates, colour two clusters, collapse one — as after a session."""
    board = service.board(phase_id)
    clusters = sorted(board.clusters.values(), key=lambda k: k.label)
    pairs = sorted((_duplicates(board, k.id) for k in clusters), reverse=True)
    for score, first, second in pairs[: max(1, cards // 150)]:
        if score >= 0.25:
            service.merge([first, second])
    palette = ["#ffcc80", "#c5e1a5", "#b3e5fc"]
    for cluster, color in zip(clusters[1:3], palette, strict=False):
        service.set_color([cluster.id], color)
    if len(clusters) >= 5:
        service.set_collapsed([clusters[-1].id], True)
    loose = [c.id for c in board.cards.values() if c.cluster_id is None]
    if loose:
        service.set_color([rng.choice(loose)], "#f8bbd0")
