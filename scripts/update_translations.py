#!/usr/bin/env python3
"""Keep the English translation files in step with the German source strings.

Scans ``cosmart_desktop/ui`` for ``tr("…")`` calls (with ``ast``, so only real
calls with a literal string count) plus the domain labels the ui translates at
run time (session formats, process steps, Leitthemen), and adds every source
that is missing to the area's file ``resources/translations/en/<area>.ts`` as
``type="unfinished"`` for a person to translate. Existing entries are kept.

Area of a string = the ui subpackage it is used in:
  ui/board → board.ts · ui/voting, ui/presenter → voting.ts ·
  ui/steckbrief → steckbrief.ts · ui/participants → participants.ts ·
  ui/sync → sync.ts · ui/export → export.ts · everything else → core.ts

Usage:
  python scripts/update_translations.py            add what is missing
  python scripts/update_translations.py --check    only report; exit 1 if anything is missing
  python scripts/update_translations.py --only core   touch only core.ts
"""

from __future__ import annotations

import argparse
import ast
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "cosmart_desktop"
UI = PACKAGE / "ui"
TS_DIR = PACKAGE / "resources" / "translations" / "en"
CONTEXT = "cosmart"
AREAS = {
    "board": "board",
    "voting": "voting",
    "presenter": "voting",
    "steckbrief": "steckbrief",
    "participants": "participants",
    "sync": "sync",
    "export": "export",
}
DEFAULT_AREA = "core"


def area_of(path: Path) -> str:
    """The translation file (without .ts) for strings used in ``path``."""
    parts = path.resolve().relative_to(UI.resolve()).parts
    return AREAS.get(parts[0], DEFAULT_AREA) if len(parts) > 1 else DEFAULT_AREA


def tr_calls(path: Path) -> Iterator[tuple[str, int]]:
    """(source, line) of every ``tr("literal")`` call in a Python file."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
        arg = node.args[0]
        if name == "tr" and isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            yield arg.value, node.lineno


def data_sources() -> list[str]:
    """Domain labels that the ui passes through ``tr()`` at run time."""
    sys.path.insert(0, str(ROOT))
    from cosmart_desktop.domain.enums import PROCESS_STEP_LABELS, SessionFormat
    from cosmart_desktop.domain.strategy import default_strategy_frame

    labels = [fmt.label for fmt in SessionFormat]
    labels += list(PROCESS_STEP_LABELS.values())
    labels += [lt.name for lt in default_strategy_frame()]
    return labels


def collect() -> dict[str, dict[str, list[str]]]:
    """area → source → places it is used ("ui/home.py:42")."""
    found: dict[str, dict[str, list[str]]] = {}
    for path in sorted(UI.rglob("*.py")):
        area = area_of(path)
        where = path.relative_to(PACKAGE).as_posix()
        for source, line in tr_calls(path):
            found.setdefault(area, {}).setdefault(source, []).append(f"{where}:{line}")
    for source in data_sources():
        found.setdefault(DEFAULT_AREA, {}).setdefault(source, []).append("domain labels")
    return found


def read_ts(path: Path) -> tuple[ET.Element, dict[str, ET.Element]]:
    """The TS root and its messages of our context, by source."""
    if path.exists():
        root = ET.fromstring(path.read_bytes())
    else:
        root = ET.Element("TS", {"version": "2.1", "language": "en"})
    context = next(
        (c for c in root.iter("context") if c.findtext("name") == CONTEXT),
        None,
    )
    if context is None:
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = CONTEXT
    messages = {m.findtext("source") or "": m for m in context.iter("message")}
    return root, messages


def translations() -> dict[str, str]:
    """source → finished English translation, over all area files."""
    table: dict[str, str] = {}
    for path in sorted(TS_DIR.glob("*.ts")):
        _root, messages = read_ts(path)
        for source, message in messages.items():
            tr_el = message.find("translation")
            if tr_el is not None and tr_el.text and tr_el.get("type") is None:
                table[source] = tr_el.text
    return table


def write_ts(path: Path, root: ET.Element) -> None:
    ET.indent(root, space="  ")
    body = ET.tostring(root, encoding="unicode")
    path.parent.mkdir(parents=True, exist_ok=True)
    text = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n"
    path.write_text(text, encoding="utf-8")


def add_missing(area: str, sources: dict[str, list[str]], known: dict[str, str]) -> list[str]:
    """Add sources that no file translates yet to ``<area>.ts``; returns them."""
    path = TS_DIR / f"{area}.ts"
    root, messages = read_ts(path)
    context = next(c for c in root.iter("context") if c.findtext("name") == CONTEXT)
    added = []
    for source, places in sources.items():
        if source in messages or source in known:
            continue
        message = ET.SubElement(context, "message")
        location = places[0].rpartition(":")
        if location[0]:
            ET.SubElement(message, "location", {"filename": f"../../../{location[0]}"})
        ET.SubElement(message, "source").text = source
        ET.SubElement(message, "translation", {"type": "unfinished"})
        added.append(source)
    if added:
        write_ts(path, root)
    return added


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report only; exit 1 if missing")
    parser.add_argument("--only", metavar="AREA", help="touch only this area's file")
    args = parser.parse_args()
    found = collect()
    known = translations()
    missing = 0
    for area, sources in sorted(found.items()):
        if args.only and area != args.only:
            continue
        todo = [s for s in sources if s not in known]
        missing += len(todo)
        if args.check:
            for source in todo:
                print(f"{area}.ts: missing {source!r} ({sources[source][0]})")
            continue
        added = add_missing(area, sources, known)
        if added:
            print(f"{area}.ts: added {len(added)} unfinished message(s)")
    if args.check and missing:
        print(f"{missing} string(s) without a finished English translation", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
