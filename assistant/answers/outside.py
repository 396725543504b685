"""Matters other authorities decide (moms, insurance, criminal-record checks, …): asked
about where a place's documents never name them, the answer is that the documents do not
say, not passages on IOP that happen to share the question's other words. The matters are
data (data/outside_topics.yaml); only the asking sentences count ("Ledarna har visat
utdrag ur belastningsregistret" tells, it does not ask)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from assistant.answers.answer_types import asking_sentences
from assistant.core.swedish.cues import load_cues
from assistant.index.reader import IndexReader


@cache
def _matters() -> dict[str, re.Pattern[str]]:
    raw = load_cues("outside_topics.yaml")["matters"]
    return {str(k): _pattern([str(w).lower() for w in v]) for k, v in raw.items()}


def _pattern(said: list[str]) -> re.Pattern[str]:
    """Whole words, and beginnings of words for those ending in "*"."""
    forms = [re.escape(w[:-1]) + r"[\w-]*" if w.endswith("*") else re.escape(w) for w in said]
    return re.compile(rf"(?<![\w-])(?:{'|'.join(forms)})(?![\w-])", re.IGNORECASE)


def outside_matter(
    question: str, reader: IndexReader, places: Sequence[str], every: bool = False
) -> str | None:
    """The matter of another authority the question asks about that none of the places'
    documents name, if any; with ``every``, only when each asking sentence asks about one
    ("Kan vi få IOP? Är vi försäkrade då?" asks about the idea too)."""
    asking = asking_sentences(question)
    if not asking or not places:
        return None
    found = [
        next((m for m, pattern in _matters().items() if pattern.search(s)), None) for s in asking
    ]
    if every and None in found:
        return None
    texts = reader.memo(("place texts", tuple(places)), lambda: _texts(reader, places))
    for matter in dict.fromkeys(m for m in found if m is not None):
        if not _matters()[matter].search(texts):
            return matter
    return None


def _texts(reader: IndexReader, places: Sequence[str]) -> str:
    return " ".join(c.text for p in places for c in reader.chunks_of_municipality(p))
