"""Incremental ingest: bring the index in line with the corpus folder.

A run that changes anything writes a new index generation beside the live one and makes
it live at the end (``ingest/generation.py`` says what a crash at each of those steps
leaves); readers never see a generation being written. Inside the new generation the
order of writes is still: vectors first, then the document's catalogue transaction, then
the removal of vectors no longer referenced, and last the BM25 files, so that the
generation is consistent after every document, and stray vectors are collected before it
goes live.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from langchain_core.embeddings import Embeddings

from assistant.core import municipalities
from assistant.core.documents import SIDECAR_SUFFIX, Chunk, PageText, index_text
from assistant.core.settings import Settings
from assistant.core.storage import LockBusyError, file_lock
from assistant.index.catalog import Catalog, DocumentRow
from assistant.index.embeddings import make_embeddings
from assistant.index.lexical import LexicalIndex
from ingest.chunk import chunk_document
from ingest.clean import clean_text
from ingest.contacts.cards import extract_contacts
from ingest.dates.facts import read_time_facts
from ingest.errors import IngestError
from ingest.generation import NextGeneration
from ingest.loaders import SUPPORTED_SUFFIXES, load
from ingest.metadata import infer_metadata
from ingest.report import FileFailure, IngestReport
from ingest.screen import screen
from ingest.sidecar import read_sidecar

# Bump when loaders, cleaning or chunking change what a file turns into.
# 8: a "Name, title" line above contact details kept with them, running lines' switchboard
# and meeting date kept, Markdown hard wraps rejoined
# 9: PDF tables drawn with rules read as rows, a sentence cut by a page break read whole
# 10: a trail of page links ("Start › Nyheter › …") dropped as navigation
# 11: a contact card's labelled field ("Telefontid: …") between its details keeps it whole
# 12: only the cut sentence crosses a page break; stricter trails and card fields
# 13: a document's compounds split by a head of general Swedish ("läges|rapport")
# 14: a name with its role after it ("Maria Fransson, utvecklingsstrateg") heads a card
# with a function mailbox, also across a web card's blank line; a person card named by its
# heading ("## Anders Holmqvist") that the e-mail address confirms
# 15: a Markdown file is a web page unless its words say otherwise (as .txt and .html)
# 16: an HTML <br> is a line break within its paragraph, not a new paragraph; "Ring Sofia
# Nyström." heads the card below it
# 17: the contact cards of a sidebar <aside> beside <main>, under their own headings
# 18: a number's name from its own sentence ("Anna Berg, 070-… . Lisa Ek, 070-…"); a call
# to an office names no person; kundcenter is a service desk
# 19–24: see the commits that set them
# 25: a checklist's boxes ("☐") start items; a footer's shared mailbox that says what it
# is for kept; a label before a name ("Frågor om IOP: Karin …") left out of it
PIPELINE_VERSION = "27"
_IGNORED_NAMES = {"README.md", "sources.yaml", "sources.yml"}
_EMBED_BATCH_CHUNKS = 256

Progress = Callable[[str, int, int], None]


class IngestBusyError(LockBusyError):
    """Another ingest holds the index lock."""


@dataclass(frozen=True)
class CorpusFile:
    path: Path
    rel: str
    size: int
    mtime_ns: int
    sidecar_stamp: str  # size:mtime of the sidecar, "" when none


@dataclass
class _Pending:
    file: CorpusFile
    row: DocumentRow
    chunks: list[Chunk]
    is_new: bool


def scan_corpus(corpus: Path) -> tuple[list[CorpusFile], dict[str, str]]:
    """The corpus files to index, and the skipped ones with why (by relative path).

    A symbolic link is followed only while it stays inside the corpus folder: one that
    leads out would put a file nobody placed in the corpus into public answers.
    """
    files: list[CorpusFile] = []
    skipped: dict[str, str] = {}
    root = corpus.resolve()
    for path in sorted(corpus.rglob("*")):
        rel = path.relative_to(corpus).as_posix()
        if not path.is_file() or any(part.startswith(".") for part in Path(rel).parts):
            continue
        if path.name.endswith(SIDECAR_SUFFIX) or path.name in _IGNORED_NAMES:
            continue
        if not path.resolve().is_relative_to(root):
            skipped[rel] = "a link to a file outside the corpus folder"
            continue
        if path.suffix.lower() not in SUPPORTED_SUFFIXES:
            skipped[rel] = "unsupported file type"
            continue
        st = path.stat()
        sidecar = path.with_name(path.name + SIDECAR_SUFFIX)
        stamp = ""
        if sidecar.exists():
            sst = sidecar.stat()
            stamp = f"{sst.st_size}:{sst.st_mtime_ns}"
        files.append(CorpusFile(path, rel, st.st_size, st.st_mtime_ns, stamp))
    return files, skipped


def content_hash(file: CorpusFile) -> str:
    digest = hashlib.sha256(PIPELINE_VERSION.encode())
    digest.update(file.path.read_bytes())
    sidecar = file.path.with_name(file.path.name + SIDECAR_SUFFIX)
    if sidecar.exists():
        digest.update(b"\0sidecar\0" + sidecar.read_bytes())
    return digest.hexdigest()


def parse_file(file: CorpusFile, settings: Settings) -> tuple[DocumentRow, list[Chunk]]:
    """Load, clean, describe and chunk one file. Raises IngestError for bad input."""
    loaded = load(file.path, settings.load_limits)
    sidecar = read_sidecar(file.path)
    pages = tuple(PageText(p.page, clean_text(p.text)) for p in loaded.pages)
    text = "\n\n".join(p.text for p in pages)
    if not text.strip():
        from ingest.errors import EmptyFileError

        raise EmptyFileError("no readable text after cleaning")
    meta = infer_metadata(file.rel, text, loaded.title, loaded.metadata, sidecar)
    time_facts = read_time_facts(text, meta.date)
    doc_id = hashlib.sha256(file.rel.encode()).hexdigest()[:16]
    chunks = [screen(c) for c in chunk_document(pages, meta, file.rel, doc_id, settings.chunk_size)]
    row = DocumentRow(
        source=file.rel,
        doc_id=doc_id,
        size=file.size,
        mtime_ns=file.mtime_ns,
        sha256="",  # filled in by the caller, which already hashed the file
        municipality=meta.municipality,
        title=meta.title,
        doc_type=meta.doc_type,
        date=meta.date,
        source_url=meta.source_url,
        chunk_count=len(chunks),
        indexed_at=time.time(),
        extra={
            "sidecar": file.sidecar_stamp,
            "time": time_facts.as_dict(),
            "pipeline": PIPELINE_VERSION,
        },
    )
    return row, chunks


@contextmanager
def ingest_lock(settings: Settings) -> Iterator[None]:
    try:
        with file_lock(settings.index_path / "ingest.lock", "another ingest is running"):
            yield
    except LockBusyError as exc:
        raise IngestBusyError(str(exc)) from exc


class Indexer:
    """Runs ingests against one index; the embedder loads on first need."""

    def __init__(self, settings: Settings, embeddings: Embeddings | None = None) -> None:
        self.settings = settings
        self._embeddings = embeddings

    @property
    def embeddings(self) -> Embeddings:
        if self._embeddings is None:
            self._embeddings = make_embeddings(
                self.settings.embedding_model, self.settings.embedding_batch_size
            )
        return self._embeddings

    def run(self, rebuild: bool = False, progress: Progress | None = None) -> IngestReport:
        with ingest_lock(self.settings):
            return self._run(rebuild, progress or (lambda _e, _d, _t: None))

    def _run(self, rebuild: bool, progress: Progress) -> IngestReport:
        started = time.perf_counter()
        settings = self.settings
        report = IngestReport()
        build = NextGeneration(settings, self.embeddings)
        try:
            if rebuild or build.outdated():
                # Another model makes every stored vector meaningless: a fresh generation,
                # while the old one answers until the new one is live.
                build.start(empty=True)
                report.rebuilt = True
            elif build.incomplete():
                build.start()

            files, report.skip_reasons = scan_corpus(settings.corpus_dir)
            report.skipped = list(report.skip_reasons)
            known = {d.source: d for d in build.catalog.documents()}
            pending: list[_Pending] = []
            pending_new_chunks = 0

            for done, file in enumerate(files, start=1):
                progress(file.rel, done - 1, len(files))
                previous = known.get(file.rel)
                if (
                    previous is not None
                    and (previous.size, previous.mtime_ns) == (file.size, file.mtime_ns)
                    and previous.extra.get("sidecar", "") == file.sidecar_stamp
                    # A new way of reading files re-reads them, changed or not.
                    and previous.extra.get("pipeline") == PIPELINE_VERSION
                ):
                    report.unchanged.append(file.rel)
                    continue
                try:
                    sha = content_hash(file)
                    if previous is not None and previous.sha256 == sha:
                        build.catalog.touch_document(
                            file.rel, file.size, file.mtime_ns, file.sidecar_stamp
                        )
                        report.unchanged.append(file.rel)
                        continue
                    row, chunks = parse_file(file, settings)
                except IngestError as exc:
                    report.failed.append(FileFailure(file.rel, exc.reason, exc.code))
                    build.catalog.record_failure(file.rel, exc.code, exc.reason, None)
                    continue
                except OSError as exc:
                    reason = f"could not read the file: {exc.strerror or exc}"
                    report.failed.append(FileFailure(file.rel, reason, "unreadable"))
                    build.catalog.record_failure(file.rel, "unreadable", reason, None)
                    continue
                build.start()  # the first real change: from here on, a new generation
                row = DocumentRow(**{**row.__dict__, "sha256": sha})
                pending.append(_Pending(file, row, chunks, previous is None))
                pending_new_chunks += sum(c.chunk_id not in build.vector_ids for c in chunks)
                if pending_new_chunks >= _EMBED_BATCH_CHUNKS:
                    self._flush(pending, build, report)
                    pending, pending_new_chunks = [], 0
            self._flush(pending, build, report)
            progress("", len(files), len(files))

            on_disk = {f.rel for f in files}
            gone = sorted(set(known) - on_disk)
            if gone:
                build.start()
            for source in gone:
                build.vectors.delete(build.catalog.remove_document(source))
                report.removed.append(source)
            for failure in build.catalog.failures():
                if failure.source not in on_disk:
                    build.catalog.clear_failure(failure.source)

            live = build.catalog.chunk_ids()
            report.chunks = len(live)
            if build.started:
                build.vectors.delete(sorted(build.vectors.ids() - live))  # strays, if any
                self._save_lexical(build)
                build.finish()
        finally:
            build.close()
        report.seconds = time.perf_counter() - started
        return report

    def _flush(self, pending: list[_Pending], build: NextGeneration, report: IngestReport) -> None:
        if not pending:
            return
        catalog, vectors, vector_ids = build.catalog, build.vectors, build.vector_ids
        known = [c for p in pending for c in p.chunks if c.chunk_id in vector_ids]
        stale = _stale_vectors(known, catalog)
        todo = {
            c.chunk_id: c
            for p in pending
            for c in p.chunks
            if c.chunk_id not in vector_ids or c.chunk_id in stale
        }
        if todo:
            chunks = list(todo.values())
            embedded = self.embeddings.embed_documents([index_text(c) for c in chunks])
            vectors.upsert(
                [c.chunk_id for c in chunks],
                embedded,
                [c.text for c in chunks],
                [vector_metadata(c) for c in chunks],
            )
            vector_ids.update(todo)
            report.embedded += len(chunks)
        for p in pending:
            dropped = catalog.replace_document(p.row, p.chunks, contact_cards(p.chunks))
            vectors.delete(dropped)
            vector_ids.difference_update(dropped)
            (report.added if p.is_new else report.updated).append(p.file.rel)

    def _save_lexical(self, build: NextGeneration) -> None:
        """The new generation's BM25 files, built from its catalogue."""
        assert build.target is not None
        catalog = build.catalog
        rows = [(c.chunk_id, c.municipality or "", index_text(c)) for c in catalog.all_chunks()]
        LexicalIndex.build(rows, catalog.generation).save(build.target.lexical_path)


def _stale_vectors(chunks: list[Chunk], catalog: Catalog) -> set[str]:
    """Ids among ``chunks`` whose stored vector does not fit the chunk any more.

    A chunk id covers the passage text only, but the vector embeds the title and
    headings, and Chroma filters on the municipality: a sidecar edit changes those and
    keeps the id. A vector the catalogue does not list (an index written before
    generations may hold some, left by a killed run) is redone.
    """
    indexed = catalog.chunks_by_id(c.chunk_id for c in chunks) if chunks else {}
    return {
        c.chunk_id
        for c in chunks
        if (old := indexed.get(c.chunk_id)) is None
        or index_text(old) != index_text(c)
        or vector_metadata(old) != vector_metadata(c)
    }


def contact_cards(chunks: list[Chunk]) -> dict[str, list[dict[str, Any]]]:
    """Contact cards per chunk, found once at ingest (see assistant/contacts.py)."""
    out: dict[str, list[dict[str, Any]]] = {}
    for chunk in chunks:
        organisation = (
            municipalities.organisation(chunk.municipality) if chunk.municipality else None
        )
        heading = chunk.heading_path[-1] if chunk.heading_path else None
        cards = extract_contacts(chunk.text, organisation, heading)
        if cards:
            out[chunk.chunk_id] = [asdict(card) for card in cards]
    return out


def vector_metadata(chunk: Chunk) -> dict[str, str | int | float | bool]:
    """Chroma metadata: scalar values only, "" for unknown."""
    return {
        "source": chunk.source,
        "municipality": chunk.municipality or "",
        "doc_type": chunk.doc_type,
        "page": chunk.page or 0,
    }
