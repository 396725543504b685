"""`iop eval QUESTIONS.jsonl [--compare OLD.json]`: score the assistant, print a table."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from assistant.api import Assistant
from assistant.cli.baseline import BaselineRetriever
from assistant.core.settings import Settings
from assistant.staff.evaluation import (
    compare,
    evaluate,
    load_questions,
    results_json,
    score_baseline,
    summarise,
)


def evaluate_baseline(
    assistant: Assistant, settings: Settings, questions_path: Path
) -> dict[str, Any]:
    """LangChain's tutorial pipeline on the same corpus and embedding model."""
    baseline = BaselineRetriever.build(
        settings.corpus_dir, assistant.embeddings, settings.load_limits
    )
    results = []
    for q in load_questions(questions_path):
        started = time.perf_counter()
        docs = baseline.search(q.question, k=5)
        latency = (time.perf_counter() - started) * 1000
        sources = [str(d.metadata.get("source", "")) for d in docs]
        context = " ".join(d.page_content for d in docs)
        results.append(score_baseline(q, sources, context, latency))
    return results_json(summarise(results), results)


def run_eval(settings: Settings, questions: str, compare_path: str | None, out: str | None) -> int:
    console = Console(soft_wrap=True)
    path = Path(questions)
    if not path.is_file():
        console.print(f"[red]Question file not found:[/red] {path}")
        return 2
    assistant = Assistant(settings)
    if assistant.is_empty:
        console.print("[red]The index is empty: run `iop ingest` first.[/red]")
        return 2
    assistant.warm_up()
    try:
        report = evaluate(assistant, path)
    except ValueError as exc:
        console.print(f"[red]{exc}[/red]")
        return 2

    baseline = evaluate_baseline(assistant, settings, path)
    report["baseline"] = baseline
    table = Table(title=f"iop eval — {path.name}")
    table.add_column("metric")
    table.add_column("IOP-assistenten", justify="right")
    table.add_column("LangChain tutorial baseline", justify="right")
    for key, value in report["summary"].items():
        table.add_row(key, str(value), str(baseline["summary"].get(key, "")))
    console.print(table)
    console.print(
        "Baseline: RecursiveCharacterTextSplitter 1000/200, the same embedding model, Chroma "
        "similarity_search k=5; its fact_recall counts facts anywhere in the 5 retrieved "
        "chunks (it writes no answer), and it never abstains."
    )
    for q in report["questions"]:
        for failure in q["failures"]:
            console.print(f"[yellow]{q['id']}[/yellow] {failure}")

    if compare_path:
        previous = json.loads(Path(compare_path).read_text("utf-8"))
        changes = compare(report, previous)
        diff = Table(title=f"compared with {compare_path}")
        for col in ("metric", "before", "after"):
            diff.add_column(col)
        for metric, before, after in changes:
            diff.add_row(metric, str(before), str(after))
        console.print(diff if changes else "No metric changed.")
        before_ids = {q["id"] for q in previous.get("questions", []) if not q["failures"]}
        after_ids = {q["id"] for q in report["questions"] if not q["failures"]}
        for qid in sorted(before_ids - after_ids):
            console.print(f"[red]worse[/red] {qid}")
        for qid in sorted(after_ids - before_ids):
            console.print(f"[green]better[/green] {qid}")

    target = Path(out) if out else settings.data_dir / "eval" / f"{path.stem}-results.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(report, ensure_ascii=False, indent=2), "utf-8")
    console.print(f"Results written to {target}")
    return 0
