"""The PNGs of docs/img/ from one or more result files of the scale benchmark (matplotlib,
the ``bench`` extra)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

GOALS = {"ingest_ratio": 0.90, "p95_ms_at_50k": 300.0}


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
