"""Masking of personal data that a person typed, before anything is stored.

What is masked, and with what:

* Swedish personnummer, with or without century, with ``-``, ``+``, a space or nothing
  before the last four digits, whose date is a real date and whose Luhn check digit
  is right -> ``[personnummer]``;
* samordningsnummer (the same, with 60 added to the day) -> ``[samordningsnummer]``;
* e-mail addresses -> ``[e-post]`` and valid Swedish phone numbers -> ``[telefon]``,
  found with :func:`assistant.core.contacts.find_emails` and
  :func:`assistant.core.contacts.find_phones` (so dates, case numbers, amounts, years and
  postcodes are not phone numbers here either).

A 10/12-digit number whose check digit is wrong, or whose date cannot be a birth date
(organisationsnummer have a "month" of 20 or more), is not a personnummer and is left
alone; dates (``2023-06-01``), diarienummer (``KS 2023/1234``), § numbers, amounts and
postcodes never have the shape of one.

The documents' own published contact details are not personal data to mask: pass them
(or the quoted passages they stand in) as ``keep``. :func:`mask_answer_for_storage`
does that for an answer and the quotes it cites.

Public API: ``MaskResult``, ``mask_personal``, ``mask_answer_for_storage``,
``is_valid_personnummer``, ``identity_number_kind``, ``luhn_check_digit``, ``PLACEHOLDERS``.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from assistant.core.contacts import find_emails, find_phones, normalise_for_match, stands_in

__all__ = [
    "PLACEHOLDERS",
    "MaskKind",
    "MaskResult",
    "identity_number_kind",
    "is_valid_personnummer",
    "luhn_check_digit",
    "mask_answer_for_storage",
    "mask_personal",
]

MaskKind = Literal["personnummer", "samordningsnummer", "e-post", "telefon"]

PLACEHOLDERS: dict[MaskKind, str] = {
    "personnummer": "[personnummer]",
    "samordningsnummer": "[samordningsnummer]",
    "e-post": "[e-post]",
    "telefon": "[telefon]",
}


@dataclass(frozen=True)
class MaskResult:
    """The masked text and how many values of each kind were replaced."""

    text: str
    found: dict[MaskKind, int] = field(default_factory=dict)

    @property
    def masked(self) -> bool:
        return bool(self.found)


# --- personnummer and samordningsnummer -------------------------------------------

# Hyphens and dashes as word processors and PDFs leave them, '+' for 100 years or
# older, a plain space as people type it, or nothing.
_PNR_SEPARATORS = "-\u2010\u2011\u2012\u2013\u2014\u2212+ "
_PNR_RE = re.compile(
    r"(?<!\d)(?P<date>(?:\d{2})?\d{6})"
    rf"(?P<sep>[{re.escape(_PNR_SEPARATORS)}]?)"
    r"(?P<tail>\d{4})(?!\d)"
)
_CENTURIES = (18, 19, 20)


def luhn_check_digit(digits: str) -> int:
    """The Luhn check digit for ``digits`` (nine for a personnummer: YYMMDDNNN)."""
    total = 0
    for i, ch in enumerate(digits):
        product = int(ch) * (2 if i % 2 == 0 else 1)
        total += product - 9 if product > 9 else product
    return (10 - total % 10) % 10


def _kind(date: str, tail: str) -> Literal["personnummer", "samordningsnummer"] | None:
    """Which identity number ``date`` + ``tail`` is, or None if it is not one."""
    if len(date) == 8:
        century, yymmdd = int(date[:2]), date[2:]
        if century not in _CENTURIES:
            return None
        years = [int(date[:4])]
    else:
        yymmdd = date
        # Without the century the year is one of these; February 29 is allowed when any is a
        # leap year. Whether the person is 100 or older ('+') does not change the date.
        years = [c * 100 + int(date[:2]) for c in _CENTURIES]
    month, day = int(yymmdd[2:4]), int(yymmdd[4:6])
    if not 1 <= month <= 12:
        return None
    kind: Literal["personnummer", "samordningsnummer"] = "personnummer"
    if day > 60:
        kind, day = "samordningsnummer", day - 60
    if not 1 <= day <= max(calendar.monthrange(y, month)[1] for y in years):
        return None
    ten = yymmdd + tail
    if luhn_check_digit(ten[:9]) != int(ten[9]):
        return None
    return kind


def identity_number_kind(s: str) -> Literal["personnummer", "samordningsnummer"] | None:
    """``"personnummer"``, ``"samordningsnummer"`` or None for the whole string ``s``.

    Accepted forms: ``YYMMDD-NNNC``, ``YYMMDD+NNNC``, ``YYYYMMDD-NNNC`` and the same
    without separator or with a space; the date must exist (the day plus 60 for a
    samordningsnummer) and ``C`` must be the Luhn check digit of ``YYMMDDNNN``.
    """
    m = _PNR_RE.fullmatch(s.strip())
    if m is None:
        return None
    return _kind(m.group("date"), m.group("tail"))


def is_valid_personnummer(s: str) -> bool:
    """Whether ``s`` is a checksum-valid personnummer or samordningsnummer."""
    return identity_number_kind(s) is not None


# --- masking -------------------------------------------------------------------------

# The characters contacts.normalise_for_match ignores, allowed between the characters
# of a found e-mail or phone when finding where it stands in the text.
_SEPARATOR_CLASS = r"[\s\-\u2010\u2011\u2012\u2013\u2014\u2212()]*"


def _located(value: str) -> str:
    """A pattern for ``value`` where it stands in a text, as ``contacts.stands_in`` reads it.

    ``find_phones`` reports a number as written but with its spacing and dashes
    tidied, so the pattern lets those differ; digits and letters must be the same.
    """
    core = normalise_for_match(value)
    body = _SEPARATOR_CLASS.join(re.escape(ch) for ch in core)
    if "@" in core:
        return rf"(?<![\w.%+])(?<!\w-){body}(?![\w\-])"
    return rf"(?<![\d+]){body}(?!\d)"


def _is_kept(value: str, keep: tuple[str, ...]) -> bool:
    return any(stands_in(value, k) for k in keep)


def _replace_values(
    text: str,
    values: Iterable[str],
    kind: MaskKind,
    keep: tuple[str, ...],
    found: Counter[MaskKind],
) -> str:
    masked = sorted(
        {normalise_for_match(v): v for v in values if not _is_kept(v, keep)}.values(),
        key=lambda v: -len(normalise_for_match(v)),
    )
    if not masked:
        return text
    pattern = re.compile("|".join(f"(?:{_located(v)})" for v in masked), flags=re.IGNORECASE)
    text, n = pattern.subn(PLACEHOLDERS[kind], text)
    found[kind] += n
    return text


def _replace_identity_numbers(text: str, keep: tuple[str, ...], found: Counter[MaskKind]) -> str:
    def replace(m: re.Match[str]) -> str:
        kind = _kind(m.group("date"), m.group("tail"))
        if kind is None or _is_kept(m.group(), keep):
            return m.group()
        found[kind] += 1
        return PLACEHOLDERS[kind]

    return _PNR_RE.sub(replace, text)


def _mask_once(text: str, keep: tuple[str, ...], found: Counter[MaskKind]) -> str:
    # E-mail first: an address may hold digits that look like a personnummer or phone.
    text = _replace_values(text, find_emails(text), "e-post", keep, found)
    # Identity numbers before phones: "0701231234" can be both, and is masked either way.
    text = _replace_identity_numbers(text, keep, found)
    return _replace_values(text, (v for v, _ in find_phones(text)), "telefon", keep, found)


def mask_personal(text: str, keep: Iterable[str] = ()) -> MaskResult:
    """``text`` with personnummer, samordningsnummer, e-mail addresses and phones masked.

    ``keep`` holds values that may stay, such as the contact details of a cited
    document; each entry may be a single value or a whole passage. A value in the
    text stays when it stands in an entry verbatim (``contacts.stands_in``: spacing,
    dashes and case may differ, nothing else). ``found`` counts the replacements by
    kind. Masking again changes nothing.
    """
    kept = tuple(k for k in keep if k)
    found: Counter[MaskKind] = Counter()
    # Each pass removes digits or '@' and adds none, so this ends; it runs again only
    # when a pass changed the text, which makes the result a fixed point.
    previous = None
    while previous != text:
        previous, text = text, _mask_once(text, kept, found)
    return MaskResult(text=text, found={k: n for k, n in found.items() if n})


def mask_answer_for_storage(answer_text: str, quotes: list[str]) -> str:
    """The answer with every personal value masked unless it stands in one of ``quotes``.

    A document's published e-mail or phone that the answer quotes is not personal data
    to mask; an address, number or personnummer that stands in no cited quote (the
    question echoed back, say) is.
    """
    return mask_personal(answer_text, keep=quotes).text
