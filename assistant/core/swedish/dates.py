"""Dates as Swedish (and English) text writes them, found with their spans and read as ISO.

Forms, most specific first: "2023-06-01" (a time may follow), "1/6/2023", "1.6.2023",
"1/6 2023", "den 17 maj 2021", "1:a december 2020", "3 feb. 2022", "May 17, 2021", and the
partial "den 1 juni" and "maj 2021". Month names are data (``assistant/data/months.yaml``).
A mention keeps what the text writes: without a year its year is None, nothing is guessed.

dateparser (1.5) was measured for this job and not used: ``parse`` reads only a string
that is a date as a whole ("Beslutat den 17 maj 2021." and "Sammanträde 12 Oktober 2022
kl 10" give None), and ``search_dates`` takes about 26 ms for a three-sentence text where
``find_dates`` takes 0.2 ms (ingest reads every chunk), gives no spans, completes "den 1
juni" with the current year and reads the "00" of "0612-800 00" as a date.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from assistant.core.swedish.cues import load_cues

_YEAR_DIGITS = r"(?P<year>(?:19|20)[0-9]{2})"
_YEAR = _YEAR_DIGITS + r"(?![0-9])"
_DAY = r"(?<![\w])(?P<day>[0-9]{1,2})"
_ORDINAL = r"(?ai:st|nd|rd|th|:[ae])?"
_DIGIT = re.compile(r"[0-9]")


@dataclass(frozen=True)
class DateMention:
    """A date written in a text: ``text[start:end]``, with the parts the text gives."""

    start: int
    end: int
    year: int | None
    month: int
    day: int | None

    @property
    def iso(self) -> str | None:
        """YYYY-MM-DD when the text gives a whole, real calendar date; else None."""
        if self.year is None or self.day is None:
            return None
        try:
            return date(self.year, self.month, self.day).isoformat()
        except ValueError:
            return None

    def in_year(self, year: int) -> DateMention:
        """The same day and month in ``year`` (for a date written without one)."""
        return replace(self, year=year)


@cache
def month_numbers() -> dict[str, int]:
    """Month name or abbreviation (lower case) -> month number, from ``months.yaml``."""
    data = load_cues("months.yaml")
    return {str(name).lower(): int(number) for number, names in data.items() for name in names}


@cache
def _month_names() -> str:
    """The month names as one group; ASCII-only case folding, so "ſept" is no month."""
    return "(?ai:" + "|".join(sorted(month_numbers(), key=len, reverse=True)) + ")"


@cache
def _patterns() -> tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]]:
    """(numeric forms, forms with a month name), each most specific first."""
    month = rf"(?P<month>{_month_names()})(?![\w])\.?"
    numeric = (
        rf"(?<![0-9]){_YEAR_DIGITS}-(?P<mnum>[0-9]{{1,2}})-(?P<day>[0-9]{{1,2}})(?![0-9])",
        rf"(?<![0-9./])(?P<day>[0-9]{{1,2}})[./](?P<mnum>[0-9]{{1,2}})[./]{_YEAR}",
        rf"(?<![0-9./])(?P<day>[0-9]{{1,2}})/(?P<mnum>[0-9]{{1,2}})[ \t]+{_YEAR}",
    )
    named = (
        rf"{_DAY}{_ORDINAL}\.?\s+{month},?\s+{_YEAR}",
        rf"(?<![\w]){month}\s+(?P<day>[0-9]{{1,2}}){_ORDINAL},?\s+{_YEAR}",
        rf"{_DAY}{_ORDINAL}\.?\s+{month}",
        rf"(?<![\w]){month}\s+{_YEAR}",
    )
    return tuple(map(re.compile, numeric)), tuple(map(re.compile, named))


@cache
def _month_word() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w]){_month_names()}(?![\w])")


def find_dates(text: str) -> list[DateMention]:
    """Every date mention in ``text``, in order, none overlapping another.

    The most specific form wins: a full date is never also read as a day and month.
    Month numbers and days out of range (13/2023, 45 maj) are no mention.
    """
    found: list[DateMention] = []
    if _DIGIT.search(text) is None:
        return found  # every form has a number
    numeric, named = _patterns()
    work = text
    for pattern in numeric + (named if _month_word().search(text) else ()):
        spans: list[tuple[int, int]] = []
        for match in pattern.finditer(work):
            mention = _mention(match)
            if mention is not None:
                found.append(mention)
                spans.append((mention.start, mention.end))
        if spans:
            work = _blank(work, spans)
    return sorted(found, key=lambda m: m.start)


def parse_swedish_date(text: str) -> str | None:
    """The first whole date in ``text`` as YYYY-MM-DD: "1 juni 2023", "den 17 maj 2021",
    "3 feb. 2022", "2023-06-01", "2023-06-01T10:00". None when there is none."""
    return next((m.iso for m in find_dates(text) if m.iso is not None), None)


def _mention(match: re.Match[str]) -> DateMention | None:
    groups = match.groupdict()
    written = groups.get("mnum") or month_numbers()[groups["month"].lower()]
    month = int(written)
    day = int(groups["day"]) if groups.get("day") else None
    if not 1 <= month <= 12 or (day is not None and not 1 <= day <= 31):
        return None
    year = int(groups["year"]) if groups.get("year") else None
    return DateMention(match.start(), match.end(), year, month, day)


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the spans replaced by spaces, so later forms cannot reuse them."""
    parts: list[str] = []
    last = 0
    for a, b in spans:
        parts += [text[last:a], " " * (b - a)]
        last = b
    parts.append(text[last:])
    return "".join(parts)


# "Senast uppdaterad: 2019-03-04", "Publicerad 12 januari 2026", "Last updated 3 March
# 2026": a page saying when it was updated or published.
UPDATED_LABEL = re.compile(
    r"(?<![\w])(?:(?:sidan|senast|sist|texten|innehållet|last|page)\s+)*"
    r"(?P<kind>uppdaterad|uppdaterades|uppdaterat|ändrad|ändrades|granskad|granskades|"
    r"reviderad|reviderades|publicerad|publicerades|publicerat|updated|published|reviewed)"
    r"(?![\w])"
    r"(?:\s+senast)?(?P<colon>\s*:)?[ \t]*(?:den[ \t]+)?"
    r"(?:(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)[ \t]*,?[ \t]*)?",
    re.IGNORECASE,
)
_STAMP_WORDS = 8


def is_page_stamp(line: str) -> bool:
    """Whether a short line only says when the page was updated or published, with
    perhaps who answers for it ("Senast uppdaterad: 9 januari 2026 Sidansvarig: …"):
    the page's own record, no statement that answers a question."""
    if len(line.split()) > _STAMP_WORDS or not find_dates(line):
        return False
    # The label opens the line, follows a separator ("Nyhet · Publicerad …") or takes a
    # colon; after a noun ("Riktlinjen reviderades den 12 mars") it tells of a change.
    return any(
        found["colon"]
        or not re.search(r"\w", line[: found.start()])
        or re.search(r"[·|•–—]\s*$", line[: found.start()]) is not None
        for found in UPDATED_LABEL.finditer(line)
    )


def spoken_date(iso: str, language: str = "sv") -> str:
    """An ISO date as people read it: "2027-12-31" → "31 december 2027" ("31 December
    2027" in English); anything else as it is."""
    try:
        day = date.fromisoformat(iso.strip())
    except ValueError:
        return iso
    if language == "en":
        return f"{day.day} {calendar.month_name[day.month]} {day.year}"
    # The table's first name of a month is the Swedish one.
    names = {number: name for name, number in reversed(list(month_numbers().items()))}
    return f"{day.day} {names[day.month]} {day.year}"
