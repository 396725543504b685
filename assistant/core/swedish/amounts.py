"""Amounts in text: "40 000 kronor", "500 tkr", "SEK 1,000", "150 spänn", "25 %". The one
reader of amounts for the project (the LLM fact check compares them, the eligibility
judge reads fees with them); units and their factors are data (``numbers.yaml``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache

from assistant.core.swedish.cues import alternation, load_cues

_NUMBER = r"(?P<num>\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?:,\d+)?|\d+(?:[,.]\d+)?)"


@dataclass(frozen=True)
class Amount:
    kind: str  # "money" or "percent"
    value: Decimal  # in kronor or percent
    start: int
    end: int


@cache
def _units() -> dict[str, tuple[str, Decimal]]:
    raw = load_cues("numbers.yaml")["amount_units"]
    return {str(unit).lower(): (str(kind), Decimal(factor)) for unit, (kind, factor) in raw.items()}


@cache
def _pattern() -> re.Pattern[str]:
    units = "|".join(re.escape(u) for u in sorted(_units(), key=len, reverse=True))
    return re.compile(
        r"(?<![\w,.])" + _NUMBER + r"\s*(?P<unit>" + units + r")(?P<tail>\s+(?:kr|kronor|sek)\b)?"
        r"(?![\wåäö])"
        r"|\b(?:sek|kr)\s*(?P<num2>\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+|\d+)\b",
        re.IGNORECASE,
    )


@cache
def _money_words() -> tuple[dict[str, Decimal], re.Pattern[str]]:
    data = load_cues("numbers.yaml")
    values = {str(k): Decimal(v) for k, v in data["money_words"].items()}
    price = alternation(data["money_word_price"])
    # Case as written: "en Tia från kommunen" is a person.
    return values, re.compile(
        rf"(?<!\w)(?:{price})\s+(?P<en>en)\s+(?P<word>{alternation(values)})\b"
    )


def find_amounts(text: str) -> list[Amount]:
    """Every amount in ``text``, its value in the base unit, in order; a coin or note
    named ("en tia") counts as its value."""
    out = []
    for m in _pattern().finditer(text):
        raw = m.group("num") or m.group("num2")
        kind, factor = _units()[(m.group("unit") or "kr").lower()]
        value = _number(raw)
        if value is not None:
            out.append(Amount(kind, (value * factor).normalize(), m.start(), m.end()))
    values, named = _money_words()
    for m in named.finditer(text):
        out.append(Amount("money", values[m.group("word")], m.start("en"), m.end()))
    return sorted(out, key=lambda a: a.start)


def numbers_before(text: str, units: str) -> list[tuple[Decimal, int, int]]:
    """Numbers written as amounts are ("1 500", "2,5") before one of ``units`` (a regex
    alternation: "timmar|hours"), each as (value, start, end): counts of something other
    than money, read the same way."""
    pattern = re.compile(rf"(?<![\w,.]){_NUMBER}\s*(?:{units})(?![\wåäö])", re.IGNORECASE)
    out = []
    for m in pattern.finditer(text):
        value = _number(m.group("num"))
        if value is not None:
            out.append((value, m.start(), m.end()))
    return out


def _number(raw: str) -> Decimal | None:
    s = raw.replace("\u00a0", " ").replace("\u202f", " ")
    if re.fullmatch(r"\d{1,3}(?:[ .]\d{3})+(?:,\d+)?", s):
        s = re.sub(r"[ .]", "", s).replace(",", ".")
    elif re.fullmatch(r"\d{1,3}(?:,\d{3})+", s):
        s = s.replace(",", "")
    else:
        s = s.replace(" ", "").replace(",", ".")
    try:
        return Decimal(s)
    except InvalidOperation:
        return None
