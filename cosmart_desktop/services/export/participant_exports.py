"""The exports of the participants area as the CLI and the ui call them:
handouts (PDF), follow-up pages (HTML folder) and the newsletter contacts (CSV).
Each returns a JSON-able summary; city settings come from ``Settings``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ...storage.workspace import Workspace
from ..settings import FOLLOWUP_URL, OFFICE, Settings
from .contacts_csv import write_contacts_csv
from .followup_pages import build_pages, write_pages
from .handout_pdf import write_handout_pdf
from .handouts import build_handout


def export_handouts(
    ws: Workspace,
    session_id: str,
    out: Path,
    settings: Settings | None = None,
    *,
    session_copies: int = 1,
) -> dict[str, Any]:
    settings = settings or Settings()
    handout = build_handout(
        ws,
        session_id,
        settings.get(FOLLOWUP_URL),
        settings.get(OFFICE),
        session_copies=session_copies,
    )
    write_handout_pdf(out, handout)
    return {
        "out": str(out),
        "cards": len(handout.cards),
        "pages": len(handout.pages()),
        "urls": sorted({c.url for c in handout.cards}),
    }


def export_followup_pages(
    ws: Workspace,
    out: Path,
    *,
    session_id: str | None = None,
    event_id: str | None = None,
    settings: Settings | None = None,
) -> dict[str, Any]:
    settings = settings or Settings()
    pages = build_pages(
        ws,
        settings.get(FOLLOWUP_URL),
        settings.get(OFFICE),
        session_id=session_id,
        event_id=event_id,
    )
    written = write_pages(out, pages)
    return {"out": str(out), "pages": [str(p) for p in written], "urls": [p.url for p in pages]}


def export_contacts(ws: Workspace, event_id: str, out: Path) -> dict[str, Any]:
    return {"out": str(out), "contacts": write_contacts_csv(ws, event_id, out)}
