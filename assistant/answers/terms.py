"""The question's informative words, weighted by what the index knows.

A word counts by its idf in the index. A word the corpus never uses carries no weight
(after a typo check against the corpus's own vocabulary: "förenig" is read as
"förening"); it is kept apart as unknown, because a question whose topic words are all
unknown asks about something the documents do not speak of. Question-frame words ("vem",
"hur") and the asked place's names carry no topic.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from itertools import pairwise

from rapidfuzz import fuzz, process

from assistant.answers.answer_types import kind_words
from assistant.answers.asks import ask_words, reaching_word
from assistant.core import municipalities
from assistant.core.swedish.cues import CueMatcher, load_cues
from assistant.index.lexical import Analyzer, LexicalIndex, words
from assistant.index.reader import IndexReader

_TYPO_MIN_LETTERS = 5
_TYPO_SCORE = 87  # rapidfuzz ratio: "förenig"/"förening" 93; "heter"/"nyheter" 83 is no typo
_CONTEXT_WEIGHT = 0.3
_PREFIX_CREDIT = 0.7
_VERB_LETTERS = 3  # "ta ut" is too short to tell its word


@dataclass(frozen=True)
class QueryWord:
    word: str  # as written (lowercase)
    read_as: str  # the corpus word it was read as (itself unless a typo was corrected)
    terms: frozenset[str]  # stems of the word and its compound parts
    prefixes: frozenset[str]  # "~prefix" terms: inflections and compounds meet
    weight: float  # idf; 0 for a word the corpus never uses
    domain: bool  # an IOP domain word ("förening", "kommun"): in scope, little topic
    also: tuple[str, ...] = ()  # words for the same thing (data/thesaurus.yaml)
    # Whether the corpus uses the word itself, not only its compound parts: "bygglov" is
    # made of the documents' "bygg" and "lov" but names nothing they speak of.
    whole: bool = True


@dataclass(frozen=True)
class Query:
    words: tuple[QueryWord, ...]

    @property
    def total(self) -> float:
        return sum(w.weight for w in self.words)

    @property
    def topic(self) -> tuple[QueryWord, ...]:
        """The words that say what the question is about (not the IOP domain words)."""
        return tuple(w for w in self.words if not w.domain)

    @property
    def unknown(self) -> tuple[QueryWord, ...]:
        return tuple(w for w in self.words if w.weight == 0)

    def search_text(self) -> str:
        """The words as the corpus writes them (typos corrected), and the words for the
        same things, for BM25."""
        return " ".join(" ".join((w.read_as, *w.also)) for w in self.words)


@cache
def frame_words() -> frozenset[str]:
    return frozenset(w.lower() for w in load_cues("question_words.yaml")["frame"])


@cache
def domain_words() -> frozenset[str]:
    """The domain's words, also as typed without their accent ("ide" for "idé")."""
    words = {w.lower() for w in load_cues("question_words.yaml")["domain"]}
    return frozenset(words | {w.replace("é", "e") for w in words})


def place_words(places: tuple[str, ...]) -> frozenset[str]:
    """Every word of the asked places' names and organisations ("lunds", "kommun")."""
    out: set[str] = set()
    for name in places:
        out.update(words(name))
        out.update(words(municipalities.organisation(name)))
        out.update(w + "s" for w in words(name))
    return frozenset(out)


def vocabulary(reader: IndexReader) -> tuple[str, ...]:
    """The corpus's own words (four letters or more) that typos are corrected to, once
    per index generation."""
    lexical = reader.lexical
    if lexical is None:
        return ()
    words_: tuple[str, ...] = reader.memo(
        "vocabulary", lambda: tuple(sorted(lexical.analyzer.lexicon))
    )
    return words_


def build_query(
    text: str,
    index: LexicalIndex | None,
    ignore: frozenset[str],
    known_words: Sequence[str] = (),
    context: str = "",
) -> Query:
    """The question's words; ``context`` (the question a follow-up leans on) adds its
    words at a fraction of their weight, so that the follow-up's own words lead."""
    own = _query_words(text, index, ignore, known_words)
    if not context:
        return Query(own)
    seen = {w.word for w in own}
    extra = [
        replace(w, weight=w.weight * _CONTEXT_WEIGHT)
        for w in _query_words(context, index, ignore, known_words)
        if w.word not in seen
    ]
    return Query(own + tuple(extra))


def query_for(
    reader: IndexReader, text: str, places: tuple[str, ...] = (), context: str = ""
) -> Query:
    """A text's query as the engine reads a question: ask words and the places' names
    carry no topic; typos are read against the corpus's own words."""
    ignore = place_words(places) | ask_words()
    return build_query(text, reader.lexical, ignore, vocabulary(reader), context)


@cache
def _ignore_matcher(ignore: frozenset[str]) -> CueMatcher:
    """Ask and place words with their inflections: no topic either."""
    return CueMatcher(ignore)


_HYPHENATED = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+")


def _query_words(
    text: str,
    index: LexicalIndex | None,
    ignore: frozenset[str],
    known_words: Sequence[str],
) -> tuple[QueryWord, ...]:
    analyzer = index.analyzer if index is not None else Analyzer()
    frame, domain = frame_words(), domain_words()
    # The words asking for a measure ("hur lång tid") say what kind of fact is wanted.
    measure = kind_words(text)
    # The parts of a hyphenated way to reach someone ("e-post", "e-mail") are no topic:
    # "post" alone is a word the documents use ("Postadress").
    reaching = {
        part
        for joined in _HYPHENATED.findall(text)
        if reaching_word(joined.lower())
        for part in words(joined)
    }
    out: list[QueryWord] = []
    seen: set[str] = set()
    for word in words(text):
        if (
            word in frame
            or word in reaching
            or word in measure
            or word in ignore
            or _ignore_matcher(ignore)(word)  # inflected: "kontaktar" of "kontakta"
            or reaching_word(word)
            or word in seen
            or (len(word) < 2 and not word.isdigit())
        ):
            continue
        seen.add(word)
        read_as = word
        terms = analyzer.terms(word, guess=False)
        if not terms:
            continue  # a stopword
        weight = _weight(terms, index)
        # A word of the thesaurus is read as its group, not corrected to another word.
        also = same_thing(terms)
        if weight == 0 and index is not None and not also:
            corrected = _closest_known(word, known_words)
            if corrected:
                read_as, terms = corrected, analyzer.terms(corrected, guess=False)
                weight = _weight(terms, index)
                also = same_thing(terms)
        if also:
            # Read as the words for the same thing too; a word the corpus never uses
            # ("avsluta") weighs what they weigh.
            terms = [*terms, *(_own_terms(w, analyzer) for w in also)]
            weight = weight or _weight(terms, index)
        whole = bool(also) or _weight(terms[:1] + [t for t in terms if t[:1] == "~"], index) > 0
        out.append(
            QueryWord(
                word=word,
                read_as=read_as,
                terms=frozenset(t for t in terms if not t.startswith("~")),
                prefixes=frozenset(t for t in terms if t.startswith("~")),
                weight=weight,
                domain=word in domain or read_as in domain,
                also=also,
                whole=whole,
            )
        )
    return tuple(out) + _particle_verbs(text, index, seen)


def _particle_verbs(text: str, index: LexicalIndex | None, seen: set[str]) -> tuple[QueryWord, ...]:
    """A verb and its particle ("säga upp", "betala ut", "följa upp") are written as one
    word when the documents name the act ("uppsägningstid", "utbetalning",
    "uppföljning"): the pair is read as that word's beginning."""
    if index is None:
        return ()
    particles = _particles()
    said = words(text)
    out: list[QueryWord] = []
    for verb, particle in pairwise(said):
        joined = particle + verb
        if particle not in particles or len(verb) < _VERB_LETTERS or joined in seen:
            continue
        # The joined word's beginning, as the index cuts it ("~uppsä").
        prefixes = frozenset(t for t in index.analyzer.terms(joined) if t.startswith("~"))
        weight = _weight(sorted(prefixes), index)
        if weight > 0:
            seen.add(joined)
            out.append(
                QueryWord(f"{verb} {particle}", joined, frozenset(), prefixes, weight, False)
            )
    return tuple(out)


def same_thing(terms: Sequence[str]) -> tuple[str, ...]:
    """The other words of the thesaurus group a word's stem belongs to, one per stem."""
    stems = {t for t in terms if not t.startswith("~")}
    groups = _thesaurus()
    return tuple(dict.fromkeys(w for stem in sorted(stems) for w in groups.get(stem, ())))


def _own_terms(word: str, analyzer: Analyzer) -> str:
    """The word's own stem, not its compound parts ("överenskommelse" holds no "över")."""
    found = analyzer.terms(word)
    return found[0] if found else word


@cache
def _thesaurus() -> dict[str, tuple[str, ...]]:
    """Stem → the other words of its group, one word per stem ("rapport" and
    "rapportera" are one term), read once."""
    analyzer = Analyzer()
    table: dict[str, tuple[str, ...]] = {}
    for group in load_cues("thesaurus.yaml")["same_thing"]:
        by_stem = {_own_terms(word, analyzer): word for word in group}
        for own in by_stem:
            table[own] = tuple(w for s, w in by_stem.items() if s != own)
    return table


@cache
def _particles() -> frozenset[str]:
    return frozenset(load_cues("question_words.yaml")["particles"])


def coverage(query: Query, text_terms: set[str] | frozenset[str]) -> float:
    """Share (0..1) of the question's weight that a text covers."""
    total = query.total
    if total == 0:
        return 0.0
    return sum(w.weight * credit(w, text_terms) for w in query.words) / total


def credit(word: QueryWord, text_terms: set[str] | frozenset[str]) -> float:
    if word.terms & text_terms:
        return 1.0
    if word.prefixes & text_terms:
        return _PREFIX_CREDIT
    return 0.0


def _weight(terms: list[str], index: LexicalIndex | None) -> float:
    if index is None:
        return 1.0
    exact = [t for t in terms if not t.startswith("~") and index.df.get(t)]
    if exact:
        return max(index.idf(t) for t in exact)
    prefixed = [t for t in terms if t.startswith("~") and index.df.get(t)]
    return _PREFIX_CREDIT * max((index.idf(t) for t in prefixed), default=0.0)


def _closest_known(word: str, known_words: Sequence[str]) -> str | None:
    if len(word) < _TYPO_MIN_LETTERS or word.isdigit() or not known_words:
        return None
    match = process.extractOne(word, known_words, scorer=fuzz.ratio, score_cutoff=_TYPO_SCORE)
    # A typo keeps the first letter: "pensionärsförenig", not "heter" for "nyheter".
    return str(match[0]) if match and str(match[0])[:1] == word[:1] else None
