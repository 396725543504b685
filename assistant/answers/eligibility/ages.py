"""Whether the ages an idea is for fit the ages a rule names.

A rule names ages itself ("IOP ska prövas för målgrupp 65 år och äldre") or through a
target group its document defines ("… vända sig till äldre", where "Äldre" are
"Personer som har fyllt 70 år"). An idea for people aged 62 to 69 breaks the second;
one for people over 75 meets it; one for everyone from 60 overlaps it, which says
nothing sure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from assistant.answers.eligibility.concepts import (
    age_spans,
    clauses,
    group_span,
    names_ages,
    names_group,
    negations,
    target_groups,
)
from assistant.answers.eligibility.definitions import DefinedGroup, Definition
from assistant.core.contacts import role_word_pattern
from assistant.core.swedish.cues import alternation, load_cues, matcher

# A time measured: a preposition of time before the number ("i 1–3 år", "i över 30 år",
# "sedan 5 år", "for 10 years").
_DURATION = re.compile(
    r"\b(?:i|under|sedan|på|in|for)\s+(?:över\s+|mer än\s+|drygt\s+|ca\.?\s+|cirka\s+|"
    r"nästan\s+|snart\s+|över\s+|about\s+|over\s+)?\d",
    re.IGNORECASE,
)


def _ages(text: str, each: bool = False) -> list[tuple[str, tuple[int, int]]]:
    """Each clause naming ages with the span it names, leaving out clauses of how long
    something lasts ("har funnits i över 30 år", "gäller i 1–3 år"). ``each``: every
    span of a clause apart, as a rule names groups ("seniorer från 65 år och unga 13–25
    år" allows neither 55 nor 30)."""
    lasts = matcher("criteria_words.yaml", "duration_verbs")
    out: list[tuple[str, tuple[int, int]]] = []
    for clause in clauses(text):
        spans = age_spans(clause, counts=False)
        # "gäller i 1–3 år", "har funnits i över 30 år" last; "kan gälla barn och unga
        # 6–20 år" names whom.
        if not spans or (lasts(clause) and _DURATION.search(clause)):
            continue
        if each:
            out.extend((clause, span) for span in spans)
        else:
            out.append((clause, (min(a for a, _ in spans), max(b for _, b in spans))))
    return out


def rule_spans(rule: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The ages a rule names apart, as (allowed, ruled out): a clause of its own saying
    it does not apply to them ("Gäller inte verksamhet som vänder sig till vuxna 20–64
    år", a table's column of exceptions) names whom it leaves out."""
    allowed: list[tuple[int, int]] = []
    out: list[tuple[int, int]] = []
    leaves_out = matcher("criteria_words.yaml", "ages_left_out")
    for clause, span in _ages(rule, each=True):
        # "Gäller inte verksamhet för vuxna 20–64 år" leaves them out; "Barn under 13 år
        # får inte delta utan en vuxen" does not.
        (out if leaves_out(clause) and negations(clause)[1] else allowed).append(span)
    return allowed, out


def definitions_for(defined: Sequence[DefinedGroup], description: str) -> list[DefinedGroup]:
    """The defined groups an idea is for ("äldre" for an idea for pensioners), else all
    of them."""
    groups = target_groups(description)
    return [d for d in defined if d.group in groups] or list(defined)


@cache
def _role_age() -> re.Pattern[str]:
    bounds = alternation(load_cues("criteria_words.yaml")["role_age_bounds"])
    ratio = alternation(load_cues("criteria_words.yaml")["role_ratio"])
    return re.compile(
        # "en ledare per tio barn som har fyllt 18 år": a ratio between the role and "som";
        # "en ledare per tio barn under 12 år" gives the children's age.
        rf"\b({role_word_pattern()})\s+(?:(?:(?:{ratio})\s+\w+\s+\w+\s+)?som\s+(?:är|har fyllt)\s+"
        rf"|(?:{bounds})\s+(?=\d))"
        r"[^,.;]*"
    )


def without_role_ages(text: str) -> str:
    """The text without the ages it says of a role ("en vuxen ledare som är 20 år eller
    äldre", "Två vuxna ledare över 25 är alltid på plats"): whom it asks for to lead, not
    whom the activity is for."""
    return _role_age().sub(r"\1", text)


def judge_ages(
    rule: str, defined: Sequence[DefinedGroup], description: str
) -> tuple[bool, str] | None:
    """(met, the description's clause naming the ages), or None when the rule names no
    ages, the description tells none, or they only overlap."""
    judged = judged_ages(rule, defined, description)
    return None if judged is None else (judged[0], judged[1])


def judged_ages(
    rule: str, defined: Sequence[DefinedGroup], description: str
) -> tuple[bool, str, tuple[Definition, ...]] | None:
    """``judge_ages`` with the definitions the ages came from, for the verdict to quote.
    The first clause naming whom the idea is for by age decides."""
    told = _ages(without_role_ages(description))
    if not told:
        return None
    rule = without_role_ages(rule)
    clause, (young, old) = told[0]
    # A rule's own numbers are ages only beside whom it is for ("målgrupp 65 år och
    # äldre") or in words only ages take ("som har fyllt 70 år"); "Ett partnerskap gäller
    # 1–3 år" measures time.
    whom = (
        names_group(rule) or names_ages(rule) or bool(matcher("criteria_words.yaml", "scope")(rule))
    )
    own, ruled_out = rule_spans(rule) if whom else ([], [])
    used: tuple[Definition, ...] = ()
    if any(a <= young and old <= b for a, b in ruled_out):
        return False, clause, used
    if own:
        allowed = own
    else:
        # Only the defined groups the idea is for: "äldre eller unga" with äldre from 70
        # and unga 13–21 is broken by an idea for 62–69-year-olds, who are neither.
        groups = definitions_for(defined, description)
        allowed = [(d.youngest, d.oldest) for d in groups]
        used = tuple(d.definition for d in groups)
        if not allowed:
            return None
    if any(a <= young and old <= b for a, b in allowed):
        return True, clause, used
    if all(old < a or young > b for a, b in allowed):
        return False, clause, used
    return None


def groups_within(rule: str, groups: set[str]) -> bool:
    """Whether a group the idea names lies wholly within the ages the rule names itself
    ("vuxna" within "personer som har fyllt 18 år"), though its word is not the rule's."""
    own = rule_spans(rule)[0] if names_ages(rule) else []
    spans = [group_span(g) for g in groups]
    return any(a <= s[0] and s[1] <= b for s in spans if s is not None for a, b in own)


def only_overlap(rule: str, description: str) -> bool:
    """Whether the idea's ages and the ages the rule names itself only overlap ("unga
    mellan 16 och 24 år" against "barn och unga 6–20 år"): the rule's group named in both
    says nothing sure then."""
    told = _ages(description)
    rule = without_role_ages(rule)
    own = rule_spans(rule)[0]
    if not told or not own or not (names_group(rule) or names_ages(rule)):
        return False
    _, (young, old) = told[0]
    inside = any(a <= young and old <= b for a, b in own)
    apart = all(old < a or young > b for a, b in own)
    return not (inside or apart)
