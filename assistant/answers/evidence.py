"""How much of a question a passage or sentence covers, word by word, weighted by idf.

This is the relevance floor and the sentence ranker of the extractive answer: a
passage answers a question only when it contains most of the question's informative
words (frame words like "vem" or "telefonnummer" and the municipality's own name do
not count; words the corpus never uses weigh the most).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.answers.intent import expansions, frame_words
from assistant.index.lexical import Analyzer, LexicalIndex, words

_PREFIX_CREDIT = 0.7
_EXPANSION_CREDIT = 0.8


@dataclass(frozen=True)
class QueryWord:
    word: str
    terms: frozenset[str]  # stems of the word and of its compound parts
    prefixes: frozenset[str]
    alternatives: tuple[frozenset[str], ...]  # term sets of expansions
    weight: float


@dataclass(frozen=True)
class Query:
    words: tuple[QueryWord, ...]

    @property
    def total(self) -> float:
        return sum(w.weight for w in self.words)


def build_query(
    question: str, index: LexicalIndex | None, ignore: frozenset[str] = frozenset()
) -> Query:
    """The informative words of a question; ``ignore`` holds words such as place names."""
    analyzer = index.analyzer if index is not None else Analyzer()
    frame = frame_words()
    seen: set[str] = set()
    out: list[QueryWord] = []
    for word in words(question):
        if word in frame or word in ignore or word in seen or len(word) < 2:
            continue
        seen.add(word)
        terms = [t for t in analyzer.terms(word)]
        if not terms:
            continue  # a stopword
        exact = frozenset(t for t in terms if not t.startswith("~"))
        prefixes = frozenset(t for t in terms if t.startswith("~"))
        weight = max((index.idf(t) for t in exact), default=1.0) if index else 1.0
        alternatives = tuple(
            frozenset(t for t in analyzer.terms(alt) if not t.startswith("~"))
            for alt in expansions().get(word, [])
        )
        out.append(QueryWord(word, exact, prefixes, alternatives, weight))
    return Query(tuple(out))


def coverage(query: Query, text_terms: set[str]) -> float:
    """Share (0..1) of the question's weight that the text covers."""
    if not query.words:
        return 0.0
    got = sum(w.weight * word_credit(w, text_terms) for w in query.words)
    return got / query.total


def word_credit(word: QueryWord, text_terms: set[str]) -> float:
    if word.terms & text_terms:
        return 1.0
    if any(alt and alt <= text_terms for alt in word.alternatives):
        return _EXPANSION_CREDIT
    if word.prefixes & text_terms:
        return _PREFIX_CREDIT
    return 0.0


def text_terms(analyzer: Analyzer, text: str) -> set[str]:
    return set(analyzer.terms(text))


def normalise_space(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()
