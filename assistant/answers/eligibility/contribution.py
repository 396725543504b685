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
from assistant.core.swedish.amounts import Amount, find_amounts
from assistant.core.swedish.cues import alternation, load_cues, matcher

_REMEMBERED = 256
_MONEY = "money"
# "90 timmar", "1 500 timmar" (thousands spaced as written).
_HOURS = r"(?<![\d,.])(\d{1,3}(?:[ \u00a0]\d{3})*|\d+)\s*(?:{units})\b"
# A period after an amount: "om året", "per år", "i månaden", "a week".
# Hours of work are told with what they are before the period ("90 timmar ideellt arbete
# om året"): up to three words between.
_PERIOD = re.compile(
    r"^\s*(?:kr|kronor|sek)?\s*(?:[^\W\d]+\s+){0,3}?(?:om|per|i|a|each)\s+"
    r"(år|året|månad|månaden|vecka|veckan|year|month|week)\b",
    re.IGNORECASE,
)
_PER_YEAR = {"år": 1, "året": 1, "year": 1, "månad": 12, "månaden": 12, "month": 12,
             "vecka": 52, "veckan": 52, "week": 52}  # fmt: skip


def _money(text: str) -> list[Amount]:
    return [a for a in find_amounts(text) if a.kind == _MONEY]


def _per_year(after: str) -> int | None:
    """How many times a year an amount told before ``after`` counts, if it says."""
    found = _PERIOD.match(after)
    return _PER_YEAR[found.group(1).lower()] if found else None


@lru_cache(maxsize=_REMEMBERED)
def required_contribution(rule: str) -> tuple[Decimal, Decimal | None] | None:
    """(kronor a year at least, kronor an hour of volunteer work counts as) when the rule
    asks the organisation's own part in kronor."""
    if not matcher("criteria_words.yaml", "contribution_rule")(rule):
        return None
    at_least: Decimal | None = None
    rate: Decimal | None = None
    hourly = matcher("criteria_words.yaml", "hour_rate")
    for amount in _money(rule):
        after = rule[amount.end : amount.end + 20]
        if hourly(after):
            rate = rate or amount.value
        elif (
            at_least is None
            and re.search(r"\b(?:minst|at least)\s*$", rule[: amount.start])
            # Only a sum for a year is compared: "under avtalsperioden" is another count.
            and _per_year(rule[amount.end :]) == 1
        ):
            at_least = amount.value
    return (at_least, rate) if at_least is not None else None


@cache
def _hours() -> re.Pattern[str]:
    units = alternation(load_cues("criteria_words.yaml")["volunteer_hours"])
    return re.compile(_HOURS.replace("{units}", units), re.IGNORECASE)


def told_contribution(description: str, rate: Decimal | None) -> tuple[Decimal, str] | None:
    """The kronor a year the description says it carries itself (hours valued at
    ``rate``), with the clause that says most of it; None when it tells none."""
    own = matcher("criteria_words.yaml", "own_money")
    public = matcher("criteria_words.yaml", "fee_public_payer")
    asked = matcher("criteria_words.yaml", "money_asked_for")
    each = matcher("criteria_words.yaml", "hours_each")
    total = Decimal(0)
    said: list[tuple[Decimal, str]] = []
    for clause in clauses(description):
        for hours in _hours().finditer(clause):
            # Hours without the rule's rate, or counted per person ("3 timmar i veckan
            # var"), are no sum this reading can make: nothing is judged.
            if rate is None or each(clause):
                return None
            times = _per_year(clause[hours.end() :])
            if times is not None:
                number = Decimal(re.sub(r"\s", "", hours.group(1)))
                value = number * times * rate
                total += value
                said.append((value, clause))
        # What the municipality is to pay, or what is asked of it, is no own part.
        if public(clause) or asked(clause) or not own(clause):
            continue
        for amount in _money(clause):
            times = _per_year(clause[amount.end :])
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
