"""``cosmart export measures``: the Maßnahmenliste of an event or of the whole
workspace as CSV (German Excel) or PDF (the list, then one page per
Steckbrief), chosen by the suffix of ``--out``; and one Steckbrief as a
one-page PDF."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from ...domain.errors import NotFound, Refused
from ...domain.scoring import group_means
from ...domain.steckbrief import FIELD_LABELS, missing_fields
from ...storage.models import Event
from ...storage.workspace import Workspace
from ..catalogue import CatalogueService
from ..common import noun
from ..measures import MeasureFilter, MeasureRow, MeasuresService
from ..steckbrief import SteckbriefService
from .measures_csv import write_measures_csv
from .measures_pdf import SteckbriefPage, write_pdf

Progress = Callable[[int, int, str], None]
SUFFIXES = (".csv", ".pdf")


def _scope(ws: Workspace, event_id: str | None) -> tuple[str, str]:
    if event_id is None:
        return "Maßnahmenliste", "Alle Veranstaltungen des Arbeitsbereichs"
    with ws.session() as s:
        event = s.get(Event, event_id)
        if event is None or event.deleted:
            raise NotFound("{what} {row_id} not found", what=noun("event"), row_id=event_id)
        where = f" · {event.district}" if event.district else ""
        return "Maßnahmenliste", f"{event.title}{where}"


def steckbrief_pages(ws: Workspace, rows: Sequence[MeasureRow]) -> list[SteckbriefPage]:
    """The one-page view of each row's Steckbrief (same order)."""
    service = SteckbriefService(ws)
    criteria = [c.scoring() for c in CatalogueService(ws).active().criteria]
    pages = []
    for row in rows:
        b = row.steckbrief
        pages.append(
            SteckbriefPage(
                row=row,
                origin=service.origin(b.id),
                groups=tuple(group_means(criteria, row.result)),
                missing=tuple(FIELD_LABELS[k] for k in missing_fields(b.values())),
            )
        )
    return pages


def export_measures(
    ws: Workspace,
    out: Path,
    *,
    event_id: str | None = None,
    flt: MeasureFilter | None = None,
    progress: Progress | None = None,
) -> dict[str, Any]:
    """Write the Maßnahmenliste to ``out`` (.csv or .pdf); returns a summary."""
    out = Path(out)
    suffix = out.suffix.casefold()
    if suffix not in SUFFIXES:
        raise Refused("{name}: the file name must end in .csv or .pdf", name=out.name)
    title, subtitle = _scope(ws, event_id)
    base = flt or MeasureFilter()
    rows = MeasuresService(ws).rows(
        MeasureFilter(
            event_id=event_id,
            session_id=base.session_id,
            leitthema_id=base.leitthema_id,
            handlungsfeld_id=base.handlungsfeld_id,
            district=base.district,
            status=base.status,
            text=base.text,
        )
    )
    if progress:
        progress(0, len(rows) + 1, "Maßnahmenliste")
    if suffix == ".csv":
        write_measures_csv(out, rows)
    else:
        write_pdf(out, title=title, subtitle=subtitle, rows=rows, pages=steckbrief_pages(ws, rows))
    if progress:
        progress(len(rows) + 1, len(rows) + 1, "")
    return {
        "out": str(out),
        "format": suffix[1:],
        "scope": "event" if event_id else "workspace",
        "steckbriefe": len(rows),
    }


def export_steckbrief_pdf(ws: Workspace, steckbrief_id: str, out: Path) -> dict[str, Any]:
    """One Steckbrief on one page (ranked within its event)."""
    info = SteckbriefService(ws).get(steckbrief_id)
    rows = [
        r
        for r in MeasuresService(ws).rows(MeasureFilter(event_id=info.event_id))
        if r.id == info.id
    ]
    if not rows:
        raise NotFound("Steckbrief {steckbrief_id} not found", steckbrief_id=steckbrief_id)
    write_pdf(
        Path(out),
        title=f"Steckbrief {info.title}",
        subtitle="",
        rows=None,
        pages=steckbrief_pages(ws, rows),
    )
    return {"out": str(out), "steckbrief": steckbrief_id}
