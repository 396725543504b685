"""`iop ask`: one answer as text or JSON, or a batch of questions as JSON lines."""

from __future__ import annotations

import json
import sys
from typing import Any

from pydantic import ValidationError

from assistant.api import Assistant
from assistant.core.records import Answer, Turn
from assistant.core.settings import Settings


def render_text(answer: Answer) -> str:
    """The answer as a person reads it in a terminal, sources last."""
    lines = [answer.answer, ""]
    if answer.citations:
        lines.append("Källor:" if answer.language == "sv" else "Sources:")
        for c in answer.citations:
            where = ", ".join(
                x for x in (c.municipality, f"s. {c.page}" if c.page else None, c.date) if x
            )
            lines.append(f"[{c.id}] {c.title} ({c.source}{'; ' + where if where else ''})")
            if c.url:
                lines.append(f"    {c.url}")
    return "\n".join(lines).rstrip() + "\n"


def parse_batch_line(line: str) -> tuple[str, list[Turn], str | None]:
    """A plain question, or a JSON object with question, optional history and municipality."""
    stripped = line.strip()
    if not stripped.startswith("{"):
        return stripped, [], None
    data: dict[str, Any] = json.loads(stripped)
    question = data.get("question")
    if not isinstance(question, str):
        raise ValueError("field 'question' is missing or not a string")
    history = [Turn.model_validate(t) for t in data.get("history") or []]
    municipality = data.get("municipality")
    return question, history, municipality if isinstance(municipality, str) else None


def run_ask(
    settings: Settings,
    question: str | None,
    municipality: str | None,
    as_json: bool,
    jsonl: bool,
) -> int:
    assistant = Assistant(settings)
    if assistant.is_empty:
        print(
            f"The index is empty: run `iop ingest` first (corpus: {settings.corpus_dir}).",
            file=sys.stderr,
        )
        return 2
    if jsonl:
        status = 0
        for number, line in enumerate(sys.stdin, start=1):
            if not line.strip():
                continue
            try:
                q, history, muni = parse_batch_line(line)
            except (ValueError, ValidationError) as exc:
                print(f"line {number}: {exc}", file=sys.stderr)
                print(json.dumps({"error": str(exc), "line": number}), flush=True)
                status = 1
                continue
            answer = assistant.answer(q, history, muni or municipality)
            print(answer.model_dump_json(), flush=True)
        return status
    assert question is not None
    answer = assistant.answer(question, [], municipality)
    if as_json:
        print(json.dumps(answer.model_dump(), ensure_ascii=False, indent=2))
    else:
        print(render_text(answer), end="")
    return 0
