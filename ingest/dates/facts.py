"""Everything one text says about time (``read_time_facts``), and a chunk's facts
completed with its document's (``merge``). The rules are in ``ingest.dates``."""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from typing import Any

from assistant.core.timefacts import TimeFacts, valid_iso
from ingest.dates.decided import decided_value, decision_date
from ingest.dates.labelled import labelled_line_dates
from ingest.dates.references import diarienummer, paragraphs
from ingest.dates.spans import date_spans, quote, sentence_spans, within
from ingest.dates.validity import read_validity


def _unit_of(pos: int, units: list[tuple[int, int]], unit_starts: list[int]) -> tuple[int, int]:
    i = max(0, bisect.bisect_right(unit_starts, pos) - 1)
    return units[i] if units else (pos, pos)


def _dedupe(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(values))


def read_time_facts(text: str, doc_date: str | None) -> TimeFacts:
    """Everything ``text`` says about time. ``doc_date`` (YYYY-MM-DD) is the document's own
    date from ``DocumentMeta.date``; it only completes dates written without a year."""
    doc_date = valid_iso(doc_date)
    dates = date_spans(text, int(doc_date[:4]) if doc_date else None)
    starts = [d.start for d in dates]
    units = sentence_spans(text)
    unit_starts = [a for a, _ in units]
    unit_dates = [within(dates, starts, a, b) for a, b in units]
    evidence: dict[str, str] = {}

    # decided: a labelled date wins over prose, the latest among either
    labelled: list[tuple[str, int, int]] = []
    prose: list[tuple[str, int, int]] = []
    for (a, b), found in zip(units, unit_dates, strict=True):
        hit = decision_date(text, a, b, found) if found else None
        value = decided_value(hit[0], doc_date) if hit is not None else None
        if hit is not None and value is not None:
            (labelled if hit[1] else prose).append((value, a, b))
    decided = None
    chosen = labelled or prose
    if chosen:
        decided, a, b = max(chosen, key=lambda item: item[0])
        evidence["decided"] = quote(text, a, b)

    validity = read_validity(text, units, unit_dates)
    evidence.update(validity.evidence)

    updated_found, published_found = labelled_line_dates(text, dates, starts)
    updated = published = None
    if updated_found:
        updated, _, a, b = max(updated_found, key=lambda item: item[0])
        evidence["updated"] = quote(text, a, b)
    if published_found:
        published, _, a, b = max(published_found, key=lambda item: item[0])
        evidence["published"] = quote(text, a, b)

    dnr_hits = diarienummer(text)
    if dnr_hits:
        evidence["diarienummer"] = quote(text, *_unit_of(dnr_hits[0][1], units, unit_starts))
    paragraph_hits = paragraphs(text)
    if paragraph_hits:
        evidence["paragraphs"] = quote(text, *_unit_of(paragraph_hits[0][1], units, unit_starts))

    return TimeFacts(
        decided=decided,
        valid_from=validity.valid_from,
        valid_to=validity.valid_to,
        updated=updated,
        published=published,
        diarienummer=_dedupe(value for value, _ in dnr_hits),
        paragraphs=_dedupe(value for value, _ in paragraph_hits),
        duration_months=validity.duration_months,
        open_ended=validity.open_ended,
        doc_date=doc_date,
        evidence=evidence,
    )


_PERIOD_FIELDS = ("valid_from", "valid_to", "duration", "open_ended")


def merge(doc_facts: TimeFacts, chunk_facts: TimeFacts) -> TimeFacts:
    """The facts for one chunk: its own where it states them, the document's elsewhere.

    The period is taken as a whole: a chunk naming another period (the old agreement a
    renewal mentions) keeps its own; a chunk that only repeats the document's start gets
    the document's end too. Diarienummer and paragraphs: the chunk's first, then the rest.
    """
    evidence = dict(doc_facts.evidence)
    chosen: dict[str, Any] = {}
    for name in ("decided", "updated", "published"):
        own = getattr(chunk_facts, name)
        chosen[name] = own if own is not None else getattr(doc_facts, name)
        if own is not None and name in chunk_facts.evidence:
            evidence[name] = chunk_facts.evidence[name]
    own_period = chunk_facts.valid_from is not None or chunk_facts.valid_to is not None
    same_start = own_period and chunk_facts.valid_from == doc_facts.valid_from
    if own_period and not (same_start and chunk_facts.valid_to is None):
        source = chunk_facts
        for name in _PERIOD_FIELDS:
            evidence.pop(name, None)
            if name in chunk_facts.evidence:
                evidence[name] = chunk_facts.evidence[name]
    else:
        source = doc_facts
    chosen["valid_from"] = source.valid_from
    chosen["valid_to"] = source.valid_to
    chosen["open_ended"] = source.open_ended
    chosen["duration_months"] = (
        source.duration_months
        if source.duration_months is not None
        else (doc_facts.duration_months if source is chunk_facts else chunk_facts.duration_months)
    )
    for name in ("diarienummer", "paragraphs"):
        values = _dedupe((*getattr(chunk_facts, name), *getattr(doc_facts, name)))
        chosen[name] = values
        if getattr(chunk_facts, name) and name in chunk_facts.evidence:
            evidence[name] = chunk_facts.evidence[name]
    return TimeFacts(
        **chosen,
        doc_date=doc_facts.doc_date or chunk_facts.doc_date,
        evidence=evidence,
    )
