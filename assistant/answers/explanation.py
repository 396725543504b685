"""An answer with what led to it: for reviewers ("Testa en fråga"), the chat (which draws
the verdict and contact cards itself) and the LLM writer."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from assistant.answers.asks import Asks
from assistant.answers.question import Question
from assistant.answers.ranking import Evidence
from assistant.core.contacts import ContactCard
from assistant.core.records import Answer
from assistant.index.reader import Passage


@dataclass(frozen=True)
class Places:
    """The municipalities the answer speaks from, most specific first."""

    names: tuple[str, ...] = ()
    source: str | None = None  # "selected", "question", "history", "locality", "shared" or None
    locality: str | None = None  # the village that placed the question ("Frånö"), or the
    # kommun whose documents another place shares ("Kungsör" in Arboga's)


@dataclass
class Explanation:
    answer: Answer
    intent: str  # what shaped the answer: "contact", "eligibility", "general", a reason
    municipality_from: str | None  # "selected", "question", "history", "locality" or None
    asks: Asks = field(default_factory=Asks)
    places: Places = field(default_factory=Places)
    passages: list[Passage] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    relevance: dict[str, float] = field(default_factory=dict)  # chunk_id -> best unit score
    assessment: Any = None  # eligibility.judge.Assessment when a verdict was given
    cards: list[ContactCard] = field(default_factory=list)  # aligned with answer.contacts
    # The short answer for a UI that draws the verdict's criteria and the contact cards
    # itself (the JSON ``answer`` holds everything, for readers of plain text).
    lead: str = ""
    notes: list[str] = field(default_factory=list)  # freshness warnings, kept by an LLM writer
    # The answer's parts in order (answers.compose.Block: kind and Markdown), for a UI
    # that shows the short answer first and folds the rest.
    blocks: list[Any] = field(default_factory=list)

    @classmethod
    def bare(cls, q: Question) -> Explanation:
        answer = Answer(question=q.raw, language=q.language, answer="")
        return cls(answer=answer, intent="general", municipality_from=q.place.source)

    @classmethod
    def start(
        cls,
        q: Question,
        asks: Asks,
        places: Places,
        passages: list[Passage],
        evidence: list[Evidence],
    ) -> Explanation:
        relevance: dict[str, float] = {}
        for e in evidence:
            relevance[e.chunk.chunk_id] = max(relevance.get(e.chunk.chunk_id, 0.0), e.score)
        main = places.names[0] if places.names else q.place.main
        intent = (
            "eligibility"
            if asks.idea
            else "contact"
            if asks.contact
            else "criteria"
            if asks.criteria
            else "general"
        )
        return cls(
            answer=Answer(question=q.raw, language=q.language, municipality=main, answer=""),
            intent=intent,
            municipality_from=places.source or q.place.source,
            asks=asks,
            places=places,
            passages=passages,
            evidence=evidence,
            relevance=relevance,
        )
