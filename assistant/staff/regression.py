"""Regression runs: the assistant scored on the shipped question set, run after run.

Each run scores the assistant on ``assistant/data/regression_questions.jsonl`` and is
kept as ``<data_dir>/eval/regression-<UTC time>.json``, so that it can be compared with
the one before it: which summary metrics got better or worse, which questions flipped.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

from assistant.staff.evaluation import compare, evaluate, load_questions

RUN_PREFIX = "regression-"


def regression_questions() -> Path:
    """The shipped question set (a copy of the project's dev and own questions)."""
    return Path(str(resources.files("assistant.data").joinpath("regression_questions.jsonl")))


@dataclass
class RunComparison:
    """How a run differs from the one before it (``previous`` None: the first run)."""

    previous: Path | None
    changes: list[tuple[str, Any, Any]] = field(default_factory=list)  # metric, before, after
    worse: list[str] = field(default_factory=list)  # question ids that passed and now fail
    better: list[str] = field(default_factory=list)  # question ids that failed and now pass


def run_path(eval_dir: Path, now: datetime | None = None) -> Path:
    moment = (now or datetime.now(UTC)).astimezone(UTC)
    return eval_dir / f"{RUN_PREFIX}{moment.strftime('%Y%m%dT%H%M%S%fZ')}.json"


def list_runs(eval_dir: Path) -> list[Path]:
    """Earlier regression runs, oldest first."""
    if not eval_dir.is_dir():
        return []
    return sorted(eval_dir.glob(f"{RUN_PREFIX}*.json"))


def run_time(path: Path) -> datetime | None:
    stamp = path.stem.removeprefix(RUN_PREFIX)
    try:
        return datetime.strptime(stamp, "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC)
    except ValueError:
        return None


def load_run(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text("utf-8"))
    return data


def compare_runs(
    current: dict[str, Any], previous: dict[str, Any] | None, previous_path: Path | None = None
) -> RunComparison:
    """Metrics that changed (``evaluation.compare``) and the questions that flipped."""
    if previous is None:
        return RunComparison(previous=None)

    def passing(run: dict[str, Any]) -> set[str]:
        return {q["id"] for q in run.get("questions", []) if not q.get("failures")}

    def asked(run: dict[str, Any]) -> set[str]:
        return {q["id"] for q in run.get("questions", [])}

    both = asked(current) & asked(previous)
    before, after = passing(previous) & both, passing(current) & both
    return RunComparison(
        previous=previous_path,
        changes=compare(current, previous),
        worse=sorted(before - after),
        better=sorted(after - before),
    )


def save_run(report: dict[str, Any], eval_dir: Path, now: datetime | None = None) -> Path:
    eval_dir.mkdir(parents=True, exist_ok=True)
    path = run_path(eval_dir, now)
    tmp = path.with_name("." + path.name + ".tmp")
    tmp.write_text(json.dumps(report, ensure_ascii=False, indent=2), "utf-8")
    tmp.replace(path)
    return path


def latest_comparison(eval_dir: Path) -> tuple[Path, dict[str, Any], RunComparison] | None:
    """The newest stored run compared with the one before it; None when there is none."""
    runs = list_runs(eval_dir)
    if not runs:
        return None
    current = load_run(runs[-1])
    previous = load_run(runs[-2]) if len(runs) > 1 else None
    return runs[-1], current, compare_runs(current, previous, runs[-2] if previous else None)


def run_regression(
    assistant: Any,
    eval_dir: Path,
    questions: Path | None = None,
    now: datetime | None = None,
) -> tuple[Path, dict[str, Any], RunComparison]:
    """Score ``assistant`` on the question set, store the run, compare with the last one."""
    earlier = list_runs(eval_dir)
    report = evaluate(assistant, questions or regression_questions())
    path = save_run(report, eval_dir, now)
    previous = load_run(earlier[-1]) if earlier else None
    return path, report, compare_runs(report, previous, earlier[-1] if earlier else None)


HIGHER_IS_BETTER = frozenset(
    {"passed", "hit@1", "hit@5", "mrr", "fact_recall", "verdict_accuracy", "abstention_accuracy"}
)
LOWER_IS_BETTER = frozenset({"invented_contact_details", "latency_p50_ms", "latency_p95_ms"})


def change_direction(metric: str, before: Any, after: Any) -> str:
    """ "better", "worse", "same", or "changed" (a change that is neither, e.g. the count)."""
    if before == after:
        return "same"
    if not isinstance(before, int | float) or not isinstance(after, int | float):
        return "changed"
    if metric in HIGHER_IS_BETTER:
        return "better" if after > before else "worse"
    if metric in LOWER_IS_BETTER:
        return "better" if after < before else "worse"
    return "changed"


@dataclass(frozen=True)
class MetricChange:
    """One summary metric of a run beside the run before it."""

    metric: str
    before: Any  # None when the earlier run lacks it, or there is none
    after: Any
    direction: str  # see change_direction; "same" when there is no earlier run


def metric_changes(current: dict[str, Any], previous: Path | None) -> list[MetricChange]:
    """Every summary metric of ``current`` against the stored run ``previous``."""
    before: dict[str, Any] = load_run(previous).get("summary", {}) if previous else {}
    return [
        MetricChange(
            metric,
            before.get(metric),
            after,
            change_direction(metric, before.get(metric), after) if before else "same",
        )
        for metric, after in current.get("summary", {}).items()
    ]


def question_count() -> int:
    """How many questions the shipped set holds."""
    return len(load_questions(regression_questions()))
