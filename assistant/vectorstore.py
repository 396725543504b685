"""The Chroma adapter: embedded on disk by default, a Chroma server when a host is set.

Writes go through the chromadb collection with vectors we computed (so embeddings
are batched and never computed twice); reads go through langchain-chroma.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from langchain_core.embeddings import Embeddings

from assistant.settings import Settings

_BATCH = 1000
_QUERY_CACHE = 256


@dataclass(frozen=True)
class VectorHit:
    chunk_id: str
    score: float  # cosine similarity, higher is better


class ModelMismatchError(RuntimeError):
    """The index was built with another embedding model than the one configured."""


def _client(settings: Settings) -> Any:
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    if settings.chroma_host:
        return chromadb.HttpClient(
            host=settings.chroma_host, port=settings.chroma_port, settings=chroma_settings
        )
    path: Path = settings.index_path / "chroma"
    path.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(path), settings=chroma_settings)


class VectorIndex:
    """Vectors keyed by chunk id, with the municipality as a filterable field."""

    def __init__(self, settings: Settings, embeddings: Embeddings) -> None:
        self._client = _client(settings)
        self._name = settings.chroma_collection
        self._model = settings.embedding_model
        self._embeddings = embeddings
        self._query_cache: dict[str, list[float]] = {}
        self._cache_lock = threading.Lock()
        self._collection = self._open()

    def _open(self) -> Any:
        from langchain_chroma import Chroma

        collection = self._client.get_or_create_collection(
            self._name, metadata={"hnsw:space": "cosine", "embedding_model": self._model}
        )
        self._store = Chroma(
            client=self._client, collection_name=self._name, embedding_function=self._embeddings
        )
        return collection

    @property
    def model(self) -> str | None:
        meta = self._collection.metadata or {}
        value = meta.get("embedding_model")
        return None if value is None else str(value)

    def check_model(self) -> None:
        if self.model not in (None, self._model):
            raise ModelMismatchError(
                f"The index was built with embedding model {self.model!r}, but "
                f"{self._model!r} is configured. Run `iop ingest --rebuild`."
            )

    def reset(self) -> None:
        """Drop every vector (a rebuild, or a model change)."""
        with contextlib.suppress(Exception):
            self._client.delete_collection(self._name)
        self._collection = self._open()

    def ids(self) -> set[str]:
        out: set[str] = set()
        offset = 0
        while True:
            got = self._collection.get(include=[], limit=10_000, offset=offset)
            out.update(got["ids"])
            if len(got["ids"]) < 10_000:
                return out
            offset += 10_000

    def upsert(
        self,
        ids: Sequence[str],
        vectors: Sequence[Sequence[float]],
        texts: Sequence[str],
        metadatas: Sequence[dict[str, str | int | float | bool]],
    ) -> None:
        for start in range(0, len(ids), _BATCH):
            end = start + _BATCH
            self._collection.upsert(
                ids=list(ids[start:end]),
                embeddings=[list(v) for v in vectors[start:end]],
                documents=list(texts[start:end]),
                metadatas=list(metadatas[start:end]),
            )

    def delete(self, ids: Sequence[str]) -> None:
        for start in range(0, len(ids), _BATCH):
            self._collection.delete(ids=list(ids[start : start + _BATCH]))

    def _query_vector(self, query: str) -> list[float]:
        """Query embeddings, remembered: a question is often searched twice in one answer."""
        cached = self._query_cache.get(query)
        if cached is None:
            cached = self._embeddings.embed_query(query)
            with self._cache_lock:
                if len(self._query_cache) >= _QUERY_CACHE:
                    self._query_cache.pop(next(iter(self._query_cache)))
                self._query_cache[query] = cached
        return cached

    def clear_query_cache(self) -> None:
        """Forget remembered query vectors (benchmarks measure the embedding too)."""
        with self._cache_lock:
            self._query_cache.clear()

    def count(self) -> int:
        return int(self._collection.count())

    def search(
        self, query: str, k: int, municipalities: Sequence[str] | None = None
    ) -> list[VectorHit]:
        """Nearest chunks to the query, optionally only from the given municipalities."""
        where: dict[str, Any] | None = None
        if municipalities is not None:
            values = list(municipalities)
            where = (
                {"municipality": values[0]}
                if len(values) == 1
                else {"municipality": {"$in": values}}
            )
        vector = self._query_vector(query)
        hits = self._store.similarity_search_by_vector_with_relevance_scores(
            vector, k=k, filter=where
        )
        # Chroma's cosine "distance" is 1 - cosine similarity.
        return [VectorHit(str(doc.id), 1.0 - float(dist)) for doc, dist in hits]
