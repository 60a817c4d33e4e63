"""The cards of a protocol as CSV for German Excel: ``;`` separated, UTF-8 with
BOM, CRLF, formula-like cells neutralised (``measures_csv.csv_bytes``).

One row per card, merged cards included (with the card they were merged into),
with session, phase, cluster and the dots the card and its cluster received."""

from __future__ import annotations

from ....domain.enums import CardOrigin
from ..measures_csv import csv_bytes
from .model import CardItem, ProtocolContent

HEADER = (
    "Sitzung",
    "Phase Nr.",
    "Phase",
    "Cluster",
    "Karte",
    "Zusammengeführt mit",
    "Herkunft",
    "Punkte Karte",
    "Punkte Cluster",
    "Genannt als",
    "Karten-ID",
)


def _origin(value: str) -> str:
    try:
        return CardOrigin(value).label
    except ValueError:
        return value


def _card(base: list[str], card: CardItem, cluster: str, cluster_dots: int) -> list[list[str]]:
    """The row of a card and one row per card merged into it."""
    row = [
        *base,
        cluster,
        card.text,
        "",
        _origin(card.origin),
        str(card.dots),
        str(cluster_dots) if cluster else "",
        card.author,
        card.id,
    ]
    merged = [[*base, cluster, text, card.text, "", "", "", "", ""] for text in card.merged]
    return [row, *merged]


def card_rows(content: ProtocolContent) -> list[list[str]]:
    rows: list[list[str]] = []
    for session in content.sessions:
        for phase in session.phases:
            base = [session.title, str(phase.number), phase.title]
            for cluster in phase.clusters:
                label = cluster.label.strip() or "Cluster ohne Titel"
                for card in cluster.cards:
                    rows += _card(base, card, label, cluster.dots)
            for card in phase.loose_cards:
                rows += _card(base, card, "", 0)
    return rows


def render_csv(content: ProtocolContent) -> bytes:
    return csv_bytes(HEADER, card_rows(content))
