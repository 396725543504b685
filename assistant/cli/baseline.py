"""LangChain's tutorial RAG retrieval, as the baseline `iop eval` compares against.

RecursiveCharacterTextSplitter(1000, 200) over each file's raw text, the same embedding
model, an ephemeral Chroma collection and `similarity_search(k=5)`: no cleaning, no
structure, no municipality filter, no lexical side, no relevance floor.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from langchain_core.documents import Document
from langchain_core.embeddings import Embeddings

from assistant.core.settings import LoadLimits
from ingest.errors import IngestError
from ingest.loaders import load
from ingest.pipeline import scan_corpus


@dataclass
class BaselineRetriever:
    """Tutorial pipeline over the corpus folder; `search` returns the top-k documents."""

    store: object

    @classmethod
    def build(cls, corpus: Path, embeddings: Embeddings, limits: LoadLimits) -> BaselineRetriever:
        import chromadb
        from chromadb.config import Settings as ChromaSettings
        from langchain_chroma import Chroma
        from langchain_text_splitters import RecursiveCharacterTextSplitter

        splitter = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200)
        docs: list[Document] = []
        files, _ = scan_corpus(corpus)
        for file in files:
            try:
                text = load(file.path, limits).text
            except IngestError:
                continue
            docs += splitter.create_documents([text], metadatas=[{"source": file.rel}])
        client = chromadb.EphemeralClient(settings=ChromaSettings(anonymized_telemetry=False))
        store = Chroma(
            client=client,
            collection_name=f"baseline-{uuid.uuid4().hex[:8]}",
            embedding_function=embeddings,
        )
        if docs:
            store.add_documents(docs)
        return cls(store)

    def search(self, question: str, k: int = 5) -> list[Document]:
        return self.store.similarity_search(question, k=k)  # type: ignore[attr-defined, no-any-return]
