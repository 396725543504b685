"""The general answer: the few sentences that answer the question, best first."""

from __future__ import annotations

from collections.abc import Sequence

from assistant.answers.ranking import Evidence
from assistant.core.swedish.sentences import split_units

# A sentence joins the answer when it scores at least this share of the best one.
_NEAR_BEST = 0.75


def pick_evidence(evidence: Sequence[Evidence], limit: int) -> list[Evidence]:
    """Up to ``limit`` units: the best, then those nearly as good that add something."""
    if not evidence or limit <= 0:
        return []
    best = evidence[0].score
    chosen: list[Evidence] = []
    for e in evidence:
        if len(chosen) >= limit or e.score < _NEAR_BEST * best:
            break
        key = " ".join(e.text.lower().split())
        if any(key in " ".join(c.text.lower().split()) for c in chosen):
            continue
        chosen.append(e)
    return chosen


def list_around(best: Evidence, limit: int) -> list[tuple[str, int]]:
    """The list the best unit stands in, as (item, position) in order: a question asking
    for steps or for several things is answered by the whole list, not one item."""
    units = split_units(best.chunk.text)
    if not (0 <= best.position < len(units)) or not units[best.position].is_list_item:
        return []
    first = best.position
    while first > 0 and units[first - 1].is_list_item:
        first -= 1
    items: list[tuple[str, int]] = []
    i = first
    while i < len(units) and units[i].is_list_item and len(items) < limit:
        items.append((units[i].text, i))
        i += 1
    return items
