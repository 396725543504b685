"""Masking of personal data that a person typed, before anything is stored.

What is masked, and with what:

* Swedish personnummer, with or without century, with ``-``, ``+``, a dot, spaces
  (also non-breaking) around those, spaces alone or nothing before the last four
  digits, whose date is a real date and whose Luhn check digit is right, as
  ``stdnum.se.personnummer`` checks them -> ``[personnummer]``;
* samordningsnummer (the same, with 60 added to the day) -> ``[samordningsnummer]``;
* e-mail addresses -> ``[e-post]`` and valid Swedish phone numbers -> ``[telefon]``,
  found with :func:`assistant.core.contacts.find_emails` and
  :func:`assistant.core.contacts.find_phones` (so dates, case numbers, amounts, years and
  postcodes are not phone numbers here either), and numbers whose groups are split by
  dots (``070.174.06.05``), validated by the same ``phonenumbers`` matcher.

A 10/12-digit number whose check digit is wrong, or whose date cannot be a birth date
(organisationsnummer have a "month" of 20 or more), is not a personnummer and is left
alone; dates (``2023-06-01``), diarienummer (``KS 2023/1234``), § numbers, amounts and
postcodes never have the shape of one.

The documents' own published contact details are not personal data to mask: pass them
(or the quoted passages they stand in) as ``keep``. :func:`mask_answer_for_storage`
does that for an answer and the quotes it cites.

Public API: ``MaskResult``, ``mask_personal``, ``mask_answer_for_storage``,
``is_valid_personnummer``, ``identity_number_kind``, ``IdentityKind``, ``PLACEHOLDERS``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from stdnum import luhn
from stdnum.exceptions import ValidationError
from stdnum.se import personnummer

from assistant.core.contacts import (
    find_emails,
    find_phones,
    iter_phones,
    normalise_for_match,
    stands_in,
)

__all__ = [
    "PLACEHOLDERS",
    "IdentityKind",
    "MaskKind",
    "MaskResult",
    "identity_number_kind",
    "is_valid_personnummer",
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

IdentityKind = Literal["personnummer", "samordningsnummer"]

# Between the date and the last four digits: a hyphen or dash (as word processors and
# PDFs leave them), '+' for 100 years or older, or a dot; with or without spaces (also
# non-breaking ones) around it; or spaces alone; or nothing.
_PNR_SEPARATORS = "-\u2010\u2011\u2012\u2013\u2014\u2212+."
_SPACE = r"[^\S\r\n]"  # white space within a line, non-breaking spaces included
_PNR_RE = re.compile(
    r"(?<!\d)(?P<date>(?:\d{2})?\d{6})"
    rf"(?P<sep>{_SPACE}{{0,3}}[{re.escape(_PNR_SEPARATORS)}]?{_SPACE}{{0,3}})"
    r"(?P<tail>\d{4})(?!\d)"
)
_CENTURIES = ("18", "19", "20")


def _is_birth_date(yyyymmdd: str) -> bool:
    try:
        personnummer.get_birth_date(f"{yyyymmdd}-0000")
    except ValidationError:
        return False
    return True


def _kind(date: str, tail: str) -> IdentityKind | None:
    """Which identity number ``date`` + ``tail`` is, or None if it is not one.

    ``stdnum.se.personnummer`` checks a personnummer (a real date, the Luhn check digit).
    It knows no samordningsnummer, so those get the same two checks from its parts: the
    check digit over the digits as written (``stdnum.luhn``), the birth date with 60
    taken from the day. Without the century the year may lie in any of three, and a date
    that exists in one of them counts (29 February); a '+' does not change the date.
    """
    if len(date) == 8 and date[:2] not in _CENTURIES:
        return None
    centuries = (date[:2],) if len(date) == 8 else _CENTURIES
    yymmdd = date[-6:]
    day = int(yymmdd[4:])
    if day <= 60:
        valid = any(personnummer.is_valid(f"{c}{yymmdd}-{tail}") for c in centuries)
        return "personnummer" if valid else None
    born = f"{yymmdd[:4]}{day - 60:02d}"
    if luhn.is_valid(yymmdd + tail) and any(_is_birth_date(c + born) for c in centuries):
        return "samordningsnummer"
    return None


def identity_number_kind(s: str) -> IdentityKind | None:
    """``"personnummer"``, ``"samordningsnummer"`` or None for the whole string ``s``.

    Accepted forms: ``YYMMDD-NNNC``, ``YYMMDD+NNNC``, ``YYYYMMDD-NNNC``, the same with a
    dot or with spaces around the separator, with spaces alone or with nothing between;
    the date must exist (the day plus 60 for a samordningsnummer) and ``C`` must be the
    Luhn check digit of ``YYMMDDNNN``.
    """
    m = _PNR_RE.fullmatch(s.strip())
    if m is None:
        return None
    return _kind(m.group("date"), m.group("tail"))


def is_valid_personnummer(s: str) -> bool:
    """Whether ``s`` is a checksum-valid personnummer or samordningsnummer."""
    return identity_number_kind(s) is not None


# --- phone numbers -------------------------------------------------------------------

# Groups split by dots ("070.174.06.05"): contacts.find_phones reads "06.05" as a time of
# day and passes over the number, so such a run is shown to it with spaces instead
# (same length, same places). A date written the same way (01.06.2023) stays a date.
_DOTTED_RE = re.compile(r"(?<![\d.])0\d{1,3}(?:\.\d{2,4}){2,4}(?!\d)(?!\.\d)")
_DOTTED_DATE_RE = re.compile(r"\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})")


def _undotted(m: re.Match[str]) -> str:
    run = m.group()
    return run if _DOTTED_DATE_RE.fullmatch(run) else run.replace(".", " ")


def _phones(text: str) -> list[str]:
    """Phone numbers as written: what ``find_phones`` finds, and dotted ones."""
    found = [value for value, _ in find_phones(text, any_country=True)]
    view = _DOTTED_RE.sub(_undotted, text)
    if view != text:
        found += [
            text[f.start : f.end]
            for f in iter_phones(view, any_country=True)
            if "." in text[f.start : f.end]
        ]
    return found


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
    return _replace_values(text, _phones(text), "telefon", keep, found)


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
