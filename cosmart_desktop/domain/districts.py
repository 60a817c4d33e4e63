"""District lists (Stadtteile). Kassel's 23 are shipped; another city's list is
a UTF-8 text file with one name per line that the user can choose instead."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from .errors import Refused


def _parse(text: str) -> list[str]:
    names = [line.strip() for line in text.splitlines()]
    return [n for n in names if n and not n.startswith("#")]


def default_districts() -> list[str]:
    path = resources.files("cosmart_desktop") / "resources" / "data" / "districts_kassel.txt"
    return _parse(path.read_text(encoding="utf-8"))


def load_districts(path: Path | None = None) -> list[str]:
    if path is None:
        return default_districts()
    try:
        names = _parse(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise Refused("district list {path} cannot be read: {error}", path=path, error=exc) from exc
    if not names:
        raise Refused("district list {path} holds no names", path=path)
    return names
