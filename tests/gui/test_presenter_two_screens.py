"""The projector with two screens, in a process of its own.

Qt reads the offscreen platform's screen layout when the QApplication is made,
and pytest-qt makes one QApplication per process, so these checks run in a
separate pytest process started with ``QT_QPA_PLATFORM=offscreen:configfile=…``
(a laptop screen and a 1920×1080 projector). The checks themselves live in
``two_screens/check_presenter.py``; they are only collected when asked for by
name, never by the normal run."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from helpers.offscreen import LAPTOP, PROJECTOR, supported, write_config

HERE = Path(__file__).parent
ROOT = HERE.parent.parent


def test_presenter_and_kiosk_with_two_screens(tmp_path: Path) -> None:
    if not supported():
        pytest.skip("plugging offscreen screens in and out needs Linux x86-64")
    config = write_config(tmp_path / "screens.json", [LAPTOP, PROJECTOR])
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "QT_QPA_OFFSCREEN_NO_GLX": "1",
        "COSMART_TWO_SCREENS": "1",
    }
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-o",
            "python_files=check_*.py",
            "--basetemp",
            str(tmp_path / "inner"),
            str(HERE / "two_screens" / "check_presenter.py"),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    report = result.stdout[-6000:] + result.stderr[-3000:]
    assert result.returncode == 0, report
    assert "4 passed" in result.stdout, report
