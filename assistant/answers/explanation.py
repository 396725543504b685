"""An answer with what led to it: for reviewers ("Testa en fråga") and the LLM writer."""

from __future__ import annotations

from dataclasses import dataclass, field

from assistant.answers.eligibility import Assessment
from assistant.core.contacts import ContactCard
from assistant.core.records import Answer
from assistant.index.reader import Passage


@dataclass
class Explanation:
    """An answer with what led to it, for reviewers ("Testa en fråga")."""

    answer: Answer
    intent: str
    municipality_from: str | None  # "selected", "question", "history" or None
    passages: list[Passage] = field(default_factory=list)
    relevance: dict[str, float] = field(default_factory=dict)  # chunk_id -> coverage
    passage_terms: frozenset[str] = frozenset()  # index terms of all retrieved passages
    assessment: Assessment | None = None
    cards: list[ContactCard] = field(default_factory=list)  # aligned with answer.contacts
    # The answer text for a UI that draws the verdict checklist and the contact cards
    # itself (the JSON `answer` holds everything, for readers of plain text).
    lead: str = ""
    notes: list[str] = field(default_factory=list)  # freshness warnings, kept by an LLM writer
