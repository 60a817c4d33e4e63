#!/usr/bin/env bash
# Set up (first run only) and start Co-Smart Werkstatt on the default workspace.
# Any arguments are passed on, e.g. scripts/launch.sh --db ~/veranstaltung.sqlite
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --no-test-deps >&2
exec .venv/bin/cosmart "$@"
