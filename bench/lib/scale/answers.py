"""The answering side of the scale benchmark. ``bench/scale.py --answer-worker ROOT`` runs
``answer_worker`` in a fresh process, so that its peak RSS is the answering process's own;
``run_answers`` starts that process and reads the one JSON line it prints."""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from bench.lib.timing import load_average, percentile, wait_for_quiet

SCALE_SCRIPT = Path(__file__).resolve().parents[2] / "scale.py"


def index_settings(root: Path, model: str) -> Any:
    """One corpus per size, one index per model beside it."""
    from assistant.core.settings import Settings

    tag = "".join(c if c.isalnum() else "-" for c in model.rsplit("/", 1)[-1].lower())
    return Settings(
        _env_file=None,  # type: ignore[call-arg]
        corpus_dir=root / "corpus",
        data_dir=root / f"data-{tag}",
        embedding_model=model,
    )


def answer_worker(args: argparse.Namespace) -> int:
    """Runs in its own process: answer and score the questions, print one JSON line."""
    from assistant.staff.evaluation import load_questions, score, summarise

    started_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    from assistant.api import Assistant

    root = Path(args.root)
    settings = index_settings(root, args.model)
    questions = load_questions(root / "questions.jsonl")
    if args.max_questions and len(questions) > args.max_questions:
        questions = random.Random(0).sample(questions, args.max_questions)
    t0 = time.perf_counter()
    assistant = Assistant(settings)
    assistant.warm_up()
    for q in questions[:3]:  # the first answers pay for lazy imports and caches
        assistant.answer(q.question, [], q.municipality)
    open_s = time.perf_counter() - t0
    rss_ready = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    quiet = wait_for_quiet(args.quiet_load, args.quiet_wait)
    profiler = None
    if args.profile:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    results = []
    load_before = load_average()
    for q in questions:
        t = time.perf_counter()
        answer = assistant.answer(q.question, [], q.municipality)
        results.append(score(q, answer, (time.perf_counter() - t) * 1000))
    load_after = load_average()
    if profiler is not None:
        profiler.disable()
        profiler.dump_stats(args.profile)
    # What the model alone costs per question (the query embedding inside every answer).
    embed_ms = []
    for q in questions[:50]:
        t = time.perf_counter()
        assistant.embeddings.embed_query(q.question)
        embed_ms.append((time.perf_counter() - t) * 1000)
    by_kind: dict[str, dict[str, Any]] = {}
    for kind in sorted({r.kind for r in results}):
        subset = [r for r in results if r.kind == kind]
        by_kind[kind] = summarise(subset) | {
            "failed_ids": [r.id for r in subset if r.failures][:10]
        }
    out = {
        "summary": summarise(results),
        "by_kind": by_kind,
        "open_s": round(open_s, 2),
        "rss_before_import_mb": round(started_rss / 1024, 1),
        "rss_ready_mb": round(rss_ready / 1024, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "load_at_start": load_before,
        "load_at_end": load_after,
        "load_after_wait": quiet,
        "embed_query_p50_ms": round(percentile(embed_ms, 50), 1),
        "embed_query_p95_ms": round(percentile(embed_ms, 95), 1),
        "latencies_ms": [round(r.latency_ms, 1) for r in results],
        "failures": [{"id": r.id, "failures": r.failures} for r in results if r.failures][:40],
    }
    print(json.dumps(out, ensure_ascii=False))
    return 0


def run_answers(
    root: Path, args: argparse.Namespace, profile: str | None, max_questions: int | None = None
) -> dict[str, Any]:
    command = [
        sys.executable,
        str(SCALE_SCRIPT),
        "--answer-worker",
        str(root),
        "--model",
        args.model,
        "--max-questions",
        str(args.max_questions if max_questions is None else max_questions),
        "--quiet-wait",
        str(args.quiet_wait),
    ]
    if args.quiet_load is not None:
        command += ["--quiet-load", str(args.quiet_load)]
    if profile:
        command += ["--profile", profile]
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"answer worker failed:\n{done.stderr[-4000:]}")
    data: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return data
