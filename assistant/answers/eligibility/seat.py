"""Where the organisation has its seat: "en ideell förening … med säte i Munkedals kommun",
"ha sitt säte i kommunen". The rule names the kommun (by name, or "kommunen" for its own);
the description tells the seat in the same words ("Föreningen har sitt säte i Uddevalla
enligt stadgarna"). A seat in another kommun breaks the rule; one in the kommun, or in a
locality of it, meets it. Where the activity is or the members live says nothing of the
seat, and a description that does not name its seat leaves the rule open.
"""

from __future__ import annotations

import re
from functools import cache

from assistant.answers.eligibility.concepts import clauses, negations
from assistant.core import municipalities
from assistant.core.localities import localities
from assistant.core.swedish.cues import alternation, load_cues, matcher

_TO_PLACE = 3  # "säte i", "sitt säte är i", "registered office is in": words before "i"


@cache
def _seat() -> re.Pattern[str]:
    """The seat word, then within a few words "i <Place>" (or "i kommunen")."""
    words = alternation(load_cues("criteria_words.yaml")["seat_words"])
    return re.compile(
        rf"\b(?i:{words})\b(?:\s+[^\W\d_]+){{0,{_TO_PLACE}}}?\s+(?i:i|in)\s+"
        r"(kommunen\b|[A-ZÅÄÖ][\w-]+)"
    )


def _kommuner(name: str, text: str, own: str | None) -> frozenset[str]:
    """The kommuner a seat's place may be: the kommun named, the rule's own for
    "kommunen", or those a locality lies in."""
    if name == "kommunen":
        return frozenset({own}) if own else frozenset()
    kommun = municipalities.canonical(name)
    if kommun is not None:
        return frozenset({kommun})
    return frozenset(k for found in localities(text) if found.name == name for k in found.kommuner)


def judge_seat(rule: str, description: str, place: str | None) -> tuple[bool, str] | None:
    """(met?, the clause telling the seat) when the rule asks for a seat in a kommun and
    the description tells where its seat is."""
    # Asked in the seat's own clause, in words that require ("ska", "måste"): "Föreningen
    # behöver inte ha sitt säte i kommunen", "säte får ligga i en annan kommun" and
    # "bör också ha sitt säte i …, men …" ask no seat.
    asked = next(
        (
            found
            for clause in clauses(rule)
            if (found := _seat().search(clause)) is not None
            and matcher("criteria_words.yaml", "required")(clause)
            and not matcher("criteria_words.yaml", "wish")(clause)
            and not negations(clause)[1]
        ),
        None,
    )
    if asked is None:
        return None
    wanted = _kommuner(asked.group(1), rule, municipalities.canonical(place or ""))
    if not wanted:
        return None
    for clause in clauses(description):
        told = _seat().search(clause)
        if told is None:
            continue
        where = _kommuner(told.group(1), clause, None)
        if where:
            return bool(where & wanted), clause
    return None
