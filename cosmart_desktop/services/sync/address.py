"""Store addresses: ``postgresql+psycopg://user@host/db`` or ``sqlite:///path``.

The password is never shown, logged or stored in settings: ``display`` and
``without_password`` drop it. An SQLite store on a network file system (SMB,
NFS, CIFS, …), a UNC path or a Windows drive letter mapped to a share is
refused: SQLite's file locking is unreliable there, and PostgreSQL is the store
for several computers at once.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PureWindowsPath

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from ...domain.errors import Message, Refused

#: file-system types (as in /proc/mounts) on which an SQLite store is refused
NETWORK_FS = frozenset(
    {
        "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "ncpfs", "afs", "coda",
        "9p", "sshfs", "fuse.sshfs", "davfs", "fuse.davfs2", "glusterfs", "fuse.glusterfs",
        "ceph", "fuse.ceph", "lustre", "gpfs", "ocfs2", "gfs2", "fuse.rclone", "fuse.s3fs",
        "fuse.gvfsd-fuse", "fuse.smbnetfs", "afpfs", "fuse.afpfs",
    }
)  # fmt: skip
MOUNTS = Path("/proc/mounts")
#: GetDriveTypeW's answer for a drive letter mapped to a network share
DRIVE_REMOTE = 4


def windows_drive_type(root: str) -> int:
    """GetDriveTypeW for a drive root such as ``Z:\\`` (Windows only)."""
    import ctypes

    kernel32 = getattr(ctypes, "windll").kernel32  # noqa: B009 - absent off Windows
    return int(kernel32.GetDriveTypeW(root))


@dataclass(frozen=True)
class StoreAddress:
    kind: str  # "postgresql" or "sqlite"
    url: URL
    path: Path | None = None  # the file of an SQLite store

    @property
    def display(self) -> str:
        """For people and logs: never with the password."""
        return self.url.render_as_string(hide_password=True)

    @property
    def without_password(self) -> str:
        """For settings: the address with the password left out."""
        return _with(self.url, None).render_as_string(hide_password=False)

    @property
    def password(self) -> str | None:
        return self.url.password if self.url.password else None

    def with_password(self, password: str | None) -> StoreAddress:
        return StoreAddress(self.kind, _with(self.url, password or None), self.path)

    @property
    def credential_key(self) -> str:
        """Who and where, for the keyring: ``user@host:port/db``."""
        u = self.url
        return f"{u.username or ''}@{u.host or 'localhost'}:{u.port or 5432}/{u.database or ''}"


def _with(url: URL, password: str | None) -> URL:
    return URL.create(
        url.drivername, url.username, password, url.host, url.port, url.database, url.query
    )


def parse_address(text: str, *, mounts: Path = MOUNTS) -> StoreAddress:
    """Check a store address; raises Refused with the reason."""
    text = (text or "").strip()
    if not text:
        raise Refused("no store address given (postgresql+psycopg://… or sqlite:///path)")
    if "\x00" in text:
        raise Refused("the store address contains a NUL character")
    try:
        url = make_url(text)
    except ArgumentError:
        raise Refused(
            "not a store address; use postgresql+psycopg://user@host/database "
            "or sqlite:///path/to/store.sqlite"
        ) from None
    backend = url.get_backend_name()
    if backend in ("postgresql", "postgres"):
        if url.get_driver_name() not in ("psycopg", "psycopg2", "", None) and "+" in url.drivername:
            raise Refused(
                "unsupported PostgreSQL driver {driver!r}; use +psycopg",
                driver=url.get_driver_name(),
            )
        if not url.database:
            raise Refused("the PostgreSQL address names no database (…/DATABASE)")
        return StoreAddress("postgresql", url.set(drivername="postgresql+psycopg"))
    if backend == "sqlite":
        database = url.database or ""
        if not database or database == ":memory:" or database.startswith("file:"):
            raise Refused("an SQLite store needs a file path: sqlite:///path/to/store.sqlite")
        reason = network_reason(database, mounts=mounts)
        if reason:
            raise Refused(reason)
        path = Path(database).expanduser().absolute()
        return StoreAddress("sqlite", url.set(database=str(path)), path)
    raise Refused(
        "unsupported store {backend!r}: use PostgreSQL or an SQLite file", backend=backend
    )


def _unescape(field: str) -> str:
    """/proc/mounts escapes space, tab, newline and backslash as octal."""
    out, i = [], 0
    while i < len(field):
        digits = field[i + 1 : i + 4]
        if field[i] == "\\" and len(digits) == 3 and digits.isdigit():
            out.append(chr(int(field[i + 1 : i + 4], 8)))
            i += 4
        else:
            out.append(field[i])
            i += 1
    return "".join(out)


def filesystem_of(path: Path, mounts: Path = MOUNTS) -> tuple[str, str] | None:
    """(mount point, file-system type) holding ``path``, from the mount table."""
    try:
        lines = mounts.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    target = str(path)
    best: tuple[str, str] | None = None
    for line in lines:
        parts = line.split()
        if len(parts) < 3:
            continue
        point, fstype = _unescape(parts[1]), parts[2]
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and (best is None or len(point) >= len(best[0])):
            best = (point, fstype)
    return best


def network_reason(
    database: str,
    *,
    mounts: Path = MOUNTS,
    drive_type: Callable[[str], int] | None = None,
) -> Message | None:
    """Why an SQLite store at this path is refused, or None if it is on a local disk.

    ``drive_type`` answers for a Windows drive letter (default: GetDriveTypeW on
    Windows, nothing elsewhere)."""
    if database.startswith(("//", "\\\\")) or database.startswith(("/\\\\", "\\\\?\\UNC")):
        return Message(
            "the SQLite store {database} is a network path (UNC); SQLite's file "
            "locking is unreliable on network shares, so several laptops could corrupt "
            "it. Use PostgreSQL as the shared store, or an SQLite file on a local disk.",
            database=database,
        )
    if drive_type is None and sys.platform == "win32":
        drive_type = windows_drive_type
    drive = PureWindowsPath(database).drive or Path(database).expanduser().absolute().drive
    lettered = len(drive) == 2 and drive[1] == ":"
    if drive_type is not None and lettered and drive_type(drive + "\\") == DRIVE_REMOTE:
        return Message(
            "the SQLite store {database} is on {drive}, a network drive; SQLite's "
            "file locking is unreliable on network shares, so several laptops could "
            "corrupt it. Use PostgreSQL as the shared store, or an SQLite file on a "
            "local disk.",
            database=database,
            drive=drive,
        )
    path = Path(database).expanduser().absolute()
    probe = path
    while not probe.exists() and probe.parent != probe:
        probe = probe.parent
    real = Path(os.path.realpath(probe))
    found = filesystem_of(real, mounts)
    if found and (found[1] in NETWORK_FS or found[1].startswith(("nfs", "smb", "cifs"))):
        return Message(
            "the SQLite store {path} is on a network file system ({fstype} at "
            "{mount}); SQLite's file locking is unreliable there, so several laptops "
            "could corrupt it. Use PostgreSQL as the shared store, or an SQLite file on "
            "a local disk.",
            path=path,
            fstype=found[1],
            mount=found[0],
        )
    return None
