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
import json  # noqa: E402
import os  # noqa: E402
import random  # noqa: E402
import shutil  # noqa: E402
import signal  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from dataclasses import dataclass  # noqa: E402
from typing import Any  # noqa: E402

from assistant.core.settings import Settings  # noqa: E402
from bench.lib import synthetic  # noqa: E402
from bench.lib.index_checks import (  # noqa: E402
    Expected,
    LiveState,
    check_cleaned_up,
    check_exact,
    check_readable,
    documents_in_new_generation,
    hash_settings,
    live_state,
)
from bench.lib.processes import wait_for  # noqa: E402

IOP = _ROOT / ".venv" / "bin" / "iop"
DOCS = 60
SMALL_BATCH_MAIN = (
    "import sys, ingest.pipeline as p; p._EMBED_BATCH_CHUNKS = 8; "
    "from assistant.cli.main import main; sys.exit(main())"
)
SIDECAR_MUNICIPALITIES = ("Region Skåne", "Kiruna", "Ystad", "Mora")


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
        self.expected = Expected()
        self.docs: dict[str, synthetic.GeneratedDoc] = {}
        self.versions: dict[str, int] = {}
        self.next_index = docs
        for doc in synthetic.generate_corpus(self.corpus, docs, seed):
            self._track(doc)
        self.startup_s = 1.0  # until `iop ingest` has Chroma open
        self.idle_s = 0.5  # from then to the exit when nothing changed
        self.per_doc_s = 0.1

    # -- corpus and expectations ----------------------------------------------------------
    def _track(self, doc: synthetic.GeneratedDoc) -> None:
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
            doc = synthetic.write_document(
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
            doc = synthetic.write_document(self.corpus, self.next_index, self.rng, kind)
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
        wait_for(proc, "chroma")
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
            wait_for(proc, "lock")
            delay = self.rng.uniform(0.0, self.startup_s)
        else:
            wait_for(proc, "chroma")
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
        before = self.live_state()
        assert before[0] is not None, "build an index first"
        proc = self.start(rebuild=True, small_batches=True)
        deadline = time.monotonic() + timeout
        while proc.poll() is None and time.monotonic() < deadline:
            if documents_in_new_generation(self.settings(), before[0]) > 0:
                break
            time.sleep(0.01)
        assert proc.poll() is None, "the rebuild ended before it could be killed"
        os.kill(proc.pid, signal.SIGKILL)
        proc.communicate(timeout=60)
        return self.check_readable(before)

    # -- checks ---------------------------------------------------------------------------
    def settings(self) -> Settings:
        return hash_settings(self.corpus, self.data)

    def live_state(self) -> LiveState:
        """(live generation, {source: sha256}, chunk ids) as readers see them now."""
        return live_state(self.settings())

    def check_readable(self, before: LiveState) -> str:
        """After a kill: the generation live before it still answers, unchanged (or the
        new one, complete); returns what the kill left behind, for the log."""
        return check_readable(self.settings(), before, self.expected)

    def check_exact(self) -> None:
        """After a completed run: the index is the corpus, exactly."""
        check_exact(self.settings(), self.expected)

    def check_cleaned_up(self) -> None:
        """After a completed run: at most the previous generation is left beside the live
        one (kept for readers until the next run)."""
        check_cleaned_up(self.settings())

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
