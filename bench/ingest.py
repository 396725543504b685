"""Ingest benchmark: synthetic Swedish municipal documents through the real pipeline.

    HF_HUB_OFFLINE=1 .venv/bin/python bench/ingest.py --docs 50
    HF_HUB_OFFLINE=1 .venv/bin/python bench/ingest.py --docs 200 --model hash

Generates N documents (half multi-page PDFs made with fpdf2, half HTML pages with
cookie banner, menu and footer), ingests them into a temporary index with the given
embedding model, and prints documents/s, chunks/s, the raw embedding throughput of the
very same chunk texts, the ratio of the two, and the time of an unchanged re-run.

The documents come from ``bench/lib/synthetic.py``, which ``bench/crash_loop.py``, the
crash test and ``bench/load.py`` use too. All contact details are invented and clearly
fake (``@exempel.se``, 0123- numbers).
"""

from __future__ import annotations

import sys
from pathlib import Path

# Run as a script, this file's folder comes first on sys.path, and this file's name
# would shadow the project's ``ingest`` package: put the project root first instead.
_ROOT = Path(__file__).resolve().parents[1]
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _ROOT / "bench"]
for _extra in (_ROOT / "tests", _ROOT):
    if str(_extra) not in sys.path:
        sys.path.insert(0, str(_extra))

import argparse  # noqa: E402
import cProfile  # noqa: E402
import os  # noqa: E402
import pstats  # noqa: E402
import tempfile  # noqa: E402

from bench.lib.synthetic import generate_corpus  # noqa: E402
from bench.lib.timing import Phases, embedder_proxy, timed  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=50, help="number of documents (N)")
    parser.add_argument("--model", default="sentence-transformers/all-MiniLM-L6-v2")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--profile", metavar="FILE", help="cProfile the first ingest into FILE")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

    import ingest.pipeline as pipeline
    from assistant.core.settings import Settings
    from assistant.index.catalog import Catalog
    from assistant.index.embeddings import make_embeddings
    from assistant.index.generations import live
    from assistant.index.lexical import LexicalIndex
    from assistant.index.vectorstore import VectorIndex
    from ingest.pipeline import Indexer, index_text

    def _heavy_imports() -> None:
        import chromadb  # noqa: F401  # imported lazily by the pipeline: not ingest work
        import langchain_chroma  # noqa: F401

    _, import_s = timed(_heavy_imports)

    root = Path(tempfile.mkdtemp(prefix="iop-bench-"))
    _, gen_s = timed(generate_corpus, root / "corpus", args.docs, args.seed)
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        corpus_dir=root / "corpus",
        data_dir=root / "data",
        embedding_model=args.model,
    )
    embeddings, load_s = timed(make_embeddings, args.model, settings.embedding_batch_size)
    embeddings.embed_documents(["uppvärmning av modellen"] * 8)  # load lazily-built parts

    # The chunk texts, made by the pipeline's own functions before the ingest: the raw
    # embedding is timed once before and once after the ingest, so that neither side
    # gets the model's warm-up (or a quieter machine) to itself.
    files, _ = pipeline.scan_corpus(settings.corpus_dir)
    texts = [index_text(c) for f in files for c in pipeline.parse_file(f, settings)[1]]
    _, raw_before_s = timed(embeddings.embed_documents, texts)

    phases = Phases()
    phases.wrap(pipeline, "parse_file", "load + clean + chunk")
    phases.wrap(pipeline, "content_hash", "sha256 of files")
    phases.wrap(VectorIndex, "upsert", "Chroma upsert")
    phases.wrap(VectorIndex, "delete", "Chroma delete")
    phases.wrap(VectorIndex, "ids", "Chroma ids")
    phases.wrap(VectorIndex, "__init__", "Chroma open")
    phases.wrap(Catalog, "replace_document", "catalogue commits")
    phases.wrap(LexicalIndex, "build", "BM25 build")
    phases.wrap(LexicalIndex, "save", "BM25 save")
    profiler = cProfile.Profile() if args.profile else None
    if profiler:
        profiler.enable()
    report, ingest_s = timed(Indexer(settings, embedder_proxy(embeddings, phases)).run)
    if profiler:
        profiler.disable()
        profiler.dump_stats(args.profile)
    phases.restore()
    if not report.ok:
        print("failed files:", report.failed, file=sys.stderr)
        return 1

    catalog = Catalog(live(settings).catalog_path, create=False)  # type: ignore[union-attr]
    indexed = sorted(index_text(c) for c in catalog.all_chunks())
    catalog.close()
    if indexed != sorted(texts):
        print("the ingest embedded other texts than the pre-pass made", file=sys.stderr)
        return 1
    _, raw_after_s = timed(embeddings.embed_documents, texts)
    raw_s = (raw_before_s + raw_after_s) / 2

    rerun, rerun_s = timed(Indexer(settings, embeddings).run)
    if rerun.embedded != 0 or rerun.unchanged != report.added:
        print(f"unchanged re-run did work: {rerun.to_json()}", file=sys.stderr)
        return 1

    ingest_cps = report.embedded / ingest_s
    raw_cps = len(texts) / raw_s
    pdfs = sum(a.endswith(".pdf") for a in report.added)
    print(
        f"model                 {args.model} (loaded in {load_s:.1f} s; chromadb and "
        f"langchain_chroma imported in {import_s:.1f} s, both before timing)"
    )
    print(
        f"documents             {len(report.added)} ({pdfs} PDF, {len(report.added) - pdfs} HTML)"
    )
    print(f"chunks                {report.chunks} (corpus written in {gen_s:.1f} s)")
    print(f"ingest                {ingest_s:.2f} s")
    print(f"docs/s                {len(report.added) / ingest_s:.2f}")
    print(f"chunks/s (ingest)     {ingest_cps:.1f}")
    print(
        f"chunks/s (raw embed)  {raw_cps:.1f}  (mean of {raw_before_s:.2f} s before and "
        f"{raw_after_s:.2f} s after the ingest, for the same {len(texts)} texts)"
    )
    print(f"ratio ingest/raw      {ingest_cps / raw_cps:.3f}")
    embed_s = phases.seconds.get("embedding (model)", 0.0)
    other_s = ingest_s - embed_s
    print(
        f"outside the model     {other_s:.2f} s of the ingest ({100 * other_s / ingest_s:.1f} %);"
        f" the model took {embed_s:.2f} s in the ingest vs {raw_s:.2f} s raw;"
        f" ratio at raw model speed {raw_s / (raw_s + other_s):.3f}"
    )
    print(f"unchanged re-run      {rerun_s:.3f} s (embedded {rerun.embedded})")
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"machine               {os.cpu_count()} CPUs, load average {load} (1, 5, 15 min)")
    print("where the ingest time goes:")
    accounted = 0.0
    for label, seconds in sorted(phases.seconds.items(), key=lambda item: -item[1]):
        accounted += seconds
        print(f"  {label:<22}{seconds:8.2f} s  {100 * seconds / ingest_s:5.1f} %")
    rest = ingest_s - accounted
    print(f"  {'other':<22}{rest:8.2f} s  {100 * rest / ingest_s:5.1f} %")
    if profiler:
        stats = pstats.Stats(args.profile)
        stats.sort_stats("cumulative").print_stats(25)
    if args.keep:
        print(f"kept {root}")
    else:
        import shutil

        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
