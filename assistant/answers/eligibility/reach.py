"""How widely an activity must reach: "ska nå invånare i minst tre av länets åtta
kommuner", "i minst två kommundelar". A region or a city asks for breadth in numbers;
the description says where the activity will be ("i Växjö, Alvesta och Lessebo", "det
blir bara på Norrby"), and the places it names are counted against the number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from assistant.answers.eligibility.concepts import clauses
from assistant.core import municipalities

_NUMBERS = {
    "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8, "nio": 9,
    "tio": 10, "two": 2, "three": 3, "four": 4, "five": 5,
}  # fmt: skip
_KOMMUNER = ("kommuner", "kommunerna", "municipalities")
_REQUIRED = re.compile(
    r"\b(?:minst|at least)\s+(\d{1,2}|[a-zåäö]+)\s+"
    r"(?:av\s+(?:länets|regionens)\s+\S+\s+|of\s+the\s+)?"
    r"(kommuner|kommunerna|kommundelar|stadsdelar|orter|municipalities|districts)\b",
    re.IGNORECASE,
)
# A place told as where the activity is: after "i"/"på"/"in", or listed after one.
_PLACED = re.compile(
    r"\b(?:i|på|in|at)\s+((?:[A-ZÅÄÖ][\wåäöé-]+)(?:\s*(?:,|och|and|&)\s*(?:i\s+|på\s+)?"
    r"[A-ZÅÄÖ][\wåäöé-]+)*)"
)
_NAME = re.compile(r"[A-ZÅÄÖ][\wåäöé-]+")
# "i hela länet", "all over the county": breadth told without names.
_WHOLE = re.compile(r"\b(?:hela\s+länet|i\s+länet|hela\s+regionen|alla\s+kommuner|"
                    r"the\s+whole\s+county|across\s+the\s+county)\b", re.IGNORECASE)  # fmt: skip


@dataclass(frozen=True)
class Reach:
    at_least: int
    kommuner: bool  # counted in kommuner (else in districts or localities)


def required_reach(rule: str) -> Reach | None:
    """The breadth a criterion asks for, if it asks for one in numbers."""
    match = _REQUIRED.search(rule)
    if match is None:
        return None
    count, unit = match.group(1).lower(), match.group(2).lower()
    n = int(count) if count.isdigit() else _NUMBERS.get(count)
    if n is None or n < 2:
        return None
    return Reach(n, unit in _KOMMUNER)


def judge_reach(reach: Reach, description: str) -> tuple[Literal["met", "not_met"], str] | None:
    """("met" | "not_met", the clause it rests on), or None when the description names no
    place the activity is in."""
    if _WHOLE.search(description):
        clause = next(c for c in clauses(description) if _WHOLE.search(c))
        return "met", clause
    named: set[str] = set()
    last = ""  # the last clause naming a place: "… Det blir bara i Borlänge."
    for clause in clauses(description):
        places = _places(clause, reach.kommuner)
        if places:
            named.update(places)
            last = clause
    if not named:
        return None
    if len(named) >= reach.at_least:
        return "met", last
    return "not_met", last


def _places(clause: str, kommuner: bool) -> list[str]:
    found = municipalities.detect(clause)
    if kommuner:
        return [n for n in found if municipalities.region_of(n) is not None]
    # Districts and localities: the names placed with "i"/"på" that are no kommun or
    # region (the city itself is not one of its districts).
    out: list[str] = []
    for match in _PLACED.finditer(clause):
        for name in _NAME.findall(match.group(1)):
            if municipalities.canonical(name) is None and name not in out:
                out.append(name)
    return out
