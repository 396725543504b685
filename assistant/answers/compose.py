"""Writing the answer: extractive sentences with [n] markers, and the citation list.

Nothing here knows facts: every sentence that states something is a unit copied from
a passage (see ``sentences.py``), and the frame around it comes from ``texts.yaml``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.answers.eligibility import Assessment
from assistant.answers.evidence import Query, coverage, text_terms
from assistant.core import municipalities
from assistant.core.contacts import ContactCard
from assistant.core.documents import Chunk
from assistant.core.records import Citation, Contact, Criterion, Verdict
from assistant.core.swedish.sentences import Unit, split_units, strip_marker
from assistant.core.texts import text
from assistant.index.lexical import Analyzer
from assistant.index.reader import Passage

_FULL_QUOTE_CHARS = 900
_ANAPHORA = re.compile(
    r"^(det|där|därefter|den|de|detta|dessa|denna|dit|då|it|this|there|they)\b",
    re.IGNORECASE,
)
# "… i det forumet", "… den gruppen": a definite noun pointing back to an earlier sentence.
_POINTS_BACK = re.compile(r"\b(det|den|de|detta|denna|dessa) \w+(et|en|na)\b", re.IGNORECASE)
_TOPIC_FIRST_BONUS = 0.3
_MIN_UNIT_CHARS = 25


class CitationBook:
    """Numbers passages in order of first use and remembers what was quoted."""

    def __init__(self) -> None:
        self._ids: dict[str, int] = {}
        self._chunks: list[Chunk] = []
        self._quotes: dict[int, list[str]] = {}

    def cite(self, chunk: Chunk, quote: str | None = None) -> int:
        number = self._ids.get(chunk.chunk_id)
        if number is None:
            self._chunks.append(chunk)
            number = self._ids[chunk.chunk_id] = len(self._chunks)
            self._quotes[number] = []
        if quote and quote not in self._quotes[number]:
            self._quotes[number].append(quote)
        return number

    @property
    def cited(self) -> list[tuple[int, Chunk]]:
        return list(enumerate(self._chunks, start=1))

    def citations(self, dates: dict[str, str | None] | None = None) -> list[Citation]:
        """The citation records; ``dates`` gives each source's own date (by path)."""
        out = []
        for number, chunk in enumerate(self._chunks, start=1):
            quotes = self._quotes[number]
            if len(chunk.text) <= _FULL_QUOTE_CHARS or not quotes:
                quote = chunk.text[: _FULL_QUOTE_CHARS * 2]
            else:
                quote = " … ".join(quotes)
            out.append(
                Citation(
                    id=number,
                    source=chunk.source,
                    title=chunk.title,
                    municipality=chunk.municipality,
                    page=chunk.page,
                    url=chunk.source_url,
                    date=(dates or {}).get(chunk.source, chunk.date),
                    quote=quote,
                )
            )
        return out


@dataclass(frozen=True)
class Picked:
    unit: str
    chunk: Chunk
    score: float
    label: str | None = None  # the heading the unit needs to be understood ("RådRum")


def pick_units(
    passages: Sequence[Passage],
    query: Query,
    analyzer: Analyzer,
    max_units: int = 3,
    min_score: float = 0.34,
) -> list[Picked]:
    """The sentences that best cover the question; an anaphoric one brings its antecedent."""
    candidates: list[Picked] = []
    for rank, passage in enumerate(passages):
        chunk = passage.chunk
        units = split_units(chunk.text)
        section = chunk.heading_path[-1] if len(chunk.heading_path) > 1 else ""
        section_terms = text_terms(analyzer, section)
        context = text_terms(analyzer, " ".join(chunk.heading_path))
        for i, unit in enumerate(units):
            if unit.is_heading or (len(unit.text) < _MIN_UNIT_CHARS and not unit.is_list_item):
                continue
            terms = text_terms(analyzer, unit.text)
            own = coverage(query, terms)
            if own == 0:
                continue
            # A unit inherits its section heading: "Parter: …" under "RådRum" is about RådRum.
            with_section = coverage(query, terms | section_terms)
            label = section if with_section > own else None
            score = max(own, with_section) + 0.15 * coverage(query, context) + 0.05 / (rank + 1)
            # "Målgruppen är …" answers "vilken målgrupp …?": the unit is about that word.
            if _starts_with_query_word(unit.text, query, analyzer):
                score += _TOPIC_FIRST_BONUS
            quote = _with_antecedent(units, i)
            candidates.append(Picked(quote, chunk, score, label))
    if not candidates:
        return []
    candidates.sort(key=lambda p: -p.score)
    best = candidates[0].score
    chosen: list[Picked] = []
    for cand in candidates:
        if cand.score < max(min_score, 0.6 * best) or len(chosen) >= max_units:
            break
        if any(cand.unit in c.unit or c.unit in cand.unit for c in chosen):
            continue
        chosen.append(cand)
    return chosen


def _starts_with_query_word(unit: str, query: Query, analyzer: Analyzer) -> bool:
    first = unit.split(maxsplit=1)[0] if unit.strip() else ""
    terms = {t for t in analyzer.terms(first) if not t.startswith("~")}
    return bool(terms) and any(terms & w.terms for w in query.words)


def _refers_back(text: str) -> bool:
    return bool(_ANAPHORA.match(text) or _POINTS_BACK.search(text))


def _with_antecedent(units: list[Unit], i: int, max_back: int = 2) -> str:
    """The unit, preceded by the sentences it points back to ("Det är även där …")."""
    first = i
    while (
        first > 0
        and i - first < max_back
        and _refers_back(units[first].text)
        and not units[first - 1].is_heading
        and not units[first - 1].is_list_item
    ):
        first -= 1
    return " ".join(u.text for u in units[first : i + 1])


def label_for(chunk: Chunk, asked: str | None, language: str) -> str | None:
    """Which municipality a fact comes from, when the reader cannot otherwise tell."""
    if asked is not None:
        if chunk.municipality is None:
            return text(language, "general_label", municipality=asked)
        return None
    if chunk.municipality is None:
        return None
    return text(language, "from_municipality", municipality=chunk.municipality)


def extractive_lines(
    picked: Sequence[Picked], book: CitationBook, asked: str | None, language: str
) -> list[str]:
    lines = []
    for p in picked:
        n = book.cite(p.chunk, p.unit)
        label = label_for(p.chunk, asked, language)
        body = strip_marker(p.unit) if p.unit.lstrip().startswith(("-", "•")) else p.unit
        if p.label:
            body = f"{p.label}: {body}"
        lines.append(f"**{label}** {body} [{n}]" if label else f"{body} [{n}]")
    return lines


def passage_lines(chunk: Chunk, book: CitationBook, limit: int = 14) -> list[str]:
    """A whole passage as short lines (a list of partnerships, a contact block)."""
    units = [u for u in split_units(chunk.text) if not u.is_heading][:limit]
    n = book.cite(chunk)
    return [f"- {strip_marker(u.text)} [{n}]" for u in units]


# -- contacts -----------------------------------------------------------------------


def contact_line(card: ContactCard, n: int) -> str:
    if card.name:
        who = f"**{card.name}**"
    elif card.kind == "switchboard" and card.organisation:
        who = f"**{card.organisation}** ({card.title or 'växel'})"  # "Kramfors kommun (växel)"
    else:
        who = f"**{card.title or card.organisation or ''}**"
    details = [d for d in (card.email, card.phone) if d]
    role = ", ".join(p for p in (card.title if card.name else None, card.unit) if p)
    head = f"{who}, {role}" if role else who
    return f"- {head}: {', '.join(details)} [{n}]"


def contact_records(
    cards: Sequence[tuple[ContactCard, Chunk]], book: CitationBook
) -> list[Contact]:
    return [card.to_contact(book.cite(chunk, card.evidence)) for card, chunk in cards]


# -- eligibility --------------------------------------------------------------------


def verdict_record(assessment: Assessment, book: CitationBook, language: str) -> Verdict:
    criteria = []
    for j in assessment.judgements:
        n = book.cite(j.criterion.chunk, j.criterion.text)
        reason = (
            text(language, f"reason.{j.status}", evidence=j.evidence)
            if j.evidence
            else text(language, "reason.unknown")
        )
        criteria.append(
            Criterion(criterion=j.criterion.text, status=j.status, reason=reason, citation=n)
        )
    return Verdict(label=assessment.label, criteria=criteria)


_STATUS_MARK = {"met": "✅", "not_met": "❌", "unknown": "❔"}


def checklist_lines(verdict: Verdict, language: str) -> list[str]:
    lines = []
    for c in verdict.criteria:
        status = text(language, f"status.{c.status}")
        lines.append(
            f"- {_STATUS_MARK[c.status]} {c.criterion} [{c.citation}] — **{status}**. {c.reason}"
        )
    return lines


def organisation_of(municipality: str | None) -> str:
    if municipality is None:
        return ""
    return municipalities.organisation(municipality) or municipality
