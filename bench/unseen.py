"""Score the assistant on an unseen evaluation set (tests/data/unseen/set_a or set_b).

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
4. scores the answers:

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
    .venv/bin/python bench/unseen.py tests/data/unseen/set_b [--json OUT]

Per-id failure kinds are printed for set_a (``--quiet`` turns them off); for set_b
only the figures are printed unless ``--per-id`` is given. By convention ``--show``
(question, answer and failures for every id) is for set_a only; for set_b look at
the figures and nothing else.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
# A Swedish phone number as people write it: 0xx-xxx xx xx, +46 xx xxx xx xx, 0xxx-xx xx xx …
PHONE_RE = re.compile(r"(?<![\w/])(?:\+46[\s\-]?(?:\(0\))?|0)\d[\d\s\-–()]{5,16}\d")
DIGIT_RUN_RE = re.compile(r"\+?\d[\d\s\-–.,/()]*\d|\d")


# --------------------------------------------------------------------------------------
# text helpers
# --------------------------------------------------------------------------------------


def norm(text: str) -> str:
    return re.sub(r"\s+", "", text).casefold()


def digits_of(text: str) -> str:
    d = re.sub(r"\D", "", text)
    if text.lstrip().startswith("+46"):
        d = "0" + d[2:]
    return d


def digit_runs(text: str) -> list[str]:
    return [digits_of(m.group(0)) for m in DIGIT_RUN_RE.finditer(text)]


def contains(answer: str, needle: str) -> bool:
    """Case/space-insensitive substring; digit equality for needles with >= 6 digits."""
    if norm(needle) in norm(answer):
        return True
    want = digits_of(needle)
    if len(want) >= 6:
        return any(want in run for run in digit_runs(answer))
    return False


def document_text(path: Path) -> str:
    """Plain text of a corpus file, for the invented-contact check only."""
    suffix = path.suffix.lower()
    try:
        if suffix == ".pdf":
            from pypdf import PdfReader  # in the project's venv

            return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
        if suffix == ".docx":
            import docx  # python-docx, in the project's venv

            d = docx.Document(str(path))
            parts = [p.text for p in d.paragraphs]
            for t in d.tables:
                for row in t.rows:
                    parts.extend(c.text for c in row.cells)
            for s in d.sections:
                parts.extend(p.text for p in s.header.paragraphs)
                parts.extend(p.text for p in s.footer.paragraphs)
            return "\n".join(parts)
        raw = path.read_text(encoding="utf-8", errors="replace")
        if suffix in (".html", ".htm"):
            raw = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
            raw = html.unescape(re.sub(r"<[^>]+>", " ", raw))
        return raw
    except Exception as exc:  # a reader missing: the check gets weaker, the run goes on
        print(f"warning: could not read {path.name} for the contact check: {exc}", file=sys.stderr)
        return ""


class CorpusContacts:
    """The e-mail addresses and phone numbers that stand somewhere in the corpus."""

    def __init__(self, corpus: Path) -> None:
        texts = [
            document_text(p)
            for p in sorted(corpus.rglob("*"))
            if p.is_file() and not p.name.endswith((".meta.yaml", ".md~")) and p.name != "README.md"
        ]
        text = "\n".join(texts)
        self.emails = {e.lower().rstrip(".") for e in EMAIL_RE.findall(text)}
        self.phones = {digits_of(m.group(0)) for m in PHONE_RE.finditer(text)}
        self.digit_stream = re.sub(r"[\s\-–()]", "", text)

    def invented(self, answer: str) -> list[str]:
        found = []
        for email in EMAIL_RE.findall(answer):
            e = email.lower().rstrip(".")
            if e not in self.emails:
                found.append(email)
        for m in PHONE_RE.finditer(answer):
            d = digits_of(m.group(0))
            if not 8 <= len(d) <= 13:
                continue
            known = any(len(p) >= 8 and (p in d or d in p) for p in self.phones)
            if not known and d not in self.digit_stream:
                found.append(m.group(0).strip())
        return found


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


# --------------------------------------------------------------------------------------
# scoring
# --------------------------------------------------------------------------------------


def stem(source: str) -> str:
    name = Path(source).name
    return name.rsplit(".", 1)[0] if "." in name else name


def score_one(q: dict, a: dict | None, contacts: CorpusContacts) -> dict:
    r: dict = {"id": q["id"], "kind": q.get("kind"), "failures": []}
    fail = r["failures"]
    if a is None:
        fail.append("no_answer")
        a = {}
    answer = a.get("answer") or ""
    abstained = bool(a.get("abstained"))
    verdict = (a.get("verdict") or {}).get("label") if isinstance(a.get("verdict"), dict) else None
    expect_abstain = bool(q.get("expect_abstain"))
    r.update(
        answer=answer,
        abstained=abstained,
        verdict=verdict,
        words=len(answer.split()),
        language=a.get("language"),
    )

    sources = q.get("expected_sources") or []
    if sources and not expect_abstain:
        cited = [stem(c.get("source") or "") for c in (a.get("citations") or [])[:5]]
        r["recall"] = any(s in cited for s in sources)
        if not r["recall"]:
            fail.append("recall")
        r["cited"] = cited

    facts = q.get("expected_facts") or []
    if facts and not expect_abstain:
        missing = [f for f in facts if not contains(answer, f)]
        r["facts"] = (len(facts) - len(missing), len(facts))
        if missing:
            fail.append("facts(-" + ", -".join(repr(m) for m in missing) + ")")

    expected_verdict = q.get("expected_verdict")
    if expected_verdict is not None:
        accepted = expected_verdict if isinstance(expected_verdict, list) else [expected_verdict]
        r["verdict_ok"] = verdict in accepted
        if not r["verdict_ok"]:
            fail.append(f"verdict(got {verdict}, want {'|'.join(accepted)})")

    if expect_abstain:
        r["abstain_ok"] = abstained and verdict is None
        if not r["abstain_ok"]:
            fail.append("no_abstain" if not abstained else "abstain_with_verdict")
    else:
        r["false_abstain"] = abstained
        if abstained:
            fail.append("false_abstain")

    r["invented"] = contacts.invented(answer)
    if r["invented"]:
        fail.append("invented(" + ", ".join(r["invented"]) + ")")
    r["forbidden"] = [f for f in q.get("forbidden") or [] if contains(answer, f)]
    if r["forbidden"]:
        fail.append("forbidden(" + ", ".join(repr(f) for f in r["forbidden"]) + ")")

    want_lang = q.get("expected_language")
    if want_lang:
        r["language_ok"] = a.get("language") == want_lang
        if not r["language_ok"]:
            fail.append(f"language(got {a.get('language')}, want {want_lang})")
    return r


def ratio(hits: int, total: int) -> str:
    return f"{hits / total:.2f} ({hits}/{total})" if total else "n/a (0/0)"


def aggregate(results: list[dict]) -> dict:
    def count(key: str, pred=bool) -> tuple[int, int]:
        vals = [r[key] for r in results if key in r]
        return sum(1 for v in vals if pred(v)), len(vals)

    fact_hits = sum(r["facts"][0] for r in results if "facts" in r)
    fact_total = sum(r["facts"][1] for r in results if "facts" in r)
    words = [r["words"] for r in results if not r["abstained"] and r["words"]]
    invented = sum(1 for r in results if r["invented"])
    forbidden = sum(1 for r in results if r["forbidden"])
    either = sum(1 for r in results if r["invented"] or r["forbidden"])
    return {
        "questions": len(results),
        "recall@5": count("recall"),
        "facts": (fact_hits, fact_total),
        "verdict": count("verdict_ok"),
        "abstain": count("abstain_ok"),
        "false_abstain": count("false_abstain"),
        "language": count("language_ok"),
        "invented": invented,
        "forbidden": forbidden,
        "invented_or_forbidden": either,
        "median_words": int(statistics.median(words)) if words else 0,
        "no_answer": sum(1 for r in results if "no_answer" in r["failures"]),
        "all_ok": sum(1 for r in results if not r["failures"]),
    }


def summary_line(agg: dict) -> str:
    return (
        f"recall@5={ratio(*agg['recall@5'])} facts={ratio(*agg['facts'])} "
        f"verdict={ratio(*agg['verdict'])} abstain={ratio(*agg['abstain'])} "
        f"false_abstain={ratio(*agg['false_abstain'])} language={ratio(*agg['language'])} "
        f"invented_or_forbidden={agg['invented_or_forbidden']} median_words={agg['median_words']}"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Score the assistant on an unseen evaluation set.")
    ap.add_argument("set_dir", type=Path, help="e.g. tests/data/unseen/set_a")
    ap.add_argument(
        "--show",
        action="store_true",
        help="print question, answer and failures for every id (set_a only, by convention)",
    )
    ap.add_argument("--quiet", action="store_true", help="print the figures only, no per-id lines")
    ap.add_argument(
        "--per-id",
        action="store_true",
        help="print per-id failure kinds even for set_b (default there: figures only)",
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
    if set_dir.name == "set_b":
        if args.show:
            print(
                "note: set_b is the check set; by convention look only at its figures.",
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
