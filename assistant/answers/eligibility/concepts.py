"""Concepts stated or denied in a text, clause by clause (``data/iop_principles.yaml``).

A description of an idea, or a municipality's criterion, is split into clauses. A concept
("registered", "profit", "fees") is *stated* in a clause that names it, and *denied* when
the clause negates it: a negation anywhere in the clause ("vi har inte hunnit registrera
oss"), or "utan" just before it ("utan vinstsyfte"). A phrase that carries its own
negation ("utan ersättning" for volunteers) is not negated again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from assistant.core.swedish.cues import CueMatcher, alternation, load_cues
from assistant.core.swedish.cues import matcher as word_list
from assistant.core.swedish.numbers import counted, measure_words
from assistant.index.lexical import is_stopword

Polarity = Literal["stated", "denied"]

# Clauses end at sentence ends and semicolons, and before a conjunction that opens a new
# statement ("…, men vi har inte …", "… och vi står i föreningsregistret").
_CLAUSE_BREAK = re.compile(
    r"(?<=[.!?;:])\s+|\s*[;–]\s+|,?\s+(?=(?:men|och|samt|eller|but|and|so|while)\s+"
    r"(?:vi|ni|de|dom|det|den|vår|våra|vårt|alla|vill|har|är|we|they|our|it|all)\b)|"
    # A comma before a subject of its own starts a clause of its own ("Anyone can join,
    # you don't have to become a member"; "…, man behöver inte vara medlem").
    r",\s+(?=(?:jag|vi|ni|man|you|we)\s+(?!som\b|who\b|that\b))|"
    # "…, så beskriv vad ni vill ta betalt för": "så" after a comma opens what follows
    # ("så att", "så länge", "så många" go on with the clause).
    r",\s+(?=så\s+(?!att\b|länge\b|mycket\b|många\b|som\b|snart\b))",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W_]+(?:['-][^\W_]+)*", re.UNICODE)  # "we'd", "PRO-förening"
# A quote opens and closes outside a word ("we'd like our club's …" quotes nothing).
_QUOTED = re.compile(r"(?<!\w)['\"”“«][^'\"”“«»]{1,80}['\"”“»](?!\w)")
_NEGATION_AHEAD = 3  # a negation reaches the concept this many words after it
_NEGATION_BEHIND = 4  # … or, failing that, one ending this many words before it
_PREPOSITIONS = frozenset({"utan", "without"})  # negate only the next phrase
_CONTRAST = frozenset({"utan", "men", "but", "however"})
_RELATIVE = frozenset({"som", "vilka", "vilket", "which", "that", "who"})
_INSIDE_RELATIVE = 3  # "som [subject] inte …": words after "som" within the relative clause
_AGE_RANGE = re.compile(
    r"(\d{1,3})\s*(?:–|-|till|och|to|and)\s*(\d{1,3})\s*(?:år|years|year)", re.IGNORECASE
)
_OLDEST = 120
# "i 30–50-årsåldern", "i 70-årsåldern", "in their 30s and 40s": ages by decade, each up
# to its decade's last year.
_DECADES = re.compile(
    r"(\d{1,3})(?:\s*(?:–|-|till|och)\s*(\d{1,3}))?\s*-?\s*årsålder(?:n)?\b"
    r"|\bin\s+(?:their|our|his|her)\s+(\d0)s(?:\s*(?:–|-|and|or|to)\s*(\d0)s)?",
    re.IGNORECASE,
)
_DECADE = 9
_DECADE_OF = 10


@cache
def _age_people() -> frozenset[str]:
    """Words for whom an age is of: the target groups' words ("pensionärer", "barn") and
    people ("personer", "deltagare")."""
    groups = [
        w for spec in _data()["target_groups"].values() if spec["ages"] for w in spec["words"]
    ]
    people = load_cues("criteria_words.yaml")["age_people"]
    return frozenset(w.lower() for w in (*groups, *people))


@cache
def _age_under() -> re.Pattern[str]:
    """ "barn under 12 år", "ungdomar upp till 25 år": an age up to which a group is, said
    right after whom it is of ("gäller under 3 år" is a time)."""
    whom = alternation(sorted(_age_people()))
    return re.compile(
        rf"\b(?:{whom})\s+(?:som är\s+|who are\s+)?(?:under|upp till och med|till och med|"
        r"t\.\s?o\.\s?m\.|upp till|up to and including|up to|yngre än|younger than)"
        r"\s+(\d{1,3})\s*(?:år|years)\b",
        re.IGNORECASE,
    )


@cache
def _unitless_range() -> re.Pattern[str]:
    """An age range said without its unit after what introduces an age ("som är mellan
    62 och 69", "i åldern 13–19", "aged 10 to 15", "för alla mellan 50 och 64", "de
    flesta är runt 65–70"); "vi är 10–15 personer" counts."""
    measures = "|".join(map(re.escape, measure_words()))
    return re.compile(
        r"(?:är|åldern|aged|ages|(?:alla|everyone|anyone)(?=\s+(?:mellan|between)))\s+"
        # … roughly ("de flesta är runt 65–70").
        r"(?:(?:runt|omkring|kring|ungefär|cirka|ca\.?|around|about)\s+)?"
        r"(?:mellan\s+|between\s+)?(\d{1,3})\s*"
        rf"(?:–|-|till|och|to|and)\s*(\d{{1,3}})\b(?!\s*(?:{measures}))"
        # "öppet för alla mellan 13 och 16 på onsdagar" tells the hours
        r"(?!\s*(?:på|on|kl\.?|klockan|i dag|idag|every)\b)",
        re.IGNORECASE,
    )


@cache
def _age_over() -> re.Pattern[str]:
    """ "över 70", "från 18 år", "som har fyllt 70 år", "65+": an age from which a group
    starts. "över 70" is an age without its unit, "minst 15" a count ("minst 15
    betalande medlemmar"); a number followed by another measure ("över 30 deltagare") is
    no age. "minst 18 år" (the last group) is an age or a length of time."""
    measures = "|".join(map(re.escape, measure_words()))
    return re.compile(
        rf"(?:över|over|above)\s+(\d{{1,3}})\b(?!\s*(?:{measures}))(?:\s*år|\s*years)?|"
        # "från 18 år" needs its unit; "som har fyllt 63" is an age without it.
        r"(?:(?:från|from)(?=\s+\d{1,3}\s*(?:år|years)\b)|"
        # "äldre (fyllda 67)": the participle says it of people.
        rf"(?:som\s+(?:har\s+)?(?:fyllt|passerat)|som\s+fyller|who\s+have\s+turned|fyllda)"
        rf"(?!\s+\d{{1,3}}\s*(?:{measures})))"
        r"\s+(\d{1,3})(?:\s*(?:år|years)\b)?|"
        r"(\d{1,3})\s*(?:år|years)?\s*(?:\+|plus\b|eller äldre|och äldre|eller mer|"
        r"or older|and older|and over|or over|and above|or above)|"
        r"(?:minst|at least)\s+(\d{1,3})\s*(?:år|years)\b",
        re.IGNORECASE,
    )


_AGE_BUT_NOT = re.compile(
    r"(?:fyllt|fyllda|turned)\s+(\d{1,3})\s*(?:år|years)?\s*,?\s*(?:men|but)\s+"
    r"(?:inte|ej|not)\s+(?:har\s+fyllt\s+|fyllt\s+|turned\s+)?(\d{1,3})\b"
)


def age_spans(text: str, counts: bool = True) -> list[tuple[int, int]]:
    """The ages a text names, each as (youngest, oldest): "62–69 år", "som är mellan 62
    och 69", "över 70", "under 18 år". ``counts=False`` leaves out "minst 2 år", which
    also measures how long something has lasted."""
    low = text.lower()
    spans = [(int(a), int(b)) for a, b in _AGE_RANGE.findall(low)]
    spans += [(int(a), int(b)) for a, b in _unitless_range().findall(low)]
    for found in _DECADES.finditer(low):
        first, last = (found.group(1), found.group(2)) if found.group(1) else found.group(3, 4)
        end = int(last or first)
        # "i 70-årsåldern" is the seventies; "i 10–12-årsåldern" is 10 to 12.
        spans.append((int(first), end + _DECADE if end % _DECADE_OF == 0 else end))
    # "som har fyllt 13 men inte 21 år": from the first age up to the year before the second.
    bounded = list(_AGE_BUT_NOT.finditer(low))
    spans += [(int(b[1]), int(b[2]) - 1) for b in bounded]
    for found in _age_over().finditer(low):
        if any(found.start() < b.end() and b.start() < found.end() for b in bounded):
            continue
        over = found.groups()
        if not counts and over[3]:
            continue
        if over[1] and _unitless_of_no_person(low, found):
            continue  # "en förening som har fyllt 25" is its anniversary
        age = int(next(g for g in over if g))
        if 0 < age < _OLDEST:
            spans.append((age, _OLDEST))
    spans += [(0, int(n)) for n in _age_under().findall(low) if 0 < int(n) < _OLDEST]
    spans += school_ages(low)
    return list(dict.fromkeys((a, b) for a, b in spans if a <= b))


@cache
def _grades() -> re.Pattern[str]:
    """ "årskurs 7–9", "åk 4-6", "grades 7 to 9": a span of school years."""
    words = alternation(_data()["school"]["grade_words"])
    to = alternation(load_cues("criteria_words.yaml")["span_to"])
    return re.compile(
        rf"\b(?:{words})\.?\s*(\d{{1,2}})\s*(?:[–-]|(?:{to})\s)\s*(\d{{1,2}})\b", re.IGNORECASE
    )


@cache
def _stages() -> tuple[tuple[CueMatcher, tuple[int, int]], ...]:
    stages = _data()["school"]["stages"].items()
    return tuple((CueMatcher([name]), (int(a), int(b))) for name, (a, b) in stages)


def school_ages(text: str) -> list[tuple[int, int]]:
    """The ages of the pupils a text names by school year or stage ("årskurs 7–9" are
    13 to 15, "högstadiet" too): the Swedish school starts the year one turns seven."""
    school = _data()["school"]
    first, last = int(school["first_grade_age"]), int(school["last_grade"])
    spans = [
        (first + int(a) - 1, first + int(b) - 1)
        for a, b in _grades().findall(text)
        if 0 < int(a) <= int(b) <= last
    ]
    return spans + [ages for said, ages in _stages() if said(text)]


_UNIT = re.compile(r"\b(?:år|years)\b")
_AGE_OF_WORDS = 3


def _unitless_of_no_person(low: str, found: re.Match[str]) -> bool:
    """ "som har fyllt 63" said without "år" of something other than people."""
    if _UNIT.search(found.group()) or not found.group().startswith(("som", "who")):
        return False
    # "för alla i byn som har fyllt 70": whom it is of stands a few words before.
    before = re.split(r"[,;:.!?]", low[: found.start()])[-1].split()[-_AGE_OF_WORDS:]
    return not any(w in _age_people() for w in before)


def names_ages(text: str) -> bool:
    """Whether a text names an age that can be nothing else: "som har fyllt 70 år", "65 år
    och äldre", "65+"; "minst 2 år", "från 1 år" and "1–3 år" may measure time."""
    low = text.lower()
    return any(
        (found.group(2) and not found.group().startswith(("från", "from"))) or found.group(3)
        for found in _age_over().finditer(low)
    )


@dataclass(frozen=True)
class Finding:
    concept: str
    polarity: Polarity
    clause: str  # the clause it was read in, verbatim


@cache
def _data() -> dict[str, Any]:
    data: dict[str, Any] = load_cues("iop_principles.yaml")
    return data


@cache
def _matchers() -> dict[str, CueMatcher]:
    # Phrases in the form the text is matched in: words joined by single spaces
    # ("hälso- och sjukvård" → "hälso och sjukvård").
    return {
        name: CueMatcher([" ".join(_WORD.findall(w.lower())) for w in words], heads=True)
        for name, words in _data()["concepts"].items()
    }


@cache
def negation_words() -> frozenset[str]:
    """Words that negate a clause ("inte", "inga", "utan", "not")."""
    return frozenset(w.lower() for w in _data()["negation"])


def names_instead(clause: str) -> bool:
    """Whether a clause goes on, after its negation, to name what there is instead ("Vi
    har inga egna pengar, bara vår tid")."""
    said = [w.lower() for w in _WORD.findall(clause)]
    negations = [i for i, w in enumerate(said) if w in negation_words()]
    instead = frozenset(w.lower() for w in _data()["instead"])
    return bool(negations) and any(
        w in instead and i > negations[0] and i < len(said) - 1 for i, w in enumerate(said)
    )


def almost_none(clause: str) -> bool:
    """Whether a clause's negation says "almost none" ("nästan inga egna pengar")."""
    said = [w.lower() for w in _WORD.findall(clause)]
    almost = frozenset(w.lower() for w in _data()["almost"])
    return any(w in negation_words() and i and said[i - 1] in almost for i, w in enumerate(said))


@cache
def _determiners() -> frozenset[str]:
    return frozenset(w.lower() for w in _data()["negating_determiners"])


def concept_in(concept: str, text: str) -> bool:
    """Whether the text names the concept at all (stated or denied)."""
    matcher = _matchers().get(concept)
    return bool(matcher and matcher(text))


def negations(text: str) -> tuple[list[str], list[int]]:
    """The text's words as concepts reads them ("icke-medlem" one word) and where a
    negation of its own stands: not one opening a relative clause about whom ("den som
    inte är medlem får prova")."""
    said = [w.lower() for w in _WORD.findall(text)]
    at = [
        i
        for i, w in enumerate(said)
        if w in negation_words() and not (i and said[i - 1] in _RELATIVE)
    ]
    return said, at


def clauses(text: str) -> list[str]:
    return [c.strip(" ,") for c in _CLAUSE_BREAK.split(text) if c and c.strip(" ,")]


def read_concepts(text: str, rule: bool = False) -> list[Finding]:
    """Every concept stated or denied in ``text``, clause by clause, in order. A ``rule``
    (a criterion) may negate the head of a relative clause at its end ("Vård … som
    regionen ansvarar för ingår inte"); a description's relative clauses are about the
    people it serves, and a late negation there is theirs."""
    out: list[Finding] = []
    others_spec = _data()["others"]
    for clause in clauses(text):
        # A quoted title ("'Ring inte tillbaka!'") names something; it states nothing.
        plain = _QUOTED.sub(" ", clause).replace("’", "'")
        plain = _negating_phrases().sub("utan", plain)
        written = [w.lower() for w in _WORD.findall(plain)]
        words = _shared_heads(written, _comma_breaks(plain, written))
        if not rule and _tells_requirements(words, others_spec):
            continue
        found = _without_narrower(_matches(words))
        split = _split_by_negation(words, found)
        # Whom an activity serves is the description's to tell (a rule naming a target
        # group limits it, ``target_groups``); it spans the group's words, which may name
        # the organisation too ("för SPF Seniorerna"), so it hides no concept inside it.
        matches = sorted(set(_outermost(found | split)) | (set() if rule else _served(words)))
        breaks = _comma_breaks(plain, words)
        denied = _denied(words, matches, rule, breaks) | {
            i for i, m in enumerate(matches) if m in split
        }
        denied |= _negated_constructions(words, matches)
        # A concept denied once in a clause is denied there: "vi är inte registrerade i
        # föreningsregistret" does not state registration by its second word.
        denied_names = {matches[i][2] for i in denied}
        # "Det finns ingen annan förening som gör det": what others are says nothing of
        # what the asker is (only of the market).
        others = not rule and _others()(clause)
        # "Every winter engineers from the car-testing companies stay here": companies
        # told of in a clause with no word for the asker are someone else's.
        strangers = not rule and not (set(words) & _first_person())
        partner = None if rule else _partner_at(words)
        said: dict[str, Polarity] = {}
        for start, _, name in matches:
            if (others or (partner is not None and start > partner)) and name in _identity():
                continue
            if strangers and name in _of_strangers() and _after_preposition(words, start):
                continue
            said[name] = "denied" if name in denied_names else "stated"
        if not rule:
            _lack_is_need(said)
        # A meeting rhythm told ("varannan tisdag", "på torsdagarna") recurs.
        if rhythm(clause) is not None and "recurring" not in said:
            said["recurring"] = "stated"
        # "en resa varje månad": what recurs is no single event.
        for stronger, weaker in _overrides():
            if said.get(stronger) == "stated" and said.get(weaker) == "stated":
                del said[weaker]
        # "obetalda skatter och avgifter": fees owed are the organisation's finances.
        for hidden in _hidden(words, matches) if rule else ():
            said.pop(hidden, None)
        outside = _outside_doubt(clause, words, matches, breaks)
        out.extend(
            Finding(name, polarity, outside.get(name, clause)) for name, polarity in said.items()
        )
        out.extend(Finding(name, "stated", clause) for name in _implied(said, words))
    return out


_DOUBT = "doubted"


@cache
def _doubt_ends() -> tuple[frozenset[str], frozenset[str]]:
    cues = _data()["doubt_ends"]
    return frozenset(cues["conjunctions"]), frozenset(cues["subjects"])


def _new_statement(words: list[str], i: int, breaks: frozenset[int]) -> bool:
    """Whether a statement of its own opens at word ``i``: a subject after a comma or a
    conjunction ("…, vi står för …", "… och försäkringen gäller …"); "… gratis och bara
    för medlemmar" goes on with what the doubt doubts."""
    conjunctions, subjects = _doubt_ends()
    at = i + 1 if words[i] in conjunctions else i if i in breaks else None
    if at is None or at >= len(words):
        return False
    if words[at] in subjects:
        return True
    # A definite noun and a verb in the present ("försäkringen gäller", "lokalen kostar").
    following = words[at + 1] if at + 1 < len(words) else ""
    return words[at].endswith(_DEFINITE) and len(words[at]) > _SHORT and following.endswith("r")


_DEFINITE = ("en", "et", "na")
_SHORT = 4


def _outside_doubt(
    clause: str, words: list[str], matches: list[tuple[int, int, str]], breaks: frozenset[int]
) -> dict[str, str]:
    """The concepts told outside a doubt whether something holds, each with its own part
    of the clause: "… bara vi som betalar medlemsavgift får komma, annars vet vi inte hur
    många det blir och försäkringen gäller bara medlemmar" doubts the number, not who may
    come nor what the insurance covers. The doubt reaches to the next statement of its
    own; "Vi vet inte om det blir gratis och bara för medlemmar" doubts both."""
    doubts = [(start, end) for start, end, name in matches if name == _DOUBT]
    spans = list(_WORD.finditer(clause))
    if not doubts or len(spans) != len(words):
        return {}
    first, last = min(doubts)
    stop = next(
        (i for i in range(last, len(words)) if _new_statement(words, i, breaks)), len(words)
    )
    before = clause[: spans[first].start()].rstrip(" ,;:–-") if first else ""
    after = clause[spans[stop].start() :] if stop < len(words) else ""
    out: dict[str, str] = {}
    for start, end, name in matches:
        if name != _DOUBT and end <= first and before:
            out[name] = before
        elif name != _DOUBT and start >= stop and after:
            out[name] = after
    return out


def _without_narrower(found: set[tuple[int, int, str]]) -> set[tuple[int, int, str]]:
    """Without a concept read inside the words of a narrower one: "medlemsavgift" names a
    membership fee, not also every fee its head names ("medlemsavgift får inte krävas"
    denies no fee for taking part)."""
    narrower = _data().get("narrower", {})
    inside = {
        (a, b, wide)
        for start, end, name in found
        if name in narrower
        for a, b, wide in found
        if wide == narrower[name] and start <= a and b <= end
    }
    return found - inside


@cache
def _rhythms() -> dict[str, CueMatcher]:
    """How often an activity meets, as told ("varje vecka", "every Tuesday"), the most
    frequent rhythm first; its phrases as written ("i veckan" is no "veckans")."""
    spec = load_cues("criteria_words.yaml")["meeting_times"]
    return {r: CueMatcher(spec[r], inflect=False) for r in ("fortnightly", "weekly", "monthly")}


def rhythm(text: str) -> str | None:
    """The rhythm a text tells an activity meets in ("weekly", …), if any: in words, or by
    the first part of a compound ("en veckoträff")."""
    told = next((name for name, said in _rhythms().items() if said(text)), None)
    if told is not None:
        return told
    return next((name for name, part in _rhythm_parts().items() if part.search(text)), None)


@cache
def _rhythm_parts() -> dict[str, re.Pattern[str]]:
    spec = load_cues("criteria_words.yaml")["meeting_times"]
    meetings = alternation(spec["meetings"])
    return {
        name: re.compile(rf"\b(?:{alternation(firsts)})(?:{meetings})", re.IGNORECASE)
        for name, firsts in spec["first_parts"].items()
    }


def _tells_requirements(words: list[str], spec: dict[str, Any]) -> bool:
    """A clause of a description telling what someone else requires ("dom kräver 30
    medlemmar", "vanligt föreningsbidrag kräver 20"), without the asker in it."""
    said = set(words)
    return bool(said & set(spec["requires"])) and not said & set(spec["our"])


def _lack_is_need(said: dict[str, Polarity]) -> None:
    """In a description, a group told by what it lacks is the need: "nyanlända mammor
    … aldrig kommer ut", "det finns nästan inget för ungdomarna". The negation denies
    what they have, not that they need it. Whom it is for, denied, says so only in a
    clause that tells of nothing else ("Det kostar inget för de äldre" tells of fees)."""
    need = _data()["lack_is_need"]
    states, served = need["states"], need["served"]
    alone = not set(said) - {states, served, *need["beside"]}
    if said.get(states) == "denied" or (said.get(served) == "denied" and alone):
        said.pop(served, None)
        said[states] = "stated"


@cache
def _hides() -> dict[str, tuple[str, ...]]:
    return {str(a): tuple(map(str, b)) for a, b in _data().get("hides", {}).items()}


_HIDES_WITHIN = 8  # "obetalda skulder till kommunen eller obetalda skatter och avgifter"


def _hidden(words: list[str], matches: list[tuple[int, int, str]]) -> set[str]:
    """The concepts a rule names only as part of another's phrase: fees a few words after
    debts, with no verb of a rule between ("får inte ha obetalda skatter och avgifter";
    not "… skatteskulder och verksamheten får inte ta ut avgifter")."""
    required = word_list("criteria_words.yaml", "required")
    out = set()
    for _, end, name in matches:
        for hidden in _hides().get(name, ()):
            for at, _, other in matches:
                between = " ".join(words[end:at])
                if other == hidden and 0 <= at - end <= _HIDES_WITHIN and not required(between):
                    out.add(hidden)
    return out


@cache
def _overrides() -> tuple[tuple[str, str], ...]:
    return tuple((str(a), str(b)) for a, b in _data().get("overrides", {}).items())


@cache
def _implications() -> tuple[tuple[str, CueMatcher, str], ...]:
    return tuple(
        (spec["when"], CueMatcher(spec["words"], inflect=False), spec["then"])
        for spec in _data().get("implies", ())
    )


def _implied(said: dict[str, Polarity], words: list[str]) -> list[str]:
    """Concepts a clause states by stating another in certain words: only associations
    are listed in a register of associations ("Vi står i föreningsregistret", "the
    register of associations")."""
    text = " ".join(words)
    return [
        then
        for when, marks, then in _implications()
        if said.get(when) == "stated" and then not in said and marks(text)
    ]


@cache
def _negating_phrases() -> re.Pattern[str]:
    """ "fri från religiös påverkan" negates as "utan religiös påverkan" does."""
    phrases = alternation(_data()["negating_phrases"])
    return re.compile(rf"(?<!\w)(?:{phrases})(?!\w)", re.IGNORECASE)


@cache
def _others() -> CueMatcher:
    return CueMatcher(_data()["others"]["words"], inflect=False)


@cache
def _partners() -> CueMatcher:
    return CueMatcher(_data()["others"]["partners"])


def _partner_at(words: list[str]) -> int | None:
    """The index of the last word of a phrase after which a clause names a partner ("vi
    samarbetar inte med något studieförbund"), if it has one."""
    said = " ".join(words)
    spans = _partners().spans(said)
    return len(said[: spans[0][1]].split()) - 1 if spans else None


@cache
def _other_people() -> tuple[frozenset[str], frozenset[str]]:
    spec = _data()["others"]
    return frozenset(spec["pronouns"]), frozenset(spec["we"])


def _of_others(words: list[str], negation: int) -> bool:
    """Whether the negation at ``negation`` stands in a relative clause about other
    people ("de som inte spelar i klubben"), not the asker's ("vi är de som inte …")."""
    pronouns, we = _other_people()
    if negation < 2 or words[negation - 1] not in _RELATIVE:
        return False
    if words[negation - 2] not in pronouns:
        return False
    return not we & set(words[max(0, negation - 4) : negation - 2])


@cache
def _identity() -> frozenset[str]:
    return frozenset(_data()["others"]["identity"])


_STRANGER_REACH = 3  # "from the winter car-testing companies": the preposition this close


def _after_preposition(words: list[str], at: int) -> bool:
    before = words[max(0, at - _STRANGER_REACH) : at]
    return bool(set(before) & frozenset(_data()["others"]["of_strangers_after"]))


@cache
def _first_person() -> frozenset[str]:
    return frozenset(_data()["others"]["first_person"])


@cache
def _of_strangers() -> frozenset[str]:
    return frozenset(_data()["others"]["of_strangers"])


def _shared_heads(words: list[str], breaks: frozenset[int] = frozenset()) -> list[str]:
    """Coordinated words that share the noun after them, written out: "religiös och
    partipolitisk påverkan" → "religiös påverkan och partipolitisk påverkan", when the
    first with the noun is a concept's phrase ("oavsett religiös eller politisk
    uppfattning" is none). A word after a comma (``breaks``: the indices opening a
    comma's part) is no shared head: "som varken jobbar eller pluggar, gratis"."""
    out = list(words)
    i = 0
    added = 0  # words written out so far: out[i] is words[i - added]
    while i + 3 < len(out):
        first, joint, second, head = out[i : i + 4]
        at = i - added
        if (
            joint in _AND_OR
            and not breaks & {at + 1, at + 2, at + 3}
            and any(a == 0 and e == 2 for a, e, _ in _matches([first, head]))
        ):
            out[i : i + 4] = [first, head, joint, second, head]
            i += 5
            added += 1
        else:
            i += 1
    return out


def _matches(words: list[str]) -> set[tuple[int, int, str]]:
    """(first word, last word + 1, concept) of every concept phrase in the words."""
    out: set[tuple[int, int, str]] = set()
    for name, matcher in _matchers().items():
        for phrase in matcher.found(" ".join(words)):
            span = _span(words, _WORD.findall(phrase))
            if span is not None:
                out.add((*span, name))
    return out | _constructions(words)


@dataclass(frozen=True)
class _Construction:
    name: str  # the concept it tells
    first: frozenset[str]
    first_endings: tuple[str, ...]
    then: CueMatcher
    within: int
    unless_next: frozenset[str]
    whom: frozenset[str]
    whom_within: int
    between: frozenset[str]  # if given: the only words allowed between first and then
    needs_between: frozenset[str]  # if given: one of these stands between first and then
    unless_count: bool  # a count right after first tells how many, not whom
    preceded_by: frozenset[str]  # if given: one of these stands right before first
    unless_clause: CueMatcher | None  # a clause naming one of these tells no such thing
    # Its "then" words hold their own negation ("inte är medlem"): no negation of it.
    then_negated: bool

    def opens(self, word: str) -> bool:
        return word in self.first or word.endswith(self.first_endings)


@cache
def _construction_parts() -> tuple[_Construction, ...]:
    return tuple(
        _Construction(
            name=str(spec.get("concept", name)),
            first=frozenset(spec["first"]),
            first_endings=tuple(spec.get("first_endings", ())),
            then=CueMatcher(
                spec["then"],
                heads=bool(spec.get("then_heads", False)),
                min_head=int(spec.get("min_head", 5)),
            ),
            within=int(spec["within"]),
            unless_next=frozenset(spec.get("unless_next", ())),
            whom=frozenset(spec.get("whom", ())),
            whom_within=int(spec.get("whom_within", 0)),
            between=frozenset(spec.get("between", ())),
            needs_between=frozenset(spec.get("needs_between", ())),
            unless_count=bool(spec.get("unless_count", False)),
            preceded_by=frozenset(spec.get("preceded_by", ())),
            unless_clause=CueMatcher(spec["unless_clause"]) if "unless_clause" in spec else None,
            then_negated=bool(spec.get("then_negated", False)),
        )
        for name, spec in _data()["constructions"].items()
    )


def _constructions(words: list[str]) -> set[tuple[int, int, str]]:
    """Concepts told by a construction: "only … members" within a few words; not when
    the word after it says otherwise ("per termin" is a period, not a piece), nor when
    it names no one of whom it asks ("kommunen vill att fler äldre …")."""
    out: set[tuple[int, int, str]] = set()
    for c in _construction_parts():
        if c.unless_clause is not None and c.unless_clause(" ".join(words)):
            continue
        for i, word in enumerate(words):
            if not c.opens(word):
                continue
            if c.preceded_by and (i == 0 or words[i - 1] not in c.preceded_by):
                continue  # "ta över", not "över 70" or "glada över"
            window = words[i + 1 : i + 1 + c.within + 3]
            for phrase in c.then.found(" ".join(window)):
                span = _span(window, _WORD.findall(phrase))
                if span is None or span[0] > c.within:
                    continue
                if c.between and not set(window[: span[0]]) <= c.between:
                    continue  # another subject between: "Vi … och bestämde vilka".
                if c.needs_between and not c.needs_between & set(window[: span[0]]):
                    continue
                if c.unless_count and span[0] > 0 and counted(window[0]) is not None:
                    continue  # "vi är bara sju medlemmar" counts the members
                following = window[span[1]] if span[1] < len(window) else ""
                if following in c.unless_next:
                    continue
                end = i + 1 + span[1]
                if c.whom:
                    after = words[end : end + c.whom_within]
                    if not c.whom & set(after):
                        continue
                    end += next(k for k, w in enumerate(after) if w in c.whom) + 1
                out.add((i, end, c.name))
                break
    return out


def _served(words: list[str]) -> set[tuple[int, int, str]]:
    """ "för äldre i byn", "for kids aged 10 to 15", "för folk över 60": a target group
    (by word or age) within a few words after a preposition of whom it is for."""
    first, within, concept, people = _served_spec()
    purpose = frozenset(_data()["served"]["purpose"])
    for i, word in enumerate(words):
        if word not in first or (i + 1 < len(words) and words[i + 1] in purpose):
            continue
        for end in range(i + 2, min(len(words), i + 2 + within) + 1):
            if words[end - 1] in people or target_groups(" ".join(words[i + 1 : end])):
                return {(i, end, concept)}
    return set()


@cache
def _served_spec() -> tuple[frozenset[str], int, str, frozenset[str]]:
    spec = _data()["served"]
    people = frozenset(str(w) for w in spec["people"])
    return frozenset(spec["first"]), int(spec["within"]), str(spec["concept"]), people


def _outermost(found: set[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The matches not inside a longer one: "inte bara medlemmar" (open to all) holds
    "bara medlemmar" (members only), which it does not state."""
    return sorted(
        m
        for m in found
        if not any(o[0] <= m[0] and m[1] <= o[1] and o[1] - o[0] > m[1] - m[0] for o in found)
    )


def _split_by_negation(
    words: list[str], found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    """Phrases a negation stands inside, as Swedish word order puts it after the verb:
    "vi tar inte betalt" is "tar betalt" denied."""
    negations = negation_words()
    kept = [i for i, w in enumerate(words) if w not in negations]
    if len(kept) == len(words):
        return set()
    out: set[tuple[int, int, str]] = set()
    for start, end, name in _matches([words[i] for i in kept]):
        first, last = kept[start], kept[end - 1] + 1
        if last - first > end - start and not any(m[2] == name for m in found):
            out.add((first, last, name))
    return out


_EITHER = frozenset({"varken", "neither"})
_ONLY = frozenset({"bara", "enbart", "endast", "only", "just"})
_OR = frozenset({"eller", "nor", "or"})


def _paired(words: list[str], matches: list[tuple[int, int, str]], first: int) -> list[int]:
    """The match right after "eller"/"nor" that follows the first one."""
    end = matches[first][1]
    if end < len(words) and words[end] in _OR:
        return [k for k, (start, _, _) in enumerate(matches) if start == end + 1]
    return []


def _sharing(words: list[str], matches: list[tuple[int, int, str]], first: int) -> list[int]:
    """The match right after a first one and "och"/"eller" ("utan religiös påverkan och
    partipolitisk påverkan", as ``_shared_heads`` writes it out): one negation for both."""
    end = matches[first][1]
    if end < len(words) and words[end] in _AND_OR:
        # A coordinated noun or adjective, not a phrase of its own ("free of charge and
        # open to everyone" denies the charge, not the openness).
        return [
            k
            for k, (start, stop, _) in enumerate(matches)
            if start == end + 1 and stop - start <= _SHARED_WORDS
        ]
    return []


_SHARED_WORDS = 2


_AND_OR = frozenset({"och", "eller", "and", "or"})


def _negated_constructions(words: list[str], matches: list[tuple[int, int, str]]) -> set[int]:
    """Constructions with a negation inside their own words ("Kommunen har inte frågat
    oss"); "om inte vi kunde" asks politely, and negates nothing."""
    negations = negation_words()
    return {
        k
        for k, (start, end, name) in enumerate(matches)
        if name in _constructed()
        and any(
            words[i] in negations and not (i > 0 and words[i - 1] in _POLITE)
            for i in range(start + 1, end)
        )
    }


# "inte X utan Y" says "not X but Y": the "utan" within a few words after a negation.
_NOT_BUT = frozenset({"inte", "ej", "icke", "aldrig"})
_NOT_BUT_WITHIN = 5
_POLITE = frozenset({"om", "if", "whether"})  # "frågade om inte vi kunde …"


@cache
def _object_verbs() -> frozenset[str]:
    """Verbs whose object a negating determiner fills ("köper inget liknande")."""
    return frozenset(_data()["object_verbs"])


@cache
def _constructed() -> frozenset[str]:
    """The concepts constructions tell, but for those whose own words hold a negation."""
    negated = {c.name for c in _construction_parts() if c.then_negated}
    return frozenset(c.name for c in _construction_parts() if c.name not in negated)


def _comma_breaks(plain: str, words: list[str]) -> frozenset[int]:
    """The word indices that open a comma's new part ("det kostar inget att komma, alla är
    välkomna"), where the words are the clause's own (not rewritten by shared heads)."""
    found = list(_WORD.finditer(plain))
    if len(found) != len(words):
        return frozenset()
    return frozenset(
        k for k in range(1, len(found)) if "," in plain[found[k - 1].end() : found[k].start()]
    )


def _denied(
    words: list[str],
    matches: list[tuple[int, int, str]],
    rule: bool,
    breaks: frozenset[int] = frozenset(),
) -> set[int]:
    """Which matches a negation word negates: the next concept within a few words ("inte
    hunnit registrera", "inga avgifter"), else the one just before ("Aktiebolag … kan inte
    ingå"). "utan" only reaches forward. A phrase holding its own negation ("utan
    ersättning") is never negated again."""
    negations = negation_words()
    inside = {i for start, end, _ in matches for i in range(start, end)}
    out: set[int] = set()
    for i, word in enumerate(words):
        if word not in negations or i in inside or _either_way(words, i):
            continue
        if word == "utan" and _NOT_BUT & set(words[max(0, i - _NOT_BUT_WITHIN) : i]):
            continue  # "inte ett företag utan en ideell förening": "but", no negation
        if _not_only(words, matches, i):
            continue
        if not rule and _of_others(words, i):
            # "för alla barn, även de som inte spelar i klubben": the people a relative
            # clause tells of are not the asker; what it negates is theirs.
            continue
        # … not past a comma in a description: "det kostar inget att komma, alla är välkomna".
        ahead = [
            k
            for k, (start, _, _) in enumerate(matches)
            if 0 < start - i <= _NEGATION_AHEAD
            and (rule or not any(i < b <= start for b in breaks))
        ]
        if rule and word not in _PREPOSITIONS:
            # A rule's negated verb rules out all it governs, examples included ("får
            # inte ersätta insatser enligt socialtjänstlagen, till exempel hemtjänst"),
            # up to a contrast ("inte ett köp av tjänst, utan en insats").
            ahead = _governed(words, matches, i) or ahead
            out.update(ahead)
            if ahead:
                continue
        elif ahead:
            out.add(ahead[0])
            # "varken förening eller företag", "neither … nor": both are denied.
            if word in _EITHER:
                out.update(_paired(words, matches, ahead[0]))
            # "utan religiös och partipolitisk påverkan": the adjective before "och"
            # shares the noun of the next, and its negation.
            out.update(_sharing(words, matches, ahead[0]))
            continue
        if word in ("utan", "without"):
            continue
        # A determiner negates the noun after it, not what came before: "står i
        # föreningsregistret så det är inga problem där" (but "kostar inget att komma").
        if word in _determiners() and i + 1 < len(words) and not is_stopword(words[i + 1]):
            # … unless it is the object of the verb just before: "kommunen köper inget
            # liknande" buys nothing.
            verbs = _object_verbs()
            out.update(
                k for k, (_, end, _) in enumerate(matches) if end == i and words[end - 1] in verbs
            )
            continue
        if i > 0 and words[i - 1] in _RELATIVE:
            # "en ideell förening som inte hör till något riksförbund": a negation inside
            # a relative clause tells of its head, it does not deny it.
            continue
        if not rule and i + 1 < len(words) and words[i + 1] in finite_verbs():
            # "… fast den nya föreningen inte har funnits ett år": an asker's negation
            # before its verb (a subordinate clause's order) negates what the verb says, not
            # the subject; a rule's ("att vinstdrivande företag inte kan vara part") rules
            # the subject out.
            continue
        # Never back across a contrast: "frivilliga och en egen lokal men inga tillstånd".
        behind = [
            k
            for k, (_, end, _) in enumerate(matches)
            if 0 <= i - end < _NEGATION_BEHIND and not _CONTRAST & set(words[end:i])
        ]
        if not behind and rule:
            behind = _head_of_relative(words, matches, i)
        if behind:
            out.add(behind[-1])
    return {k for k in out if not _self_negated(words, matches[k])}


def _governed(words: list[str], matches: list[tuple[int, int, str]], negation: int) -> list[int]:
    """The matches after a negation up to the first contrast word or negation after it."""
    stop = next(
        (
            k
            for k in range(negation + 1, len(words))
            if words[k] in _CONTRAST or words[k] in negation_words()
        ),
        len(words),
    )
    return [k for k, (start, _, _) in enumerate(matches) if negation < start < stop]


@cache
def finite_verbs() -> frozenset[str]:
    """Finite auxiliaries and modals ("har", "ska", "kan"): where a verb phrase starts."""
    return frozenset(load_cues("criteria_words.yaml")["finite_verbs"])


def tells_an_exception(sentence: str) -> bool:
    """A sentence naming an exception ("Det gäller inte …", "utom …"), or one that opens on
    its verb, the Swedish "if" ("Har föreningen bildats genom att två föreningar gått
    samman räknas tiden från den äldsta"), not a question."""
    if word_list("criteria_words.yaml", "exceptions")(sentence):
        return True
    opening = _WORD.findall(sentence.lower())[:1]
    conditional = bool(opening) and opening[0] in finite_verbs()
    # … whose consequence says how the rule counts or applies, not advice ("Är ni osäkra,
    # ring föreningsservice").
    return (
        conditional
        and not sentence.rstrip().endswith("?")
        and bool(word_list("criteria_words.yaml", "exception_consequences")(sentence))
    )


def _either_way(words: list[str], i: int) -> bool:
    """ "… medlem eller inte", "… or not": both ways, so no negation."""
    return i > 0 and words[i - 1] in ("eller", "or")


def _not_only(words: list[str], matches: list[tuple[int, int, str]], i: int) -> bool:
    """ "inte bara som projekt" ("not only") says more, not less: no negation; but in
    "inte bara för medlemmar" the "bara" is the concept's own, and it is denied."""
    after = i + 1
    return (
        after < len(words)
        and words[after] in _ONLY
        and not any(start == after for start, _, _ in matches)
    )


def _head_of_relative(
    words: list[str], matches: list[tuple[int, int, str]], negation: int
) -> list[int]:
    """The match a relative clause hangs on, when the negation closes the main clause
    after it: "Vård och behandling som regionen ansvarar för … ingår inte". A negation
    close behind "som" stands inside the relative clause ("en förening som inte har
    någon lokal") and leaves its head alone."""
    before = [k for k, (_, end, _) in enumerate(matches) if end <= negation]
    if not before:
        return []
    k = before[-1]
    end = matches[k][1]
    relative = end < len(words) and words[end] in _RELATIVE
    return [k] if relative and negation - end > _INSIDE_RELATIVE else []


def _self_negated(words: list[str], match: tuple[int, int, str]) -> bool:
    """A phrase holding its own negation ("utan ersättning"); not a construction whose
    last words hold it ("öppen även för den som inte är medlem"): "inte öppen för …" still
    negates that."""
    start, end, name = match
    if any(
        c.then_negated and c.name == name and c.opens(words[start]) for c in _construction_parts()
    ):
        return False
    return any(w in negation_words() for w in words[start:end])


def _span(words: list[str], phrase: list[str]) -> tuple[int, int] | None:
    """Where the phrase (its last word possibly inflected) stands among the words."""
    phrase = [w.lower() for w in phrase]
    n = len(phrase)
    for i in range(len(words) - n + 1):
        window = words[i : i + n]
        # the last word inflected ("registrerade") or the head of a compound ("PRO-förening")
        if window[:-1] == phrase[:-1] and phrase[-1] in window[-1]:
            return i, i + n
    return None


def group_clause(text: str) -> str | None:
    """The first clause that names who the activity is for ("för tonåringar, de som
    annars bara hänger på stan"): what a reason about the target group quotes."""
    return next((c for c in clauses(text) if target_groups(c)), None)


@cache
def _group_matchers() -> dict[str, CueMatcher]:
    return {name: CueMatcher(spec["words"]) for name, spec in _data()["target_groups"].items()}


def names_group(text: str) -> bool:
    """Whether a text names a target group in words ("äldre", "unga"), not only ages."""
    low = text.lower()
    return any(matcher(low) for matcher in _group_matchers().values())


def group_span(name: str) -> tuple[int, int] | None:
    """The ages a target group spans ("adults": 18–64), None for a group of no age."""
    ages = _data()["target_groups"].get(name, {}).get("ages")
    return (int(ages[0]), int(ages[1])) if ages else None


def target_groups(text: str) -> set[str]:
    """Who an activity is for by age ("children", "young", "adults", "elderly")."""
    groups: set[str] = set()
    data = _data()["target_groups"]
    low = text.lower()
    for name, matcher in _group_matchers().items():
        if matcher(low):
            groups.add(name)
    for low_age, high_age in age_spans(low):
        for name, spec in data.items():
            if not spec["ages"]:
                continue
            first, last = spec["ages"]
            if low_age <= last and high_age >= first and name != "adults":
                groups.add(name)
    return groups
