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
   bench/lib/timing.py's embedder proxy), which, measured in the same minutes, does not
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
import json  # noqa: E402
import os  # noqa: E402
import shutil  # noqa: E402
import tempfile  # noqa: E402

from bench.lib.scale.answers import answer_worker  # noqa: E402
from bench.lib.scale.measure import measure  # noqa: E402
from bench.lib.scale.plots import plot  # noqa: E402
from bench.lib.scale.report import markdown  # noqa: E402

DEFAULT_MODEL = "sentence-transformers/all-MiniLM-L6-v2"


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
