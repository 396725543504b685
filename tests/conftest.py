"""Shared fixtures: isolated settings, a corpus copy, and indexes built once per session."""

from __future__ import annotations

import importlib.util
import os
import random
import shutil
import socket
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

from langchain_core.embeddings import Embeddings

from assistant.api import Assistant
from assistant.core.settings import PROJECT_ROOT, Settings
from assistant.index import generations
from assistant.index.catalog import Catalog
from assistant.index.embeddings import HashEmbeddings, make_embeddings
from assistant.index.vectorstore import VectorIndex
from ingest.pipeline import Indexer

SAMPLE_CORPUS = PROJECT_ROOT / "corpus"
# The model users get by default (the packaged multilingual e5).
REAL_MODEL = Settings.model_fields["embedding_model"].default


def make_settings(root: Path, corpus: Path | None = None, **overrides: object) -> Settings:
    """Settings that touch nothing outside ``root`` (fast hash embeddings by default)."""
    values: dict[str, object] = {
        "corpus_dir": corpus or root / "corpus",
        "data_dir": root / "data",
        "embedding_model": "hash",
    }
    values.update(overrides)
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


def assistant_over(root: Path, files: dict[str, str]) -> Assistant:
    """An assistant over a corpus of the given files (path under corpus/ → text), indexed
    for real with the fast hash embeddings."""
    for name, text in files.items():
        path = root / "corpus" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    settings = make_settings(root)
    report = Indexer(settings).run()
    assert report.ok, report.failed
    return Assistant(settings)


def live_catalog(settings: Settings) -> Catalog:
    """The live index generation's catalogue (the caller closes it)."""
    generation = generations.live(settings)
    assert generation is not None, "nothing indexed yet"
    return Catalog(generation.catalog_path, create=False)


def live_vectors(settings: Settings, embeddings: Embeddings | None = None) -> VectorIndex:
    """The live index generation's vectors."""
    return VectorIndex(settings, embeddings or HashEmbeddings(), generations.live(settings))


# Below Linux's ephemeral range (32768-60999): the kernel never hands these ports to a
# bind(0) or an outgoing connection, so only servers started on purpose compete for them.
TEST_PORTS = range(20_000, 32_000)


def free_port() -> int:
    """A port of 127.0.0.1 that nobody listens on now, for a server a test starts.

    Under pytest-xdist each worker takes ports of its own residue class only, so two
    workers never pick the same port between choosing it and their server binding it.
    """
    worker = int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw"))
    workers = int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1"))
    ours = TEST_PORTS[worker % workers :: workers]
    start = random.randrange(len(ours))  # two sessions on one machine rarely meet
    for port in (*ours[start:], *ours[:start]):
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError(f"no free port of 127.0.0.1 in {TEST_PORTS} for worker {worker}")


@pytest.fixture
def corpus_copy(tmp_path: Path) -> Path:
    target = tmp_path / "corpus"
    shutil.copytree(SAMPLE_CORPUS, target)
    return target


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    (tmp_path / "corpus").mkdir()
    return make_settings(tmp_path)


@pytest.fixture(scope="session")
def sample_assistant(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    """The shipped corpus indexed with the real packaged model, as users get it."""
    root = tmp_path_factory.mktemp("sample")
    corpus = root / "corpus"
    shutil.copytree(SAMPLE_CORPUS, corpus)
    settings = make_settings(root, corpus, embedding_model=REAL_MODEL)
    embeddings = make_embeddings(REAL_MODEL)
    report = Indexer(settings, embeddings).run()
    assert report.ok, report.failed
    assistant = Assistant(settings, embeddings)
    assistant.warm_up()
    yield assistant


@pytest.fixture
def attacks() -> Any:
    """bench/attacks.py as a module: the tests run its attacks in reduced form."""
    name = "iop_bench_attacks"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, PROJECT_ROOT / "bench" / "attacks.py")
        assert spec is not None and spec.loader is not None
        sys.modules[name] = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(sys.modules[name])
    return sys.modules[name]


@pytest.fixture
def measured() -> Iterator[Callable[[], tuple[float, int]]]:
    """Seconds and peak bytes allocated since the fixture started."""
    tracemalloc.start()
    started = time.monotonic()
    yield lambda: (time.monotonic() - started, tracemalloc.get_traced_memory()[1])
    tracemalloc.stop()
