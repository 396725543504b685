"""What the participants may pay, in numbers: "högst 30 kronor per tillfälle", "at most
SEK 25 per occasion". The description's own price ("vi tänkte ta 150 spänn per person",
"coffee costs SEK 10", "80 kr per gång") is compared with it; an amount for a period
("200 000 kr om året från kommunen") is a budget, and one the municipality pays ("kommunen
betalar 200 kr per besök") a purchase, no price.
"""

from __future__ import annotations

import re
from functools import cache

from assistant.answers.eligibility.concepts import clauses
from assistant.core.swedish.cues import load_cues, matcher

_AMOUNT = r"(\d{1,3}(?:[ \u00a0]\d{3})*|\d+)"
_CURRENCY = r"(?:kronor|kr|spänn|sek|:-)"
_AT_MOST = r"(?:högst|max|maximalt|upp till|at most|no more than|up to)"
# "30 kronor", "SEK 25", "150 spänn", "50:-"
_MONEY = rf"(?:{_AMOUNT}\s*{_CURRENCY}(?!\w)|\bsek\s*{_AMOUNT}\b)"
_CAP = re.compile(rf"\b{_AT_MOST}\s+{_MONEY}", re.IGNORECASE)
_TOLD = re.compile(_MONEY, re.IGNORECASE)
_PER = re.compile(r"^\s*(?:per|/|a|each)\s+(\w+)", re.IGNORECASE)  # "per gång"
_FOR = re.compile(r"^\s*(?:per|/|a|each|om|i)\s+(\w+)", re.IGNORECASE)  # "om året"


@cache
def _not_per() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load_cues("criteria_words.yaml")["fee_not_per"])


def _value(found: re.Match[str]) -> int:
    digits = next(g for g in found.groups() if g)
    return int(re.sub(r"\D", "", digits))


def fee_cap(rule: str) -> int | None:
    """The most a participant may pay in kronor, if the rule caps a fee."""
    if not matcher("criteria_words.yaml", "fee_rule")(rule):
        return None
    cap = _CAP.search(rule)
    return _value(cap) if cap else None


def told_fee(description: str) -> tuple[int, str] | None:
    """(the highest price, its clause) the description asks participants to pay."""
    fee_words = matcher("criteria_words.yaml", "fee_told")
    public = matcher("criteria_words.yaml", "fee_public_payer")
    best: tuple[int, str] | None = None
    for clause in clauses(description):
        if public(clause):
            continue
        for found in _TOLD.finditer(clause):
            after = clause[found.end() :]
            period = _FOR.match(after)
            if period is not None and period.group(1).lower() in _not_per():
                continue
            priced = _PER.match(after) is not None or fee_words(clause)
            if priced and (best is None or _value(found) > best[0]):
                best = (_value(found), clause)
    return best


def judge_fee(rule: str, description: str) -> tuple[bool, str] | None:
    """(met?, the clause) when the rule caps the fee and the description tells its price."""
    cap = fee_cap(rule)
    if cap is None:
        return None
    told = told_fee(description)
    if told is None:
        return None
    return told[0] <= cap, told[1]
