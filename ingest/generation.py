"""The index generation an ingest writes, beside the live one that readers keep using.

Every ingest that changes the index writes a new generation (a copy of the live one with
the run's changes, or an empty one for a rebuild) and switches readers to it at the end;
an ingest that finds nothing to change makes none and copies nothing. Why every ingest and
not only rebuilds: docs/architecture.md.

What a crash (kill -9, power loss) at each step leaves; the live generation is never
written, except for bookkeeping no answer reads (file stats, failure records):

1. ``clean_up``: generations other than the live one are removed (a half-built one of a
   killed run; the previous one, kept until now for readers that still had it open).
   Killed half-way: some are left, and the next run removes them.
2. ``start``: a folder gen-N beside the live one, with a copy of the live catalogue and
   vectors, or empty. Killed: a half-built folder no reader opens; the next run removes it.
3. The run's writes, into gen-N only (the pipeline's own write order keeps gen-N
   consistent after each document). Killed: as 2.
4. ``finish``: BM25 saved (by the pipeline), catalogue and Chroma closed, Chroma's files
   sealed, everything fsynced. Killed: as 2.
5. ``publish``: CURRENT replaced with os.replace, the commit point. Killed before it: the
   old generation is live; after it: the new one is.
6. The old generation stays on disk for readers in other processes that still have it
   open; the next run removes it (step 1).
"""

from __future__ import annotations

from langchain_core.embeddings import Embeddings

from assistant.core.settings import Settings
from assistant.index import generations
from assistant.index.catalog import Catalog
from assistant.index.generations import Generation
from assistant.index.lexical import LexicalIndex
from assistant.index.vector_copy import (
    copy_vectors,
    drop_collection,
    drop_vectors,
    seal,
    server_generations,
)
from assistant.index.vectorstore import VectorIndex


def clean_up(settings: Settings, live: Generation | None) -> None:
    """Remove every generation but the live one (step 1). Under the ingest lock."""
    for generation in generations.on_disk(settings):
        if live is None or generation.name != live.name:
            drop_vectors(settings, generation)
            generations.remove(generation)
    for name in server_generations(settings):
        if live is None or name != live.collection:
            drop_collection(settings, name)
    generations.remove_stale_pointers(settings)


class NextGeneration:
    """Where a run writes. Until ``start`` that is only bookkeeping, into the live
    catalogue; from ``start`` on everything goes into the new generation."""

    def __init__(self, settings: Settings, embeddings: Embeddings) -> None:
        self.settings = settings
        self._embeddings = embeddings
        self.live = generations.live(settings)
        # Named before the clean-up, so that a removed half-built name is never reused.
        self._name = generations.next_generation(settings).name
        clean_up(settings, self.live)
        self.target: Generation | None = None
        self._catalog: Catalog | None = None
        self._vectors: VectorIndex | None = None
        self.vector_ids: set[str] = set()
        # A live generation without a catalogue: a damaged one set aside by `--rebuild`.
        if self.live is not None and self.live.catalog_path.is_file():
            self._catalog = Catalog(self.live.catalog_path, create=False)

    @property
    def started(self) -> bool:
        return self.target is not None

    @property
    def catalog(self) -> Catalog:
        """The new generation's catalogue once started; before, the live one, for file
        stats and failures only (before the first build the run starts at once)."""
        assert self._catalog is not None, "no generation: start() first"
        return self._catalog

    @property
    def vectors(self) -> VectorIndex:
        assert self._vectors is not None, "vectors are written to a new generation only"
        return self._vectors

    def outdated(self) -> bool:
        """The live generation was built with another embedding model or record format."""
        return self._catalog is not None and self._catalog.needs_rebuild(
            self.settings.embedding_model
        )

    def incomplete(self) -> bool:
        """The live generation's BM25 is behind its catalogue (only an index written before
        generations can be: a run killed before its BM25 save)."""
        if self.live is None or self._catalog is None:
            return True
        built = LexicalIndex.current_generation(self.live.lexical_path)
        return built != self._catalog.generation

    def start(self, empty: bool = False) -> None:
        """Begin the new generation (step 2): empty, or a copy of the live one."""
        if self.target is not None:
            return
        settings = self.settings
        generations.check_free_disk(settings, self.live)
        target = generations.named(settings, self._name)
        target.root.mkdir(parents=True)
        if empty or self.live is None or self._catalog is None:
            catalog = Catalog(target.catalog_path)
        else:
            catalog = self._catalog.copy_to(target.catalog_path)
            copy_vectors(settings, self.live, target)
        catalog.mark_built(settings.embedding_model)
        if self._catalog is not None:
            self._catalog.close()
        self._catalog, self.target = catalog, target
        self._vectors = VectorIndex(settings, self._embeddings, target, create=True)
        self.vector_ids = self._vectors.ids()

    def finish(self) -> None:
        """Close, seal and publish the new generation (steps 4 and 5)."""
        assert self.target is not None
        self.close()
        seal(self.settings, self.target)
        generations.publish(self.settings, self.target)

    def close(self) -> None:
        """Let go of everything still open (after a failure the half-built generation is
        left for the next run to remove)."""
        if self._vectors is not None:
            self._vectors.close()
        if self._catalog is not None:
            self._catalog.close()
        self._vectors = self._catalog = None
