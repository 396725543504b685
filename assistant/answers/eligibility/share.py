"""How much of the cost the organisation must carry itself, in numbers: "Organisationen
står för minst 20 procent", "Regionen finansierar högst 80 procent" (so the rest, 20,
is the organisation's). The description's own share ("vi klarar kanske en tiondel
själva", "roughly a third of the cost ourselves") is compared with it.
"""

from __future__ import annotations

import re
from typing import Literal

from assistant.answers.eligibility.concepts import clauses

_FRACTIONS = {
    "hälften": 50, "halva": 50, "en tredjedel": 33, "en fjärdedel": 25, "en femtedel": 20,
    "en sjättedel": 17, "en åttondel": 12, "en tiondel": 10, "två tredjedelar": 67,
    "tre fjärdedelar": 75, "half": 50, "a third": 33, "one third": 33, "a quarter": 25,
    "one quarter": 25, "a fifth": 20, "one fifth": 20, "a tenth": 10, "one tenth": 10,
    "two thirds": 67,
}  # fmt: skip
_PERCENT = r"(\d{1,3})\s*(?:procent|%|percent)"
_FRACTION = "|".join(sorted(map(re.escape, _FRACTIONS), key=len, reverse=True))
_SHARE = re.compile(rf"{_PERCENT}|\b({_FRACTION})\b", re.IGNORECASE)
# The organisation's part at least, or the public body's part at most.
_OWN_AT_LEAST = re.compile(rf"\bminst\s+(?:\w+\s+)?(?:\({_PERCENT}\)|{_PERCENT})", re.IGNORECASE)
_OWN_AT_LEAST_WORDS = re.compile(rf"\bminst\s+({_FRACTION})\b", re.IGNORECASE)
_PUBLIC_AT_MOST = re.compile(
    rf"\b(?:kommunen|regionen|staden|kommunens|regionens|stadens)\b[^.]*?\b(?:högst|max|överstiga)\s+"
    rf"{_PERCENT}",
    re.IGNORECASE,
)
# The description speaks of its own part: "själva", "vi står för", "ourselves".
_SELF = re.compile(
    r"\b(?:själva|själv|vi står för|står vi för|vi bidrar|egen insats|egna insats|"
    r"ourselves|our own|we cover|we can cover|we contribute)\b",
    re.IGNORECASE,
)


def required_share(rule: str) -> int | None:
    """The organisation's least share of the cost in percent, if the rule gives one."""
    low = rule.lower()
    if not any(w in low for w in ("kostnad", "procent", "värde", "budget", "finansier", "cost")):
        return None
    public = _PUBLIC_AT_MOST.search(rule)
    if public:
        return 100 - int(public.group(1))
    own = _OWN_AT_LEAST.search(rule)
    if own:
        return int(own.group(1) or own.group(2))
    words = _OWN_AT_LEAST_WORDS.search(rule)
    return _FRACTIONS[words.group(1).lower()] if words else None


def judge_share(least: int, description: str) -> tuple[Literal["met", "not_met"], str] | None:
    """("met" | "not_met", the clause) when the description tells its own share."""
    for clause in clauses(description):
        if not _SELF.search(clause):
            continue
        found = _SHARE.search(clause)
        if found is None:
            continue
        share = int(found.group(1)) if found.group(1) else _FRACTIONS[found.group(2).lower()]
        return ("met" if share >= least else "not_met"), clause
    return None
