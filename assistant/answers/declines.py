"""Whether a place says it enters no IOP at all: "Emmaboda kommun ingår inte idéburna
offentliga partnerskap. Kommunen stöttar i stället föreningslivet med föreningsbidrag."
Then no idea can become one there, whatever the conditions its grant pages list; the
answer says so in the place's own words.

The sentence has the place itself as its subject at its opening, a verb of entering or
using denied, and IOP as the object with nothing after it but "i dag" and the like ("…
ingår inte IOP med företag" rules out partners, "… tecknar inte IOP retroaktivt" says
how); no proposal ("Vi föreslår att …"); and it stands in a guideline, a web page or an
FAQ, which speak for the place as a whole. Word lists in ``criteria_words.yaml``
(``declines``).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from assistant.answers.authority import speaks_generally
from assistant.core.documents import Chunk
from assistant.core.swedish.cues import load_cues
from assistant.core.swedish.sentences import sentence_spans
from assistant.index.lexical import words
from assistant.index.reader import IndexReader


@cache
def _spec() -> dict[str, Any]:
    spec: dict[str, Any] = load_cues("criteria_words.yaml")["declines"]
    return spec


def declines_sentence(sentence: str) -> bool:
    """Whether the sentence says its subject enters or uses no IOP at all."""
    spec = _spec()
    said = words(sentence)
    opening = said[: int(spec["subject_words"])]
    if not set(opening) & set(spec["subjects"]):
        return False
    negations = set(spec["negations"])
    names = sorted((words(n) for n in spec["iop"]), key=len, reverse=True)
    for i, term in ((i, t) for i in range(len(said)) for t in names):
        if said[i : i + len(term)] != term:
            continue
        before = said[max(0, i - 4) : i]
        denied = any(w in negations for w in said[max(0, i - 2) : i])
        # "arbetar inte med IOP": the verb is known by its first word, "inte" may split it.
        verb = any(v.split()[0] in before for v in spec["verbs"])
        tail = " ".join(said[i + len(term) :])
        plain = not tail or tail in spec["tails"]
        return denied and verb and plain and not set(said[:i]) & set(spec["proposing"])
    return False


def declines_iop(reader: IndexReader, place: str) -> tuple[Chunk, str] | None:
    """The place's own sentence saying it enters no IOP, if a document of it says so
    (read once per index generation and place)."""

    def compute() -> tuple[Chunk, str] | None:
        # Only what speaks for the place as a whole: a decision or memo may weigh one
        # case ("Vi föreslår att kommunen inte ingår IOP"), minutes quote old answers.
        for chunk in reader.criteria_chunks(place):
            if not speaks_generally(chunk.doc_type):
                continue
            for start, end in sentence_spans(chunk.text):
                sentence = chunk.text[start:end]
                if declines_sentence(sentence):
                    return chunk, sentence
        return None

    found: tuple[Chunk, str] | None = reader.memo(("declines", place), compute)
    return found
