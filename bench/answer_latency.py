"""Warm answer latency of the engine (p50/p95), on the shipped corpus or a bigger one.

    HF_HUB_OFFLINE=1 .venv/bin/python bench/answer_latency.py [--rounds 5] [--extra-docs N]

Indexes corpus/ (plus N synthetic documents from bench/ingest.py when --extra-docs is
given) with the packaged model into a temp folder, warms the engine up, then asks every
question of tests/data/*.jsonl `--rounds` times and prints latency percentiles.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.api import Assistant  # noqa: E402
from assistant.core.settings import Settings  # noqa: E402
from assistant.index.embeddings import make_embeddings  # noqa: E402
from ingest.pipeline import Indexer  # noqa: E402


def questions() -> list[tuple[str, str | None]]:
    out = []
    for path in sorted((ROOT / "tests" / "data").glob("*questions.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            q = json.loads(line)
            out.append((q["question"], q.get("municipality")))
    return out


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--extra-docs", type=int, default=0)
    parser.add_argument("--model", default="sentence-transformers/all-MiniLM-L6-v2")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        shutil.copytree(ROOT / "corpus", corpus)
        if args.extra_docs:
            sys.path.insert(0, str(ROOT / "tests"))  # bench/lib/synthetic.py draws with builders
            from bench.lib.synthetic import generate_corpus

            generate_corpus(corpus / "synthetic", args.extra_docs)
        settings = Settings(
            _env_file=None,  # type: ignore[call-arg]
            corpus_dir=corpus,
            data_dir=Path(tmp) / "data",
            embedding_model=args.model,
        )
        embeddings = make_embeddings(args.model)
        report = Indexer(settings, embeddings).run()
        assistant = Assistant(settings, embeddings)
        assistant.warm_up()
        qs = questions()
        for q, m in qs:  # one untimed pass: caches filled as in a running app
            assistant.answer(q, [], m)
        times = []
        for _ in range(args.rounds):
            for q, m in qs:
                assistant.reader.vectors.clear_query_cache()  # count the query embedding
                started = time.perf_counter()
                assistant.answer(q, [], m)
                times.append((time.perf_counter() - started) * 1000)
        print(f"chunks in index      {report.chunks}")
        print(f"questions x rounds   {len(qs)} x {args.rounds}")
        print(f"latency p50          {percentile(times, 50):.1f} ms")
        print(f"latency p95          {percentile(times, 95):.1f} ms")
        print(f"latency mean         {statistics.fmean(times):.1f} ms")


if __name__ == "__main__":
    main()
