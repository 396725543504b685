"""How long the organisation must have existed: "Organisationen har bedrivit verksamhet
i kommunen i minst två år". The description tells its age in many ways ("vi har funnits
sedan 2009", "bildades förra året", "founded last October, so it's about a year old",
"en nystartad förening"); the years told are compared with the years asked.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from assistant.answers.eligibility.concepts import clauses
from assistant.core.swedish.cues import matcher
from assistant.core.swedish.numbers import count_pattern, read_count

_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
_AGO_LEAD = 4  # the founding verb stands this close before "för två år sedan"
_ABOUT = r"(?:drygt\s+|nästan\s+|ungefär\s+|cirka\s+|about\s+|almost\s+|around\s+)?"
_HALF = r"(?:\s+(?:och\s+ett\s+halvt|och\s+en\s+halv|and\s+a\s+half))?"


@cache
def _at_least() -> re.Pattern[str]:
    return re.compile(rf"\b(?:minst|at least)\s+{count_pattern()}\s+(?:år|years?)\b", re.IGNORECASE)


@cache
def _age_told() -> re.Pattern[str]:
    """ "funnits i tre år", "är fem år gammal", "about a year old", "for 3 years"."""
    return re.compile(
        rf"\b(?:i|in|for|sedan|på)\s+{_ABOUT}{count_pattern()}{_HALF}"
        rf"\s+(?:år|years?)\b|\b{count_pattern()}\s+(?:år|years?)\s+(?:gammal|gamla|old)\b",
        re.IGNORECASE,
    )


@cache
def _ago() -> re.Pattern[str]:
    """ "för ett och ett halvt år sen", "two years ago": a founding so long ago."""
    return re.compile(
        rf"\b(?:för\s+)?{_ABOUT}{count_pattern()}{_HALF}\s+(?:år|years?)\s+(?:sedan|sen|ago)\b",
        re.IGNORECASE,
    )


def required_years(rule: str) -> int | None:
    """The organisation's least age in years, if the rule asks for one."""
    if not matcher("criteria_words.yaml", "tenure_rule")(rule):
        return None
    found = _at_least().search(rule)
    return read_count(found.group(1)) if found else None


def told_age(clause: str) -> int | None:
    """The organisation's age told in years ("funnits i tre år", "a year old")."""
    words = "criteria_words.yaml"
    if matcher(words, "new_org")(clause):
        return 0
    ago = _ago().search(clause)
    # … with a founding verb just before it ("startade för två år sen"): "jag gick med för
    # två år sedan" in a clause about a club founded in 1985 is the asker's own time.
    if ago is not None:
        lead = " ".join(clause[: ago.start()].split()[-_AGO_LEAD:])
        if matcher(words, "founded")(lead):
            return read_count(ago.group(1))
    age = _age_told().search(clause)
    # An age in years counts with a founding verb, or as "N år gammal" by itself.
    if age is not None and (matcher(words, "founded")(clause) or age.group(2) is not None):
        return read_count(age.group(1) or age.group(2))
    return None


def told_years(clause: str, today: date | None) -> int | None:
    """The organisation's age as one clause of a description tells it, if it does."""
    words = "criteria_words.yaml"
    age = told_age(clause)
    if age is not None:
        return age
    if not matcher(words, "founded")(clause):
        return None
    year = _YEAR.search(clause)
    if year is not None and today is not None:
        return today.year - int(year.group(1))
    if matcher(words, "last_year")(clause):
        return 1
    if matcher(words, "this_year")(clause):
        return 0
    return None


def judge_tenure(rule: str, description: str, today: date | None) -> tuple[bool, str] | None:
    """(met?, the clause) when the rule asks for an age and the description tells one."""
    least = required_years(rule)
    if least is None:
        return None
    # An age told in years is the asker's own reckoning: it goes before one worked out
    # from a founding year ("bildade i mars 2022, så vi har hållit på i två och ett
    # halvt år").
    said = clauses(description)
    for read in (told_age, lambda clause: told_years(clause, today)):
        for clause in said:
            told = read(clause)
            if told is not None:
                return told >= least, clause
    return None
