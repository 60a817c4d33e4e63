"""Wording shared by the protocol formats: vote rules in words, result figures,
German dates and times (the protocol is a German document)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ....domain.enums import VoteEntry, VoteMethod
from ....domain.scoring import score_text
from ....domain.voting import RankedOption, RoundResult, VoteRules, percent
from ...voting_common import RoundInfo
from .model import (
    CardItem,
    ClusterItem,
    CriterionScore,
    PhaseItem,
    ProtocolContent,
    SessionItem,
    SteckbriefItem,
    VoteRoundItem,
)

MONTHS = (
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
)


def _zone() -> tzinfo | None:
    try:
        return ZoneInfo("Europe/Berlin")
    except ZoneInfoNotFoundError:  # no tz database (some Windows installs): local time
        return None


LOCAL = _zone()


def local(dt: datetime) -> datetime:
    return dt.astimezone(LOCAL) if LOCAL is not None else dt.astimezone()


def long_date(d: date | None) -> str:
    """12. September 2026"""
    if d is None:
        return ""
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


def short_date(d: date | None) -> str:
    return "" if d is None else f"{d.day:02d}.{d.month:02d}.{d.year}"


def clock(dt: datetime | None) -> str:
    """14:05 (with the date when it is not obvious: 12.09.2026 14:05)"""
    if dt is None:
        return ""
    return local(dt).strftime("%H:%M")


def timestamp(dt: datetime) -> str:
    t = local(dt)
    return f"{short_date(t.date())} {t:%H:%M}"


def duration(start: datetime | None, end: datetime | None) -> str:
    if start is None or end is None or end < start:
        return ""
    minutes = round((end - start) / timedelta(minutes=1))
    if minutes < 60:
        return f"{minutes} min"
    return f"{minutes // 60} h {minutes % 60:02d} min"


def number(value: float, decimals: int = 1) -> str:
    """German number: 2,5 · 3 (no trailing ,0)."""
    if abs(value - round(value)) < 1e-9:
        return str(round(value))
    return f"{value:.{decimals}f}".replace(".", ",")


def round_rules(rnd: RoundInfo, rules: VoteRules, has_passive: bool) -> tuple[str, ...]:
    """The rules of one vote round in words."""
    lines: list[str] = []
    method = rules.method
    if method is VoteMethod.DOTS:
        criteria = rules.criteria
        per = " und Kriterium" if len(criteria) > 1 else ""
        if rules.budget:
            lines.append(f"{rules.budget} Punkte je Person{per}")
        if rules.cap_per_item:
            lines.append(f"höchstens {rules.cap_per_item} Punkte je Option (Kumulieren begrenzt)")
        elif rules.budget and rules.budget > 1:
            lines.append("Kumulieren erlaubt")
        if len(criteria) > 1:
            lines.append("Punktfarben: " + ", ".join(c.label for c in criteria))
    elif method is VoteMethod.APPROVAL:
        lines.append("Ja, Nein oder Enthaltung je Option")
        lines.append(
            f"angenommen ab {percent(rules.threshold)} Ja-Stimmen (Enthaltungen zählen mit)"
        )
    elif method is VoteMethod.RESISTANCE:
        lines.append(f"Widerstand von 0 (keiner) bis {rules.scale_max} (sehr hoch) je Option")
        lines.append("der geringste Gesamtwiderstand gewinnt")
        if has_passive:
            lines.append("die Passivlösung (alles bleibt, wie es ist) stand mit zur Wahl")
    else:
        lines.append("Konsensstufen: volle Zustimmung, kann damit leben, Veto")
        lines.append("ein Veto blockiert die Option")
    if rnd.entry_mode is VoteEntry.KIOSK:
        lines.append("Stimmabgabe am Laptop, ein Stimmzettel nach dem anderen, verdeckt")
    else:
        lines.append("Eingabe: ausgezählte Papierstimmen")
    if rnd.voter_codes:
        lines.append("mit anonymen Stimmcodes")
    return tuple(lines)


def score_figure(result: RoundResult, r: RankedOption) -> str:
    """The headline figure of one option, as shown in tables and charts."""
    method = result.method
    if method is VoteMethod.DOTS:
        return str(r.votes)
    if method is VoteMethod.APPROVAL:
        return percent(r.score) if r.votes else "–"
    if method is VoteMethod.RESISTANCE:
        return str(round(r.score)) if r.votes else "–"
    return percent(r.score) if r.votes else "–"


def figure_header(result: RoundResult) -> str:
    return {
        VoteMethod.DOTS: "Punkte",
        VoteMethod.APPROVAL: "Ja-Anteil",
        VoteMethod.RESISTANCE: "Widerstand",
        VoteMethod.CONSENSUS: "volle Zustimmung",
    }[result.method]


def detail(result: RoundResult, r: RankedOption) -> str:
    """The breakdown behind the headline figure."""
    method = result.method
    if method is VoteMethod.DOTS:
        if len(result.criteria) > 1:
            return ", ".join(f"{c.label}: {r.dots(c.key)}" for c in result.criteria)
        return ""
    if method is VoteMethod.APPROVAL:
        return f"Ja {r.yes} · Nein {r.no} · Enthaltung {r.abstain}"
    if method is VoteMethod.RESISTANCE:
        if r.mean is None:
            return ""
        text = f"Mittel {number(r.mean)} aus {r.votes} Bewertungen"
        return text + (" · nicht besser als die Passivlösung" if r.worse_than_passive else "")
    full = r.by_column.get(("", 2), 0)
    live = r.by_column.get(("", 1), 0)
    veto = r.by_column.get(("", 0), 0)
    return f"volle Zustimmung {full} · kann damit leben {live} · Veto {veto}"


def verdict(result: RoundResult, r: RankedOption) -> str:
    """Angenommen / nicht angenommen, Konsensstufe, or ''."""
    if result.method is VoteMethod.APPROVAL and r.adopted is not None:
        return "angenommen" if r.adopted else "nicht angenommen"
    if result.method is VoteMethod.CONSENSUS:
        return r.level
    return ""


def tie_mark(r: RankedOption) -> str:
    if r.tie:
        return "Gleichstand"
    if r.near_tie:
        return "knapper Gleichstand"
    return ""


def rank_text(r: RankedOption) -> str:
    return f"{r.rank}." if r.votes else "–"


def totals_line(result: RoundResult, ballots: int) -> str:
    parts: list[str] = []
    if ballots:
        parts.append(f"{ballots} Stimmzettel")
    if result.method is VoteMethod.DOTS:
        parts.append(f"{result.total_votes} Punkte vergeben")
    else:
        parts.append(f"{result.total_votes} Bewertungen")
    return " · ".join(parts)


def steckbrief_score(score: float | None) -> str:
    return score_text(score)


# -- what every format shows ------------------------------------------------------
def facts(content: ProtocolContent) -> list[tuple[str, str]]:
    """The title-page facts (never names of participants, only their number)."""
    formats = ", ".join(f.label for f in content.formats)
    facilitators = content.facilitators
    if content.scope == "session" and content.sessions and content.sessions[0].facilitators:
        facilitators = content.sessions[0].facilitators
    step = ""
    if content.process_step_label:
        step = f"Schritt {content.process_step}: {content.process_step_label}"
    rows = [
        ("Format" if len(content.formats) < 2 else "Formate", formats),
        ("Stadtteil", content.district),
        ("Datum", long_date(content.event_date)),
        ("Ort", content.place),
        ("Prozessschritt", step),
        ("Leitthemen", ", ".join(content.leitthemen)),
        ("Moderation", facilitators),
        ("Teilnehmende", f"{content.participants} Personen" if content.participants else ""),
        ("Veranstalter", content.organiser),
    ]
    return [(label, value.strip()) for label, value in rows if value and value.strip()]


def shown_phases(session: SessionItem) -> list[PhaseItem]:
    """Phases that were run or have content on their board."""
    return [p for p in session.phases if p.actual_start is not None or p.has_board]


def phase_time(phase: PhaseItem) -> str:
    if phase.actual_start is None:
        return ""
    start, end = clock(phase.actual_start), clock(phase.actual_end)
    length = duration(phase.actual_start, phase.actual_end)
    if not end:
        return f"begonnen {start}"
    return f"{start}–{end} ({length})" if length else f"{start}–{end}"


def agenda_rows(session: SessionItem) -> list[tuple[str, str, str, str, str]]:
    """(Nr., Phase, Beginn, Ende, Dauer) for every phase of the session."""
    days = {local(p.actual_start).date() for p in session.phases if p.actual_start}
    many = len(days) > 1

    def when(dt: datetime | None) -> str:
        if dt is None:
            return "–"
        t = local(dt)
        return f"{t.day:02d}.{t.month:02d}. {t:%H:%M}" if many else f"{t:%H:%M}"

    rows = []
    for p in session.phases:
        if p.actual_start is None and p.actual_end is None:
            rows.append((f"{p.number}.", p.title, "–", "–", "nicht durchgeführt"))
        else:
            rows.append(
                (
                    f"{p.number}.",
                    p.title,
                    when(p.actual_start),
                    when(p.actual_end),
                    duration(p.actual_start, p.actual_end) or ("läuft" if not p.actual_end else ""),
                )
            )
    return rows


def card_note(card: CardItem) -> str:
    """What follows a card's text: dots, author (only if they asked to be named)."""
    bits = []
    if card.dots:
        bits.append(f"{card.dots} {'Punkt' if card.dots == 1 else 'Punkte'}")
    if card.author:
        bits.append(f"von {card.author}")
    return " · ".join(bits)


def cluster_note(cluster: ClusterItem) -> str:
    n = cluster.card_count
    bits = [f"{n} {'Karte' if n == 1 else 'Karten'}"]
    if cluster.dots:
        bits.append(f"{cluster.dots} {'Punkt' if cluster.dots == 1 else 'Punkte'}")
    if cluster.carried_from:
        bits.append(f"fortgeführt aus „{cluster.carried_from}“")
    return " · ".join(bits)


def round_status(item: VoteRoundItem) -> str:
    bits = [f"Verfahren: {item.method.label}"]
    if item.phase_title:
        bits.append(f"Phase: {item.phase_title}")
    bits.append("abgeschlossen" if item.closed else "noch offen")
    if not item.revealed:
        bits.append("Ergebnis wurde im Raum nicht gezeigt")
    return " · ".join(bits)


def steckbrief_badges(b: SteckbriefItem) -> str:
    bits = [f"Status: {b.status}"]
    if b.rank is not None:
        bits.append(f"Rang {b.rank}" + (" (gleichauf)" if b.tied else ""))
    if b.score is not None:
        bits.append(f"Punktzahl {steckbrief_score(b.score)} von 5")
    if b.ko_failed:
        bits.append("K.O.-Kriterium nicht erfüllt")
    return " · ".join(bits)


def criterion_cells(c: CriterionScore) -> tuple[str, str, str, str]:
    """(Gewicht, Mittel, Spanne, Bewertungen) of one criterion row."""
    if c.kind == "ko":
        held = "–" if c.holds is None else "erfüllt" if c.holds else "nicht erfüllt"
        return ("K.O.", held, "umstritten" if c.disputed else "", str(c.raters or "–"))
    weight = number(c.weight) + (" (invers)" if c.inverse else "")
    mean = "–" if c.mean is None else f"{c.mean:.2f}".replace(".", ",")
    spread = "" if c.spread is None else number(c.spread, 1)
    return (weight, mean, spread, str(c.raters or "–"))


PRIVACY_NOTE = (
    "Dieses Protokoll nennt Teilnehmende nur als Anzahl. Namen erscheinen nur dort, "
    "wo jemand ausdrücklich als Urheber*in genannt werden wollte; Kontaktdaten nie."
)
