"""Scoring answers against a question set (format of tests/data/dev_questions.jsonl).

Pure functions over ``Answer`` records, so the same scoring serves `iop eval`, the
reviewers' regression check and the tests.
"""

from __future__ import annotations

import json
import re
import statistics
import time
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from pydantic import BaseModel, Field

from assistant.api import Assistant
from assistant.core.contacts import find_emails, find_phones, stands_in
from assistant.core.records import Answer


class EvalQuestion(BaseModel):
    id: str
    question: str
    kind: str = ""
    municipality: str | None = None
    expected_sources: list[str] = Field(default_factory=list)
    expected_facts: list[str] = Field(default_factory=list)
    expected_verdict: str | None = None


def load_questions(path: Path) -> list[EvalQuestion]:
    """Questions from a JSONL file; a bad line names its number and field."""
    out = []
    for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            out.append(EvalQuestion.model_validate(json.loads(line)))
        except (json.JSONDecodeError, ValueError) as exc:
            raise ValueError(f"{path}:{number}: {exc}") from exc
    return out


def source_stem(source: str) -> str:
    """'malmo/malmo-iop.txt' -> 'malmo-iop' (expected sources are named by base name)."""
    name = PurePosixPath(source).name
    return name.split(".", 1)[0]


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def invented_details(answer: Answer) -> list[str]:
    """E-mail addresses and phone numbers in the answer that no cited quote contains."""
    quotes = [c.quote for c in answer.citations]
    # [n] markers are not part of a number: "0706-63 47 23 [1]" must still be seen.
    texts = [re.sub(r"\[\d+\]", " ", answer.answer)] + [
        f"{c.email or ''} {c.phone or ''}" for c in answer.contacts
    ]
    found: list[str] = []
    for t in texts:
        found += find_emails(t) + [raw for raw, _ in find_phones(t, any_country=True)]
    return sorted({d for d in found if not any(stands_in(d, q) for q in quotes)})


@dataclass
class QuestionResult:
    id: str
    kind: str
    rank: int | None  # 1-based rank of the first expected source among citations
    expects_sources: bool
    facts_found: int
    facts_total: int
    verdict_expected: str | None
    verdict_got: str | None
    abstain_expected: bool
    abstained: bool
    invented: list[str]
    latency_ms: float
    failures: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _Retrieval:
    stems: list[str]  # the cited (or retrieved) sources' base names, in order
    rank: int | None  # 1-based rank of the first expected source
    found: list[str]  # the expected facts that stand in the text


def _retrieval(q: EvalQuestion, sources: Sequence[str], text: str) -> _Retrieval:
    stems = [source_stem(s) for s in sources]
    rank = next((i for i, s in enumerate(stems, start=1) if s in q.expected_sources), None)
    normalised = _norm(text)
    return _Retrieval(stems, rank, [f for f in q.expected_facts if _norm(f) in normalised])


def _result(
    q: EvalQuestion,
    got: _Retrieval,
    answer: Answer | None,
    invented: list[str],
    latency_ms: float,
    failures: list[str],
) -> QuestionResult:
    """The record of one question; ``answer`` None for retrieval alone (no verdict, never
    abstains)."""
    return QuestionResult(
        id=q.id,
        kind=q.kind,
        rank=got.rank,
        expects_sources=bool(q.expected_sources),
        facts_found=len(got.found),
        facts_total=len(q.expected_facts),
        verdict_expected=q.expected_verdict,
        verdict_got=answer.verdict.label if answer and answer.verdict else None,
        abstain_expected=not q.expected_sources,
        abstained=answer.abstained if answer else False,
        invented=invented,
        latency_ms=latency_ms,
        failures=failures,
    )


def score(q: EvalQuestion, answer: Answer, latency_ms: float) -> QuestionResult:
    got = _retrieval(q, [c.source for c in answer.citations], answer.answer)
    stems, rank, found = got.stems, got.rank, got.found
    verdict = answer.verdict.label if answer.verdict else None
    abstain_expected = not q.expected_sources
    invented = invented_details(answer)
    failures = []
    if q.expected_sources and (rank is None or rank > 5):
        failures.append(f"expected source not in top 5 citations (got {stems[:5]})")
    missing = [f for f in q.expected_facts if f not in found]
    if missing:
        failures.append(f"facts missing from the answer: {missing}")
    if q.expected_verdict != verdict and (q.expected_verdict or verdict):
        failures.append(f"verdict {verdict!r}, expected {q.expected_verdict!r}")
    if abstain_expected != answer.abstained:
        failures.append("abstained" if answer.abstained else "answered where it should abstain")
    if invented:
        failures.append(f"contact details not in any cited passage: {invented}")
    return _result(q, got, answer, invented, latency_ms, failures)


def _percentile(values: Sequence[float], p: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[index]


def summarise(results: Iterable[QuestionResult]) -> dict[str, Any]:
    rs = list(results)
    retrieval = [r for r in rs if r.expects_sources]
    verdicts = [r for r in rs if r.verdict_expected is not None]
    latencies = [r.latency_ms for r in rs]
    facts_total = sum(r.facts_total for r in rs)

    def share(items: list[bool]) -> float:
        return round(sum(items) / len(items), 3) if items else 0.0

    return {
        "questions": len(rs),
        "passed": sum(not r.failures for r in rs),
        "hit@1": share([r.rank == 1 for r in retrieval]),
        "hit@5": share([r.rank is not None and r.rank <= 5 for r in retrieval]),
        "mrr": round(statistics.fmean([1 / r.rank if r.rank else 0.0 for r in retrieval]), 3)
        if retrieval
        else 0.0,
        "fact_recall": round(sum(r.facts_found for r in rs) / facts_total, 3)
        if facts_total
        else 0.0,
        "verdict_accuracy": share([r.verdict_got == r.verdict_expected for r in verdicts]),
        "abstention_accuracy": share([r.abstained == r.abstain_expected for r in rs]),
        "invented_contact_details": sum(len(r.invented) for r in rs),
        "latency_p50_ms": round(_percentile(latencies, 50), 1),
        "latency_p95_ms": round(_percentile(latencies, 95), 1),
    }


def results_json(summary: dict[str, Any], results: Sequence[QuestionResult]) -> dict[str, Any]:
    return {"summary": summary, "questions": [asdict(r) for r in results]}


def compare(current: dict[str, Any], previous: dict[str, Any]) -> list[tuple[str, Any, Any]]:
    """(metric, before, after) for every summary metric that changed."""
    before, after = previous.get("summary", {}), current.get("summary", {})
    return [(k, before.get(k), v) for k, v in after.items() if before.get(k) != v]


def score_baseline(
    q: EvalQuestion, sources: Sequence[str], context: str, latency_ms: float
) -> QuestionResult:
    """The tutorial pipeline's retrieval, scored like an answer: its "answer" is the
    retrieved context (it never abstains and has no verdict)."""
    got = _retrieval(q, sources, context)
    failures = []
    if q.expected_sources and (got.rank is None or got.rank > 5):
        failures.append("expected source not in the top 5")
    if len(got.found) < len(q.expected_facts):
        failures.append("facts missing from the retrieved context")
    if q.expected_verdict is not None:
        failures.append("no verdict")
    if not q.expected_sources:
        failures.append("answered where it should abstain")
    return _result(q, got, None, [], latency_ms, failures)


def evaluate(assistant: Assistant, questions_path: Path) -> dict[str, Any]:
    results: list[QuestionResult] = []
    for q in load_questions(questions_path):
        started = time.perf_counter()
        answer = assistant.answer(q.question, [], q.municipality)
        results.append(score(q, answer, (time.perf_counter() - started) * 1000))
    return results_json(summarise(results), results)
