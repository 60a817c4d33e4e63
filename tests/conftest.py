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
