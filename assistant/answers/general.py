"""The general answer: the few sentences that answer the question, best first."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from assistant.answers.answer_types import holds, holds_any, only_season
from assistant.answers.ranking import Evidence
from assistant.core.documents import Chunk
from assistant.core.swedish.cues import alternation, load_cues
from assistant.core.swedish.numbers import count_pattern
from assistant.core.swedish.sentences import (
    Unit,
    is_header_row,
    is_table_rule,
    leads_list,
    sentence_spans,
    split_units,
)
from assistant.index.lexical import Analyzer
from assistant.index.reader import IndexReader

# A sentence joins the answer when it scores at least this share of the best one.
_NEAR_BEST = 0.75


# A unit holding the kind of answer asked for ("hur länge" → a period; a list of
# partnerships for "vilka IOP") joins at this share of the best: a question in two parts
# ("vad är det, och hur länge pågår det?") is answered in two sentences, whose words differ.
_TYPED_SHARE = 0.35
# A fact an earlier part was given yields to the next one that scores this share of it: a
# short part ("när bestämmer de sig?") scores the sentences of one passage close together.
_DISTINCT_SHARE = 0.75
_NAMED_SHARE = 0.8


def is_question(text: str) -> bool:
    """Whether a unit is a question: a sentence, or a form's row whose empty cells follow
    it ("| Hur ofta och under vilken tid på året? | |")."""
    return text.rstrip(" \t\n|").endswith("?")


def pick_evidence(
    evidence: Sequence[Evidence], limit: int, expected: frozenset[str] = frozenset()
) -> list[Evidence]:
    """Up to ``limit`` units: the best, then those nearly as good that add something; and
    the best one holding an ``expected`` kind of answer when none of those does."""
    if not evidence or limit <= 0:
        return []
    # "Nearly as good" on the plain scores: the lift one sentence gets for holding a date
    # must not push out the sentence that answers the question's other part.
    # A question the documents ask ("Hur länge gäller ett partnerskap?", an FAQ's own
    # question) answers nothing; the sentences after it may.
    answering = [e for e in evidence if not is_question(e.text)]
    if not answering:
        return []
    plain_best = max(e.plain for e in answering)
    chosen: list[Evidence] = []
    for e in answering:
        if len(chosen) >= limit:
            break
        if e.plain >= _NEAR_BEST * plain_best and not repeats(e, chosen):
            chosen.append(e)
    if expected and not any(holds_any(expected, c.text, c.is_list_item) for c in chosen):
        typed = first_holding(evidence, expected)
        if typed is not None and not repeats(typed, chosen):
            chosen = [*chosen, typed]  # one more: the part of the question still open
    return chosen


def first_holding(
    evidence: Sequence[Evidence],
    kinds: frozenset[str],
    list_items: bool = False,
    given: Sequence[Evidence] = (),
) -> Evidence | None:
    """The best unit (a list item, if asked) that holds one of the kinds of answer, when
    it scores a fair share of the best unit. One that an earlier part of the question
    was ``given`` yields to the next that comes close: another question, another fact
    ("När bestämmer de sig, när kan verksamheten börja?")."""
    if not evidence or not kinds:
        return None
    floor = _TYPED_SHARE * evidence[0].score
    holding = [
        e
        for e in evidence
        if e.score >= floor
        and (e.is_list_item or not list_items)
        and holds_any(kinds, e.text, e.is_list_item)
        # A question holds no answer ("Måste man inte ha funnits i fem år?"), unless it
        # names the parties asked for ("Vilka IOP har Lunds kommun med Föreningen X?").
        and (not is_question(e.text) or "parties" in kinds)
    ]
    best = holding[0] if holding else None
    if best is not None and "deadline" in kinds and not holds("deadline", best.text):
        # Asked when things are due: the day they are due, above the floor, before any date.
        best = next((e for e in holding if holds("deadline", e.text)), best)
    if best is not None and only_season(frozenset(kinds), best.text):
        # A season said in passing yields to a named date that scores nearly as well.
        named = next((e for e in holding if not only_season(frozenset(kinds), e.text)), None)
        if named is not None and named.score >= _NAMED_SHARE * best.score:
            best = named
    if best is not None and repeats(best, given):
        fresh = next((e for e in holding if not repeats(e, given)), None)
        if fresh is not None and fresh.score >= _DISTINCT_SHARE * best.score:
            return fresh
    return best


def repeats(e: Evidence, chosen: Sequence[Evidence]) -> bool:
    """Whether a pick already holds the unit's text (whitespace aside)."""
    key = " ".join(e.text.lower().split())
    return any(key in " ".join(c.text.lower().split()) for c in chosen)


# A unit an answer said: this share of its words stand in one sentence of that answer,
# and it has at least this many (a short unit shares most of its words with anything).
_SAID_SHARE = 0.8
_SAID_TERMS = 4


def said_in(text: str, answer: str, analyzer: Analyzer) -> bool:
    """Whether an earlier answer said the unit: quoted it, or nearly, in one of its
    sentences (a few of its words changed, as a person retelling it would)."""
    own = _stems(text, analyzer)
    if len(own) < _SAID_TERMS:
        return False
    return any(
        len(own & _stems(answer[a:b], analyzer)) >= _SAID_SHARE * len(own)
        for a, b in sentence_spans(answer)
    )


def _stems(text: str, analyzer: Analyzer) -> set[str]:
    return {t for t in analyzer.terms(text) if not t.startswith("~")}


def list_around(best: Evidence, limit: int) -> list[tuple[str, int]]:
    """The list the best unit stands in, as (item, position) in order: a question asking
    for steps or for several things is answered by the whole list, not one item."""
    units = split_units(best.chunk.text)
    if not (0 <= best.position < len(units)):
        return []
    # A table's rows are its list ("Vilka föreningar har regionen partnerskap med?"),
    # its first row naming the columns and its rule aside.
    row = units[best.position].is_table_row
    if not (row or units[best.position].is_list_item):
        return []

    def member(i: int) -> bool:
        return units[i].is_table_row if row else units[i].is_list_item

    first = best.position
    while first > 0 and member(first - 1):
        first -= 1
    if row:
        # The rows up to the first one with every cell filled (its corner aside) are the
        # table's caption and its column names ("| Regionens partnerskap 2026 | | |",
        # "| Förening | … |", "| | Föreningsbidrag | IOP |").
        header = next(
            (i for i in range(first, best.position) if is_header_row(units[i].text)), None
        )
        first = header + 1 if header is not None else first
    items: list[tuple[str, int]] = []
    i = first
    while i < len(units) and member(i) and len(items) < limit:
        text = units[i].text
        if not (row and is_table_rule(text)):
            items.append((text, i))
        i += 1
    return items


def unit_before(e: Evidence) -> str:
    """The unit just before a piece of evidence in its passage ("" when it opens it)."""
    units = split_units(e.chunk.text)
    return units[e.position - 1].text if 0 < e.position <= len(units) else ""


def list_after(unit: Evidence) -> Evidence | None:
    """A list or table standing right after a unit ("Salems kommun har partnerskap med
    flera föreningar … Här ser du vilka som pågår" above the partnerships' table), as
    evidence of its last member (``list_around`` finds the rest, its header aside)."""
    units = split_units(unit.chunk.text)
    first = next(
        (
            i
            for i in range(unit.position + 1, min(len(units), unit.position + _LEAD_GAP + 2))
            if units[i].is_table_row or units[i].is_list_item
        ),
        None,
    )
    if first is None:
        return None
    row = units[first].is_table_row
    last = first
    while last + 1 < len(units) and (
        units[last + 1].is_table_row if row else units[last + 1].is_list_item
    ):
        last += 1
    return replace(
        unit,
        text=units[last].text,
        position=last,
        is_list_item=not row,
        is_table_row=row,
    )


_LEAD_GAP = 1  # units between a lead-in and its list (a heading, a sentence), at most


# A sentence that points back ("Det är även där …", "… i det forumet") needs the one it
# points to: Swedish and English pronouns at the start, or a demonstrative before a
# definite noun.
_POINTS_BACK = re.compile(
    r"^(det|där|därefter|den|de|detta|dessa|denna|dit|då|dessutom|därför|it|this|there|they|"
    r"also|moreover|furthermore|therefore)\b|"
    r"\b(det|den|de|detta|denna|dessa) \w+(et|en|na)\b|"
    # a comparison with what was just said: "Partnerskap värda mer än så …" ("Än så
    # länge" compares nothing)
    r"\b(mer|mindre|fler|färre|högre|lägre|större|more|less|fewer|higher|lower|larger) "
    r"(än|than) (så|det|detta|that|this)\b|"
    # … or one opening the sentence with nothing to compare with in it ("Vid högre belopp
    # beslutar kommunstyrelsen" after the nämnd's limit)
    r"^(vid|för|med|at|for|with) (högre|lägre|större|mindre|fler|färre|higher|lower|larger|"
    r"smaller) (?!.*\b(än|than)\b)",
    re.IGNORECASE,
)
_BACK_STEPS = 2
_NEXT_SHARE = 0.4  # the next sentence joins the first pick when it scores this share
_JOINED_WORDS = 60


def in_context(picked: list[Evidence], ranked: Sequence[Evidence]) -> list[Evidence]:
    """Each pick with the sentence it points back to, and the first pick with the next
    sentence of its paragraph when that one also answers the question."""
    if not picked:
        return picked
    scores = {(e.chunk.chunk_id, e.position): e.score for e in ranked}
    out = []
    for i, e in enumerate(picked):
        units = split_units(e.chunk.text)
        text, start = e.text, e.position
        for _ in range(_BACK_STEPS):  # "… i det forumet." ← "Det är även där …"
            if not (_POINTS_BACK.search(units[start].text) and _joinable(units, start - 1, start)):
                break
            text, start = f"{units[start - 1].text} {text}", start - 1
        following = e.position + 1
        if (
            following < len(units)
            and _joinable(units, e.position, following)
            and (
                (
                    i == 0
                    and (
                        scores.get((e.chunk.chunk_id, following), 0.0) >= _NEXT_SHARE * e.score
                        or _goes_on_about(e.text, units[following].text)
                    )
                )
                or _names_them(e.text, units[following].text)
            )
            and len(f"{text} {units[following].text}".split()) <= _JOINED_WORDS
        ):
            text = f"{text} {units[following].text}"
        out.append(replace(e, text=text, position=start) if text != e.text else e)
    return out


_COUNT = re.compile(rf"\b(?:{count_pattern()})\s+[^\W\d_]", re.IGNORECASE)


@cache
def _them() -> re.Pattern[str]:
    """ "De övriga är …", "These are …": a sentence naming what the one before counted."""
    words = alternation(load_cues("question_words.yaml")["names_them"])
    return re.compile(rf"^(?:{words})\b", re.IGNORECASE)


def _names_them(sentence: str, following: str) -> bool:
    """Whether the next sentence names what the sentence counts ("Marks kommun har fem
    idéburna offentliga partnerskap. De övriga är Läxhjälp i Kinna med …")."""
    return bool(_COUNT.search(sentence)) and bool(_them().match(following.strip()))


# "en årlig redovisning" → "Redovisningen": a thing brought in indefinite ("en", "ett",
# one word between at most), then named in the definite form.
_BROUGHT_IN = re.compile(r"\b(?:en|ett)\s+(?:[^\W\d_]+\s+)?([^\W\d_]{5,})", re.IGNORECASE)
_DEFINITE = ("en", "et", "n", "t")


def _goes_on_about(sentence: str, following: str) -> bool:
    """Whether the next sentence opens with the definite form of a noun the sentence
    brought in ("… lämnar en årlig redovisning … Redovisningen ska innehålla …"): it
    goes on about that thing. A noun named definite already ("till kommunen") is
    brought in by nothing, and "Kommunen …" after it is about something else."""
    opening = following.split(maxsplit=1)[0].lower().strip(",.:;") if following.strip() else ""
    nouns = {m.group(1).lower() for m in _BROUGHT_IN.finditer(sentence)}
    return any(opening == noun + ending for noun in nouns for ending in _DEFINITE)


def _joinable(units: list[Unit], a: int, b: int) -> bool:
    """Two sentences of one paragraph: neither a heading, list item nor table row, nor a
    line without an end (a page's title above its first paragraph, "… förlängs inte")."""
    if not (0 <= a < len(units) and 0 <= b < len(units)):
        return False
    plain = all(
        not (u.is_heading or u.is_list_item or u.is_table_row) and _ends(u.text)
        for u in (units[a], units[b])
    )
    return plain and not leads_list(units, a)


def _ends(text: str) -> bool:
    """Whether a line ends as a sentence does, not on a bare word as a title does."""
    last = text.rstrip()[-1:]
    return bool(last) and not last.isalnum()


_SHORT_SECTION = 200  # characters: a section that names one thing, not one that explains


def sibling_sections(reader: IndexReader, chunk: Chunk) -> list[Chunk]:
    """Short sections beside the chunk's own under the same heading (each partnership
    of a "Pågående partnerskap" page under its own name), in document order; [] when
    there are fewer than two."""
    parent = chunk.heading_path[:-1]
    depth = len(chunk.heading_path)
    if depth < 2:
        return []
    siblings = [
        c
        for c in reader.chunks_of_source(chunk.source)
        if len(c.heading_path) == depth
        and c.heading_path[:-1] == parent
        and len(c.text) <= _SHORT_SECTION
    ]
    siblings.sort(key=lambda c: c.position)
    return siblings if len(siblings) >= 2 else []


def each_part(picked: list[Evidence], part_picks: Sequence[Evidence]) -> list[Evidence]:
    """The picks, and the best unit of each part of a question in several parts ("Vem
    fattade beslutet, och när?") that they do not hold yet: the parts' words differ, and
    one ranking of the whole question lets one part's sentences crowd out the other's."""
    out = list(picked)
    for best in part_picks:
        if repeats(best, out):
            continue
        # A pick the part's unit holds whole gives way to it: it says that and more.
        held = [i for i, c in enumerate(out) if repeats(c, [best])]
        if held:
            out[held[0]] = best
            out = [c for i, c in enumerate(out) if i not in held[1:]]
        else:
            out.append(best)
    return out
