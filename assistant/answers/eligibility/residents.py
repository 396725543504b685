"""How many of the members must live in the kommun: "Minst hälften av medlemmarna ska vara
folkbokförda i Vännäs kommun", "en majoritet av medlemmarna ska bo i kommunen", "at least
75 percent of the members must live in the municipality". The description tells how many
of its members live where ("bara fem av oss är skrivna här", "nio av dem bor här, resten i
Umeå", "de flesta bor inne i Umeå") and, elsewhere, how many members it has in all.
"""

from __future__ import annotations

import re
from functools import cache

from assistant.answers.eligibility.concepts import clauses, negation_words
from assistant.answers.eligibility.members import told_members
from assistant.core import municipalities
from assistant.core.swedish.cues import alternation, load_cues, matcher
from assistant.core.swedish.numbers import approximate, fraction_words, number_words, read_number
from assistant.index.lexical import words

_MOST = 51  # "de flesta", "majoriteten": more than half
_ALL = 100
_OUTSIDE = frozenset({"utanför", "outside"})
_OWNER = r"[^\W\d_]{3,}s\s+|the\s+\w+'s\s+"  # "av organisationens medlemmar"


@cache
def _words() -> dict[str, str]:
    cues = load_cues("criteria_words.yaml")
    return {
        "live": alternation(cues["resident_words"]),
        "members": alternation(cues["members_of"]),
        "most": alternation(cues["most_of"]),
        "all": alternation(cues["all_of"]),
        "fraction": alternation(fraction_words()),
        "number": alternation(number_words()),
        # A count of people: not "en" or "ett", which are articles as often.
        "counts": alternation(w for w, n in number_words().items() if n > 1),
    }


@cache
def _required() -> re.Pattern[str]:
    w = _words()
    # "minst hälften", "mer än hälften" (more than it: one point over)
    share = (
        rf"(?:minst|at least|(?P<over>mer än|fler än|more than|över))\s+"
        rf"(?:(\d{{1,3}})\s*(?:procent|%|percent)|({w['fraction']}))"
    )
    # Within the rule's own clause: "Minst hälften av medlemmarna ska vara över 65 år, och
    # verksamheten ska bedrivas för dem som bor i kommunen" asks no share of residents.
    return re.compile(
        rf"\b(?:{share}|({w['most']}))\s+(?:av|of)\s+(?:{_OWNER})?(?:{w['members']})\b"
        rf"(?:(?!\boch\b|\band\b)[^.;,])*?\b(?:{w['live']})\b",
        re.IGNORECASE,
    )


@cache
def _required_count() -> re.Pattern[str]:
    """ "minst 25 medlemmar som är folkbokförda i kommunen": a number of members, within
    the rule's own clause."""
    w = _words()
    return re.compile(
        rf"\b(?:minst|at least)\s+(\d{{1,4}}|{w['number']})\s+(?:{w['members']})\b"
        rf"(?:(?!\boch\b|\band\b)[^.;,])*?\b(?:{w['live']})\b",
        re.IGNORECASE,
    )


def required_resident_count(rule: str) -> int | None:
    """The number of members that must live in the kommun."""
    found = _required_count().search(rule)
    return read_number(found.group(1)) if found else None


_BACK_TO_MEMBERS = re.compile(r"\b(av|of)\s+(?:dem|them)\b", re.IGNORECASE)
_MEMBERS_NAMED = re.compile(r"\b(?:medlem\w*|members?)\b", re.IGNORECASE)


def _members_for_pronoun(rule: str) -> str:
    """ "av dem" read as "av medlemmarna" after the members are named."""
    found = _BACK_TO_MEMBERS.search(rule)
    # Named before it in the same sentence ("Styrelsen ska bestå av minst tre personer och
    # minst hälften av dem …" speaks of others).
    opening = re.split(r"[.!?]\s", rule[: found.start()])[-1] if found else ""
    if found is None or not _MEMBERS_NAMED.search(opening):
        return rule
    members = "the members" if found.group(1).lower() == "of" else "medlemmarna"
    return rule[: found.start()] + f"{found.group(1)} {members}" + rule[found.end() :]


def required_resident_share(rule: str) -> int | None:
    """The share in percent of the members that must live in the kommun ("minst 25
    medlemmar, och minst hälften av dem ska bo i kommunen": "dem" are the members)."""
    found = _required().search(_members_for_pronoun(rule))
    if found is None:
        return None
    over = 1 if found.group("over") else 0
    if found.group(2):
        return int(found.group(2)) + over
    if found.group(3):
        return fraction_words()[found.group(3).lower()] + over
    return _MOST


@cache
def _told() -> tuple[re.Pattern[str], re.Pattern[str]]:
    w = _words()
    whom = alternation(load_cues("criteria_words.yaml")["of_us"])
    count = rf"(\d{{1,3}}|{w['number']})"
    of_us = re.compile(
        rf"\b{count}\s+(?:av|of)\s+(?:{whom}|{w['members']})\b[^.;]*?"
        rf"\b(?:{w['live']})\b([^,;]*)",
        re.IGNORECASE,
    )
    # "alla bor i byn", not "alla som bor i byn är välkomna" (who may join).
    most = re.compile(
        rf"\b({w['most']}|{w['all']})\b(?:\s+(?:av\s+|of\s+)?(?:oss|dem|us|them|{w['members']}))?"
        rf"\s+(?!som\b|who\b)(?:\w+\s+)?(?:{w['live']})\b([^,;]*)",
        re.IGNORECASE,
    )
    return of_us, most


@cache
def _share_told() -> re.Pattern[str]:
    """ "bor ungefär hälften i Partille", "two thirds of us live in Umeå": a share of the
    people told to live where, up to the next "och" ("… och hälften i Göteborg")."""
    w = _words()
    whom = alternation(load_cues("criteria_words.yaml")["of_us"])
    return re.compile(
        rf"\b(?:(?:{w['live']})\s+(?:\w+\s+)?({w['fraction']})|({w['fraction']})\s+"
        rf"(?:(?:av|of)\s+(?:{whom}|{w['members']})\s+)?(?!som\b|who\b)(?:\w+\s+)?"
        rf"(?:{w['live']}))\b([^,;]*?)(?=\s+(?:och|and)\s|[,;.]|$)",
        re.IGNORECASE,
    )


def _elsewhere(where: str, rule: str, place: str | None) -> bool:
    """Whether what follows the verb puts the members in a kommun other than the rule's
    ("… inne i Umeå"); "här", a village or the rule's own kommun (named, or the place
    whose rule it is) is home."""
    ours = {*municipalities.detect(rule), *([place] if place else [])}
    # "på norska sidan i Marker", "in Finland"; not "in Strömstad and the rest in Norway".
    first = re.split(r"\s(?:och|and|men|but|medan|while)\s", where, maxsplit=1)[0]
    if matcher("criteria_words.yaml", "abroad")(first):
        return True
    return any(n not in ours for n in municipalities.detect(where))


def judge_residents(
    rule: str, description: str, place: str | None = None
) -> tuple[bool, str] | None:
    """(met?, the clause) when the rule (of ``place``) asks for a share of the members to
    live in the kommun and the description tells how many of its members live where. A
    clause that denies or puts them outside ("bor inte i", "utanför kommunen") tells no
    share it can be held to."""
    least = required_resident_share(rule)
    if least is None:
        count = required_resident_count(rule)
        return None if count is None else _judge_count(count, rule, description, place)
    of_us = _told()[0]
    total = told_members(description)
    for clause in clauses(description):
        if set(words(clause)) & (negation_words() | _OUTSIDE):
            continue
        found = of_us.search(clause)
        count = read_number(found.group(1)) if found else None
        if found and count is not None and total:
            home = total - count if _elsewhere(found.group(2), rule, place) else count
            return home * 100 >= least * total, clause
        share = _all_or_most(clause, rule, place)
        if share is not None:
            return share >= least, clause
        rough = _told_share(clause, rule, place)
        if rough is not None:
            told, roughly = rough
            # "ungefär hälften bor här" against "minst hälften": it may be either side.
            return None if roughly and _near(told, least) else (told >= least, clause)
    return None


def _all_or_most(clause: str, rule: str, place: str | None) -> int | None:
    """The share in percent of the members a clause tells live in the rule's kommun by
    "alla" or "de flesta" ("alla bor här", "de flesta bor inne i Umeå"); none where it
    says whom the activity is for ("öppna för alla boende i kommunen")."""
    found = _told()[1].search(clause)
    if found is None or _FOR_WHOM.search(clause[: found.start()]):
        return None
    every = re.fullmatch(_words()["all"], found.group(1), re.IGNORECASE) is not None
    share = _ALL if every else _MOST
    return _ALL - share if _elsewhere(found.group(2), rule, place) else share


def _told_share(clause: str, rule: str, place: str | None) -> tuple[int, bool] | None:
    """The share of the members a clause tells live in the rule's kommun ("ungefär hälften
    bor i Väsby"), and whether it is told roughly."""
    found = _share_told().search(clause)
    if not found:
        return None
    share = fraction_words()[(found.group(1) or found.group(2)).lower()]
    away = _elsewhere(found.group(3), rule, place)
    at = found.start(1) if found.group(1) else found.start(2)
    return (100 - share if away else share), approximate(clause[:at])


def residents_at_limit(rule: str, description: str, place: str | None = None) -> str | None:
    """The clause telling roughly the share of members the rule asks to live in the
    kommun ("ungefär hälften bor här" against "minst hälften"): a point to ask about."""
    least = required_resident_share(rule)
    if least is None:
        return None
    for clause in clauses(description):
        rough = _told_share(clause, rule, place)
        if rough is not None and rough[1] and _near(rough[0], least):
            return clause
    return None


_FOR_WHOM = re.compile(r"\b(?:för|for|to|till)\s*$", re.IGNORECASE)
_NEAR = 1  # "ungefär hälften" is at "mer än hälften" (51) as at "minst hälften" (50)


def _near(told: int, least: int) -> bool:
    return abs(told - least) <= _NEAR


@cache
def _told_count() -> re.Pattern[str]:
    """ "bara 18 är skrivna i Trosa", "sju av oss bor i Laxå", "30 medlemmar som bor här":
    a count of the members (a numeral, not a year nor "en"), then, with at most a verb
    between, where they live; "150 äldre som bor ensamma" counts others."""
    w = _words()
    cues = load_cues("criteria_words.yaml")
    of_us = alternation(cues["of_us"])
    between = alternation(cues["residents_between"])
    return re.compile(
        rf"\b(\d{{1,3}}|{w['counts']})\s+"
        rf"(?:(?:{w['members']})\s+|(?:av|of)\s+(?:{of_us})\s+)?"
        rf"(?:(?:{between})\s+){{0,2}}(?:{w['live']})\b([^,;]*)",
        re.IGNORECASE,
    )


def _several_places(where: str) -> bool:
    """ "i Bjurholm och Vännäs": some of them live in each, how many in which it does not
    say."""
    return re.search(r"\s(?:och|eller|and|or)\s+(?:i\s+|in\s+)?[A-ZÅÄÖ]", where) is not None


def _judge_count(
    least: int, rule: str, description: str, place: str | None
) -> tuple[bool, str] | None:
    """(met?, the clause) when the description tells how many of its people live in the
    rule's kommun (a count told of another kommun, or denied, says nothing of it)."""
    total = told_members(description)
    for clause in clauses(description):
        if set(words(clause)) & (negation_words() | _OUTSIDE):
            continue
        for found in _told_count().finditer(clause):
            count = read_number(found.group(1))
            if count is None:
                continue
            if _several_places(found.group(2)):
                continue
            if not _elsewhere(found.group(2), rule, place):
                return count >= least, clause
            if total:  # "15 medlemmar, men sju av oss bor … i Laxå kommun": the rest here
                return total - count >= least, clause
        # "64 medlemmar och alla bor här": all or most of the members told.
        share = _all_or_most(clause, rule, place)
        if total and share is not None and share >= _MOST:
            home = total if share == _ALL else total // 2 + 1
            if home >= least:
                return True, clause
    return None
