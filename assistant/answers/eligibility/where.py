"""Where in the kommun the activity must be: "Träffarna ska hållas i en by eller ort
utanför Lycksele tätort", "i kransorterna, inte i Motala stad". The rule leaves out one
place, named after a word of leaving out; the description tells where the activity is.
An activity in another named place (a village, a locality) meets the rule; one told as in
the centre of the place left out ("mitt i centrum av Lycksele") breaks it. A kommun's name
alone says nothing: "vi är en förening i Lycksele" may mean the kommun.
"""

from __future__ import annotations

import re
from functools import cache

from assistant.answers.eligibility.concepts import clauses
from assistant.core import municipalities
from assistant.core.localities import is_locality, localities, placed_names
from assistant.core.municipalities import fold
from assistant.core.swedish.cues import alternation, load_cues, matcher


@cache
def _left_out() -> re.Pattern[str]:
    cue = alternation(load_cues("criteria_words.yaml")["outside"])
    return re.compile(rf"\b(?:{cue})\s+([A-ZÅÄÖ][\w-]+)")


def place_left_out(rule: str) -> str | None:
    """The place a rule leaves out ("utanför Lycksele tätort" → "Lycksele"), when the
    word after the cue is a kommun or a locality."""
    for found in _left_out().finditer(rule):
        name = found.group(1)
        if municipalities.canonical(name) is not None or is_locality(name):
            return name
    return None


def _places(clause: str) -> set[str]:
    """The places a clause names; a street ("på Storgatan") lies in some town, which one
    it does not say."""
    streets = tuple(load_cues("criteria_words.yaml")["street_endings"])
    named = {loc.name for loc in localities(clause)} | set(placed_names(clause))
    named |= set(municipalities.detect(clause))
    return {fold(n) for n in named if not n.lower().endswith(streets)}


def judge_where(rule: str, description: str) -> tuple[bool, str] | None:
    """(met?, the clause) when the rule leaves a place out and the description tells
    where the activity is."""
    left_out = place_left_out(rule)
    if left_out is None:
        return None
    centre = matcher("criteria_words.yaml", "centre")
    excluded = {fold(left_out), fold(municipalities.canonical(left_out) or left_out)}
    for clause in clauses(description):
        named = _places(clause)
        if named - excluded:
            return True, clause
        if named & excluded and centre(clause):
            return False, clause
    return None
