"""Score each retriever alone and fused, on the question sets, before choosing weights.

    HF_HUB_OFFLINE=1 .venv/bin/python bench/retrieval.py [--model NAME] [--filtered]

Builds a fresh index of corpus/ in a temp folder, then for every question with
expected sources ranks passages with: dense only, lexical (BM25) only, and reciprocal
rank fusion at several weights. Without --filtered the municipality filter is off, so
the retrievers must find the right municipality's documents on their own (harder).
Prints document-level hit@1, hit@3, MRR and the share of expected facts that stand in
the top-5 passages (what the answer composer can quote from).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.core.settings import Settings  # noqa: E402
from assistant.index.embeddings import make_embeddings  # noqa: E402
from assistant.index.reader import GENERAL, IndexReader, Passage  # noqa: E402
from assistant.staff.evaluation import EvalQuestion, source_stem  # noqa: E402
from ingest.pipeline import Indexer  # noqa: E402

QUESTION_FILES = [ROOT / "tests/data/dev_questions.jsonl", ROOT / "tests/data/own_questions.jsonl"]
CONFIGS = [
    ("dense only", 1.0, 0.0),
    ("lexical only", 0.0, 1.0),
    ("fused 1:1", 1.0, 1.0),
    ("fused 1:2 (lexical heavier)", 1.0, 2.0),
    ("fused 2:1 (dense heavier)", 2.0, 1.0),
]


def load_questions() -> list[EvalQuestion]:
    out = []
    for path in QUESTION_FILES:
        for line in path.read_text("utf-8").splitlines():
            q = EvalQuestion.model_validate(json.loads(line))
            if q.expected_sources:
                out.append(q)
    return out


def doc_ranking(passages: list[Passage]) -> list[str]:
    seen: list[str] = []
    for p in passages:
        stem = source_stem(p.chunk.source)
        if stem not in seen:
            seen.append(stem)
    return seen


def evaluate(
    reader: IndexReader, questions: list[EvalQuestion], filtered: bool
) -> dict[str, float]:
    hits1 = hits3 = 0
    rr = 0.0
    facts_found = facts_total = 0
    for q in questions:
        scope = [q.municipality, GENERAL] if filtered and q.municipality else None
        passages = reader.search(q.question, 5, scope)
        docs = doc_ranking(passages)
        rank = next((i for i, d in enumerate(docs, 1) if d in q.expected_sources), None)
        hits1 += rank == 1
        hits3 += rank is not None and rank <= 3
        rr += 1 / rank if rank else 0.0
        text = " ".join(p.chunk.text + " " + " ".join(p.chunk.heading_path) for p in passages)
        facts_total += len(q.expected_facts)
        facts_found += sum(f.lower() in text.lower() for f in q.expected_facts)
    n = len(questions)
    return {
        "hit@1": hits1 / n,
        "hit@3": hits3 / n,
        "mrr": rr / n,
        "facts@5": facts_found / facts_total if facts_total else 0.0,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", default="sentence-transformers/all-MiniLM-L6-v2")
    parser.add_argument("--filtered", action="store_true", help="apply the municipality filter")
    args = parser.parse_args()
    questions = load_questions()
    embeddings = make_embeddings(args.model)
    with tempfile.TemporaryDirectory() as tmp:
        base = Settings(
            _env_file=None,  # type: ignore[call-arg]
            corpus_dir=ROOT / "corpus",
            data_dir=Path(tmp),
            embedding_model=args.model,
        )
        Indexer(base, embeddings).run()
        print(f"{len(questions)} questions, model {args.model}, filtered={args.filtered}")
        print(f"{'retriever':32} {'hit@1':>6} {'hit@3':>6} {'MRR':>6} {'facts@5':>8}")
        for name, dense, lexical in CONFIGS:
            settings = replace_weights(base, dense, lexical)
            reader = IndexReader(settings, embeddings)
            m = evaluate(reader, questions, args.filtered)
            print(
                f"{name:32} {m['hit@1']:6.3f} {m['hit@3']:6.3f} {m['mrr']:6.3f} {m['facts@5']:8.3f}"
            )


def replace_weights(settings: Settings, dense: float, lexical: float) -> Settings:
    return settings.model_copy(update={"dense_weight": dense, "lexical_weight": lexical})


if __name__ == "__main__":
    main()
