"""Concepts stated or denied in a text, clause by clause (``data/iop_principles.yaml``).

A description of an idea, or a municipality's criterion, is split into clauses. A concept
("registered", "profit", "fees") is *stated* in a clause that names it, and *denied* when
the clause negates it: a negation anywhere in the clause ("vi har inte hunnit registrera
oss"), or "utan" just before it ("utan vinstsyfte"). A phrase that carries its own
negation ("utan ersättning" for volunteers) is not negated again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from assistant.core.swedish.cues import CueMatcher, load_cues

Polarity = Literal["stated", "denied"]

# Clauses end at sentence ends and semicolons, and before a conjunction that opens a new
# statement ("…, men vi har inte …", "… och vi står i föreningsregistret").
_CLAUSE_BREAK = re.compile(
    r"(?<=[.!?;:])\s+|\s*[;–]\s+|,?\s+(?=(?:men|och|samt|eller|but|and|so|while)\s+"
    r"(?:vi|ni|de|dom|det|den|vår|våra|vårt|alla|vill|har|är|we|they|our|it|all)\b)",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*", re.UNICODE)
_UTAN_REACH = 3  # words after "utan" that it negates
_AGE_RANGE = re.compile(
    r"(\d{1,3})\s*(?:–|-|till|och|to|and)\s*(\d{1,3})\s*(?:år|years|year)", re.IGNORECASE
)
_AGE_OVER = re.compile(
    r"(?:över|från|minst|over|from|at least|above)\s+(\d{1,3})(?:\s*år|\s*years)?|"
    r"(\d{1,3})\s*(?:år|years)?\s*(?:\+|eller äldre|och äldre|or older|and over)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Finding:
    concept: str
    polarity: Polarity
    clause: str  # the clause it was read in, verbatim


@cache
def _data() -> dict[str, Any]:
    data: dict[str, Any] = load_cues("iop_principles.yaml")
    return data


@cache
def _matchers() -> dict[str, CueMatcher]:
    return {name: CueMatcher(words) for name, words in _data()["concepts"].items()}


@cache
def _negations() -> frozenset[str]:
    return frozenset(w.lower() for w in _data()["negation"])


def clauses(text: str) -> list[str]:
    return [c.strip(" ,") for c in _CLAUSE_BREAK.split(text) if c and c.strip(" ,")]


def read_concepts(text: str) -> list[Finding]:
    """Every concept stated or denied in ``text``, clause by clause, in order."""
    out: list[Finding] = []
    for clause in clauses(text):
        low = clause.lower()
        for name, matcher in _matchers().items():
            for phrase in matcher.found(low):
                out.append(Finding(name, _polarity(low, phrase), clause))
    return out


def _polarity(clause: str, phrase: str) -> Polarity:
    """Denied when the clause negates the phrase (see the module docstring)."""
    words = _WORD.findall(clause)
    phrase_words = _WORD.findall(phrase)
    if any(w in _negations() for w in phrase_words):
        return "stated"  # "utan ersättning" says it already
    start = _find(words, phrase_words)
    negations = _negations() - {"utan", "without"}
    for i, word in enumerate(words):
        if start is not None and start <= i < start + len(phrase_words):
            continue
        if word in negations:
            return "denied"
        if word in ("utan", "without") and start is not None and 0 < start - i <= _UTAN_REACH:
            return "denied"
    return "stated"


def _find(words: list[str], phrase: list[str]) -> int | None:
    """Where the phrase (possibly inflected in its last word) starts among the words."""
    n = len(phrase)
    for i in range(len(words) - n + 1):
        window = words[i : i + n]
        if window[:-1] == phrase[:-1] and window[-1].startswith(phrase[-1]):
            return i
    return None


def target_groups(text: str) -> set[str]:
    """Who an activity is for by age ("children", "young", "adults", "elderly")."""
    groups: set[str] = set()
    data = _data()["target_groups"]
    low = text.lower()
    for name, spec in data.items():
        if CueMatcher(spec["words"])(low):
            groups.add(name)
    ranges = [(int(a), int(b)) for a, b in _AGE_RANGE.findall(low)]
    for over in _AGE_OVER.findall(low):
        age = int(over[0] or over[1])
        if 0 < age < 120:
            ranges.append((age, 120))
    for low_age, high_age in ranges:
        for name, spec in data.items():
            first, last = spec["ages"]
            if low_age <= last and high_age >= first and name != "adults":
                groups.add(name)
    return groups
