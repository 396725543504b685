"""`iop ingest` as municipal IT runs it: exit codes and the JSON report (docs/interface.md)."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

import pytest
from builders import make_html, make_pdf

from assistant.cli.main import main
from assistant.core.settings import PROJECT_ROOT
from ingest.pipeline import ingest_lock

IOP = PROJECT_ROOT / ".venv" / "bin" / "iop"
CONTRACT_KEYS = {"added", "updated", "removed", "unchanged", "failed", "chunks"}


def build_corpus(corpus: Path) -> list[str]:
    (corpus / "lund").mkdir(parents=True)
    make_pdf(
        corpus / "lund" / "riktlinjer.pdf",
        [["# Riktlinjer för IOP", "Lunds kommun ingår partnerskap med idéburna föreningar."]],
    )
    make_html(corpus / "uppsala.html", "<h1>IOP i Uppsala kommun</h1><p>Välkommen.</p>")
    (corpus / "lund" / "lund-iop.txt").write_text(
        "Lunds kommun och föreningar i samverkan kring ofrivillig ensamhet.\n", "utf-8"
    )
    return ["lund/lund-iop.txt", "lund/riktlinjer.pdf", "uppsala.html"]


def add_bad_file(corpus: Path) -> str:
    (corpus / "trasig.pdf").write_bytes(b"%PDF-1.7\nthis is not a real PDF body")
    return "trasig.pdf"


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """IOP_* pointing into tmp_path, run from tmp_path (so no stray .env is read)."""
    monkeypatch.chdir(tmp_path)
    for key in [k for k in os.environ if k.startswith("IOP_")]:
        monkeypatch.delenv(key)
    monkeypatch.setenv("IOP_CORPUS_DIR", str(tmp_path / "corpus"))
    monkeypatch.setenv("IOP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("IOP_EMBEDDING_MODEL", "hash")
    return tmp_path / "corpus"


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict[str, Any]]:
    capsys.readouterr()
    code = main(["ingest", *args, "--json"])
    return code, json.loads(capsys.readouterr().out)


# --- in process ----------------------------------------------------------------------


def test_exit_0_when_every_file_went_in_and_the_json_has_the_contract_keys(
    env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = build_corpus(env)
    code, report = run_json(capsys)
    assert code == 0
    assert set(report) >= CONTRACT_KEYS
    assert sorted(report["added"]) == files
    assert report["failed"] == [] and report["updated"] == report["removed"] == []
    assert isinstance(report["chunks"], int) and report["chunks"] >= len(files)

    code, again = run_json(capsys)
    assert code == 0
    assert sorted(again["unchanged"]) == files and again["added"] == []
    assert again["chunks"] == report["chunks"]


def test_exit_1_when_a_file_failed_and_the_json_lists_it(
    env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = build_corpus(env)
    bad = add_bad_file(env)
    code, report = run_json(capsys)
    assert code == 1
    assert sorted(report["added"]) == files  # the rest went in
    assert len(report["failed"]) == 1
    failure = report["failed"][0]
    assert failure["path"] == bad and failure["error"].strip()
    assert {"path", "error"} <= set(failure)

    (env / bad).unlink()
    code, fixed = run_json(capsys)
    assert code == 0 and fixed["failed"] == []


def test_corpus_dir_argument_overrides_the_setting(
    env: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "annan-korpus"
    files = build_corpus(other)
    code, report = run_json(capsys, str(other))
    assert code == 0 and sorted(report["added"]) == files


@pytest.mark.parametrize("how", ["argument", "setting"])
def test_exit_2_for_a_missing_corpus_folder(
    env: Path, tmp_path: Path, how: str, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    missing = tmp_path / "finns-inte"
    if how == "argument":
        code = main(["ingest", str(missing), "--json"])
    else:
        monkeypatch.setenv("IOP_CORPUS_DIR", str(missing))
        code = main(["ingest", "--json"])
    assert code == 2
    captured = capsys.readouterr()
    assert captured.out == ""  # no half report on stdout
    assert "finns-inte" in captured.err


def test_exit_2_for_an_invalid_setting(
    env: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    build_corpus(env)
    monkeypatch.setenv("IOP_MAX_FILE_SIZE_MB", "-1")
    assert main(["ingest", "--json"]) == 2
    assert "max_file_size_mb" in capsys.readouterr().err


def test_exit_2_while_another_ingest_holds_the_index(
    env: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from assistant.core.settings import Settings

    build_corpus(env)
    with ingest_lock(Settings(_env_file=None)):  # type: ignore[call-arg]
        assert main(["ingest", "--json"]) == 2
    assert "another ingest" in capsys.readouterr().err
    assert main(["ingest", "--json"]) == 0


def test_plain_report_names_the_failed_file_and_why(
    env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    build_corpus(env)
    bad = add_bad_file(env)
    assert main(["ingest"]) == 1
    out = capsys.readouterr().out
    assert bad in out and "PDF" in out


# --- the installed console script --------------------------------------------------------


def run_iop(tmp_path: Path, corpus: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("IOP_")}
    env.update(
        IOP_CORPUS_DIR=str(corpus),
        IOP_DATA_DIR=str(tmp_path / "data"),
        IOP_EMBEDDING_MODEL="hash",
        HF_HUB_OFFLINE="1",
        TRANSFORMERS_OFFLINE="1",
    )
    return subprocess.run(
        [str(IOP), "ingest", *args],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )


@pytest.mark.slow
def test_console_script_exit_codes_and_json(tmp_path: Path) -> None:
    assert IOP.is_file(), f"{IOP} is missing: run scripts/setup.sh"
    corpus = tmp_path / "corpus"
    files = build_corpus(corpus)

    ok = run_iop(tmp_path, corpus, "--json")
    assert ok.returncode == 0, ok.stderr
    report = json.loads(ok.stdout)
    assert set(report) >= CONTRACT_KEYS
    assert sorted(report["added"]) == files

    bad = add_bad_file(corpus)
    failed = run_iop(tmp_path, corpus, "--json")
    assert failed.returncode == 1, failed.stderr
    report = json.loads(failed.stdout)
    assert [f["path"] for f in report["failed"]] == [bad]
    assert sorted(report["unchanged"]) == files

    missing = run_iop(tmp_path, tmp_path / "finns-inte", "--json")
    assert missing.returncode == 2
    assert missing.stdout == "" and "finns-inte" in missing.stderr
