"""What the organisation's own contribution must partly be, beside its share.

"Minst hälften av den egna insatsen ska vara pengar eller lokal. Resten får vara ideellt
arbete": an idea whose contribution is told only in work ("Vi har inga pengar att lägga
in … men vi jobbar ideellt", "allt i ideellt arbete") breaks it, one that names money or
premises of its own meets it. A rule that accepts work alone ("en insats som enbart
består av ideellt arbete godtas") asks nothing of the kind.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from assistant.answers.eligibility.concepts import clauses, negations
from assistant.core.swedish.cues import CueMatcher, load_cues, matcher

_NEGATION_REACH = 3  # "inga pengar", "pengar har vi inte": a negation this near money


@cache
def _parts() -> dict[str, CueMatcher]:
    spec: dict[str, Any] = load_cues("criteria_words.yaml")["composition"]
    return {key: CueMatcher(words) for key, words in spec.items()}


def asks_money_part(rule: str) -> bool:
    """The rule asks part of the own contribution to be money or premises."""
    parts = _parts()
    required = matcher("criteria_words.yaml", "required")
    # The share, the money and the requirement in one clause: "Minst hälften av den egna
    # insatsen ska vara pengar"; "… kan bestå av ideellt arbete, lokal eller pengar" allows.
    return (
        all(parts[k](rule) for k in ("whole", "work"))
        and not parts["allowed"](rule)
        and any(parts["share"](c) and parts["money"](c) and required(c) for c in clauses(rule))
    )


def judge_composition(rule: str, description: str) -> tuple[bool, str] | None:
    """(met?, the clause) when the rule asks for money or premises in the contribution
    and the idea tells what its contribution is made of."""
    if not asks_money_part(rule):
        return None
    parts = _parts()
    told = clauses(description)
    # Money the participants pay ("deltagarna behöver inte betala några pengar") is none
    # the association puts in.
    own = [c for c in told if not parts["payers"](c)]
    for clause in own:
        if parts["money"](clause) and not _money_denied(clause):
            return True, clause
    told = own
    denied = next((c for c in told if parts["money"](c) and _money_denied(c)), None)
    only = next((c for c in told if parts["work"](c) and parts["only"](c)), None)
    worked = next((c for c in told if parts["work"](c)), None)
    if worked is not None and (denied is not None or only is not None):
        return False, only or denied or worked
    return None


def _money_denied(clause: str) -> bool:
    """Money said with a negation near it ("inga pengar", "pengar har vi inte")."""
    said, negated = negations(clause)
    money = _parts()["money"]
    return any(
        money(word) and any(abs(i - n) <= _NEGATION_REACH for n in negated)
        for i, word in enumerate(said)
    )
