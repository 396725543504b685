"""The one engine: ``Assistant.answer(question, history, municipality) -> Answer``.

The CLI, the Streamlit app and the tests all call this. Every in-scope question takes one
path: read the question, retrieve (hybrid, within the asked municipality), rank the
sentences of the best passages against it, and answer with the few that answer it, cited.
Contacts, a verdict and dates are added when the question asks for them and their
evidence is there; they never decide whether there is an answer. The engine abstains
only for a reason it can name (``answers/decide.py``). No LLM is needed; with one, its
prose is checked against the same passages.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from datetime import date

from langchain_core.embeddings import Embeddings

from assistant.answers.answer_types import FACT_KINDS, asked_types
from assistant.answers.asks import asks_of
from assistant.answers.assemble import assemble
from assistant.answers.decide import decide, places_for, refusal
from assistant.answers.explanation import Explanation
from assistant.answers.llm.writer import Draft as LLMDraft
from assistant.answers.llm.writer import LLMWriter
from assistant.answers.question import asked_and_told, read_question, whole_message
from assistant.answers.ranking import rank, search_typed
from assistant.answers.scope import calibrate
from assistant.answers.terms import query_for
from assistant.answers.timeline import in_force_first
from assistant.core.records import Answer, Turn
from assistant.core.settings import Settings
from assistant.index.embeddings import make_embeddings
from assistant.index.reader import GENERAL, IndexReader

# Shown to reviewers: evidence below this score is weak (a sentence covering about a third
# of the question's words, or only close in meaning).
RELEVANCE_FLOOR = 0.3
_PASSAGES = 12


class Assistant:
    """Loads the embedder and index once (lazily) and answers questions."""

    def __init__(
        self,
        settings: Settings,
        embeddings: Embeddings | None = None,
        clock: Callable[[], date] = date.today,
    ) -> None:
        self.settings = settings
        self._embeddings = embeddings
        self._clock = clock
        self._writer: LLMWriter | None = None
        self._writer_loaded = False
        self._reader: IndexReader | None = None
        self._lock = threading.Lock()

    @property
    def reader(self) -> IndexReader:
        if self._reader is None:
            with self._lock:
                if self._reader is None:
                    if self._embeddings is None:
                        self._embeddings = make_embeddings(
                            self.settings.embedding_model, self.settings.embedding_batch_size
                        )
                    self._reader = IndexReader(self.settings, self._embeddings)
        return self._reader

    @property
    def embeddings(self) -> Embeddings:
        _ = self.reader
        assert self._embeddings is not None
        return self._embeddings

    def warm_up(self) -> None:
        """Load models and index and calibrate now rather than on the first question."""
        self.reader.search("IOP", 1)
        calibrate(self.reader)

    def municipalities(self) -> list[str]:
        self.reader.refresh()
        return self.reader.municipalities()

    @property
    def is_empty(self) -> bool:
        self.reader.refresh()
        return self.reader.is_empty

    @property
    def writer(self) -> LLMWriter | None:
        """The optional LLM writer (IOP_LLM_PROVIDER); None when answers need no model."""
        if not self._writer_loaded:
            with self._lock:
                if not self._writer_loaded:
                    self._writer = LLMWriter.from_settings(self.settings)
                    self._writer_loaded = True
        return self._writer

    def answer(
        self, question: str, history: Sequence[Turn] | None = None, municipality: str | None = None
    ) -> Answer:
        final = None
        for event in self.stream(question, history, municipality):
            if isinstance(event, Explanation):
                final = event
        assert final is not None
        return final.answer

    def stream(
        self, question: str, history: Sequence[Turn] | None = None, municipality: str | None = None
    ) -> Iterator[str | Explanation]:
        """Checked drafts of an LLM-written answer (str), then the final Explanation. The
        engine always retrieves, judges and picks contacts; a model only writes prose."""
        history = list(history or [])
        writer = self.writer
        ex = self.explain(question, history, municipality)
        if writer is None or ex.answer.abstained:
            yield ex
            return
        for event in writer.stream(question, history, ex):
            if isinstance(event, LLMDraft):
                yield event.text
            else:
                ex.answer, ex.lead = event.answer, event.answer.answer
                yield ex

    def explain(
        self, question: str, history: Sequence[Turn] | None = None, municipality: str | None = None
    ) -> Explanation:
        reader = self.reader
        reader.refresh()
        q = read_question(question, history, municipality)
        early = refusal(q, reader)
        if early is not None:
            return early
        places = places_for(q, reader)
        asks = asks_of(q)
        # An idea is judged on all it tells; any other question is answered on what it
        # asks, with what it tells around that as context.
        asked = whole_message(q) if asks.idea else asked_and_told(q)
        query = query_for(reader, asked.lexical, q.place.names, asked.context)
        scope = [*places.names, GENERAL] if places.names else None
        expected = asked_types(q.text)
        passages = search_typed(
            reader, q.search_text, _PASSAGES, scope, query.search_text(), expected & FACT_KINDS
        )
        calibration = calibrate(reader)
        analyzer = reader.lexical.analyzer if reader.lexical else None
        evidence = (
            rank(reader, passages, query, asked.text, analyzer, calibration.floor, expected)
            if analyzer
            else []
        )
        today, max_age = self._clock(), self.settings.max_source_age_years
        evidence = in_force_first(reader, evidence, today, max_age)
        ex = Explanation.start(q, asks, places, passages, evidence)
        decision = decide(q, asks, query, places, passages, evidence, calibration, reader, expected)
        if decision.abstain:
            return decision.explain(ex, reader, q, places)
        return assemble(ex, q, decision, reader, query, today, max_age)
