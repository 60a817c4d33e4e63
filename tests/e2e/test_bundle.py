"""The installable bundle (issue 9): ``packaging/build.sh`` builds it with
PyInstaller, and its program runs where the project's Python is not reachable
(an empty PATH, no PYTHONPATH, a fresh home): ``--help``, a demo workspace, the
protocol PDF and QR handouts read back, sync into an SQLite file and PostgreSQL,
the window offscreen (screenshots, and a session opened from a ``.cosmart`` file)
and on an X screen (closed with Ctrl+Q), and an older workspace migrated by the
Alembic scripts that travel as files in the bundle.

The build takes about a minute on two cores; its time is printed (``-rA`` or
``-s`` shows it), and the whole build folder is removed afterwards."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from cosmart_desktop import __version__

pytestmark = [pytest.mark.slow, pytest.mark.e2e]

ROOT = Path(__file__).resolve().parents[2]
#: where the project's Python lives: nothing from here may be loaded by the bundle
OUTSIDE = tuple(
    {Path(sys.prefix).resolve(), Path(sys.base_prefix).resolve(), ROOT}
    - {Path("/"), Path("/usr")}  # a system Python: its prefix also holds the system libraries
)

SECOND_REVISION = '''"""bundle test: a later revision that rebuilds the event table

Revision ID: 0002
Revises: 0001
"""
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("event", recreate="always") as batch_op:
        batch_op.add_column(
            sa.Column("short_title", sa.String(80), nullable=False, server_default="")
        )
    op.execute("UPDATE event SET short_title = substr(title, 1, 12)")
'''


@pytest.fixture(scope="module")
def build_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    base = tmp_path_factory.mktemp("bundle")
    try:
        yield base
    finally:
        shutil.rmtree(base, ignore_errors=True)  # ~250 MB: never left behind


@pytest.fixture(scope="module")
def bundle(build_dir: Path) -> Path:
    """dist/cosmart built by packaging/build.sh with this test run's venv."""
    started = time.monotonic()
    proc = subprocess.run(
        [
            "bash",
            str(ROOT / "packaging" / "build.sh"),
            "--venv",
            sys.prefix,
            "--dist",
            str(build_dir / "dist"),
            "--work",
            str(build_dir / "work"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    assert proc.returncode == 0, f"{proc.stdout[-4000:]}\n{proc.stderr[-4000:]}"
    seconds = time.monotonic() - started
    folder = build_dir / "dist" / "cosmart"
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    size = sum(p.stat().st_size for p in files) / 2**20
    print(f"\nbundle: built in {seconds:.0f} s, {size:.0f} MiB at {folder}")
    return folder


@pytest.fixture(scope="module")
def program(bundle: Path) -> Path:
    exe = bundle / ("cosmart.exe" if sys.platform == "win32" else "cosmart")
    assert exe.is_file() and os.access(exe, os.X_OK)
    return exe


def _env(home: Path, **extra: str) -> dict[str, str]:
    """A user's environment with no Python in reach: an empty PATH, no
    PYTHONPATH/PYTHONHOME, and a home and settings of its own."""
    empty = home / "empty-path"
    empty.mkdir(parents=True, exist_ok=True)
    env = {
        "PATH": str(empty),
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "COSMART_CONFIG_DIR": str(home / "config"),
        "COSMART_DATA_DIR": str(home / "data"),
        "QT_QPA_PLATFORM": "offscreen",
        "TMPDIR": str(home),
    }
    env.update(extra)
    return env


def _run(
    program: Path, home: Path, *args: str, timeout: float = 180
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(program), *args],
        env=_env(home),
        cwd=home,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def _ok(program: Path, home: Path, *args: str) -> str:
    proc = _run(program, home, *args)
    assert proc.returncode == 0, f"cosmart {' '.join(args)}: {proc.returncode}\n{proc.stderr}"
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc.stdout


@pytest.fixture(scope="module")
def home(build_dir: Path) -> Path:
    folder = build_dir / "home"
    folder.mkdir()
    return folder


@pytest.fixture(scope="module")
def demo(program: Path, home: Path) -> tuple[Path, dict[str, object]]:
    """A demo workspace made by the bundle (a fresh file: every migration runs)."""
    db = home / "demo.cosmart"
    made = json.loads(_ok(program, home, "demo", "--db", str(db), "--json"))
    listed = json.loads(_ok(program, home, "list", "--db", str(db), "--json"))
    return db, {"made": made, "events": listed["events"]}


def _session(info: dict[str, object], fmt: str) -> tuple[dict[str, object], dict[str, object]]:
    for event in info["events"]:  # type: ignore[attr-defined]
        for session in event["sessions"]:
            if session["format"] == fmt:
                return event, session
    raise AssertionError(f"no {fmt} session in the demo")


def test_help_and_version(program: Path, home: Path) -> None:
    out = _ok(program, home, "--help")
    for word in ("demo", "export", "sync", "screenshots", "cosmart FILE.cosmart"):
        assert word in out
    assert _ok(program, home, "--version").strip() == f"cosmart {__version__}"
    refused = _run(
        program,
        home,
        "export",
        "protocol",
        "--db",
        str(home / "none.sqlite"),
        "--session",
        "x",
        "--out",
        str(home / "x.pdf"),
    )
    assert refused.returncode == 2 and len(refused.stderr.strip().splitlines()) == 1
    assert not (home / "none.sqlite").exists()


def test_demo_and_protocol_pdf(
    program: Path, home: Path, demo: tuple[Path, dict[str, object]]
) -> None:
    from pypdf import PdfReader

    db, info = demo
    assert len(info["events"]) == 4  # type: ignore[arg-type]
    event, session = _session(info, "zukunftswerkstatt")
    pdf = home / "protokoll.pdf"
    summary = json.loads(
        _ok(
            program,
            home,
            "export",
            "protocol",
            "--db",
            str(db),
            "--session",
            str(session["id"]),
            "--out",
            str(pdf),
            "--json",
        )
    )
    reader = PdfReader(str(pdf))
    assert summary["format"] == "pdf" and len(reader.pages) == summary["pages"] >= 2
    text = " ".join(" ".join(page.extract_text() or "" for page in reader.pages).split())
    assert str(event["title"]) in text
    assert "Protokoll" in text and f"Co-Smart Werkstatt {__version__}" in text
    assert summary["cards"] > 0 and text.count("Zukunftswerkstatt") >= 2


def test_handouts_carry_readable_qr_codes(
    program: Path, home: Path, demo: tuple[Path, dict[str, object]]
) -> None:
    import pypdfium2
    import zxingcpp

    db, info = demo
    _event, session = _session(info, "zukunftswerkstatt")
    out = home / "handouts.pdf"
    summary = json.loads(
        _ok(
            program,
            home,
            "export",
            "handouts",
            "--db",
            str(db),
            "--session",
            str(session["id"]),
            "--out",
            str(out),
            "--json",
        )
    )
    document = pypdfium2.PdfDocument(str(out))
    try:
        image = document[0].render(scale=3).to_pil()
    finally:
        document.close()
    decoded = {r.text for r in zxingcpp.read_barcodes(image)}
    assert decoded and decoded <= set(summary["urls"])


def test_sync_through_a_shared_sqlite_file(
    program: Path, home: Path, demo: tuple[Path, dict[str, object]]
) -> None:
    db, _info = demo
    other = home / "laptop-b.cosmart"
    _ok(program, home, "demo", "--db", str(other), "--seed", "7")
    store = f"sqlite:///{home / 'store.sqlite'}"
    first = json.loads(_ok(program, home, "sync", "--db", str(db), "--store", store, "--json"))
    second = json.loads(_ok(program, home, "sync", "--db", str(other), "--store", store, "--json"))
    again = json.loads(_ok(program, home, "sync", "--db", str(db), "--store", store, "--json"))
    assert first["pushed"] > 0 and second["pulled"] > 0 and again["pulled"] > 0

    def ids(path: Path) -> set[str]:
        listed = json.loads(_ok(program, home, "list", "--db", str(path), "--json"))
        return {s["id"] for e in listed["events"] for s in e["sessions"]}

    assert ids(db) == ids(other) and len(ids(db)) > 4


@pytest.mark.postgres
def test_sync_into_postgresql(program: Path, home: Path, pg_url: str) -> None:
    copy = home / "pg-laptop.cosmart"
    _ok(program, home, "demo", "--db", str(copy), "--seed", "11")
    summary = json.loads(_ok(program, home, "sync", "--db", str(copy), "--store", pg_url, "--json"))
    assert summary["pushed"] > 0 and summary["refused"] == 0
    noop = json.loads(_ok(program, home, "sync", "--db", str(copy), "--store", pg_url, "--json"))
    assert noop["pushed"] == 0 and noop["pulled"] == 0


def test_screenshots_offscreen(
    program: Path, home: Path, demo: tuple[Path, dict[str, object]]
) -> None:
    from PIL import Image

    db, _info = demo
    out = home / "shots"
    payload = json.loads(
        _ok(program, home, "screenshots", "--db", str(db), "--out", str(out), "--json")
    )
    files = [Path(f) for f in payload["files"]]
    assert {"home", "session", "board", "presenter", "protocol"} <= {f.stem for f in files}
    for path in files:
        with Image.open(path) as image:
            assert image.width >= 400 and image.height >= 300, path.name
            colours = image.convert("RGB").resize((64, 64)).getcolors(64 * 64)
            assert colours is None or len(colours) > 8, f"{path.name} is nearly blank"


def _foreign_libraries(pid: int) -> list[str]:
    """Files mapped into the process from the project's venv, Python or checkout."""
    maps = Path(f"/proc/{pid}/maps")
    if not maps.exists():
        return []
    found = set()
    for line in maps.read_text().splitlines():
        path = line.split()[-1] if len(line.split()) >= 6 else ""
        if path.startswith("/") and any(Path(path).is_relative_to(p) for p in OUTSIDE):
            found.add(path)
    return sorted(found)


def test_window_opens_a_cosmart_file_offscreen(
    program: Path, bundle: Path, home: Path, demo: tuple[Path, dict[str, object]]
) -> None:
    db, info = demo
    _event, session = _session(info, "denklabor")
    settings = home / "config" / "settings.json"
    log = home / "window.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [str(program), "--open-session", str(session["id"]), str(db)],  # as a file manager
            env=_env(home),
            cwd=home,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + 90
        opened = False
        while time.monotonic() < deadline and not opened:
            assert proc.poll() is None, f"exited {proc.returncode}: {log.read_text()}"
            if settings.exists():
                recent = json.loads(settings.read_text(encoding="utf-8")).get("recent_sessions")
                opened = bool(recent) and recent[0] == session["id"]
            time.sleep(0.2)
        assert opened, "the session was not opened within 90 s"
        time.sleep(1.0)
        assert proc.poll() is None, log.read_text()
        assert _foreign_libraries(proc.pid) == []
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=30)
    assert "Traceback" not in log.read_text(errors="replace")
    assert _run(program, home, "check", "--db", str(db)).returncode == 0


@pytest.fixture
def x_display(build_dir: Path) -> Iterator[str]:
    if not (shutil.which("Xvfb") and shutil.which("xdotool")):
        pytest.skip("needs Xvfb and xdotool (scripts/setup.sh installs them)")
    for number in range(160, 220):
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
            probe = subprocess.run(
                ["xdotool", "getdisplaygeometry"],
                env={**os.environ, "DISPLAY": name},
                capture_output=True,
                check=False,
            )
            if probe.returncode == 0:
                try:
                    yield name
                finally:
                    xvfb.terminate()
                    xvfb.wait(timeout=10)
                return
            time.sleep(0.1)
        xvfb.kill()
        xvfb.wait(timeout=10)
    pytest.fail("no X display could be started with Xvfb")


def test_window_on_an_x_screen_closes_with_ctrl_q(
    program: Path, home: Path, demo: tuple[Path, dict[str, object]], x_display: str
) -> None:
    db, _info = demo
    env = _env(home, QT_QPA_PLATFORM="xcb", DISPLAY=x_display)
    xenv = {**os.environ, "DISPLAY": x_display}
    log = home / "xcb.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [str(program), str(db)], env=env, cwd=home, stdout=out, stderr=subprocess.STDOUT
        )
    try:
        window, deadline = "", time.monotonic() + 90
        while not window and time.monotonic() < deadline:
            assert proc.poll() is None, f"exited {proc.returncode}: {log.read_text()}"
            found = subprocess.run(
                ["xdotool", "search", "--onlyvisible", "--name", r"demo\.cosmart$"],
                env=xenv,
                capture_output=True,
                text=True,
                check=False,
            )
            window = found.stdout.split()[-1] if found.stdout.split() else ""
            time.sleep(0.2)
        assert window, f"no loaded window titled …demo.cosmart within 90 s: {log.read_text()}"
        subprocess.run(
            ["xdotool", "windowfocus", "--sync", window], env=xenv, check=True, timeout=30
        )
        time.sleep(0.5)
        subprocess.run(["xdotool", "key", "ctrl+q"], env=xenv, check=True, timeout=30)
        assert proc.wait(timeout=30) == 0, log.read_text()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=10)
    assert "Traceback" not in log.read_text(errors="replace")


def test_an_older_workspace_is_migrated_by_the_bundled_scripts(
    program: Path, bundle: Path, home: Path, demo: tuple[Path, dict[str, object]]
) -> None:
    """The revision graph is read from the script files and Alembic imports
    them by path: a revision added to the bundle's folder upgrades a workspace
    made at revision 0001, after a backup, keeping every event."""
    db, _info = demo
    old = home / "old" / "veranstaltung.cosmart"
    old.parent.mkdir()
    shutil.copy(db, old)
    before = {
        e["id"]
        for e in json.loads(_ok(program, home, "list", "--db", str(old), "--json"))["events"]
    }
    versions = bundle / "_internal" / "cosmart_desktop" / "storage" / "migrations" / "versions"
    assert (versions / "0001_initial_schema.py").is_file()
    assert not list(versions.glob("*.pyc")) and not (versions / "__pycache__").exists()
    probe = versions / "0002_bundle_probe.py"
    probe.write_text(SECOND_REVISION, encoding="utf-8")
    try:
        listed = json.loads(_ok(program, home, "list", "--db", str(old), "--json"))
        _ok(program, home, "check", "--db", str(old))
    finally:
        probe.unlink()
    assert {e["id"] for e in listed["events"]} == before
    backups = list(old.parent.glob("veranstaltung.before-0001-*.sqlite"))
    assert len(backups) == 1
    con = sqlite3.connect(f"{old.resolve().as_uri()}?mode=ro", uri=True)
    try:
        assert con.execute("SELECT version_num FROM alembic_version").fetchall() == [("0002",)]
        rows = con.execute("SELECT title, short_title FROM event").fetchall()
    finally:
        con.close()
    assert rows and all(short == title[:12] for title, short in rows)
    # the bundle without the probe refuses the newer file rather than damage it
    newer = _run(program, home, "list", "--db", str(old))
    assert newer.returncode == 2 and len(newer.stderr.strip().splitlines()) == 1
