"""Scoring of the unseen evaluation sets (``bench/unseen.py``): one answer against its
question's expectations, the figures over a set, and the one-line summary.

How each figure is counted is in the docstring of ``bench/unseen.py``. Answers are the
JSON objects ``iop ask --jsonl`` prints; nothing here imports the project's packages.
"""

from __future__ import annotations

import re
import statistics
import sys
from pathlib import Path

from bench.lib.plain_text import plain_text

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
# A Swedish phone number as people write it: 0xx-xxx xx xx, +46 xx xxx xx xx, 0xxx-xx xx xx …
# (PDF text may set two spaces where the page shows one: "+46  280  182  47".)
PHONE_RE = re.compile(r"(?<![\w/])(?:\+46[\s\-]*(?:\(0\))?|0)\d[\d\s\-–()]{5,16}\d")
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
    try:
        return plain_text(path, errors="replace")
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
