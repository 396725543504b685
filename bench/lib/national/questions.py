"""The questions of one organisation, with the answers its documents hold (``iop eval``
format): criteria, contact, partnerships, now and then an idea to judge or an
out-of-scope question."""

from __future__ import annotations

import random
from typing import Any

from bench.lib.national.phrasing import phrasing
from bench.lib.national.plan import BodyPlan

P = phrasing()


def questions_for(plan: BodyPlan, index: int, seed: int, oos_every: int) -> list[dict[str, Any]]:
    rng = random.Random(f"{seed}:{plan.body.slug}:questions")
    body = plan.body
    values = {"name": body.name, "org": body.organisation}

    def scope() -> str | None:  # a third of the questions must find the name themselves
        return None if rng.random() < 1 / 3 else body.name

    out: list[dict[str, Any]] = []
    facts = [fact for _, _, fact in plan.criteria]
    out.append(
        {
            "id": f"{body.slug}-criteria",
            "question": rng.choice(P.criteria_questions).format(**values),
            "kind": "criteria",
            "municipality": scope(),
            "expected_sources": sorted(set(plan.criteria_stems)),
            "expected_facts": rng.sample(facts, min(3, len(facts))),
            "expected_verdict": None,
        }
    )
    out.append(
        {
            "id": f"{body.slug}-contact",
            "question": rng.choice(P.contact_questions).format(**values),
            "kind": "contact",
            "municipality": scope(),
            "expected_sources": sorted(set(plan.contact_stems)),
            "expected_facts": [plan.contact.name, plan.contact.email],
            "expected_verdict": None,
        }
    )
    if plan.partnerships:
        out.append(
            {
                "id": f"{body.slug}-partnerships",
                "question": rng.choice(P.partnership_questions).format(**values),
                "kind": "partnerships",
                "municipality": scope(),
                "expected_sources": sorted(set(plan.partnership_stems)),
                "expected_facts": [s.partner for s in plan.partnerships[:3]],
                "expected_verdict": None,
            }
        )
    topics = {topic for topic, _, _ in plan.criteria}
    if index % 4 == 1 and "nonprofit" in topics:
        activity = rng.choice(P.activities)
        if rng.random() < 0.5:
            question = (
                f"Vi är ett aktiebolag som vill driva {activity} i {body.name}. Kan vi få ett IOP?"
            )
            verdict = "likely_not_eligible"
        else:
            question = (
                f"Vi är en ideell förening i {body.name} och vill starta {activity}. "
                "Kan det bli ett IOP?"
            )
            verdict = "likely_eligible"
        out.append(
            {
                "id": f"{body.slug}-idea",
                "question": question,
                "kind": "eligibility",
                "municipality": scope(),
                "expected_sources": [plan.guideline_stem],
                "expected_facts": [],
                "expected_verdict": verdict,
            }
        )
    if oos_every and index % oos_every == 0:
        out.append(
            {
                "id": f"{body.slug}-out-of-scope",
                "question": rng.choice(P.out_of_scope_questions).format(**values),
                "kind": "out_of_scope",
                "municipality": scope(),
                "expected_sources": [],
                "expected_facts": [],
                "expected_verdict": None,
            }
        )
    return out
