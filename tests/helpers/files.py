"""File fingerprints for "left byte-for-byte unchanged" assertions."""

from __future__ import annotations

import hashlib
from pathlib import Path


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_state(folder: Path) -> dict[str, str]:
    """Every file in ``folder`` (not recursive) with its hash: shows changed
    files, and also new ``-wal``/``-shm``/backup files beside them."""
    return {p.name: sha256(p) for p in sorted(folder.iterdir()) if p.is_file()}
