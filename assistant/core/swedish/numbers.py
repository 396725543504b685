"""Numbers and shares written in words (``data/numbers.yaml``): the one table for
durations, reaches and shares."""

from __future__ import annotations

import re
from functools import cache

from assistant.core.swedish.cues import alternation, load_cues


@cache
def number_words() -> dict[str, int]:
    """Numbers in words: the listed ones, the tens, and each ten joined to a unit of its
    language ("tjugofem", "fyrtiotvå", "twenty-five")."""
    cues = load_cues("numbers.yaml")
    words = {str(k).lower(): int(v) for k, v in cues["words"].items()}
    for language, tens in cues["tens"].items():
        joint = cues["tens_joint"][language]
        for ten, value in tens.items():
            words[str(ten)] = int(value)
            for unit, n in cues["tens_units"][language].items():
                words[f"{ten}{joint}{unit}"] = int(value) + int(n)
    return words


@cache
def fraction_words() -> dict[str, int]:
    return {str(k).lower(): int(v) for k, v in load_cues("numbers.yaml")["fractions"].items()}


@cache
def measure_words() -> tuple[str, ...]:
    """Units a number can count that make it no age ("minst 20 procent")."""
    return tuple(str(w).lower() for w in load_cues("numbers.yaml")["measures"])


@cache
def ordinal_words() -> dict[str, int]:
    """ "första" → 1: an ordinal tells how many there have been so far."""
    return {str(k).lower(): int(v) for k, v in load_cues("numbers.yaml")["ordinals"].items()}


@cache
def round_counts() -> dict[str, int]:
    """Counts in round numbers ("ett tiotal föreningar") and the number each stands for."""
    return {str(k).lower(): int(v) for k, v in load_cues("numbers.yaml")["round_counts"].items()}


@cache
def not_counts() -> tuple[str, ...]:
    """Units a number stands before that say it counts no things ("tre år", "tre sidor")."""
    return tuple(str(w).lower() for w in load_cues("numbers.yaml")["not_counts"])


def read_number(word: str) -> int | None:
    """ "3", "tre" → 3, "tjugotal" → 20; None for anything else."""
    word = word.casefold().rstrip("-")
    return int(word) if word.isdigit() else number_words().get(word, round_counts().get(word))


@cache
def count_pattern() -> str:
    """A regex group for a count as written: a figure, a number word, or "a"/"an"."""
    return rf"(\d{{1,3}}|{alternation(number_words())}|a|an)"


def read_count(word: str) -> int | None:
    """ "3", "tre", "ett", "a" → the count; None for anything else."""
    return 1 if word.lower() in {"a", "an"} else read_number(word)


_ARTICLES = frozenset({"en", "ett", "a", "an"})


def counted(word: str) -> int | None:
    """A number that counts things told ("sju", "12", "tiotal"); an article ("en", "ett",
    "a") is none: "vi har ett årsmöte i mars" tells when, not how many."""
    return None if word.lower() in _ARTICLES else read_number(word)


_APPROXIMATE_WORDS = 2  # "ungefär hälften", "about a third of"


def approximate(before: str) -> bool:
    """Whether the words right before a number make it approximate ("ungefär", "about")."""
    said = re.findall(r"[^\W\d_]+", before.lower())[-_APPROXIMATE_WORDS:]
    return bool(set(said) & _approximately())


@cache
def _approximately() -> frozenset[str]:
    return frozenset(str(w) for w in load_cues("numbers.yaml")["approximately"])
