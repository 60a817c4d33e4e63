#!/usr/bin/env bash
# Set up (first run only) and run every check: lint, types, layer contract, tests.
# Every check runs even if an earlier one fails; the exit status is non-zero if
# any failed. Extra arguments go to pytest, e.g. scripts/test.sh tests/unit -k timer
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export QT_QPA_PLATFORM=offscreen

failed=()
check() {
    local name=$1
    shift
    echo "== $name"
    if ! "$@"; then
        failed+=("$name")
    fi
}

check "ruff check" .venv/bin/ruff check .
check "ruff format" .venv/bin/ruff format --check .
check "mypy" .venv/bin/mypy
check "import contracts" .venv/bin/lint-imports --no-cache
check "pytest" .venv/bin/pytest "$@"

if [ ${#failed[@]} -gt 0 ]; then
    echo "== FAILED: ${failed[*]}" >&2
    exit 1
fi
echo "== all checks passed"
