"""How many of a thing the organisation must have had: "har hållit minst två årsmöten",
"minst tre genomförda aktiviteter", "at least two annual meetings". The description's
own count of the same thing ("vi har haft ett årsmöte", "vårt allra första årsmöte") is
compared with it. The thing is whatever noun the rule counts, matched by its stem;
years, months, money, shares and members have readers of their own.
"""

from __future__ import annotations

import re
from functools import cache

from assistant.answers.eligibility.concepts import clauses
from assistant.core.swedish.cues import load_cues, matcher
from assistant.core.swedish.numbers import (
    count_pattern,
    measure_words,
    not_counts,
    ordinal_words,
    read_count,
)
from assistant.index.lexical import stem, words

_BEFORE = 3  # a count or ordinal stands this many words before the thing at most
_PART_OF = frozenset({"av", "of"})
_AFTER = 2  # a rhythm follows the thing this close ("ett årsmöte varje år")
_MIN_STEM = 4  # "möte" counts; "st" or "ex" is no thing


@cache
def _at_least() -> re.Pattern[str]:
    # The thing counted is the word after the count, or the one after that when the first
    # says what kind ("minst två genomförda årsmöten").
    return re.compile(
        rf"\b(?:minst|at least)\s+{count_pattern()}\s+([^\W\d_]+)(?:\s+([^\W\d_]+))?",
        re.IGNORECASE,
    )


@cache
def _own_readers() -> frozenset[str]:
    """Units read elsewhere: a rule counting these is not this module's."""
    units = {*measure_words(), *not_counts(), *load_cues("criteria_words.yaml")["member_words"]}
    return frozenset(stem(u) for u in units)


def required_count(rule: str) -> tuple[int, frozenset[str]] | None:
    """The least count a rule asks for and the stems the thing may be named by."""
    found = _at_least().search(rule)
    if found is None:
        return None
    least = read_count(found.group(1))
    if found.group(2).lower() in _PART_OF:
        return None  # "minst tre av länets kommuner" is a reach (reach.py)
    things = frozenset(stem(w) for w in found.groups()[1:] if w)
    if least is None or least < 2 or things & _own_readers():
        return None
    things = frozenset(t for t in things if len(t) >= _MIN_STEM)
    return (least, things) if things else None


def told_count(description: str, things: frozenset[str]) -> tuple[int, str] | None:
    """The largest count of the thing the description tells for certain, with its clause:
    a number before it ("två årsmöten", "ett årsmöte") or the asker's own ordinal ("vårt
    allra första årsmöte": one so far)."""
    hedge = matcher("criteria_words.yaml", "hedges")
    rhythm = matcher("criteria_words.yaml", "count_rhythm")
    own = set(load_cues("criteria_words.yaml")["own_ordinal"])
    ordinals = ordinal_words()
    best: tuple[int, str] | None = None
    for clause in clauses(description):
        if hedge(clause):
            continue
        said = words(clause)
        for i, word in enumerate(said):
            if stem(word) not in things or rhythm(" ".join(said[i + 1 : i + 1 + _AFTER])):
                continue
            before = said[max(0, i - _BEFORE) : i]
            count = None
            for j, prior in enumerate(before):
                if prior in ordinals and own & set(before[:j]):
                    count = ordinals[prior]
                elif count is None:
                    count = read_count(prior)
            if count is not None and (best is None or count > best[0]):
                best = (count, clause)
    return best


def judge_counts(rule: str, description: str) -> tuple[bool, str] | None:
    """(met?, the clause) when the rule asks for a number of a thing and the description
    tells its own."""
    required = required_count(rule)
    if required is None:
        return None
    told = told_count(description, required[1])
    return (told[0] >= required[0], told[1]) if told else None
