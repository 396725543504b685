"""Hybrid retrieval: dense (Chroma) and lexical (BM25) fused by reciprocal rank.

A reader reads the live index generation (``generations.py``), which no ingest writes
once it is live; when an ingest publishes a newer one, the reader loads it beside the old
one and switches in one step, so that answers keep coming from the old one meanwhile.
"""

from __future__ import annotations

import sqlite3
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
from assistant.index import generations, snapshot
from assistant.index.catalog import DocumentRow
from assistant.index.lexical import LexicalIndex
from assistant.index.snapshot import Snapshot
from assistant.index.vectorstore import VectorIndex

GENERAL = ""  # the municipality value of documents that belong to no municipality
# A generation can be removed while it is being read (two ingests finished meanwhile):
# the pointer is read again, this many times.
_LOAD_ATTEMPTS = 5


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
    """Read access to the live index generation: loaded once, switched when an ingest
    publishes a newer one."""

    def __init__(self, settings: Settings, embeddings: Embeddings) -> None:
        self.settings = settings
        self._embeddings = embeddings
        self._loading = threading.Lock()  # one thread loads a new generation
        self._swap = threading.Lock()  # the switch, and pinning a snapshot for a search
        self._snap = snapshot.empty(settings, embeddings)
        self.refresh()

    def refresh(self) -> None:
        """Switch to a newer generation if an ingest has published one since the last look.

        While one thread loads it, the others go on answering from the current one
        (they wait only when there is none yet)."""
        live = generations.live(self.settings)
        if (live.name if live else None) == self._snap.name:
            return
        if not self._loading.acquire(blocking=self._snap.generation is None):
            return
        try:
            new = self._load_live()
            if new is None:
                return
            with self._swap:
                old, self._snap = self._snap, new
            old.close()  # its vectors are let go once no search holds them
        finally:
            self._loading.release()

    def _load_live(self) -> Snapshot | None:
        for _attempt in range(_LOAD_ATTEMPTS):
            live = generations.live(self.settings)
            if (live.name if live else None) == self._snap.name:
                return None
            if live is None:
                return snapshot.empty(self.settings, self._embeddings)
            try:
                new = snapshot.load(self.settings, self._embeddings, live)
            except sqlite3.OperationalError:
                if live.catalog_path.is_file():
                    raise
                continue  # removed while being opened: a newer one is live
            if live.catalog_path.is_file():
                return new
            new.close()
        raise RuntimeError("the index changed too often while it was being read")

    def close(self) -> None:
        """Let go of the generation (its vectors in memory go with it)."""
        self._snap.close()

    def _pinned(self) -> Snapshot:
        with self._swap:
            snap = self._snap
            snap.vectors.hold()
        return snap

    @property
    def generation(self) -> str | None:
        """The name of the generation this reader answers from (None: nothing built)."""
        return self._snap.name

    @property
    def vectors(self) -> VectorIndex:
        return self._snap.vectors

    @property
    def lexical(self) -> LexicalIndex | None:
        return self._snap.lexical

    @property
    def documents(self) -> dict[str, DocumentRow]:
        return self._snap.documents

    @property
    def chunks(self) -> dict[str, Chunk]:
        return self._snap.chunks

    @property
    def is_empty(self) -> bool:
        return not self._snap.chunks

    def memo(self, key: Any, compute: Callable[[], Any]) -> Any:
        """``compute()`` once per index generation and key (e.g. a municipality's criteria)."""
        cache = self._snap.memo
        if key not in cache:
            cache[key] = compute()
        return cache[key]

    def contact_cards(self, municipality: str | None = None) -> list[tuple[ContactCard, Chunk]]:
        """Cards found at ingest, with their chunk; one municipality's or all."""
        snap = self._snap
        cards = (
            snap.cards if municipality is None else snap.cards_by_municipality.get(municipality, [])
        )
        return [(card, chunk) for card, chunk in cards if not chunk.untrusted]

    def municipalities(self) -> list[str]:
        return self._snap.municipality_names

    def chunks_of_municipality(self, municipality: str | None) -> list[Chunk]:
        return [c for c in self._snap.by_municipality.get(municipality, []) if not c.untrusted]

    def criteria_chunks(self, municipality: str) -> list[Chunk]:
        """The passages whose criteria are that municipality's own (not another's)."""
        return [c for c in self.chunks_of_municipality(municipality) if not c.foreign]

    def chunks_of_source(self, source: str) -> list[Chunk]:
        return [c for c in self._snap.by_source.get(source, []) if not c.untrusted]

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
        snap = self._pinned()
        try:
            return self._search(snap, query, k, municipalities, lexical_query)
        finally:
            snap.vectors.release()

    def _search(
        self,
        snap: Snapshot,
        query: str,
        k: int,
        municipalities: Sequence[str] | None,
        lexical_query: str | None,
    ) -> list[Passage]:
        settings = self.settings
        chunks, lexical = snap.chunks, snap.lexical
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
            for h in snap.vectors.search(query, settings.candidate_k, municipalities)
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
