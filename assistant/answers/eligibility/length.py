"""How long the activity must run: "Verksamheten ska pågå under minst två år", "the
activity must run for at least one year". The description's planned length ("vi vill
köra det i fyra månader i sommar", "a four-month project") is compared with it. The
organisation's own age is another rule (``tenure``).
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from assistant.answers.eligibility.concepts import clauses
from assistant.core.swedish.cues import alternation, load_cues, matcher
from assistant.core.swedish.dates import find_dates
from assistant.core.swedish.numbers import count_pattern, read_count

_WORDS = "criteria_words.yaml"


@cache
def _spec() -> tuple[dict[str, float], str, str]:
    spec = load_cues(_WORDS)["length"]
    units = {str(w).lower(): float(months) for w, months in spec["units"].items()}
    return units, count_pattern(), alternation(units)


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    _, number, unit = _spec()
    # "minst sex veckor", "minst sex av sommarlovets veckor", "at least six of the weeks"
    at_least = re.compile(
        rf"\b(?:minst|at least)\s+{number}\s+"
        rf"(?:(?:av|of)\s+(?:the\s+)?[^\W\d_]+(?:'s)?\s+)?({unit})\b",
        re.IGNORECASE,
    )
    # "i fyra månader", "under sex veckor", "for three months", "a four-month project"
    # ("in two months" says when, not how long).
    about = r"(?:(?:cirka|ungefär|ca|minst|about|around|roughly|at least)\s+)?"
    told = re.compile(
        rf"\b(?:i|under|for)\s+{about}{number}\s+({unit})\b"
        rf"|\b{number}[- ]({unit})[- ](?:long\s+)?(?:project|projekt|period)",
        re.IGNORECASE,
    )
    return at_least, told


def _months(count: str, unit: str) -> float | None:
    n = read_count(count)
    return None if n is None else n * _spec()[0][unit.lower()]


_YEAR = 12.0  # months: what a rule ruling out "a few months" asks at the least


@cache
def _few_months() -> re.Pattern[str]:
    """ "projekt på några månader", "projects of a few months": what lasts a few months."""
    spec = load_cues(_WORDS)["few_months"]
    return re.compile(
        rf"\b(?:{alternation(spec['what'])})\s+(?:på|om|of|lasting|that last)\s+"
        rf"(?:bara\s+|only\s+|just\s+)?(?:{alternation(spec['few'])})\b",
        re.IGNORECASE,
    )


def required_months(rule: str) -> float | None:
    """The activity's least length in months, if the rule asks for one."""
    if _few_months().search(rule) and matcher(_WORDS, "ruled_out")(rule):
        return _YEAR
    if not matcher(_WORDS, "length_rule")(rule) or matcher(_WORDS, "tenure_rule")(rule):
        return None
    found = _patterns()[0].search(rule)
    return _months(found.group(1), found.group(2)) if found else None


def told_months(description: str) -> tuple[float, str] | None:
    """The length the description plans for its activity, and the clause telling it.
    Only a plan counts ("vi vill köra …", "we want to run …"): "vi har funnits i tre
    år" is the organisation's age, "vi provade i två månader" what has been, and one
    that comes back every year or pauses says nothing of how long it runs."""
    plans, founded = matcher(_WORDS, "plans"), matcher(_WORDS, "founded")
    # "… i en vecka varje sommar" comes back each year; "uppehåll i fyra veckor" is a
    # pause, not the activity's length.
    not_length = matcher(_WORDS, "not_length")
    for clause in clauses(description):
        if not plans(clause) or not_length(clause):
            continue
        # A span between two dates, its year said, is how long the plan runs ("varje
        # torsdag från 1 juni till 31 oktober 2027"), beside when the club was founded.
        dated = _dated_span(clause)
        if dated is not None:
            return dated
        weeks = _week_numbers().search(clause)
        # "en gång per vecka 18-20", "once a week 6-8 pm": how often, then a clock time.
        often = weeks is not None and bool(_how_often().search(clause[: weeks.start()]))
        if weeks and not often and 0 < int(weeks.group(2)) - int(weeks.group(1)) < _WEEKS_A_YEAR:
            return (int(weeks.group(2)) - int(weeks.group(1)) + 1) * _spec()[0]["vecka"], clause
        found = _patterns()[1].search(clause) if not founded(clause) else None
        if found is None:
            continue
        count, unit = (found.group(1), found.group(2)) if found.group(1) else found.group(3, 4)
        months = _months(count, unit)
        if months is not None:
            return months, clause
    return None


_WEEKS_A_YEAR = 53


@cache
def _week_numbers() -> re.Pattern[str]:
    """A span of week numbers, as Swedish plans count summers ("vecka 25–32", "v. 27-29",
    "veckorna 26 till 31", "weeks 27 to 29"): its first and last week."""
    cues = load_cues(_WORDS)
    words, week = alternation(cues["span_to"]), alternation(cues["week_words"])
    return re.compile(
        rf"\b(?:{week})\s*(\d{{1,2}})\s*(?:[–-]|(?:{words})\s)\s*(?:(?:{week})\s*)?(\d{{1,2}})\b",
        re.IGNORECASE,
    )


@cache
def _how_often() -> re.Pattern[str]:
    """A word of frequency right before "vecka"/"week" ("per", "i", "a", "varje")."""
    return re.compile(rf"\b(?:{alternation(load_cues(_WORDS)['week_rhythm'])})\s*$", re.IGNORECASE)


@cache
def _span_between() -> re.Pattern[str]:
    """What stands between the two dates of a span: a word for "to", or a dash."""
    words = alternation(load_cues(_WORDS)["span_to"])
    return re.compile(rf"^\s*(?:{words}|[–-])\s*$", re.IGNORECASE)


_MONTH_DAYS = 30
_DAY_SHORT = 0.1  # of a month


def _dated_span(clause: str) -> tuple[float, str] | None:
    """The months from one date to the next the clause tells, when the later one says its
    year ("från 1 juni till 31 oktober 2027" → 5), counting the last day; with the part of
    the clause between commas that tells it."""
    told = [d for d in find_dates(clause) if d.month]
    for first, last in pairwise(told):
        if last.year is None or not _span_between().match(clause[first.end : last.start]):
            continue
        # "från 1 november till 31 mars 2027": the first date is in the year before.
        later = first.month is not None and last.month is not None and first.month > last.month
        year = first.year or (last.year - 1 if later else last.year)
        months: float = (last.year - year) * 12 + (last.month or 0) - (first.month or 0)
        months += ((last.day or _MONTH_DAYS) + 1 - (first.day or 1)) / _MONTH_DAYS
        # A day short of whole months is them ("1 mars 2027–28 februari 2028" is a year).
        whole = round(months)
        months = whole if abs(months - whole) < _DAY_SHORT else months
        if months > 0:
            start = clause.rfind(",", 0, first.start) + 1
            end = clause.find(",", last.end)
            return months, clause[start : end if end >= 0 else None].strip()
    return None


def judge_length(rule: str, description: str) -> tuple[bool, str] | None:
    """(met?, the clause) when the rule asks for a length and the description plans one."""
    least = required_months(rule)
    if least is None:
        return None
    told = told_months(description)
    return None if told is None else (told[0] >= least, told[1])
