"""``cosmart export contacts``: the newsletter list of an event — the one export
that carries contact data. Only consenting contacts: consent live and not
withdrawn, participant not erased; with the purpose and date of the consent.

German Excel CSV: UTF-8 with BOM, ``;`` as separator, CRLF line ends, cells that
a spreadsheet would run as a formula (``= + - @``, tab, CR) neutralised with a
leading apostrophe."""

from __future__ import annotations

import csv
import io
from datetime import UTC
from pathlib import Path

from ...domain.enums import ConsentMethod
from ...domain.errors import NotFound
from ...storage.models import Event
from ...storage.workspace import Workspace
from ..atomic import write_bytes_atomic
from ..common import noun
from ..participants import ParticipantService

HEADER = (
    "Name",
    "E-Mail",
    "Telefon",
    "Zweck",
    "Einwilligung am",
    "Form",
    "Version Einwilligungstext",
)
METHOD_LABEL = {ConsentMethod.PAPER: "Papier", ConsentMethod.SCREEN: "Bildschirm"}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def neutralise(cell: str) -> str:
    """A cell a spreadsheet shows as text, never evaluates."""
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def contacts_rows(ws: Workspace, event_id: str) -> list[tuple[str, ...]]:
    with ws.session() as s:
        event = s.get(Event, event_id)
        if event is None or event.deleted:
            raise NotFound("{what} {row_id} not found", what=noun("event"), row_id=event_id)
    rows: list[tuple[str, ...]] = []
    for _person, consent in ParticipantService(ws).contacts_for_export(event_id):
        given = consent.given_at.astimezone(UTC).astimezone()  # local time of this computer
        rows.append(
            (
                consent.name,
                consent.email,
                consent.phone,
                consent.purpose,
                given.strftime("%d.%m.%Y %H:%M"),
                METHOD_LABEL[consent.method],
                consent.text_version,
            )
        )
    rows.sort(key=lambda r: (r[0].casefold(), r[1].casefold()))
    return rows


def contacts_csv(rows: list[tuple[str, ...]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(HEADER)
    for row in rows:
        writer.writerow([neutralise(cell) for cell in row])
    return buffer.getvalue().encode("utf-8-sig")


def write_contacts_csv(ws: Workspace, event_id: str, path: Path) -> int:
    """Write the list; returns the number of contacts."""
    rows = contacts_rows(ws, event_id)
    write_bytes_atomic(path, contacts_csv(rows), private=True)
    return len(rows)
