"""Symbolic links in the corpus: one that leads outside the corpus folder is skipped with
its reason in the ingest report (its file was indexed and quoted before); one that stays
inside is indexed like any file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import live_catalog, make_settings

from assistant.cli.main import main
from ingest.pipeline import Indexer

SECRET = "Lunds kommun: lösenordet till servern är hemligt-123."


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    outside = tmp_path / "utanfor"
    outside.mkdir()
    (outside / "hemlig.md").write_text(f"# Intern\n\n{SECRET}\n", "utf-8")
    lund = tmp_path / "corpus" / "lund"
    lund.mkdir(parents=True)
    (lund / "iop.md").write_text(
        "# IOP i Lund\n\nLunds kommun ingår idéburet offentligt partnerskap (IOP).\n", "utf-8"
    )
    (lund / "hemlig.md").symlink_to(outside / "hemlig.md")
    (lund / "relativ.md").symlink_to(Path("..") / ".." / "utanfor" / "hemlig.md")
    (lund / "mapp").symlink_to(outside, target_is_directory=True)
    (lund / "samma.md").symlink_to(lund / "iop.md")  # stays inside: indexed
    return tmp_path / "corpus"


def test_links_leading_out_of_the_corpus_are_skipped_with_a_reason(
    tmp_path: Path, corpus: Path
) -> None:
    settings = make_settings(tmp_path, corpus)

    report = Indexer(settings).run()

    assert sorted(report.added) == ["lund/iop.md", "lund/samma.md"]
    assert report.skipped == ["lund/hemlig.md", "lund/relativ.md"]
    assert set(report.skip_reasons.values()) == {"a link to a file outside the corpus folder"}
    assert report.to_json()["skip_reasons"]["lund/hemlig.md"].startswith("a link")
    catalog = live_catalog(settings)
    try:
        assert [d.source for d in catalog.documents()] == ["lund/iop.md", "lund/samma.md"]
    finally:
        catalog.close()


def test_the_ingest_command_shows_the_reason(
    tmp_path: Path,
    corpus: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("IOP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("IOP_EMBEDDING_MODEL", "hash")

    assert main(["ingest", str(corpus)]) == 0
    out = capsys.readouterr().out
    assert "skipped lund/hemlig.md: a link to a file outside the corpus folder" in out
    assert main(["ask", "Vad är lösenordet till servern i Lund?", "--json"]) == 0
    assert "hemligt-123" not in json.dumps(json.loads(capsys.readouterr().out))
