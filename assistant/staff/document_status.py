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
from assistant.index.catalog import Catalog
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
    documents, failures = {}, {}
    if settings.catalog_path.is_file():
        catalog = Catalog(settings.catalog_path)
        try:
            documents = {d.source: d for d in catalog.documents()}
            failures = {f.source: f for f in catalog.failures()}
        finally:
            catalog.close()
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
    catalog = Catalog(settings.catalog_path)
    try:
        return freshness.stale_documents(catalog.documents(), today, settings.max_source_age_years)
    finally:
        catalog.close()
