#!/usr/bin/env bash
# Set up (first run only) and run every check: lint, types, layer contract, tests.
# Extra arguments go to pytest, e.g. scripts/test.sh tests/unit -k timer
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
echo "== ruff"; .venv/bin/ruff check . && .venv/bin/ruff format --check .
echo "== mypy"; .venv/bin/mypy
echo "== import contracts"; .venv/bin/lint-imports --no-cache
echo "== pytest"; .venv/bin/pytest "$@"
