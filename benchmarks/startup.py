"""App start to main window shown, on the demo workspace (DESIGN.md §8).

Each run is a fresh Python process, timed from just before it is spawned to the
moment the main window is first painted:

- ``value``: the real application entry (``cosmart_desktop.app.main``) on a demo
  workspace made by ``cosmart demo``; the window counts as shown once it has
  painted with the workspace's events listed on the home screen;
- ``baseline``: the same for a bare PySide6 ``QMainWindow`` of the same size;
- ``interactive``: our window again, until it has painted with the whole
  application loaded into it (menus, session page, feature views) — the window
  shows the home list read-only first and takes the rest over right after.

Both runs use the same Qt platform (``QT_QPA_PLATFORM``, default ``offscreen``)
and alternate, so machine load hits both alike. Prints one JSON object with the
medians: ``{"name","unit","value","baseline","ratio","n", ...}``.

Usage: python benchmarks/startup.py [--n 15] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BUDGET_RATIO = 2.0

# The child reports the first paint of a QMainWindow and exits at once.
_PROBE = r"""
import os, sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and isinstance(obj, QMainWindow):
            if CHECK(obj):
                sys.stdout.write(f"{time.time():.6f}\n")
                sys.stdout.flush()
                os._exit(0)
        return False

app = QApplication(sys.argv[:1])
probe = FirstPaint()
app.installEventFilter(probe)
"""

_BARE = (
    _PROBE
    + r"""
def CHECK(window):
    return True

window = QMainWindow()
window.setWindowTitle("bare")
window.resize(1280, 800)
window.show()
sys.exit(app.exec())
"""
)

_OURS = (
    _PROBE
    + r"""
def CHECK(window):
    home = getattr(window, "home", None)
    return home is not None and home.tree.topLevelItemCount() > 0

from cosmart_desktop.app import main
sys.exit(main(["--db", sys.argv[1]]))
"""
)

assert "home.tree.topLevelItemCount() > 0" in _OURS
_OURS_LOADED = _OURS.replace(
    "return home is not None and home.tree.topLevelItemCount() > 0",
    'return getattr(window, "loaded", False) and window.home.tree.topLevelItemCount() > 0',
)


def _run(code: str, *args: str, env: dict[str, str]) -> float:
    start = time.time()
    out = subprocess.run(
        [sys.executable, "-c", code, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if out.returncode != 0 or not out.stdout.strip():
        raise RuntimeError(f"probe failed ({out.returncode}): {out.stderr.strip()[-2000:]}")
    return float(out.stdout.strip().splitlines()[-1]) - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=15, help="runs of each (median reported)")
    parser.add_argument("--json", action="store_true", help="(always JSON; kept for symmetry)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="cosmart-bench-") as tmp:
        base = Path(tmp)
        env = dict(os.environ)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        env["COSMART_CONFIG_DIR"] = str(base / "config")
        env["COSMART_DATA_DIR"] = str(base / "data")
        db = base / "demo.sqlite"
        subprocess.run(
            [sys.executable, "-m", "cosmart_desktop", "demo", "--db", str(db)],
            env=env,
            check=True,
            capture_output=True,
        )
        # warm the file cache and the bytecode caches of both
        _run(_BARE, env=env)
        _run(_OURS, str(db), env=env)
        ours: list[float] = []
        bare: list[float] = []
        loaded: list[float] = []
        for _ in range(args.n):
            bare.append(_run(_BARE, env=env))
            ours.append(_run(_OURS, str(db), env=env))
            loaded.append(_run(_OURS_LOADED, str(db), env=env))
    value, baseline = statistics.median(ours), statistics.median(bare)
    interactive = statistics.median(loaded)
    print(
        json.dumps(
            {
                "name": "startup",
                "unit": "s",
                "value": round(value, 4),
                "baseline": round(baseline, 4),
                "ratio": round(value / baseline, 3),
                "n": args.n,
                "budget_ratio": BUDGET_RATIO,
                "interactive": round(interactive, 4),
                "interactive_ratio": round(interactive / baseline, 3),
                "platform": env["QT_QPA_PLATFORM"],
            }
        )
    )


if __name__ == "__main__":
    main()
