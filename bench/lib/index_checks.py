"""The crash loop's checks of an index written by another process: after a kill, the
generation that was live before it still is, whole and answering (or, when the run got
as far as its switch, the new one, complete); after a completed run, the live generation
is exactly the corpus (catalogue, Chroma and BM25) and no half-built one is left."""

from __future__ import annotations

from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from assistant.core.settings import Settings
from assistant.core.storage import connect
from assistant.index import generations

# (live generation, {source: sha256}, chunk ids) as readers see them.
LiveState = tuple[str | None, dict[str, str], set[str]]


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


def live_state(settings: Settings) -> LiveState:
    """The live generation, its documents' hashes and its chunk ids, as readers see them."""
    from assistant.index.catalog import Catalog

    live = generations.live(settings)
    if live is None:
        return None, {}, set()
    catalog = Catalog(live.catalog_path, create=False)
    try:
        documents = {d.source: d.sha256 for d in catalog.documents()}
        return live.name, documents, catalog.chunk_ids()
    finally:
        catalog.close()


def documents_in_new_generation(settings: Settings, live: str) -> int:
    """Documents committed so far in a generation being built after ``live``."""
    import sqlite3

    number = generations.named(settings, live).number
    for generation in generations.on_disk(settings):
        if generation.number > number and generation.catalog_path.is_file():
            uri = f"file:{generation.catalog_path}?mode=ro"
            try:
                with closing(sqlite3.connect(uri, uri=True, timeout=0.1)) as db:
                    return int(db.execute("SELECT count(*) FROM documents").fetchone()[0])
            except sqlite3.Error:
                return 0  # being created or written right now
    return 0


def check_readable(settings: Settings, before: LiveState, expected: Expected) -> str:
    """After a kill: the generation live before it still is, unchanged and answering
    (unless the run got as far as its switch: then the new one is complete); readers see
    only catalogued chunks.

    Returns what the kill left behind, for the log.
    """
    from assistant.index.catalog import Catalog
    from assistant.index.embeddings import HashEmbeddings
    from assistant.index.reader import IndexReader

    live = generations.live(settings)
    if live is None:
        assert before[0] is None, f"the live generation {before[0]} is gone"
        return "no generation yet"  # killed during the first build
    with connect(live.catalog_path) as db:
        integrity = db.execute("PRAGMA integrity_check").fetchone()[0]
    assert integrity == "ok", f"catalogue damaged: {integrity}"
    switched = live.name != before[0]
    if switched:
        check_exact(settings, expected)  # published before the kill: it must be complete
    else:
        assert live_state(settings) == before, "the live generation changed under a kill"
    catalog = Catalog(live.catalog_path, create=False)
    reader = IndexReader(settings, HashEmbeddings())
    try:
        live_ids = catalog.chunk_ids()
        for doc in catalog.documents():
            got = len(catalog.chunks_of(doc.source))
            listed = doc.chunk_count
            assert got == listed, f"{doc.source}: {got} chunks, {listed} listed"
        assert reader.generation == live.name
        for municipalities in (None, ["Malmö"], ["Lund", ""]):
            passages = reader.search("kriterier för idéburet partnerskap", 10, municipalities)
            assert {p.chunk.chunk_id for p in passages} <= live_ids, "unlisted chunks"
            if live_ids and municipalities is None:
                assert passages, "a non-empty index found nothing"
        dense = reader.vectors.search("föreningen kontaktar förvaltningen", 20)
        assert all(-1.01 <= hit.score <= 1.01 for hit in dense)
        assert reader.vectors.ids() == live_ids, "the live generation has stray vectors"
        assert reader.lexical is None or set(reader.lexical.chunk_ids) == live_ids
        left = [g.name for g in generations.on_disk(settings) if g.number > live.number]
        return (
            f"{'switched to' if switched else 'still'} {live.name} with {len(live_ids)} "
            f"chunks; half-built: {', '.join(left) or 'none'}"
        )
    finally:
        reader.close()
        catalog.close()


def check_exact(settings: Settings, expected: Expected) -> None:
    """After a completed run: the live generation is the corpus, exactly."""
    from assistant.index.catalog import Catalog
    from assistant.index.embeddings import HashEmbeddings
    from assistant.index.lexical import LexicalIndex
    from assistant.index.vectorstore import VectorIndex
    from ingest.pipeline import content_hash, scan_corpus, vector_metadata

    live = generations.live(settings)
    assert live is not None, "no live generation"
    catalog = Catalog(live.catalog_path, create=False)
    vectors = VectorIndex(settings, HashEmbeddings(), live)
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

        got = vectors._collection.get(include=["documents", "metadatas"])
        stored = dict(zip(got["ids"], zip(got["documents"], got["metadatas"], strict=True),
                          strict=True))  # fmt: skip
        live_chunks = {c.chunk_id: c for c in chunks}
        assert set(stored) == set(live_chunks), (
            f"Chroma ids != catalogue ids: {len(set(stored) - set(live_chunks))} extra, "
            f"{len(set(live_chunks) - set(stored))} missing"
        )
        for chunk_id, (text, metadata) in stored.items():
            assert text == live_chunks[chunk_id].text, f"{chunk_id}: Chroma text differs"
            assert metadata == vector_metadata(live_chunks[chunk_id]), f"{chunk_id}: metadata"
        chroma_text = "\n".join(text for text, _ in stored.values())
        stale = [m for m in expected.dead if m in chroma_text]
        assert not stale, f"old or deleted versions in Chroma: {stale}"
        assert vectors.model == "hash"

        lexical = LexicalIndex.load(live.lexical_path)
        assert lexical is not None and lexical.generation == catalog.generation
        assert set(lexical.chunk_ids) == set(live_chunks), "BM25 ids != catalogue ids"
    finally:
        vectors.close()
        catalog.close()


def check_cleaned_up(settings: Settings) -> None:
    """After a completed run: no half-built generation is left, at most the previous
    one (kept for readers until the next run)."""
    live = generations.live(settings)
    assert live is not None
    on_disk = generations.on_disk(settings)
    names = [g.name for g in on_disk]
    assert live.name in names and len(names) <= 2, f"generations on disk: {names}"
    assert all(g.number <= live.number for g in on_disk), names
