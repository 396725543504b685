"""Crash loop: `iop ingest` killed with SIGKILL at random moments must lose nothing.

    HF_HUB_OFFLINE=1 .venv/bin/python bench/crash_loop.py --iterations 20 [--seed 7] [--docs 60]

Each iteration mutates the corpus (changes, deletes and adds documents, edits a sidecar,
now and then asks for --rebuild), starts `iop ingest` (hash embedder) in a subprocess,
kills it with SIGKILL after a seeded random delay, checks that the live index generation
is still the one from before the kill, whole and answering (or, when the run got as far
as its switch, the new one, complete), re-runs the ingest to completion (exit 0), and
checks that the index matches the corpus exactly: every file at its current sha256, no
chunk of a deleted or old version anywhere, Chroma ids == catalogue chunk ids, Chroma
metadata == catalogue metadata, BM25 at the catalogue's generation, and no half-built
generation left on disk.

``tests/test_crash.py`` runs the same loop with fewer iterations.
"""

from __future__ import annotations

import sys
from pathlib import Path

_ROOT = Path(__file__).resolve().parents[1]
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _ROOT / "bench"]
for _extra in (_ROOT / "tests", _ROOT):
    if str(_extra) not in sys.path:
        sys.path.insert(0, str(_extra))

import argparse  # noqa: E402
import importlib.util  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import random  # noqa: E402
import shutil  # noqa: E402
import signal  # noqa: E402
import sqlite3  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from contextlib import closing  # noqa: E402
from dataclasses import dataclass, field  # noqa: E402
from typing import Any  # noqa: E402

IOP = _ROOT / ".venv" / "bin" / "iop"
DOCS = 60
SMALL_BATCH_MAIN = (
    "import sys, ingest.pipeline as p; p._EMBED_BATCH_CHUNKS = 8; "
    "from assistant.cli.main import main; sys.exit(main())"
)
SIDECAR_MUNICIPALITIES = ("Region Skåne", "Kiruna", "Ystad", "Mora")


def _generator() -> Any:
    """bench/ingest.py, loaded under another name (``ingest`` is the project's package)."""
    spec = importlib.util.spec_from_file_location("iop_bench_ingest", _ROOT / "bench/ingest.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _lock_holders() -> set[str]:
    """Pids holding a flock, from /proc/locks ("1: FLOCK ADVISORY WRITE <pid> ...")."""
    try:
        lines = Path("/proc/locks").read_text().splitlines()
    except OSError:
        return set()
    return {f[4] for f in (line.split() for line in lines) if len(f) > 4 and f[1] == "FLOCK"}


def _has_chroma_open(pid: int) -> bool:
    """Whether the process has Chroma's SQLite file open (Chroma is loaded, writes follow)."""
    try:
        fds = list(Path(f"/proc/{pid}/fd").iterdir())
    except OSError:
        return False
    for fd in fds:
        try:
            if os.readlink(fd).endswith("chroma.sqlite3"):
                return True
        except OSError:
            continue
    return False


def _wait_for(proc: subprocess.Popen[str], what: str, timeout: float = 120.0) -> None:
    """Wait until ``proc`` holds the ingest lock (``what="lock"``) or has opened Chroma
    (``what="chroma"``), or has exited."""
    deadline = time.monotonic() + timeout
    while proc.poll() is None and time.monotonic() < deadline:
        if what == "lock" and str(proc.pid) in _lock_holders():
            return
        if what == "chroma" and _has_chroma_open(proc.pid):
            return
        time.sleep(0.005)


def _documents_in_new_generation(settings: Any, live: str) -> int:
    """Documents committed so far in a generation being built after ``live``."""
    from assistant.index import generations

    number = generations.named(settings, live).number
    for generation in generations.on_disk(settings):
        if generation.number > number and generation.catalog_path.is_file():
            uri = f"file:{generation.catalog_path}?mode=ro"
            try:
                with closing(sqlite3.connect(uri, uri=True, timeout=0.1)) as db:
                    return int(db.execute("SELECT count(*) FROM documents").fetchone()[0])
            except sqlite3.Error:
                return 0  # being created or written right now
    return 0


@dataclass
class Expected:
    """What the index must hold once an ingest completes."""

    markers: dict[str, str] = field(default_factory=dict)  # rel -> marker of current version
    municipality: dict[str, str] = field(default_factory=dict)  # rel -> expected name
    dead: set[str] = field(default_factory=set)  # markers of old versions and deleted files


@dataclass
class Iteration:
    number: int
    mutations: list[str]
    rebuild: bool
    small_batches: bool
    delay: float
    killed: bool  # False when the run finished before the kill
    kill_rc: int | None
    after_kill: str  # what the kill left: stray vectors, commits made
    rerun: dict[str, Any]
    seconds: float

    def line(self) -> str:
        r = self.rerun
        state = (
            f"killed after {self.delay:.2f}s ({self.after_kill})"
            if self.killed
            else "finished before the kill"
        )
        changes = f"{len(self.mutations)} changes" if self.mutations else "fresh corpus"
        return (
            f"#{self.number:02d} {'--rebuild ' if self.rebuild else ''}{changes}"
            f"{' (small batches)' if self.small_batches else ''}; {state}"
            f" -> re-run: +{len(r['added'])} "
            f"~{len(r['updated'])} -{len(r['removed'])} ={len(r['unchanged'])} "
            f"embedded {r['embedded']} chunks {r['chunks']} ({self.seconds:.1f}s) OK"
        )


class CrashLoop:
    """A corpus, an index and the expectations about it, in one scratch folder."""

    def __init__(self, root: Path, seed: int, docs: int = DOCS) -> None:
        self.root = root
        self.corpus = root / "corpus"
        self.data = root / "data"
        self.rng = random.Random(seed)
        self.gen = _generator()
        self.expected = Expected()
        self.docs: dict[str, Any] = {}  # rel -> GeneratedDoc
        self.versions: dict[str, int] = {}
        self.next_index = docs
        for doc in self.gen.generate_corpus(self.corpus, docs, seed):
            self._track(doc)
        self.startup_s = 1.0  # until `iop ingest` has Chroma open
        self.idle_s = 0.5  # from then to the exit when nothing changed
        self.per_doc_s = 0.1

    # -- corpus and expectations ----------------------------------------------------------
    def _track(self, doc: Any) -> None:
        old = self.expected.markers.get(doc.rel)
        if old is not None:
            self.expected.dead.add(old)
        self.docs[doc.rel] = doc
        self.expected.markers[doc.rel] = doc.marker
        sidecar = doc.path.with_name(doc.path.name + ".meta.yaml")
        if not sidecar.exists():
            self.expected.municipality[doc.rel] = doc.municipality

    def _index_of(self, rel: str) -> int:
        return int(Path(rel).stem.rsplit("-", 1)[1])

    def mutate(self) -> list[str]:
        """Change, delete and add a few documents; sometimes edit a sidecar."""
        done: list[str] = []
        live = sorted(self.docs)
        for rel in self.rng.sample(live, self.rng.randint(1, 12)):
            version = self.versions.get(rel, 0) + 1
            self.versions[rel] = version
            kind = "pdf" if rel.endswith(".pdf") else "html"
            doc = self.gen.write_document(
                self.corpus, self._index_of(rel), self.rng, kind, version=version
            )
            assert doc.rel == rel
            self._track(doc)
            done.append(f"changed {rel}")
        for rel in self.rng.sample(sorted(self.docs), self.rng.randint(1, 2)):
            doc = self.docs.pop(rel)
            doc.path.unlink()
            sidecar = doc.path.with_name(doc.path.name + ".meta.yaml")
            sidecar.unlink(missing_ok=True)
            self.expected.dead.add(self.expected.markers.pop(rel))
            self.expected.municipality.pop(rel, None)
            done.append(f"deleted {rel}")
        for _ in range(self.rng.randint(1, 2)):
            kind = self.rng.choice(["pdf", "html"])
            doc = self.gen.write_document(self.corpus, self.next_index, self.rng, kind)
            self.next_index += 1
            self._track(doc)
            done.append(f"added {doc.rel}")
        if self.rng.random() < 0.5:
            rel = self.rng.choice(sorted(self.docs))
            name = self.rng.choice(SIDECAR_MUNICIPALITIES)
            path = self.docs[rel].path
            path.with_name(path.name + ".meta.yaml").write_text(
                f"municipality: {name}\n", encoding="utf-8"
            )
            self.expected.municipality[rel] = name
            done.append(f"sidecar {rel} -> {name}")
        return done

    # -- running iop ----------------------------------------------------------------------
    def _env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("IOP_")}
        env.update(
            IOP_CORPUS_DIR=str(self.corpus),
            IOP_DATA_DIR=str(self.data),
            IOP_EMBEDDING_MODEL="hash",
            HF_HUB_OFFLINE="1",
            TRANSFORMERS_OFFLINE="1",
        )
        return env

    def start(self, rebuild: bool = False, small_batches: bool = False) -> subprocess.Popen[str]:
        """`iop ingest --json`; with ``small_batches`` the same entry point, but flushing
        vectors every few chunks, so that more kills land between a vector write and
        its catalogue commit."""
        command = [str(IOP)]
        if small_batches:
            command = [str(IOP.parent / "python"), "-c", SMALL_BATCH_MAIN]
        args = [*command, "ingest", "--json", *(["--rebuild"] if rebuild else [])]
        return subprocess.Popen(
            args,
            cwd=self.root,
            env=self._env(),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    def run_to_end(self, rebuild: bool = False) -> dict[str, Any]:
        proc = self.start(rebuild)
        out, err = proc.communicate(timeout=600)
        if proc.returncode != 0:
            raise AssertionError(f"iop ingest exited {proc.returncode}\n{err}\n{out}")
        report = json.loads(out)
        if report["failed"]:
            raise AssertionError(f"files failed: {report['failed']}")
        return report

    def _timed_run(self) -> tuple[float, float]:
        """(seconds until the child has Chroma open, seconds from then to its exit)."""
        start = time.perf_counter()
        proc = self.start()
        _wait_for(proc, "chroma")
        opened = time.perf_counter()
        _out, err = proc.communicate(timeout=600)
        assert proc.returncode == 0, err
        return opened - start, time.perf_counter() - opened

    def calibrate(self) -> None:
        """Time a full and an idle ingest on a copy, to aim the kills at the work itself."""
        probe = CrashLoop.__new__(CrashLoop)
        probe.root = self.root / "calibration"
        probe.corpus, probe.data = probe.root / "corpus", probe.root / "data"
        shutil.copytree(self.corpus, probe.corpus)
        self.startup_s, full = probe._timed_run()
        _, self.idle_s = probe._timed_run()
        self.per_doc_s = max(full - self.idle_s, 0.05) / max(len(self.docs), 1)
        shutil.rmtree(probe.root)

    def kill_during_run(
        self, files_to_do: int, rebuild: bool, small_batches: bool
    ) -> tuple[float, bool, int | None]:
        """Start an ingest and SIGKILL it at a random moment: mostly while it writes the
        index (after it opened Chroma), sometimes while it still starts up."""
        proc = self.start(rebuild, small_batches)
        if self.rng.random() < 0.15:
            _wait_for(proc, "lock")
            delay = self.rng.uniform(0.0, self.startup_s)
        else:
            _wait_for(proc, "chroma")
            delay = self.rng.uniform(0.0, 1.1 * (self.idle_s + self.per_doc_s * files_to_do))
        try:
            proc.wait(timeout=delay)
            killed = False
        except subprocess.TimeoutExpired:
            os.kill(proc.pid, signal.SIGKILL)
            killed = True
        proc.communicate(timeout=60)
        return delay, killed, proc.returncode

    def kill_rebuild_after_writes(self, timeout: float = 120.0) -> str:
        """Start `iop ingest --rebuild` and SIGKILL it once its new generation's catalogue
        lists a document (vectors and catalogue written, not yet live); then check that
        the old generation still answers. Returns what the kill left, for the log."""
        from assistant.index import generations

        before = self.live_state()
        assert before[0] is not None, "build an index first"
        proc = self.start(rebuild=True, small_batches=True)
        deadline = time.monotonic() + timeout
        while proc.poll() is None and time.monotonic() < deadline:
            if _documents_in_new_generation(self._settings(), before[0]) > 0:
                break
            time.sleep(0.01)
        assert proc.poll() is None, "the rebuild ended before it could be killed"
        os.kill(proc.pid, signal.SIGKILL)
        proc.communicate(timeout=60)
        assert generations.live(self._settings()) is not None
        return self.check_readable(before)

    # -- checks ---------------------------------------------------------------------------
    def _settings(self) -> Any:
        from assistant.core.settings import Settings

        return Settings(
            _env_file=None,  # type: ignore[call-arg]
            corpus_dir=self.corpus,
            data_dir=self.data,
            embedding_model="hash",
        )

    def live_state(self) -> tuple[str | None, dict[str, str], set[str]]:
        """(live generation, {source: sha256}, chunk ids) as readers see them now."""
        from assistant.index import generations
        from assistant.index.catalog import Catalog

        live = generations.live(self._settings())
        if live is None:
            return None, {}, set()
        catalog = Catalog(live.catalog_path, create=False)
        try:
            documents = {d.source: d.sha256 for d in catalog.documents()}
            return live.name, documents, catalog.chunk_ids()
        finally:
            catalog.close()

    def check_readable(self, before: tuple[str | None, dict[str, str], set[str]]) -> str:
        """After a kill: the generation that was live before it still is, unchanged and
        answering (unless the run got as far as its switch: then the new one is complete);
        readers see only catalogued chunks.

        Returns what the kill left behind, for the log.
        """
        from assistant.index import generations
        from assistant.index.catalog import Catalog
        from assistant.index.embeddings import HashEmbeddings
        from assistant.index.reader import IndexReader

        settings = self._settings()
        live = generations.live(settings)
        if live is None:
            assert before[0] is None, f"the live generation {before[0]} is gone"
            return "no generation yet"  # killed during the first build
        db = sqlite3.connect(live.catalog_path)
        try:
            integrity = db.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            db.close()
        assert integrity == "ok", f"catalogue damaged: {integrity}"
        switched = live.name != before[0]
        if switched:
            self.check_exact()  # published before the kill: it must be complete
        else:
            assert self.live_state() == before, "the live generation changed under a kill"
        catalog = Catalog(live.catalog_path, create=False)
        reader = IndexReader(settings, HashEmbeddings())
        try:
            live_ids = catalog.chunk_ids()
            for doc in catalog.documents():
                got = len(catalog.chunks_of(doc.source))
                listed = doc.chunk_count
                assert got == listed, f"{doc.source}: {got} chunks, {listed} listed"
            assert reader.generation == live.name
            for municipalities in (None, ["Malmö"], ["Lund", ""]):
                passages = reader.search("kriterier för idéburet partnerskap", 10, municipalities)
                assert {p.chunk.chunk_id for p in passages} <= live_ids, "unlisted chunks"
                if live_ids and municipalities is None:
                    assert passages, "a non-empty index found nothing"
            dense = reader.vectors.search("föreningen kontaktar förvaltningen", 20)
            assert all(-1.01 <= hit.score <= 1.01 for hit in dense)
            assert reader.vectors.ids() == live_ids, "the live generation has stray vectors"
            assert reader.lexical is None or set(reader.lexical.chunk_ids) == live_ids
            left = [g.name for g in generations.on_disk(settings) if g.number > live.number]
            return (
                f"{'switched to' if switched else 'still'} {live.name} with {len(live_ids)} "
                f"chunks; half-built: {', '.join(left) or 'none'}"
            )
        finally:
            reader.close()
            catalog.close()

    def check_exact(self) -> None:
        """After a completed run: the index is the corpus, exactly."""
        from assistant.index import generations
        from assistant.index.catalog import Catalog
        from assistant.index.embeddings import HashEmbeddings
        from assistant.index.lexical import LexicalIndex
        from assistant.index.vectorstore import VectorIndex
        from ingest.pipeline import content_hash, scan_corpus, vector_metadata

        settings = self._settings()
        live = generations.live(settings)
        assert live is not None, "no live generation"
        catalog = Catalog(live.catalog_path, create=False)
        vectors = VectorIndex(settings, HashEmbeddings(), live)
        try:
            files, _ = scan_corpus(self.corpus)
            on_disk = {f.rel: f for f in files}
            documents = {d.source: d for d in catalog.documents()}
            assert set(documents) == set(on_disk) == set(self.expected.markers), sorted(
                set(documents) ^ set(on_disk)
            )
            for rel, doc in documents.items():
                assert doc.sha256 == content_hash(on_disk[rel]), f"{rel}: stale sha256"
                assert doc.municipality == self.expected.municipality[rel], rel
            chunks = catalog.all_chunks()
            by_source: dict[str, str] = {}
            for chunk in chunks:
                by_source[chunk.source] = by_source.get(chunk.source, "") + chunk.text
                assert chunk.municipality == documents[chunk.source].municipality
            for rel, marker in self.expected.markers.items():
                assert marker in by_source.get(rel, ""), f"{rel}: current version missing"
            catalogued_text = "\n".join(by_source.values())
            stale = [m for m in self.expected.dead if m in catalogued_text]
            assert not stale, f"old or deleted versions in the catalogue: {stale}"

            got = vectors._collection.get(include=["documents", "metadatas"])
            stored = dict(zip(got["ids"], zip(got["documents"], got["metadatas"], strict=True),
                              strict=True))  # fmt: skip
            live_chunks = {c.chunk_id: c for c in chunks}
            assert set(stored) == set(live_chunks), (
                f"Chroma ids != catalogue ids: {len(set(stored) - set(live_chunks))} extra, "
                f"{len(set(live_chunks) - set(stored))} missing"
            )
            for chunk_id, (text, metadata) in stored.items():
                assert text == live_chunks[chunk_id].text, f"{chunk_id}: Chroma text differs"
                assert metadata == vector_metadata(live_chunks[chunk_id]), f"{chunk_id}: metadata"
            chroma_text = "\n".join(text for text, _ in stored.values())
            stale = [m for m in self.expected.dead if m in chroma_text]
            assert not stale, f"old or deleted versions in Chroma: {stale}"
            assert vectors.model == "hash"

            lexical = LexicalIndex.load(live.lexical_path)
            assert lexical is not None and lexical.generation == catalog.generation
            assert set(lexical.chunk_ids) == set(live_chunks), "BM25 ids != catalogue ids"
        finally:
            vectors.close()
            catalog.close()

    def check_cleaned_up(self) -> None:
        """After a completed run: no half-built generation is left, at most the previous
        one (kept for readers until the next run)."""
        from assistant.index import generations

        settings = self._settings()
        live = generations.live(settings)
        assert live is not None
        names = [g.name for g in generations.on_disk(settings)]
        assert live.name in names and len(names) <= 2, f"generations on disk: {names}"
        assert all(g.number <= live.number for g in generations.on_disk(settings)), names

    # -- the loop -------------------------------------------------------------------------
    def iteration(self, number: int, rebuild: bool | None = None) -> Iteration:
        """One mutation, one killed run, the checks; ``rebuild`` forces the kind of run."""
        started = time.perf_counter()
        mutations = [] if number == 0 else self.mutate()
        if rebuild is None:
            rebuild = number > 0 and self.rng.random() < 0.2
        changed = sum(not m.startswith("deleted") for m in mutations)
        work = len(self.docs) if number == 0 or rebuild else changed
        small_batches = number % 2 == 1
        before = self.live_state()
        delay, killed, rc = self.kill_during_run(work, rebuild, small_batches)
        after_kill = self.check_readable(before)
        rerun = self.run_to_end()
        self.check_exact()
        self.check_cleaned_up()
        seconds = time.perf_counter() - started
        return Iteration(
            number, mutations, rebuild, small_batches, delay, killed, rc, after_kill, rerun, seconds
        )


def run(
    iterations: int, seed: int, root: Path, docs: int = DOCS, echo: Any = None
) -> list[Iteration]:
    """Run the loop; raises AssertionError at the first broken index (kept under ``root``)."""
    loop = CrashLoop(root, seed, docs)
    loop.calibrate()
    if echo:
        echo(
            f"{docs} documents; start-up {loop.startup_s:.2f}s, idle run {loop.idle_s:.2f}s, "
            f"{loop.per_doc_s * 1000:.0f} ms of ingest per document; seed {seed}"
        )
    results = []
    for number in range(iterations):
        result = loop.iteration(number)
        results.append(result)
        if echo:
            echo(result.line())
    unchanged = loop.run_to_end()
    if unchanged["embedded"] != 0 or unchanged["added"] or unchanged["updated"]:
        raise AssertionError(f"a final no-op run did work: {unchanged}")
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--iterations", type=int, default=20)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--docs", type=int, default=DOCS)
    parser.add_argument("--keep", action="store_true", help="keep the scratch folder")
    args = parser.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    root = Path(tempfile.mkdtemp(prefix="iop-crash-"))
    started = time.perf_counter()
    try:
        results = run(args.iterations, args.seed, root, args.docs, echo=print)
    except AssertionError as exc:
        print(f"FAILED: {exc}\nindex kept in {root}", file=sys.stderr)
        return 1
    killed = sum(r.killed for r in results)
    print(
        f"{len(results)} iterations, {killed} killed mid-run, "
        f"{len(results) - killed} finished before the kill; all checks passed "
        f"in {time.perf_counter() - started:.0f}s"
    )
    if args.keep:
        print(f"kept {root}")
    else:
        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
