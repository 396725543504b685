"""How widely an activity must reach: "ska nå invånare i minst tre av länets åtta
kommuner", "i minst två kommundelar". A region or a city asks for breadth in numbers;
the description says where the activity will be ("i Växjö, Alvesta och Lessebo", "det
blir bara på Norrby"), and the places it names are counted against the number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.answers.eligibility.concepts import clauses
from assistant.core import municipalities
from assistant.core.swedish.cues import load_cues, matcher
from assistant.core.swedish.numbers import read_number
from assistant.index import lexical

_KOMMUNER = ("kommuner", "kommunerna", "municipalities")
_REQUIRED = re.compile(
    r"\b(?:minst|at least)\s+(\d{1,2}|[a-zåäö]+)\s+"
    # "av länets åtta", "av Värmlands 16", "of the 14": a genitive, then the whole's number.
    r"(?:av\s+[\wåäöÅÄÖ]+s\s+\S+\s+|of\s+the\s+(?:\d{1,3}\s+|[a-z]+\s+)?)?"
    r"(kommuner|kommunerna|kommundelar|stadsdelar|orter|municipalities|districts)\b",
    re.IGNORECASE,
)
# A place told as where the activity is: after "i"/"på"/"in", or listed after one.
_PLACED = re.compile(
    r"\b(?:i|på|in|at)\s+((?:[A-ZÅÄÖ][\wåäöé-]+)(?:\s*(?:,|och|and|&)\s*(?:i\s+|på\s+)?"
    r"[A-ZÅÄÖ][\wåäöé-]+)*)"
)
_NAME = re.compile(r"[A-ZÅÄÖ][\wåäöé-]+")
# A genitive's capitalised name right after a name: an organisation it names ("Grevie-
# Förslövs Hembygdsförening"); "i Tällbergs skola" and "i Robertsfors och …" are places.
_OWNED = re.compile(r"(?<=s)\s+[A-ZÅÄÖ][\wåäöé-]+")


@dataclass(frozen=True)
class Reach:
    at_least: int
    kommuner: bool  # counted in kommuner (else in districts or localities)


def required_reach(rule: str) -> Reach | None:
    """The breadth a criterion asks for, if it asks for one in numbers."""
    match = _REQUIRED.search(rule)
    if match is None:
        return None
    n = read_number(match.group(1))
    if n is None or n < 2:
        return None
    return Reach(n, match.group(2).lower() in _KOMMUNER)


def judge_reach(rule: str, description: str) -> tuple[bool, str] | None:
    """(met?, the clause it rests on) when the rule asks for a reach in numbers and the
    description names where the activity is."""
    reach = required_reach(rule)
    if reach is None:
        return None
    whole = matcher("criteria_words.yaml", "whole_area")
    told = clauses(description)
    broad = next((c for c in told if whole(c) or _whole_county(c, rule)), None)
    if broad is not None:
        return True, broad
    named: set[str] = set()
    last = ""  # the last clause naming a place: "… Det blir bara i Borlänge."
    hedge = matcher("criteria_words.yaml", "hedges")
    for clause in told:
        # "… och kanske Malå om vi hittar någon": only the places told for certain count;
        # a hedge inside the clause's own telling ("några i Västra Karup som kanske vill
        # komma") leaves all of it uncertain.
        maybe = hedge.first(clause)
        certain = clause[: clause.lower().find(maybe)] if maybe else clause
        if maybe and not _starts_an_item(certain):
            certain = ""
        places = _places(certain, reach.kommuner)
        if places:
            named.update(places)
            last = clause
    return (len(named) >= reach.at_least, last) if named else None


def _starts_an_item(before: str) -> bool:
    """Whether a hedge opens an item of its own ("…, Förslöv och kanske Hov"), after a
    conjunction, a comma or nothing."""
    last = lexical.words(before)[-1:]
    joins = load_cues("criteria_words.yaml")["item_joins"]
    return not last or last[0] in joins or before.rstrip().endswith(",")


# Breadth told by the county's own name: "alla i Värmland kan ringa", "i hela Halland".
_ACROSS = re.compile(
    r"\b(?:hela|alla i|alla från|överallt i|över hela|all of|all over|anyone in|everyone in|"
    r"throughout)\s+([\wåäöé-]+)",
    re.IGNORECASE,
)


def _whole_county(clause: str, rule: str) -> bool:
    """Whether the clause places the activity across a whole county by its name: the
    rule's own county when it names one ("av Värmlands 16 kommuner"), else any."""
    asked = set(municipalities.regions_by_landscape(rule))
    for found in _ACROSS.finditer(clause):
        counties = set(municipalities.regions_by_landscape(found.group(1)))
        if counties and (not asked or counties & asked):
            return True
    return False


def _places(clause: str, kommuner: bool) -> list[str]:
    found = municipalities.detect(clause)
    if kommuner:
        return [n for n in found if municipalities.region_of(n) is not None]
    # Districts and localities: the names placed with "i"/"på" that are no kommun or
    # region (the city alone is not one of its districts); a kommun's name listed with
    # localities is its central town ("i Leksand och i Insjön": two).
    out: list[str] = []
    # "i Grevie-Förslövs Hembygdsförening" names a club, not where the activity is.
    placed = [m for m in _PLACED.finditer(clause) if not _OWNED.match(clause, m.end())]
    names = [n for m in placed for n in _NAME.findall(m.group(1))]
    localities = [n for n in names if municipalities.canonical(n) is None]
    # One kommun named beside its localities is their town; two ("i Leksand och i
    # Rättvik") are kommuner, no districts.
    named_kommuner = {n for n in names if municipalities.kind(n) == "kommun"}
    previous_end = -1
    for match in placed:
        # "på Herrhagen i Karlstad": the town right after a district locates it.
        locates = clause[previous_end : match.start()].strip() == "" and previous_end >= 0
        previous_end = match.end()
        for name in _NAME.findall(match.group(1)):
            town = bool(localities) and not locates and named_kommuner == {name}
            if (municipalities.canonical(name) is None or town) and name not in out:
                out.append(name)
    return out
