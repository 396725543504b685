"""Swedish lexical search: Snowball stems, compound splitting and BM25 (bm25s).

Swedish glues words together ("pensionärsföreningar", "föreningsregistret"), so each
word is indexed as its stem, as the stems of its compound parts, and as short
prefixes of those parts; a query for "registrerade" then meets "föreningsregister".
"""

from __future__ import annotations

import json
import math
import os
import re
import shutil
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

import numpy as np

from assistant.core.swedish.frequency import rare_word, used_whole

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_PREFIX = 5
_MIN_PART = 3
_MIN_COMPOUND = 7
_MIN_HEAD = 6  # a head found without its first part: long enough to be a word of its own
_LOAD_ATTEMPTS = 5  # a folder replaced while it is read is read again at the new pointer


@cache
def _stemmer():  # type: ignore[no-untyped-def]
    import Stemmer

    return Stemmer.Stemmer("swedish")


@cache
def _stopwords() -> frozenset[str]:
    from bm25s.stopwords import STOPWORDS_SWEDISH

    return frozenset(STOPWORDS_SWEDISH) | {"kan", "ska", "får", "finns"}


def stem(word: str) -> str:
    """The Swedish stem of one word ("årsmöten", "årsmöte" → "årsmöt")."""
    return str(_stemmer().stemWord(word.lower()))


_MIN_STEM = 4


def same_stem(a: str, b: str) -> bool:
    """Two stems of one word in inflections the Swedish stemmer leaves apart ("områd",
    "området"; "compani", "company"): equal, or sharing all letters but the shorter one's
    last."""
    if a == b:
        return True
    shorter = min(len(a), len(b))
    common = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), shorter)
    return shorter >= _MIN_STEM and common >= shorter - 1


def is_stopword(word: str) -> bool:
    """A function word the index leaves out ("att", "för", "som")."""
    return word.lower() in _stopwords()


@cache
def base_parts() -> frozenset[str]:
    text = resources.files("assistant.data").joinpath("sv_compound_parts.txt").read_text("utf-8")
    return frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


def words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


class Analyzer:
    """Turns text into index terms; the compound lexicon comes from the corpus."""

    def __init__(self, lexicon: Iterable[str] = ()) -> None:
        self.lexicon = frozenset(lexicon) | base_parts()
        stem = _stemmer().stemWord
        self._stems = frozenset(stem(w) for w in self.lexicon)
        self._prefixes = frozenset(w[:6] for w in self.lexicon if len(w) >= 6)
        self._split_cache: dict[tuple[str, bool], tuple[str, ...]] = {}

    def split_compound(self, word: str, guess: bool = True) -> tuple[str, ...]:
        """Parts of a compound ("föreningsregistret" → förenings, registret), else ().
        ``guess`` (a document's words): by a head of general Swedish too, when no split
        by the corpus's words is found ("läges|rapport"); a question's words are not
        split that way, so a thing the documents never name ("lotteritillstånd") does
        not pass for one they do."""
        if len(word) < _MIN_COMPOUND:
            return ()
        if (word, guess) in self._split_cache:
            return self._split_cache[(word, guess)]
        best: tuple[str, ...] = ()
        best_left = 0
        for i in range(_MIN_PART, len(word) - _MIN_PART + 1):
            left, right = word[:i], word[i:]
            left_ok = left in self.lexicon or (left.endswith("s") and left[:-1] in self.lexicon)
            if not left_ok:
                continue
            right_parts = (right,) if self._known(right) else self.split_compound(right, False)
            # The longest known head wins: "pensionärs|förening" over "pens|ionärs…".
            if right_parts and i > best_left:
                best, best_left = (left, *right_parts), i
        if not best and guess and not used_whole(word):
            # A head that is a word of general Swedish names the thing whatever the
            # first part ("läges|rapport", "träff|punkten"): the longest such head.
            # Its first part is a word too, a linking "s" aside ("läge-s"); a misspelt
            # word ("fröeningsregistret") is no compound but a typo. A word general
            # Swedish writes whole ("gemensamma", "förutsatt") is not taken apart.
            for i in range(_MIN_PART, len(word) - _MIN_HEAD + 1):
                left = word[:i]
                first = left[:-1] if left.endswith("s") else left
                if (
                    first not in _stopwords()
                    and not rare_word(word[i:])
                    and (first in self.lexicon or not rare_word(first))
                ):
                    best = (left, word[i:])
                    break
        self._split_cache[(word, guess)] = best
        return best

    def _known(self, word: str) -> bool:
        """A known word or an inflection of one ("registret" of "register")."""
        return (
            word in self.lexicon
            or _stemmer().stemWord(word) in self._stems
            or (len(word) >= 6 and word[:6] in self._prefixes)
        )

    def terms(self, text: str, guess: bool = True) -> list[str]:
        stem = _stemmer().stemWord
        stop = _stopwords()
        out: list[str] = []
        for word in words(text):
            if word in stop or (len(word) < 2 and not word.isdigit()):
                continue
            out.append(stem(word))
            parts = [p[:-1] if p.endswith("s") and p[:-1] in self.lexicon else p
                     for p in self.split_compound(word, guess)]  # fmt: skip
            out.extend(stem(p) for p in parts)
            out.extend({"~" + piece[:_PREFIX] for piece in [word, *parts] if len(piece) > _PREFIX})
        return out


@dataclass(frozen=True)
class LexicalHit:
    chunk_id: str
    score: float


class LexicalIndex:
    """A BM25 index over chunk texts, with the municipality of each row for filtering."""

    def __init__(
        self,
        bm25: object | None,
        chunk_ids: list[str],
        municipalities: list[str],
        analyzer: Analyzer,
        generation: int,
        df: dict[str, int] | None = None,
    ) -> None:
        self._bm25 = bm25
        self.df = df or {}
        self.chunk_ids = chunk_ids
        self._munis = np.array(municipalities, dtype=object)
        self.analyzer = analyzer
        self.generation = generation

    @classmethod
    def build(cls, rows: Sequence[tuple[str, str, str]], generation: int) -> LexicalIndex:
        """rows: (chunk_id, municipality or "", text to index)."""
        import bm25s

        counts: Counter[str] = Counter(w for _, _, text in rows for w in words(text))
        lexicon = {w for w, n in counts.items() if len(w) >= 4 and not w.isdigit()}
        analyzer = Analyzer(lexicon)
        bm25 = None
        corpus_terms = [analyzer.terms(text) or ["∅"] for _, _, text in rows]
        df: Counter[str] = Counter(t for terms in corpus_terms for t in set(terms))
        if rows:
            bm25 = bm25s.BM25()
            bm25.index(corpus_terms, show_progress=False)
        return cls(bm25, [r[0] for r in rows], [r[1] for r in rows], analyzer, generation, dict(df))

    def idf(self, term: str) -> float:
        """BM25 idf of a term; unseen terms weigh most (they are what the corpus lacks)."""
        n = len(self.chunk_ids)
        return math.log(1 + (n - self.df.get(term, 0) + 0.5) / (self.df.get(term, 0) + 0.5))

    def search(
        self, query: str, k: int, municipalities: Sequence[str] | None = None
    ) -> list[LexicalHit]:
        if self._bm25 is None:
            return []
        vocab: dict[str, int] = self._bm25.vocab_dict  # type: ignore[attr-defined]
        terms = [t for t in self.analyzer.terms(query, guess=False) if t in vocab]
        if not terms:
            return []
        mask = None
        if municipalities is not None:
            mask = np.isin(self._munis, list(municipalities)).astype(np.float32)
        scores = self._bm25.get_scores(terms, weight_mask=mask)  # type: ignore[attr-defined]
        k = min(k, len(scores))
        top = np.argpartition(-scores, k - 1)[:k]
        ranked = sorted(top, key=lambda i: -scores[i])
        return [LexicalHit(self.chunk_ids[i], float(scores[i])) for i in ranked if scores[i] > 0]

    # -- persistence: versioned folders and an atomically replaced CURRENT pointer -----
    def save(self, root: Path) -> None:
        root.mkdir(parents=True, exist_ok=True)
        target = root / f"gen-{self.generation:08d}"
        tmp = root / f".tmp-{self.generation:08d}-{os.getpid()}"
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir()
        if self._bm25 is not None:
            self._bm25.save(str(tmp / "bm25"), show_progress=False)  # type: ignore[attr-defined]
        meta = {
            "generation": self.generation,
            "chunk_ids": self.chunk_ids,
            "municipalities": list(self._munis),
            "lexicon": sorted(self.analyzer.lexicon - base_parts()),
            "df": self.df,
        }
        (tmp / "meta.json").write_text(json.dumps(meta, ensure_ascii=False), "utf-8")
        shutil.rmtree(target, ignore_errors=True)
        tmp.rename(target)
        pointer = root / ".CURRENT.tmp"
        pointer.write_text(target.name, "utf-8")
        os.replace(pointer, root / "CURRENT")
        for old in root.glob("gen-*"):
            if old.name < target.name:
                shutil.rmtree(old, ignore_errors=True)
        for leftover in root.glob(".tmp-*"):
            if not _pid_alive(leftover.name.rsplit("-", 1)[-1]):
                shutil.rmtree(leftover, ignore_errors=True)  # from a save that was killed

    @classmethod
    def load(cls, root: Path) -> LexicalIndex | None:
        """The current index, or None when none was built yet.

        An ingest in another thread or process may save a newer generation meanwhile and
        delete the folder being read (``save`` removes older ones): then the pointer has
        moved on, and the newer generation is read instead of failing.
        """
        for attempt in range(_LOAD_ATTEMPTS):
            try:
                name = (root / "CURRENT").read_text("utf-8").strip()
            except FileNotFoundError:
                return None
            try:
                return cls._load_folder(root / name)
            except json.JSONDecodeError:
                return None
            except FileNotFoundError:
                moved = LexicalIndex._pointer(root) != name
                if not moved or attempt == _LOAD_ATTEMPTS - 1:
                    if (root / name / "meta.json").exists():
                        raise  # the folder is there but incomplete: not a race
                    return None
        return None

    @staticmethod
    def _pointer(root: Path) -> str | None:
        try:
            return (root / "CURRENT").read_text("utf-8").strip()
        except FileNotFoundError:
            return None

    @classmethod
    def _load_folder(cls, folder: Path) -> LexicalIndex:
        meta = json.loads((folder / "meta.json").read_text("utf-8"))
        bm25 = None
        if (folder / "bm25").exists():
            import bm25s

            bm25 = bm25s.BM25.load(str(folder / "bm25"), show_progress=False)
        return cls(
            bm25,
            meta["chunk_ids"],
            meta["municipalities"],
            Analyzer(meta["lexicon"]),
            int(meta["generation"]),
            meta.get("df", {}),
        )

    @staticmethod
    def current_generation(root: Path) -> int | None:
        try:
            name = (root / "CURRENT").read_text("utf-8").strip()
            return int(name.removeprefix("gen-"))
        except (FileNotFoundError, ValueError):
            return None


def _pid_alive(pid: str) -> bool:
    if not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    return True
