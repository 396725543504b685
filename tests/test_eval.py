"""`iop eval`: scoring rules, the baseline comparison and --compare."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import SAMPLE_CORPUS, make_settings

from assistant.cli.main import main
from assistant.core.records import Answer, Citation, Contact
from assistant.staff.evaluation import EvalQuestion, invented_details, score, summarise
from ingest.pipeline import Indexer

DEV = Path(__file__).parent / "data" / "dev_questions.jsonl"


def _answer(text: str, quote: str, contacts: list[Contact] | None = None) -> Answer:
    citation = Citation(
        id=1, source="malmo/malmo-iop.txt", title="t", municipality="Malmö", quote=quote
    )
    return Answer(question="q", answer=text, citations=[citation], contacts=contacts or [])


def test_invented_details_are_caught() -> None:
    quote = "Ann Rubin: ann.rubin@malmo.se, 0706-63 47 23"
    assert invented_details(_answer("Ring 0706-63 47 23 [1]", quote)) == []
    assert invented_details(_answer("Ring 0706-63 47 99 [1]", quote)) == ["0706-63 47 99"]
    fake = Contact(name="X", email="x@malmo.se", citation=1)
    assert invented_details(_answer("Se kortet.", quote, [fake])) == ["x@malmo.se"]


def test_score_and_summary() -> None:
    q = EvalQuestion(
        id="x", question="?", expected_sources=["malmo-iop"], expected_facts=["Ann Rubin", "07"]
    )
    result = score(q, _answer("Kontakta Ann Rubin [1]", "Ann Rubin"), 12.0)
    assert result.rank == 1 and result.facts_found == 1
    assert any("facts missing" in f for f in result.failures)
    summary = summarise([result])
    assert summary["hit@1"] == 1.0 and summary["fact_recall"] == 0.5


@pytest.mark.integration
def test_iop_eval_compares_with_the_baseline_and_an_earlier_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copytree(SAMPLE_CORPUS, tmp_path / "corpus")
    settings = make_settings(tmp_path)
    assert Indexer(settings).run().ok
    monkeypatch.setenv("IOP_CORPUS_DIR", str(settings.corpus_dir))
    monkeypatch.setenv("IOP_DATA_DIR", str(settings.data_dir))
    monkeypatch.setenv("IOP_EMBEDDING_MODEL", "hash")
    first = tmp_path / "first.json"
    assert main(["eval", str(DEV), "--out", str(first)]) == 0
    report = json.loads(first.read_text())
    assert report["summary"]["questions"] == 20
    assert report["summary"]["invented_contact_details"] == 0
    assert report["baseline"]["summary"]["verdict_accuracy"] == 0.0
    out = capsys.readouterr().out
    assert "LangChain tutorial baseline" in out
    # An earlier run that did worse: --compare names what got better.
    worse = json.loads(first.read_text())
    worse["summary"]["hit@1"] = 0.5
    passed = next(q for q in worse["questions"] if not q["failures"])
    passed["failures"] = ["made up"]
    (tmp_path / "worse.json").write_text(json.dumps(worse))
    second = tmp_path / "second.json"
    assert (
        main(["eval", str(DEV), "--compare", str(tmp_path / "worse.json"), "--out", str(second)])
        == 0
    )
    out = capsys.readouterr().out
    assert "better" in out and passed["id"] in out and "hit@1" in out
