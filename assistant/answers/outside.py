"""Matters other authorities decide (moms, insurance, criminal-record checks, …): asked
about where a place's documents never name them, the answer is that the documents do not
say, not passages on IOP that happen to share the question's other words. The matters are
data (data/outside_topics.yaml); only the asking sentences count ("Ledarna har visat
utdrag ur belastningsregistret" tells, it does not ask)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from assistant.answers.answer_types import asking_sentences, expected_types
from assistant.answers.eligibility.concepts import clauses
from assistant.core.localities import names_association
from assistant.core.swedish.amounts import find_amounts
from assistant.core.swedish.cues import load_cues, word_pattern
from assistant.core.swedish.sentences import sentence_spans, split_units, table_cells
from assistant.index.lexical import words
from assistant.index.reader import IndexReader

_AMOUNTS = frozenset({"amount", "money", "count"})
_JOINED = re.compile(r",\s*(?:och|eller|men|and|or|but)\s+", re.IGNORECASE)


@cache
def _matters() -> dict[str, re.Pattern[str]]:
    raw = load_cues("outside_topics.yaml")["matters"]
    return {str(k): word_pattern([str(w).lower() for w in v]) for k, v in raw.items()}


def outside_matter(
    question: str, reader: IndexReader, places: Sequence[str], every: bool = False
) -> str | None:
    """The matter of another authority the question asks about that none of the places'
    documents name, if any; with ``every``, only when each asking clause asks about one
    ("Kan vi få IOP, och är vi försäkrade då?" asks about the idea too)."""
    # Each asking sentence by its clauses: "Vi har redan en olycksfallsförsäkring via
    # förbundet – vem ska vi kontakta om IOP?" asks whom, after telling of its insurance;
    # the clause that asks ends the sentence.
    asking = [clauses(s) for s in asking_sentences(question)]
    asking = [c[-1:] if len(c) > 1 and not every else c for c in asking]
    parts = [clause for sentence in asking for clause in sentence]
    if not parts or not places:
        return None
    found = [
        next((m for m, pattern in _matters().items() if pattern.search(p)), None) for p in parts
    ]
    # An idea asked of ("Kan det bli IOP, och behöver vi tänka på livsmedelshygien?") is
    # judged: only a message asking of nothing but the matter is left unanswered.
    if every and not all(
        any(pattern.search(piece) for pattern in _matters().values())
        for piece in (q for p in parts for q in _JOINED.split(p))
    ):
        return None
    texts = reader.memo(("place texts", tuple(places)), lambda: _texts(reader, places))
    for matter in dict.fromkeys(m for m in found if m is not None):
        if not _matters()[matter].search(texts):
            return matter
    return None


def _texts(reader: IndexReader, places: Sequence[str]) -> str:
    return " ".join(c.text for p in places for c in reader.chunks_of_municipality(p))


@cache
def _totals() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    spec = load_cues("outside_topics.yaml")["totals"]
    asked, spender, stated = (
        word_pattern([str(w).lower() for w in spec[k]]) for k in ("asked", "spender", "stated")
    )
    return asked, spender, stated


def unstated_total(question: str, reader: IndexReader, places: Sequence[str]) -> bool:
    """Whether the question asks what the municipality spends in all ("Hur mycket lägger
    Bodens kommun på IOP sammanlagt varje år?") where no document of the place states a
    total or a budget."""
    asked, spender, stated = _totals()
    asking = [
        s
        for s in asking_sentences(question)
        # "… om partnerskapet kostar 200 000 kr totalt?" tells the total.
        if asked.search(s)
        and expected_types(s) & _AMOUNTS
        and spender.search(s)
        and not find_amounts(s)
    ]
    if not asking or not places:
        return False
    texts = reader.memo(("place texts", tuple(places)), lambda: _texts(reader, places))
    sentences = (texts[a:b] for a, b in sentence_spans(texts))
    if any(stated.search(s) and find_amounts(s) for s in sentences):
        return False
    summed = reader.memo(
        ("partnerships summed", tuple(places)),
        lambda: any(
            _sums_partnerships(c.text) for p in places for c in reader.chunks_of_municipality(p)
        ),
    )
    return not summed


_LISTED_PARTNERS = 2  # rows naming an association above a sum: a table of partnerships


def _sums_partnerships(text: str) -> bool:
    """Whether a passage holds a table of partnerships summed in kronor ("| Läxhjälp |
    Föreningen Läxhjälp Salem | 95 000 kronor | … | Summa per år | | 275 000 kronor |"); a
    budget's or a form's sum ("| Summa | 340 000 kr |") is no total spent."""
    sums = frozenset(load_cues("outside_topics.yaml")["totals"]["sum_rows"])
    partners = 0
    for unit in split_units(text):
        if not unit.is_table_row:
            partners = 0
            continue
        cells = table_cells(unit.text)
        opening = words(cells[0])[:1] if cells else []
        if opening and opening[0] in sums:
            money = any(a.kind == "money" for c in cells[1:] for a in find_amounts(c))
            if money and partners >= _LISTED_PARTNERS:
                return True
        elif any(names_association(c) for c in cells):
            partners += 1
    return False
