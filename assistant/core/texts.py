"""The assistant's own sentences, loaded from ``texts.yaml`` (sv and en)."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml

Language = str  # "sv" | "en"


@cache
def _all() -> dict[str, Any]:
    raw = resources.files("assistant").joinpath("texts.yaml").read_text("utf-8")
    data: dict[str, Any] = yaml.safe_load(raw)
    return data


def text(language: Language, key: str, **values: str) -> str:
    """The template ``key`` (dotted for nested keys) in ``language``, filled in."""
    node: Any = _all()[language if language in _all() else "sv"]
    for part in key.split("."):
        node = node[part]
    return str(node).format(**values)


# The assistant's answers that say it has none: a conversation holding only these has not
# been about anything the documents answer.
_DECLINING = (
    "off_topic",
    "injection",
    "no_answer",
    "no_documents",
    "own_case",
    "private_number",
    "ask_municipality",
    "empty_question",
)
_LEAD_CHARS = 30  # a template's opening this long, up to its first value, names it


@cache
def _declining_leads() -> tuple[str, ...]:
    leads = []
    for language in _all():
        for key in _DECLINING:
            lead = str(_all()[language][key]).split("{", 1)[0][:_LEAD_CHARS].strip()
            if lead:
                leads.append(lead)
    return tuple(leads)


def declines(answer: str) -> bool:
    """Whether ``answer`` is one of the assistant's own answers saying it has none."""
    return answer.lstrip().startswith(_declining_leads())
