"""A damaged index catalogue: one line naming the file and the way out (exit 2) in every
command, `iop ingest --rebuild` gets out of it, and the public chat shows plain Swedish —
no traceback, no server path."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
import streamlit as st
from conftest import make_settings
from streamlit.testing.v1 import AppTest

from assistant.cli.main import main
from assistant.core.settings import PROJECT_ROOT, Settings, get_settings
from assistant.core.ui_texts import ui
from assistant.index import generations
from assistant.index.catalog import Catalog, CatalogDamagedError
from ingest.pipeline import Indexer


@pytest.fixture
def damaged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Settings]:
    """An indexed corpus whose catalogue then had its middle overwritten."""
    corpus = tmp_path / "corpus" / "lund"
    corpus.mkdir(parents=True)
    (corpus / "iop.md").write_text(
        "# IOP i Lund\n\nLunds kommun ingår idéburet offentligt partnerskap (IOP).\n", "utf-8"
    )
    settings = make_settings(tmp_path)
    assert Indexer(settings).run().ok
    live = generations.live(settings)
    assert live is not None and live.name == "gen-000001"
    data = bytearray(live.catalog_path.read_bytes())
    data[100:4000] = b"\xff" * 3900  # the schema page
    live.catalog_path.write_bytes(bytes(data))
    for key, value in {
        "IOP_CORPUS_DIR": settings.corpus_dir,
        "IOP_DATA_DIR": settings.data_dir,
        "IOP_EMBEDDING_MODEL": "hash",
    }.items():
        monkeypatch.setenv(key, str(value))
    monkeypatch.chdir(tmp_path)
    get_settings.cache_clear()
    st.cache_resource.clear()
    yield settings
    get_settings.cache_clear()
    st.cache_resource.clear()


def test_opening_a_damaged_file_raises_a_typed_error(tmp_path: Path) -> None:
    path = tmp_path / "catalog.sqlite"
    path.write_bytes(b"this is not a database " * 200)
    with pytest.raises(CatalogDamagedError) as damaged:
        Catalog(path)
    assert damaged.value.path == path


def test_a_busy_database_is_not_called_damaged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    busy = sqlite3.OperationalError("database is locked")
    busy.sqlite_errorcode = sqlite3.SQLITE_BUSY  # type: ignore[attr-defined]

    def locked(*args: object, **kwargs: object) -> sqlite3.Connection:
        raise busy

    monkeypatch.setattr("assistant.index.catalog.open_db", locked)
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        Catalog(tmp_path / "catalog.sqlite")


@pytest.mark.parametrize(
    "argv", [["ask", "Vad är IOP?"], ["ask", "--jsonl"], ["ingest"], ["ingest", "--json"]]
)
def test_every_command_says_so_in_one_line_and_exits_2(
    damaged: Settings, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    code = main(argv)
    captured = capsys.readouterr()

    assert code == 2
    assert captured.out == ""
    assert captured.err.strip().splitlines() == [
        "iop: The index catalogue data/index/gen-000001/catalog.sqlite is damaged: "
        "run `iop ingest --rebuild`"
    ]


def test_ingest_rebuild_gets_out_of_it(
    damaged: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["ingest", "--rebuild", "--json"]) == 0
    assert "moved to" in capsys.readouterr().err
    assert list(damaged.index_path.glob("catalog.sqlite.damaged-*"))  # kept for a look
    assert main(["ask", "Vad är IOP i Lund?", "--json"]) == 0
    assert "lund/iop.md" in capsys.readouterr().out


def test_the_public_chat_says_it_plainly(damaged: Settings) -> None:
    at = AppTest.from_file(str(PROJECT_ROOT / "app.py"), default_timeout=60).run()

    assert not at.exception
    assert [e.value for e in at.error] == [ui("catalog_damaged")]
    page = "\n".join(str(e.value) for e in (*at.markdown, *at.code, *at.error))
    assert "Traceback" not in page and str(damaged.data_dir) not in page
    assert not at.expander  # no "details" with server paths
