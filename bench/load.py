"""Load test: concurrent askers on one shared Assistant while the index is rebuilt under them.

    HF_HUB_OFFLINE=1 nice -n 10 .venv/bin/python bench/load.py [--threads 20] [--seconds 60]
        [--model sentence-transformers/all-MiniLM-L6-v2 | hash] [--docs 40] [--json OUT]

The shipped corpus plus ``--docs`` synthetic documents (``bench/crash_loop.py``'s corpus
and its ``mutate``: documents changed, deleted and added, sidecars edited) are indexed;
then ``--threads`` threads ask the questions of ``tests/data/*questions.jsonl`` in a loop
through ``Assistant.answer`` on ONE shared ``Assistant`` for ``--seconds`` seconds, while
a thread of the same process mutates the corpus and runs ``Indexer.run`` again and again.

Counted as an error: an exception in an asker or in the re-index thread, and an answer
that breaks the contract of docs/interface.md (a ``[n]`` without its citation, a contact
or verdict pointing to no citation, a contact detail not in its cited passage, i.e.
``assistant.staff.evaluation.invented_details``). Exit status 1 when there was any error.
Also reported: p50/p95/max latency, answers per second, re-index runs completed, and how
often the answer for a municipality the re-index never touches (Kramfors, Nyköping,
Enköping) differed from its answer before the load (in abstention or cited sources).
"""

from __future__ import annotations

import sys
from pathlib import Path

_ROOT = Path(__file__).resolve().parents[1]
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _ROOT / "bench"]
for _extra in (_ROOT / "tests", _ROOT):
    if str(_extra) not in sys.path:
        sys.path.insert(0, str(_extra))

import argparse  # noqa: E402
import importlib.util  # noqa: E402
import random  # noqa: E402
import re  # noqa: E402
import shutil  # noqa: E402
import threading  # noqa: E402
import time  # noqa: E402
import traceback  # noqa: E402
from dataclasses import dataclass, field  # noqa: E402
from typing import Any  # noqa: E402

from bench.lib.load_runs import dev_questions, finish, offline_scratch  # noqa: E402
from bench.lib.timing import load_average, percentile  # noqa: E402

DEFAULT_MODEL = "sentence-transformers/all-MiniLM-L6-v2"
UNTOUCHED = ("Kramfors", "Nyköping", "Enköping")  # no synthetic document is about these


def _crash_loop() -> Any:
    name = "iop_crash_loop"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, _ROOT / "bench/crash_loop.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def contract_problems(answer: Any) -> list[str]:
    """What an answer breaks of docs/interface.md (empty when it keeps the contract)."""
    from assistant.core.contacts import stands_in
    from assistant.staff.evaluation import invented_details

    problems = []
    ids = [c.id for c in answer.citations]
    if ids != list(range(1, len(ids) + 1)):
        problems.append(f"citation ids {ids}")
    for marker in re.findall(r"\[(\d+)\]", answer.answer):
        if int(marker) not in ids:
            problems.append(f"[{marker}] points to no citation")
    for contact in answer.contacts:
        quote = next((c.quote for c in answer.citations if c.id == contact.citation), None)
        if quote is None:
            problems.append(f"contact {contact.name} cites {contact.citation}: no such citation")
            continue
        for detail in (contact.email, contact.phone):
            if detail is not None and not stands_in(detail, quote):
                problems.append(f"{detail} not in its cited passage")
    if answer.verdict:
        problems += [
            f"verdict criterion cites {c.citation}"
            for c in answer.verdict.criteria
            if c.citation not in ids
        ]
    invented = invented_details(answer)
    if invented:
        problems.append(f"invented contact details {invented}")
    return problems


def _shape(answer: Any) -> tuple[bool, tuple[str, ...]]:
    return answer.abstained, tuple(sorted({c.source for c in answer.citations}))


@dataclass
class LoadResult:
    threads: int
    seconds: float
    model: str
    answers: int = 0
    latencies_ms: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    reindex_runs: int = 0
    reindex_seconds: list[float] = field(default_factory=list)
    reindex_changes: int = 0
    changed_untouched: int = 0
    untouched_answers: int = 0
    load_start: float = 0.0
    load_end: float = 0.0
    chunks_start: int = 0
    chunks_end: int = 0

    def summary(self) -> dict[str, Any]:
        lat = self.latencies_ms
        return {
            "threads": self.threads,
            "seconds": self.seconds,
            "model": self.model,
            "answers": self.answers,
            "answers_per_s": round(self.answers / self.seconds, 2) if self.seconds else 0.0,
            "p50_ms": round(percentile(lat, 50), 1),
            "p95_ms": round(percentile(lat, 95), 1),
            "max_ms": round(max(lat), 1) if lat else 0.0,
            "errors": len(self.errors),
            "first_errors": self.errors[:5],
            "reindex_runs": self.reindex_runs,
            "reindex_changes": self.reindex_changes,
            "reindex_p50_s": round(percentile(self.reindex_seconds, 50), 2),
            "changed_untouched": self.changed_untouched,
            "untouched_answers": self.untouched_answers,
            "chunks_start": self.chunks_start,
            "chunks_end": self.chunks_end,
            "load_start": self.load_start,
            "load_end": self.load_end,
        }


def run_load(
    root: Path,
    threads: int = 20,
    seconds: float = 60.0,
    model: str = DEFAULT_MODEL,
    docs: int = 40,
    seed: int = 11,
    reindex_pause: float = 0.2,
    echo: Any = None,
) -> LoadResult:
    """Build the corpus and index under ``root``, then ask and re-index concurrently."""
    from assistant.api import Assistant
    from assistant.core.settings import Settings
    from assistant.index.embeddings import make_embeddings
    from ingest.pipeline import Indexer

    corpus = root / "corpus"
    shutil.copytree(_ROOT / "corpus", corpus)
    # The crash loop's generator and mutations, in a sub-folder of the corpus.
    loop = _crash_loop().CrashLoop(corpus / "synthetic", seed, docs)
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        corpus_dir=corpus,
        data_dir=root / "data",
        embedding_model=model,
    )
    embeddings = make_embeddings(model)
    report = Indexer(settings, embeddings).run()
    if not report.ok:
        raise RuntimeError(f"initial ingest failed: {report.failed}")
    assistant = Assistant(settings, embeddings)
    assistant.warm_up()
    qs = dev_questions()
    before = {(q, m): _shape(assistant.answer(q, [], m)) for q, m in qs if m in UNTOUCHED}
    result = LoadResult(threads, seconds, model, chunks_start=report.chunks)
    lock = threading.Lock()
    stop = threading.Event()
    if echo:
        echo(f"indexed {report.chunks} chunks; {threads} askers for {seconds:.0f} s")

    def asker(number: int) -> None:
        rng = random.Random(number)
        order = qs[:]
        while not stop.is_set():
            rng.shuffle(order)
            for q, m in order:
                if stop.is_set():
                    return
                started = time.perf_counter()
                try:
                    answer = assistant.answer(q, [], m)
                    elapsed = (time.perf_counter() - started) * 1000
                    problems = contract_problems(answer)
                except Exception:
                    with lock:
                        result.errors.append(f"asker {number}: {q!r}\n{traceback.format_exc()}")
                    continue
                with lock:
                    result.answers += 1
                    result.latencies_ms.append(elapsed)
                    if problems:
                        result.errors.append(f"asker {number}: {q!r}: {problems}")
                    if (q, m) in before:
                        result.untouched_answers += 1
                        result.changed_untouched += _shape(answer) != before[(q, m)]

    def reindexer() -> None:
        while not stop.is_set():
            try:
                changes = loop.mutate()
                started = time.perf_counter()
                done = Indexer(settings, embeddings).run()
                with lock:
                    result.reindex_runs += 1
                    result.reindex_seconds.append(time.perf_counter() - started)
                    result.reindex_changes += len(changes)
                    result.chunks_end = done.chunks
                    if done.failed:
                        result.errors.append(f"re-index: files failed {done.failed}")
            except Exception:
                with lock:
                    result.errors.append(f"re-index:\n{traceback.format_exc()}")
                time.sleep(1)
            stop.wait(reindex_pause)

    result.load_start = load_average()
    workers = [threading.Thread(target=asker, args=(i,), daemon=True) for i in range(threads)]
    workers.append(threading.Thread(target=reindexer, daemon=True))
    started = time.perf_counter()
    for w in workers:
        w.start()
    stop.wait(seconds)
    stop.set()
    for w in workers:
        w.join(timeout=600)
    result.seconds = round(time.perf_counter() - started, 1)
    result.load_end = load_average()
    if any(w.is_alive() for w in workers):
        result.errors.append("a worker did not stop within 600 s")
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--docs", type=int, default=40)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--json", type=Path, help="write the summary here")
    args = parser.parse_args(argv)
    with offline_scratch("iop-load-") as root:
        result = run_load(
            root, args.threads, args.seconds, args.model, args.docs, args.seed, echo=print
        )
    summary = result.summary()
    print(
        f"{summary['answers']} answers in {summary['seconds']} s by {args.threads} threads "
        f"({summary['answers_per_s']}/s): p50 {summary['p50_ms']} ms, p95 {summary['p95_ms']} "
        f"ms, max {summary['max_ms']} ms; {summary['reindex_runs']} re-index runs "
        f"({summary['reindex_changes']} file changes, p50 {summary['reindex_p50_s']} s, "
        f"{summary['chunks_start']}→{summary['chunks_end']} chunks); untouched municipalities' "
        f"answers changed {summary['changed_untouched']}/{summary['untouched_answers']}; "
        f"load {summary['load_start']}→{summary['load_end']}; errors {summary['errors']}"
    )
    return finish(result.errors, summary, args.json)


if __name__ == "__main__":
    sys.exit(main())
