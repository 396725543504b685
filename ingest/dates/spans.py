"""The dates and sentences of one text, as spans the time-fact rules work on."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from assistant.core.swedish import sentences
from assistant.core.swedish.dates import find_dates

_LINE = re.compile(r"[^\n]+")


@dataclass(frozen=True)
class DateSpan:
    """A date-shaped span. ``iso`` only when the text writes a year and the date is real;
    ``with_doc_year`` for a day and month completed with the document's year."""

    start: int
    end: int
    iso: str | None
    with_doc_year: str | None = None


def date_spans(text: str, doc_year: int | None) -> list[DateSpan]:
    """Every date of ``text`` that names a day, in order ("maj 2021" names none)."""
    spans: list[DateSpan] = []
    for mention in find_dates(text):
        if mention.day is None:
            continue
        completed = None
        if mention.year is None and doc_year is not None:
            completed = mention.in_year(doc_year).iso
        spans.append(DateSpan(mention.start, mention.end, mention.iso, completed))
    return spans


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of each line: a list item of two sentences is two
    units, so the evidence for a date is the sentence that holds it."""
    return [
        (line.start() + a, line.start() + b)
        for line in _LINE.finditer(text)
        for a, b in sentences.sentence_spans(line.group())
    ]


def within(dates: list[DateSpan], starts: list[int], start: int, end: int) -> list[DateSpan]:
    """The dates that lie wholly in text[start:end]; ``starts`` are their start offsets."""
    lo = bisect.bisect_left(starts, start)
    hi = bisect.bisect_left(starts, end)
    return [d for d in dates[lo:hi] if d.end <= end]


def quote(text: str, start: int, end: int) -> str:
    """The evidence for a value read from text[start:end]: that span, trimmed."""
    return text[start:end].strip()
