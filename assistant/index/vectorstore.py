"""The Chroma adapter: embedded on disk by default, a Chroma server when a host is set.

Writes go through the chromadb collection with vectors we computed (so embeddings
are batched and never computed twice); reads go through langchain-chroma.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from langchain_core.embeddings import Embeddings

from assistant.core.settings import Settings

log = logging.getLogger(__name__)

_BATCH = 1000
_REPAIR_INTERVAL_S = 2.0
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


# Opening a private chromadb System borrows the per-process cache; one thread at a time.
_SYSTEM_CACHE_LOCK = threading.Lock()


def _private_client(settings: Settings) -> tuple[Any, Any]:
    """A client on a chromadb System of its own, and that System.

    chromadb keeps one System per folder per process, and that System keeps the vector
    index in memory: vectors that another process (``iop ingest``) writes later stay
    invisible to it until the process restarts. A reader that wants to see them opens a
    System that is not shared (taken out of chromadb's cache right after it is made, the
    cache restored as it was), so that it can also stop it when done. chromadb has no
    public call for this; ``clear_system_cache`` would drop every folder's System.
    """
    from chromadb.api.shared_system_client import SharedSystemClient as Shared

    identifier = str(settings.index_path / "chroma")
    with _SYSTEM_CACHE_LOCK:
        shared = Shared._identifier_to_system.pop(identifier, None)
        refcount = Shared._identifier_to_refcount.pop(identifier, None)
        try:
            client = _client(settings)
            system = Shared._identifier_to_system.pop(identifier)
            Shared._identifier_to_refcount.pop(identifier, None)
        finally:
            if shared is not None:
                Shared._identifier_to_system[identifier] = shared
            if refcount is not None:
                Shared._identifier_to_refcount[identifier] = refcount
    return client, system


@dataclass
class _OwnSystem:
    """A System opened by ``reopen``: stopped when replaced and no search still uses it."""

    system: Any
    active: int = 0
    retired: bool = False


class VectorIndex:
    """Vectors keyed by chunk id, with the municipality as a filterable field."""

    def __init__(self, settings: Settings, embeddings: Embeddings, reader: bool = False) -> None:
        """``reader``: a long-lived reader (the app's) that follows other writers through
        ``reopen``; it gets a chromadb System of its own so that it can."""
        self._settings = settings
        self._name = settings.chroma_collection
        self._model = settings.embedding_model
        self._embeddings = embeddings
        self._query_cache: dict[str, list[float]] = {}
        self._cache_lock = threading.Lock()
        self._state_lock = threading.Lock()
        self._own: _OwnSystem | None = None
        self._last_repair = 0.0
        if reader and not settings.chroma_host:
            self._client, system = _private_client(settings)
            self._own = _OwnSystem(system)
        else:
            self._client = _client(settings)
        self._collection, self._store = self._open(self._client)

    def _open(self, client: Any) -> tuple[Any, Any]:
        from langchain_chroma import Chroma

        collection = client.get_or_create_collection(
            self._name, metadata={"hnsw:space": "cosine", "embedding_model": self._model}
        )
        store = Chroma(
            client=client, collection_name=self._name, embedding_function=self._embeddings
        )
        return collection, store

    def reopen(self) -> None:
        """See what other processes wrote since this index was opened (embedded mode;
        a Chroma server always answers from its current state)."""
        if self._settings.chroma_host:
            return
        client, system = _private_client(self._settings)
        collection, store = self._open(client)
        with self._state_lock:
            old = self._own
            self._client, self._collection, self._store = client, collection, store
            self._own = _OwnSystem(system)
            if old is not None:
                old.retired = True
            stop = old is not None and old.active == 0
        if stop and old is not None:
            old.system.stop()

    @contextlib.contextmanager
    def _reading(self) -> Iterator[Any]:
        """The current store, kept open while a search uses it."""
        with self._state_lock:
            store, own = self._store, self._own
            if own is not None:
                own.active += 1
        try:
            yield store
        finally:
            if own is not None:
                with self._state_lock:
                    own.active -= 1
                    stop = own.retired and own.active == 0
                if stop:
                    own.system.stop()

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
        self._collection, self._store = self._open(self._client)

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

    def _search(self, vector: list[float], k: int, where: dict[str, Any] | None) -> list[Any]:
        with self._reading() as store:
            hits: list[Any] = store.similarity_search_by_vector_with_relevance_scores(
                vector, k=k, filter=where
            )
        return hits

    def _search_after_repair(
        self, vector: list[float], k: int, where: dict[str, Any] | None
    ) -> list[Any]:
        """While another writer deletes vectors, a reader's in-memory index can still
        name ids whose records are gone ("Error finding id"). Reopen (at most every few
        seconds) and try once more; else answer from the lexical side alone."""
        from chromadb.errors import ChromaError

        now = time.monotonic()
        if self._own is not None and now - self._last_repair > _REPAIR_INTERVAL_S:
            self._last_repair = now
            log.info("vector index changed under the reader; reopening it")
            self.reopen()
            try:
                return self._search(vector, k, where)
            except ChromaError:
                pass
        log.warning("vector search failed while the index is being written; lexical only")
        return []

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
        from chromadb.errors import ChromaError

        vector = self.query_vector(query)
        try:
            hits = self._search(vector, k, where)
        except ChromaError:
            hits = self._search_after_repair(vector, k, where)
        # Chroma's cosine "distance" is 1 - cosine similarity.
        return [VectorHit(str(doc.id), 1.0 - float(dist)) for doc, dist in hits]
