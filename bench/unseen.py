"""Score the assistant on an unseen evaluation set (tests/data/unseen/set_*).

The set's documents were written apart from the engine and nobody tunes the
engine to them; see tests/data/unseen/README.md. This script drives the `iop`
command line only, never the project's Python packages, so it keeps working
while the package is restructured.

What it does, for one set folder:

1. copies the checkout's ``corpus/`` and the set's ``corpus/`` into a fresh
   temporary folder;
2. runs ``iop ingest <tmp>/corpus --json`` with ``IOP_CORPUS_DIR``,
   ``IOP_INDEX_DIR`` and ``IOP_DATA_DIR`` pointing into that folder and
   ``HF_HUB_OFFLINE=1``;
3. runs ``iop ask --jsonl`` once with every question of ``questions.jsonl``
   (``question`` and ``history``; ``municipality`` only when the question sets it);
4. scores the answers (``bench/lib/scoring.py``):

   recall@5        an expected source (file stem) is the source of one of the first
                   five citations (questions with expected sources, not expected to
                   abstain)
   facts           expected facts found in the answer text, case- and
                   space-insensitive; facts with six or more digits (phone numbers,
                   amounts, dates) match on their digits, whatever the separators
   verdict         the verdict label is the expected one (or one of the accepted)
   abstain         abstained and gave no verdict, where abstaining is expected
   false_abstain   abstained where the documents answer the question
   invented        an e-mail address or phone number in the answer that stands
                   nowhere in the corpus (e.g. one echoed from the question)
   forbidden       a string the answer must never contain
   language        the answer's language is the expected one
   median_words    median length of the answers that did not abstain

Usage (from the checkout)::

    .venv/bin/python bench/unseen.py tests/data/unseen/set_a [--show]
    .venv/bin/python bench/unseen.py tests/data/unseen/set_c [--json OUT]

Per-id failure kinds are printed for the development sets (``--quiet`` turns them
off); for the check set (``CHECK_SET``, now set_c) only the figures are printed unless
``--per-id`` is given. By convention ``--show`` (question, answer and failures for
every id) is for development sets only; for the check set look at the figures and
nothing else. set_b was the check set until the engine authors began to study it.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.lib.scoring import CorpusContacts, aggregate, score_one, summary_line  # noqa: E402

# The set engine authors look at only as figures (tests/data/unseen/README.md).
CHECK_SET = "set_c"

# --------------------------------------------------------------------------------------
# running the CLI
# --------------------------------------------------------------------------------------


def prepare_corpus(set_dir: Path, tmp: Path) -> Path:
    corpus = tmp / "corpus"
    shutil.copytree(REPO / "corpus", corpus)
    for item in sorted((set_dir / "corpus").iterdir()):
        target = corpus / item.name
        if target.exists():
            raise SystemExit(f"{item.name} is in both the main corpus and the set")
        if item.is_dir():
            shutil.copytree(item, target)
        else:
            shutil.copy2(item, target)
    return corpus


def cli_env(tmp: Path, corpus: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        IOP_CORPUS_DIR=str(corpus),
        IOP_INDEX_DIR=str(tmp / "index"),
        IOP_DATA_DIR=str(tmp / "data"),
        HF_HUB_OFFLINE="1",
        TRANSFORMERS_OFFLINE="1",
    )
    return env


def run_ingest(iop: str, corpus: Path, env: dict[str, str], timeout: float) -> dict:
    proc = subprocess.run(
        [iop, "ingest", str(corpus), "--json"],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if proc.returncode not in (0, 1):
        sys.stderr.write(proc.stderr[-3000:])
        raise SystemExit(f"iop ingest failed with exit code {proc.returncode}")
    try:
        report = json.loads(proc.stdout)
    except json.JSONDecodeError:
        report = {}
    failed = report.get("failed") or []
    if failed:
        print(f"warning: {len(failed)} file(s) failed to ingest: {failed}", file=sys.stderr)
    return report


def run_ask(
    iop: str, questions: list[dict], env: dict[str, str], timeout: float
) -> list[dict | None]:
    lines = []
    for q in questions:
        item = {"question": q["question"], "history": q.get("history") or []}
        if q.get("municipality"):
            item["municipality"] = q["municipality"]
        lines.append(json.dumps(item, ensure_ascii=False))
    proc = subprocess.run(
        [iop, "ask", "--jsonl"],
        input="\n".join(lines) + "\n",
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    answers: list[dict | None] = []
    for line in proc.stdout.splitlines():
        line = line.strip()
        if not line.startswith("{"):
            continue
        try:
            answers.append(json.loads(line))
        except json.JSONDecodeError:
            answers.append(None)
    if proc.returncode != 0 or len(answers) != len(questions):
        sys.stderr.write(proc.stderr[-3000:])
        print(
            f"warning: iop ask exited {proc.returncode} with {len(answers)} answers "
            f"for {len(questions)} questions",
            file=sys.stderr,
        )
    answers += [None] * (len(questions) - len(answers))
    return answers[: len(questions)]


def verdict_confusion(questions: list[dict], results: list[dict]) -> str:
    """Counts of wrong verdicts by (got, want): a figure, so the check set may show it."""
    wrong: Counter[str] = Counter()
    for q, r in zip(questions, results, strict=True):
        if r.get("verdict_ok") is False:
            want = q["expected_verdict"]
            want = "|".join(want) if isinstance(want, list) else want
            wrong[f"{r['verdict']}→{want}"] += 1
    return ", ".join(f"{k} ×{n}" for k, n in wrong.most_common())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Score the assistant on an unseen evaluation set.")
    ap.add_argument("set_dir", type=Path, help="e.g. tests/data/unseen/set_a")
    ap.add_argument(
        "--show",
        action="store_true",
        help="print question, answer and failures for every id (development sets only)",
    )
    ap.add_argument("--quiet", action="store_true", help="print the figures only, no per-id lines")
    ap.add_argument(
        "--per-id",
        action="store_true",
        help="print per-id failure kinds even for the check set (default there: figures only)",
    )
    ap.add_argument("--json", type=Path, metavar="OUT", help="write the figures as JSON")
    ap.add_argument("--iop", default=str(REPO / ".venv" / "bin" / "iop"), help="the iop command")
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder")
    ap.add_argument("--timeout", type=float, default=3600, help="seconds per CLI call")
    args = ap.parse_args(argv)

    set_dir = args.set_dir.resolve()
    questions = [
        json.loads(line)
        for line in (set_dir / "questions.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    if set_dir.name == CHECK_SET:
        if args.show:
            print(
                f"note: {CHECK_SET} is the check set; by convention look only at its figures.",
                file=sys.stderr,
            )
        elif not args.per_id:
            args.quiet = True  # the check set: figures only unless explicitly asked

    tmp = Path(tempfile.mkdtemp(prefix="iop-unseen-"))
    try:
        corpus = prepare_corpus(set_dir, tmp)
        env = cli_env(tmp, corpus)
        t0 = time.monotonic()
        ingest = run_ingest(args.iop, corpus, env, args.timeout)
        t1 = time.monotonic()
        answers = run_ask(args.iop, questions, env, args.timeout)
        t2 = time.monotonic()
        contacts = CorpusContacts(corpus)
    finally:
        if args.keep:
            print(f"kept {tmp}", file=sys.stderr)
        else:
            shutil.rmtree(tmp, ignore_errors=True)

    results = [score_one(q, a, contacts) for q, a in zip(questions, answers, strict=True)]
    agg = aggregate(results)

    by_kind: dict[str, list[dict]] = defaultdict(list)
    for r in results:
        by_kind[r["kind"]].append(r)

    if args.show:
        for q, r in zip(questions, results, strict=True):
            print(f"=== {q['id']} [{q.get('kind')}]")
            for turn in q.get("history") or []:
                print(f"  ({turn['role']}) {turn['content']}")
            print(f"Q: {q['question']}")
            print(
                f"A ({'abstained' if r['abstained'] else 'answered'}, verdict={r['verdict']}, "
                f"lang={r['language']}, cited={r.get('cited', [])}):"
            )
            print("   " + (r["answer"] or "<empty>").replace("\n", "\n   "))
            print("-> " + ("ok" if not r["failures"] else "; ".join(r["failures"])))
            print()
    elif not args.quiet:
        for r in results:
            if r["failures"]:
                print(f"{r['id']} [{r['kind']}]: {'; '.join(r['failures'])}")

    print()
    print(
        f"set {set_dir.name}: {len(questions)} questions; ingest {t1 - t0:.0f}s "
        f"({len(ingest.get('added') or [])} files), ask {t2 - t1:.0f}s; "
        f"all checks passed on {agg['all_ok']}/{len(results)}"
    )
    kinds = Counter(r["kind"] for r in results)
    print(
        "per kind (questions with no failure): "
        + ", ".join(
            f"{k} {sum(1 for r in by_kind[k] if not r['failures'])}/{n}"
            for k, n in sorted(kinds.items())
        )
    )
    print(f"invented={agg['invented']} forbidden={agg['forbidden']} no_answer={agg['no_answer']}")
    print("verdicts wrong (got→want): " + (verdict_confusion(questions, results) or "none"))
    print(summary_line(agg))

    if args.json:
        out = {
            "set": set_dir.name,
            **{k: (list(v) if isinstance(v, tuple) else v) for k, v in agg.items()},
            "per_kind_ok": {
                k: [sum(1 for r in by_kind[k] if not r["failures"]), n]
                for k, n in sorted(kinds.items())
            },
            "seconds": {"ingest": round(t1 - t0, 1), "ask": round(t2 - t1, 1)},
            "summary": summary_line(agg),
        }
        args.json.write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
