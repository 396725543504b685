"""The prompts: the question, the history, the cited passages and the engine's results,
rendered into the data blocks of ``assistant/prompts/*.md``.

Text inside the blocks is data: the tags the prompts use as delimiters are defused in
it, so a passage or a question cannot close its block and speak as the prompt.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from langchain_core.messages import BaseMessage, HumanMessage

from assistant.core.records import Answer, Citation, Contact, Turn
from assistant.core.texts import text

if TYPE_CHECKING:
    from assistant.answers.explanation import Explanation

__all__ = [
    "answer_messages",
    "condense_messages",
    "contact_text",
    "defuse",
    "municipality_of",
    "render_engine",
    "render_history",
    "render_passages",
]

HISTORY_TURNS = 6
HISTORY_TURN_CHARS = 600


@cache
def _template(name: str) -> str:
    """``assistant/prompts/<name>``: the rules first, then the data blocks.

    The whole prompt goes as one user message: some chat templates (Gemma's among
    them) drop system messages, and the rules must never be lost on the way.
    """
    return resources.files("assistant").joinpath(f"prompts/{name}").read_text("utf-8").strip()


# Tags the prompts use as delimiters: inside data they are defused, so a passage or a
# question cannot close its block and speak as the prompt.
_TAGS = re.compile(r"<(\s*/?\s*(?:passages?|history|engine|question|think)\b)", re.IGNORECASE)


def defuse(value: str) -> str:
    return _TAGS.sub(r"‹\1", value)


def _attribute(value: str | None) -> str:
    return defuse(" ".join((value or "").split())).replace('"', "'")


def render_passages(citations: Sequence[Citation]) -> str:
    blocks = []
    for c in citations:
        attributes = f'id="{c.id}" source="{_attribute(c.source)}" title="{_attribute(c.title)}"'
        if c.municipality:
            attributes += f' municipality="{_attribute(c.municipality)}"'
        if c.date:
            attributes += f' date="{_attribute(c.date)}"'
        blocks.append(f"<passage {attributes}>\n{defuse(c.quote.strip())}\n</passage>")
    return "\n\n".join(blocks)


def render_history(history: Sequence[Turn]) -> str:
    if not history:
        return "(inget tidigare samtal)"
    lines = []
    for turn in list(history)[-HISTORY_TURNS:]:
        who = "Användare" if turn.role == "user" else "Assistent"
        content = " ".join(turn.content.split())
        if len(content) > HISTORY_TURN_CHARS:
            content = content[:HISTORY_TURN_CHARS] + " …"
        lines.append(f"{who}: {defuse(content)}")
    return "\n".join(lines)


def render_engine(answer: Answer, intent: str | None) -> str:
    lines = [f"Frågetyp: {intent or 'okänd'}"]
    verdict = answer.verdict
    if verdict is None:
        lines.append("Bedömning: ingen (frågan beskriver ingen idé att bedöma).")
    else:
        said = text(
            answer.language, f"verdict.{verdict.label}", municipality=municipality_of(answer)
        )
        lines.append(f"Bedömning: {verdict.label} – {said}")
        lines.append("Kriterier:")
        for c in verdict.criteria:
            lines.append(f"- {defuse(c.criterion)} [{c.citation}]: {c.status}")
    if answer.contacts:
        lines.append("Kontakter (visas som kort under svaret):")
        for contact in answer.contacts:
            lines.append(f"- {defuse(contact_text(contact))} [{contact.citation}]")
    return "\n".join(lines)


def _language_instruction(language: str) -> str:
    if language == "en":
        return "på engelska, samma språk som frågan (ord ur dokumenten får stå på svenska)"
    return "på svenska"


def municipality_of(answer: Answer) -> str:
    return answer.municipality or ""


def contact_text(c: Contact) -> str:
    who = c.name or c.title or c.organisation or ""
    role = ", ".join(p for p in (c.title if c.name else None, c.organisation) if p)
    details = ", ".join(d for d in (c.email, c.phone) if d)
    head = f"{who}, {role}" if role else who
    return f"{head}: {details}" if details else head


def answer_messages(
    question: str, history: Sequence[Turn] | None, engine: Explanation
) -> list[BaseMessage]:
    """The prompt that asks the model to write the answer's prose."""
    answer = engine.answer
    values = {
        "language": _language_instruction(answer.language),
        "municipality": defuse(answer.municipality or "ingen vald"),
        "history": render_history(list(history or [])),
        "passages": render_passages(answer.citations),
        "engine": render_engine(answer, getattr(engine, "intent", None)),
        "question": defuse(" ".join(question.split())),
    }
    return [HumanMessage(_template("answer.sv.md").format(**values))]


def condense_messages(question: str, history: Sequence[Turn]) -> list[BaseMessage]:
    """The prompt that asks the model for a follow-up as a standalone question."""
    values = {
        "history": render_history(list(history)),
        "question": defuse(" ".join(question.split())),
    }
    return [HumanMessage(_template("condense.sv.md").format(**values))]
