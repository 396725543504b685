"""Quick load run: 10 threads for 10 s on one Assistant while the index is rebuilt under them.

The harness is ``bench/load.py`` (run it there with 20 threads for 60 s); here it runs
with the hash embedder. Any exception in an asker or the re-indexer, and any answer that
breaks the interface contract, counts as an error; there must be none.
"""

from __future__ import annotations

import importlib.util
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from assistant.core.settings import PROJECT_ROOT

pytestmark = pytest.mark.slow


def _load_module() -> Any:
    name = "iop_bench_load"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, PROJECT_ROOT / "bench" / "load.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def test_concurrent_askers_during_reindex_see_no_error(tmp_path: Path) -> None:
    load = _load_module()
    result = load.run_load(tmp_path, threads=10, seconds=10, model="hash", docs=30)
    summary = result.summary()
    assert result.errors == [], "\n".join(result.errors[:3])
    # The run did what it claims: many answers, and the index really changed meanwhile.
    assert result.answers >= 50, summary
    assert result.reindex_runs >= 1 and result.reindex_changes >= 1, summary
    assert summary["p95_ms"] > 0


def test_the_harness_counts_exceptions_and_broken_answers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check above can fail: a raising engine and an invented phone number are seen."""
    load = _load_module()
    from assistant.api import Assistant

    real = Assistant.answer
    calls = {"n": 0}

    def flaky(self: Assistant, question: str, *args: Any, **kwargs: Any) -> Any:
        if threading.current_thread() is threading.main_thread():  # the baseline answers
            return real(self, question, *args, **kwargs)
        calls["n"] += 1
        if calls["n"] % 7 == 0:
            raise RuntimeError("injected failure")
        answer = real(self, question, *args, **kwargs)
        if calls["n"] % 5 == 0:
            answer = answer.model_copy(update={"answer": answer.answer + " Ring 070-174 06 99."})
        return answer

    monkeypatch.setattr(Assistant, "answer", flaky)
    result = load.run_load(tmp_path, threads=2, seconds=2, model="hash", docs=6)
    assert any("injected failure" in e for e in result.errors)
    assert any("invented contact details" in e for e in result.errors)


def test_bm25_is_read_even_when_a_newer_generation_replaces_it_meanwhile(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The race the 20-thread load run found: a reader opened gen N, an ingest saved N+1
    and deleted N before the reader got to N's files. The reader must get N+1, not fail."""
    import bm25s

    from assistant.index.lexical import LexicalIndex

    root = tmp_path / "lexical"
    rows = [("a", "Lund", "idéburet partnerskap i Lund"), ("b", "Mora", "föreningar i Mora")]
    LexicalIndex.build(rows, 1).save(root)
    real_load = bm25s.BM25.load
    calls = {"n": 0}

    def load_after_a_newer_save(path: str, **kwargs: Any) -> Any:
        calls["n"] += 1
        if calls["n"] == 1:
            LexicalIndex.build(rows, 2).save(root)  # removes gen 1, which is being read
        return real_load(path, **kwargs)

    monkeypatch.setattr(bm25s.BM25, "load", load_after_a_newer_save)
    index = LexicalIndex.load(root)
    assert index is not None and index.generation == 2
    assert [h.chunk_id for h in index.search("partnerskap", 1)] == ["a"]
