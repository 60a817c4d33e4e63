"""Test setup shared by all tests: isolated settings and data folders, Qt
offscreen, and a fresh workspace on a real SQLite file."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    base = tmp_path_factory.mktemp("cosmart-home")
    monkeypatch.setenv("COSMART_CONFIG_DIR", str(base / "config"))
    monkeypatch.setenv("COSMART_DATA_DIR", str(base / "data"))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "workspace.sqlite"


@pytest.fixture
def workspace(db_path: Path) -> Iterator[object]:
    from cosmart_desktop.storage.workspace import open_workspace

    ws = open_workspace(db_path)
    try:
        yield ws
    finally:
        ws.close()


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """A PostgreSQL server for the whole run: COSMART_TEST_PG_URL, or one started
    here on loopback (skipped only where no PostgreSQL binaries exist; in CI a
    missing server fails)."""
    from helpers.pg import ENV_URL, find_bin_dir, server_url

    if not os.environ.get(ENV_URL) and find_bin_dir() is None:
        reason = "no PostgreSQL binaries (initdb, pg_ctl) found: install the postgresql package"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    with server_url() as url:
        yield url


@pytest.fixture
def pg_url(pg_server: str) -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test."""
    from helpers.pg import create_database, drop_database

    url = create_database(pg_server)
    try:
        yield url
    finally:
        drop_database(url)
