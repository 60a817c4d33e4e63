"""Atomic file writes: a crash or a full disk never leaves a half-written file
under the final name."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO


def _default_mode() -> int:
    """What ``open()`` would give a new file: 0o666 minus the process umask."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


@contextlib.contextmanager
def atomic_output(path: Path, *, private: bool = False) -> Iterator[BinaryIO]:
    """Write to a temporary file beside ``path``; rename over it only on success.

    The file gets the usual permissions of a new file (documents are meant to be
    shared); ``private=True`` keeps it readable by the owner only (contact data)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
            os.fchmod(fh.fileno(), 0o600 if private else _default_mode())
        Path(tmp).replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            Path(tmp).unlink()
        raise


def write_bytes_atomic(path: Path, data: bytes, *, private: bool = False) -> None:
    with atomic_output(path, private=private) as fh:
        fh.write(data)


def write_text_atomic(
    path: Path, text: str, encoding: str = "utf-8", *, private: bool = False
) -> None:
    write_bytes_atomic(path, text.encode(encoding), private=private)
