"""The project's one matcher for cue words and phrases in Swedish (and English) text.

A cue matches as a whole word or phrase, case-insensitively, with the inflection
suffixes Swedish adds ("kontakta" also finds "kontaktar", "kontaktas"), never inside
another word. Word lists live in ``assistant/data/*.yaml``; ``load_cues`` reads them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache
from importlib import resources
from typing import Any

import yaml

_SUFFIX = r"(?:r|s|n|t|en|et|er|ar|na|or|erna|arna)?"
_SPACE = re.compile(r"\s+")


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of the words, escaped, longest first (so "vårt" is tried
    before "vår")."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def word_pattern(words: Iterable[str]) -> re.Pattern[str]:
    """Whole words and phrases, and beginnings of words for those ending in "*"
    ("moms*": momsen, momsregistrerade), case-insensitive, not inside another word."""
    forms = sorted(words, key=len, reverse=True)
    alts = [re.escape(w[:-1]) + r"[\w-]*" if w.endswith("*") else re.escape(w) for w in forms]
    return re.compile(rf"(?<![\w-])(?:{'|'.join(alts)})(?![\w-])", re.IGNORECASE)


# An English subject's contracted or modal verb between it and the phrase's verb: "we'd
# cover" and "we would cover" say "we cover".
_SUBJECT = re.compile(r"^(we|i|they|you) (.+)$")
_CONTRACTED = r"(?:['’](?:d|ll|re|ve|m)|\ would|\ will)?\ "


def _cue_alternation(phrases: Iterable[str]) -> str:
    """``alternation`` of the phrases, an English subject read with its contraction."""
    out = []
    for phrase in sorted(phrases, key=len, reverse=True):
        subject = _SUBJECT.match(phrase)
        out.append(
            re.escape(subject.group(1)) + _CONTRACTED + re.escape(subject.group(2))
            if subject
            else re.escape(phrase)
        )
    return "|".join(out)


def _phrase(match: re.Match[str]) -> str:
    return next(g for g in match.groups() if g is not None)


class CueMatcher:
    """Finds any of a fixed set of phrases in text, compiled once into one pattern."""

    def __init__(
        self,
        phrases: Iterable[str],
        inflect: bool = True,
        heads: bool = False,
        other_words: Iterable[str] = (),
        min_head: int = 5,
    ) -> None:
        """``heads``: a single word of ``min_head`` letters or more (five unless said)
        also matches as the head of a Swedish compound ("förening" in
        "pensionärsföreningen", "PRO-förening"), since the head says what the whole is.
        ``other_words``: an inflected form that is one of these is that word, not the
        phrase ("nåt" is "något", not "nå" + t)."""
        self.phrases = tuple(dict.fromkeys(p.lower() for p in phrases if p.strip()))
        self._other = frozenset(w.lower() for w in other_words) - set(self.phrases)
        if not self.phrases:
            self._pattern: re.Pattern[str] | None = None
            return
        ordered = sorted(self.phrases, key=len, reverse=True)
        suffix = _SUFFIX if inflect else ""
        head_word = re.compile(rf"^[^\W\d_]{{{min_head},}}$")
        strict = [p for p in ordered if not (heads and head_word.match(p))]
        heads_only = [p for p in ordered if heads and head_word.match(p)]
        parts = []
        if strict:
            body = _cue_alternation(strict)
            parts.append(r"(?<![\w-])(" + body + ")" + suffix + r"(?![\w-])")
        if heads_only:
            body = alternation(heads_only)
            # A negating prefix makes another word: "non-profit", "icke-vinstdrivande".
            head = r"(?:(?!non|icke|un)[^\W\d_]+-?)?"
            parts.append(r"(?<![\w-])" + head + "(" + body + ")" + suffix + r"(?![\w-])")
        self._pattern = re.compile("|".join(parts))

    def _matches(self, text: str) -> Iterator[re.Match[str]]:
        if self._pattern is None:
            return
        for match in self._pattern.finditer(_SPACE.sub(" ", text.lower())):
            if match.group(0) not in self._other:
                yield match

    def first(self, text: str) -> str | None:
        """The phrase found earliest in ``text``, or None."""
        match = next(self._matches(text), None)
        return _phrase(match) if match else None

    def at(self, text: str) -> int | None:
        """Where the earliest phrase starts in ``text`` (spaces collapsed), or None."""
        match = next(self._matches(text), None)
        return match.start() if match else None

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Where each phrase stands in ``normal(text)``, in order."""
        return [m.span() for m in self._matches(text)]

    def found(self, text: str) -> list[str]:
        """Every phrase found in ``text``, in order of appearance."""
        return [_phrase(m) for m in self._matches(text)]

    def __call__(self, text: str) -> bool:
        return self.first(text) is not None


def normal(text: str) -> str:
    """The text as the matchers read it: lower case, spaces collapsed."""
    return _SPACE.sub(" ", text.lower())


@cache
def load_cues(name: str) -> dict[str, Any]:
    """A word-list file of ``assistant/data`` (YAML), parsed once."""
    raw = resources.files("assistant.data").joinpath(name).read_text("utf-8")
    data: dict[str, Any] = yaml.safe_load(raw)
    return data


@cache
def matcher(name: str, key: str) -> CueMatcher:
    """The matcher for one list of a word-list file, compiled once."""
    return CueMatcher(load_cues(name)[key])
