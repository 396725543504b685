"""The Chroma adapter: one index generation's vectors, embedded on disk by default (a
persist folder per generation), a collection per generation on a Chroma server when a
host is set.

Writes go through the chromadb collection with vectors we computed (so embeddings are
batched and never computed twice); reads go through langchain-chroma. Only chromadb's
public API is used: clients, collections and ``Client.close`` (which stops the System
with its last client). A generation is never written once readers have it, so a reader
opens it once and never needs to reopen it. Copying a generation's vectors cheaply has
no public call: ``vector_copy.py`` copies a sealed persist folder's files and checks them.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from langchain_core.embeddings import Embeddings

from assistant.core.settings import Settings
from assistant.index.generations import Generation

log = logging.getLogger(__name__)

_BATCH = 1000
_QUERY_CACHE = 256


@dataclass(frozen=True)
class VectorHit:
    chunk_id: str
    score: float  # cosine similarity, higher is better


class ModelMismatchError(RuntimeError):
    """The index was built with another embedding model than the one configured."""


def open_client(settings: Settings, generation: Generation | None) -> Any:
    """A chromadb client for ``generation`` (any on a server); the caller closes it."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    if settings.chroma_host:
        return chromadb.HttpClient(
            host=settings.chroma_host, port=settings.chroma_port, settings=chroma_settings
        )
    if generation is None:
        raise ValueError("embedded Chroma needs a generation's folder")
    generation.chroma_path.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(generation.chroma_path), settings=chroma_settings)


def collection_metadata(model: str) -> dict[str, str]:
    return {"hnsw:space": "cosine", "embedding_model": model}


class VectorIndex:
    """One generation's vectors keyed by chunk id, with the municipality as a filterable
    field. Without a generation (nothing built yet) it holds nothing and finds nothing."""

    def __init__(
        self,
        settings: Settings,
        embeddings: Embeddings,
        generation: Generation | None,
        create: bool = False,
    ) -> None:
        """``create``: a writer's new generation (the collection is made when missing).
        Readers open what exists and never create a generation's folder or collection."""
        self.generation = generation
        self._model = settings.embedding_model
        self._embeddings = embeddings
        self._query_cache: dict[str, list[float]] = {}
        self._cache_lock = threading.Lock()
        self._use_lock = threading.Lock()
        self._users = 0
        self._retired = self._closed = False
        self._client: Any = None
        self._collection: Any = None
        self._store: Any = None
        if generation is None:
            return
        if not (create or settings.chroma_host or generation.chroma_path.is_dir()):
            log.warning("generation %s has no vectors: lexical search only", generation.name)
            return
        from chromadb.errors import NotFoundError
        from langchain_chroma import Chroma

        self._client = open_client(settings, generation)
        try:
            self._collection = (
                self._client.get_or_create_collection(
                    generation.collection, metadata=collection_metadata(self._model)
                )
                if create
                else self._client.get_collection(generation.collection)
            )
        except NotFoundError:
            log.warning("generation %s has no vectors: lexical search only", generation.name)
            self._client.close()
            self._client = None
            return
        if not create and self.model not in (None, self._model):
            # A model change is being rebuilt: the old vectors cannot answer this model's
            # queries, so the old generation answers from BM25 until the new one is live.
            log.warning("generation %s has %s vectors: lexical search only", generation.name,
                        self.model)  # fmt: skip
            return
        self._store = Chroma(
            client=self._client, collection_name=generation.collection,
            embedding_function=embeddings,
        )  # fmt: skip

    # -- lifetime ---------------------------------------------------------------------
    def hold(self) -> None:
        """Keep the generation open for a search (``release`` when done)."""
        with self._use_lock:
            self._users += 1

    def release(self) -> None:
        with self._use_lock:
            self._users -= 1
            close = self._retired and self._users == 0 and not self._closed
            self._closed = self._closed or close
        if close:
            self._client.close()

    def close(self) -> None:
        """Let go of the generation: its client is closed once no search holds it (the
        chromadb System, and its vectors in memory, go with the last client)."""
        with self._use_lock:
            self._retired = True
            close = self._client is not None and self._users == 0 and not self._closed
            self._closed = self._closed or close
        if close:
            self._client.close()

    @contextlib.contextmanager
    def _held(self) -> Iterator[Any]:
        self.hold()
        try:
            yield None if self._closed else self._store
        finally:
            self.release()

    # -- what it holds ----------------------------------------------------------------
    @property
    def model(self) -> str | None:
        meta = (self._collection.metadata if self._collection is not None else None) or {}
        value = meta.get("embedding_model")
        return None if value is None else str(value)

    def check_model(self) -> None:
        if self.model not in (None, self._model):
            raise ModelMismatchError(
                f"The index was built with embedding model {self.model!r}, but "
                f"{self._model!r} is configured. Run `iop ingest --rebuild`."
            )

    def ids(self) -> set[str]:
        out: set[str] = set()
        if self._collection is None:
            return out
        offset = 0
        while True:
            got = self._collection.get(include=[], limit=10_000, offset=offset)
            out.update(got["ids"])
            if len(got["ids"]) < 10_000:
                return out
            offset += 10_000

    def count(self) -> int:
        return 0 if self._collection is None else int(self._collection.count())

    # -- writing (the ingest's new generation only) -----------------------------------
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

    # -- searching --------------------------------------------------------------------
    def embed_passages(self, texts: Sequence[str]) -> list[list[float]]:
        return self._embeddings.embed_documents(list(texts))

    def query_vector(self, query: str) -> list[float]:
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

    def search(
        self, query: str, k: int, municipalities: Sequence[str] | None = None
    ) -> list[VectorHit]:
        """Nearest chunks to the query, optionally only from the given municipalities."""
        if self._store is None:
            return []
        where: dict[str, Any] | None = None
        if municipalities is not None:
            values = list(municipalities)
            where = (
                {"municipality": values[0]}
                if len(values) == 1
                else {"municipality": {"$in": values}}
            )
        vector = self.query_vector(query)
        with self._held() as store:
            if store is None:  # closed: a reader has moved on to a newer generation
                return []
            hits = store.similarity_search_by_vector_with_relevance_scores(
                vector, k=k, filter=where
            )
        # Chroma's cosine "distance" is 1 - cosine similarity.
        return [VectorHit(str(doc.id), 1.0 - float(dist)) for doc, dist in hits]
