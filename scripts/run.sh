#!/usr/bin/env bash
# The main job: set up, index corpus/ (incrementally), and start the web chat.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1
.venv/bin/iop ingest || echo "Some files could not be indexed; see the report above."
if [ -f app.py ]; then
  exec .venv/bin/streamlit run app.py --server.address "${IOP_HOST:-127.0.0.1}" \
    --server.port "${IOP_PORT:-8501}" --browser.gatherUsageStats false
fi
