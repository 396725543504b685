"""Whether a place says it enters no IOP at all: "Emmaboda kommun ingår inte idéburna
offentliga partnerskap. Kommunen stöttar i stället föreningslivet med föreningsbidrag."
Then no idea can become one there, whatever the conditions its grant pages list; the
answer says so in the place's own words.

The sentence has the place itself as its subject at its opening, a verb of entering or
using denied, and IOP as the object with nothing after it that narrows it ("… ingår inte
IOP med företag" rules out partners, not partnerships). Word lists in
``criteria_words.yaml`` (``declines``).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from assistant.answers.question import domain_matcher
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
    found = domain_matcher().first(sentence)
    if found is None:
        return False
    term = words(found)
    for i in range(len(said) - len(term) + 1):
        if said[i : i + len(term)] != term:
            continue
        before = said[max(0, i - 4) : i]
        denied = any(w in negations for w in said[max(0, i - 2) : i])
        # "arbetar inte med IOP": the verb is known by its first word, "inte" may split it.
        verb = any(v.split()[0] in before for v in spec["verbs"])
        tail = said[i + len(term) :]
        narrowed = bool(tail) and tail[0] in spec["narrowing"]
        return denied and verb and len(tail) <= int(spec["tail_words"]) and not narrowed
    return False


def declines_iop(reader: IndexReader, place: str) -> tuple[Chunk, str] | None:
    """The place's own sentence saying it enters no IOP, if a document of it says so
    (read once per index generation and place)."""

    def compute() -> tuple[Chunk, str] | None:
        for chunk in reader.criteria_chunks(place):
            for start, end in sentence_spans(chunk.text):
                sentence = chunk.text[start:end]
                if declines_sentence(sentence):
                    return chunk, sentence
        return None

    found: tuple[Chunk, str] | None = reader.memo(("declines", place), compute)
    return found
