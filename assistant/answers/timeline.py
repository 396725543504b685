"""Dates an answer adds: whether the agreement it quotes is in force today, and a short
note when a cited source has expired or is old (read at ingest, ``core/timefacts``)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from assistant.answers.asks import asked_fields
from assistant.answers.citations import CitationBook
from assistant.answers.drafts import is_draft, status_sentence, titled_as_rules
from assistant.answers.freshness import facts_of, status
from assistant.answers.ranking import Evidence
from assistant.core.documents import Chunk
from assistant.core.swedish.dates import spoken_date
from assistant.core.texts import text
from assistant.core.timefacts import TimeFacts, status_on
from assistant.index.reader import IndexReader


def time_facts_line(
    reader: IndexReader,
    evidence: Sequence[Evidence],
    question: str,
    language: str,
    today: date,
    max_age: int,
) -> tuple[str, Chunk] | None:
    """The dates and references read at ingest that the question asks for, from the
    document of the best evidence that has them, with the chunk they stand in."""
    fields = asked_fields(question) or ["validity", "decided"]
    if "decided" in fields:  # the decision's line already names its § and case number
        fields = [f for f in fields if f not in ("diarienummer", "paragraphs")]
    for e in evidence[:_DOCUMENTS_LOOKED_AT]:
        facts = facts_of(reader.documents.get(e.chunk.source))
        parts = [p for p in (_part(f, facts, language, today, max_age) for f in fields) if p]
        if not parts:
            continue
        key = next(f for f in fields if _part(f, facts, language, today, max_age))
        chunk = _chunk_with(reader, e.chunk, facts.evidence.get(_EVIDENCE_KEY.get(key, key)))
        return " ".join(parts), chunk
    return None


_EVIDENCE_KEY = {"validity": "valid_from"}
_DOCUMENTS_LOOKED_AT = 2  # the dates of the documents that answer, not of any retrieved


def _part(field: str, facts: TimeFacts, language: str, today: date, max_age: int) -> str | None:
    if field == "validity" and (facts.valid_from or facts.valid_to):
        period = _period(facts, language)
        validity = status_on(facts, today, max_age)
        key = (
            "time.expired"
            if validity.expired
            else "time.not_started"
            if validity.not_started
            else "time.in_force"
            if validity.in_force
            else "time.period_only"
        )
        return text(language, key, period=period, today=spoken_date(today.isoformat(), language))
    if field == "decided" and (facts.decided or facts.paragraphs):
        # A decision is known by its date and its paragraph (and case number).
        parts = [text(language, "time.decided", date=facts.decided)] if facts.decided else []
        if facts.paragraphs:
            parts.append(text(language, "time.paragraphs", value=", ".join(facts.paragraphs)))
        if facts.diarienummer:
            parts.append(text(language, "time.diarienummer", value=", ".join(facts.diarienummer)))
        return " ".join(parts)
    if field in ("diarienummer", "paragraphs"):
        values = getattr(facts, field)
        if values:
            return text(language, f"time.{field}", value=", ".join(values))
    return None


def _period(facts: TimeFacts, language: str) -> str:
    """The period a document is valid for, its dates as the document writes them: as
    people read them ("från 1 juni 2026 till 31 december 2027") unless it writes them
    as numbers ("2026-04-01 – 2029-03-31")."""
    written = " ".join(facts.evidence.values())

    def shown(iso: str) -> str:
        return iso if iso in written else spoken_date(iso, language)

    start = shown(str(facts.valid_from)) if facts.valid_from else "?"
    if facts.valid_to:
        return text(language, "period", start=start, end=shown(str(facts.valid_to)))
    return text(language, "period_open", start=start)


def _chunk_with(reader: IndexReader, fallback: Chunk, sentence: str | None) -> Chunk:
    """The chunk of the document in which the fact's sentence stands (spacing aside)."""
    if sentence:
        want = " ".join(sentence.split())
        for chunk in reader.chunks_of_source(fallback.source):
            if want in " ".join(chunk.text.split()):
                return chunk
    return fallback


def freshness_note(
    reader: IndexReader, book: CitationBook, language: str, today: date, max_age: int
) -> str | None:
    """One short sentence for the first cited source that is a draft, has expired or is
    too old."""
    # A draft first: what it says does not apply at all yet.
    for n, chunk in book.cited:
        if is_draft(reader, chunk.source):
            # In the draft's own words where its opening says so ("REMISSVERSION –
            # förslaget är inte beslutat"), cited with it.
            said = status_sentence(reader, chunk.source)
            if said is None:
                return text(language, "stale.draft", n=str(n))
            return text(language, "stale.draft_said", n=str(n), said=said)
    seen: set[str] = set()
    for n, chunk in book.cited:
        doc = reader.documents.get(chunk.source)
        if doc is None or chunk.source in seen:
            continue
        seen.add(chunk.source)
        st = status(doc, today, max_age)
        if not st.needs_warning:
            continue
        if st.validity.expired:
            period = _period(st.facts, language)
            return text(language, "stale.expired", n=str(n), period=period)
        return text(
            language, "stale.too_old", n=str(n), date=str(st.validity.newest), years=str(max_age)
        )
    return None


_EXPIRED = 0.85
_PROPOSED = 0.85  # a draft beside the rules in force it would replace


def in_force_first(
    reader: IndexReader, evidence: list[Evidence], today: date, max_age: int
) -> list[Evidence]:
    """The evidence with sources whose agreement has ended after the rest (stable): the
    agreement in force speaks for the present. So do a place's rules in force before its
    draft of new ones."""
    expired: dict[str, bool] = {}
    draft: dict[str, bool] = {}
    for e in evidence:
        if e.chunk.source not in expired:
            doc = reader.documents.get(e.chunk.source)
            expired[e.chunk.source] = doc is not None and (
                status(doc, today, max_age).validity.expired
            )
            draft[e.chunk.source] = is_draft(reader, e.chunk.source)
    # A place's rules in force: a guideline or rules by title or kind, not a news page.
    in_force = {
        e.chunk.municipality
        for e in evidence
        if not draft[e.chunk.source] and titled_as_rules(e.chunk.title, e.chunk.doc_type)
    }

    def weight(e: Evidence) -> float:
        old = _EXPIRED if expired[e.chunk.source] else 1.0
        proposed = draft[e.chunk.source] and e.chunk.municipality in in_force
        return old * (_PROPOSED if proposed else 1.0)

    # A soft penalty, not a hard order: a question about the old period, or about the
    # draft, still finds it.
    return sorted(evidence, key=lambda e: -e.score * weight(e))
