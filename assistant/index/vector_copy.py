"""Copying a generation's vectors into the next one, and dropping a generation's vectors.

chromadb has no public call that copies a collection cheaply (``Collection.fork`` is not
implemented for local Chroma) and reading every vector back through the API adds them
again at a few hundred per second: minutes at 50k chunks. An embedded generation is
therefore copied as files: its persist folder is a SQLite file (copied with SQLite's
online backup, consistent while readers have it open) and HNSW segment files, which the
writer records when it closes the finished generation (``seal``). A reader may still
write to those files (chromadb does when a collection's index was never flushed, i.e.
below ~1000 vectors), so every copied file is checked against the seal, and a mismatch
falls back to the API copy. A Chroma server is always copied through the API.
``tests/test_chroma_contract.py`` pins this behaviour of the chromadb version range in
pyproject.toml and fails loudly when an upgrade changes it.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import re
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path
from urllib.parse import quote

from assistant.core.settings import Settings
from assistant.core.storage import connect
from assistant.index.generations import Generation
from assistant.index.vectorstore import open_client

log = logging.getLogger(__name__)

SEAL = "chroma-files.json"
_SQLITE = "chroma.sqlite3"
_PAGE = 2000


def _names(folder: Path) -> list[str]:
    """Every file of a persist folder but its SQLite database and journals."""
    return [
        path.relative_to(folder).as_posix()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and not path.name.startswith(_SQLITE)
    ]


def _files(folder: Path) -> dict[str, str]:
    """sha256 of each of those files."""
    out = {}
    for rel in _names(folder):
        with open(folder / rel, "rb") as handle:
            out[rel] = hashlib.file_digest(handle, "sha256").hexdigest()
    return out


def seal(settings: Settings, generation: Generation) -> None:
    """Record a finished generation's Chroma files, after its writer closed its client
    and before any reader opens it: what a later copy must find."""
    if settings.chroma_host:
        return
    files = _files(generation.chroma_path)
    (generation.root / SEAL).write_text(json.dumps(files, indent=0), "utf-8")


def copy_vectors(settings: Settings, source: Generation, target: Generation) -> str:
    """Give ``target`` a copy of ``source``'s vectors; returns how: "files" or "api"."""
    if not settings.chroma_host and _copy_files(source, target):
        return "files"
    if not settings.chroma_host:
        shutil.rmtree(target.chroma_path, ignore_errors=True)
        log.info("generation %s: its files changed since the seal; copying through chromadb",
                 source.name)  # fmt: skip
    _copy_through_api(settings, source, target)
    return "api"


def _copy_files(source: Generation, target: Generation) -> bool:
    try:
        sealed: dict[str, str] = json.loads((source.root / SEAL).read_text("utf-8"))
    except (FileNotFoundError, ValueError):
        return False
    src, dst = source.chroma_path, target.chroma_path
    if set(_names(src)) != set(sealed):
        return False
    for rel in sealed:
        (dst / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src / rel, dst / rel)
    if _files(dst) != sealed:
        return False
    with (
        closing(sqlite3.connect(f"file:{quote(str(src / _SQLITE))}?mode=ro", uri=True)) as db,
        connect(dst / _SQLITE) as copy,
    ):
        db.backup(copy)
    return True


def _copy_through_api(settings: Settings, source: Generation, target: Generation) -> None:
    source_client = open_client(settings, source)
    target_client = open_client(settings, target)
    try:
        old = source_client.get_collection(source.collection)
        new = target_client.get_or_create_collection(target.collection, metadata=old.metadata)
        offset = 0
        while True:
            got = old.get(include=["embeddings", "documents", "metadatas"],
                          limit=_PAGE, offset=offset)  # fmt: skip
            if not got["ids"]:
                return
            new.upsert(ids=got["ids"], embeddings=got["embeddings"],
                       documents=got["documents"], metadatas=got["metadatas"])  # fmt: skip
            offset += len(got["ids"])
    finally:
        source_client.close()
        target_client.close()


def drop_vectors(settings: Settings, generation: Generation) -> None:
    """A server generation's collection (embedded vectors go with the generation's folder)."""
    if settings.chroma_host:
        drop_collection(settings, generation.collection)


def server_generations(settings: Settings) -> list[str]:
    """The generation collections of this index on its Chroma server; none when embedded."""
    if not settings.chroma_host:
        return []
    pattern = re.compile(re.escape(settings.chroma_collection) + r"-gen-\d{6}")
    client = open_client(settings, None)
    try:
        names = [c.name for c in client.list_collections()]
    finally:
        client.close()
    return sorted(n for n in names if pattern.fullmatch(n))


def drop_collection(settings: Settings, name: str) -> None:
    """Delete a collection on this index's Chroma server, if it is there."""
    from chromadb.errors import NotFoundError

    client = open_client(settings, None)
    try:
        with contextlib.suppress(NotFoundError):
            client.delete_collection(name)
    finally:
        client.close()
