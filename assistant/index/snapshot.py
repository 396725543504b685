"""One index generation loaded for reading: everything a question needs, built once.

A reader swaps a whole snapshot when a newer generation goes live, so that a search
never mixes two generations; the old one answers until then.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from langchain_core.embeddings import Embeddings

from assistant.core.contacts import ContactCard
from assistant.core.documents import Chunk
from assistant.core.settings import Settings
from assistant.index.catalog import Catalog, DocumentRow
from assistant.index.generations import Generation
from assistant.index.lexical import LexicalIndex
from assistant.index.vectorstore import VectorIndex


@dataclass
class Snapshot:
    generation: Generation | None  # None: nothing built yet
    vectors: VectorIndex
    lexical: LexicalIndex | None = None
    documents: dict[str, DocumentRow] = field(default_factory=dict)
    chunks: dict[str, Chunk] = field(default_factory=dict)
    cards: list[tuple[ContactCard, Chunk]] = field(default_factory=list)
    # Built once per generation, so that no question scans every chunk.
    by_municipality: dict[str | None, list[Chunk]] = field(default_factory=dict)
    by_source: dict[str, list[Chunk]] = field(default_factory=dict)
    cards_by_municipality: dict[str | None, list[tuple[ContactCard, Chunk]]] = field(
        default_factory=dict
    )
    municipality_names: list[str] = field(default_factory=list)
    memo: dict[Any, Any] = field(default_factory=dict)  # results of ``IndexReader.memo``

    @property
    def name(self) -> str | None:
        return None if self.generation is None else self.generation.name

    def close(self) -> None:
        self.vectors.close()


def empty(settings: Settings, embeddings: Embeddings) -> Snapshot:
    return Snapshot(None, VectorIndex(settings, embeddings, None))


def load(settings: Settings, embeddings: Embeddings, generation: Generation) -> Snapshot:
    """Read a live generation. ``sqlite3.OperationalError`` when its catalogue is gone
    (a writer removed the generation: the caller reads the pointer again)."""
    catalog = Catalog(generation.catalog_path, create=False)
    try:
        documents = {d.source: d for d in catalog.documents()}
        chunks = {c.chunk_id: c for c in catalog.all_chunks()}
        stored_cards = catalog.contact_cards()
    finally:
        catalog.close()
    lexical = LexicalIndex.load(generation.lexical_path)
    cards = [
        (card_from_dict(card), chunks[chunk_id])
        for chunk_id, card in stored_cards
        if chunk_id in chunks
    ]
    snapshot = Snapshot(
        generation, VectorIndex(settings, embeddings, generation), lexical, documents, chunks,
        cards,
    )  # fmt: skip
    for chunk in chunks.values():
        snapshot.by_municipality.setdefault(chunk.municipality, []).append(chunk)
        snapshot.by_source.setdefault(chunk.source, []).append(chunk)
    for card, chunk in cards:
        snapshot.cards_by_municipality.setdefault(chunk.municipality, []).append((card, chunk))
    snapshot.municipality_names = sorted(
        {d.municipality for d in documents.values() if d.municipality}
    )
    return snapshot


def card_from_dict(data: dict[str, Any]) -> ContactCard:
    return ContactCard(**{**data, "span": tuple(data["span"])})
