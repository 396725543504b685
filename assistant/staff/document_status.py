"""What the staff page lists: each corpus file beside what the index knows of it, and
the indexed documents that need refreshing.

A document is ``indexed`` (file and index agree), ``changed`` (the file or its sidecar
changed since), ``new`` (not indexed yet), ``failed`` (the last ingest refused it) or
``removed`` (indexed, but the file is gone).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import PurePosixPath

from assistant.answers import freshness
from assistant.answers.freshness import SourceStatus
from assistant.core.settings import Settings
from assistant.index import generations
from assistant.index.catalog import Catalog, DocumentRow, FailureRow
from ingest.errors import MetadataError
from ingest.metadata import municipality_from_path
from ingest.sidecar import read_sidecar


@dataclass(frozen=True)
class DocumentStatus:
    """One document as the staff page lists it."""

    source: str
    municipality: str | None
    title: str
    doc_type: str | None
    date: str | None
    chunks: int | None
    indexed_at: float | None
    state: str  # indexed, changed, new, failed, removed
    error: str | None = None


def document_overview(settings: Settings) -> list[DocumentStatus]:
    """Corpus files and what the index knows of them, by path."""
    from ingest.pipeline import scan_corpus

    corpus = settings.corpus_dir
    files, _ = scan_corpus(corpus) if corpus.is_dir() else ([], [])
    indexed, failed = _indexed(settings)
    documents = {d.source: d for d in indexed}
    failures = {f.source: f for f in failed}
    rows: list[DocumentStatus] = []
    on_disk = {f.rel: f for f in files}
    for rel in sorted(set(on_disk) | set(documents) | set(failures)):
        doc, failure, file = documents.get(rel), failures.get(rel), on_disk.get(rel)
        if file is None:
            state = "removed"
        elif failure is not None:
            state = "failed"
        elif doc is None:
            state = "new"
        elif (doc.size, doc.mtime_ns, doc.extra.get("sidecar", "")) != (
            file.size,
            file.mtime_ns,
            file.sidecar_stamp,
        ):
            state = "changed"
        else:
            state = "indexed"
        if doc is not None:
            rows.append(
                DocumentStatus(
                    rel,
                    doc.municipality,
                    doc.title,
                    doc.doc_type,
                    doc.date,
                    doc.chunk_count,
                    doc.indexed_at,
                    state,
                    failure.reason if failure else None,
                )
            )
            continue
        sidecar: dict[str, str | None] = {}
        if file is not None:
            try:
                sidecar = read_sidecar(file.path)
            except MetadataError:
                sidecar = {}
        rows.append(
            DocumentStatus(
                rel,
                sidecar.get("municipality") or municipality_from_path(rel),
                sidecar.get("title") or PurePosixPath(rel).name,
                sidecar.get("doc_type"),
                sidecar.get("date"),
                None,
                None,
                state,
                failure.reason if failure else None,
            )
        )
    return rows


def stale_documents(settings: Settings, today: date) -> list[SourceStatus]:
    """Indexed documents whose agreement has ended or that are older than
    ``max_source_age_years``."""
    documents, _failures = _indexed(settings)
    return freshness.stale_documents(documents, today, settings.max_source_age_years)


def _indexed(settings: Settings) -> tuple[list[DocumentRow], list[FailureRow]]:
    """The live index generation's documents and failed files (none before the first
    build; looking creates nothing)."""
    generation = generations.live(settings)
    if generation is None:
        return [], []
    catalog = Catalog(generation.catalog_path, create=False)
    try:
        return catalog.documents(), catalog.failures()
    finally:
        catalog.close()
