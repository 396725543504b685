"""What a question asks for, read from cue phrases in ``data/intents.yaml``."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any, Literal

import yaml

from assistant.core.swedish.cues import CueMatcher

Intent = Literal["contact", "criteria", "partnerships", "definition", "process", "general"]
_ORDER: tuple[Intent, ...] = ("contact", "criteria", "partnerships", "definition", "process")


@cache
def cues() -> dict[str, Any]:
    raw = resources.files("assistant.data").joinpath("intents.yaml").read_text("utf-8")
    data: dict[str, Any] = yaml.safe_load(raw)
    return data


def has_cue(text: str, phrases: list[str]) -> str | None:
    """The first of ``phrases`` found in ``text`` as a word or phrase (inflected)."""
    return CueMatcher(phrases).first(text)


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


@cache
def frame_words() -> frozenset[str]:
    return frozenset(w.lower() for w in cues()["frame_words"])


@cache
def expansions() -> dict[str, list[str]]:
    return {k.lower(): list(v) for k, v in cues()["expansions"].items()}
