"""The crash loop's checks of an index written by another process: readable after a kill,
and exactly the corpus after a completed run (catalogue, Chroma and BM25)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from assistant.core.settings import Settings
from assistant.core.storage import connect


@dataclass
class Expected:
    """What the index must hold once an ingest completes."""

    markers: dict[str, str] = field(default_factory=dict)  # rel -> marker of current version
    municipality: dict[str, str] = field(default_factory=dict)  # rel -> expected name
    dead: set[str] = field(default_factory=set)  # markers of old versions and deleted files


def hash_settings(corpus: Path, data: Path) -> Settings:
    """The settings of an index built with the hash embedder (the crash loop's)."""
    return Settings(
        _env_file=None,  # type: ignore[call-arg]
        corpus_dir=corpus,
        data_dir=data,
        embedding_model="hash",
    )


def forget_chroma() -> None:
    """Forget this process's cached Chroma state: another process wrote the index."""
    from chromadb.api.client import SharedSystemClient

    SharedSystemClient.clear_system_cache()


def check_readable(settings: Settings) -> str:
    """After a kill: the index opens, searches work, readers see only catalogued chunks.

    Returns what the kill left behind, for the log.
    """
    from assistant.index.catalog import Catalog
    from assistant.index.embeddings import HashEmbeddings
    from assistant.index.lexical import LexicalIndex
    from assistant.index.reader import IndexReader

    if not settings.catalog_path.exists():
        return "no catalogue yet"  # killed before it was created: nothing to read
    with connect(settings.catalog_path) as db:
        integrity = db.execute("PRAGMA integrity_check").fetchone()[0]
    assert integrity == "ok", f"catalogue damaged: {integrity}"
    forget_chroma()
    catalog = Catalog(settings.catalog_path)
    try:
        live = catalog.chunk_ids()
        for doc in catalog.documents():
            got = len(catalog.chunks_of(doc.source))
            listed = doc.chunk_count
            assert got == listed, f"{doc.source}: {got} chunks, {listed} listed"
        reader = IndexReader(settings, HashEmbeddings())
        for municipalities in (None, ["Malmö"], ["Lund", ""]):
            passages = reader.search("kriterier för idéburet partnerskap", 10, municipalities)
            assert {p.chunk.chunk_id for p in passages} <= live, "reader saw unlisted chunks"
            if live and municipalities is None:
                assert passages, "a non-empty index found nothing"
        dense = reader.vectors.search("föreningen kontaktar förvaltningen", 20)
        assert all(-1.01 <= hit.score <= 1.01 for hit in dense)
        stored = reader.vectors.ids()
        lexical = LexicalIndex.load(settings.lexical_path)
        if lexical is not None:
            lexical.search("partnerskap", 5, None)
        reader.catalog.close()
        return (
            f"{len(stored - live)} stray vectors, {len(live - stored)} unvectored chunks, "
            f"generation {catalog.generation}, BM25 at "
            f"{lexical.generation if lexical else None}"
        )
    finally:
        catalog.close()
        forget_chroma()


def check_exact(settings: Settings, expected: Expected) -> None:
    """After a completed run: the index is the corpus, exactly."""
    from assistant.index.catalog import Catalog
    from assistant.index.embeddings import HashEmbeddings
    from assistant.index.lexical import LexicalIndex
    from assistant.index.vectorstore import VectorIndex
    from ingest.pipeline import content_hash, scan_corpus, vector_metadata

    forget_chroma()
    catalog = Catalog(settings.catalog_path)
    try:
        files, _ = scan_corpus(settings.corpus_dir)
        on_disk = {f.rel: f for f in files}
        documents = {d.source: d for d in catalog.documents()}
        assert set(documents) == set(on_disk) == set(expected.markers), sorted(
            set(documents) ^ set(on_disk)
        )
        for rel, doc in documents.items():
            assert doc.sha256 == content_hash(on_disk[rel]), f"{rel}: stale sha256"
            assert doc.municipality == expected.municipality[rel], rel
        chunks = catalog.all_chunks()
        by_source: dict[str, str] = {}
        for chunk in chunks:
            by_source[chunk.source] = by_source.get(chunk.source, "") + chunk.text
            assert chunk.municipality == documents[chunk.source].municipality
        for rel, marker in expected.markers.items():
            assert marker in by_source.get(rel, ""), f"{rel}: current version missing"
        catalogued_text = "\n".join(by_source.values())
        stale = [m for m in expected.dead if m in catalogued_text]
        assert not stale, f"old or deleted versions in the catalogue: {stale}"

        vectors = VectorIndex(settings, HashEmbeddings())
        got = vectors._collection.get(include=["documents", "metadatas"])
        stored = dict(zip(got["ids"], zip(got["documents"], got["metadatas"], strict=True),
                          strict=True))  # fmt: skip
        live = {c.chunk_id: c for c in chunks}
        assert set(stored) == set(live), (
            f"Chroma ids != catalogue ids: {len(set(stored) - set(live))} extra, "
            f"{len(set(live) - set(stored))} missing"
        )
        for chunk_id, (text, metadata) in stored.items():
            assert text == live[chunk_id].text, f"{chunk_id}: Chroma text differs"
            assert metadata == vector_metadata(live[chunk_id]), f"{chunk_id}: metadata"
        chroma_text = "\n".join(text for text, _ in stored.values())
        stale = [m for m in expected.dead if m in chroma_text]
        assert not stale, f"old or deleted versions in Chroma: {stale}"
        assert vectors.model == "hash"

        lexical = LexicalIndex.load(settings.lexical_path)
        assert lexical is not None and lexical.generation == catalog.generation
        assert set(lexical.chunk_ids) == set(live), "BM25 ids != catalogue ids"
    finally:
        catalog.close()
        forget_chroma()
