"""How long the activity must run: "Verksamheten ska pågå under minst två år", "the
activity must run for at least one year". The description's planned length ("vi vill
köra det i fyra månader i sommar", "a four-month project") is compared with it. The
organisation's own age is another rule (``tenure``).
"""

from __future__ import annotations

import re
from functools import cache

from assistant.answers.eligibility.concepts import clauses
from assistant.core.swedish.cues import alternation, load_cues, matcher
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
    at_least = re.compile(rf"\b(?:minst|at least)\s+{number}\s+({unit})\b", re.IGNORECASE)
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
        if not plans(clause) or founded(clause) or not_length(clause):
            continue
        found = _patterns()[1].search(clause)
        if found is None:
            continue
        count, unit = (found.group(1), found.group(2)) if found.group(1) else found.group(3, 4)
        months = _months(count, unit)
        if months is not None:
            return months, clause
    return None


def judge_length(rule: str, description: str) -> tuple[bool, str] | None:
    """(met?, the clause) when the rule asks for a length and the description plans one."""
    least = required_months(rule)
    if least is None:
        return None
    told = told_months(description)
    return None if told is None else (told[0] >= least, told[1])
