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
from typing import TYPE_CHECKING, Any, NoReturn

from . import __version__
from .domain.errors import CosmartError, Refused
from .services.settings import default_workspace_path

if TYPE_CHECKING:
    from .storage.workspace import Workspace

# Heavy modules (SQLAlchemy, reportlab, …) are imported inside the commands that
# need them, so `cosmart` (the window) starts without paying for all of them.


def open_ws(path: Path, *, create: bool = True) -> Workspace:
    """Open a workspace the way every command must: with the erasure journal
    replayed into it (importing services.erasure installs that hook)."""
    from .services import erasure  # noqa: F401 - installs the replay hook
    from .storage.workspace import open_workspace

    return open_workspace(path, create=create)


GUI_COMMANDS = frozenset({None, "screenshots"})


@dataclass(frozen=True)
class ExportTarget:
    """What ``cosmart export KIND`` writes; ``needs`` says which scopes it accepts."""

    write: Callable[[Workspace, argparse.Namespace], dict[str, Any]]
    scopes: frozenset[str] = frozenset({"session", "event"})


def _export_json(ws: Workspace, args: argparse.Namespace) -> dict[str, Any]:
    from .services.export.json_export import export_record, write_json

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


def _export_measures(ws: Workspace, args: argparse.Namespace) -> dict[str, Any]:
    from .services.export.measures import export_measures  # reportlab: load when used

    return export_measures(ws, args.out, event_id=args.event)


def _import_steckbriefe(ws: Workspace, args: argparse.Namespace) -> dict[str, Any]:
    from .services.steckbrief_import import import_steckbriefe

    return import_steckbriefe(ws, args.session, args.file).as_json()


EXPORTS["measures"] = ExportTarget(_export_measures, frozenset({"event", "workspace"}))
IMPORTS["steckbriefe"] = ImportTarget(_import_steckbriefe)


def _import_cards(ws: Workspace, args: argparse.Namespace) -> dict[str, Any]:
    from .services.board_import import import_cards

    phase = getattr(args, "phase", None)
    return import_cards(ws, args.session, args.file, phase=phase).summary()


IMPORTS["cards"] = ImportTarget(_import_cards)


def _export_handouts(ws: Workspace, args: argparse.Namespace) -> dict[str, Any]:
    from .services.export.participant_exports import export_handouts

    return export_handouts(ws, args.session, args.out)


def _export_contacts(ws: Workspace, args: argparse.Namespace) -> dict[str, Any]:
    from .services.export.participant_exports import export_contacts

    return export_contacts(ws, args.event, args.out)


def _export_followup(ws: Workspace, args: argparse.Namespace) -> dict[str, Any]:
    from .services.export.participant_exports import export_followup_pages

    return export_followup_pages(ws, args.out, session_id=args.session, event_id=args.event)


EXPORTS["handouts"] = ExportTarget(_export_handouts, frozenset({"session"}))
EXPORTS["contacts"] = ExportTarget(_export_contacts, frozenset({"event"}))
EXPORTS["followup"] = ExportTarget(_export_followup)


def _export_protocol(ws: Workspace, args: argparse.Namespace, fmt: str | None = None) -> Any:
    """Protocol as PDF, HTML, Markdown or CSV (``export protocol``: by the suffix of --out)."""
    from .services.export.protocol import write_protocol
    from .services.settings import FOLLOWUP_URL, OFFICE, Settings

    settings = Settings()
    return write_protocol(
        ws,
        args.out,
        session_id=args.session,
        event_id=args.event,
        fmt=fmt,
        office=settings.get(OFFICE),
        url_template=settings.get(FOLLOWUP_URL),
    ).summary()


EXPORTS["protocol"] = ExportTarget(_export_protocol)
EXPORTS["html"] = ExportTarget(lambda ws, args: _export_protocol(ws, args, "html"))
EXPORTS["csv"] = ExportTarget(lambda ws, args: _export_protocol(ws, args, "csv"))
# every workspace opened by the CLI or the window replays the erasure journal


def _db_arg(p: argparse.ArgumentParser, *, required: bool = False) -> None:
    p.add_argument(
        "--db",
        type=Path,
        required=required,
        help="workspace file (default: the one in the user data folder)",
    )


class _Parser(argparse.ArgumentParser):
    """argparse under the exit-code contract: bad usage is one line on stderr, exit 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="cosmart",
        description="Co-Smart Werkstatt – Beteiligungsveranstaltungen offline",
        epilog="cosmart FILE.cosmart opens that workspace file (the same as --db FILE.cosmart).",
    )
    parser.add_argument("--version", action="version", version=f"cosmart {__version__}")
    _db_arg(parser)
    parser.add_argument("--lang", choices=["de", "en"], help="interface language")
    parser.add_argument(
        "--open-session", metavar="ID", help="open this session directly (ids: cosmart list)"
    )
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
        p.add_argument("--phase", help="cards: phase id, title or key (default: the current phase)")
        p.add_argument("file", type=Path)
        p.add_argument("--json", action="store_true")

    p = sub.add_parser("restore", help="restore a workspace from a backup, erasures replayed")
    _db_arg(p, required=True)
    p.add_argument("--backup", type=Path, required=True, help="the backup file to restore")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("sync", help="push and pull changes with a shared store")
    _db_arg(p, required=True)
    p.add_argument(
        "--store", required=True, help="postgresql+psycopg://user@host/db or sqlite:///path"
    )
    p.add_argument("--verbose", action="store_true", help="progress on stderr")
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
    from .services.demo import build_demo

    with open_ws(args.db) as ws:
        made = build_demo(ws, cards=args.cards, seed=args.seed)
    payload = {
        "db": str(args.db),
        "events": {k.value: v for k, v in made.events.items()},
        "sessions": {k.value: v for k, v in made.sessions.items()},
    }
    _emit(args, payload, f"Demo in {args.db}: {len(made.events)} Veranstaltungen")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from .services.workshops import WorkshopService

    with open_ws(args.db, create=False) as ws:
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
    from .services import erasure  # noqa: F401 - installs the replay hook
    from .storage.workspace import integrity_report

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
    # "workspace" in a target's scopes: it also runs without --session/--event
    scope = "session" if args.session else "event" if args.event else "workspace"
    if scope not in target.scopes:
        wanted = " or ".join(f"--{s}" for s in sorted(target.scopes - {"workspace"}))
        raise Refused("export {kind} needs {wanted} ID", kind=args.kind, wanted=wanted)
    with open_ws(args.db, create=False) as ws:
        payload = target.write(ws, args)
    _emit(args, payload, f"{args.kind} → {args.out}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    with open_ws(args.db, create=False) as ws:
        payload = IMPORTS[args.kind].read(ws, args)
    _emit(args, payload, f"{args.kind}: {payload}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from .services.erasure import restore_backup

    report = restore_backup(args.backup, args.db)
    payload = {
        "db": str(report.target),
        "previous": str(report.previous) if report.previous else None,
        "erased": report.erased,
    }
    kept = f"; the replaced file is kept as {report.previous}" if report.previous else ""
    text = f"restored {args.backup} → {args.db}, {report.erased} erasure(s) replayed{kept}"
    _emit(args, payload, text)
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    """Push and pull; the password comes from the address, PGPASSWORD/.pgpass,
    the keyring or (on a terminal) a prompt, and is never printed."""
    import getpass

    from .services.sync import parse_address, sync_workspace
    from .services.sync.credentials import with_stored_password

    address = with_stored_password(parse_address(args.store))

    def progress(done: int, total: int, label: str) -> None:
        if args.verbose:
            print(f"sync: {label}", file=sys.stderr, flush=True)

    with open_ws(args.db, create=False) as ws:
        try:
            summary = sync_workspace(ws, address, progress=progress)
        except Refused as exc:
            if "login" not in str(exc) or address.password or not sys.stdin.isatty():
                raise
            password = getpass.getpass(f"password for {address.display}: ")
            summary = sync_workspace(ws, address.with_password(password), progress=progress)
    _emit(args, summary.as_dict(), summary.text())
    if summary.refused:
        print(f"cosmart: sync: {summary.refused} change(s) refused (see above)", file=sys.stderr)
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "sync": cmd_sync,
    "restore": cmd_restore,
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


#: a workspace handed on (e.g. on a USB stick) is the workspace file, best named
#: ``*.cosmart``; file managers open it as ``cosmart FILE`` (packaging/: the
#: desktop file and the Windows installer's file association)
WORKSPACE_SUFFIXES = (".cosmart", ".sqlite")
_VALUE_OPTIONS = frozenset({"--db", "--lang", "--open-session"})


def _workspace_argument(parser: argparse.ArgumentParser, argv: list[str]) -> list[str]:
    """``cosmart [OPTIONS] FILE`` means ``cosmart [OPTIONS] --db FILE``. FILE must
    exist or end in .cosmart/.sqlite, so a mistyped command stays an error."""
    commands = set(COMMANDS) | {c for c in GUI_COMMANDS if c}
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg in _VALUE_OPTIONS:
            i += 2
            continue
        if arg.startswith("-"):
            i += 1
            continue
        if arg in commands:
            return argv
        if not (Path(arg).is_file() or arg.lower().endswith(WORKSPACE_SUFFIXES)):
            return argv
        if any(a == "--db" or a.startswith("--db=") for a in argv[:i] + argv[i + 1 :]):
            parser.error(f"give the workspace once: {arg} or --db, not both")
        return [*argv[:i], "--db", arg, *argv[i + 1 :]]
    return argv


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = build_parser()
    args = list(sys.argv[1:] if argv is None else argv)
    return parser.parse_args(_workspace_argument(parser, args))
