"""Rank the sentences of the retrieved passages against the question.

Each sentence, list item or table row of the best passages is scored by two readings
that do not depend on wording rules: how much of the question's weighted words it covers
(``terms.coverage``; typos corrected, words the corpus never uses weightless), and how
close its meaning is to the question's (cosine of the embeddings, which also reads
English and paraphrase). The passage's own retrieval rank breaks ties. A unit keeps its
section heading and a list item its lead-in as context: "Parter: …" under "RådRum" is
about RådRum.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from assistant.answers.answer_types import holds, holds_any
from assistant.answers.terms import Query, coverage
from assistant.answers.voices import voices
from assistant.core.contacts import find_emails, find_phones
from assistant.core.documents import Chunk
from assistant.core.swedish.cues import alternation, load_cues
from assistant.core.swedish.dates import find_dates, is_page_stamp
from assistant.core.swedish.language import detect_language
from assistant.core.swedish.sentences import (
    blank_cell,
    is_table_rule,
    leads_list,
    split_units,
    table_cells,
)
from assistant.index.lexical import Analyzer
from assistant.index.reader import IndexReader, Passage

_MIN_CHARS = 20
_OTHER_DATE = 0.5  # of the type lift, for a date that is no deadline asked for
_RECORD_WORDS = 3  # a label, a code and a number: "Dnr SN 2025/214"
_MAX_CHARS = 600  # a "sentence" longer than this is a run-on list: too long to quote whole
# Word coverage: of the unit's own words, with its heading and title, with its passage.
_W_OWN, _W_CONTEXT, _W_AROUND = 0.7, 0.15, 0.15
# Weights of the readings; they sum to 1.
_W_LEXICAL, _W_DENSE, _W_PASSAGE = 0.45, 0.45, 0.10
# Added when a unit holds the kind of answer the question expects (a duration for "hur
# länge", a person for "vem"): it can lift a unit whose words differ from the question's.
_W_TYPE = 0.3
_FULL_WORDS = 5  # a unit this long or longer counts its closeness in meaning in full
_LETTER_WORD = re.compile(r"[^\W\d_]{2,}")


def _reaches(text: str) -> bool:
    return bool(find_phones(text) or find_emails(text))


# Added for an English question when a unit stands in an English text (a municipality's
# summary in English), taken for a Swedish one: quoted as it stands, it answers in the
# asker's language, where a sentence in the other with the same fact would not be
# understood.
_W_LANGUAGE = 0.15


@dataclass(frozen=True)
class Evidence:
    text: str  # verbatim from the chunk
    chunk: Chunk
    context: str  # the section heading or list lead-in the unit needs ("" if none)
    lexical: float  # 0..1 share of the question's weighted words covered
    dense: float  # cosine similarity to the question
    passage: float  # 0..1 the passage's retrieval score relative to the best
    score: float
    position: int  # order of the unit within its chunk
    is_list_item: bool = False
    typed: float = 0.0  # the part of ``score`` for holding the kind of answer asked for
    is_table_row: bool = False  # a row of a table ("| Föreningen X | … | 420 000 kronor |")

    @property
    def plain(self) -> float:
        """The score without the lift for holding the asked kind of answer."""
        return self.score - self.typed


@dataclass(frozen=True)
class _Unit:
    text: str
    chunk: Chunk
    context: str
    position: int
    is_list_item: bool
    passage: float
    is_table_row: bool = False
    labels: str = ""  # a table row's header row: what its cells are


def rank(
    reader: IndexReader,
    passages: Sequence[Passage],
    query: Query,
    question_text: str,
    analyzer: Analyzer,
    dense_floor: float,
    expected: frozenset[str] = frozenset(),
) -> list[Evidence]:
    """Every quotable unit of ``passages``, best first. ``dense_floor`` is the cosine an
    unrelated question reaches on this index (``scope.Calibration``): similarity counts
    only above it."""
    units = _units(passages)
    # "Senast uppdaterad: 9 januari 2026": the page's own record answers only a question
    # about it ("När publicerades nyheten?"), one that names what its label says.
    units = [u for u in units if not is_page_stamp(u.text) or _stamp_asked(u.text, query, analyzer)]
    if "person" not in expected:
        # A bare contact line ("anna@kommun.se Funktionsbrevlåda: iop@kommun.se") answers
        # only whom to contact; the contact cards say that.
        units = [u for u in units if not _bare_contact(u.text)]
    if not units:
        return []
    vectors = reader.passage_vectors([_embedded_text(u) for u in units])
    question = reader.query_vector(question_text)
    lexical = []
    passage_terms: dict[str, set[str]] = {}
    for unit in units:
        # A table row's cells mean what its header names them ("Period", "Kommunens
        # del"): the column labels are the row's own words.
        own = set(analyzer.terms(f"{unit.text} {unit.labels}"))
        with_context = own | set(analyzer.terms(unit.context + " " + unit.chunk.title))
        # The passage a sentence stands in says what it is about: "Kommunen bidrar med
        # 285 000 kronor per år." in the news item on Bruksgården is about Bruksgården.
        if unit.chunk.chunk_id not in passage_terms:
            passage_terms[unit.chunk.chunk_id] = set(analyzer.terms(unit.chunk.text))
        around = passage_terms[unit.chunk.chunk_id]
        lexical.append(
            _W_OWN * coverage(query, own)
            + _W_CONTEXT * coverage(query, with_context)
            + _W_AROUND * coverage(query, with_context | around)
        )
    dense = [cosine(question, v) for v in vectors]
    # Each reading counts relative to the best among this question's candidates: raw
    # cosines crowd together (0.80–0.92) and coverage does not, so neither may drown the
    # other. Similarity below what unrelated questions reach counts for nothing.
    top_dense = max(dense)
    span = max(1e-6, top_dense - dense_floor)
    top_lexical = max(lexical) or 1.0
    # Which chunks stand in English, each read once: a unit in the asker's language is
    # worth more than the same fact in the other (a municipality's English summary beside
    # its Swedish page).
    asked_in = detect_language(question_text)
    english = {u.chunk.chunk_id: _in_english(u.chunk) for u in units}
    out = []
    for unit, lex, den in zip(units, lexical, dense, strict=True):
        dense_part = max(0.0, (den - dense_floor) / span)
        # A line of a few words ("Gäller från 2025-05-01", "Diarienummer KS 2024/211")
        # reads close in meaning to almost any question: its closeness counts by its length.
        # A list's items and a table's rows are short by kind ("☐ Stadgar"), and a line
        # giving a number or an address says what it is for by them.
        short = min(1.0, len(_LETTER_WORD.findall(unit.text)) / _FULL_WORDS)
        if short < 1 and not (unit.is_list_item or unit.is_table_row or _reaches(unit.text)):
            dense_part *= short
        score = _W_LEXICAL * lex / top_lexical + _W_DENSE * dense_part + _W_PASSAGE * unit.passage
        if english[unit.chunk.chunk_id] and asked_in == "en":
            score += _W_LANGUAGE
        elif english[unit.chunk.chunk_id]:
            score -= _W_LANGUAGE  # the English summary, for a Swedish question
        typed = _W_TYPE if holds_any(expected, unit.text, unit.is_list_item) else 0.0
        if typed and "deadline" in expected and not holds("deadline", unit.text):
            typed *= _OTHER_DATE  # asked when things are due: any other date answers less
        score += typed
        out.append(
            Evidence(
                text=unit.text,
                chunk=unit.chunk,
                context=unit.context,
                lexical=lex,
                dense=den,
                passage=unit.passage,
                score=score,
                position=unit.position,
                is_list_item=unit.is_list_item,
                typed=typed,
                is_table_row=unit.is_table_row,
            )
        )
    out.sort(key=lambda e: -e.score)
    return out


def _stamp_asked(text: str, query: Query, analyzer: Analyzer) -> bool:
    """Whether the question names a word of the stamp's label ("publicerades", "sidan")."""
    label = text
    for found in reversed(find_dates(text)):
        label = label[: found.start] + " " + label[found.end :]
    # "Senast uppdaterad" is last updated, and "senast" asks for a deadline; a short part of
    # a compound ("sen" in "fritidsenheten") is chance.
    label = _stamp_latest().sub(" ", label)
    terms = {t for t in analyzer.terms(label) if len(t.lstrip("~")) >= _STAMP_PART}
    return coverage(query, terms) > 0


_STAMP_PART = 4


@cache
def _stamp_latest() -> re.Pattern[str]:
    latest = alternation(load_cues("question_words.yaml")["stamp_latest"])
    return re.compile(rf"\b(?:{latest})\b", re.IGNORECASE)


_PROSE_WORD = re.compile(r"(?<![\w@.-])[a-zåäöé]{3,}(?![\w@-])")
_PROSE_WORDS = 2


def _bare_contact(text: str) -> bool:
    """Contact details with hardly a word of prose around them."""
    details = find_emails(text) + [raw for raw, _ in find_phones(text)]
    if not details:
        return False
    rest = text
    for detail in details:
        rest = rest.replace(detail, " ")
    return len(_PROSE_WORD.findall(rest)) < _PROSE_WORDS


_TYPED_EXTRA = 2  # passages beyond the top ones that may join for holding the asked kind
_TYPED_DEPTH = 3  # how many times deeper than the top ones to look for them


def search_typed(
    reader: IndexReader,
    question_text: str,
    k: int,
    scope: Sequence[str] | None,
    lexical_query: str,
    expected: frozenset[str],
) -> list[Passage]:
    """The top ``k`` passages, and when the question asks for a kind of thing (which
    partnerships, when, how much) up to two more from further down that hold one: a
    short question ("Vilka IOP har Karlshamn?") shares few words with the list that
    answers it, and the ranking's type reading can only lift what it is given."""
    depth = k * _TYPED_DEPTH if expected else k
    found = reader.search(question_text, depth, scope, lexical_query=lexical_query)
    top, rest = found[:k], found[k:]
    if any(_holds_kind(p, expected) for p in top):
        return top
    return top + [p for p in rest if _holds_kind(p, expected)][:_TYPED_EXTRA]


def _holds_kind(passage: Passage, kinds: frozenset[str]) -> bool:
    return any(holds_any(kinds, u.text, u.is_list_item) for u in split_units(passage.chunk.text))


def _units(passages: Sequence[Passage]) -> list[_Unit]:
    best = max((p.score for p in passages), default=0.0) or 1.0
    out: list[_Unit] = []
    seen: set[str] = set()
    for passage in passages:
        chunk = passage.chunk
        heading = chunk.heading_path[-1] if chunk.heading_path else ""
        lead_in, header = "", ""
        units = split_units(chunk.text)
        # A comment under a post speaks for its writer, not for the municipality.
        spoken = voices(chunk, units)
        for position, unit in enumerate(units):
            text = unit.text.strip()
            if spoken.silent(position):
                continue
            if unit.is_heading:
                heading, lead_in = text.lstrip("#").strip(), ""
                continue
            if is_table_rule(text):
                continue
            # A table's first row names its columns: context, not content. A row of one
            # cell is a box of text (a form's instructions), content.
            if unit.is_table_row and not header and len(table_cells(text)) > 1:
                header = text
                continue
            if not unit.is_table_row:
                header = ""
            leads = leads_list(units, position)
            if not unit.is_list_item:
                lead_in = text if leads else ""
            if leads or (not unit.is_list_item and _label_only(text)) or _blank_field(text):
                continue
            key = " ".join(text.lower().split())
            if key in seen:
                continue  # the same sentence in a repeated page block
            seen.add(key)
            context = lead_in if unit.is_list_item and lead_in else heading
            if unit.is_table_row:
                context = f"{heading} {header}".strip()
            out.append(
                _Unit(
                    text=text[:_MAX_CHARS],
                    chunk=chunk,
                    context=context,
                    position=position,
                    is_list_item=unit.is_list_item,
                    passage=passage.score / best,
                    is_table_row=unit.is_table_row,
                    labels=header if unit.is_table_row else "",
                )
            )
    return out


_FIELD_WORDS = 6  # a field's label is short ("Telefon och e-post"); a rule is longer


def _blank_field(text: str) -> bool:
    """A form's field to fill in ("| Telefon och e-post | [ ] |", "Ort och datum: ____"):
    every cell after its label is a blank, or the line ends in one; it says nothing."""
    if text.startswith("|"):
        cells = table_cells(text)
        # A question with a box for each answer ("| 1. Är organisationen …? | ☐ | ☐ |") is
        # the form's to ask, whatever its length: the criteria readers take it as a rule.
        boxes = len(cells) > 2 and cells[0].rstrip().endswith("?")
        short = boxes or len(cells[0].split()) <= _FIELD_WORDS
        return len(cells) > 1 and short and all(blank_cell(c) for c in cells[1:])
    return bool(re.search(r"(?:_{3,}|\[\s*\])\s*$", text))


def _label_only(text: str) -> bool:
    """A line too short to say anything by itself ("Kontakt", "Sida 2"); a short line of
    a record ("Dnr SN 2025/214") is a fact."""
    if len(text) >= _MIN_CHARS:
        return False
    return not (re.search(r"\d", text) and len(text.split()) >= _RECORD_WORDS)


def _in_english(chunk: Chunk) -> bool:
    """Whether the chunk is written in English: read from its whole text, as one short
    unit has too few words to tell."""
    return detect_language(chunk.text) == "en"


def _embedded_text(unit: _Unit) -> str:
    return f"{unit.context}: {unit.text}" if unit.context else unit.text


def cosine(a: Sequence[float], b: Sequence[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b, strict=True))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0
