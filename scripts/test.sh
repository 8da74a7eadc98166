#!/usr/bin/env bash
# The test command: lint, types, then the test suite, with the checkout's environment (.venv, made by setup.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
if [ ! -x "$PY" ]; then
  echo "error: .venv: no virtual environment; run 'bash scripts/setup.sh test' first" >&2
  exit 1
fi
"$PY" -m ruff check .
"$PY" -m mypy
"$PY" -m pytest -q
