"""`iop ingest` killed with SIGKILL at random moments loses nothing and leaves nothing stale.

The loop lives in ``bench/crash_loop.py`` (run it there with ``--iterations 20``); here it
runs ITERATIONS times with a fixed seed on ~60 generated PDF and HTML documents, mutating
the corpus between kills. Each kill is followed by a check that the generation live
before it still answers, unchanged, a re-run that must exit 0, and an exact comparison
of catalogue, Chroma and BM25 with the corpus; then a rebuild is killed after it wrote
part of its new generation, which must leave the old one answering.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

import pytest

from assistant.core.settings import PROJECT_ROOT

pytestmark = pytest.mark.slow

ITERATIONS = 5
SEED = 20240611
DOCS = 60


def _crash_loop() -> Any:
    path = PROJECT_ROOT / "bench" / "crash_loop.py"
    spec = importlib.util.spec_from_file_location("iop_crash_loop", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_sigkill_at_random_moments_neither_breaks_nor_stales_the_index(tmp_path: Path) -> None:
    crash = _crash_loop()
    assert crash.IOP.is_file(), f"{crash.IOP} is missing: run scripts/setup.sh"
    loop = crash.CrashLoop(tmp_path, SEED, DOCS)
    loop.calibrate()
    results = [loop.iteration(number) for number in range(ITERATIONS)]
    log = "\n".join(r.line() for r in results)
    # The kills must have hit running ingests, not processes that were already done.
    assert sum(r.killed for r in results) > ITERATIONS // 2, log
    assert any(r.rerun["added"] or r.rerun["updated"] for r in results), log
    assert loop.expected.dead, "no old versions were produced: staleness went untested"

    # A rebuild killed after it wrote part of its new generation: the old one answers,
    # and the next run removes the half-built one (nothing changed: it makes no new one).
    left = loop.kill_rebuild_after_writes()
    assert left.startswith("still gen-") and "half-built: gen-" in left, left
    live = loop.live_state()
    final = loop.run_to_end()
    assert final["embedded"] == 0 and not final["added"] and not final["updated"], final
    assert loop.live_state() == live
    loop.check_exact()
    loop.check_cleaned_up()

    # The checks are not tautologies: a stale vector, a corpus change or a changed live
    # generation break them.
    from assistant.index import generations
    from assistant.index.embeddings import HashEmbeddings
    from assistant.index.vectorstore import VectorIndex

    vectors = VectorIndex(loop.settings(), HashEmbeddings(), generations.live(loop.settings()))
    vectors.upsert(["stale-0"], [[1.0] + [0.0] * 255], ["gammal text"], [{"source": "x"}])
    with pytest.raises(AssertionError, match="Chroma ids"):
        loop.check_exact()
    with pytest.raises(AssertionError, match="stray vectors"):
        loop.check_readable(live)
    vectors.delete(["stale-0"])
    vectors.close()
    loop.check_exact()
    with pytest.raises(AssertionError, match="changed under a kill"):
        loop.check_readable((live[0], {}, set()))
    next(iter(loop.docs.values())).path.write_bytes(b"%PDF-1.7 ny version")
    with pytest.raises(AssertionError, match="stale sha256"):
        loop.check_exact()
