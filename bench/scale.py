"""Scale benchmark: ingest, re-run, answer latency, memory and quality at 1k/10k/50k chunks.

    HF_HUB_OFFLINE=1 nice -n 10 .venv/bin/python bench/scale.py --sizes 1000 10000 50000 \\
        [--model sentence-transformers/all-MiniLM-L6-v2 | hash] [--raw-sample 2000] \\
        [--max-questions 300] [--quiet-load 1.5] [--work DIR] --out docs/img/scale-minilm.json
    .venv/bin/python bench/scale.py --plot docs/img/scale-*.json   # PNGs into docs/img/

For each size N the national corpus of ``bench/national_corpus.py`` is generated with
``--target-chunks N`` (the same seed, so each corpus is a subset of the next) and:

1. ingested into a fresh index with the given model (``Indexer.run``), timed: chunks/s;
2. the very same chunk texts (``index_text`` of every catalogued chunk) are embedded
   once more by the bare model: raw chunks/s (``--raw-sample K`` times a seeded sample
   of K of them instead of all, for the slow real model), and the ratio of the two;
   also the share of the ingest's wall time spent inside the model (timed through
   bench/ingest.py's embedder proxy), which, measured in the same minutes, does not
   move with the machine's other load the way two separate timings do;
3. the ingest run again on the unchanged corpus: seconds, and how many chunks it
   embedded (must be 0);
4. a fresh process (so that its peak RSS is the answering process's own) opens the index
   with ``Assistant``, warms up and answers 50 questions: the first open of a freshly
   written index (``answers_first_open``); then a second fresh process, as a restarted
   server would, warms up and answers all the generated questions one by one, timed
   and scored with ``assistant.staff.evaluation`` like ``iop eval``: hit@1/hit@5/MRR, fact
   recall, verdict and abstention accuracy, invented contact details, p50/p95 latency,
   peak RSS (``resource.getrusage``). With ``--quiet-load L`` it first waits (up to
   ``--quiet-wait`` s) until the 1-minute load average is below L; the load at the
   start and end of every timed phase is recorded next to its numbers.

With ``--profile FILE`` the answering process runs under cProfile and writes FILE.
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
import resource  # noqa: E402
import shutil  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from typing import Any  # noqa: E402

DEFAULT_MODEL = "sentence-transformers/all-MiniLM-L6-v2"
GOALS = {"ingest_ratio": 0.90, "p95_ms_at_50k": 300.0}


def _national() -> Any:
    """bench/national_corpus.py as a module (bench/ is not a package)."""
    name = "iop_national_corpus"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, _ROOT / "bench/national_corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def _bench_ingest() -> Any:
    """bench/ingest.py (its timing proxy of the embedder), under another module name."""
    name = "iop_bench_ingest"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, _ROOT / "bench/ingest.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def load() -> float:
    return round(os.getloadavg()[0], 2)


def wait_for_quiet(threshold: float | None, max_wait: float) -> float:
    """Wait until the 1-minute load is below ``threshold`` (or ``max_wait`` passed)."""
    if threshold is None:
        return load()
    deadline = time.monotonic() + max_wait
    while load() >= threshold and time.monotonic() < deadline:
        time.sleep(10)
    return load()


def percentile(values: list[float], p: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))]


def _settings(root: Path, model: str) -> Any:
    """One corpus per size, one index per model beside it."""
    from assistant.core.settings import Settings

    tag = "".join(c if c.isalnum() else "-" for c in model.rsplit("/", 1)[-1].lower())
    return Settings(
        _env_file=None,  # type: ignore[call-arg]
        corpus_dir=root / "corpus",
        data_dir=root / f"data-{tag}",
        embedding_model=model,
    )


# --- the answering process ---------------------------------------------------------------


def answer_worker(args: argparse.Namespace) -> int:
    """Runs in its own process: answer and score the questions, print one JSON line."""
    from assistant.staff.evaluation import load_questions, score, summarise

    started_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    from assistant.api import Assistant

    root = Path(args.root)
    settings = _settings(root, args.model)
    questions = load_questions(root / "questions.jsonl")
    if args.max_questions and len(questions) > args.max_questions:
        questions = random.Random(0).sample(questions, args.max_questions)
    t0 = time.perf_counter()
    assistant = Assistant(settings)
    assistant.warm_up()
    for q in questions[:3]:  # the first answers pay for lazy imports and caches
        assistant.answer(q.question, [], q.municipality)
    open_s = time.perf_counter() - t0
    rss_ready = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    quiet = wait_for_quiet(args.quiet_load, args.quiet_wait)
    profiler = None
    if args.profile:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    results = []
    load_before = load()
    for q in questions:
        t = time.perf_counter()
        answer = assistant.answer(q.question, [], q.municipality)
        results.append(score(q, answer, (time.perf_counter() - t) * 1000))
    load_after = load()
    if profiler is not None:
        profiler.disable()
        profiler.dump_stats(args.profile)
    # What the model alone costs per question (the query embedding inside every answer).
    embed_ms = []
    for q in questions[:50]:
        t = time.perf_counter()
        assistant.embeddings.embed_query(q.question)
        embed_ms.append((time.perf_counter() - t) * 1000)
    by_kind: dict[str, dict[str, Any]] = {}
    for kind in sorted({r.kind for r in results}):
        subset = [r for r in results if r.kind == kind]
        by_kind[kind] = summarise(subset) | {
            "failed_ids": [r.id for r in subset if r.failures][:10]
        }
    out = {
        "summary": summarise(results),
        "by_kind": by_kind,
        "open_s": round(open_s, 2),
        "rss_before_import_mb": round(started_rss / 1024, 1),
        "rss_ready_mb": round(rss_ready / 1024, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "load_at_start": load_before,
        "load_at_end": load_after,
        "load_after_wait": quiet,
        "embed_query_p50_ms": round(percentile(embed_ms, 50), 1),
        "embed_query_p95_ms": round(percentile(embed_ms, 95), 1),
        "latencies_ms": [round(r.latency_ms, 1) for r in results],
        "failures": [{"id": r.id, "failures": r.failures} for r in results if r.failures][:40],
    }
    print(json.dumps(out, ensure_ascii=False))
    return 0


def run_answers(
    root: Path, args: argparse.Namespace, profile: str | None, max_questions: int | None = None
) -> dict[str, Any]:
    command = [
        sys.executable,
        __file__,
        "--answer-worker",
        str(root),
        "--model",
        args.model,
        "--max-questions",
        str(args.max_questions if max_questions is None else max_questions),
        "--quiet-wait",
        str(args.quiet_wait),
    ]
    if args.quiet_load is not None:
        command += ["--quiet-load", str(args.quiet_load)]
    if profile:
        command += ["--profile", profile]
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"answer worker failed:\n{done.stderr[-4000:]}")
    data: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return data


# --- one size ----------------------------------------------------------------------------


def measure(size: int, work: Path, embeddings: Any, args: argparse.Namespace) -> dict[str, Any]:
    from assistant.index.catalog import Catalog
    from assistant.index.generations import live
    from ingest.pipeline import Indexer, index_text

    root = work / f"n{size}"
    record: dict[str, Any] = {"size": size, "model": args.model}
    if not (root / "questions.jsonl").exists():
        shutil.rmtree(root, ignore_errors=True)
        manifest = _national().generate(root, size, args.seed, args.oos_every)
    else:
        manifest = json.loads((root / "manifest.json").read_text("utf-8"))
    record |= {
        "organisations": manifest["organisations"],
        "documents": manifest["documents"],
        "estimated_chunks": manifest["estimated_chunks"],
        "questions": manifest["questions"],
    }
    settings = _settings(root, args.model)
    print(f"[{size}] corpus: {manifest['documents']} documents; ingesting…", flush=True)

    if not args.answers_only:
        shutil.rmtree(settings.data_dir, ignore_errors=True)
        record["load_ingest_start"] = load()
        bench_ingest = _bench_ingest()
        phases = bench_ingest._Phases()
        timed = bench_ingest._embedder_proxy(embeddings, phases)
        t = time.perf_counter()
        report = Indexer(settings, timed).run()
        ingest_s = time.perf_counter() - t
        phases.restore()
        record["load_ingest_end"] = load()
        # The model's share of the ingest's wall time: both measured in the same minutes,
        # so unlike the ratio of two runs it does not move with the machine's other load.
        record["embed_in_ingest_s"] = round(phases.seconds.get("embedding (model)", 0.0), 2)
        record["embed_share"] = round(record["embed_in_ingest_s"] / ingest_s, 3)
        if not report.ok:
            raise RuntimeError(f"files failed: {report.failed[:5]}")
        record |= {
            "chunks": report.chunks,
            "embedded": report.embedded,
            "ingest_s": round(ingest_s, 2),
            "ingest_chunks_per_s": round(report.embedded / ingest_s, 2),
        }
        print(f"[{size}] ingest {report.chunks} chunks in {ingest_s:.1f} s", flush=True)

        catalog = Catalog(live(settings).catalog_path, create=False)  # type: ignore[union-attr]
        texts = [index_text(c) for c in catalog.all_chunks()]
        catalog.close()
        sample = texts
        if args.raw_sample and len(texts) > args.raw_sample:
            sample = random.Random(size).sample(texts, args.raw_sample)
        record["load_raw_start"] = load()
        t = time.perf_counter()
        embeddings.embed_documents(sample)
        raw_s = time.perf_counter() - t
        record["load_raw_end"] = load()
        record |= {
            "raw_texts": len(sample),
            "raw_s": round(raw_s, 2),
            "raw_chunks_per_s": round(len(sample) / raw_s, 2),
        }
        record["ingest_ratio"] = round(
            record["ingest_chunks_per_s"] / record["raw_chunks_per_s"], 3
        )
        print(
            f"[{size}] raw embedding {record['raw_chunks_per_s']} chunks/s, ingest "
            f"{record['ingest_chunks_per_s']} chunks/s, ratio {record['ingest_ratio']}; "
            f"the model took {record['embed_share']} of the ingest's wall time (load "
            f"{record['load_ingest_start']}→{record['load_ingest_end']} during ingest, "
            f"{record['load_raw_start']}→{record['load_raw_end']} during raw)",
            flush=True,
        )

        record["load_rerun_start"] = load()
        t = time.perf_counter()
        rerun = Indexer(settings, embeddings).run()
        record |= {
            "rerun_s": round(time.perf_counter() - t, 2),
            "rerun_embedded": rerun.embedded,
            "rerun_unchanged": len(rerun.unchanged),
            "load_rerun_end": load(),
        }
        print(f"[{size}] unchanged re-run {record['rerun_s']} s", flush=True)

    profile = args.profile.replace("{size}", str(size)) if args.profile else None
    if not args.answers_only:
        # The first process to open a freshly written index pays for Chroma's catch-up
        # (its peak RSS was about twice the steady one here): recorded on its own.
        first = run_answers(root, args, None, max_questions=50)
        record["answers_first_open"] = {
            k: first[k] for k in ("summary", "open_s", "peak_rss_mb", "load_at_start")
        }
    answers = run_answers(root, args, profile)
    record["answers"] = answers
    s = answers["summary"]
    print(
        f"[{size}] {s['questions']} questions: p50 {s['latency_p50_ms']} ms, p95 "
        f"{s['latency_p95_ms']} ms (load {answers['load_at_start']}→{answers['load_at_end']}), "
        f"peak RSS {answers['peak_rss_mb']} MB, hit@1 {s['hit@1']}, hit@5 {s['hit@5']}, "
        f"MRR {s['mrr']}, facts {s['fact_recall']}, abstention {s['abstention_accuracy']}, "
        f"verdicts {s['verdict_accuracy']}, invented {s['invented_contact_details']}",
        flush=True,
    )
    return record


# --- plots and the table -------------------------------------------------------------------


def _model(r: dict[str, Any]) -> str:
    return "hash" if r["model"] == "hash" else "MiniLM"


def markdown(records: list[dict[str, Any]]) -> str:
    """The two tables of docs/benchmarks.md ("Scale")."""
    rows = [
        "| model | chunks (docs) | ingest | model's share of ingest wall time | unchanged "
        "re-run | answer p50 / p95 | load while answering | peak RSS (answering process) |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in records:
        a, s = r["answers"], r["answers"]["summary"]
        ingest = "–"
        if "ingest_chunks_per_s" in r:
            ingest = (
                f"{r['ingest_chunks_per_s']:.1f} chunks/s (load {r['load_ingest_start']}→"
                f"{r['load_ingest_end']})"
            )
        share = f"{r['embed_share']:.3f}" if "embed_share" in r and r["model"] != "hash" else "–"
        rerun = f"{r['rerun_s']} s, {r['rerun_embedded']} embedded" if "rerun_s" in r else "–"
        rows.append(
            f"| {_model(r)} | {r.get('chunks', r['estimated_chunks'])} ({r['documents']}) | "
            f"{ingest} | {share} | {rerun} | {s['latency_p50_ms']:.0f} / "
            f"{s['latency_p95_ms']:.0f} ms | {a['load_at_start']}–{a['load_at_end']} | "
            f"{a['peak_rss_mb']:.0f} MB |"
        )
    rows += [
        "",
        "| model | chunks | questions | hit@1 | hit@5 | MRR | fact recall | abstention "
        "accuracy | verdict accuracy | invented contact details |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in records:
        s = r["answers"]["summary"]
        rows.append(
            f"| {_model(r)} | {r.get('chunks', r['estimated_chunks'])} | {s['questions']} | "
            f"{s['hit@1']} | {s['hit@5']} | {s['mrr']} | {s['fact_recall']} | "
            f"{s['abstention_accuracy']} | {s['verdict_accuracy']} | "
            f"{s['invented_contact_details']} |"
        )
    return "\n".join(rows)


def plot(paths: list[Path], img_dir: Path) -> list[Path]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    series: dict[str, list[dict[str, Any]]] = {}
    for path in paths:
        for r in json.loads(path.read_text("utf-8"))["records"]:
            label = "hash embedder" if r["model"] == "hash" else "MiniLM (packaged)"
            series.setdefault(label, []).append(r)
    img_dir.mkdir(parents=True, exist_ok=True)
    written = []

    def chunks(r: dict[str, Any]) -> int:
        return int(r.get("chunks") or r["estimated_chunks"])

    fig, ax = plt.subplots(figsize=(7, 4.2))
    for label, rs in series.items():
        rs = sorted(rs, key=chunks)
        xs = [chunks(r) for r in rs]
        ax.plot(
            xs, [r["answers"]["summary"]["latency_p50_ms"] for r in rs], "o-", label=f"p50, {label}"
        )
        ax.plot(
            xs,
            [r["answers"]["summary"]["latency_p95_ms"] for r in rs],
            "s--",
            label=f"p95, {label}",
        )
    ax.axhline(GOALS["p95_ms_at_50k"], color="red", lw=0.8, ls=":", label="goal p95 ≤ 300 ms")
    ax.set(xscale="log", xlabel="chunks in the index", ylabel="answer latency (ms)",
           title="Answer latency (one process, warm)")  # fmt: skip
    ax.legend(fontsize=8)
    ax.grid(alpha=0.3)
    written.append(img_dir / "scale-latency.png")
    fig.tight_layout()
    fig.savefig(written[-1], dpi=110)
    plt.close(fig)

    fig, (left, right) = plt.subplots(1, 2, figsize=(11, 4.2))
    for label, rs in series.items():
        rs = [r for r in sorted(rs, key=chunks) if "ingest_chunks_per_s" in r]
        xs = [chunks(r) for r in rs]
        ys = [r["ingest_chunks_per_s"] for r in rs]
        left.plot(xs, ys, "o-", label=label)
        for x, y, r in zip(xs, ys, rs, strict=True):
            loads = f"load {r['load_ingest_start']:.1f}–{r['load_ingest_end']:.1f}"
            left.annotate(loads, (x, y), textcoords="offset points", xytext=(4, 4), fontsize=7)
        if rs and rs[0]["model"] != "hash":
            right.plot(xs, [r["embed_share"] for r in rs], "o-", label=f"model's share, {label}")
    right.axhline(GOALS["ingest_ratio"], color="red", lw=0.8, ls=":", label="goal ≥ 0.90")
    left.set(xscale="log", yscale="log", xlabel="chunks", ylabel="ingest chunks/s",
             title="Ingest throughput (1-min load average marked)")  # fmt: skip
    right.set(xscale="log", xlabel="chunks", ylabel="model time ÷ ingest wall time",
              title="Share of the ingest spent in the model", ylim=(0.5, 1.02))  # fmt: skip
    for ax in (left, right):
        ax.legend(fontsize=8)
        ax.grid(alpha=0.3)
    written.append(img_dir / "scale-ingest.png")
    fig.tight_layout()
    fig.savefig(written[-1], dpi=110)
    plt.close(fig)

    fig, ax = plt.subplots(figsize=(7, 4.2))
    for label, rs in series.items():
        rs = sorted(rs, key=chunks)
        ax.plot(
            [chunks(r) for r in rs], [r["answers"]["peak_rss_mb"] for r in rs], "o-", label=label
        )
        first = [r for r in rs if "answers_first_open" in r]
        if first:
            ax.plot([chunks(r) for r in first],
                    [r["answers_first_open"]["peak_rss_mb"] for r in first], "x",
                    markersize=9, label=f"{label}: first open after the ingest")  # fmt: skip
    ax.set(xscale="log", xlabel="chunks", ylabel="peak RSS (MB)",
           title="Memory of the answering process")  # fmt: skip
    ax.legend(fontsize=8)
    ax.grid(alpha=0.3)
    written.append(img_dir / "scale-memory.png")
    fig.tight_layout()
    fig.savefig(written[-1], dpi=110)
    plt.close(fig)

    metrics = ("hit@1", "hit@5", "mrr", "fact_recall", "abstention_accuracy")
    fig, axes = plt.subplots(1, len(series), figsize=(6 * len(series), 4.2), squeeze=False)
    for ax, (label, rs) in zip(axes[0], series.items(), strict=True):
        rs = sorted(rs, key=chunks)
        for metric in metrics:
            ax.plot([chunks(r) for r in rs], [r["answers"]["summary"][metric] for r in rs], "o-",
                    label=metric)  # fmt: skip
        ax.set(xscale="log", xlabel="chunks", ylabel="score", ylim=(0, 1.05),
               title=f"Quality on the generated questions, {label}")  # fmt: skip
        ax.legend(fontsize=8)
        ax.grid(alpha=0.3)
    written.append(img_dir / "scale-quality.png")
    fig.tight_layout()
    fig.savefig(written[-1], dpi=110)
    plt.close(fig)
    return written


# --- main ----------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 50000])
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--oos-every", type=int, default=3)
    parser.add_argument("--raw-sample", type=int, default=0, help="time K sampled chunks (0: all)")
    parser.add_argument("--max-questions", type=int, default=0, help="0: all questions")
    parser.add_argument("--quiet-load", type=float, default=None)
    parser.add_argument("--quiet-wait", type=float, default=300.0)
    parser.add_argument("--work", type=Path, help="keep corpora and indexes here (reused)")
    parser.add_argument("--answers-only", action="store_true", help="reuse the indexes in --work")
    parser.add_argument("--profile", help="cProfile the answering into this file ({size})")
    parser.add_argument("--out", type=Path, help="write the results JSON here")
    parser.add_argument("--plot", type=Path, nargs="+", help="only draw PNGs from result files")
    parser.add_argument("--img-dir", type=Path, default=_ROOT / "docs" / "img")
    parser.add_argument("--answer-worker", metavar="ROOT", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

    if args.answer_worker:
        args.root = args.answer_worker
        return answer_worker(args)
    if args.plot:
        for path in plot(args.plot, args.img_dir):
            print(f"wrote {path}")
        records = [r for p in args.plot for r in json.loads(p.read_text("utf-8"))["records"]]
        print(markdown(records))
        return 0

    import chromadb  # noqa: F401  # imported before any timing
    import langchain_chroma  # noqa: F401

    from assistant.index.embeddings import make_embeddings

    work = args.work or Path(tempfile.mkdtemp(prefix="iop-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    embeddings = make_embeddings(args.model)
    embeddings.embed_documents(["uppvärmning av modellen"] * 8)
    records = []
    for size in args.sizes:
        records.append(measure(size, work, embeddings, args))
        if args.out:  # written after every size: a long run that is stopped keeps its numbers
            args.out.parent.mkdir(parents=True, exist_ok=True)
            payload = {
                "machine": {"cpus": os.cpu_count(), "nice": os.nice(0)},
                "command": " ".join(sys.argv),
                "records": records,
            }
            args.out.write_text(json.dumps(payload, ensure_ascii=False, indent=1), "utf-8")
    print(markdown(records))
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
