"""How common a word is in general Swedish (wordfreq's Zipf scale: 6 is "göra", 3 is
"färdtjänst", 1 is "momssats"). A word the documents never use says what a question is
about ("bygglov", "moms") only when it is not one every text uses ("starta",
"behöver"): those say how, not what.
"""

from __future__ import annotations

import itertools
import math
import re
from functools import cache, lru_cache

from wordfreq import zipf_frequency

from assistant.core.swedish.cues import load_cues
from assistant.core.swedish.numbers import read_number

# Zipf 4.7 ≈ once in 20,000 words: "starta", "fungera", "behöver" above; "moms",
# "bygglov", "ansöka", "väder" below.
_COMMON = 4.7
# Zipf 3 ≈ once in a million words: "idéskiss", "föreningsregistret", "dialogmöte" below;
# "partnerskap", "färdtjänst" above.
_RARE = 3.0


# Zipf 4.3: a name general Swedish writes this often is mostly a word or a given name
# ("Vi", "Lördag", "Åsa"), whatever its capital says (scripts/build_localities.py too).
_WORDLIKE = 4.3


@cache
def wordlike(name: str, language: str = "sv") -> bool:
    return zipf_frequency(name.lower(), language) >= _WORDLIKE


@cache
def common_word(word: str, language: str = "sv") -> bool:
    return zipf_frequency(word, language) >= _COMMON


@cache
def rare_word(word: str, language: str = "sv") -> bool:
    return zipf_frequency(word, language) < _RARE


# Zipf 3.5 ≈ three times in a million words: "gemensamma", "förutsatt", "frivilliga" above;
# "lägesrapport", "årsredovisning" below (compounds rarely written, read by their parts).
_WHOLE = 3.5


@cache
def used_whole(word: str, language: str = "sv") -> bool:
    """Whether general Swedish uses the word as it stands often enough that it is no
    compound to guess parts of."""
    return zipf_frequency(word, language) >= _WHOLE


# Letters a keyboard without å, ä and ö writes instead ("vi ar bara nio", "om aret").
_PLAIN_FOR = {"a": "aåä", "o": "oö"}
# A variant must be this much commoner to be the word meant: "är" (7.5) for "ar" (4.6),
# "året" for "aret"; not "så" (7.0) for "sa" (5.6), a word of its own.
_CLEARLY_COMMONER = 1.5
_MAX_VARIANTS = 64
_SHORTEST = 3
_ENGLISH = 4.0  # Zipf in English: "for", "over", "man" are words of their own there
_WORD = re.compile(r"[^\W\d_]+")


def with_swedish_letters(text: str, keyless: bool = False) -> str:
    """The text with each word typed without å, ä or ö given them where the word with
    them is clearly the one meant; lengths are kept, so positions stay. A name (capitalised
    inside a sentence: "Lars Akesson") is left as written. ``keyless``: the writer has no
    such keys (a Swedish text without one å, ä or ö), so a two-letter word ("ar") or one
    that is also English ("for", "far") is read as Swedish too, where clearly commoner."""

    def restored(m: re.Match[str]) -> str:
        word = m.group()
        before = text[: m.start()].rstrip()
        opens = not before or before[-1] in ".!?"
        if word[:1].isupper() and not opens:
            return word
        # "i 10 ar", "från 65 ar": after a number a preposition leads in, a word is a unit
        # ("år"); "bara 18 ar skrivna i Trosa" counts people who "är".
        said = before.split()
        previous = said[-1] if said else ""
        led = len(said) >= 2 and _with_letters(said[-2].lower()) in _unit_leads()
        after_number = led and read_number(_with_letters(previous) if previous else "") is not None
        if keyless and after_number:
            unit = _units_after_numbers().get(word.lower())
            return _cased(word, unit) if unit else _with_letters(word, False, keyless)
        return _with_letters(word, keyless, keyless)

    return _WORD.sub(restored, text)


@cache
def _unit_leads() -> frozenset[str]:
    return frozenset(load_cues("numbers.yaml")["unit_leads"])


@cache
def _units_after_numbers() -> dict[str, str]:
    """Typed without å, ä and ö after a number, a word is its unit: "65 ar" is "65 år"."""
    return dict(load_cues("numbers.yaml")["units_typed_plain"])


def _cased(written: str, word: str) -> str:
    return "".join(b.upper() if w.isupper() else b for w, b in zip(written, word, strict=True))


@lru_cache(maxsize=8192)
def _with_letters(word: str, short_ok: bool = False, english_ok: bool = False) -> str:
    lower = word.lower()
    slots = [i for i, c in enumerate(lower) if c in _PLAIN_FOR]
    # A two-letter word is too often both ("ar": "är", or "år" after a number); an English
    # word ("for", "over") may be what was written.
    shortest = _SHORTEST - 1 if short_ok else _SHORTEST
    if not slots or len(lower) < shortest or any(c in "åäö" for c in lower):
        return word
    if not english_ok and zipf_frequency(lower, "en") >= _ENGLISH:
        return word
    choices = [_PLAIN_FOR[lower[i]] for i in slots]
    if math.prod(len(c) for c in choices) > _MAX_VARIANTS:
        return word
    plain = zipf_frequency(lower, "sv")
    best, best_zipf = lower, plain
    for letters in itertools.product(*choices):
        chars = list(lower)
        for i, letter in zip(slots, letters, strict=True):
            chars[i] = letter
        variant = "".join(chars)
        found = zipf_frequency(variant, "sv")
        if found > best_zipf:
            best, best_zipf = variant, found
    if best_zipf - plain < _CLEARLY_COMMONER:
        return word
    return "".join(b.upper() if w.isupper() else b for w, b in zip(word, best, strict=True))
