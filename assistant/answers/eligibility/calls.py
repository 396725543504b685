"""A call for ideas (utlysning, inbjudan att lämna idéskiss) and the ideas within it.

A municipality's call sets conditions of its own for one kind of idea ("Utlysning: Mat och
gemenskap för äldre … Deltagarna får betala högst 60 kronor per måltid. Det ersätter
gränsen på 40 kronor per tillfälle"). They hold for an idea told as one for the call, in
place of the general rule they change (the same measure: a fee cap, a share, the years an
organisation has existed, an age, a length); an idea outside the call is held to the
general criteria only. A place whose only rules are a call's holds every idea to them.
The call is named by the words of its title's topic ("mat", "gemenskap"), or, where a
place has one call, by any word for a call ("vår idéskiss till kommunens omgång").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from assistant.answers.eligibility.concepts import (
    clauses,
    names_ages,
    negation_words,
    read_concepts,
)
from assistant.answers.eligibility.contribution import hour_rate, required_contribution
from assistant.answers.eligibility.fee import fee_cap, free_rule
from assistant.answers.eligibility.length import required_months
from assistant.answers.eligibility.share import required_share
from assistant.answers.eligibility.tenure import founded_by, required_age
from assistant.answers.question import domain_matcher, with_swedish_terms
from assistant.core import municipalities
from assistant.core.swedish.cues import load_cues, matcher
from assistant.core.swedish.language import detect_language
from assistant.core.swedish.sentences import sentence_spans
from assistant.index import lexical

if TYPE_CHECKING:  # criteria.py reads is_call: the record only types this module
    from assistant.answers.eligibility.criteria import Criterion

_REMEMBERED = 512  # rules whose measures an assessment asks for again and again
_NAMED_WORDS = 2  # words of a call's title an idea names it by, at least
_DENIAL_REACH = 3  # "inte heller ha lovverksamhet": a negation this close denies the call
_WILL_REACH = 2  # "vi vill inte": the will right before the negation
_MEETING_REACH = 3  # "Inbjudan till dialogmöte": a meeting this close is no call
_TITLE_BREAK = re.compile(r"\s*[:–—]\s*|\s+-\s+")  # "Utlysning: …", "Inbjudan … – …"


@cache
def _cues() -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
    cues = load_cues("criteria_words.yaml")
    openings, itself = frozenset(cues["call_openings"]), frozenset(cues["call_itself"])
    return openings, itself, tuple(cues["meeting_words"])


def is_call(title: str | None) -> bool:
    """Whether a document's title opens as a call for ideas: "Utlysning: …" by itself,
    an invitation with what it asks for ("Inbjudan att lämna idéskiss – …"); not one to a
    meeting ("Inbjudan till dialogmöte om IOP") or to comment ("Inbjudan till samråd")."""
    said = [w.lower() for w in re.findall(r"[^\W\d_]+", title or "")]
    openings, itself, meetings = _cues()
    if not said or said[0] not in openings:
        return False
    if any(w.endswith(meetings) for w in said[1 : 1 + _MEETING_REACH]):
        return False
    return said[0] in itself or bool(matcher("criteria_words.yaml", "call_asks_for")(title or ""))


def _topic(title: str) -> set[str]:
    """The stems of a call's title that say what it is about, without the domain's own
    words and places."""
    # The words after its first break, or all but its opening word ("Utlysning"): a
    # word for a call names no call of its own (call_mentions does, for a place's one).
    parts = _TITLE_BREAK.split(title, maxsplit=1)
    topic = parts[1] if len(parts) > 1 else " ".join(parts[0].split()[1:])
    places = {lexical.stem(w) for m in municipalities.mentions(title) for w in m.name.split()}
    domain = domain_matcher()
    return {
        lexical.stem(w)
        for w in lexical.words(topic)
        if not lexical.is_stopword(w) and not domain(w) and len(w) > 2 and not w.isdigit()
    } - places


def call_asked(title: str | None, told: str) -> bool:
    """Whether a document is a call for ideas and the question names it by its topic."""
    return is_call(title) and names_call(title or "", told)


def names_call(title: str, told: str) -> bool:
    """Whether an idea or question names the call by its title's topic words, English
    read with the glossary's Swedish words ("the call for language and community
    projects" names "Utlysning: Språk och gemenskap")."""
    read = with_swedish_terms(told) if detect_language(told) == "en" else told
    said = {lexical.stem(w) for w in lexical.words(read)}
    topic = _topic(title)
    if len(topic) == 1:
        # A title of one topic word ("Utlysning: Sommarlov i Eda 2026") is named by the
        # whole word, alone or opening a compound ("sommarlovsaktiviteter"; not "trygga"
        # for "Trygghet"); a word of what any idea is ("föreningar") names no call.
        [word] = topic
        return not read_concepts(word) and any(
            lexical.same_stem(word, s) and len(s) >= len(word) for s in said
        )
    named = [t for t in topic if any(lexical.same_stem(t, s) for s in said)]
    return len(named) >= _NAMED_WORDS


def turns_from(title: str, told: str) -> bool:
    """Whether the idea says it is not for the call: a clause negating the call's topic
    right before it ("Vi vill inte göra lovverksamhet utan starta en seniorträff"), not
    only it ("inte bara lovverksamhet")."""
    topic = _topic(title)
    negations = negation_words()
    cues = load_cues("criteria_words.yaml")
    only = frozenset(cues["restricts"])
    will, instead = frozenset(cues["turning_will"]), frozenset(cues["turning_instead"])
    for clause in clauses(told):
        said = lexical.words(clause)
        at = next(
            (
                i
                for i, w in enumerate(said)
                if any(lexical.same_stem(t, lexical.stem(w)) for t in topic)
            ),
            None,
        )
        if at is None:
            continue
        before = said[max(0, at - _DENIAL_REACH) : at]
        denied = [i for i, w in enumerate(before) if w in negations]
        if not denied or only & set(before[denied[-1] + 1 :]):
            continue
        # The asker's own will denied ("Vi vill inte …"), or another idea in its place
        # ("inte … utan …"); "Barnen har inga sommarlovsaktiviteter" tells a need.
        start = max(0, at - _DENIAL_REACH) + denied[0]
        willed = any(w in will for w in said[max(0, start - _WILL_REACH) : start])
        if willed or instead & set(said[at + 1 :]):
            return True
    return False


@lru_cache(maxsize=_REMEMBERED)
def measures(rule: str) -> frozenset[str]:
    """What a rule measures in numbers, as a call may change it."""
    found = {
        "fee": fee_cap(rule) is not None or free_rule(rule),
        "share": required_share(rule) is not None,
        "contribution": required_contribution(rule) is not None,
        "tenure": required_age(rule) is not None or founded_by(rule) is not None,
        "ages": names_ages(rule),
        "length": required_months(rule) is not None,
    }
    return frozenset(k for k, v in found.items() if v)


def held_to(criteria: Sequence[Criterion], told: str) -> list[Criterion]:
    """The criteria an idea (or a question about it) is held to, as the module says, each
    place apart; the call's own conditions first, then the general ones."""
    places = dict.fromkeys(c.chunk.municipality for c in criteria)
    return [
        c
        for place in places
        for c in _held_in([x for x in criteria if x.chunk.municipality == place], told)
    ]


def _held_in(criteria: Sequence[Criterion], told: str) -> list[Criterion]:
    calls = {c.chunk.source: c.chunk.title or "" for c in criteria if is_call(c.chunk.title)}
    general = [c for c in criteria if c.chunk.source not in calls]
    if not calls or not general:
        return list(criteria)
    # An idea told as not for a call ("inte lovverksamhet utan …") is held to the general
    # rules, whatever the turn before asked of the call.
    away = {source for source, title in calls.items() if turns_from(title, told)}
    within = {
        source for source, title in calls.items() if names_call(title, told) and source not in away
    }
    if (
        not within
        and not away
        and len(calls) == 1
        and matcher("criteria_words.yaml", "call_mentions")(told)
    ):
        within = set(calls)  # "vår idéskiss till kommunens omgång": the place's one call
    own = [c for c in criteria if c.chunk.source in within]
    changed = {m for c in own for m in measures(c.rule)}
    replaced = [c for c in general if measures(c.rule) & changed]
    return [_valued(c, replaced) for c in own] + [c for c in general if c not in replaced]


def _valued(criterion: Criterion, replaced: Sequence[Criterion]) -> Criterion:
    """A call's share in place of the general one ("minst 25 procent (i stället för 10
    procent)") keeps what the general rule values an hour of volunteer work at ("Ideellt
    arbete räknas med 220 kronor per timme"), which the call does not change."""
    if "share" not in measures(criterion.rule) or hour_rate(criterion.rule) is not None:
        return criterion
    # Only a share's or a sum's own rule values an hour ("högst 30 kronor per timme" is a fee).
    for general in (c for c in replaced if measures(c.rule) & {"share", "contribution"}):
        text = general.rule
        rated = [text[a:b] for a, b in sentence_spans(text) if hour_rate(text[a:b]) is not None]
        if rated:
            return replace(criterion, rule_text=f"{criterion.rule} {rated[0].strip()}")
    return criterion
