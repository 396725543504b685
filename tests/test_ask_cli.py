"""`iop ask` as municipal IT drives it: text, --json and --jsonl batches."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import make_settings

from assistant.cli.main import main
from assistant.core.settings import Settings
from assistant.index.reader import HybridRetriever, IndexReader
from ingest.pipeline import Indexer

IOP = Path(sys.executable).parent / "iop"


@pytest.fixture(scope="module")
def indexed(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    import shutil

    from conftest import SAMPLE_CORPUS

    root = tmp_path_factory.mktemp("ask")
    shutil.copytree(SAMPLE_CORPUS, root / "corpus")
    settings = make_settings(root)
    assert Indexer(settings).run().ok
    return settings


def env_for(settings: Settings) -> dict[str, str]:
    return {
        **os.environ,
        "IOP_CORPUS_DIR": str(settings.corpus_dir),
        "IOP_DATA_DIR": str(settings.data_dir),
        "IOP_EMBEDDING_MODEL": "hash",
        "HF_HUB_OFFLINE": "1",
    }


def test_ask_json(indexed: Settings, monkeypatch: pytest.MonkeyPatch, capsys) -> None:  # type: ignore[no-untyped-def]
    for key, value in env_for(indexed).items():
        monkeypatch.setenv(key, value)
    assert main(["ask", "Vem ska jag kontakta i Malmö?", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {
        "question", "language", "municipality", "abstained", "answer",
        "verdict", "contacts", "citations",
    }  # fmt: skip
    assert data["municipality"] == "Malmö"
    assert data["citations"][0]["source"] == "malmo/malmo-iop-ofrivillig-ensamhet.txt"


def test_ask_text_lists_sources(indexed: Settings, monkeypatch: pytest.MonkeyPatch, capsys) -> None:  # type: ignore[no-untyped-def]
    for key, value in env_for(indexed).items():
        monkeypatch.setenv(key, value)
    assert main(["ask", "Vilka kriterier gäller?", "--municipality", "Kramfors"]) == 0
    out = capsys.readouterr().out
    assert "Källor:" in out and "kramfors/kramfors-iop-aldreomsorg.txt" in out


@pytest.mark.slow
def test_jsonl_batch_in_order(indexed: Settings) -> None:
    lines = [
        "Vem ska jag kontakta i Malmö?",
        json.dumps({"question": "Vilka IOP har kommunen?", "municipality": "Lund", "x": 1}),
        json.dumps(
            {
                "question": "och vem kontaktar jag där?",
                "history": [
                    {"role": "user", "content": "Vad gäller i Malmö?"},
                    {"role": "assistant", "content": "…"},
                ],
            }
        ),
        "{not json",
    ]
    result = subprocess.run(
        [str(IOP), "ask", "--jsonl"],
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        env=env_for(indexed),
        timeout=300,
    )
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(answers) == 4
    assert answers[0]["municipality"] == "Malmö"
    assert answers[1]["municipality"] == "Lund"
    assert "Kvinnojouren" in answers[1]["answer"]
    assert answers[2]["municipality"] == "Malmö"
    assert "error" in answers[3]
    assert result.returncode == 1  # one line was bad


@pytest.mark.slow
def test_ask_on_empty_index_says_so(tmp_path: Path) -> None:
    settings = make_settings(tmp_path)
    result = subprocess.run(
        [str(IOP), "ask", "Vad är IOP?"],
        capture_output=True,
        text=True,
        env=env_for(settings),
        timeout=300,
    )
    assert result.returncode == 2
    assert "iop ingest" in result.stderr


def test_langchain_retriever_interface(indexed: Settings) -> None:
    from assistant.index.embeddings import make_embeddings

    reader = IndexReader(indexed, make_embeddings("hash"))
    retriever = HybridRetriever(reader=reader, k=3, municipalities=["Kramfors", ""])
    docs = retriever.invoke("föreningsregister egna medel")
    assert docs and all(d.metadata["municipality"] == "Kramfors" for d in docs)
    assert "föreningsregister" in docs[0].page_content
