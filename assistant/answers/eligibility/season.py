"""Whether an activity that runs only in a season meets a rule asking for one all year.

"Verksamheten ska pågå året runt", "En verksamhet som bara finns under sommarsäsongen kan
inte bli ett partnerskap": an idea told to run "varje vecka från midsommar till mitten av
augusti" or "på sommaren" breaks them; one told "hela året" meets them. A season is read
from the words that say when an activity runs, or from a span of months ("från maj till
september") shorter than a year, never from when it starts ("i sommar vill vi börja").
"""

from __future__ import annotations

import re
from functools import cache

from assistant.answers.eligibility.concepts import clauses
from assistant.core.swedish.cues import load_cues, matcher
from assistant.core.swedish.dates import month_numbers

_WORDS = "criteria_words.yaml"
_YEAR_MONTHS = 11  # a span this long (January to December) is the whole year


def asks_all_year(rule: str) -> bool:
    """The rule asks the activity to run all year, or rules out one of a season."""
    # In one clause with what asks it: "ska pågå året runt", not "kontakta oss hela året".
    for clause in clauses(rule):
        if matcher(_WORDS, "year_round")(clause) and matcher(_WORDS, "year_round_verbs")(clause):
            return True
    return bool(matcher(_WORDS, "seasons")(rule) and matcher(_WORDS, "ruled_out")(rule))


def judge_season(rule: str, description: str) -> tuple[bool, str] | None:
    """(met?, the clause) when the rule asks for all year and the idea tells when it runs."""
    if not asks_all_year(rule):
        return None
    for clause in clauses(description):
        if matcher(_WORDS, "year_round")(clause):
            return True, clause
    # The season as what the activity runs in: said with what is planned, or as its
    # limit ("bara på sommaren"); "på sommaren är vi ute i parken" tells where.
    limits = matcher(_WORDS, "plans"), matcher("criteria_words.yaml", "season_only")
    for clause in clauses(description):
        told = matcher(_WORDS, "season_told")(clause) or _season_span(clause)
        if told and any(m(clause) for m in limits):
            return False, clause
    return None


@cache
def _span() -> re.Pattern[str]:
    days = load_cues(_WORDS)["season_days"]
    names = "|".join(sorted([*month_numbers(), *days], key=len, reverse=True))
    edge = r"(?:(?:mitten|slutet|början|the middle|the end|the start)\s+(?:av|of)\s+)?"
    return re.compile(
        rf"\b(?:från|from)\s+{edge}({names})\b.{{0,30}}?\b(?:till|to|until)\s+{edge}({names})\b",
        re.IGNORECASE,
    )


def _season_span(clause: str) -> bool:
    """ "från midsommar till mitten av augusti", "from May to September": months apart by
    less than a year."""
    found = _span().search(clause)
    if found is None:
        return False
    days = load_cues(_WORDS)["season_days"]

    def month(name: str) -> int:
        low = name.lower()
        return int(days[low]) if low in days else month_numbers()[low]

    start, end = month(found.group(1)), month(found.group(2))
    return (end - start) % 12 < _YEAR_MONTHS
