"""What a question asks for, read from cue phrases in ``data/intents.yaml``."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import Any, Literal

import yaml

Intent = Literal["contact", "criteria", "partnerships", "definition", "process", "general"]
_SUFFIX = r"(?:r|s|n|t|en|et|er|ar|na|or|erna|arna)?"
_ORDER: tuple[Intent, ...] = ("contact", "criteria", "partnerships", "definition", "process")


@cache
def cues() -> dict[str, Any]:
    raw = resources.files("assistant.data").joinpath("intents.yaml").read_text("utf-8")
    data: dict[str, Any] = yaml.safe_load(raw)
    return data


def has_cue(text: str, phrases: list[str]) -> str | None:
    """The first of ``phrases`` that occurs in ``text`` as a word or phrase (inflected)."""
    low = " " + re.sub(r"\s+", " ", text.lower()) + " "
    for phrase in phrases:
        # Swedish inflects by suffix: "kontakta" also matches "kontaktar", "kontaktas".
        pattern = r"(?<![\w-])" + re.escape(phrase.lower()) + _SUFFIX + r"(?![\w-])"
        if re.search(pattern, low):
            return phrase
    return None


def classify(question: str) -> Intent:
    """The first intent whose cues occur in the question; "general" otherwise."""
    data = cues()
    for intent in _ORDER:
        if has_cue(question, data[intent]):
            return intent
    return "general"


def time_field(question: str) -> str | None:
    """Which date field a question about time asks for ("validity", "decided", …), if any."""
    for field, phrases in cues()["time"].items():
        if has_cue(question, phrases):
            return str(field)
    return None


def injection_cue(question: str) -> str | None:
    """The phrase that makes the question an attempt to steer the assistant, if any."""
    return has_cue(question, cues()["injection"])


@cache
def frame_words() -> frozenset[str]:
    return frozenset(w.lower() for w in cues()["frame_words"])


@cache
def expansions() -> dict[str, list[str]]:
    return {k.lower(): list(v) for k, v in cues()["expansions"].items()}


_HIDDEN = re.compile(r"<!--.*?(-->|$)", re.DOTALL)
_ROLE_LINE = re.compile(
    r"^\s*(system|assistant|user|instruction|instruktion)\s*:.*$", re.IGNORECASE | re.MULTILINE
)


def visible_question(text: str) -> str:
    """The question without HTML comments and fake role lines ("SYSTEM: …").

    Such parts are text a person cannot see or did not mean as a question; they are
    dropped rather than obeyed.
    """
    return " ".join(_ROLE_LINE.sub(" ", _HIDDEN.sub(" ", text)).split())
