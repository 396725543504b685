"""Hybrid retrieval: dense (Chroma) and lexical (BM25) fused by reciprocal rank.

The catalogue decides which chunks are live; hits that it does not know (left over
by an interrupted ingest) are dropped, so readers never see a half-written state.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.embeddings import Embeddings
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from assistant.core.contacts import ContactCard
from assistant.core.documents import Chunk
from assistant.core.settings import Settings
from assistant.index.catalog import Catalog, DocumentRow
from assistant.index.lexical import LexicalIndex
from assistant.index.vectorstore import VectorIndex

GENERAL = ""  # the municipality value of documents that belong to no municipality


@dataclass(frozen=True)
class Passage:
    """A retrieved chunk with the evidence for why it was retrieved."""

    chunk: Chunk
    score: float  # fused RRF score
    dense: float | None = None  # cosine similarity
    lexical: float | None = None  # BM25 score
    dense_rank: int | None = None
    lexical_rank: int | None = None


class IndexReader:
    """Read access to one index: loaded once, refreshed when an ingest commits."""

    def __init__(self, settings: Settings, embeddings: Embeddings) -> None:
        self.settings = settings
        self.catalog = Catalog(settings.catalog_path)
        self.vectors = VectorIndex(settings, embeddings, reader=True)
        self._lock = threading.Lock()
        self._lexical: LexicalIndex | None = None
        self._generation = -1
        self._documents: dict[str, DocumentRow] = {}
        self._chunks: dict[str, Chunk] = {}
        self._cards: list[tuple[ContactCard, Chunk]] = []
        # Built once per index generation, so that no question scans every chunk.
        self._by_municipality: dict[str | None, list[Chunk]] = {}
        self._by_source: dict[str, list[Chunk]] = {}
        self._cards_by_municipality: dict[str | None, list[tuple[ContactCard, Chunk]]] = {}
        self._municipality_names: list[str] = []
        self._memo: dict[Any, Any] = {}  # per-generation results of ``memo``
        self.refresh()

    def refresh(self) -> None:
        """Pick up a newer index if an ingest has committed one since the last look."""
        generation = self.catalog.generation
        lexical_generation = LexicalIndex.current_generation(self.settings.lexical_path)
        if generation == self._generation and (
            self._lexical is None or self._lexical.generation == lexical_generation
        ):
            return
        with self._lock:
            if self._generation != -1 and generation != self._generation:
                # An ingest committed; it may have run in another process.
                self.vectors.reopen()
            documents = {d.source: d for d in self.catalog.documents()}
            chunks = {c.chunk_id: c for c in self.catalog.all_chunks()}
            lexical = LexicalIndex.load(self.settings.lexical_path)
            cards = [
                (card_from_dict(card), chunks[chunk_id])
                for chunk_id, card in self.catalog.contact_cards()
                if chunk_id in chunks
            ]
            by_municipality: dict[str | None, list[Chunk]] = {}
            by_source: dict[str, list[Chunk]] = {}
            for chunk in chunks.values():
                by_municipality.setdefault(chunk.municipality, []).append(chunk)
                by_source.setdefault(chunk.source, []).append(chunk)
            cards_by_municipality: dict[str | None, list[tuple[ContactCard, Chunk]]] = {}
            for card, chunk in cards:
                cards_by_municipality.setdefault(chunk.municipality, []).append((card, chunk))
            self._documents, self._chunks, self._lexical = documents, chunks, lexical
            self._cards = cards
            self._by_municipality, self._by_source = by_municipality, by_source
            self._cards_by_municipality = cards_by_municipality
            self._memo = {}
            self._municipality_names = sorted(
                {d.municipality for d in documents.values() if d.municipality}
            )
            self._generation = generation

    @property
    def lexical(self) -> LexicalIndex | None:
        return self._lexical

    @property
    def documents(self) -> dict[str, DocumentRow]:
        return self._documents

    @property
    def chunks(self) -> dict[str, Chunk]:
        return self._chunks

    @property
    def is_empty(self) -> bool:
        return not self._chunks

    def memo(self, key: Any, compute: Callable[[], Any]) -> Any:
        """``compute()`` once per index generation and key (e.g. a municipality's criteria)."""
        cache = self._memo
        if key not in cache:
            cache[key] = compute()
        return cache[key]

    def contact_cards(self, municipality: str | None = None) -> list[tuple[ContactCard, Chunk]]:
        """Cards found at ingest, with their chunk; one municipality's or all."""
        cards = (
            self._cards
            if municipality is None
            else self._cards_by_municipality.get(municipality, [])
        )
        return [(card, chunk) for card, chunk in cards if not chunk.untrusted]

    def municipalities(self) -> list[str]:
        return self._municipality_names

    def chunks_of_municipality(self, municipality: str | None) -> list[Chunk]:
        return [c for c in self._by_municipality.get(municipality, []) if not c.untrusted]

    def criteria_chunks(self, municipality: str) -> list[Chunk]:
        """The passages whose criteria are that municipality's own (not another's)."""
        return [c for c in self.chunks_of_municipality(municipality) if not c.foreign]

    def chunks_of_source(self, source: str) -> list[Chunk]:
        return [c for c in self._by_source.get(source, []) if not c.untrusted]

    def query_vector(self, text: str) -> list[float]:
        """The embedding of a question (remembered: one answer asks for it more than once)."""
        return self.vectors.query_vector(text)

    def passage_vectors(self, texts: Sequence[str]) -> list[list[float]]:
        """Embeddings of passage texts (sentences to rank), remembered per generation."""
        cache: dict[str, list[float]] = self.memo("passage_vectors", dict)
        todo = [t for t in dict.fromkeys(texts) if t not in cache]
        if todo:
            for text, vector in zip(todo, self.vectors.embed_passages(todo), strict=True):
                cache[text] = vector
        return [cache[t] for t in texts]

    def search(
        self,
        query: str,
        k: int,
        municipalities: Sequence[str] | None = None,
        lexical_query: str | None = None,
    ) -> list[Passage]:
        """Top-k passages, fused; ``municipalities`` limits the search ("" = general).
        ``lexical_query`` replaces ``query`` on the BM25 side (typos corrected, English
        words given in Swedish); the embedding model reads the question as written."""
        self.refresh()
        settings = self.settings
        chunks, lexical = self._chunks, self._lexical
        if not chunks:
            return []

        def usable(chunk_id: str) -> bool:
            chunk = chunks.get(chunk_id)
            if chunk is None or chunk.untrusted:
                return False
            # Scoped to a municipality: not a passage that speaks for another one.
            return municipalities is None or not chunk.municipality or not chunk.foreign

        dense_hits = [
            h
            for h in self.vectors.search(query, settings.candidate_k, municipalities)
            if usable(h.chunk_id)
        ]
        lexical_hits = []
        if lexical is not None:
            lexical_hits = [
                h
                for h in lexical.search(
                    lexical_query or query, settings.candidate_k, municipalities
                )
                if usable(h.chunk_id)
            ]
        fused: dict[str, dict[str, float]] = {}
        for rank, hit in enumerate(dense_hits, start=1):
            entry = fused.setdefault(hit.chunk_id, {})
            entry["dense"], entry["dense_rank"] = hit.score, rank
        for rank, lhit in enumerate(lexical_hits, start=1):
            entry = fused.setdefault(lhit.chunk_id, {})
            entry["lexical"], entry["lexical_rank"] = lhit.score, rank
        passages = []
        for chunk_id, e in fused.items():
            score = 0.0
            if "dense_rank" in e:
                score += settings.dense_weight / (settings.rrf_k + e["dense_rank"])
            if "lexical_rank" in e:
                score += settings.lexical_weight / (settings.rrf_k + e["lexical_rank"])
            passages.append(
                Passage(
                    chunk=chunks[chunk_id],
                    score=score,
                    dense=e.get("dense"),
                    lexical=e.get("lexical"),
                    dense_rank=_int(e.get("dense_rank")),
                    lexical_rank=_int(e.get("lexical_rank")),
                )
            )
        passages.sort(key=lambda p: -p.score)
        return passages[:k]


def card_from_dict(data: dict[str, Any]) -> ContactCard:
    return ContactCard(**{**data, "span": tuple(data["span"])})


def _int(value: float | None) -> int | None:
    return None if value is None else int(value)


class HybridRetriever(BaseRetriever):
    """LangChain's retriever interface over :class:`IndexReader` (for chains and tools)."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    reader: IndexReader
    k: int = 6
    municipalities: list[str] | None = None

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun
    ) -> list[Document]:
        return [
            Document(
                id=p.chunk.chunk_id,
                page_content=p.chunk.text,
                metadata={
                    "source": p.chunk.source,
                    "municipality": p.chunk.municipality,
                    "title": p.chunk.title,
                    "page": p.chunk.page,
                    "score": p.score,
                    "dense": p.dense,
                    "lexical": p.lexical,
                },
            )
            for p in self.reader.search(query, self.k, self.municipalities)
        ]
