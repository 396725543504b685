"""Shared fixtures: isolated settings, a corpus copy, and indexes built once per session."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

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
REAL_MODEL = "sentence-transformers/all-MiniLM-L6-v2"


def make_settings(root: Path, corpus: Path | None = None, **overrides: object) -> Settings:
    """Settings that touch nothing outside ``root`` (fast hash embeddings by default)."""
    values: dict[str, object] = {
        "corpus_dir": corpus or root / "corpus",
        "data_dir": root / "data",
        "embedding_model": "hash",
    }
    values.update(overrides)
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


def live_catalog(settings: Settings) -> Catalog:
    """The live index generation's catalogue (the caller closes it)."""
    generation = generations.live(settings)
    assert generation is not None, "nothing indexed yet"
    return Catalog(generation.catalog_path, create=False)


def live_vectors(settings: Settings, embeddings: Embeddings | None = None) -> VectorIndex:
    """The live index generation's vectors."""
    return VectorIndex(settings, embeddings or HashEmbeddings(), generations.live(settings))


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
