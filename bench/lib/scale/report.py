"""The two Markdown tables of docs/benchmarks.md ("Scale") from the benchmark's records."""

from __future__ import annotations

from typing import Any


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
