#!/usr/bin/env bash
# The test command: lint, types, then the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m ruff check .
python3 -m mypy
python3 -m pytest -q
