"""`iop ask`: one answer as text or JSON, or a batch of questions as JSON lines."""

from __future__ import annotations

import json
import sys
import traceback
from collections.abc import Iterable
from typing import TextIO

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


class BadLine(ValueError):
    """A batch line that is not a question; the message says why, for the error object."""


def parse_batch_line(raw: bytes) -> tuple[str, list[Turn], str | None]:
    """A plain question, or a JSON object with question, optional history and municipality.

    Raises BadLine for anything else: bytes that are not UTF-8, broken or too deeply
    nested JSON, a missing question, a history that is not a list of turns.
    """
    try:
        stripped = raw.decode("utf-8").strip()
    except UnicodeDecodeError as exc:
        raise BadLine(
            f"not UTF-8 text (byte {exc.object[exc.start]:#04x} at {exc.start})"
        ) from None
    if not stripped.startswith("{"):
        return stripped, [], None
    try:
        data = json.loads(stripped)
    except json.JSONDecodeError as exc:
        raise BadLine(f"not valid JSON ({exc.msg} at column {exc.colno})") from None
    except RecursionError:
        raise BadLine("JSON nested too deeply") from None
    if not isinstance(data, dict):
        raise BadLine("expected a JSON object with 'question'")
    question = data.get("question")
    if not isinstance(question, str) or not question.strip():
        raise BadLine("field 'question' is missing or not a string")
    history_data = data.get("history") or []
    if not isinstance(history_data, list):
        raise BadLine('field \'history\' must be a list of {"role", "content"} objects')
    history: list[Turn] = []
    for number, turn in enumerate(history_data, start=1):
        try:
            history.append(Turn.model_validate(turn))
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(part) for part in first["loc"])
            raise BadLine(
                f"field 'history' turn {number}: {where + ': ' if where else ''}{first['msg']}"
            ) from None
    municipality = data.get("municipality")
    return question, history, municipality if isinstance(municipality, str) else None


def run_batch(
    assistant: Assistant, lines: Iterable[bytes], municipality: str | None, out: TextIO
) -> None:
    """One JSON line out per non-blank line in, in order: the answer, or for a line that
    is not a question — or whose answering failed — ``{"error": …, "line": N}``."""
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            question, history, muni = parse_batch_line(raw)
            result = assistant.answer(question, history, muni or municipality).model_dump_json()
        except BadLine as exc:
            print(f"iop ask: line {number}: {exc}", file=sys.stderr)
            result = json.dumps({"error": str(exc), "line": number}, ensure_ascii=False)
        except Exception as exc:  # a bug answering one line must not end the batch
            print(f"iop ask: line {number}: could not be answered:", file=sys.stderr)
            traceback.print_exc(file=sys.stderr)
            error = f"internal error while answering ({type(exc).__name__}); details on stderr"
            result = json.dumps({"error": error, "line": number})
        print(result, file=out, flush=True)


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
        run_batch(assistant, sys.stdin.buffer, municipality, sys.stdout)
        return 0
    assert question is not None
    answer = assistant.answer(question, [], municipality)
    if as_json:
        print(json.dumps(answer.model_dump(), ensure_ascii=False, indent=2))
    else:
        print(render_text(answer), end="")
    return 0
