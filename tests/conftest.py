"""Shared fixtures: isolated settings, a corpus copy, and indexes built once per session."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

from assistant.api import Assistant
from assistant.core.settings import PROJECT_ROOT, Settings
from assistant.index.embeddings import make_embeddings
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
