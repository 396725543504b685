"""Whether a place's documents name any partner of a partnership: with none, a question
of which partnerships the place has cannot be answered ("Vilka föreningar har IOP med
Täby?" where the pages only say how to become one).

A partner is named by an association's name, by whom a partnership is "med"
("överenskommelse med Eksjö Stadsmission"), by an agreement's "Parter:" line, by a list of
names under a section on partnerships ("Pågående partnerskap" › "- Tjejjouren Jämtland –
…"), by a table row giving an association and its agreement's period, or by a card
headed by its association ("Lingbo Byalag"); never by the municipality
itself. The words are data (question_words.yaml, criteria_words.yaml).
"""

from __future__ import annotations

import re
from functools import cache

from assistant.answers.authority import speaks_for_others
from assistant.core import municipalities
from assistant.core.localities import NAME_RUN, names_association
from assistant.core.swedish.cues import alternation, load_cues
from assistant.core.swedish.dates import find_dates
from assistant.core.swedish.sentences import split_units, strip_marker
from assistant.index.reader import IndexReader

_PERIOD_DATES = 2  # a cell with a start and an end date gives an agreement's period


@cache
def _words() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A word for partnerships; one followed by "med" and a capitalised name; a label
    giving an agreement's parties."""
    kinds = load_cues("question_words.yaml")["existing"]["partnerships"]
    cues = load_cues("criteria_words.yaml")
    nouns = alternation([*kinds, *cues["agreement_nouns"]])
    partnership = re.compile(rf"\b(?:{alternation(kinds)})\w*", re.IGNORECASE)
    # "… partnerskap med Eksjö Stadsmission", "överenskommelse med Föreningen Bryggan"
    named = re.compile(
        rf"\b(?:{nouns})\w*\s+med\s+(?:föreningen\s+|stiftelsen\s+)?"
        r"(?-i:([A-ZÅÄÖÉ][\w-]*(?:\s+[A-ZÅÄÖÉ][\w-]*)*))",
        re.IGNORECASE,
    )
    labels = alternation(cues["parties_labels"])
    parties = re.compile(rf"^\s*(?:{labels})\s*:\s*\S", re.IGNORECASE | re.MULTILINE)
    return partnership, named, parties


def names_partner(reader: IndexReader, place: str) -> bool:
    """Whether any document of the place names a partner (memoised per generation)."""

    def compute() -> bool:
        # An association's own consultation answer or letter names its writer, no partner.
        return any(
            names_a_partner(c.text, c.heading_path[1:])
            for c in reader.chunks_of_municipality(place)
            if not speaks_for_others(c)
        )

    named: bool = reader.memo(("partner", place), compute)
    return named


def partner_documents(reader: IndexReader, places: tuple[str, ...]) -> frozenset[str]:
    """The documents of the places that name a partner (memoised per generation): where
    "what do they get, and for how long?" of a partnership is answered."""

    def compute() -> frozenset[str]:
        return frozenset(
            c.source
            for place in places
            for c in reader.chunks_of_municipality(place)
            if not speaks_for_others(c) and names_a_partner(c.text, c.heading_path[1:])
        )

    found: frozenset[str] = reader.memo(("partner documents", places), compute)
    return found


def names_a_partner(text: str, headings: tuple[str, ...]) -> bool:
    """Whether a passage (under these headings) names a partner of a partnership."""
    partnership, named, parties = _words()
    if any(" " in h and names_association(h) for h in headings):
        return True
    # An association named where partnerships are spoken of, not one listed among those
    # asked for comments ("Remissinstanser: … Ammarnäs Byaförening").
    spoken_of = partnership.search(text) or any(partnership.search(h) for h in headings)
    if spoken_of and any(names_association(m.group()) for m in NAME_RUN.finditer(text)):
        return True
    if any(not _the_municipality(m.group(1)) for m in named.finditer(text)) or parties.search(text):
        return True
    # A list of names under a section on partnerships, its heading in the path or folded
    # into the passage as the line above the list.
    headed = any(partnership.search(h) for h in headings)
    above = ""
    for unit in split_units(text):
        if unit.is_table_row and _partner_row(unit.text):
            return True
        if not unit.is_list_item:
            above = unit.text
            continue
        found = NAME_RUN.match(strip_marker(unit.text))
        if found and (headed or partnership.search(above)) and not _the_municipality(found.group()):
            return True
    return False


def _partner_row(row: str) -> bool:
    """A table row that is a partnership: an association in its first cell and the period
    of an agreement in another ("| Brickebackens Seniorförening | … | 2024-07-01 –
    2027-06-30 | 210 000 kr |"); a criteria table's row names no association first."""
    cells = [c.strip() for c in row.strip().strip("|").split("|")]
    first = strip_marker(cells[0]) if cells else ""
    return (
        len(cells) > 1
        and names_association(first)
        and any(len(find_dates(c)) >= _PERIOD_DATES for c in cells[1:])
    )


def _the_municipality(name: str) -> bool:
    """Whether a name is the municipality or region itself ("Mölndals" in "med Mölndals
    stad", "Region Halland"), not a partner named after its place ("Stödcentrum
    Uddevalla", "Eksjö Stadsmission")."""
    single = " " not in name and bool(municipalities.detect(name))
    return single or municipalities.canonical(name) is not None
