"""Is the question Swedish or English? A small, explainable word-list heuristic."""

from __future__ import annotations

import re
from typing import Literal

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_EN = frozenset(
    [
        "the",
        "a",
        "an",
        "is",
        "are",
        "who",
        "what",
        "when",
        "where",
        "how",
        "which",
        "can",
        "could",
        "should",
        "would",
        "i",
        "we",
        "our",
        "my",
        "you",
        "your",
        "do",
        "does",
        "to",
        "of",
        "for",
        "in",
        "about",
        "with",
        "and",
        "or",
        "contact",
        "want",
        "start",
        "become",
        "older",
        "people",
        "municipality",
        "association",
        "please",
        "there",
        "their",
        "this",
        "that",
    ]
)
_SV = frozenset(
    [
        "och",
        "att",
        "det",
        "som",
        "en",
        "ett",
        "är",
        "vi",
        "jag",
        "vår",
        "vårt",
        "våra",
        "vad",
        "vem",
        "hur",
        "när",
        "var",
        "kan",
        "ska",
        "får",
        "vill",
        "för",
        "med",
        "om",
        "till",
        "på",
        "av",
        "i",
        "de",
        "den",
        "dem",
        "där",
        "här",
        "inte",
        "också",
        "kommun",
        "kommunen",
        "förening",
        "föreningen",
        "gäller",
        "finns",
        "har",
        "e",
    ]
)


def detect_language(text: str) -> Literal["sv", "en"]:
    """ "en" when English words clearly dominate and no Swedish letters appear, else "sv"."""
    words = [w.lower() for w in _WORD.findall(text)]
    if not words:
        return "sv"
    en = sum(w in _EN for w in words)
    sv = sum(w in _SV for w in words)
    # å, ä, ö in a word that is not a place name point to Swedish.
    swedish_letters = sum(1 for w in words if re.search("[åäö]", w) and w not in _EN)
    if en >= 2 and en > sv + swedish_letters:
        return "en"
    return "sv"
