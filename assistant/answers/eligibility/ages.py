"""Whether the ages an idea is for fit the ages a rule names.

A rule names ages itself ("IOP ska prövas för målgrupp 65 år och äldre") or through a
target group its document defines ("… vända sig till äldre", where "Äldre" are
"Personer som har fyllt 70 år"). An idea for people aged 62 to 69 breaks the second;
one for people over 75 meets it; one for everyone from 60 overlaps it, which says
nothing sure.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from assistant.answers.eligibility.concepts import age_spans, clauses, names_group, target_groups
from assistant.answers.eligibility.definitions import DefinedGroup
from assistant.core.swedish.cues import CueMatcher, load_cues


@cache
def _scope() -> CueMatcher:
    return CueMatcher(load_cues("criteria_words.yaml")["scope"])


def _span(spans: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    if not spans:
        return None
    return min(a for a, _ in spans), max(b for _, b in spans)


def definitions_for(defined: Sequence[DefinedGroup], description: str) -> list[DefinedGroup]:
    """The defined groups an idea is for ("äldre" for an idea for pensioners), else all
    of them."""
    groups = target_groups(description)
    return [d for d in defined if d.group in groups] or list(defined)


def judge_ages(
    rule: str, defined: Sequence[DefinedGroup], description: str
) -> tuple[bool, str] | None:
    """(met, the description's clause naming the ages), or None when the rule names no
    ages, the description tells none, or they only overlap."""
    told = [c for c in clauses(description) if age_spans(c, counts=False)]
    asked = _span([s for c in told for s in age_spans(c, counts=False)])
    if asked is None:
        return None
    # A rule's own numbers are ages only beside whom it is for ("målgrupp 65 år och
    # äldre"); "Ett partnerskap gäller 1–3 år" measures time.
    whom = names_group(rule) or bool(_scope()(rule))
    own = _span(age_spans(rule, counts=False)) if whom else None
    if own is not None:
        allowed = [own]
    else:
        # Only the defined groups the idea is for: "äldre eller unga" with äldre from 70
        # and unga 13–21 is broken by an idea for 62–69-year-olds, who are neither.
        allowed = [(d.youngest, d.oldest) for d in definitions_for(defined, description)]
        if not allowed:
            return None
    young, old = asked
    if any(a <= young and old <= b for a, b in allowed):
        return True, told[0]
    if all(old < a or young > b for a, b in allowed):
        return False, told[0]
    return None
