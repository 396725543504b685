"""Whether an activity that runs only in a season meets a rule asking for one all year.

"Verksamheten ska pågå året runt", "En verksamhet som bara finns under sommarsäsongen kan
inte bli ett partnerskap", "Verksamheten ska pågå under minst tio månader per år": an idea
told to run "varje vecka från midsommar till mitten av augusti" or "på sommaren" breaks them;
one told "hela året" meets them. A season is read from the words that say when an activity
runs, or from a span of months ("från maj till september") shorter than a year, never from
when it starts ("i sommar vill vi börja"); "vi bor här året runt" tells where people live.
"""

from __future__ import annotations

import re
from functools import cache

from assistant.answers.eligibility.concepts import clauses
from assistant.core.swedish.cues import CueMatcher, alternation, load_cues, matcher
from assistant.core.swedish.dates import month_numbers
from assistant.core.swedish.numbers import count_pattern, read_count
from assistant.core.swedish.sentences import sentence_spans

_WORDS = "criteria_words.yaml"
_YEAR_MONTHS = 11  # a span this long (January to December) is the whole year
_SEASON_MONTHS = 3  # "på sommaren": a season told without its months
_HALF_YEAR = 6
_PAUSE_CHARS = 25  # "med uppehåll i juli …": a pause word this close before the months


def _year_round(rule: str) -> bool:
    # In one clause with what asks it: "ska pågå året runt", not "kontakta oss hela året".
    return any(
        matcher(_WORDS, "year_round")(clause) and matcher(_WORDS, "year_round_verbs")(clause)
        for clause in clauses(rule)
    )


def _season_ruled_out(rule: str) -> bool:
    return bool(matcher(_WORDS, "seasons")(rule) and matcher(_WORDS, "ruled_out")(rule))


@cache
def _months_a_year() -> re.Pattern[str]:
    """ "minst tio månader per år", "at least ten months a year"."""
    return re.compile(
        rf"\b(?:minst|at least)\s+{count_pattern()}\s+(?:månader|months)\s+"
        r"(?:per|om|varje|av|a|each|every|of the)\s+(?:år|året|year)\b",
        re.IGNORECASE,
    )


def months_asked(rule: str) -> int | None:
    """The months a year the rule asks the activity to run: 12 for all year, more than half
    of it where it rules out a season ("bara under sommarsäsongen kan inte …": May to
    September is a season's, September to June is no summer activity)."""
    found = _months_a_year().search(rule)
    if found is not None:
        return read_count(found.group(1))
    if _year_round(rule):
        return _YEAR_MONTHS + 1
    return _HALF_YEAR + 1 if _season_ruled_out(rule) else None


def judge_season(rule: str, description: str) -> tuple[bool, str] | None:
    """(met?, the clause) when the rule asks for all year, or for months of it, and the idea
    tells when it runs."""
    asked = months_asked(rule)
    if asked is None:
        return None
    # "hela året" said of the activity says it ("hela året utom i juli", "öppet hela året,
    # med utflykter från maj till september"); "vi bor här året runt" tells where people live.
    living = matcher(_WORDS, "resident_words")
    for clause in clauses(description):
        if matcher(_WORDS, "year_round")(clause) and not living(clause):
            return True, clause
    # The season as what the activity runs in: said with what is planned, or as its limit
    # ("bara på sommaren"); "på sommaren är vi ute i parken" tells where. A span of months
    # tells when it runs wherever the sentence says what is planned ("Vi vill ha boule,
    # varje torsdag från midsommar till slutet av augusti").
    limits = matcher(_WORDS, "plans"), matcher(_WORDS, "season_only")
    for sentence in (description[a:b] for a, b in sentence_spans(description)):
        # … or by "vi" doing it ("Vi kör från midsommar fram till skolstarten i augusti").
        planned = any(m(sentence) for m in limits) or bool(_we()(sentence))
        for clause in clauses(sentence):
            months = (_span_months(clause) or _listed_months(clause)) if planned else None
            if months is None and matcher(_WORDS, "season_told")(clause):
                months = _SEASON_MONTHS if any(m(clause) for m in limits) else None
            if months is not None:
                return (months >= asked), clause
    return None


@cache
def _we() -> CueMatcher:
    return CueMatcher(load_cues(_WORDS)["we_subject"], inflect=False)  # "vi", not "vis"


@cache
def _span() -> re.Pattern[str]:
    days = load_cues(_WORDS)["season_days"]
    names = "|".join(sorted([*month_numbers(), *days], key=len, reverse=True))
    edge = r"(?:(?:mitten|slutet|början|the middle|the end|the start)\s+(?:av|of)\s+)?"
    return re.compile(
        rf"\b(?:från|from)\s+{edge}({names})\b.{{0,30}}?\b"
        # "fram till skolstarten i augusti": a word or two may name the end before its month.
        rf"(?:{alternation(load_cues(_WORDS)['span_to'])})\s+(?:[^\W\d]+\s+){{0,2}}?{edge}({names})\b",
        re.IGNORECASE,
    )


@cache
def _listed() -> re.Pattern[str]:
    names = "|".join(sorted(month_numbers(), key=len, reverse=True))
    return re.compile(
        rf"\b(?:i|in|under|during)\s+((?:(?:{names})\s*,\s*)*(?:{names})\s+(?:och|and|&)\s+"
        rf"(?:{names}))\b",
        re.IGNORECASE,
    )


def _listed_months(clause: str) -> int | None:
    """ "i juli och augusti", "in June, July and August": the months named, two or more
    (one month named tells when, not for how long); "med uppehåll i juli och augusti" are
    the months it does not run."""
    found = _listed().search(clause)
    if found is None:
        return None
    low = found.group(1).lower()
    named = len({n for name, n in month_numbers().items() if re.search(rf"\b{name}\b", low)})
    return _unless_paused(clause, found.start(), named)


def _unless_paused(clause: str, start: int, months: int) -> int:
    """The months the activity runs: those told, or the rest of the year when a word of a
    pause stands just before them ("med uppehåll från juni till augusti", "utom i juli")."""
    paused = matcher(_WORDS, "not_length")(clause[:start][-_PAUSE_CHARS:])
    return _YEAR_MONTHS + 1 - months if paused else months


def _span_months(clause: str) -> int | None:
    """ "från midsommar till mitten av augusti" → 3, "from May to September" → 5: the
    months a span covers, counting both ends; None without a span or for a whole year."""
    found = _span().search(clause)
    if found is None:
        return None
    days = load_cues(_WORDS)["season_days"]

    def month(name: str) -> int:
        low = name.lower()
        return int(days[low]) if low in days else month_numbers()[low]

    start, end = month(found.group(1)), month(found.group(2))
    between = (end - start) % 12
    return _unless_paused(clause, found.start(), between + 1) if between < _YEAR_MONTHS else None
