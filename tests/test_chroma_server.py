"""The index contract, once, against embedded Chroma and against a real Chroma server.

The server is ``chroma run`` from the virtualenv on a free port of 127.0.0.1. When it
cannot be started the tests fail: a deployment with IOP_CHROMA_HOST must not go untested.
"""

from __future__ import annotations

import os
import subprocess
import time
import urllib.request
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from builders import make_html, make_pdf
from conftest import free_port, live_catalog, live_vectors, make_settings

from assistant.core.settings import PROJECT_ROOT, Settings
from assistant.index import generations
from assistant.index.embeddings import HashEmbeddings
from assistant.index.reader import IndexReader
from assistant.index.vector_copy import server_generations
from assistant.index.vectorstore import ModelMismatchError, VectorIndex
from ingest.pipeline import Indexer
from ingest.report import IngestReport

pytestmark = pytest.mark.integration

CHROMA = PROJECT_ROOT / ".venv" / "bin" / "chroma"
IOP = PROJECT_ROOT / ".venv" / "bin" / "iop"
START_TIMEOUT_S = 60


def _answers(port: int) -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v2/heartbeat", timeout=1) as r:
            return r.status == 200
    except OSError:
        return False


@pytest.fixture(scope="module")
def chroma_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, int]]:
    """A real `chroma run` on 127.0.0.1; fails (never skips) when it cannot start."""
    if not CHROMA.is_file():
        pytest.fail(f"{CHROMA} not found: the chromadb package must install the chroma CLI")
    path = tmp_path_factory.mktemp("chroma-server")
    port = free_port()
    log = (path / "server.log").open("w")
    proc = subprocess.Popen(
        [
            str(CHROMA),
            "run",
            "--path",
            str(path / "db"),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + START_TIMEOUT_S
        while not _answers(port):
            if proc.poll() is not None or time.monotonic() > deadline:
                log.flush()
                pytest.fail(
                    f"chroma run did not answer on port {port} (exit {proc.poll()}):\n"
                    + (path / "server.log").read_text(errors="replace")[-2000:]
                )
            time.sleep(0.1)
        yield "127.0.0.1", port
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


@pytest.fixture(params=["embedded", "server"])
def backend(request: pytest.FixtureRequest) -> dict[str, object]:
    """Settings overrides for one backend; each test gets its own server collection."""
    if request.param == "embedded":
        return {}
    host, port = request.getfixturevalue("chroma_server")
    return {
        "chroma_host": host,
        "chroma_port": port,
        "chroma_collection": f"iop-test-{uuid.uuid4().hex[:12]}",
    }


@pytest.fixture
def settings(tmp_path: Path, backend: dict[str, object]) -> Settings:
    (tmp_path / "corpus").mkdir()
    return make_settings(tmp_path, **backend)


def ingest(settings: Settings, dim: int = 256, **kwargs: object) -> IngestReport:
    return Indexer(settings, HashEmbeddings(dim)).run(**kwargs)  # type: ignore[arg-type]


def write_corpus(corpus: Path) -> None:
    (corpus / "lund").mkdir()
    (corpus / "malmo").mkdir()
    (corpus / "lund" / "lund-iop.txt").write_text(
        "Lunds kommun och idéburna föreningar samverkar kring ofrivillig ensamhet. "
        "Vid mötena serveras blåbärssoppa.\n",
        encoding="utf-8",
    )
    make_pdf(
        corpus / "malmo" / "riktlinjer.pdf",
        [["# Riktlinjer", "Malmö stad ingår partnerskap om ofrivillig ensamhet bland äldre."],
         ["# Kontakt", "Föreningen kontaktar förvaltningen i Malmö stad."]],
    )  # fmt: skip
    make_html(
        corpus / "om-iop.html",
        "<h1>Om idéburet offentligt partnerskap</h1><p>Ett IOP kan gälla ofrivillig "
        "ensamhet i vilken kommun som helst.</p>",
        title="Om IOP",
    )


def assert_in_line(settings: Settings) -> set[str]:
    catalog = live_catalog(settings)
    try:
        live = catalog.chunk_ids()
    finally:
        catalog.close()
    assert live_vectors(settings).ids() == live
    return live


def texts_found(settings: Settings, query: str) -> str:
    passages = IndexReader(settings, HashEmbeddings()).search(query, 50)
    return "\n".join(p.chunk.text for p in passages)


# --- the contract ----------------------------------------------------------------------


def test_ingest_fills_the_backend(settings: Settings) -> None:
    write_corpus(settings.corpus_dir)
    report = ingest(settings)
    assert report.ok and len(report.added) == 3
    live = assert_in_line(settings)
    assert len(live) == report.chunks == report.embedded > 0
    reader = IndexReader(settings, HashEmbeddings())
    hits = reader.search("blåbärssoppa", 3)
    assert hits and hits[0].chunk.source == "lund/lund-iop.txt"
    assert hits[0].dense_rank is not None  # the vector side answered, not only BM25
    assert ingest(settings).embedded == 0


def test_incremental_change_replaces_the_vectors(settings: Settings) -> None:
    write_corpus(settings.corpus_dir)
    ingest(settings)
    before = assert_in_line(settings)
    path = settings.corpus_dir / "lund" / "lund-iop.txt"
    path.write_text(path.read_text("utf-8").replace("blåbärssoppa", "lingonsylten"), "utf-8")
    report = ingest(settings)
    assert report.updated == ["lund/lund-iop.txt"] and len(report.unchanged) == 2
    after = assert_in_line(settings)
    assert before - after and after - before
    assert "blåbärssoppa" not in texts_found(settings, "blåbärssoppa")
    assert "lingonsylten" in texts_found(settings, "lingonsylten")


def test_sidecar_change_moves_the_document_to_another_municipality(settings: Settings) -> None:
    write_corpus(settings.corpus_dir)
    ingest(settings)
    sidecar = settings.corpus_dir / "lund" / "lund-iop.txt.meta.yaml"
    sidecar.write_text("municipality: Ystad\n", encoding="utf-8")
    assert ingest(settings).updated == ["lund/lund-iop.txt"]
    reader = IndexReader(settings, HashEmbeddings())
    ystad = reader.vectors.search("blåbärssoppa", 10, ["Ystad"])
    assert ystad and {reader.chunks[h.chunk_id].source for h in ystad} == {"lund/lund-iop.txt"}
    assert reader.vectors.search("blåbärssoppa", 10, ["Lund"]) == []


def test_delete_removes_the_vectors(settings: Settings) -> None:
    write_corpus(settings.corpus_dir)
    ingest(settings)
    (settings.corpus_dir / "lund" / "lund-iop.txt").unlink()
    report = ingest(settings)
    assert report.removed == ["lund/lund-iop.txt"]
    assert_in_line(settings)
    metadatas = live_vectors(settings)._collection.get(include=["metadatas"])
    assert {m["source"] for m in metadatas["metadatas"]} == {"malmo/riktlinjer.pdf", "om-iop.html"}
    assert "blåbärssoppa" not in texts_found(settings, "blåbärssoppa")


def test_municipality_filtered_search(settings: Settings) -> None:
    write_corpus(settings.corpus_dir)
    ingest(settings)
    reader = IndexReader(settings, HashEmbeddings())
    query = "ofrivillig ensamhet partnerskap"

    def sources(municipalities: list[str] | None) -> set[str]:
        return {p.chunk.source for p in reader.search(query, 20, municipalities)}

    assert sources(None) == {"lund/lund-iop.txt", "malmo/riktlinjer.pdf", "om-iop.html"}
    assert sources(["Malmö"]) == {"malmo/riktlinjer.pdf"}
    assert sources(["Lund", ""]) == {"lund/lund-iop.txt", "om-iop.html"}
    assert sources(["Kiruna"]) == set()
    dense = reader.vectors.search(query, 20, ["Malmö"])
    assert dense and all(reader.chunks[h.chunk_id].municipality == "Malmö" for h in dense)


def test_model_change_rebuilds_the_backend(settings: Settings, tmp_path: Path) -> None:
    write_corpus(settings.corpus_dir)
    first = ingest(settings)
    other = settings.model_copy(update={"embedding_model": "hash-64"})
    switched = ingest(other, dim=64)
    assert switched.rebuilt and len(switched.added) == 3
    assert switched.embedded == switched.chunks == first.chunks
    assert live_vectors(other, HashEmbeddings(64)).model == "hash-64"
    live_vectors(other, HashEmbeddings(64)).check_model()
    with pytest.raises(ModelMismatchError, match="--rebuild"):
        live_vectors(settings).check_model()
    hits = IndexReader(other, HashEmbeddings(64)).search("blåbärssoppa", 3)
    assert hits and hits[0].dense_rank is not None  # 64-dimensional vectors answer

    forced = ingest(other, dim=64, rebuild=True)
    assert forced.rebuilt and forced.embedded == forced.chunks
    assert_in_line(other)


@pytest.mark.slow
def test_a_reader_sees_what_an_ingest_in_another_process_wrote(settings: Settings) -> None:
    """The web app keeps one IndexReader open while `iop ingest` runs in another process
    (it switches to the generation that ingest published)."""
    write_corpus(settings.corpus_dir)
    ingest(settings)
    reader = IndexReader(settings, HashEmbeddings())
    assert reader.search("ofrivillig ensamhet", 3)

    (settings.corpus_dir / "ny.txt").write_text(
        "Hjortronkräm serveras när Lunds kommun och föreningen träffas.\n", "utf-8"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("IOP_")}
    env.update(
        IOP_CORPUS_DIR=str(settings.corpus_dir),
        IOP_DATA_DIR=str(settings.data_dir),
        IOP_EMBEDDING_MODEL="hash",
        IOP_CHROMA_COLLECTION=settings.chroma_collection,
        HF_HUB_OFFLINE="1",
    )
    if settings.chroma_host:
        env.update(IOP_CHROMA_HOST=settings.chroma_host, IOP_CHROMA_PORT=str(settings.chroma_port))
    done = subprocess.run(
        [str(IOP), "ingest", "--json"], env=env, cwd=settings.data_dir.parent,
        capture_output=True, text=True, timeout=180,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr

    hits = reader.search("hjortronkräm", 3)
    assert hits and hits[0].chunk.source == "ny.txt"
    assert hits[0].dense_rank is not None, "the new chunk is missing from the vector side"


def generations_with_vectors(settings: Settings) -> list[str]:
    """The generations whose vectors exist: server collections, or embedded folders."""
    if settings.chroma_host:
        prefix = f"{settings.chroma_collection}-"
        return [name.removeprefix(prefix) for name in server_generations(settings)]
    return [g.name for g in generations.on_disk(settings) if g.chroma_path.is_dir()]


def test_generations_come_and_go_on_the_backend(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_corpus(settings.corpus_dir)
    ingest(settings)
    first = generations.live(settings)
    assert first is not None
    holder = IndexReader(settings, HashEmbeddings())  # has not looked since: keeps the first
    path = settings.corpus_dir / "lund" / "lund-iop.txt"
    path.write_text(path.read_text("utf-8").replace("blåbärssoppa", "lingonsylten"), "utf-8")
    assert ingest(settings).updated == ["lund/lund-iop.txt"]
    second = generations.live(settings)
    assert second is not None and second.name != first.name
    assert generations_with_vectors(settings) == [first.name, second.name]
    hits = holder.vectors.search("blåbärssoppa", 3)
    assert hits and "blåbärssoppa" in holder.chunks[hits[0].chunk_id].text
    assert_in_line(settings)

    def fail(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("the disk went away")

    path.write_text(path.read_text("utf-8") + "\nNytt stycke om hjortron.\n", "utf-8")
    monkeypatch.setattr(VectorIndex, "upsert", fail)
    with pytest.raises(RuntimeError):
        ingest(settings)
    monkeypatch.undo()
    # A failed build leaves the live one; the run had removed the previous one first.
    assert generations.live(settings) == second
    (live, half) = generations_with_vectors(settings)
    assert live == second.name and half > live

    report = ingest(settings)  # removes the half-built one and makes the change
    assert report.updated == ["lund/lund-iop.txt"]
    fourth = generations.live(settings)
    assert fourth is not None and fourth.name > half
    assert generations_with_vectors(settings) == [second.name, fourth.name]
    assert_in_line(settings)
    assert "hjortron" in texts_found(settings, "hjortron")
