"""What index generations cost an ingest: unchanged re-runs, and a run with one change.

    HF_HUB_OFFLINE=1 .venv/bin/python bench/generation_cost.py --chunks 50000 \\
        --work /tmp/iop-generations [--model hash]

On the national corpus of ``bench/national_corpus.py`` (kept in ``--work``): a first
build, three unchanged re-runs, then runs that add or change one document: one whose live
generation is sealed (Chroma's files copied and checked) and one whose seal is removed
first (the vectors copied through chromadb's API, the fallback). Each run is timed by
phase: clean-up of old generations, catalogue copy, vector copy, embedding and writing,
BM25, seal, fsync and switch. Prints the size of a generation on disk.
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
import time  # noqa: E402
from typing import Any  # noqa: E402

from bench.lib.national.corpus import generate  # noqa: E402
from bench.lib.timing import Phases  # noqa: E402


def _take(phases: Phases) -> dict[str, float]:
    """The seconds per phase since the last call, rounded."""
    out = {label: round(seconds, 2) for label, seconds in phases.seconds.items()}
    phases.seconds.clear()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chunks", type=int, default=50_000)
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--model", default="hash")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")

    import ingest.generation as next_generation
    import ingest.pipeline as pipeline
    from assistant.core.settings import Settings
    from assistant.index import generations, vector_copy
    from assistant.index.catalog import Catalog
    from assistant.index.embeddings import make_embeddings
    from assistant.index.lexical import LexicalIndex
    from ingest.pipeline import Indexer

    work: Path = args.work
    if not (work / "questions.jsonl").exists():
        manifest = generate(work, args.chunks)
        print(f"corpus: {manifest['documents']} documents, ~{manifest['estimated_chunks']} "
              "chunks", flush=True)  # fmt: skip
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        corpus_dir=work / "corpus",
        data_dir=work / "data",
        embedding_model=args.model,
    )
    embeddings = make_embeddings(args.model, settings.embedding_batch_size)
    phases = Phases()
    phases.wrap(next_generation, "clean_up", "remove old generations")
    phases.wrap(Catalog, "copy_to", "copy catalogue")
    phases.wrap(next_generation, "copy_vectors", "copy vectors")
    phases.wrap(pipeline.Indexer, "_flush", "embed + write changes")
    phases.wrap(LexicalIndex, "build", "BM25 build")
    phases.wrap(LexicalIndex, "save", "BM25 save")
    phases.wrap(next_generation, "seal", "seal Chroma files")
    phases.wrap(generations, "publish", "fsync + switch")
    results: dict[str, Any] = {"model": args.model}

    def run(label: str) -> dict[str, Any]:
        started = time.perf_counter()
        report = Indexer(settings, embeddings).run()
        seconds = time.perf_counter() - started
        live = generations.live(settings)
        row = {
            "seconds": round(seconds, 2),
            "embedded": report.embedded,
            "chunks": report.chunks,
            "generation": live.name if live else None,
            "phases": _take(phases),
        }
        print(f"{label}: {row}", flush=True)
        results[label] = row
        return row

    if generations.live(settings) is None:
        run("first build")
    for i in range(3):
        run(f"unchanged re-run {i + 1}")
    live = generations.live(settings)
    assert live is not None
    results["generation_mb"] = round(generations.size_bytes(live) / 2**20, 1)
    results["vectors_mb"] = round(
        sum(f.stat().st_size for f in live.chroma_path.rglob("*") if f.is_file()) / 2**20, 1
    )
    print(f"a generation on disk: {results['generation_mb']} MB "
          f"(Chroma {results['vectors_mb']} MB)", flush=True)  # fmt: skip

    folder = sorted(p for p in (work / "corpus").iterdir() if p.is_dir())[0]
    for label, unseal in (("one change, sealed (file copy)", False),
                          ("one change, seal removed (API copy)", True)):  # fmt: skip
        current = generations.live(settings)
        assert current is not None
        if unseal:
            (current.root / vector_copy.SEAL).unlink()
        (folder / "bench-change.txt").write_text(  # a new document, or a new version of it
            f"Idéburet offentligt partnerskap, ändrat {time.time()}: föreningen och kommunen "
            "samverkar om språkcaféer och läxhjälp.\n", "utf-8"
        )  # fmt: skip
        run(label)
    (folder / "bench-change.txt").unlink()
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
