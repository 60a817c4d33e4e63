#!/usr/bin/env bash
# Set up everything the app and its tests need, idempotently:
#  - system packages (Qt's libraries, fonts, Xvfb, PostgreSQL) where missing,
#    installed with apt-get when run as root (or with sudo);
#  - a virtual environment in .venv with the package and its test extra.
# Usage: scripts/setup.sh [--no-test-deps]
set -euo pipefail
cd "$(dirname "$0")/.."

PY=${PYTHON:-python3}
EXTRA="[test]"
[ "${1:-}" = "--no-test-deps" ] && EXTRA=""

# Debian/Ubuntu packages: Qt (offscreen and xcb), fonts, a virtual screen, PostgreSQL
PKGS="libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 fonts-dejavu-core
libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0
libxcb-render-util0 libxcb-image0 xvfb xdotool postgresql"

if command -v dpkg-query >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
    missing=""
    for p in $PKGS; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
    done
    if [ -n "$missing" ]; then
        SUDO=""
        [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1 && SUDO="sudo"
        if [ "$(id -u)" -eq 0 ] || [ -n "$SUDO" ]; then
            echo "setup: installing system packages:$missing"
            export DEBIAN_FRONTEND=noninteractive
            $SUDO apt-get update -qq
            # shellcheck disable=SC2086
            $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
        else
            echo "setup: missing system packages (install them as root):$missing" >&2
        fi
    fi
fi

if [ ! -x .venv/bin/python ]; then
    "$PY" -m venv .venv
fi
stamp=.venv/.cosmart-installed
have=$(cat "$stamp" 2>/dev/null || true)
[ "$have" = "[test]" ] && EXTRA="[test]"  # never drop the test tools once installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ] || [ "$have" != "$EXTRA" ]; then
    .venv/bin/python -m pip install -q --upgrade pip
    .venv/bin/python -m pip install -q -e ".$EXTRA"
    echo "$EXTRA" > "$stamp"
fi
