"""The catalogue: a SQLite file that is an index generation's single source of truth.

Chroma holds vectors and the BM25 files hold lexical statistics, but only chunks
listed here are live. Each document is replaced in one transaction, so the generation
is consistent after every commit; stray vectors are collected before it goes live.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from assistant.core.documents import Chunk
from assistant.core.storage import connect, open_db

# What a stored chunk record holds; a catalogue built by another format is rebuilt, as for
# a change of embedding model. 2: screening flags (ingest/screen.py) stored per chunk.
INDEX_FORMAT = "2"

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    source TEXT PRIMARY KEY,
    doc_id TEXT NOT NULL,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    municipality TEXT,
    title TEXT NOT NULL,
    doc_type TEXT NOT NULL,
    date TEXT,
    source_url TEXT,
    chunk_count INTEGER NOT NULL,
    indexed_at REAL NOT NULL,
    extra TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE IF NOT EXISTS chunks (
    chunk_id TEXT PRIMARY KEY,
    source TEXT NOT NULL REFERENCES documents(source) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    record TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS chunks_by_source ON chunks(source);
CREATE TABLE IF NOT EXISTS contacts (
    chunk_id TEXT NOT NULL REFERENCES chunks(chunk_id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    card TEXT NOT NULL,
    PRIMARY KEY (chunk_id, ordinal)
);
CREATE TABLE IF NOT EXISTS failures (
    source TEXT PRIMARY KEY,
    code TEXT NOT NULL,
    reason TEXT NOT NULL,
    sha256 TEXT,
    failed_at REAL NOT NULL
);
"""


@dataclass(frozen=True)
class DocumentRow:
    """What the catalogue knows about one indexed file."""

    source: str
    doc_id: str
    size: int
    mtime_ns: int
    sha256: str
    municipality: str | None
    title: str
    doc_type: str
    date: str | None
    source_url: str | None
    chunk_count: int
    indexed_at: float
    extra: dict[str, Any]


@dataclass(frozen=True)
class FailureRow:
    source: str
    code: str
    reason: str
    sha256: str | None
    failed_at: float


def _document_row(row: tuple[Any, ...]) -> DocumentRow:
    names = [f.name for f in fields(DocumentRow)]
    values = dict(zip(names, row, strict=True))
    values["extra"] = json.loads(values["extra"])
    return DocumentRow(**values)


def chunk_to_json(chunk: Chunk) -> str:
    data = chunk.__dict__ | {"heading_path": list(chunk.heading_path)}
    return json.dumps(data, ensure_ascii=False)


def chunk_from_json(raw: str) -> Chunk:
    data = json.loads(raw)
    data["heading_path"] = tuple(data["heading_path"])
    return Chunk(**data)


class CatalogDamagedError(Exception):
    """The catalogue file is not a readable SQLite database; ``iop ingest --rebuild``."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"the index catalogue {path} is damaged")
        self.path = path


_DAMAGED = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}  # not "locked" or "read-only"


class Catalog:
    """A thin typed wrapper over the SQLite catalogue file."""

    def __init__(self, path: Path, create: bool = True) -> None:
        """``create=False``: an existing catalogue only (``sqlite3.OperationalError`` when
        it is gone), for readers of a generation that a writer may remove."""
        self.path = path
        try:
            self._db = open_db(path, timeout=30, wal=True, shared=True, create=create)
            self._db.executescript(SCHEMA)
            self._db.execute("SELECT count(*) FROM documents").fetchone()
        except sqlite3.DatabaseError as exc:
            if getattr(exc, "sqlite_errorcode", None) not in _DAMAGED:
                raise
            raise CatalogDamagedError(path) from exc

    def close(self) -> None:
        self._db.close()

    def copy_to(self, path: Path) -> Catalog:
        """A consistent copy in a new file (SQLite's online backup), opened."""
        with connect(path) as target:
            self._db.backup(target)
        return Catalog(path)

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self._db
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    # -- meta -------------------------------------------------------------------------
    def needs_rebuild(self, embedding_model: str) -> bool:
        """Whether the stored index was built with another model or record format (an
        empty catalogue needs no rebuild)."""
        built_with = self.get_meta("embedding_model")
        if built_with is None:
            return False
        return built_with != embedding_model or self.get_meta("index_format") != INDEX_FORMAT

    def mark_built(self, embedding_model: str) -> None:
        self.set_meta("embedding_model", embedding_model)
        self.set_meta("index_format", INDEX_FORMAT)

    def get_meta(self, key: str) -> str | None:
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        self._db.execute(
            "INSERT INTO meta(key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    @property
    def generation(self) -> int:
        """Bumped on every committed change; the BM25 files are built at one of these."""
        return int(self.get_meta("generation") or 0)

    def _bump_generation(self, db: sqlite3.Connection) -> None:
        db.execute(
            "INSERT INTO meta(key, value) VALUES ('generation', '1') ON CONFLICT(key) "
            "DO UPDATE SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT)"
        )

    # -- documents --------------------------------------------------------------------
    def documents(self) -> list[DocumentRow]:
        rows = self._db.execute(
            "SELECT source, doc_id, size, mtime_ns, sha256, municipality, title, doc_type, "
            "date, source_url, chunk_count, indexed_at, extra FROM documents ORDER BY source"
        ).fetchall()
        return [_document_row(r) for r in rows]

    def document(self, source: str) -> DocumentRow | None:
        return next((d for d in self.documents() if d.source == source), None)

    def replace_document(
        self,
        doc: DocumentRow,
        chunks: Iterable[Chunk],
        contacts: dict[str, list[dict[str, Any]]] | None = None,
    ) -> list[str]:
        """Swap a document's chunks (and their contact cards) in one transaction.

        Returns the ids of chunks that the new version no longer has.
        """
        new = list(chunks)
        with self.transaction() as db:
            old_ids = {
                r[0]
                for r in db.execute("SELECT chunk_id FROM chunks WHERE source = ?", (doc.source,))
            }
            db.execute("DELETE FROM chunks WHERE source = ?", (doc.source,))
            db.execute(
                "INSERT OR REPLACE INTO documents VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    doc.source, doc.doc_id, doc.size, doc.mtime_ns, doc.sha256,
                    doc.municipality, doc.title, doc.doc_type, doc.date, doc.source_url,
                    doc.chunk_count, doc.indexed_at, json.dumps(doc.extra, ensure_ascii=False),
                ),
            )  # fmt: skip
            db.executemany(
                "INSERT INTO chunks(chunk_id, source, position, record) VALUES (?,?,?,?)",
                [(c.chunk_id, c.source, c.position, chunk_to_json(c)) for c in new],
            )
            db.executemany(
                "INSERT INTO contacts(chunk_id, ordinal, card) VALUES (?,?,?)",
                [
                    (chunk_id, i, json.dumps(card, ensure_ascii=False))
                    for chunk_id, cards in (contacts or {}).items()
                    for i, card in enumerate(cards)
                ],
            )
            db.execute("DELETE FROM failures WHERE source = ?", (doc.source,))
            self._bump_generation(db)
        return sorted(old_ids - {c.chunk_id for c in new})

    def touch_document(
        self, source: str, size: int, mtime_ns: int, sidecar_stamp: str | None = None
    ) -> None:
        """Record a new stat for content that did not change (e.g. a `touch` of the file
        or of its sidecar), so that the next run trusts the stat again."""
        self._db.execute(
            "UPDATE documents SET size = ?, mtime_ns = ? WHERE source = ?", (size, mtime_ns, source)
        )
        if sidecar_stamp is not None:
            self._db.execute(
                "UPDATE documents SET extra = json_set(extra, '$.sidecar', ?) WHERE source = ?",
                (sidecar_stamp, source),
            )

    def remove_document(self, source: str) -> list[str]:
        with self.transaction() as db:
            ids = [
                r[0] for r in db.execute("SELECT chunk_id FROM chunks WHERE source = ?", (source,))
            ]
            db.execute("DELETE FROM chunks WHERE source = ?", (source,))
            db.execute("DELETE FROM documents WHERE source = ?", (source,))
            db.execute("DELETE FROM failures WHERE source = ?", (source,))
            self._bump_generation(db)
        return ids

    # -- failures ---------------------------------------------------------------------
    def record_failure(self, source: str, code: str, reason: str, sha256: str | None) -> None:
        self._db.execute(
            "INSERT OR REPLACE INTO failures VALUES (?,?,?,?,?)",
            (source, code, reason, sha256, time.time()),
        )

    def clear_failure(self, source: str) -> None:
        self._db.execute("DELETE FROM failures WHERE source = ?", (source,))

    def failures(self) -> list[FailureRow]:
        rows = self._db.execute("SELECT * FROM failures ORDER BY source").fetchall()
        return [FailureRow(*r) for r in rows]

    # -- chunks -----------------------------------------------------------------------
    def chunk_ids(self) -> set[str]:
        return {r[0] for r in self._db.execute("SELECT chunk_id FROM chunks")}

    def all_chunks(self) -> list[Chunk]:
        rows = self._db.execute("SELECT record FROM chunks ORDER BY source, position")
        return [chunk_from_json(r[0]) for r in rows]

    def chunks_by_id(self, ids: Iterable[str]) -> dict[str, Chunk]:
        wanted = list(ids)
        out: dict[str, Chunk] = {}
        for start in range(0, len(wanted), 500):
            part = wanted[start : start + 500]
            marks = ",".join("?" * len(part))
            for cid, rec in self._db.execute(
                f"SELECT chunk_id, record FROM chunks WHERE chunk_id IN ({marks})", part
            ):
                out[cid] = chunk_from_json(rec)
        return out

    def contact_cards(self) -> list[tuple[str, dict[str, Any]]]:
        """(chunk_id, card) for every contact card found at ingest, in document order."""
        rows = self._db.execute(
            "SELECT k.chunk_id, k.card FROM contacts k JOIN chunks c USING (chunk_id) "
            "ORDER BY c.source, c.position, k.ordinal"
        )
        return [(r[0], json.loads(r[1])) for r in rows]

    def chunks_of(self, source: str) -> list[Chunk]:
        rows = self._db.execute(
            "SELECT record FROM chunks WHERE source = ? ORDER BY position", (source,)
        )
        return [chunk_from_json(r[0]) for r in rows]
