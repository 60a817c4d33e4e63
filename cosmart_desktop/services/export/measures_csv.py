"""The Maßnahmenliste as CSV for German Excel: ``;`` separated, UTF-8 with BOM,
CRLF line ends, decimal commas, and every cell that Excel would read as a
formula (``=``, ``+``, ``-``, ``@``, tab, carriage return) neutralised with a
leading apostrophe. Raters appear as counts, never by name."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from pathlib import Path

from ...domain.scoring import score_text
from ...domain.steckbrief import PRIORITY_LABELS
from ..atomic import write_bytes_atomic
from ..measures import MeasureRow

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

HEADER = (
    "Rang",
    "Titel",
    "Kurzbeschreibung",
    "Leitthema",
    "Handlungsfeld",
    "Stadtteile",
    "Status",
    "Priorität",
    "Punktzahl",
    "Streuung",
    "Bewertende",
    "Bewertungen offen",
    "K.O.-Kriterien nicht erfüllt",
    "Stimmen",
    "Federführung",
    "Veranstaltung",
    "Sitzung",
    "ID",
)


def neutralise(cell: str) -> str:
    """A cell Excel shows as text, never evaluates (OWASP CSV injection)."""
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def measure_cells(row: MeasureRow) -> list[str]:
    b = row.steckbrief
    return [
        "" if row.rank is None else str(row.rank),
        b.title,
        b.summary,
        row.leitthema,
        row.handlungsfeld,
        ", ".join(b.districts),
        b.status.label,
        PRIORITY_LABELS.get(b.priority, ""),
        "" if row.score is None else score_text(row.score),
        "" if row.spread is None else score_text(row.spread),
        str(len(row.raters)),
        str(len(row.missing_raters) + row.incomplete),
        "; ".join(row.ko_failed),
        str(row.support),
        b.lead,
        row.event_title,
        row.session_title,
        b.id,
    ]


def csv_bytes(header: Sequence[str], rows: Iterable[Sequence[str]]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow([neutralise(h) for h in header])
    for cells in rows:
        writer.writerow([neutralise(c) for c in cells])
    return buffer.getvalue().encode("utf-8-sig")


def write_measures_csv(path: Path, rows: Sequence[MeasureRow]) -> None:
    write_bytes_atomic(path, csv_bytes(HEADER, (measure_cells(r) for r in rows)))
