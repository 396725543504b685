"""Claims a checked sentence may not make: blanket promises ("Alla föreningar beviljas
IOP", "ni kommer att få", "garanterat"), and eligibility claims the engine's verdict
does not make. The cue phrases (and the writer's short notes) are data, in
``assistant/data/check_cues.yaml``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Any

import yaml

__all__ = ["claim_agrees", "cue_notes", "eligibility_claim", "has_promise"]


@cache
def _cues() -> dict[str, Any]:
    raw = resources.files("assistant").joinpath("data/check_cues.yaml").read_text("utf-8")
    data: dict[str, Any] = yaml.safe_load(raw)
    compiled: dict[str, Any] = dict(data)
    for key in ("promises", "eligible", "not_eligible"):
        patterns = [p for language in data[key].values() for p in language]
        compiled[key] = [re.compile(p, re.IGNORECASE) for p in patterns]
    compiled["negations"] = {w.lower() for w in data["negations"]}
    compiled["hedges"] = {w.lower() for w in data["hedges"]}
    return compiled


def cue_notes() -> dict[str, dict[str, str]]:
    """The short notes in ``check_cues.yaml`` (``notes.<language>.<key>``)."""
    notes: dict[str, dict[str, str]] = _cues()["notes"]
    return notes


_WORD = re.compile(r"[\wåäö']+", re.IGNORECASE)


def _words(s: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(s)]


def _negated_in(words: Iterable[str]) -> bool:
    negations = _cues()["negations"]
    return any(w in negations or w.endswith("n't") for w in words)


def has_promise(plain: str) -> bool:
    cues = _cues()
    window = int(cues["negation_window"])
    for pattern in cues["promises"]:
        for m in pattern.finditer(plain):
            before = _words(plain[: m.start()])[-window:]
            inside = _words(m.group())
            after = _words(plain[m.end() :])[:2]
            if not (_negated_in(before) or _negated_in(inside) or _negated_in(after)):
                return True
    return False


def eligibility_claim(plain: str) -> str | None:
    """ "eligible", "not_eligible", "mixed", or None for a sentence that claims neither."""
    cues = _cues()
    hedge_window = int(cues["hedge_window"])
    negation_window = int(cues["negation_window"])
    claims: set[str] = set()
    for kind in ("not_eligible", "eligible"):
        for pattern in cues[kind]:
            for m in pattern.finditer(plain):
                before = _words(plain[: m.start()])
                if any(w in cues["hedges"] for w in before[-hedge_window:]):
                    continue
                if kind == "not_eligible":
                    claims.add("not_eligible")
                    continue
                inside = _words(m.group())
                after = _words(plain[m.end() :])[:2]
                near_before = before[-negation_window:]
                if _negated_in(inside) or _negated_in(after) or _negated_in(near_before):
                    claims.add("not_eligible")
                else:
                    claims.add("eligible")
    if len(claims) > 1:
        return "mixed"  # "uppfyller X men inte Y": agrees with no verdict
    return claims.pop() if claims else None


def claim_agrees(claim: str, verdict: str | None) -> bool:
    if verdict == "likely_eligible":
        return claim == "eligible"
    if verdict == "likely_not_eligible":
        return claim == "not_eligible"
    return False  # "unclear" or no verdict: the model may not judge the idea
