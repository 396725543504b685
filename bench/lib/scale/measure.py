"""One size of the scale benchmark: generate the corpus, ingest it, embed the same texts
raw, re-run the ingest unchanged, then answer in fresh processes."""

from __future__ import annotations

import argparse
import json
import random
import shutil
import time
from pathlib import Path
from typing import Any

from bench.lib.national.corpus import generate
from bench.lib.scale.answers import index_settings, run_answers
from bench.lib.timing import Phases, embedder_proxy, load_average


def measure(size: int, work: Path, embeddings: Any, args: argparse.Namespace) -> dict[str, Any]:
    from assistant.index.catalog import Catalog
    from assistant.index.generations import live
    from ingest.pipeline import Indexer, index_text

    root = work / f"n{size}"
    record: dict[str, Any] = {"size": size, "model": args.model}
    if not (root / "questions.jsonl").exists():
        shutil.rmtree(root, ignore_errors=True)
        manifest = generate(root, size, args.seed, args.oos_every)
    else:
        manifest = json.loads((root / "manifest.json").read_text("utf-8"))
    record |= {
        "organisations": manifest["organisations"],
        "documents": manifest["documents"],
        "estimated_chunks": manifest["estimated_chunks"],
        "questions": manifest["questions"],
    }
    settings = index_settings(root, args.model)
    print(f"[{size}] corpus: {manifest['documents']} documents; ingesting…", flush=True)

    if not args.answers_only:
        shutil.rmtree(settings.data_dir, ignore_errors=True)
        record["load_ingest_start"] = load_average()
        phases = Phases()
        timed = embedder_proxy(embeddings, phases)
        t = time.perf_counter()
        report = Indexer(settings, timed).run()
        ingest_s = time.perf_counter() - t
        phases.restore()
        record["load_ingest_end"] = load_average()
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
        record["load_raw_start"] = load_average()
        t = time.perf_counter()
        embeddings.embed_documents(sample)
        raw_s = time.perf_counter() - t
        record["load_raw_end"] = load_average()
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

        record["load_rerun_start"] = load_average()
        t = time.perf_counter()
        rerun = Indexer(settings, embeddings).run()
        record |= {
            "rerun_s": round(time.perf_counter() - t, 2),
            "rerun_embedded": rerun.embedded,
            "rerun_unchanged": len(rerun.unchanged),
            "load_rerun_end": load_average(),
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
