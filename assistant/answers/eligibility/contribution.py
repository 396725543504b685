"""The organisation's own contribution in kronor: "Er egen insats ska vara värd minst
40 000 kronor per år … Ideellt arbete räknas som 200 kronor per timme, och lokaler räknas
med vad de kostar er." The description's hours of volunteer work a year, valued at the
rule's rate, and the kronor it pays itself a year ("lokalen kostar oss 4 500 kr om året")
are added up and compared. Counted high where the description leaves room ("ungefär",
a week as 52 of them), so as never to break a rule by guessing low.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache, lru_cache

from assistant.answers.eligibility.concepts import clauses
from assistant.core.swedish.amounts import Amount, find_amounts, numbers_before
from assistant.core.swedish.cues import alternation, load_cues, matcher

_REMEMBERED = 256
_MONEY = "money"
# Hours of work are told with what they are before the period ("90 timmar ideellt arbete
# om året"): up to three words between.
_BETWEEN = r"(?:[^\W\d]+\s+){0,3}?"


def _money(text: str) -> list[Amount]:
    return [a for a in find_amounts(text) if a.kind == _MONEY]


@cache
def _period() -> tuple[re.Pattern[str], dict[str, str], dict[str, int]]:
    """A period after an amount ("om året", "per år", "i månaden", "a week"), by the
    period words fees are counted in (``fee_periods``), and how many of it a year has."""
    words = load_cues("criteria_words.yaml")
    periods = {str(k).lower(): str(v) for k, v in words["fee_periods"].items()}
    per_year = {str(k): int(v) for k, v in words["period_per_year"].items()}
    pattern = re.compile(
        rf"^\s*(?:kr|kronor|sek)?\s*{_BETWEEN}(?:om|per|i|a|each)\s+({alternation(periods)})\b",
        re.IGNORECASE,
    )
    return pattern, periods, per_year


def period_after(after: str) -> str | None:
    """The period ("year", "month", …) an amount told right before ``after`` is counted
    in, if it says."""
    pattern, periods, _ = _period()
    found = pattern.match(after)
    return periods.get(found.group(1).lower()) if found else None


def per_year_count(after: str) -> int | None:
    """How many times a year an amount told before ``after`` counts, if it says."""
    period = period_after(after)
    return _period()[2].get(period) if period is not None else None


def hour_rate(rule: str) -> Decimal | None:
    """The kronor an hour of volunteer work counts as, if the rule says ("Ideellt arbete
    räknas med 200 kronor per timme")."""
    hourly = matcher("criteria_words.yaml", "hour_rate")
    return next((a.value for a in _money(rule) if hourly(rule[a.end : a.end + 20])), None)


@lru_cache(maxsize=_REMEMBERED)
def required_contribution(rule: str) -> tuple[Decimal, Decimal | None] | None:
    """(kronor a year at least, kronor an hour of volunteer work counts as) when the rule
    asks the organisation's own part in kronor."""
    if not matcher("criteria_words.yaml", "contribution_rule")(rule):
        return None
    at_least: Decimal | None = None
    rate = hour_rate(rule)
    hourly = matcher("criteria_words.yaml", "hour_rate")
    for amount in _money(rule):
        if hourly(rule[amount.end : amount.end + 20]):
            continue
        if (
            at_least is None
            and re.search(r"\b(?:minst|at least)\s*$", rule[: amount.start])
            # Only a sum for a year is compared: "under avtalsperioden" is another count.
            and per_year_count(rule[amount.end :]) == 1
        ):
            at_least = amount.value
    return (at_least, rate) if at_least is not None else None


@cache
def _hour_units() -> str:
    return alternation(load_cues("criteria_words.yaml")["volunteer_hours"])


def told_contribution(
    description: str, rate: Decimal | None, untimed: bool = False
) -> tuple[Decimal, str] | None:
    """The kronor a year the description says it carries itself (hours valued at
    ``rate``), with the clause that says most of it; None when it tells none. ``untimed``:
    hours told with no period ("vi lägger ca 160 ideella timmar") are the year's, as the
    budget they are set against is."""
    own = matcher("criteria_words.yaml", "own_money")
    public = matcher("criteria_words.yaml", "fee_public_payer")
    asked = matcher("criteria_words.yaml", "money_asked_for")
    each = matcher("criteria_words.yaml", "hours_each")
    total = Decimal(0)
    said: list[tuple[Decimal, str]] = []
    for clause in clauses(description):
        for number, _, end in numbers_before(clause, _hour_units()):
            # Hours without the rule's rate, or counted per person ("3 timmar i veckan
            # var"), are no sum this reading can make: nothing is judged.
            if rate is None or each(clause):
                return None
            times = per_year_count(clause[end:])
            if times is None and untimed and period_after(clause[end:]) is None:
                times = 1
            if times is not None:
                value = number * times * rate
                total += value
                said.append((value, clause))
        # What the municipality is to pay, or what is asked of it, is no own part.
        if public(clause) or asked(clause) or not own(clause):
            continue
        for amount in _money(clause):
            times = per_year_count(clause[amount.end :])
            if times is not None:
                total += amount.value * times
                said.append((amount.value * times, clause))
    if not said:
        return None
    return total, max(said, key=lambda s: s[0])[1]


def judge_contribution(rule: str, description: str) -> tuple[bool, str] | None:
    """(met?, the clause) when the rule asks an own part in kronor and the description
    tells what it carries in kronor or hours."""
    required = required_contribution(rule)
    if required is None:
        return None
    at_least, rate = required
    told = told_contribution(description, rate)
    if told is None:
        return None
    total, clause = told
    return total >= at_least, clause


@lru_cache(maxsize=_REMEMBERED)
def required_hours(rule: str) -> Decimal | None:
    """The hours of volunteer work a year the rule asks at least ("förutsätter att
    föreningen lägger minst 150 ideella timmar per år", "minst 10 timmar i månaden")."""
    for number, start, end in numbers_before(rule, _hour_units()):
        times = per_year_count(rule[end:])
        if (
            times is not None
            and re.search(r"\b(?:minst|at least)\s*$", rule[:start])
            and _given(rule, start, end)
        ):
            return number * times
    return None


def _lasting(before: str) -> bool:
    """Whether the words before hours say how long something lasts ("Caféet har öppet 2
    timmar i veckan"), not the hours the association gives ("vi orkar 60 timmar om året")."""
    return bool(matcher("criteria_words.yaml", "hours_lasting")(before))


def _given(clause: str, start: int, end: int) -> bool:
    """Whether hours told at ``start:end`` are work given ("lägga minst 150 timmar",
    "250 ideella timmar"), not how long something lasts ("öppet 2 timmar i veckan")."""
    given = matcher("criteria_words.yaml", "hours_given")
    return bool(given(clause[:start]) or given(clause[start:end]))


def judge_hours(rule: str, description: str) -> tuple[bool, str] | None:
    """(met?, the clause) when the rule asks hours of volunteer work a year and the
    description tells its hours in a period: hours asked are met by hours, not by money
    ("max 80 timmar om året … men vi kan lägga in 30 000 kr i stället")."""
    least = required_hours(rule)
    if least is None:
        return None
    each = matcher("criteria_words.yaml", "hours_each")
    for clause in clauses(description):
        for number, start, end in numbers_before(clause, _hour_units()):
            times = per_year_count(clause[end:])
            # Hours counted per person ("3 timmar i veckan var") are no total.
            if times is not None and not each(clause) and not _lasting(clause[:start]):
                return number * times >= least, clause
    return None
