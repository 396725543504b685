"""`iop ask` as municipal IT drives it: text, --json and --jsonl batches."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import make_settings

from assistant.cli.ask import run_batch
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
    assert result.returncode == 0  # the batch ran; the bad line has its error object


def test_jsonl_bad_lines_each_get_an_error_and_the_rest_is_answered(indexed: Settings) -> None:
    """The attacks that stopped a whole batch: a history that is not a list, JSON nested
    100,000 deep, bytes that are not UTF-8 — and ordinary questions between them."""
    nested = '{"question": "x", "history": ' + "[" * 100_000 + "]" * 100_000 + "}"
    lines = [
        b"Vem ska jag kontakta i Malm\xc3\xb6?",
        json.dumps({"question": "x", "history": 5}).encode(),
        nested.encode(),
        b"Vad \xe4r IOP?",  # Latin-1, not UTF-8
        json.dumps({"question": "y", "history": [{"role": "robot", "content": "z"}]}).encode(),
        json.dumps({"history": []}).encode(),
        b"",  # blank lines are skipped
        b"Vilka kriterier g\xc3\xa4ller i Kramfors?",
    ]
    result = subprocess.run(
        [str(IOP), "ask", "--jsonl"],
        input=b"\n".join(lines) + b"\n",
        capture_output=True,
        env=env_for(indexed),
        timeout=300,
    )
    out = [json.loads(line) for line in result.stdout.decode().splitlines()]

    assert result.returncode == 0
    assert len(out) == 7
    assert out[0]["municipality"] == "Malmö"
    assert out[1] == {"error": "field 'history' must be a list of {\"role\", \"content\"} objects",
                      "line": 2}  # fmt: skip
    assert out[2] == {"error": "JSON nested too deeply", "line": 3}
    assert out[3]["line"] == 4 and out[3]["error"].startswith("not UTF-8 text (byte 0xe4")
    assert out[4]["line"] == 5 and out[4]["error"].startswith("field 'history' turn 1: role")
    assert out[5] == {"error": "field 'question' is missing or not a string", "line": 6}
    assert out[6]["municipality"] == "Kramfors" and out[6]["citations"]
    assert "line 4: not UTF-8" in result.stderr.decode()


def test_a_failure_answering_one_line_gives_its_error_and_the_batch_goes_on(
    indexed: Settings, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from assistant.api import Assistant

    real = Assistant.answer

    def buggy(self: Assistant, question: str, *args: object, **kwargs: object) -> object:
        if "krascha" in question:
            raise KeyError("a bug")
        return real(self, question, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Assistant, "answer", buggy)
    out = io.StringIO()
    lines = [b"Vem ska jag kontakta i Malm\xc3\xb6?", b"krascha nu", b"Vad \xc3\xa4r IOP?"]

    run_batch(Assistant(indexed), lines, None, out)

    answers = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [a.get("line") for a in answers] == [None, 2, None]
    assert answers[1]["error"].startswith("internal error while answering (KeyError)")
    assert answers[2]["answer"]
    err = capsys.readouterr().err
    assert "line 2: could not be answered" in err and "KeyError: 'a bug'" in err  # traceback


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
