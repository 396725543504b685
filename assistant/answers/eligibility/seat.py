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
_ALTERNATIVES = 2  # "i Munkedal eller Sotenäs": two kommuner, one of them the seat


def _offers_other(clause: str) -> bool:
    """Whether the clause offers another way to meet it ("eller", "or")."""
    return bool(matcher("criteria_words.yaml", "seat_or")(clause))


@cache
def _seat() -> re.Pattern[str]:
    """The seat word, then within a few words "i <Place>" (or "i kommunen")."""
    cues = load_cues("criteria_words.yaml")
    words, at = alternation(cues["seat_words"]), alternation(cues["seat_in"])
    own = alternation(cues["seat_own_kommun"])
    return re.compile(
        rf"\b(?i:{words})\b(?:\s+[^\W\d_]+){{0,{_TO_PLACE}}}?\s+(?i:{at})\s+"
        rf"((?i:{own})\b|[A-ZÅÄÖ][\w-]+)"
    )


def _own_kommun(name: str) -> bool:
    return name.lower() in load_cues("criteria_words.yaml")["seat_own_kommun"]


def _kommuner(name: str, text: str, own: str | None) -> frozenset[str]:
    """The kommuner a seat's place may be: the kommun named, the rule's own for
    "kommunen", or those a locality lies in."""
    if _own_kommun(name):
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
    required = matcher("criteria_words.yaml", "required")
    wished = matcher("criteria_words.yaml", "wish")
    seat_clause, asked = next(
        (
            (clause, found)
            for clause in clauses(rule)
            if (found := _seat().search(clause)) is not None
            and required(clause)
            and not wished(clause)
            and not negations(clause)[1]
        ),
        ("", None),
    )
    if asked is None:
        return None
    own = municipalities.canonical(place or "")
    # Every kommun the clause names may be the seat ("i Munkedal eller Sotenäs"); an
    # alternative of another kind ("säte eller verksamhet i kommunen") asks no seat alone.
    wanted = _kommuner(asked.group(1), rule, own) | frozenset(municipalities.detect(seat_clause))
    if not wanted or (_offers_other(asked.group(0)) and len(wanted) < _ALTERNATIVES):
        return None
    for clause in clauses(description):
        told = _seat().search(clause)
        if told is None:
            continue
        where = _kommuner(told.group(1), clause, None)
        if where:
            return bool(where & wanted), clause
    return None
