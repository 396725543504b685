"""Facts in a sentence that must stand in a passage it cites: e-mail addresses, web
addresses, phone numbers, dates, diarienummer, paragraph (§) numbers, amounts, years and
other long numbers.

A value stands in a passage up to spacing and case; a date may be written another way,
an amount with another unit ("500 tkr" is "500 000 kronor").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal

from assistant.core.contacts import find_emails, find_phones, stands_in
from assistant.core.swedish.amounts import find_amounts
from assistant.core.swedish.dates import find_dates

__all__ = ["unsupported_fact"]

_URL = re.compile(r"\b(?:https?://|www\.)[^\s<>()\[\]]+", re.IGNORECASE)
_DNR = re.compile(
    r"(?:\b(?:dnr|diarienummer|diarienr|diarie-nr|ärendenummer|ärendenr)\.?\s*:?\s*)"
    r"(?P<core>(?:[A-ZÅÄÖ]{1,8}[\s-]?)?\d{1,4}(?:[/:.-]\d{1,6}){1,2}(?:[/:.-][A-Z0-9]{1,6})?)"
    r"|\b(?P<bare>[A-ZÅÄÖ]{2,8}[\s-]?(?:19|20)\d{2}[/:]\d{1,6}(?:[/:.-]\d{1,6})?)\b",
    re.IGNORECASE,
)
_PARAGRAPH = re.compile(
    r"§§?\s*(?P<a>\d+)(?:\s*(?:[-–]|och|and)\s*(?P<b>\d+))?"
    r"|(?P<c>\d+)\s*§"
    r"|\bparagraf(?:en|erna)?\s+(?P<d>\d+)(?:\s*(?:[-–]|och|and)\s*(?P<e>\d+))?",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?<![\d/.:-])(?:19|20)\d{2}(?![\d])")
_LONG_NUMBER = re.compile(r"(?<![\w])\+?\d[\d \u00a0\-–/()]{4,}\d(?![\w])")


def unsupported_fact(sentence: str, cited: list[str]) -> tuple[str, str] | None:
    """The first e-mail, phone, date, amount, … in ``sentence`` no cited passage bears."""
    work = sentence

    def mask(value_span: tuple[int, int]) -> None:
        nonlocal work
        a, b = value_span
        work = work[:a] + " " * (b - a) + work[b:]

    for email in find_emails(work):
        if not any(stands_in(email, p) for p in cited):
            return "email", email
        for m in re.finditer(re.escape(email), work, re.IGNORECASE):
            mask(m.span())
    for m in list(_URL.finditer(work)):
        url = m.group().rstrip(".,;:!?")
        if not any(_loose_in(url, p) for p in cited):
            return "url", url
        mask(m.span())
    for written, _e164 in find_phones(work, any_country=True):
        if not any(stands_in(written, p) for p in cited):
            return "phone", written
        for m in re.finditer(re.escape(written), work):
            mask(m.span())
    passage_dates = _dates_in(cited)
    for mention in find_dates(work):
        written = work[mention.start : mention.end]
        date = (mention.year, mention.month, mention.day)
        if not _date_stands(date, written, passage_dates, cited):
            return "date", written
        mask((mention.start, mention.end))
    for m in list(_DNR.finditer(work)):
        core = m.group("core") or m.group("bare")
        if not any(_loose_in(core, p) for p in cited):
            return "diarienummer", core
        mask(m.span())
    passage_paragraphs = {n for p in cited for n in _paragraph_numbers(p)}
    for m in list(_PARAGRAPH.finditer(work)):
        numbers = _paragraph_numbers(m.group())
        if not numbers <= passage_paragraphs:
            return "paragraph", m.group()
        mask(m.span())
    passage_amounts = {a for p in cited for a, _ in _amounts(p)}
    for amount, span in _amounts(work):
        if amount not in passage_amounts:
            return "amount", sentence[span[0] : span[1]]
        mask(span)
    for m in list(_YEAR.finditer(work)):
        if not any(re.search(rf"(?<!\d){m.group()}(?!\d)", p) for p in cited):
            return "year", m.group()
        mask(m.span())
    for m in _LONG_NUMBER.finditer(work):
        value = m.group().strip(" -–/()")
        if sum(ch.isdigit() for ch in value) < 5:
            continue
        if not any(stands_in(value, p) for p in cited):
            return "number", value
    return None


def _loose_in(value: str, passage: str) -> bool:
    """``value`` in ``passage`` up to case, spacing and dashes, not inside a longer word."""
    core = [ch for ch in value.lower() if not ch.isspace() and ch not in "-–—"]
    if not core:
        return False
    body = r"[\s\-–—]*".join(re.escape(ch) for ch in core)
    pattern = rf"(?<![\wåäö]){body}(?![\wåäö])" if core[0].isalnum() else body
    if not core[-1].isalnum():
        pattern = pattern.removesuffix(r"(?![\wåäö])")
    return re.search(pattern, passage, re.IGNORECASE) is not None


Date = tuple[int | None, int | None, int | None]  # year, month, day


def _dates_in(passages: Iterable[str]) -> set[Date]:
    found: set[Date] = set()
    for p in passages:
        for m in find_dates(p):
            y, mo, d = m.year, m.month, m.day
            found |= {(y, mo, d), (y, mo, None), (None, mo, d)}
    return found


def _date_stands(date: Date, written: str, known: set[Date], cited: list[str]) -> bool:
    if date in known:
        return True
    return any(_loose_in(written, p) for p in cited)


def _paragraph_numbers(text: str) -> set[int]:
    numbers: set[int] = set()
    for m in _PARAGRAPH.finditer(text):
        a = m.group("a") or m.group("c") or m.group("d")
        b = m.group("b") or m.group("e")
        if a:
            numbers.add(int(a))
        if a and b and 0 < int(b) - int(a) <= 20:
            numbers.update(range(int(a), int(b) + 1))
        elif b:
            numbers.add(int(b))
    return numbers


def _amounts(text: str) -> list[tuple[tuple[str, Decimal], tuple[int, int]]]:
    return [((a.kind, a.value), (a.start, a.end)) for a in find_amounts(text)]
