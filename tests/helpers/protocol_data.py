"""A realistic session for protocol tests and the protocol benchmark, written
straight into the tables (ORM rows, change log included): phases that were run,
clusters with cards (umlauts, ß, merged cards, right-to-left text, emoji),
photos, vote rounds of every form, Steckbriefe with ratings, and participants
whose consented contact data must never reach a protocol."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from PIL import Image, ImageDraw

from cosmart_desktop.domain.enums import CriterionKind
from cosmart_desktop.domain.voting import percent
from cosmart_desktop.services.catalogue import CatalogueService
from cosmart_desktop.storage.models import (
    Attachment,
    Ballot,
    Card,
    Cluster,
    ContactConsent,
    Event,
    Participant,
    Phase,
    Rating,
    Recommendation,
    Session,
    Steckbrief,
    Vote,
    VoteOption,
    VoteRound,
)
from cosmart_desktop.storage.workspace import Workspace

#: contact data that must appear in no protocol
CONTACTS = (
    ("Erika Mustermann-Özdemir", "erika.kontakt@example.org", "+49 561 4711-0815"),
    ("Jürgen Weißgerber", "juergen.w@example.net", "0561 998877"),
)
PUBLIC_NAME = "Hanne Großkopf"

CLUSTER_LABELS = [
    "Straßenbäume & Grün",
    "Mobilität im Quartier",
    "Digitale Teilhabe für Ältere",
    "Lärm und Luftqualität",
    "Treffpunkte für Jugendliche",
    "Energie aus dem Viertel",
    "Sicherheit auf Schulwegen",
    "Verwaltung online",
]
WORDS = [
    "Grünfläche",
    "Fußweg",
    "Straßenbahn",
    "Öffnungszeiten",
    "Bürgerbüro",
    "Fahrradständer",
    "Spielplatz",
    "Nachbarschaft",
    "Müllabfuhr",
    "Außenbeleuchtung",
    "Übergänge",
    "Barrierefreiheit",
    "Ladesäule",
    "Bücherei",
    "Quartiersplatz",
    "Wärmenetz",
    "Gießpatenschaft",
    "Schulweg",
    "Bushaltestelle",
    "WLAN",
    "Sitzbänke",
    "Dachbegrünung",
]
SPECIAL_CARDS = (
    "Mehr Schatten an heißen Tagen: Bäume für die Straße „Am Weißen Stein“",
    "Größere Fußgängerüberwege – ältere Menschen brauchen mehr Zeit",
    "نريد حديقة أكثر للأطفال في الحي",
    "Çocuklar için daha güvenli okul yolları – Işıklı geçitler",
    "Café-Treff 😀 mit WLAN 👍🏽 für alle Generationen",
)


@dataclass
class ProtocolData:
    event_id: str
    session_id: str
    card_texts: list[str] = field(default_factory=list)
    merged_texts: list[str] = field(default_factory=list)
    cluster_labels: list[str] = field(default_factory=list)
    steckbrief_titles: list[str] = field(default_factory=list)
    round_titles: list[str] = field(default_factory=list)
    #: figures that must appear: (round title, option label, figure text)
    figures: list[tuple[str, str, str]] = field(default_factory=list)
    photo_captions: list[str] = field(default_factory=list)


def photo_bytes(width: int = 640, height: int = 420, fmt: str = "JPEG") -> bytes:
    image = Image.new("RGB", (width, height), (238, 242, 246))
    draw = ImageDraw.Draw(image)
    for i in range(6):
        draw.rectangle(
            (30 + i * 100, 60, 110 + i * 100, 140 + i * 30), fill=(255, 214 - i * 20, 80)
        )
    buffer = io.BytesIO()
    image.save(buffer, fmt)
    return buffer.getvalue()


def _card_text(rng: random.Random, n: int) -> str:
    words = rng.sample(WORDS, 4)
    return f"Idee {n}: {words[0]} und {words[1]} – mehr {words[2]} für {words[3]}"


def build_protocol_session(
    ws: Workspace,
    *,
    cards: int = 60,
    steckbriefe: int = 3,
    dot_rounds: int = 1,
    photos: bool = True,
    seed: int = 7,
) -> ProtocolData:
    rng = random.Random(seed)
    criteria = CatalogueService(ws).active().criteria
    start = datetime(2026, 9, 12, 8, 0, tzinfo=UTC)
    with ws.transaction() as s:
        event = Event(
            title="Denklabor Wesertor: Unser smartes Quartier",
            date=date(2026, 9, 12),
            place="Bürgerhaus Wesertor, Weserstraße",
            district="Wesertor",
            process_step=4,
            facilitators="Moderation: Team Smart City Büro",
            organiser="Stadt Kassel – Smart City Büro",
        )
        s.add(event)
        s.flush()
        session = Session(
            event_id=event.id,
            title="Denklabor am Samstag – Straßen, Plätze & Grün",
            format="denklabor",
            facilitators="Moderation: Team Smart City Büro",
        )
        s.add(session)
        s.flush()
        data = ProtocolData(event.id, session.id)
        phases = []
        for i, (title, question) in enumerate(
            [
                ("Situationsanalyse", "Was fehlt im Quartier, was stört Sie?"),
                ("Zukunftsbilder", "Wie sieht Ihr smartes Quartier 2035 aus?"),
                ("Konkrete Projekte", "Was packen wir als Erstes an?"),
            ]
        ):
            phase = Phase(
                session_id=session.id,
                position=float(i),
                title=title,
                guiding_question=question,
                rules="kurz, kritisch, konkret · keine Diskussion, nur Verständnisfragen",
                actual_start=start + timedelta(minutes=70 * i),
                actual_end=start + timedelta(minutes=70 * i + 55),
            )
            s.add(phase)
            phases.append(phase)
        s.flush()
        # participants with consented contact data (never in a protocol)
        people = []
        for number, (name, email, phone) in enumerate(CONTACTS, start=1):
            p = Participant(event_id=event.id, number=number, pseudonym=f"Teilnehmende {number}")
            s.add(p)
            s.flush()
            s.add(
                ContactConsent(
                    participant_id=p.id,
                    name=name,
                    email=email,
                    phone=phone,
                    purpose="Rückmeldung zu den Ergebnissen",
                    text_version="2026-1",
                    text_hash="0" * 64,
                    given_at=start,
                    method="paper",
                )
            )
            people.append(p)
        named = Participant(event_id=event.id, number=3, pseudonym="T3", public_name=PUBLIC_NAME)
        s.add(named)
        for n in range(4, 12):
            s.add(Participant(event_id=event.id, number=n, pseudonym=f"T{n}"))
        s.flush()
        # clusters and cards, spread over the phases
        clusters: list[Cluster] = []
        for i, label in enumerate(CLUSTER_LABELS):
            cl = Cluster(
                phase_id=phases[i % 2].id,
                label=label,
                color=["#e57373", "#64b5f6", "#81c784", "#ffb74d"][i % 4],
                x=float(i % 4) * 300,
                y=float(i // 4) * 400,
            )
            s.add(cl)
            clusters.append(cl)
        s.flush()
        data.cluster_labels = list(CLUSTER_LABELS)
        card_rows: list[Card] = []
        for n in range(cards):
            text = SPECIAL_CARDS[n] if n < len(SPECIAL_CARDS) else _card_text(rng, n)
            in_cluster = n % 7 != 6
            cl = clusters[n % len(clusters)]
            card = Card(
                phase_id=cl.phase_id if in_cluster else phases[2].id,
                cluster_id=cl.id if in_cluster else None,
                text=text,
                rank=float(n),
                x=float(n % 10) * 20,
                y=float(n // 10) * 20,
                origin="transcribed" if n % 3 == 0 else "typed",
                author_participant_id=named.id if n == 1 else None,
            )
            s.add(card)
            card_rows.append(card)
            data.card_texts.append(text)
        s.flush()
        # two merged duplicates (stacked on the first cards of the first cluster)
        for n, target in enumerate(card_rows[:2]):
            dup = Card(
                phase_id=target.phase_id,
                cluster_id=None,
                text=f"Doppelt: schattige Plätze und Trinkbrunnen ({n + 1})",
                merged_into_id=target.id,
                rank=0.0,
            )
            s.add(dup)
            data.merged_texts.append(dup.text)
        if photos:
            for i, phase in enumerate(phases[:2]):
                caption = f"Pinnwand nach der Phase „{phase.title}“"
                s.add(
                    Attachment(
                        phase_id=phase.id,
                        cluster_id=clusters[0].id if i == 0 else None,
                        filename=f"pinnwand-{i + 1}.jpg",
                        mime="image/jpeg",
                        data=photo_bytes(),
                        width=640,
                        height=420,
                        caption=caption,
                    )
                )
                data.photo_captions.append(caption)
        s.flush()
        _votes(s, session.id, phases, clusters, card_rows, data, dot_rounds, rng)
        _steckbriefe(s, event.id, session.id, clusters, criteria, steckbriefe, named.id, data)
    return data


def _votes(
    s: object,
    session_id: str,
    phases: list[Phase],
    clusters: list[Cluster],
    cards: list[Card],
    data: ProtocolData,
    dot_rounds: int,
    rng: random.Random,
) -> None:
    add = s.add  # type: ignore[attr-defined]
    flush = s.flush  # type: ignore[attr-defined]

    def round_(title: str, method: str, **kw: object) -> VoteRound:
        r = VoteRound(
            session_id=session_id,
            phase_id=phases[0].id,
            title=title,
            method=method,
            revealed=True,
            closed=True,
            position=float(len(data.round_titles)),
            **kw,
        )
        add(r)
        flush()
        data.round_titles.append(title)
        return r

    def option(r: VoteRound, kind: str, target: str | None, label: str = "") -> VoteOption:
        o = VoteOption(round_id=r.id, target_kind=kind, target_id=target, label=label)
        add(o)
        flush()
        return o

    # dot vote with two colours (impact × feasibility) on the clusters
    r = round_(
        "Welche Themen sind am wichtigsten?",
        "dots",
        budget=3,
        cap_per_item=2,
        criteria=[
            {"key": "wichtig", "label": "wichtig", "color": "#c62828"},
            {"key": "machbar", "label": "machbar", "color": "#2e7d32"},
        ],
    )
    counts = [(11, 4), (7, 9), (7, 2), (3, 8), (2, 2), (5, 6), (1, 0), (0, 1)]
    for cl, (imp, feas) in zip(clusters, counts, strict=True):
        o = option(r, "cluster", cl.id)
        for _ in range(imp):
            add(Vote(round_id=r.id, option_id=o.id, criterion="wichtig", value=1))
        for _ in range(feas):
            add(Vote(round_id=r.id, option_id=o.id, criterion="machbar", value=1))
        data.figures.append((r.title, cl.label, str(imp + feas)))
    # further plain dot rounds on cards (the benchmark asks for several charts)
    for k in range(dot_rounds - 1):
        r = round_(f"Punkte für Karten, Runde {k + 2}", "dots", budget=5)
        for card in cards[k * 8 : k * 8 + 8]:
            o = option(r, "card", card.id)
            for _ in range(rng.randint(0, 9)):
                add(Vote(round_id=r.id, option_id=o.id, value=1))
    # approval (Bürgerrat style) with one adopted, one rejected recommendation
    r = round_("Abstimmung über die Empfehlungen", "approval", threshold=0.5, entry_mode="kiosk")
    for title, (yes, no, abstain) in (
        ("Schulwege digital sichern", (14, 3, 2)),
        ("Parkgebühren verdoppeln", (4, 12, 3)),
    ):
        rec = Recommendation(session_id=session_id, title=title)
        add(rec)
        flush()
        o = option(r, "recommendation", rec.id)
        for value, n in ((1, yes), (0, no), (-1, abstain)):
            for _ in range(n):
                ballot = Ballot(round_id=r.id, confirmed_at=datetime(2026, 9, 12, 11, tzinfo=UTC))
                add(ballot)
                flush()
                add(
                    Vote(
                        round_id=r.id,
                        option_id=o.id,
                        value=value,
                        ballot_id=ballot.id,
                        entry="kiosk",
                    )
                )
        data.figures.append((r.title, title, percent(yes / (yes + no + abstain))))
    # resistance with the Passivlösung
    r = round_("Widerstand gegen die Varianten", "resistance", scale_max=10)
    for label, values in (
        ("Variante A: Quartiersbus", [1, 2, 0, 3]),
        ("Variante B: Leihräder", [5, 6, 4, 7]),
        ("", [8, 9, 7, 9]),
    ):
        o = option(r, "passive" if not label else "custom", None, label)
        for v in values:
            add(Vote(round_id=r.id, option_id=o.id, value=v))
        if label:
            data.figures.append((r.title, label, str(sum(values))))
    # consensus levels
    r = round_("Konsens zum Quartiersplatz", "consensus")
    for label, values in (
        ("Platz mit Sonnensegeln", [2, 2, 1, 2]),
        ("Platz mit Parkdeck", [2, 0, 1]),
    ):
        o = option(r, "custom", None, label)
        for v in values:
            add(Vote(round_id=r.id, option_id=o.id, value=v))
    flush()


def _steckbriefe(
    s: object,
    event_id: str,
    session_id: str,
    clusters: list[Cluster],
    criteria: tuple[object, ...],
    count: int,
    author_id: str,
    data: ProtocolData,
) -> None:
    add = s.add  # type: ignore[attr-defined]
    flush = s.flush  # type: ignore[attr-defined]
    titles = [
        "Sensoren für Straßenbäume",
        "Schulweg-Ampel mit Grünphase für Ältere",
        "Digitale Sprechstunde im Bürgerhaus",
        "Solardach-Börse für Wesertor",
    ]
    for i in range(count):
        title = titles[i] if i < len(titles) else f"Maßnahme Nr. {i + 1}: Größere Grünflächen"
        b = Steckbrief(
            event_id=event_id,
            session_id=session_id,
            origin_cluster_id=clusters[i % 8].id,
            title=title,
            summary=f"Kurzbeschreibung von „{title}“ – mit Straßenbezug.",
            problem="Im Sommer vertrocknen junge Bäume; niemand weiß, wann gegossen werden muss.",
            goals="Weniger Baumverluste, gezieltes Gießen.",
            target_groups="Anwohnende, Schulen",
            lead="Umwelt- und Gartenamt",
            partners={"buergerschaft": "Gießpatenschaften"},
            resources={"investition": "200 Sensoren à 150 €"},
            financing={"foerder": "Förderprogramm"},
            schedule="2027: Pilot; 2028: ganzes Viertel",
            priority="hoch",
            districts=["Wesertor", "Nord-Holland"],
            status="bewertet",
            author_participant_id=author_id if i == 0 else None,
        )
        add(b)
        flush()
        data.steckbrief_titles.append(title)
        for rater in ("Rater Eins", "Rater Zwei"):
            for k, c in enumerate(criteria):
                ko = c.kind is CriterionKind.KO  # type: ignore[attr-defined]
                score = 1 if ko else (i + k + len(rater)) % 6
                add(Rating(steckbrief_id=b.id, criterion_id=c.id, rater=rater, score=score))  # type: ignore[attr-defined]
    flush()
