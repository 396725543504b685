"""What the index relies on in chromadb, pinned: fails loudly when an upgrade changes it.

- A process keeps one System per persist folder and does not see what another process
  wrote after it opened the folder; ``Client.close`` of the folder's last client lets
  the next client start a fresh one. (Why generations are never written once live, and
  why a reader closes the generation it leaves: ``assistant/index/vectorstore.py``.)
- A generation's persist folder copied as files (``assistant/index/vector_copy.py``) is
  an independent, working database: a reader in another process leaves the sealed files
  of a flushed collection as they were, the copy answers as the original, and writing
  the copy leaves the original alone. A file that no longer matches its seal sends the
  copy through the API instead.
- The installed chromadb is inside the range pinned in pyproject.toml.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import chromadb
import pytest
from chromadb.config import Settings as ChromaSettings
from conftest import make_settings
from packaging.requirements import Requirement

from assistant.core.settings import PROJECT_ROOT, Settings
from assistant.index import generations
from assistant.index.vector_copy import SEAL, copy_vectors, seal
from assistant.index.vectorstore import collection_metadata, open_client

DIM = 32
FLUSHED = 1200  # above chromadb's default HNSW sync threshold (1000): the index is on disk


def vectors(count: int, start: int = 0) -> tuple[list[str], list[list[float]]]:
    ids = [f"v{i}" for i in range(start, start + count)]
    return ids, [[((i * 7919 + j * 104729) % 1000) / 1000.0 for j in range(DIM)] for i in
                 range(start, start + count)]  # fmt: skip


def build(settings: Settings, name: str, count: int) -> generations.Generation:
    generation = generations.named(settings, name)
    client = open_client(settings, generation)
    collection = client.get_or_create_collection(
        generation.collection, metadata=collection_metadata("hash")
    )
    ids, embs = vectors(count)
    for start in range(0, count, 256):
        collection.upsert(
            ids=ids[start : start + 256], embeddings=embs[start : start + 256],
            documents=[f"text {i}" for i in ids[start : start + 256]],
            metadatas=[{"municipality": "Lund"}] * len(ids[start : start + 256]),
        )  # fmt: skip
    client.close()
    return generation


def in_other_process(path: Path, code: str) -> Any:
    """Run ``code`` (with ``client`` on the folder) in a fresh process; its JSON result."""
    script = (
        "import json, chromadb\n"
        "from chromadb.config import Settings\n"
        f"client = chromadb.PersistentClient(path={str(path)!r}, "
        "settings=Settings(anonymized_telemetry=False))\n"
        f"{code}\n"
        "client.close()\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=120, check=True)  # fmt: skip
    return json.loads(done.stdout.strip().splitlines()[-1])


def nearest(generation: generations.Generation, settings: Settings) -> list[str]:
    client = open_client(settings, generation)
    try:
        collection = client.get_collection(generation.collection)
        found = collection.query(query_embeddings=[vectors(1, 5)[1][0]], n_results=3)
        return list(found["ids"][0])
    finally:
        client.close()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return make_settings(tmp_path)


@pytest.mark.slow  # another Python process, chromadb imported there
def test_a_process_sees_another_process_write_only_after_closing_its_client(
    tmp_path: Path,
) -> None:
    path = tmp_path / "db"
    chroma = ChromaSettings(anonymized_telemetry=False)
    client = chromadb.PersistentClient(path=str(path), settings=chroma)
    collection = client.create_collection("iop-gen-000001")  # a generation's name is valid
    ids, embs = vectors(10)
    collection.add(ids=ids, embeddings=embs)
    probe = [1.0] + [0.0] * (DIM - 1)

    def nearest_id(of: Any) -> str:
        return str(of.query(query_embeddings=[probe], n_results=1)["ids"][0][0])

    before = nearest_id(collection)
    assert in_other_process(path, (
        "c = client.get_collection('iop-gen-000001')\n"
        f"c.add(ids=['later'], embeddings=[{probe}])\n"
        "print(json.dumps(c.count()))"
    )) == 11  # fmt: skip
    # The record is in the shared SQLite file, but this process's vector index is not.
    assert collection.get(ids=["later"])["ids"] == ["later"]
    assert nearest_id(collection) == before, "this process's System now follows other writers"
    client.close()
    fresh = chromadb.PersistentClient(path=str(path), settings=chroma)
    assert nearest_id(fresh.get_collection("iop-gen-000001")) == "later", "close() kept the System"
    fresh.close()


@pytest.mark.slow  # another Python process, chromadb imported there
def test_a_sealed_flushed_generation_copies_as_files(settings: Settings) -> None:
    source = build(settings, "gen-000001", FLUSHED)
    seal(settings, source)
    # A reader in another process opens it and queries (as the app does) meanwhile.
    assert in_other_process(source.chroma_path, (
        "c = client.get_collection('iop')\n"
        f"print(json.dumps(c.query(query_embeddings=[[0.1] * {DIM}], n_results=2)['ids'][0]))"
    ))  # fmt: skip
    target = generations.named(settings, "gen-000002")
    assert copy_vectors(settings, source, target) == "files", "a reader changed sealed files"
    assert nearest(target, settings) == nearest(source, settings)

    client = open_client(settings, target)
    copied = client.get_collection(target.collection)
    assert copied.count() == FLUSHED
    ids, embs = vectors(5, FLUSHED)
    copied.upsert(ids=ids, embeddings=embs)
    copied.delete(ids=["v0"])
    client.close()
    count = "print(json.dumps(client.get_collection('iop').count()))"
    assert in_other_process(target.chroma_path, count) == FLUSHED + 4
    assert in_other_process(source.chroma_path, count) == FLUSHED


def test_a_file_that_differs_from_its_seal_is_copied_through_the_api(settings: Settings) -> None:
    source = build(settings, "gen-000001", 300)
    seal(settings, source)
    sealed = json.loads((source.root / SEAL).read_text("utf-8"))
    sealed[next(iter(sealed))] = "0" * 64  # as if a reader had written to that file
    (source.root / SEAL).write_text(json.dumps(sealed), "utf-8")
    target = generations.named(settings, "gen-000002")
    assert copy_vectors(settings, source, target) == "api"
    assert nearest(target, settings) == nearest(source, settings)
    client = open_client(settings, target)
    copied = client.get_collection(target.collection)
    assert copied.count() == 300 and copied.metadata == collection_metadata("hash")
    client.close()


def test_chromadb_is_inside_the_pinned_range() -> None:
    project = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text("utf-8"))
    (spec,) = [
        Requirement(d) for d in project["project"]["dependencies"] if d.startswith("chromadb")
    ]
    assert spec.specifier.contains(chromadb.__version__), (
        f"chromadb {chromadb.__version__} is outside {spec.specifier}: check the behaviour "
        "this file pins, then widen the range in pyproject.toml"
    )
