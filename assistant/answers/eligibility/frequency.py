"""How often a part of the activity may happen: "Utflykter och studiebesök utanför kommunen
får ingå vid högst fyra tillfällen per år". The rule caps a thing (its subject) at a count
per period; the description's clause naming that thing (a compound may hold it,
"dansutflykt") tells how often it happens ("en gång i månaden"). The fewest times a rhythm
meets in the period, or a count told, breaks the cap when above it; one under it proves
nothing of the rest of the year, so the rule is then left to the other readers.
"""

from __future__ import annotations

import re
from functools import cache

from assistant.answers.eligibility.concepts import clauses
from assistant.answers.eligibility.fee import fee_periods, times_per
from assistant.core.municipalities import fold
from assistant.core.swedish.cues import alternation, load_cues
from assistant.core.swedish.numbers import count_pattern, measure_words, read_count
from assistant.core.swedish.sentences import sentence_spans
from assistant.index.lexical import is_stopword, stem, words

_MIN_STEM = 3  # "res" (resor), "trip", "utflyk" name a thing
_LONG_STEM = 4  # a stem this long names its thing anywhere in a word; a shorter one as its head
_NEAR_CAP = 2  # the thing a verb takes stands this close before the cap


@cache
def _cap() -> re.Pattern[str]:
    """ "högst fyra tillfällen per år", "at most four times a year"."""
    cues = load_cues("criteria_words.yaml")
    at_most = alternation(cues["at_most"])
    times = alternation(cues["times_words"])
    per = alternation(cues["per_words"])
    return re.compile(
        rf"\b(?:{at_most})\s+{count_pattern()}\s+(?:(?:{times})|([^\W\d_]+))\s+"
        rf"(?:{per})\s+([^\W\d_]+)",
        re.IGNORECASE,
    )


@cache
def _counted() -> re.Pattern[str]:
    """ "tre utflykter om året": a count of a thing in a period, told."""
    per = alternation(load_cues("criteria_words.yaml")["per_words"])
    return re.compile(
        rf"\b{count_pattern()}\s+([^\W\d_]+)\s+(?:{per})\s+([^\W\d_]+)", re.IGNORECASE
    )


def _told_count(clause: str, things: list[str], period: str, periods: dict[str, str]) -> int | None:
    """The count of the thing the clause tells for the period ("tre utflykter om året")."""
    for found in _counted().finditer(clause):
        word = fold(found.group(2))
        if periods.get(found.group(3).lower()) == period and any(_names(t, word) for t in things):
            return read_count(found.group(1))
    return None


def _things(before: str) -> list[str]:
    """The stems of the things the rule's sentence names before its cap: its subject, up
    to the first word of place or manner ("Utflykter och studiebesök utanför kommunen" →
    utflyk, studiebesök), and the words just before the cap ("Föreningen kan ordna
    utflykter högst …" → utflyk); not the organisation or its people, who do everything."""
    cues = load_cues("criteria_words.yaml")
    stop = set(cues["subject_ends"])
    doers = {fold(stem(w)) for w in cues["cap_doers"]}

    def kept(word: str) -> str | None:
        stemmed = fold(stem(word))
        if is_stopword(word) or len(stemmed) < _MIN_STEM or stemmed in doers:
            return None
        return stemmed

    said = words(before)
    out: list[str] = []
    for word in said:
        if word.lower() in stop:
            break
        if (stemmed := kept(word)) is not None:
            out.append(stemmed)
    for word in said[-_NEAR_CAP:]:
        if word.lower() not in stop and (stemmed := kept(word)) is not None:
            out.append(stemmed)
    return list(dict.fromkeys(out))


def _names(thing: str, word: str) -> bool:
    """Whether a word names the thing: a long stem anywhere ("dansutflykt"), a short one as
    the word's head with a noun's ending ("bussresa", "resor"; not "stress", "adress")."""
    if len(thing) >= _LONG_STEM:
        return thing in word
    return re.fullmatch(rf"\w*{re.escape(thing)}(?:{_noun_endings()})?", word) is not None


@cache
def _noun_endings() -> str:
    return alternation(load_cues("criteria_words.yaml")["noun_endings"])


def judge_frequency(rule: str, description: str) -> tuple[bool, str] | None:
    """(met?, the clause) when the rule caps how often a thing happens and the
    description tells how often that thing happens."""
    periods = fee_periods()
    for found in _cap().finditer(rule):
        cap = read_count(found.group(1))
        period = periods.get(found.group(3).lower())
        start = next((a for a, b in sentence_spans(rule) if a <= found.start() < b), 0)
        # "högst två utflykter per år" names the thing itself; "Utflykter … får ingå vid
        # högst fyra tillfällen per år" in its subject.
        noun = found.group(2)
        if noun and noun.lower() in measure_words():
            continue  # "högst 300 kronor per år" caps a fee (fee.py)
        things = [fold(stem(noun))] if noun else _things(rule[start : found.start()])
        things = [t for t in things if len(t) >= _MIN_STEM]
        if cap is None or period is None or not things:
            continue
        for clause in clauses(description):
            said = [fold(w) for w in words(clause)]
            if not any(_names(thing, w) for thing in things for w in said):
                continue
            times = _told_count(clause, things, period, periods) or times_per(period, clause)
            if times is not None and times > cap:
                return False, clause
    return None
