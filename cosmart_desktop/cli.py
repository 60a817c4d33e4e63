"""The command line (DESIGN.md §6) over the services.

Exit codes: 0 success; 2 bad input or refusal (one line on stderr, nothing
changed); 1 failure. ``--json`` prints one JSON document on stdout. The window
and ``screenshots`` need Qt and are started by ``app.py``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import __version__
from .domain.errors import CosmartError, Refused
from .services.demo import build_demo
from .services.export.json_export import export_record, write_json
from .services.settings import default_workspace_path
from .services.workshops import WorkshopService
from .storage.workspace import Workspace, integrity_report, open_workspace

GUI_COMMANDS = frozenset({None, "screenshots"})


@dataclass(frozen=True)
class ExportTarget:
    """What ``cosmart export KIND`` writes; ``needs`` says which scopes it accepts."""

    write: Callable[[Workspace, argparse.Namespace], dict[str, Any]]
    scopes: frozenset[str] = frozenset({"session", "event"})


def _export_json(ws: Workspace, args: argparse.Namespace) -> dict[str, Any]:
    record = export_record(ws, session_id=args.session, event_id=args.event)
    write_json(args.out, record)
    return {"out": str(args.out), "schema": record["schema"]}


#: export kinds; each feature registers its own (protocol, handouts, measures, …)
EXPORTS: dict[str, ExportTarget] = {"json": ExportTarget(_export_json)}


@dataclass(frozen=True)
class ImportTarget:
    """What ``cosmart import KIND --session ID FILE`` reads; returns a JSON-able summary."""

    read: Callable[[Workspace, argparse.Namespace], dict[str, Any]]


#: import kinds; each feature registers its own (cards, steckbriefe)
IMPORTS: dict[str, ImportTarget] = {}


def _db_arg(p: argparse.ArgumentParser, *, required: bool = False) -> None:
    p.add_argument(
        "--db",
        type=Path,
        required=required,
        help="workspace file (default: the one in the user data folder)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cosmart", description="Co-Smart Werkstatt – Beteiligungsveranstaltungen offline"
    )
    parser.add_argument("--version", action="version", version=f"cosmart {__version__}")
    _db_arg(parser)
    parser.add_argument("--lang", choices=["de", "en"], help="interface language")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("demo", help="fill a workspace with a realistic demo")
    _db_arg(p, required=True)
    p.add_argument("--cards", type=int, default=0, help="number of board cards (0: natural)")
    p.add_argument("--seed", type=int, default=2026)
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("list", help="events and sessions with their ids")
    _db_arg(p, required=True)
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("check", help="integrity check (exit 2 where it fails)")
    _db_arg(p, required=True)
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("export", help="export a session or event")
    p.add_argument("kind", choices=sorted(EXPORTS))
    _db_arg(p, required=True)
    scope = p.add_mutually_exclusive_group(required=False)
    scope.add_argument("--session", help="session id")
    scope.add_argument("--event", help="event id")
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--json", action="store_true")

    if IMPORTS:
        p = sub.add_parser("import", help="import cards or Steckbriefe into a session")
        p.add_argument("kind", choices=sorted(IMPORTS))
        _db_arg(p, required=True)
        p.add_argument("--session", required=True, help="session id")
        p.add_argument("file", type=Path)
        p.add_argument("--json", action="store_true")

    p = sub.add_parser("screenshots", help="render the main views to PNG")
    _db_arg(p, required=True)
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--json", action="store_true")
    return parser


def _emit(args: argparse.Namespace, payload: dict[str, Any], text: str) -> None:
    if getattr(args, "json", False):
        print(json.dumps(payload, ensure_ascii=False))
    else:
        print(text)


def cmd_demo(args: argparse.Namespace) -> int:
    if args.cards < 0 or args.cards > 100_000:
        raise Refused("--cards must be between 0 and 100000")
    with open_workspace(args.db) as ws:
        made = build_demo(ws, cards=args.cards, seed=args.seed)
    payload = {
        "db": str(args.db),
        "events": {k.value: v for k, v in made.events.items()},
        "sessions": {k.value: v for k, v in made.sessions.items()},
    }
    _emit(args, payload, f"Demo in {args.db}: {len(made.events)} Veranstaltungen")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with open_workspace(args.db, create=False) as ws:
        events = WorkshopService(ws).list_events()
    events_doc: list[dict[str, Any]] = [
        {
            "id": e.id,
            "title": e.title,
            "date": e.date.isoformat() if e.date else None,
            "district": e.district,
            "place": e.place,
            "process_step": e.process_step,
            "archived": e.archived,
            "sessions": [
                {
                    "id": s.id,
                    "title": s.title,
                    "format": s.format.value,
                    "current_phase_id": s.current_phase_id,
                    "archived": s.archived,
                }
                for s in e.sessions
            ],
        }
        for e in events
    ]
    doc = {"events": events_doc}
    if args.json:
        print(json.dumps(doc, ensure_ascii=False))
        return 0
    for e in events_doc:
        print(f"{e['id']}  {e['date'] or '—':10}  {e['title']}  ({e['district']})")
        for s in e["sessions"]:
            print(f"    {s['id']}  [{s['format']}]  {s['title']}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    problems = integrity_report(args.db)
    _emit(
        args,
        {"ok": not problems, "problems": problems},
        "ok" if not problems else "\n".join(problems),
    )
    if problems:
        print(f"cosmart: {args.db}: {len(problems)} problem(s) found", file=sys.stderr)
        return 2
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    target = EXPORTS[args.kind]
    scope = "session" if args.session else "event" if args.event else None
    if scope is None or scope not in target.scopes:
        wanted = " or ".join(f"--{s}" for s in sorted(target.scopes))
        raise Refused(f"export {args.kind} needs {wanted} ID")
    with open_workspace(args.db, create=False) as ws:
        payload = target.write(ws, args)
    _emit(args, payload, f"{args.kind} → {args.out}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    with open_workspace(args.db, create=False) as ws:
        payload = IMPORTS[args.kind].read(ws, args)
    _emit(args, payload, f"{args.kind}: {payload}")
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "demo": cmd_demo,
    "import": cmd_import,
    "list": cmd_list,
    "check": cmd_check,
    "export": cmd_export,
}


def resolve_db(args: argparse.Namespace) -> Path:
    return Path(args.db) if args.db else default_workspace_path()


def run(args: argparse.Namespace) -> int:
    """Run a non-GUI subcommand with the exit-code contract."""
    try:
        return COMMANDS[args.command](args)
    except CosmartError as exc:
        print(f"cosmart: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("cosmart: interrupted", file=sys.stderr)
        return 1
    except Exception as exc:
        print(f"cosmart: failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    return build_parser().parse_args(argv)
