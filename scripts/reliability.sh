#!/usr/bin/env bash
# Reliability checks: load with a concurrent re-index, crash loop, prompt injection, and the
# attacks of docs/reliability.md (SSRF, trickling servers, YAML bombs, bad batch lines, …).
#
#   scripts/reliability.sh --quick   # CI-sized, a few minutes: hash embedder, tiny runs
#   scripts/reliability.sh           # full: real model, 20 threads x 60 s, browser load,
#                                    # 20 crash-loop iterations (see docs/benchmarks.md)
#
# Every step runs even when an earlier one failed; the exit status is 1 if any failed.
# Heavy steps run under `nice -n 10`; the full form writes its JSON summaries to
# $IOP_BENCH_OUT (default: a fresh folder under /tmp, printed at the end).
set -uo pipefail
cd "$(dirname "$0")/.."
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1
PY=.venv/bin/python
MODE=full
case "${1:-}" in
  --quick) MODE=quick ;;
  "" | --full) ;;
  *) echo "usage: $0 [--quick|--full]" >&2; exit 2 ;;
esac

ATTACK_TESTS="tests/test_fetch_safety.py tests/test_attacks_yaml.py
  tests/test_ask_cli.py::test_jsonl_bad_lines_each_get_an_error_and_the_rest_is_answered
  tests/test_ask_cli.py::test_a_failure_answering_one_line_gives_its_error_and_the_batch_goes_on
  tests/test_llm_extra_missing.py tests/test_catalog_damaged.py tests/test_ingest_symlinks.py"
failed=()
step() {
  local name=$1; shift
  echo "== $name: $*"
  local started=$SECONDS
  if "$@"; then
    echo "== $name: ok ($((SECONDS - started)) s)"
  else
    echo "== $name: FAILED ($((SECONDS - started)) s)"
    failed+=("$name")
  fi
}

if [ "$MODE" = quick ]; then
  step load nice -n 10 $PY bench/load.py --threads 10 --seconds 15 --model hash --docs 30
  step crash-loop nice -n 10 $PY bench/crash_loop.py --iterations 3 --docs 30
  step injection nice -n 10 $PY -m pytest -q -p no:cacheprovider tests/test_injection.py
  step attacks nice -n 10 $PY -m pytest -q -p no:cacheprovider $ATTACK_TESTS
else
  OUT=${IOP_BENCH_OUT:-$(mktemp -d /tmp/iop-reliability-XXXXXX)}
  mkdir -p "$OUT"
  step tests nice -n 10 $PY -m pytest -q -p no:cacheprovider tests/test_injection.py \
    tests/test_reliability_quick.py $ATTACK_TESTS
  step attacks nice -n 10 env PYTHONPATH=. $PY bench/attacks.py --json "$OUT/attacks.json"
  step load nice -n 10 $PY bench/load.py --threads 20 --seconds 60 --json "$OUT/load.json"
  step load-browser nice -n 10 $PY bench/load_browser.py --contexts 4 --seconds 30 \
    --json "$OUT/load-browser.json"
  step crash-loop nice -n 10 $PY bench/crash_loop.py --iterations 20
  echo "summaries in $OUT"
fi

if [ ${#failed[@]} -gt 0 ]; then
  echo "reliability ($MODE): FAILED: ${failed[*]}"
  exit 1
fi
echo "reliability ($MODE): all steps passed"
