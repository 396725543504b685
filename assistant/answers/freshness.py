"""How old a source is and whether its agreement is in force, from the dates read at ingest.

An association that acts on an expired decision or an old contact loses months, so
answers say plainly when they rest on such a source, and staff see what to refresh.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from assistant.core.timefacts import TimeFacts, Validity, status_on
from assistant.index.catalog import DocumentRow


def facts_of(doc: DocumentRow | None) -> TimeFacts:
    """The document's time facts (empty for a document indexed before they existed)."""
    raw = (doc.extra.get("time") if doc else None) or {}
    return TimeFacts.from_dict(raw)


def own_date(doc: DocumentRow | None) -> str | None:
    """The source's own date for citations: its date, else its last update or publication."""
    if doc is None:
        return None
    facts = facts_of(doc)
    return doc.date or facts.updated or facts.published


@dataclass(frozen=True)
class SourceStatus:
    source: str
    title: str
    municipality: str | None
    facts: TimeFacts
    validity: Validity

    @property
    def needs_warning(self) -> bool:
        """Expired, or old and not known to be in force (in force overrides age)."""
        return self.validity.expired or (
            self.validity.too_old and self.validity.in_force is not True
        )


def status(doc: DocumentRow, today: date, max_age_years: int) -> SourceStatus:
    facts = facts_of(doc)
    validity = status_on(facts, today, max_age_years)
    return SourceStatus(doc.source, doc.title, doc.municipality, facts, validity)


def stale_documents(
    documents: Iterable[DocumentRow], today: date, max_age_years: int
) -> list[SourceStatus]:
    """Documents whose agreement has ended or that are older than the limit (for staff)."""
    out = [status(d, today, max_age_years) for d in documents]
    return [s for s in out if s.needs_warning]


def expired_sources(statuses: Sequence[SourceStatus]) -> set[str]:
    return {s.source for s in statuses if s.validity.expired}
