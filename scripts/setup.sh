#!/usr/bin/env bash
# Sets up .venv with the project and its dependencies (idempotent, offline-safe after the
# first run). Usage: scripts/setup.sh [--test|--bench]
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3.11}
if ! command -v "$PYTHON" >/dev/null 2>&1; then PYTHON=python3; fi

if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
# torch first and pinned: the CPU wheel on this machine's disk; unpinned it pulls CUDA.
.venv/bin/python -m pip install --quiet "torch==2.13.0"
if [ "${1:-}" = "--test" ]; then
  .venv/bin/python -m pip install --quiet -e ".[test]"
elif [ "${1:-}" = "--bench" ]; then
  .venv/bin/python -m pip install --quiet -e ".[test,bench]"
else
  .venv/bin/python -m pip install --quiet -e .
fi
