"""Sweden's 290 kommuner and 21 regions: canonical names, organisation forms, detection.

The list lives in ``assistant/data/municipalities.yaml`` and is loaded once. Everything
here is a pure function of that file:

- ``canonical("Lunds kommun") == "Lund"``, ``canonical("malmo") == "Malmö"``,
  ``canonical("Jönköpings län") == "Region Jönköpings län"``; unknown names give None.
- ``organisation("Lund") == "Lunds kommun"``; ``slug("Upplands Väsby") == "upplands-vasby"``.
- ``detect(text)`` lists the kommuner and regions a text mentions, in order of appearance.

Detection rules, so that callers know what to expect:

- Whole words, case-insensitive, in the usual forms: "Malmö", "Malmös", "Malmö stad(s)",
  "Lunds kommun(s)", "Region Skåne(s)", "Jönköpings län", "Göteborgs Stad".
- Names that are also everyday words or personal names ("Vara", "Mark", "Boden", "Nora",
  flagged ``ambiguous`` in the data file) are only detected when capitalised and in a
  disambiguating form: "Vara kommun", "Mora stad", or after "i/från/till/in/from"
  ("i Vara"). "vi vill vara med" and "på mark" detect nothing.
- ASCII spellings ("malmo", "Goteborgs stad") are detected in those same disambiguating
  forms only ("i malmo", "malmo stad"), so that e-mail-like noise does not count.
- The longest form wins: "Region Jönköpings län" is the region only, not also the kommun.
- Bare landscape names ("Skåne", "Dalarna") are accepted by ``canonical`` but not
  detected in text: they name places and appear in association names.
- A kommun's name inside a longer proper name still counts: "Lunds universitet" and
  "Kvinnojouren Lund" detect "Lund", because they place the speaker in that kommun.
- Words that are part of an e-mail address or web domain ("anna.lund@malmo.se") are not
  mentions; ``from_domain`` reads domains separately.

Gotland is both a kommun and a region under one body: "Gotland" is the kommun,
"Region Gotland" the region, and ``organisation("Gotland") == "Region Gotland"``.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, Literal

import yaml
from rapidfuzz.distance import Levenshtein

from assistant.core.swedish.frequency import common_word

Kind = Literal["kommun", "region"]
FormKind = Literal["organisation", "name"]

_DATA_PACKAGE = "assistant"
_DATA_FILE = ("data", "municipalities.yaml")
# A capitalised ambiguous name counts after these words ("i Vara", "from Mora").
# "City of Malmo", "the municipality of Norrkoping": "of" names a place in English.
_CONTEXT_WORDS = frozenset({"i", "från", "till", "in", "from", "of"})
# "Norrkoping municipality", "Vasteras city": English writes the body after the name.
_ORG_SUFFIXES = ("kommun", "stad", "municipality", "city", "council")


@dataclass(frozen=True)
class Municipality:
    """One kommun or region as listed in the data file."""

    name: str
    organisation: str
    kind: Kind
    county: str
    slug: str
    ambiguous: bool = False
    everyday: bool = False  # lower case after "i" is an everyday phrase ("i boden")
    aliases: tuple[str, ...] = ()
    lookup_aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Mention:
    """One place in a text that names a kommun or region."""

    name: str  # canonical name
    start: int
    end: int
    form: FormKind  # "organisation": "Lunds kommun", "Region Skåne"; "name": "Lund"


@dataclass(frozen=True)
class _Form:
    name: str
    form: FormKind
    needs_context: bool  # only after "i", "från", ...
    cased: bool  # the first letter must be written as a capital
    everyday: bool = False  # in lower case even "i …" is an everyday phrase, not the place


@dataclass(frozen=True)
class _Registry:
    entities: tuple[Municipality, ...]
    by_name: dict[str, Municipality]
    lookup: dict[str, str]  # normalised form -> canonical name
    forms: dict[str, _Form]  # normalised form -> how it may be detected
    max_words: int
    domains: dict[str, frozenset[str]]  # domain label -> canonical names


# --- text helpers ----------------------------------------------------------------------


def fold(text: str) -> str:
    """ASCII-fold Swedish letters: "Malmö" -> "Malmo", "Håbo" -> "Habo"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _key(text: str) -> str:
    """The lookup key of a name: case, hyphens and spacing do not matter."""
    text = text.strip().strip(".,;:!?\"'()[]")
    return " ".join(text.casefold().replace("-", " ").replace("_", " ").split())


def _slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text).casefold()).strip("-")


def _genitive(name: str) -> str:
    """Swedish genitive: "Lund" -> "Lunds"; names ending in s, x or z take none."""
    return name if name[-1].lower() in "sxz" else f"{name}s"


# å, ä, ö come after z in Swedish order; these characters sort right after "z".
_SWEDISH_ORDER = str.maketrans("åäö", "{|}")


def _sv_sort_key(name: str) -> str:
    return name.casefold().translate(_SWEDISH_ORDER)


# --- loading -------------------------------------------------------------------------


def _parse_entities(data: dict[str, Any]) -> tuple[Municipality, ...]:
    entities = [
        Municipality(
            name=row["name"],
            organisation=row["organisation"],
            kind="kommun",
            county=row["county"],
            slug=row.get("slug") or _slugify(row["name"]),
            aliases=tuple(row.get("aliases") or ()),
            ambiguous=bool(row.get("ambiguous", False)),
            everyday=bool(row.get("everyday", False)),
        )
        for row in data["kommuner"]
    ]
    entities += [
        Municipality(
            name=row["name"],
            organisation=row.get("organisation") or row["name"],
            kind="region",
            county=row["county"],
            slug=row.get("slug") or _slugify(row["name"]),
            aliases=tuple(row.get("aliases") or ()),
            lookup_aliases=tuple(row.get("lookup_aliases") or ()),
        )
        for row in data["regions"]
    ]
    return tuple(entities)


def _forms_of(m: Municipality) -> list[tuple[int, str, _Form]]:
    """Every written form of ``m`` with its priority (lower wins when two bodies share it)."""
    # "orsa kommun" names the kommun in any case; only where the bare name is an everyday
    # phrase even in lower case ("i mark") does the capital still decide.
    org = _Form(m.name, "organisation", needs_context=False, cased=m.everyday)
    bare = _Form(m.name, "name", needs_context=m.ambiguous, cased=m.ambiguous, everyday=m.everyday)
    out: list[tuple[int, str, _Form]] = []
    if m.kind == "region":
        out += [(0, m.name, org), (1, _genitive(m.name), org)]
        out += [(2, m.organisation, org), (3, _genitive(m.organisation), org)]
        for alias in m.aliases:
            form = org if alias.startswith("Region") else bare
            out += [(4, alias, form), (4, _genitive(alias), form)]
    else:
        out += [(0, m.name, bare), (1, _genitive(m.name), bare)]
        out += [(2, m.organisation, org), (3, _genitive(m.organisation), org)]
        out += [(4, alias, bare) for alias in m.aliases]  # "Gothenburg"
        for base in dict.fromkeys((m.name, _genitive(m.name), *m.aliases)):
            for suffix in _ORG_SUFFIXES:
                out += [(4, f"{base} {suffix}", org), (4, f"{base} {suffix}s", org)]
    # ASCII spellings rank below every real spelling and, for a bare kommun name,
    # need the same context as an ambiguous one ("i malmo").
    for priority, text, form in list(out):
        if fold(text) != text:
            needs_context = form.needs_context or (m.kind == "kommun" and form.form == "name")
            folded = _Form(form.name, form.form, needs_context, form.cased, form.everyday)
            out.append((5 + priority, fold(text), folded))
    return out


def _resolve(candidates: dict[str, list[tuple[int, str, _Form]]]) -> dict[str, _Form]:
    """Keep, per key, the best-priority form; drop keys two bodies share at that priority."""
    resolved: dict[str, _Form] = {}
    for key, options in candidates.items():
        best = min(priority for priority, _, _ in options)
        winners = {form.name: form for priority, _, form in options if priority == best}
        if len(winners) == 1:
            resolved[key] = next(iter(winners.values()))
    return resolved


def _domain_index(entities: tuple[Municipality, ...]) -> dict[str, frozenset[str]]:
    index: dict[str, set[str]] = {}
    for m in entities:
        for label in {m.slug.replace("-", ""), m.slug, _slugify(m.name).replace("-", "")}:
            index.setdefault(label, set()).add(m.name)
    return {label: frozenset(names) for label, names in index.items()}


@cache
def _registry() -> _Registry:
    raw = resources.files(_DATA_PACKAGE).joinpath(*_DATA_FILE).read_text(encoding="utf-8")
    entities = _parse_entities(yaml.safe_load(raw))
    candidates: dict[str, list[tuple[int, str, _Form]]] = {}
    for m in entities:
        for priority, text, form in _forms_of(m):
            candidates.setdefault(_key(text), []).append((priority, text, form))
    forms = _resolve(candidates)
    lookup = {key: form.name for key, form in forms.items()}
    for m in entities:
        # Folder slugs and loose names are fine when someone names a body on purpose.
        for extra in (m.slug, *m.lookup_aliases, *map(fold, m.lookup_aliases)):
            lookup.setdefault(_key(extra), m.name)
    return _Registry(
        entities=entities,
        by_name={m.name: m for m in entities},
        lookup=lookup,
        forms=forms,
        max_words=max(len(key.split()) for key in forms),
        domains=_domain_index(entities),
    )


# --- lookups -------------------------------------------------------------------------


def all_names() -> list[str]:
    """Canonical names: the kommuner, then the regions, each in Swedish alphabetical order."""
    return kommuner() + regions()


def kommuner() -> list[str]:
    """The 290 kommuner by canonical short name."""
    names = [m.name for m in _registry().entities if m.kind == "kommun"]
    return sorted(names, key=_sv_sort_key)


def regions() -> list[str]:
    """The 21 regions by canonical name ("Region Skåne", "Västra Götalandsregionen")."""
    names = [m.name for m in _registry().entities if m.kind == "region"]
    return sorted(names, key=_sv_sort_key)


def get(name: str) -> Municipality | None:
    """The full record for any form of a name, or None."""
    canonical_name = canonical(name)
    return None if canonical_name is None else _registry().by_name[canonical_name]


def kind(name: str) -> str | None:
    """ "kommun" or "region" for a name the registry knows, else None."""
    record = get(name)
    return record.kind if record is not None else None


def kind_of(name: str) -> str:
    """ "region" for a region, "kommun" for a kommun or a name the registry lacks (the
    authority a text speaks of)."""
    return "region" if kind(name) == "region" else "kommun"


def region_of(name: str) -> str | None:
    """The region of a kommun's county ("Krokom" -> "Region Jämtland Härjedalen")."""
    record = get(name)
    if record is None or record.kind == "region":
        return None
    return next(
        (m.name for m in _registry().entities if m.kind == "region" and m.county == record.county),
        None,
    )


def regions_by_landscape(text: str) -> list[str]:
    """Regions whose landscape name a text uses ("i Dalarna", "dalarnas kommuner"). Too
    vague for free text on its own (association names use them too): callers use this
    only when the text speaks of a region."""
    written = " ".join(w.casefold() for w in _WORD.findall(text))
    found = []
    for entity in _registry().entities:
        if entity.kind != "region":
            continue
        for alias in entity.lookup_aliases:
            # "i Dalarna", "dalarnas kommuner", "regionen i Västra Götaland"
            key = re.escape(" ".join(alias.casefold().split()))
            if re.search(rf"(?<!\w){key}s?(?!\w)", written):
                found.append(entity.name)
                break
    return found


def canonical(name: str) -> str | None:
    """Any written form ("MALMÖ", "Malmö stads", "malmo", "Jönköpings län") -> canonical name."""
    registry = _registry()
    key = _key(name)
    return registry.lookup.get(key) or registry.lookup.get(fold(key))


def sharing_folder(folder: str) -> tuple[str, ...]:
    """The bodies whose names fold to the folder's name ("habo": Habo and Håbo), when
    more than one does: a folder written without å, ä and ö cannot say which it is."""
    key = fold(_key(folder))
    names = tuple(m.name for m in _registry().entities if fold(_key(m.name)) == key)
    return names if len(names) > 1 else ()


def organisation(name: str) -> str:
    """The publishing body's name: "Malmö" -> "Malmö stad", "Lund" -> "Lunds kommun".

    A name not in the list comes back as given (stripped), so callers can always show it.
    """
    record = get(name)
    return record.organisation if record is not None else name.strip()


def slug(name: str) -> str:
    """ASCII folder slug: "Malmö" -> "malmo"; names not in the list are slugified as given."""
    record = get(name)
    return record.slug if record is not None else _slugify(name)


def from_domain(host: str) -> str | None:
    """The kommun or region whose web domain this is ("www.nykoping.se" -> "Nyköping").

    Only the ``<name>.se`` pattern is known; a label that fits two bodies (Håbo and Habo
    both fold to "habo") gives None rather than a guess.
    """
    host = re.sub(r"^[a-z]+://", "", host.strip().casefold()).split("/")[0].split("@")[-1]
    labels = host.split(".")
    if len(labels) < 2 or labels[-1] != "se":
        return None
    names = _registry().domains.get(labels[-2], frozenset())
    return next(iter(names)) if len(names) == 1 else None


# --- detection in text ---------------------------------------------------------------

_WORD = re.compile(r"\w+")


def _joinable(text: str, left_end: int, right_start: int) -> bool:
    """Two words belong to one name when only spaces or one hyphen separate them."""
    gap = text[left_end:right_start]
    return gap == "-" or (gap.strip() == "" and "\n\n" not in gap)


def _in_address(text: str, start: int, end: int) -> bool:
    """Part of an e-mail address or web domain: "anna.lund@malmo.se", "www.lund.se"."""
    before = text[start - 1] if start > 0 else ""
    after = text[end : end + 2]
    return before in {"@", ".", "/"} or after[:1] == "@" or bool(re.match(r"\.\w", after))


def _accepts(
    form: _Form, text: str, start: int, previous_word: str | None, bare: bool = False
) -> bool:
    """Whether the form at ``start`` names the place; ``bare`` when it is written without
    the name's å, ä, ö ("Gullspang")."""
    in_context = (previous_word or "").casefold() in _CONTEXT_WORDS
    # People write "i sala" in lower case; after "i"/"från" an ambiguous name is a place,
    # unless "i boden", "i mark" is everyday Swedish.
    if form.cased and not text[start].isupper() and (not in_context or form.everyday):
        return False
    # Capitalised inside a sentence ("innan Sala hör av sig") it is a name too; at the
    # start of one it may be the everyday word ("Vara med …").
    mid_sentence = text[start].isupper() and not sentence_start(text, start)
    named = mid_sentence and not _beside_a_capital(text, start)  # "Nora Berg" is a person
    if not form.needs_context:
        # "Margareta Lund här": after a capitalised word that names no place, a surname.
        return in_context or not _after_a_name(text, start, previous_word)
    # "IOP med Gullspang?": capitalised inside a sentence, a name typed without å, ä, ö.
    return in_context or ((form.cased or bare) and named)


def _after_a_name(text: str, start: int, previous_word: str | None) -> bool:
    """A capitalised word of a person's or a group's name before it, inside a sentence
    ("Hej, Margareta Lund här", "Vi är Kvinnojouren Lund"); one opening a sentence ("Om
    Lund har …") is capitalised for that."""
    # "Sven-Olof Berg": a name of two joined names is one.
    if not previous_word or not previous_word[:1].isupper():
        return False
    if not previous_word.replace("-", "").isalpha():
        return False
    return not sentence_start(text, text.rfind(previous_word, 0, start))


def _beside_a_capital(text: str, start: int) -> bool:
    """Next to another capitalised word: part of a name ("Anna Berg", "Nora Berg")."""
    before = [w for w in text[:start].split()[-1:] if w[-1] not in _CLAUSE_MARKS]
    own = text[start:].split()[:1]
    # Not past the end of its clause: "… med Gullspang? /Sven-Olof Berg".
    after = text[start:].split()[1:2] if own and own[0][-1] not in _CLAUSE_MARKS else []
    # "/Sven Berg": a signature's slash or a bracket before the first name.
    return any(word.lstrip("/([\"'–-")[:1].isupper() for word in (*before, *after))


_CLAUSE_MARKS = ".,;:!?"


def sentence_start(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens a sentence: capitalised for that, not as a
    name ("Om Lund har …", "… vara med på. Vi …")."""
    before = text[:start].rstrip()
    return not before or before[-1] in ".!?:\n\"'”»"


def mentions(text: str) -> list[Mention]:
    """Every mention of a kommun or region, left to right, longest form first."""
    registry = _registry()
    words = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    found: list[Mention] = []
    i = 0
    while i < len(words):
        match = _longest_form_at(registry, text, words, i)
        if match is None:
            i += 1
            continue
        j, form = match
        found.append(Mention(form.name, words[i][0], words[j][1], form.form))
        i = j + 1
    return found


def _longest_form_at(
    registry: _Registry, text: str, words: list[tuple[int, int]], i: int
) -> tuple[int, _Form] | None:
    """The longest known form starting at word ``i``: (index of its last word, form)."""
    start = words[i][0]
    previous = None
    if i > 0 and text[words[i - 1][1] : start].strip() == "":
        previous = text[words[i - 1][0] : words[i - 1][1]]
    last = i
    while last + 1 < len(words) and last + 1 - i < registry.max_words:
        if not _joinable(text, words[last][1], words[last + 1][0]):
            break
        last += 1
    for j in range(last, i - 1, -1):
        end = words[j][1]
        form = registry.forms.get(_key(text[start:end]))
        if form is None or _in_address(text, start, end):
            continue
        if _accepts(form, text, start, previous, _key(text[start:end]) != _key(form.name)):
            return j, form
    return None


def capitalised(text: str) -> list[str]:
    """Names written with a capital anywhere, the ambiguous ones too ("SPF Seniorerna
    Mora", "Mora Frivilligcentral"), and those whose lower case is an everyday phrase
    after a word of place ("vem har hand om iop i älvdalen"): a weaker reading than
    ``detect``, for a caller that can check it against the places it knows."""
    registry = _registry()
    seen: dict[str, None] = {}
    previous = ""
    for match in _WORD.finditer(text):
        form = registry.forms.get(_key(match.group()))
        # In lower case only after "i", "på", "from" and at a clause's end ("om iop i
        # älvdalen??"): "ta till vara på", "i boden under trappan" are everyday Swedish.
        placed = previous in _PLACED_LOWER and bool(_CLAUSE_END.match(text, match.end()))
        written = match.group()[:1].isupper() or placed
        if form is not None and written and not _in_address(text, *match.span()):
            seen.setdefault(form.name, None)
        previous = match.group().casefold()
    return list(seen)


_PLACED_LOWER = frozenset({"i", "på", "in", "from"})
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?]|$)")
_MISSPELT_LETTERS = 6  # shorter names are one letter from too many words


@cache
def _folded_kommuner() -> tuple[tuple[str, str], ...]:
    """(folded name, name) of every kommun, read once."""
    return tuple(
        (fold(m.name.casefold()), m.name) for m in _registry().entities if m.kind == "kommun"
    )


def misspelt(text: str) -> list[str]:
    """Kommuner written one letter wrong after a word of place ("om iop i söderköpin",
    "på ljusdl kommun"), when exactly one kommun is that close and the word is no common
    Swedish word: people type names as they say them."""
    said = re.findall(r"[^\W\d_]+", text)
    found: list[str] = []
    for before, word in itertools.pairwise(said):
        if before.casefold() not in _CONTEXT_WORDS | {"på"} or len(word) < _MISSPELT_LETTERS:
            continue
        if common_word(word.casefold()) or canonical(word) is not None:
            continue
        key = fold(word.casefold())
        near = [
            name for folded, name in _folded_kommuner() if Levenshtein.distance(folded, key) <= 1
        ]
        if len(near) == 1 and near[0] not in found:
            found.append(near[0])
    return found


def detect(text: str) -> list[str]:
    """Canonical names of the kommuner and regions a text mentions, first mention first."""
    seen: dict[str, None] = {}
    for mention in mentions(text):
        seen.setdefault(mention.name, None)
    return list(seen)
