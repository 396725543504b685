"""Whether an idea lies in one of the areas a rule enters partnerships in.

"Idén ska bidra till minst ett av kommunens tre prioriterade områden: ofrivillig ensamhet
bland äldre, fysisk aktivitet för barn och unga, samt språk och gemenskap för nyanlända"
maps onto the shared-need principle, which any need meets; the rule asks more: one of
its own areas. An area is met when the idea names its head word (by stem: "ensamma"
meets "ensamhet", "språkcafé" meets "språk") and, where the area names whom it is for,
the idea is for them or says nothing of whom; an area that is a group ("barn och unga")
by an idea wholly for it. An idea naming none of them leaves the rule open (the
principle behind it is then not met by this rule); it does not break it: words are no
proof that an idea lies outside an area.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache, lru_cache

from assistant.answers.eligibility.concepts import (
    clauses,
    concept_in,
    group_clause,
    names_group,
    target_groups,
)
from assistant.answers.question import with_swedish_terms
from assistant.core.swedish.cues import CueMatcher, alternation, load_cues, matcher
from assistant.core.swedish.language import detect_language
from assistant.index import lexical

_MIN_STEM = 4  # shorter stems match too much ("bo", "spel")
_TO_COLON = 6  # words between the word naming areas and the colon opening their list
_NEED = "social_need"
_REMEMBERED = 256  # criteria read once per answer: Criterion.areas, then judge_area


@cache
def _cues() -> tuple[CueMatcher, re.Pattern[str], CueMatcher]:
    data = load_cues("criteria_words.yaml")
    separators = alternation(data["area_separators"])
    split = re.compile(rf"\s*[,;]\s*(?:{separators})?\s*|\s+(?:{separators})\s+", re.IGNORECASE)
    return CueMatcher(data["areas"]), split, matcher("criteria_words.yaml", "scope")


@cache
def _prepositions() -> frozenset[str]:
    return frozenset(load_cues("criteria_words.yaml")["area_prepositions"])


def content_stems(text: str, leave: Callable[[str], bool] = lambda _: False) -> frozenset[str]:
    """The stems of a text's words that say what it is about: no function word, no name
    (capitalised), none shorter than four letters, none ``leave`` leaves out."""
    return frozenset(
        lexical.stem(w)
        for w in re.findall(r"[^\W\d_]+", text)
        if w[:1].islower()
        and not lexical.is_stopword(w)
        and w not in _prepositions()
        and not leave(w)
        and len(lexical.stem(w)) >= _MIN_STEM
    )


def told_in(stems: Iterable[str], description: str) -> str | None:
    """The first clause of the description naming one of the stems ("ensamma" for
    "ensam", "språkcafé" for "språk"), English read with the glossary's Swedish words."""
    wanted = tuple(stems)
    english = detect_language(description) == "en"
    for clause in clauses(description):
        read = with_swedish_terms(clause) if english else clause
        said = {lexical.stem(w) for w in lexical.words(read)}
        if any(_meets(a, d) for a in wanted for d in said):
            return clause
    return None


@lru_cache(maxsize=_REMEMBERED)
def areas_of(
    rule: str,
) -> tuple[tuple[frozenset[str], frozenset[str], frozenset[str]], ...]:
    """The areas a rule names, each as (the stems of its head words, whom it is for,
    whom its head acts on): the list after a word naming areas, each area naming a need or
    a target group. An area's heads stand before its first preposition ("ofrivillig
    ensamhet bland äldre": ensamhet; "språk och gemenskap för nyanlända": språk,
    gemenskap); an area that only names a group ("barn och unga") has none and is met by
    that group."""
    cue, split, scope = _cues()
    listed = _listed(rule, cue)
    if listed is None:
        return ()
    people = set(load_cues("criteria_words.yaml")["age_people"])
    joins = set(load_cues("criteria_words.yaml")["item_joins"])

    def leave(word: str) -> bool:
        return names_group(word) or bool(scope(word)) or bool(cue(word)) or word in people

    # An English rule's areas are read with the glossary's Swedish words too, each area
    # with its own ("less loneliness among older people": ensamhet).
    english = detect_language(rule) == "en"
    out = []
    for part in split.split(listed):
        whom = frozenset(target_groups(part))
        if not (concept_in(_NEED, with_swedish_terms(part) if english else part) or whom):
            continue
        said = lexical.words(part)
        first = next((i for i, w in enumerate(said) if i and w in _prepositions()), len(said))
        # Each conjunct's last word of content is a head: "språk och gemenskap".
        heads: list[str] = []
        current: list[str] = []
        for word in [*said[:first], None]:
            if word is None or word in joins:
                kept = [w for w in current if content_stems(w, leave)]
                heads += kept[-1:]
                current = []
            else:
                current.append(word)
        stems = frozenset(s for w in heads for s in content_stems(w, leave))
        # "inkludering av nyanlända": the head acts on whom it names, and an idea for them
        # lies in the area as well as one naming the head.
        acted_on: frozenset[str] = frozenset()
        if first < len(said) and said[first] in _objects():
            # … up to the next preposition ("förebyggande av ohälsa i hela kommunen").
            rest = said[first + 1 :]
            end = next((i for i, w in enumerate(rest) if w in _prepositions()), len(rest))
            stems |= content_stems(" ".join(rest[:end]), leave)
            acted_on = frozenset(target_groups(" ".join(rest[:end])))
        # No head before a preposition ("personer med funktionsnedsättning"): its words.
        stems = stems or content_stems(part, leave)
        if english:
            stems |= content_stems(with_swedish_terms(part, things_only=True)[len(part) :], leave)
        if stems or whom:
            out.append((stems, whom, acted_on))
    return tuple(out)


@cache
def _objects() -> frozenset[str]:
    return frozenset(load_cues("criteria_words.yaml")["area_objects"])


@cache
def _subordinators() -> frozenset[str]:
    return frozenset(load_cues("criteria_words.yaml")["subordinators"])


def _listed(rule: str, cue: CueMatcher) -> str | None:
    """The text listing the areas: after the colon that closely follows a word naming
    areas ("… tre prioriterade områden för 2025–2028: …"), else right after such a word
    when the area follows it ("inom området ofrivillig ensamhet"; not "ett område där
    regionen har ansvar", nor a label's "Fokusområde – Verksamheten ska …")."""
    rests = [
        re.split(r"(?<=[.!?])\s", rule[word.end() :])[0]
        for word in re.finditer(r"[^\W\d_]+", rule)
        if cue(word.group())
    ]
    for rest in rests:
        colon = rest.find(":")
        if colon >= 0 and len(rest[:colon].split()) <= _TO_COLON:
            return rest[colon + 1 :]
    for rest in rests:
        following = lexical.words(rest[:40])
        direct = rest[:1].isspace() and rest.lstrip()[:1].isalpha()
        if direct and ":" not in rest and following and following[0] not in _subordinators():
            return rest
    return None


def judge_area(rule: str, description: str) -> tuple[bool, str] | None:
    """(True, the clause naming the area) when the idea lies in one of the rule's areas;
    (False, "") when the rule names areas and the idea none of them; None when the rule
    names no areas."""
    areas = areas_of(rule)
    if not areas:
        return None
    groups = target_groups(description)
    serves = group_clause(description)
    for words, whom, acted_on in areas:
        if whom and groups and not whom & groups:
            continue
        if acted_on & groups and serves is not None:
            return True, serves  # an idea for those the area acts on ("av nyanlända")
        if not words:
            # An area that is a group ("barn och unga"): an idea wholly for it lies there.
            if groups and groups <= whom and serves is not None:
                return True, serves
            continue
        clause = told_in(words, description)
        if clause is not None:
            return True, clause
    return False, ""


def _meets(area: str, told: str) -> bool:
    """The told word is the area's word or a compound on it ("språkcafé" on "språk"),
    never the other way ("funk" of "funkar" is no "funktionsnedsättning")."""
    return len(area) >= _MIN_STEM and told.startswith(area)
