"""How many of a thing the organisation must have had: "har hållit minst två årsmöten",
"minst tre genomförda aktiviteter". The description's own count of the same thing ("vi
har haft två årsmöten", "vårt allra första årsmöte") is compared with it. The thing is
the word the rule counts (a Swedish compound says it in one word), matched by its stem;
years, months, money, shares, members and a reach have readers of their own.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from assistant.answers.eligibility.concepts import clauses, negation_words
from assistant.core.swedish.cues import load_cues, matcher
from assistant.core.swedish.numbers import (
    count_pattern,
    counted,
    measure_words,
    not_counts,
    ordinal_words,
    read_count,
)
from assistant.index.lexical import is_stopword, stem, words

_BEFORE = 3  # a count or ordinal stands this many words before the thing at most
_PART_OF = frozenset({"av", "of"})
_AFTER = 2  # a rhythm follows the thing this close ("ett årsmöte varje år")
_MIN_STEM = 4  # "möte" counts; "st" or "ex" is no thing
# A year long past, or a time to come, beside an ordinal: "vårt första årsmöte var
# 1972" is history, "vårt andra årsmöte blir i höst" is still ahead.
_PAST_YEAR = re.compile(r"\b(19\d\d|20[01]\d)\b")


@cache
def _at_least() -> re.Pattern[str]:
    return re.compile(
        rf"\b(?:minst|at least)\s+{count_pattern()}\s+([^\W\d_]+)(?:\s+([^\W\d_]+))?",
        re.IGNORECASE,
    )


# An attributive adjective in the plural ends so ("ordinarie", "genomförda", "betalande"):
# the noun after it may be what the description counts ("minst två ordinarie årsmöten").
_ADJECTIVE_ENDINGS = ("a", "e")


@cache
def _own_readers() -> frozenset[str]:
    """Units read elsewhere: a rule counting these is not this module's."""
    units = {*measure_words(), *not_counts(), *load_cues("criteria_words.yaml")["member_words"]}
    return frozenset(stem(u) for u in units)


def required_count(rule: str) -> tuple[int, str] | None:
    """The least count a rule asks for and the stem of the thing counted."""
    found = _at_least().search(rule)
    if found is None or found.group(2).lower() in _PART_OF:
        return None  # "minst tre av länets kommuner" is a reach (reach.py)
    least = read_count(found.group(1))
    thing = stem(found.group(2))
    if least is None or least < 2 or thing in _own_readers() or len(thing) < _MIN_STEM:
        return None
    # A rate ("minst tre träffar per termin") is how often, not how many so far.
    after = " ".join(rule[found.end(2) :].split()[:_AFTER])
    if matcher("criteria_words.yaml", "count_rhythm")(after):
        return None
    return least, thing


def told_count(description: str, thing: str) -> tuple[int, str] | None:
    """The largest count of the thing the description tells for certain, with its clause:
    a number before it ("två årsmöten") or the asker's own ordinal of one held ("vårt
    allra första årsmöte": one so far)."""
    words_of = "criteria_words.yaml"
    hedge, rhythm = matcher(words_of, "hedges"), matcher(words_of, "count_rhythm")
    ahead = matcher(words_of, "ahead")
    own = set(load_cues(words_of)["own_ordinal"])
    we = set(load_cues(words_of)["we_subject"])
    times = set(load_cues(words_of)["count_times"])
    ordinals = ordinal_words()
    best: tuple[int, str] | None = None
    for clause in clauses(description):
        if hedge(clause):
            continue
        said = words(clause)
        for i, word in enumerate(said):
            if stem(word) != thing or rhythm(" ".join(said[i + 1 : i + 1 + _AFTER])):
                continue
            before = said[max(0, i - _BEFORE) : i]
            count = None
            for j, prior in enumerate(before):
                # "vårt första årsmöte", or "första årsmötet hade vi": the asker's own
                # ("andra" is also "other": only after an own word; "Vi planerade
                # kommunens första årsmöte" is someone else's).
                held_by_us = bool(we & set(said[i + 1 :])) and ordinals.get(prior) != 2
                mine = own & set(before[:j]) or held_by_us
                if prior in ordinals and mine:
                    # Only its own part of the clause says whether it is held yet: "vårt
                    # första årsmöte i mars 2025, nästa blir i mars 2026" has held one.
                    own_part = clause[clause.lower().find(prior) :].split(",")[0]
                    if not (_PAST_YEAR.search(own_part) or ahead(own_part)):
                        count = ordinals[prior]
                elif count is None:
                    count = counted(prior)
            after = said[i + 1 : i + 1 + _AFTER]
            rate = rhythm(" ".join(said[i + 1 + _AFTER : i + 1 + 2 * _AFTER]))
            if count is None and len(after) == _AFTER and after[1] in times and not rate:
                count = counted(after[0])  # "årsmöte två gånger", not "… två gånger per år"
            if count is None:
                count = _years_listed(clause)
            if count is not None and (best is None or count > best[0]):
                best = (count, clause)
    return best


_LISTED_YEAR = re.compile(r"\b(19\d\d|20\d\d)\b(?!-)")
_NEGATION_BEFORE = 3  # "inget årsmöte 2023": a year denied this close after a negation
_LIST_GAP = 3  # "våren 2024 och våren 2025", "i mars 2024 och i mars 2025"
_LISTING = frozenset({"och", "and", "samt"})


def _years_listed(clause: str) -> int | None:
    """How many were held, told as a list of the years they were ("årsmöten våren 2024
    och våren 2025", "inget årsmöte 2023, men i mars 2024 och i mars 2025"): two years or
    more, each one not denied, each joined to the next by "och" or a comma within a few
    words. "varje år sedan 1978" tells a rhythm, an ordinal a count of its own ("bildades
    2019 och höll sitt första årsmöte 2024")."""
    said = words(clause)
    if (
        matcher("criteria_words.yaml", "count_rhythm")(clause)
        or matcher("criteria_words.yaml", "since")(clause)
        or set(said) & set(ordinal_words())
    ):
        return None
    negations = negation_words()
    kept = [
        found
        for found in _LISTED_YEAR.finditer(clause)
        if not negations & set(words(clause[: found.start()])[-_NEGATION_BEFORE:])
    ]
    for before, after in pairwise(kept):
        gap = clause[before.end() : after.start()]
        joined = "," in gap or bool(_LISTING & set(words(gap)))
        if not joined or len(words(gap)) > _LIST_GAP:
            return None
    years = {k.group(1) for k in kept}
    return len(years) if len(years) >= 2 and len(years) == len(kept) else None


def _noun_after(rule: str) -> str | None:
    """The stem of the word after the counted one when that may be an adjective before
    its noun ("minst två ordinarie årsmöten"); the description may name only the noun."""
    found = _at_least().search(rule)
    if found is None or not found.group(3):
        return None
    word, following = found.group(2), found.group(3)
    if not word.lower().endswith(_ADJECTIVE_ENDINGS) or is_stopword(following):
        return None
    noun = stem(following)
    return None if noun in _own_readers() or len(noun) < _MIN_STEM else noun


def judge_counts(rule: str, description: str) -> tuple[bool, str] | None:
    """(met?, the clause) when the rule asks for a number of a thing and the description
    tells its own."""
    required = required_count(rule)
    if required is None:
        return None
    for thing in (required[1], _noun_after(rule)):
        told = told_count(description, thing) if thing else None
        if told:
            return told[0] >= required[0], told[1]
    return None
