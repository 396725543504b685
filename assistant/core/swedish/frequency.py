"""How common a word is in general Swedish (wordfreq's Zipf scale: 6 is "göra", 3 is
"färdtjänst", 1 is "momssats"). A word the documents never use says what a question is
about ("bygglov", "moms") only when it is not one every text uses ("starta",
"behöver"): those say how, not what.
"""

from __future__ import annotations

from functools import cache

from wordfreq import zipf_frequency

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
