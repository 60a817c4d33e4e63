"""The real ``cosmart`` process on a virtual screen (Xvfb), driven by real key
presses (xdotool): type into a phase, SIGKILL the process mid-session, restart
it and find the text and the running timer. At most the last second of typing
may be lost (DESIGN.md §4, issue 2)."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from cosmart_desktop.domain.enums import SessionFormat
from cosmart_desktop.services.workshops import WorkshopService
from cosmart_desktop.storage.workspace import open_workspace

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(
        not (shutil.which("Xvfb") and shutil.which("xdotool")),
        reason="needs Xvfb and xdotool (scripts/setup.sh installs them)",
    ),
]

COSMART = Path(sys.executable).with_name("cosmart")
TITLE = "Co-Smart Werkstatt"


def _display_works(name: str) -> bool:
    probe = subprocess.run(
        ["xdotool", "getdisplaygeometry"],
        env={**os.environ, "DISPLAY": name},
        capture_output=True,
        check=False,
    )
    return probe.returncode == 0


@pytest.fixture(scope="module")
def display() -> Iterator[str]:
    """A private X display on a free number well away from real desktops."""
    for number in range(140, 200):
        if Path(f"/tmp/.X{number}-lock").exists():
            continue
        name = f":{number}"
        xvfb = subprocess.Popen(
            ["Xvfb", name, "-screen", "0", "1280x900x24", "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 15
        while xvfb.poll() is None and time.monotonic() < deadline:
            if _display_works(name):
                break
            time.sleep(0.1)
        if xvfb.poll() is None and _display_works(name):
            try:
                yield name
            finally:
                xvfb.terminate()
                xvfb.wait(timeout=10)
            return
        xvfb.kill()
        xvfb.wait(timeout=10)
    pytest.fail("no X display could be started with Xvfb")


def _env(display: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        {
            "DISPLAY": display,
            "QT_QPA_PLATFORM": "xcb",
            "LC_ALL": "C.UTF-8",
            "PYTHONFAULTHANDLER": "1",
        }
    )
    return env


def _xdotool(display: str, *args: str, timeout: float = 30) -> str:
    out = subprocess.run(
        ["xdotool", *args],
        env=_env(display),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=True,
    )
    return out.stdout.strip()


def _start(display: str, db: Path, session_id: str) -> tuple[subprocess.Popen[bytes], Path]:
    """Start the app on ``db`` with ``session_id`` open and focus its window;
    returns the process and the file its output goes to."""
    log = db.with_name(f"cosmart-{time.monotonic_ns()}.log")
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [str(COSMART), "--db", str(db), "--open-session", session_id],
            env=_env(display),
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    deadline = time.monotonic() + 60
    window = ""
    while time.monotonic() < deadline and not window:
        if proc.poll() is not None:
            pytest.fail(f"cosmart exited early ({proc.returncode}): {log.read_text()}")
        found = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--name", TITLE],
            env=_env(display),
            capture_output=True,
            text=True,
            check=False,
        )
        window = found.stdout.split()[-1] if found.stdout.split() else ""
        if window and "geladen" in _xdotool(display, "getwindowname", window):
            window = ""  # shown, but the application is still loading into it
        time.sleep(0.2)
    if not window:
        proc.kill()
        pytest.fail("the main window did not appear within 60 s")
    _xdotool(display, "windowfocus", "--sync", window)
    time.sleep(0.5)  # let the window settle (first paint, focus)
    return proc, log


def _stored(db: Path, session_id: str) -> dict[str, object]:
    """The session as exported by ``cosmart export json`` (a separate process)."""
    out = db.with_name("record.json")
    subprocess.run(
        [str(COSMART), "export", "json", "--db", str(db), "--session", session_id,
         "--out", str(out)],
        check=True,
        capture_output=True,
        timeout=120,
    )  # fmt: skip
    record = json.loads(out.read_text(encoding="utf-8"))
    session = record["event"]["sessions"][0]
    current = session["current_phase_id"]
    return next(p for p in session["phases"] if p["id"] == current)


@pytest.fixture
def workspace_with_session(tmp_path: Path) -> tuple[Path, str]:
    db = tmp_path / "veranstaltung.sqlite"
    with open_workspace(db) as ws:
        svc = WorkshopService(ws)
        event_id = svc.create_event("Zukunftswerkstatt Wesertor", district="Wesertor")
        session_id = svc.create_session(event_id, SessionFormat.ZUKUNFTSWERKSTATT)
    return db, session_id


def test_sigkill_mid_edit_loses_nothing_typed_a_second_before(
    display: str, workspace_with_session: tuple[Path, str]
) -> None:
    db, session_id = workspace_with_session
    proc, _log = _start(display, db, session_id)
    try:
        _xdotool(display, "key", "F5")  # start the phase timer
        _xdotool(display, "key", "alt+l")  # the guiding question field (&Leitfrage)
        _xdotool(display, "key", "ctrl+a")
        first = "Was stoert Sie am Busverkehr im Quartier?"
        _xdotool(display, "type", "--delay", "30", first)
        time.sleep(2.0)  # more than the one second that may be lost
        second = " Und abends?"
        _xdotool(display, "type", "--delay", "30", second)
        os.kill(proc.pid, signal.SIGKILL)  # power cut: no chance to save anything
        proc.wait(timeout=10)
        assert proc.returncode == -signal.SIGKILL
    finally:
        if proc.poll() is None:
            proc.kill()
    assert db.with_name(db.name + "-wal").exists(), "killed, so the WAL was not checkpointed"

    phase = _stored(db, session_id)  # a fresh process recovers the WAL
    question = str(phase["guiding_question"])
    assert question.startswith(first), f"typed 2 s before the kill but not stored: {question!r}"
    assert (first + second).startswith(question)
    assert phase["timer_started_at"] is not None, "the running timer was stored"

    again, log = _start(display, db, session_id)  # restart: the app opens it again
    try:
        time.sleep(1.0)
        _xdotool(display, "key", "ctrl+q")
        code = again.wait(timeout=30)
        output = log.read_text(errors="replace")
        assert code == 0, output
        assert "Traceback" not in output, output
    finally:
        if again.poll() is None:
            again.kill()
    assert not db.with_name(db.name + "-wal").exists(), "a clean quit checkpoints the WAL"
    phase = _stored(db, session_id)
    assert str(phase["guiding_question"]).startswith(first)
    assert phase["timer_started_at"] is not None, "still running after the restart"


def test_continuous_typing_is_saved_while_typing(
    display: str, workspace_with_session: tuple[Path, str]
) -> None:
    """Typing without a pause is committed at least every second, not only in
    pauses: killed right after five seconds of typing, most of it is there."""
    db, session_id = workspace_with_session
    proc, _log = _start(display, db, session_id)
    text = "Mehr Radwege, sichere Kreuzungen und Bänke an jeder Haltestelle im Stadtteil"
    text = text.replace("ä", "ae")  # xdotool types ASCII reliably on every keymap
    try:
        _xdotool(display, "key", "alt+r")  # the rules field (&Regeln)
        _xdotool(display, "key", "ctrl+a")
        _xdotool(display, "type", "--delay", "65", text)  # ~5 s, no pause
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
    rules = str(_stored(db, session_id)["rules"])
    assert text.startswith(rules), f"stored text is not what was typed: {rules!r}"
    assert len(rules) >= len(text) // 2, (
        f"only {len(rules)} of {len(text)} characters were stored while typing"
    )
