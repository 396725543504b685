"""How many members the organisation must have: "Föreningen ska ha minst tio
medlemmar", "minst 15 betalande medlemmar". The description's own count ("vi är ett
tjugotal medlemmar", "a club with 35 members") is compared with it.
"""

from __future__ import annotations

import re
from functools import cache

from assistant.answers.eligibility.concepts import clauses
from assistant.core.swedish.cues import alternation, load_cues, matcher
from assistant.core.swedish.numbers import number_words, read_number, round_counts

_ADJECTIVE = r"(?:\s+([a-zåäöé]+))?"  # "betalande", "aktiva", "paying"


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    cues = load_cues("criteria_words.yaml")
    number = alternation([*number_words(), *round_counts()])
    members = alternation(cues["member_words"])
    count = rf"(?<![\d\w])(\d{{1,3}}(?:[ \u00a0]\d{{3}})+|\d{{1,5}}|{number})"
    at_least = re.compile(
        rf"\b(?:minst|at least)\s+{count}{_ADJECTIVE}\s+(?:{members})\b", re.IGNORECASE
    )
    # "vi är 17 st som betalar avgiften", "Just nu är vi tolv.": a count that ends the
    # phrase or is said of members ("som betalar", "som är med"); not "vi är 3 st i
    # styrelsen", nor "vi är 2 st som driver det".
    we_are = alternation(cues["we_are"])
    units = alternation(cues["count_units"])
    member_verbs = alternation(cues["member_verbs"])
    ends = rf"(?=\s*[,.!]|\s*$|\s+som\s+(?:{member_verbs})\b)"
    told = re.compile(
        rf"\b{count}{_ADJECTIVE}\s+(?:{members})\b"
        rf"|\b(?:{we_are})\s+(?:ca\.?\s+|cirka\s+|ungefär\s+)?{count}(?:\s+(?:{units}))?{ends}"
        rf"|\bär\s+{count}\s+(?:{units})(?=\s+som\s+(?:{member_verbs})\b)",
        re.IGNORECASE,
    )
    return at_least, told


def _number(found: re.Match[str] | None) -> int | None:
    """The count matched; "ett tjugotal" counts by its second word."""
    if found is None:
        return None
    if found.group(1) is None:  # "vi är 17 st", "och är 41 st"
        return read_number(re.sub(r"\s", "", found.group(3) or found.group(4)))
    second = read_number(found.group(2)) if found.group(2) else None
    if second is not None:
        return second
    first = read_number(re.sub(r"\s", "", found.group(1)))
    # "ett hundratjugo medlemmar": an article before a number no list spells.
    return None if first == 1 and found.group(2) else first


def required_members(rule: str) -> int | None:
    return _number(_patterns()[0].search(rule))


def told_members(description: str) -> int | None:
    """The largest count of members the description tells for certain: "styrelsen har
    fem medlemmar och föreningen 120" is 120; "vi hoppas värva ett tiotal nya medlemmar"
    tells none."""
    return best[0] if (best := _told_count(description)) else None


def _told_count(description: str) -> tuple[int, str] | None:
    hedge = matcher("criteria_words.yaml", "hedges")
    to_come = set(load_cues("criteria_words.yaml")["members_to_come"])
    best: tuple[int, str] | None = None
    for clause in clauses(description):
        if hedge(clause):
            continue
        for found in _patterns()[1].finditer(clause):
            told = _number(found)
            if told is None or (found.group(2) or "").lower() in to_come:
                continue
            if best is None or told > best[0]:
                best = (told, clause)
    return best


def judge_members(rule: str, description: str) -> tuple[bool, str] | None:
    """(met?, the clause) when the rule asks for a number of members and the description
    tells its own."""
    least = required_members(rule)
    if least is None:
        return None
    best = _told_count(description)
    return (best[0] >= least, best[1]) if best else None
