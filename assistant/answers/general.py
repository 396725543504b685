"""The general answer: the few sentences that answer the question, best first."""

from __future__ import annotations

from collections.abc import Sequence

from assistant.answers.ranking import Evidence

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
