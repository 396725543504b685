"""Writes a national corpus: the organisations in their seeded order until the estimated
chunk count reaches the target, their documents, questions.jsonl and manifest.json."""

from __future__ import annotations

import json
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

from bench.lib.national.plan import BodyPlan, bodies
from bench.lib.national.questions import questions_for
from bench.lib.national.writer import BodyWriter


def plan_corpus(target_chunks: int | None, seed: int = 0) -> list[BodyPlan]:
    """The organisations (in order) a corpus of ``target_chunks`` holds, without writing."""
    plans: list[BodyPlan] = []
    total = 0
    for body in bodies(seed):
        if target_chunks is not None and total >= target_chunks:
            break
        plan = BodyWriter(body, seed, None).write()
        plans.append(plan)
        total += plan.est_chunks
    return plans


def generate(
    out: Path, target_chunks: int | None = 50_000, seed: int = 0, oos_every: int = 3
) -> dict[str, Any]:
    """Write corpus, questions.jsonl and manifest.json under ``out``; returns the manifest."""
    corpus = out / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    plans: list[BodyPlan] = []
    questions: list[dict[str, Any]] = []
    total = 0
    for index, body in enumerate(bodies(seed)):
        if target_chunks is not None and total >= target_chunks:
            break
        plan = BodyWriter(body, seed, corpus).write()
        plans.append(plan)
        total += plan.est_chunks
        questions += questions_for(plan, index, seed, oos_every)
    with (out / "questions.jsonl").open("w", encoding="utf-8") as handle:
        for q in questions:
            handle.write(json.dumps(q, ensure_ascii=False) + "\n")
    manifest = {
        "seed": seed,
        "target_chunks": target_chunks,
        "estimated_chunks": total,
        "organisations": len(plans),
        "documents": sum(len(p.documents) for p in plans),
        "questions": len(questions),
        "seconds": round(time.perf_counter() - started, 1),
        "bodies": [
            {
                **asdict(p.body),
                "est_chunks": p.est_chunks,
                "contact": asdict(p.contact),
                "criteria": [text for _, text, _ in p.criteria],
                "partners": [s.partner for s in p.partnerships],
                "documents": p.documents,
            }
            for p in plans
        ],
    }
    (out / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1), "utf-8")
    return manifest
