"""A throwaway PostgreSQL server on loopback for the sync tests and benchmarks.

``COSMART_TEST_PG_URL`` names a running server to use instead (``scripts/test.sh``
starts one for the whole run with ``python tests/helpers/pg.py run -- CMD …``).
Otherwise ``start_server()`` runs ``initdb`` + ``pg_ctl`` from the PostgreSQL
binaries (as user ``postgres`` when we are root) in a temporary folder.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ENV_URL = "COSMART_TEST_PG_URL"
BIN_DIRS = (
    "/usr/lib/postgresql/15/bin",
    "/usr/lib/postgresql/16/bin",
    "/usr/lib/postgresql/14/bin",
)


def find_bin_dir() -> Path | None:
    """The folder with initdb and pg_ctl, or None where PostgreSQL is not installed."""
    for folder in BIN_DIRS:
        if (Path(folder) / "initdb").is_file() and (Path(folder) / "pg_ctl").is_file():
            return Path(folder)
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Server:
    url: str  # postgresql+psycopg://postgres@127.0.0.1:PORT/postgres
    folder: Path
    bin_dir: Path
    as_postgres: bool

    def _run(self, *args: str) -> None:
        cmd = [str(self.bin_dir / args[0]), *args[1:]]
        if self.as_postgres:
            cmd = ["su", "postgres", "-s", "/bin/sh", "-c", " ".join(_quote(c) for c in cmd)]
        subprocess.run(cmd, check=True, capture_output=True, timeout=120)

    def stop(self) -> None:
        with contextlib.suppress(subprocess.SubprocessError, OSError):
            self._run("pg_ctl", "-D", str(self.folder / "data"), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.folder, ignore_errors=True)


def _quote(text: str) -> str:
    return "'" + text.replace("'", "'\\''") + "'"


def start_server() -> Server:
    bin_dir = find_bin_dir()
    if bin_dir is None:
        raise RuntimeError("no PostgreSQL binaries (initdb, pg_ctl) found")
    folder = Path(tempfile.mkdtemp(prefix="cosmart-pg-"))
    as_postgres = os.geteuid() == 0
    if as_postgres:
        shutil.chown(folder, "postgres", "postgres")
    port = _free_port()
    server = Server(
        f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres", folder, bin_dir, as_postgres
    )
    try:
        server._run(
            "initdb", "-D", str(folder / "data"), "-A", "trust", "-U", "postgres", "-E", "UTF8"
        )
        options = (
            f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=60"
        )
        server._run(
            "pg_ctl",
            "-D",
            str(folder / "data"),
            "-l",
            str(folder / "log"),
            "-o",
            options,
            "-w",
            "start",
        )
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return server


@contextlib.contextmanager
def server_url() -> Iterator[str]:
    """The URL of a server: the one named by COSMART_TEST_PG_URL, or a new one."""
    url = os.environ.get(ENV_URL)
    if url:
        yield url
        return
    server = start_server()
    try:
        yield server.url
    finally:
        server.stop()


def create_database(server: str, prefix: str = "t") -> str:
    """A fresh, empty database on the server; returns its URL."""
    import psycopg
    from sqlalchemy.engine import make_url

    base = make_url(server)
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    conninfo = base.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(conninfo, autocommit=True) as con:
        con.execute(f'CREATE DATABASE "{name}"')
    return base.set(database=name).render_as_string(hide_password=False)


def drop_database(url: str) -> None:
    import psycopg
    from sqlalchemy.engine import make_url

    target = make_url(url)
    admin = target.set(drivername="postgresql", database="postgres")
    with psycopg.connect(admin.render_as_string(hide_password=False), autocommit=True) as con:
        con.execute(f'DROP DATABASE IF EXISTS "{target.database}" WITH (FORCE)')


def main(argv: list[str]) -> int:
    """``pg.py run -- CMD …``: run CMD with COSMART_TEST_PG_URL set to a fresh server
    (or the one already named); without PostgreSQL binaries CMD runs without it."""
    if len(argv) < 3 or argv[0] != "run" or argv[1] != "--":
        print("usage: pg.py run -- COMMAND [ARG …]", file=sys.stderr)
        return 2
    command = argv[2:]
    if os.environ.get(ENV_URL) or find_bin_dir() is None:
        if not os.environ.get(ENV_URL):
            print(
                "pg.py: no PostgreSQL binaries found; PostgreSQL tests will be skipped",
                file=sys.stderr,
            )
        return subprocess.call(command)
    started = time.monotonic()
    server = start_server()
    print(
        f"pg.py: PostgreSQL on {server.url} ({time.monotonic() - started:.1f} s)", file=sys.stderr
    )
    try:
        return subprocess.call(command, env={**os.environ, ENV_URL: server.url})
    finally:
        server.stop()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
