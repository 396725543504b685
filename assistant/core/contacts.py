"""Contact cards read from municipal text, each with the exact evidence it came from.

Every e-mail address and phone number on a card is copied from the input text and
never composed: the answer checker relies on ``stands_in(value, passage)`` to prove
that each contact the assistant shows stands verbatim (up to spacing and dashes) in
the passage it cites. Phone numbers are found and validated with ``phonenumbers``
(region SE); postcodes, dates, case numbers, amounts and years are rejected.

Finding cards in a text is ingest's (``ingest/contacts.py``); this module holds the card
record and the verbatim matching that ingest, answers and the checks share.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

import phonenumbers

from assistant.core.records import Contact
from assistant.core.swedish.cues import load_cues

ContactKind = Literal["person", "switchboard", "function"]

__all__ = [
    "ContactCard",
    "ContactKind",
    "find_emails",
    "find_phones",
    "normalise_for_match",
    "stands_in",
]


@dataclass(frozen=True)
class ContactCard:
    """One way to reach someone, as the text gives it.

    ``phone`` is the number as written (whitespace collapsed, typographic dashes
    shown as ``-``), ``phone_e164`` the same number for ``tel:`` links. ``evidence`` is
    a substring of the input text (``text[span[0]:span[1]]``) that contains the
    e-mail and phone verbatim.
    """

    kind: ContactKind
    evidence: str
    span: tuple[int, int]
    name: str | None = None
    title: str | None = None
    unit: str | None = None
    organisation: str | None = None
    email: str | None = None
    phone: str | None = None
    phone_e164: str | None = None

    def to_contact(self, citation: int) -> Contact:
        """The answer-JSON record; the unit rides along in ``title`` as it has no field."""
        title = ", ".join(part for part in (self.title, self.unit) if part) or None
        return Contact(
            name=self.name,
            title=title,
            organisation=self.organisation,
            email=self.email,
            phone=self.phone,
            citation=citation,
        )


# --- verbatim matching ---------------------------------------------------------

# Typographic hyphens and dashes as PDF and Word conversions leave them.
# One word of a person's name as written: "Anders", "Lars-Åke" (a line of two or three of
# them alone names a person: a contact card's, a comment's writer).
NAME_WORD = r"[A-ZÀ-ÖØ-ÞĀ-ž][a-zß-öø-ÿĀ-ž]+(?:-[A-ZÀ-ÖØ-ÞĀ-ž][a-zß-öø-ÿĀ-ž]+)?"
# "Frågor om IOP: Karin Ek", "- Föreningsbidrag: Petra Holm, …", "Frågor om riktlinjerna
# och om idéskisser: Johanna Berntsson": a short label opening a line (a list item's too).
_LINE_LABEL = re.compile(r"^\s*(?:[-–•·*]\s+)?([^\W\d_][^:\n]{0,64}?):\s+")
_LABEL_WORDS = 8


def line_label(text: str) -> tuple[str, int]:
    """The short label a line opens with and where what it labels starts; ("", 0) if none."""
    found = _LINE_LABEL.match(text)
    if found is None or len(found.group(1).split()) > _LABEL_WORDS:
        return "", 0
    return found.group(1), found.end()


_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2212"
_IGNORED_IN_MATCH = _DASHES + "()"
_SEPARATOR_CLASS = "[\\s" + re.escape(_IGNORED_IN_MATCH) + "]*"
# A dash after a letter belongs to the address ("anna-lena@"), a dash after a space
# is a bullet ("-info@").
_EMAIL_START = r"(?<![\w.%+])(?<!\w-)"


def normalise_for_match(s: str) -> str:
    """Lowercase ``s`` and drop whitespace, dashes and parentheses."""
    return "".join(ch for ch in s.lower() if not ch.isspace() and ch not in _IGNORED_IN_MATCH)


def stands_in(value: str, passage: str) -> bool:
    """Whether the e-mail or phone ``value`` stands verbatim in ``passage``.

    Spacing, dashes, parentheses and letter case may differ; nothing else may.
    The value must not be part of a longer number or address: ``0612-800 00``
    does not stand in ``0612-800 001``, ``rubin@malmo.se`` not in
    ``ann.rubin@malmo.se``. A number written ``+46 612 800 00`` does not stand in
    a passage that writes ``0612-800 00``: that would not be verbatim.
    """
    core = normalise_for_match(value)
    if not core:
        return False
    body = _SEPARATOR_CLASS.join(re.escape(ch) for ch in core)
    if "@" in core:
        pattern = rf"{_EMAIL_START}{body}(?![\w\-])"
    elif core[0].isdigit() or core[0] == "+":
        pattern = rf"(?<![\d+]){body}(?!\d)"
    else:
        pattern = body
    return re.search(pattern, passage, flags=re.IGNORECASE) is not None


# --- e-mail and phone finding ---------------------------------------------------

_EMAIL_RE = re.compile(_EMAIL_START + r"\w[\w.%+\-]*@[\w\-]+(?:\.[\w\-]+)*\.[A-Za-z]{2,}(?![\w\-])")

# hh.mm and hh:mm: opening hours pass phonenumbers' validation ("08.00-16.30").
_TIME_RE = re.compile(r"(?<!\d)\d{1,2}[.:]\d{2}(?!\d)")

# Numbers after these words are case numbers, accounts or legal references.
_NOT_PHONE_BEFORE_RE = re.compile(
    r"(?:\bdnr|\bdiarie(?:nummer|nr)|\borg\.?\s*nr|\borganisationsnummer|\bbankgiro|\bplusgiro"
    r"|\bbg|\bpg|\bpersonnummer|§|\bsfs|\bkl)\.?\s*:?\s*$",
    flags=re.IGNORECASE,
)

_AMOUNT_AFTER_RE = re.compile(r"\s*(?:kr\b|kronor|sek\b|tkr|mkr|:-)", flags=re.IGNORECASE)


@dataclass(frozen=True)
class Found:
    """An e-mail or phone number with its place in the text."""

    kind: Literal["email", "phone"]
    start: int
    end: int
    value: str
    e164: str | None = None


def _display_phone(raw: str) -> str:
    """The number as written, minus line breaks, odd spaces and typographic dashes."""
    collapsed = re.sub(r"\s+", " ", raw).strip()
    return collapsed.translate({ord(d): "-" for d in _DASHES[1:]})


def _written_as_phone(raw: str, before: str) -> bool:
    """Swedish numbers are written from a trunk 0, 00 or +; anything else is a quantity."""
    opening = raw.lstrip("(")
    if not (opening.startswith("0") or opening.startswith("+")):
        return False
    if "/" in raw or _TIME_RE.search(raw):
        return False
    return _NOT_PHONE_BEFORE_RE.search(before) is None


def iter_emails(text: str) -> Iterator[Found]:
    for m in _EMAIL_RE.finditer(text):
        yield Found("email", m.start(), m.end(), m.group())


# A number a PDF wrapped over two lines ("Telefon 063-14\n32 08"): the break between two
# digit groups read as a space. Same length, so positions stay those of the text.
_WRAPPED_DIGITS_RE = re.compile(r"(?<=\d)[ \t]*\n[ \t]*(?=\d)")


def _unwrapped(text: str) -> str:
    return _WRAPPED_DIGITS_RE.sub(lambda m: " " * len(m.group()), text)


_SWEDEN = 46


def _phone_matches(text: str) -> list[phonenumbers.PhoneNumberMatch]:
    """Numbers as written on one line, then those a line break split, where they do not
    overlap one already found (joining lines can also glue two numbers into none)."""
    leniency = phonenumbers.Leniency.VALID
    found = list(phonenumbers.PhoneNumberMatcher(text, "SE", leniency=leniency))
    joined = _unwrapped(text)
    if joined != text:
        for m in phonenumbers.PhoneNumberMatcher(joined, "SE", leniency=leniency):
            if all(m.end <= f.start or m.start >= f.end for f in found):
                found.append(m)
        found.sort(key=lambda m: m.start)
    return found


def iter_phones(text: str, any_country: bool = False) -> Iterator[Found]:
    """Swedish numbers; with ``any_country`` also those another country code makes valid
    ("+26 0768-66 29 60" is Zambian), which a check of written text must see."""
    for m in _phone_matches(text):
        if m.number.country_code != _SWEDEN and not any_country:
            continue
        before = text[max(0, m.start - 30) : m.start]
        # Glued to another digit it is part of something longer, and not verbatim alone.
        glued = (before[-1:].isdigit()) or text[m.end : m.end + 1].isdigit()
        # "+++46 …": more than one plus writes no number (and cannot be found verbatim).
        glued = glued or m.raw_string.startswith("++") or before.endswith("+")
        amount = _AMOUNT_AFTER_RE.match(text, m.end) is not None
        if glued or amount or not _written_as_phone(m.raw_string, before):
            continue
        e164 = phonenumbers.format_number(m.number, phonenumbers.PhoneNumberFormat.E164)
        yield Found("phone", m.start, m.end, _display_phone(m.raw_string), e164)


def find_emails(text: str) -> list[str]:
    """E-mail addresses in order of first appearance, each once (case-insensitively)."""
    seen: set[str] = set()
    out: list[str] = []
    for found in iter_emails(text):
        if found.value.lower() not in seen:
            seen.add(found.value.lower())
            out.append(found.value)
    return out


def find_phones(text: str, any_country: bool = False) -> list[tuple[str, str]]:
    """Valid Swedish phone numbers as ``(as written, E.164)``, each written form once
    (``any_country``: valid numbers of any country)."""
    seen: set[str] = set()
    out: list[tuple[str, str]] = []
    for found in iter_phones(text, any_country):
        if found.value not in seen and found.e164 is not None:
            seen.add(found.value)
            out.append((found.value, found.e164))
    return out


# --- names, roles, units, organisations ----------------------------------------


def role_word_pattern() -> str:
    """A regex (no groups) for a role word: any word ending in a role ("enhetschef",
    "IOP-samordnare"), case-insensitive; the list is ``data/role_words.yaml``."""
    endings = load_cues("role_words.yaml")["role_endings"]
    return r"(?i:[\w\-]*(?:" + "|".join(re.escape(e) for e in endings) + r"))"
