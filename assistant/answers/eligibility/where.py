"""Where in the kommun the activity must be: "Träffarna ska hållas i en by eller ort
utanför Lycksele tätort", "i kransorterna, inte i Motala stad". The rule leaves out one
place, named after a word of leaving out; the description tells where the activity is.
An activity in another named place (a village, a locality) meets the rule; one told as in
the centre of the place left out ("mitt i centrum av Lycksele", or "mitt i stan" when the
place left out is the kommun's own town) breaks it. A kommun's name alone says nothing:
"vi är en förening i Lycksele" may mean the kommun.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache

from assistant.answers.eligibility.concepts import clauses, concept_in, negations, read_concepts
from assistant.core import municipalities
from assistant.core.localities import is_locality, localities, placed_names
from assistant.core.municipalities import fold
from assistant.core.swedish.cues import CueMatcher, alternation, load_cues, matcher
from assistant.core.swedish.sentences import sentence_spans

_GENITIVE = re.compile(r"\s+[^\W\d_]{3,}s\b")  # "Svenska kyrkans", "Röda Korsets": an owner
_PLANNED = frozenset({"recurring", "own_initiative"})
_REMEMBERED = 256  # every criterion of an answer asks of the same description
_HOME_WORDS = 3  # "… som bor i", "… of whom live in", "en PRO-förening i" just before the place


@cache
def _middle() -> re.Pattern[str]:
    """ "mitt i Aneby": the centre of the place named after it (not "mitt i veckan")."""
    cue = alternation(load_cues("criteria_words.yaml")["middle_of"])
    return re.compile(rf"\b(?i:{cue})\s+([A-ZÅÄÖ][\w-]+)")


@cache
def _left_out() -> re.Pattern[str]:
    """ "utanför Lycksele", and a negation a few words before where ("Det får inte vara i
    Malmberget", "ska inte hållas på Storön")."""
    cues = load_cues("criteria_words.yaml")
    outside = alternation(cues["outside"])
    negation = alternation(cues["excluding"])
    where = alternation(cues["located_in"])
    denied = rf"(?:{negation})(?:\s+[^\W\d_]+){{0,2}}\s+(?:{where})"
    return re.compile(rf"\b(?i:{outside}|{denied})\s+([A-ZÅÄÖ][\w-]+)")


@cache
def _located() -> re.Pattern[str]:
    """A place the activity is in: "i Rusksele", "på Storön" (not "från Umeå")."""
    cue = alternation(load_cues("criteria_words.yaml")["located_in"])
    return re.compile(rf"\b(?i:{cue})\s+([A-ZÅÄÖ][\w-]+)")


@cache
def _not_included() -> re.Pattern[str]:
    """ "Mötesplatser i Aneby tätort ingår inte", "Activities held in Östersund are not
    covered": a place, then a verb of taking part negated."""
    where = alternation(load_cues("criteria_words.yaml")["located_in"])
    return re.compile(
        rf"\b(?i:{where})\s+([A-ZÅÄÖ][\w-]+)(?=(?:\s+[^\W\d_]+){{0,2}}\s+"
        rf"(?i:{leaving_out()})\b)"
    )


def place_left_out(rule: str) -> str | None:
    """The place a rule leaves out ("utanför Lycksele tätort" → "Lycksele"), when the
    word after the cue is a kommun or a locality."""
    for found in [*_left_out().finditer(rule), *_not_included().finditer(rule)]:
        name = found.group(1)
        if municipalities.canonical(name) is not None or is_locality(name):
            return name
    return None


@cache
def left_out_verb() -> re.Pattern[str]:
    """A sentence's verb of taking part negated, or a phrase leaving out ("… omfattas
    inte", "… are not covered")."""
    return re.compile(rf"\b(?:{leaving_out()})\b", re.IGNORECASE)


def leaves_out(rule: str) -> bool:
    """Whether a sentence leaves out what it names by its verb ("… ingår inte", "… are not
    covered")."""
    return left_out_verb().search(rule) is not None


@cache
def leaving_out() -> str:
    """A verb of taking part negated, or a phrase leaving out, as one alternation."""
    cues = load_cues("criteria_words.yaml")
    negation = alternation(cues["excluding"])
    verbs = alternation(cues["included_verbs"])
    whole = alternation(cues["left_out_verbs"])
    return rf"(?:{verbs})\s+(?:{negation})|(?:{whole})"


def _named_left_out(rule: str) -> frozenset[str]:
    """Every place a sentence of the rule puts what it leaves out in, before its negated
    verb of taking part, folded: "Verksamhet som äger rum i Finland, till exempel i
    Ylitornio på andra sidan älven, omfattas inte" → {finland, ylitornio}. Any named place,
    a country or a town abroad too: the description must end up in one of them to break
    the rule."""
    not_places = tuple(load_cues("criteria_words.yaml")["in_some_town"])
    names: set[str] = set()
    for start, end in sentence_spans(rule):
        sentence = rule[start:end]
        verb = left_out_verb().search(sentence)
        if verb is None:
            continue
        before = sentence[: verb.start()]
        names |= {
            fold(m.group(1))
            for m in _located().finditer(before)
            if not m.group(1).lower().endswith(not_places)
            # "i Svenska kyrkans regi", "i Röda korsets lokaler": an owner, no place.
            and not _GENITIVE.match(before, m.end(1))
        }
    return frozenset(names)


def excluded_by_verb(rule: str) -> str | None:
    """The place a sentence leaves out with a verb of taking part negated after it
    ("Verksamhet i Kils tätort ingår inte", "Activities held in Östersund are not
    covered"), when it is a kommun or a locality."""
    for found in _not_included().finditer(rule):
        name = found.group(1)
        if municipalities.canonical(name) is not None or is_locality(name):
            return name
    return None


def _places(clause: str) -> tuple[set[str], set[str]]:
    """The places a clause names, and those it puts something in ("i Rusksele", "på
    Storön"), folded; a street ("på Storgatan") or a building ("i Ansgarskyrkan") lies in
    some town, which one it does not say."""
    not_places = tuple(load_cues("criteria_words.yaml")["in_some_town"])
    named = {loc.name for loc in localities(clause)} | set(placed_names(clause))
    named |= set(municipalities.detect(clause))
    mentioned = {fold(n) for n in named if not n.lower().endswith(not_places)}
    located = {
        fold(m.group(1))
        for m in _located().finditer(clause)
        if any(fold(m.group(1)).startswith(n) for n in mentioned)
        and not m.group(1).lower().endswith(not_places)
    }
    return mentioned, located


def judge_where(
    rule: str, description: str, place: str | None = None, excludes: bool = False
) -> tuple[bool, str] | None:
    """(met?, the clause) when the rule (of ``place``) leaves a place out and the
    description tells where the activity is: in that place's centre breaks it wherever
    else the message names, in another place meets it. Another kommun left out ("Activities
    held in Östersund are not covered") is broken by a clause that ends up there ("… our
    association in Ytterån would like to take older people to the pool in Östersund"). A
    rule that ``excludes`` what it names rules out being outside the place ("IOP passar
    inte när verksamheten ska äga rum utanför Hammarö kommun"): broken by an activity that
    ends up in another kommun."""
    left_out = place_left_out(rule)
    if left_out is None:
        # The rule's own kommun is where the activity belongs ("Verksamhet i Sorsele som
        # redan får stöd … omfattas inte" leaves out the support, not the place).
        own = {fold(place), fold(municipalities.canonical(place) or place)} if place else set()
        named = _named_left_out(rule) - own
        if named:
            away = _ends_up(description, lambda name: fold(name) in named)
            if away is not None:
                return False, away
        return _judge_elsewhere(rule, description, place, excludes)
    other = municipalities.canonical(left_out)
    if excludes:
        if other is None or other != place:
            return None
        away = _ends_up(
            description, lambda name: municipalities.canonical(name) not in (None, place)
        )
        return (False, away) if away is not None else None
    if other is not None and place is not None and other != place:
        there = {fold(left_out), fold(other)}
        away = _ends_up(description, lambda name: fold(name) in there)
        if away is not None:
            return False, away
    centre = matcher("criteria_words.yaml", "centre")
    excluded = {fold(left_out), fold(municipalities.canonical(left_out) or left_out)}
    said = [(clause, *_places(clause)) for clause in clauses(description)]
    # "mitt i stan" with no place named is the kommun's own town, when that is left out.
    town = municipalities.canonical(left_out) is not None
    for clause, mentioned, located in said:
        in_centre = centre(clause) and (
            bool(mentioned & excluded) or (town and not located - excluded)
        )
        # "mitt i Aneby" is the centre of the place it names, when that is left out.
        middle = {fold(m.group(1)) for m in _middle().finditer(clause)}
        if in_centre or middle & excluded:
            return False, clause
    for clause, _, located in said:
        if located - excluded:
            return True, clause
    return None


@cache
def _in_other_kommun() -> re.Pattern[str]:
    """ "i en annan kommun", "in another municipality": the activity placed there."""
    cues = load_cues("criteria_words.yaml")
    where = alternation(cues["located_in"])
    other = alternation(cues["other_kommun"])
    return re.compile(rf"\b(?:{where})\s+(?:en\s+|an?\s+)?(?:{other})\b", re.IGNORECASE)


def _judge_elsewhere(
    rule: str, description: str, place: str | None, excludes: bool
) -> tuple[bool, str] | None:
    """A rule ruling out another kommun unnamed ("Verksamhet som äger rum i en annan
    kommun kan inte bli ett partnerskap med Hofors kommun") is broken by an activity that
    ends up in a named other kommun ("… hyra bassängen i Sandviken")."""
    if place is None:
        return None
    # The clause placing the activity in another kommun ("… som äger rum i en annan
    # kommun kan inte …"), negated, and not about where people live ("Det spelar ingen
    # roll om deltagarna bor i en annan kommun") nor about money from one ("stöd från en
    # annan kommun").
    lives = CueMatcher(load_cues("criteria_words.yaml")["resident_words"])

    def held_there(clause: str) -> bool:
        found = _in_other_kommun().search(clause)
        if found is None or not (excludes or negations(clause)[1]):
            return False
        return not lives(" ".join(clause[: found.start()].split()[-_HOME_WORDS:]))

    if not any(held_there(clause) for clause in clauses(rule)):
        return None
    away = _ends_up(description, lambda name: municipalities.canonical(name) not in (None, place))
    return (False, away) if away is not None else None


def partly_elsewhere(rule: str, description: str, place: str | None) -> bool:
    """The rule places the activity in its own kommun ("Verksamheten ska bedrivas i
    Härryda kommun") and the idea goes to another kommun for some of it ("varannan vecka
    åker vi in till Delsjöområdet i Göteborg"): whether that still counts (an outing, or
    most of the activity) is the municipality's to say."""
    own = municipalities.canonical(place or "")
    # A region's kommuner are all its own: an idea across them is in the region.
    if own is None or municipalities.kind(own) != "kommun" or not _places_in(rule, own):
        return False
    # The kommuner the rule names are all allowed ("i Arboga eller Kungsör"); a genitive
    # names an owner ("ordförande i Kungsörs Trädgårdssällskap"), not a place.
    allowed = {own, *municipalities.detect(rule)}

    def elsewhere(name: str) -> bool:
        kommun = municipalities.canonical(name)
        return kommun is not None and kommun not in allowed and kommun == name

    return _ends_up(_planned(description), elsewhere) is not None


@lru_cache(maxsize=_REMEMBERED)
def _places_in(rule: str, own: str) -> bool:
    """Whether the rule places the activity in its own kommun: "Mötesplatser i Aneby
    tätort ingår inte" leaves a place out and places nothing; "som bor i …" is where
    people live."""
    return not negations(rule)[1] and any(
        municipalities.canonical(m.group(1)) == own
        and not _home()(" ".join(rule[: m.start()].split()[-_HOME_WORDS:]))
        for m in _located().finditer(rule)
    )


@lru_cache(maxsize=_REMEMBERED)
def _planned(description: str) -> str:
    """The clauses telling the activity planned, by its rhythm or the asker's wish
    ("varannan vecka åker vi in till … Göteborg"), read once per description: where
    people live ("nio av dem bor här i kommunen, resten i Umeå"), where the seat is, what
    was done before ("Vi har gjort samma sak i Göteborg sedan 2015") or where the idea
    came from places no activity."""
    planned = {f.clause for f in read_concepts(description) if f.concept in _PLANNED}
    return " ".join(c for c in clauses(description) if c in planned and not _home()(c))


@cache
def _home() -> CueMatcher:
    """Words of where people live or an organisation has its seat."""
    cues = load_cues("criteria_words.yaml")
    return CueMatcher([*cues["resident_words"], *cues["seat_words"]])


def _ends_up(description: str, where: Callable[[str], bool]) -> str | None:
    """The clause whose last place the activity is in is one ``where`` picks ("… take
    older people to the pool in Östersund"). Where people live or work ("several of whom
    live in Östersund", "Ordföranden jobbar i Umeå") or where the association is ("Vi är
    en PRO-förening i Vännäs") is not where the activity is."""
    cues = load_cues("criteria_words.yaml")
    home = CueMatcher([*cues["resident_words"], *cues["work_words"]])
    for clause in clauses(description):
        last = [m for m in _located().finditer(clause)][-1:]
        if not last or not where(last[0].group(1)):
            continue
        before = " ".join(clause[: last[0].start()].split()[-_HOME_WORDS:])
        if home(before) or concept_in("association", before):
            continue
        return clause
    return None
