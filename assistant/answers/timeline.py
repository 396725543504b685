"""Dates an answer adds: whether the agreement it quotes is in force today, and a short
note when a cited source has expired or is old (read at ingest, ``core/timefacts``)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from assistant.answers.citations import CitationBook
from assistant.answers.freshness import facts_of, status
from assistant.answers.ranking import Evidence
from assistant.core.texts import text
from assistant.core.timefacts import status_on
from assistant.index.reader import IndexReader


def validity_line(
    reader: IndexReader, evidence: Sequence[Evidence], language: str, today: date, max_age: int
) -> tuple[str, Evidence] | None:
    """ "Enligt dokumentet gäller det från … till …, alltså fortfarande i dag." for the best
    evidence whose document states a period, with that evidence."""
    for e in evidence[:5]:
        facts = facts_of(reader.documents.get(e.chunk.source))
        if not (facts.valid_from or facts.valid_to):
            continue
        if facts.valid_to:
            period = text(language, "period", start=facts.valid_from or "?", end=facts.valid_to)
        else:
            period = text(language, "period_open", start=str(facts.valid_from))
        validity = status_on(facts, today, max_age)
        if validity.expired:
            key = "time.expired"
        elif validity.not_started:
            key = "time.not_started"
        elif validity.in_force:
            key = "time.in_force"
        else:
            key = "time.period_only"
        return text(language, key, period=period, today=today.isoformat()), e
    return None


def freshness_note(
    reader: IndexReader, book: CitationBook, language: str, today: date, max_age: int
) -> str | None:
    """One short sentence for the first cited source that has expired or is too old."""
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
            period = text(
                language, "period", start=st.facts.valid_from or "?", end=st.facts.valid_to or "?"
            )
            return text(language, "stale.expired", n=str(n), period=period)
        return text(
            language, "stale.too_old", n=str(n), date=str(st.validity.newest), years=str(max_age)
        )
    return None
