"""Askers during a rebuild: does the chat go dark while `iop ingest --rebuild` runs?

    HF_HUB_OFFLINE=1 .venv/bin/python bench/rebuild_readers.py [--chunks 3000] [--askers 3]
        [--model hash] [--checkout PATH] [--work DIR]

Writes the national corpus of ``bench/national_corpus.py`` (about ``--chunks`` chunks)
with its questions, indexes it with `iop ingest`, answers the questions once on the quiet
index (the reference), then starts `iop ingest --rebuild` and, while it runs:

- one long-lived asker, started before the rebuild (as the app or a batch job that was
  already running), that asks one question at a time throughout the rebuild;
- ``--askers`` batch askers (`iop ask --jsonl`, each given ``--questions`` questions on
  standard input), the first as the rebuild starts, the others at even intervals over
  its expected duration (that of the first build).

Every question counts as answered, "index empty" (the asker refused: "The index is
empty"), failed (no answer line, an error line, or another exit) or dark (answered, but
abstained where the quiet index answered it). All processes run the code of
``--checkout`` (default: this checkout), so that the same script measures another
branch: ``--checkout /work/main`` gave the "before" numbers in docs/benchmarks.md.
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
import shutil  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402
import threading  # noqa: E402
import time  # noqa: E402
from dataclasses import dataclass, field  # noqa: E402
from typing import Any  # noqa: E402

from bench.lib.national.corpus import generate  # noqa: E402

MAIN = "import sys; from assistant.cli.main import main; sys.exit(main())"
EMPTY = "The index is empty"


@dataclass
class Tally:
    """What one asker got."""

    name: str
    started_s: float  # seconds after the rebuild started (negative: before it)
    asked: int = 0
    answered: int = 0
    empty: int = 0
    failed: int = 0
    dark: int = 0
    during: int = 0  # answers given while the rebuild was still running
    notes: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (
            f"{self.name:<12} started {self.started_s:+6.1f}s  asked {self.asked:4d}  "
            f"answered {self.answered:4d} ({self.during} during the rebuild)  "
            f"index empty {self.empty:4d}  failed {self.failed:3d}  dark {self.dark:3d}"
            + (f"  [{'; '.join(self.notes)[:160]}]" if self.notes else "")
        )


class Bench:
    def __init__(self, work: Path, checkout: Path, model: str) -> None:
        self.work, self.checkout, self.model = work, checkout, model
        self.rebuild_started = self.rebuild_ended = 0.0
        self.reference: dict[int, bool] = {}  # question number -> abstained on a quiet index

    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("IOP_")}
        env.update(
            IOP_CORPUS_DIR=str(self.work / "corpus"),
            IOP_DATA_DIR=str(self.work / "data"),
            IOP_EMBEDDING_MODEL=self.model,
            HF_HUB_OFFLINE="1",
            TRANSFORMERS_OFFLINE="1",
            PYTHONPATH=str(self.checkout),
        )
        return env

    def iop(self, *args: str, **popen: Any) -> subprocess.Popen[str]:
        return subprocess.Popen(
            [sys.executable, "-c", MAIN, *args], cwd=self.checkout, env=self.env(),
            text=True, **popen,
        )  # fmt: skip

    def ingest(self, *args: str) -> float:
        started = time.perf_counter()
        proc = self.iop("ingest", "--json", *args, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        out, err = proc.communicate()
        if proc.returncode != 0:
            raise SystemExit(f"iop ingest {' '.join(args)} exited {proc.returncode}:\n{err}")
        report, seconds = json.loads(out), time.perf_counter() - started
        print(f"  ingest {' '.join(args)}: {report['chunks']} chunks, embedded "
              f"{report['embedded']}, {seconds:.1f} s", flush=True)  # fmt: skip
        return seconds

    def running(self) -> bool:
        return self.rebuild_ended == 0.0

    def _score(self, tally: Tally, number: int, line: str) -> None:
        try:
            answer = json.loads(line)
        except ValueError:
            tally.failed += 1
            tally.notes.append(line.strip()[:80])
            return
        if "answer" not in answer:
            tally.failed += 1
            tally.notes.append(str(answer)[:80])
            return
        tally.answered += 1
        tally.during += self.running()
        if answer.get("abstained") and not self.reference.get(number, True):
            tally.dark += 1

    def batch(self, tally: Tally, questions: list[str]) -> None:
        """`iop ask --jsonl` with every question at once, as a batch job sends them."""
        proc = self.iop("ask", "--jsonl", stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                        stderr=subprocess.PIPE)  # fmt: skip
        assert proc.stdin is not None and proc.stdout is not None and proc.stderr is not None
        proc.stdin.write("".join(q + "\n" for q in questions))
        proc.stdin.close()
        tally.asked = len(questions)
        for number, line in enumerate(proc.stdout):
            self._score(tally, number % len(self.reference), line)
        err = proc.stderr.read()
        proc.wait()
        self._finish(tally, proc.returncode, err)

    def paced(self, tally: Tally, questions: list[str], ready: threading.Event) -> None:
        """One question at a time until the rebuild is over (and one more after it)."""
        proc = self.iop("ask", "--jsonl", stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                        stderr=subprocess.PIPE)  # fmt: skip
        assert proc.stdin is not None and proc.stdout is not None and proc.stderr is not None
        number, after = 0, 0
        try:
            while after < 1:
                after += not self.running() and number > 0
                proc.stdin.write(questions[number % len(questions)] + "\n")
                proc.stdin.flush()
                tally.asked += 1
                line = proc.stdout.readline()
                if not line:
                    tally.failed += 1
                    break
                self._score(tally, number % len(questions), line)
                number += 1
                ready.set()
                time.sleep(0.2)
        except BrokenPipeError:
            pass
        finally:
            ready.set()
            proc.stdin.close()
            err = proc.stderr.read()
            proc.wait()
        self._finish(tally, proc.returncode, err)

    def _finish(self, tally: Tally, code: int, err: str) -> None:
        missing = tally.asked - tally.answered - tally.failed
        if EMPTY in err:
            tally.empty += missing
        elif missing:
            tally.failed += missing
        if code not in (0, 1) or (code and EMPTY not in err):
            tally.notes.append(f"exit {code}: {err.strip().splitlines()[-1:]}")

    def run_reference(self, questions: list[str]) -> None:
        proc = self.iop("ask", "--jsonl", stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                        stderr=subprocess.PIPE)  # fmt: skip
        out, err = proc.communicate("".join(q + "\n" for q in questions))
        lines = out.splitlines()
        if proc.returncode != 0 or len(lines) != len(questions):
            raise SystemExit(f"reference answers failed ({proc.returncode}): {err[-2000:]}")
        self.reference = {i: bool(json.loads(line).get("abstained")) for i, line in
                          enumerate(lines)}  # fmt: skip
        answered = sum(not a for a in self.reference.values())
        print(f"  quiet index: {answered} of {len(lines)} questions answered, the rest abstain",
              flush=True)  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chunks", type=int, default=3000, help="size of the generated corpus")
    parser.add_argument("--askers", type=int, default=3, help="batch askers during the rebuild")
    parser.add_argument("--questions", type=int, default=100, help="questions per batch asker")
    parser.add_argument("--model", default="hash", help="embedding model (hash: fast)")
    parser.add_argument("--checkout", type=Path, default=_ROOT, help="whose code runs iop")
    parser.add_argument("--work", type=Path, help="keep corpus and index here")
    parser.add_argument("--json", type=Path, help="write the tallies here")
    args = parser.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="iop-rebuild-readers-"))
    bench = Bench(work, args.checkout.resolve(), args.model)

    if not (work / "questions.jsonl").exists():
        manifest = generate(work, args.chunks)
        print(f"corpus: {manifest['documents']} documents, ~{manifest['estimated_chunks']} "
              f"chunks, {manifest['questions']} questions in {work}", flush=True)  # fmt: skip
    lines = (work / "questions.jsonl").read_text("utf-8").splitlines()
    unique = [
        json.dumps({"question": q["question"], "municipality": q.get("municipality") or None},
                   ensure_ascii=False)
        for q in map(json.loads, lines)
    ]  # fmt: skip
    questions = [unique[i % len(unique)] for i in range(args.questions)]
    print(f"code: {bench.checkout} (git {_git_head(bench.checkout)}), model {args.model}")
    shutil.rmtree(work / "data", ignore_errors=True)  # a first build, timed: the spacing
    build_s = bench.ingest()
    bench.run_reference(unique)

    tallies = [Tally("long-lived", 0.0)]
    ready = threading.Event()
    threads = [threading.Thread(target=bench.paced, args=(tallies[0], unique, ready))]
    paced_started = time.perf_counter()
    threads[0].start()
    ready.wait(300)
    started = time.perf_counter()
    tallies[0].started_s = paced_started - started
    bench.rebuild_started = started
    rebuild = bench.iop("ingest", "--json", "--rebuild", stdout=subprocess.PIPE,
                        stderr=subprocess.PIPE)  # fmt: skip
    for i in range(args.askers):
        if i:  # the first at once, the others spread over the expected duration
            time.sleep(build_s / args.askers)
        if rebuild.poll() is not None:
            print("  the rebuild ended before every asker started", flush=True)
        tally = Tally(f"batch-{i + 1}", time.perf_counter() - started)
        tallies.append(tally)
        threads.append(threading.Thread(target=bench.batch, args=(tally, questions)))
        threads[-1].start()
    out, err = rebuild.communicate()
    bench.rebuild_ended = time.perf_counter()
    if rebuild.returncode != 0:
        raise SystemExit(f"the rebuild exited {rebuild.returncode}: {err[-2000:]}")
    rebuild_s = bench.rebuild_ended - started
    print(f"  rebuild: {json.loads(out)['chunks']} chunks in {rebuild_s:.1f} s", flush=True)
    for thread in threads:
        thread.join()

    print()
    for tally in tallies:
        print(tally.line())
    total = {key: sum(getattr(t, key) for t in tallies)
             for key in ("asked", "answered", "during", "empty", "failed", "dark")}  # fmt: skip
    print(
        f"\nall askers: {total['answered']} of {total['asked']} answered "
        f"({total['during']} while the rebuild ran), {total['empty']} 'index empty', "
        f"{total['failed']} failed, {total['dark']} dark (abstained where the quiet index "
        f"answered); rebuild {rebuild_s:.1f} s"
    )
    if args.json:
        args.json.write_text(json.dumps({
            "checkout": str(bench.checkout), "git": _git_head(bench.checkout),
            "model": args.model, "rebuild_s": round(rebuild_s, 1), "total": total,
            "askers": [t.__dict__ for t in tallies],
        }, ensure_ascii=False, indent=1), "utf-8")  # fmt: skip
    return 0 if total["empty"] == total["failed"] == 0 else 1


def _git_head(checkout: Path) -> str:
    done = subprocess.run(["git", "-C", str(checkout), "rev-parse", "--short", "HEAD"],
                          capture_output=True, text=True)  # fmt: skip
    return done.stdout.strip() or "?"


if __name__ == "__main__":
    sys.exit(main())
