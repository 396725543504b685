"""Index generations: readers keep answering from the live generation while an ingest
builds the next one beside it, and switch when it is complete.

Covered here: readers (long-lived, fresh, and an `iop ask --jsonl` process) during a
rebuild never see an empty index; a rebuild killed with SIGKILL leaves the old generation
live and the next run removes the half-built one; unchanged runs make no generation and
copy nothing; the previous generation stays until the next run; the free-disk check; an
index written before generations; a model change answered from BM25 until the switch.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from conftest import live_catalog, live_vectors, make_settings

import ingest.generation as next_generation
from assistant.cli.ingest import run_ingest
from assistant.core.settings import PROJECT_ROOT, Settings
from assistant.index import generations
from assistant.index.embeddings import HashEmbeddings
from assistant.index.generations import NotEnoughDiskError
from assistant.index.reader import IndexReader
from ingest.pipeline import Indexer

IOP = PROJECT_ROOT / ".venv" / "bin" / "iop"
OLD_WORD = "blåbärssoppa"
NEW_WORD = "lingonsylten"
PLACES = ("lund", "malmo", "uppsala", "kiruna")
TOPICS = (
    "ofrivillig ensamhet bland äldre", "läxhjälp för barn", "idrott för unga", "språkcafé",
    "matlagning för nyanlända", "friluftsliv och natur", "kör och teater", "cykelverkstad",
)  # fmt: skip


def write_corpus(corpus: Path, docs: int = 24) -> None:
    for i in range(docs):
        place, topic = PLACES[i % len(PLACES)], TOPICS[i % len(TOPICS)]
        path = corpus / place / f"iop-{i}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        extra = f" Till fikat serveras {OLD_WORD}." if i == 0 else ""
        path.write_text(
            f"Idéburet offentligt partnerskap nummer {i} om {topic}\n\n"
            f"Kommunen och föreningen samverkar om {topic}.{extra} Föreningen bidrar med "
            f"egna resurser och ideella krafter i projekt {i}.\n",
            encoding="utf-8",
        )


def change_first_document(corpus: Path) -> None:
    path = corpus / PLACES[0] / "iop-0.txt"
    path.write_text(path.read_text("utf-8").replace(OLD_WORD, NEW_WORD), "utf-8")


def ingest(settings: Settings, **kwargs: object) -> object:
    return Indexer(settings, HashEmbeddings()).run(**kwargs)  # type: ignore[arg-type]


def chunk_ids(settings: Settings) -> set[str]:
    catalog = live_catalog(settings)
    try:
        return catalog.chunk_ids()
    finally:
        catalog.close()


def env_for(settings: Settings) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("IOP_")}
    env.update(
        IOP_CORPUS_DIR=str(settings.corpus_dir),
        IOP_DATA_DIR=str(settings.data_dir),
        IOP_EMBEDDING_MODEL="hash",
        HF_HUB_OFFLINE="1",
        PYTHONPATH=str(PROJECT_ROOT),
    )
    return env


@pytest.fixture
def indexed(settings: Settings) -> Settings:
    write_corpus(settings.corpus_dir)
    ingest(settings)
    return settings


class HeldEmbeddings(HashEmbeddings):
    """Hash embeddings that hold the ingest at its first batch until released."""

    def __init__(self) -> None:
        super().__init__()
        self.inside, self.release = threading.Event(), threading.Event()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        self.inside.set()
        assert self.release.wait(60), "never released"
        return super().embed_documents(texts)


class Asker:
    """`iop ask --jsonl` in its own process: one question in, one answer out."""

    def __init__(self, settings: Settings) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", "import sys; from assistant.cli.main import main; "
             "sys.exit(main())", "ask", "--jsonl"],
            env=env_for(settings), cwd=PROJECT_ROOT, text=True,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        )  # fmt: skip

    def ask(self, question: str) -> dict[str, object]:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(json.dumps({"question": question}) + "\n")
        self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        if not line:
            assert self.proc.stderr is not None
            raise AssertionError(f"no answer (exit {self.proc.wait()}): {self.proc.stderr.read()}")
        answer: dict[str, object] = json.loads(line)
        return answer

    def close(self) -> int:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait(60)
        return self.proc.returncode


# -- readers during a rebuild ------------------------------------------------------------
@pytest.mark.slow
def test_readers_during_a_rebuild_always_answer_from_the_old_or_the_new_generation(
    indexed: Settings,
) -> None:
    settings = indexed
    old_ids, old_name = chunk_ids(settings), generations.live(settings).name  # type: ignore[union-attr]
    change_first_document(settings.corpus_dir)
    long_lived = IndexReader(settings, HashEmbeddings())
    embeddings = HeldEmbeddings()
    reports: list[object] = []
    build = threading.Thread(
        target=lambda: reports.append(Indexer(settings, embeddings).run(rebuild=True))
    )
    build.start()
    seen: list[set[str]] = []

    def search_all(reader: IndexReader) -> None:
        for query in (OLD_WORD, NEW_WORD, "ofrivillig ensamhet", "idéburet partnerskap"):
            passages = reader.search(query, 5)
            assert passages, f"{query!r}: nothing found (generation {reader.generation})"
            seen.append({p.chunk.chunk_id for p in passages})

    try:
        assert embeddings.inside.wait(30), "the rebuild never started embedding"
        # The new generation is being written (not live): every reader gets the old one.
        assert generations.live(settings).name == old_name  # type: ignore[union-attr]
        asker = Asker(settings)
        during = [asker.ask(q) for q in ("Vad är IOP?", "Vilka samarbetar om språkcafé?")]
        for _ in range(3):
            search_all(long_lived)
            fresh = IndexReader(settings, HashEmbeddings())
            assert not fresh.is_empty and fresh.generation == old_name
            search_all(fresh)
            fresh.close()
        assert build.is_alive(), "the rebuild finished before the readers were checked"
        embeddings.release.set()
        while build.is_alive():  # the switch happens while these searches run
            search_all(long_lived)
        build.join()
        after = asker.ask("Vad är IOP?")
        assert asker.close() == 0
    finally:
        embeddings.release.set()
        build.join(60)

    assert reports and reports[0].rebuilt  # type: ignore[attr-defined]
    new_ids = chunk_ids(settings)
    assert old_ids != new_ids
    for ids in seen:  # each search from one generation, never a mix and never empty
        assert ids <= old_ids or ids <= new_ids, ids
    for answer in [*during, after]:
        assert "answer" in answer and "error" not in answer, answer
    long_lived.refresh()
    assert long_lived.generation == generations.live(settings).name != old_name  # type: ignore[union-attr]
    assert any(NEW_WORD in p.chunk.text for p in long_lived.search(NEW_WORD, 5))


# -- a killed rebuild --------------------------------------------------------------------
SMALL_BATCHES = (
    "import sys, ingest.pipeline as p; p._EMBED_BATCH_CHUNKS = 4; "
    "from assistant.cli.main import main; sys.exit(main())"
)


def _documents_in(generation: generations.Generation) -> int:
    import sqlite3
    from contextlib import closing

    try:
        uri = f"file:{generation.catalog_path}?mode=ro"
        with closing(sqlite3.connect(uri, uri=True, timeout=0.1)) as db:
            return int(db.execute("SELECT count(*) FROM documents").fetchone()[0])
    except sqlite3.Error:
        return 0


@pytest.mark.slow
def test_a_rebuild_killed_with_sigkill_leaves_the_old_generation_live(indexed: Settings) -> None:
    settings = indexed
    write_corpus(settings.corpus_dir, docs=80)
    ingest(settings)
    before, ids = generations.live(settings), chunk_ids(settings)
    assert before is not None
    proc = subprocess.Popen(
        [sys.executable, "-c", SMALL_BATCHES, "ingest", "--rebuild", "--json"],
        env=env_for(settings), cwd=PROJECT_ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    deadline = time.monotonic() + 120
    half: generations.Generation | None = None
    while proc.poll() is None and time.monotonic() < deadline:
        building = [g for g in generations.on_disk(settings) if g.number > before.number]
        if building and _documents_in(building[0]) > 0:
            half = building[0]
            break
        time.sleep(0.01)
    assert half is not None and proc.poll() is None, "the rebuild was not caught half-way"
    os.kill(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=60)

    assert generations.live(settings) == before and chunk_ids(settings) == ids
    assert half.root.is_dir()
    reader = IndexReader(settings, HashEmbeddings())
    assert reader.generation == before.name and set(reader.chunks) == ids
    assert reader.search("ofrivillig ensamhet", 3)

    report = Indexer(settings, HashEmbeddings()).run()
    assert report.ok and report.embedded == 0 and not report.added and not report.updated
    assert not half.root.exists(), "the half-built generation was not removed"
    assert [g.name for g in generations.on_disk(settings)] == [before.name]


# -- what each run leaves on disk ---------------------------------------------------------
def test_an_unchanged_run_makes_no_generation_and_copies_nothing(
    indexed: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = indexed
    live = generations.live(settings)

    def refuse(*_args: object) -> None:
        raise AssertionError("an unchanged run copied the vectors")

    monkeypatch.setattr(next_generation, "copy_vectors", refuse)
    path = settings.corpus_dir / "lund" / "iop-0.txt"
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10**9))  # touch
    (settings.corpus_dir / "lund" / "trasig.pdf").write_bytes(b"%PDF-1.7 trasig")  # fails
    for _ in range(2):
        report = ingest(settings)
        assert report.embedded == 0 and not report.added and not report.updated  # type: ignore[attr-defined]
        assert [f.path for f in report.failed] == ["lund/trasig.pdf"]  # type: ignore[attr-defined]
        assert generations.live(settings) == live
        assert [g.name for g in generations.on_disk(settings)] == [live.name]  # type: ignore[union-attr]
    # The bookkeeping went into the live catalogue: the touch is remembered.
    catalog = live_catalog(settings)
    assert catalog.document("lund/iop-0.txt").mtime_ns == path.stat().st_mtime_ns  # type: ignore[union-attr]
    assert [f.source for f in catalog.failures()] == ["lund/trasig.pdf"]
    catalog.close()


def test_a_change_makes_a_new_generation_and_the_previous_one_stays_until_the_next_run(
    indexed: Settings,
) -> None:
    settings = indexed
    first = generations.live(settings)
    assert first is not None and first.name == "gen-000001"
    holder = IndexReader(settings, HashEmbeddings())  # a reader in "another process"
    change_first_document(settings.corpus_dir)
    assert ingest(settings).updated == ["lund/iop-0.txt"]  # type: ignore[attr-defined]
    second = generations.live(settings)
    assert second is not None and second.name == "gen-000002"
    assert [g.name for g in generations.on_disk(settings)] == [first.name, second.name]
    # The reader that has not looked since still answers from the first generation.
    assert holder.generation == first.name
    hits = holder.vectors.search(f"Till fikat serveras {OLD_WORD}", 5)  # no refresh
    assert any(OLD_WORD in holder.chunks[h.chunk_id].text for h in hits)
    holder.refresh()
    assert holder.generation == second.name
    assert all(OLD_WORD not in p.chunk.text for p in holder.search(OLD_WORD, 5))

    ingest(settings)  # nothing changed: the previous generation goes, no new one comes
    assert [g.name for g in generations.on_disk(settings)] == [second.name]
    assert live_vectors(settings).ids() == chunk_ids(settings)


def test_numbers_only_grow(indexed: Settings) -> None:
    settings = indexed
    stray = generations.named(settings, "gen-000007")
    stray.root.mkdir()  # a half-built generation from a killed run
    change_first_document(settings.corpus_dir)
    ingest(settings)
    assert generations.live(settings).name == "gen-000008"  # type: ignore[union-attr]
    assert not stray.root.exists()


# -- disk ----------------------------------------------------------------------------------
def test_too_little_disk_refuses_a_new_generation_and_leaves_the_live_one(
    indexed: Settings, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = indexed
    live = generations.live(settings)
    assert live is not None
    size = generations.size_bytes(live)
    assert size > 0

    class Usage:
        free = size // 2  # less than one more generation of this size

    monkeypatch.setattr(generations, "disk_usage", lambda _path: Usage())
    change_first_document(settings.corpus_dir)
    with pytest.raises(NotEnoughDiskError) as raised:
        ingest(settings)
    message = str(raised.value)
    assert message.startswith("Not enough free disk for a new index generation: need about ")
    assert f"MB in {settings.index_path}, " in message and message.endswith(" MB free")
    need = int(message.split("need about ")[1].split(" MB")[0])
    assert need * 1024 * 1024 >= size  # at least one more generation of the live one's size
    assert generations.live(settings) == live
    assert [g.name for g in generations.on_disk(settings)] == [live.name]

    assert run_ingest(settings, rebuild=False, as_json=True) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("Not enough free disk") and "\n" not in err
    # An unchanged run needs no new generation and so no room for one.
    monkeypatch.undo()
    ingest(settings)
    monkeypatch.setattr(generations, "disk_usage", lambda _path: Usage())
    assert run_ingest(settings, rebuild=False, as_json=True) == 0


# -- an index written before generations -----------------------------------------------------
def test_an_index_from_before_generations_answers_until_it_is_replaced(
    indexed: Settings,
) -> None:
    settings = indexed
    live = generations.live(settings)
    assert live is not None
    root = settings.index_path
    for name in ("catalog.sqlite", "chroma", "lexical"):
        (live.root / name).rename(root / name)  # the layout before generations
    for leftover in live.root.iterdir():
        leftover.unlink()
    live.root.rmdir()
    (root / generations.POINTER).unlink()
    ids = chunk_ids(settings)

    legacy = generations.live(settings)
    assert legacy is not None and legacy.name == generations.LEGACY
    reader = IndexReader(settings, HashEmbeddings())
    assert set(reader.chunks) == ids and reader.search(OLD_WORD, 3)[0].dense_rank is not None

    change_first_document(settings.corpus_dir)
    assert ingest(settings).updated == ["lund/iop-0.txt"]  # type: ignore[attr-defined]
    assert generations.live(settings).name == "gen-000001"  # type: ignore[union-attr]
    assert (root / "catalog.sqlite").exists()  # kept for readers until the next run
    reader.refresh()
    assert any(NEW_WORD in p.chunk.text for p in reader.search(NEW_WORD, 3))
    ingest(settings)
    assert not any((root / n).exists() for n in ("catalog.sqlite", "chroma", "lexical"))


# -- another embedding model -----------------------------------------------------------------
def test_while_a_model_change_is_rebuilt_the_old_generation_answers_from_bm25(
    indexed: Settings, tmp_path: Path
) -> None:
    settings = indexed
    other = make_settings(tmp_path, embedding_model="hash-64")
    reader = IndexReader(other, HashEmbeddings(dim=64))  # the app restarted with the new model
    hits = reader.search("ofrivillig ensamhet", 3)
    assert hits and all(p.dense_rank is None for p in hits)  # old vectors: not this model's
    report = Indexer(other, HashEmbeddings(dim=64)).run()
    assert report.rebuilt
    reader.refresh()
    hits = reader.search("ofrivillig ensamhet", 3)
    assert hits and hits[0].dense_rank is not None
    assert settings.index_path == other.index_path
