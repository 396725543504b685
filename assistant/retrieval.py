"""Hybrid retrieval: dense (Chroma) and lexical (BM25) fused by reciprocal rank.

The catalogue decides which chunks are live; hits that it does not know (left over
by an interrupted ingest) are dropped, so readers never see a half-written state.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.embeddings import Embeddings
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from assistant.contacts import ContactCard
from assistant.lexical import LexicalIndex
from assistant.settings import Settings
from assistant.vectorstore import VectorIndex
from ingest.catalog import Catalog, DocumentRow
from ingest.records import Chunk

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
        self.vectors = VectorIndex(settings, embeddings)
        self._lock = threading.Lock()
        self._lexical: LexicalIndex | None = None
        self._generation = -1
        self._documents: dict[str, DocumentRow] = {}
        self._chunks: dict[str, Chunk] = {}
        self._cards: list[tuple[ContactCard, Chunk]] = []
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
            documents = {d.source: d for d in self.catalog.documents()}
            chunks = {c.chunk_id: c for c in self.catalog.all_chunks()}
            lexical = LexicalIndex.load(self.settings.lexical_path)
            cards = [
                (card_from_dict(card), chunks[chunk_id])
                for chunk_id, card in self.catalog.contact_cards()
                if chunk_id in chunks
            ]
            self._documents, self._chunks, self._lexical = documents, chunks, lexical
            self._cards = cards
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

    def contact_cards(self, municipality: str | None = None) -> list[tuple[ContactCard, Chunk]]:
        """Cards found at ingest, with their chunk; one municipality's or all."""
        if municipality is None:
            return list(self._cards)
        return [(card, chunk) for card, chunk in self._cards if chunk.municipality == municipality]

    def municipalities(self) -> list[str]:
        names = {d.municipality for d in self._documents.values() if d.municipality}
        return sorted(names)

    def chunks_of_municipality(self, municipality: str | None) -> list[Chunk]:
        return [c for c in self._chunks.values() if c.municipality == municipality]

    def search(
        self, query: str, k: int, municipalities: Sequence[str] | None = None
    ) -> list[Passage]:
        """Top-k passages, fused; ``municipalities`` limits the search ("" = general)."""
        self.refresh()
        settings = self.settings
        chunks = self._chunks
        if not chunks:
            return []
        dense_hits = [
            h
            for h in self.vectors.search(query, settings.candidate_k, municipalities)
            if h.chunk_id in chunks
        ]
        lexical_hits = []
        if self._lexical is not None:
            lexical_hits = [
                h
                for h in self._lexical.search(query, settings.candidate_k, municipalities)
                if h.chunk_id in chunks
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
