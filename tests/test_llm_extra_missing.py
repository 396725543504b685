"""IOP_LLM_PROVIDER set without the [llm] extra installed: one line saying what to install,
and answers from the engine meanwhile — not a ModuleNotFoundError traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import make_settings

from ingest.pipeline import Indexer

IOP = Path(sys.executable).parent / "iop"
INSTALL = "pip install 'iop-assistenten[llm]'"


@pytest.mark.parametrize(("provider", "package"), [("openai", "langchain_openai"),
                                                   ("ollama", "langchain_ollama")])  # fmt: skip
def test_a_provider_without_its_package_answers_with_the_engine(
    tmp_path: Path, provider: str, package: str
) -> None:
    corpus = tmp_path / "corpus" / "lund"
    corpus.mkdir(parents=True)
    (corpus / "iop.md").write_text(
        "# IOP i Lund\n\nLunds kommun ingår idéburet offentligt partnerskap (IOP) med "
        "föreningar. Kontakta föreningssamordnaren för ett första samtal.\n",
        "utf-8",
    )
    settings = make_settings(tmp_path)
    assert Indexer(settings).run().ok
    missing = tmp_path / "missing"  # stands first on the path: the package is "not installed"
    (missing / package).mkdir(parents=True)
    (missing / package / "__init__.py").write_text(
        f"raise ModuleNotFoundError(\"No module named '{package}'\", name='{package}')\n"
    )
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(missing), os.environ.get("PYTHONPATH", "")]),
        "IOP_CORPUS_DIR": str(settings.corpus_dir),
        "IOP_DATA_DIR": str(settings.data_dir),
        "IOP_EMBEDDING_MODEL": "hash",
        "IOP_LLM_PROVIDER": provider,
        "IOP_LLM_MODEL": "local",
        "IOP_LLM_BASE_URL": "http://127.0.0.1:9/v1",
        "HF_HUB_OFFLINE": "1",
    }

    result = subprocess.run(
        [str(IOP), "ask", "Vad är IOP i Lund?", "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )

    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["citations"]
    assert "Traceback" not in result.stderr
    (line,) = [x for x in result.stderr.splitlines() if x.strip()]
    assert f"IOP_LLM_PROVIDER={provider}" in line and INSTALL in line
