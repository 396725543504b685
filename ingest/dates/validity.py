"""How long an agreement is valid: the period a sentence names, or a start and a duration."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from datetime import date, timedelta

from assistant.core.swedish.numbers import number_words, read_number
from ingest.dates.spans import DateSpan, quote

_YEAR_RANGE = re.compile(
    r"(?<![\w/.:-])(?P<y1>(?:19|20)[0-9]{2})\s*"
    r"(?:–|—|-{1,2}|till\s+och\s+med|t\.?\s?o\.?\s?m\.?|till)\s*"
    r"(?P<y2>(?:19|20)[0-9]{2})(?![\w/:-]|\.[0-9])",
    re.IGNORECASE,
)
_VALIDITY_CUE = re.compile(
    r"(?<![\w])(?:gäller|gälla|gällde|gällande|giltig\w*|giltighetstid\w*|avtalstid\w*|"
    r"avtalsperiod\w*|löptid\w*|löper|ikraftträd\w*|i\s+kraft|upphör\w*|tills\s?vidare|"
    r"perioden|tecknas|tecknades|ingås|ingicks)(?![\w])",
    re.IGNORECASE,
)
_AGREEMENT_CUE = re.compile(
    r"(?<![\w])(?:\w*avtal\w*|överenskommelse\w*|partnerskap\w*|iop\w*|period\w*|"
    r"prövas|tecknat)(?![\w])",
    re.IGNORECASE,
)
_TRIAL = re.compile(r"(?<![\w])(?:prövas|löpa|tecknat)(?![\w])", re.IGNORECASE)
_RANGE_GAP = re.compile(
    r"\s*(?:–|—|-{1,2}|till\s+och\s+med|t\.?\s?o\.?\s?m\.?|till|tom)\s*(?:den\s+)?",
    re.IGNORECASE,
)
_BETWEEN = re.compile(r"(?<![\w])mellan\s+(?:den\s+)?$", re.IGNORECASE)
# A start or end marker right before a date. The "own" ones speak of validity by
# themselves; the "plain" ones ("från", "till", "t.o.m.") only after a validity word
# ("Avtalet gäller till …", not "Ansökan ska vara inne till …").
_FROM_MARK = re.compile(
    r"(?<![\w])(?:(?P<own>börjar\s+gälla|träd(?:er|de)\s+i\s+kraft|i\s+kraft)"
    r"|(?P<plain>från\s+och\s+med|fr\.?\s?o\.?\s?m\.?|från|fr\.|med\s+start))"
    r"\s*:?\s*(?:den\s+)?$",
    re.IGNORECASE,
)
_TO_MARK = re.compile(
    r"(?<![\w])(?:(?P<own>löper\s+ut|upphör(?:\s+att\s+gälla)?|slutar\s+gälla)"
    r"|(?P<plain>till\s+och\s+med|t\.?\s?o\.?\s?m\.?|fram\s+till|till))"
    r"\s*:?\s*(?:den\s+)?$",
    re.IGNORECASE,
)
_VALIDITY_WORD = re.compile(
    r"(?<![\w])(?:gäller|gälla|gällde|gällande|giltig\w*|giltighetstid\w*|avtalstid\w*|"
    r"avtalsperiod\w*|löptid\w*|löper|löpa|period\w*)(?![\w])",
    re.IGNORECASE,
)
_MARK_REACH = 60  # how far before a plain marker its validity word may stand
_OPEN_ENDED = re.compile(r"(?<![\w])tills\s?vidare(?![\w])", re.IGNORECASE)
_NUMBER = r"[0-9]{1,3}|" + "|".join(number_words())
_DURATION = re.compile(
    r"(?<![\w])(?:för|under|i|på|om|avtalstid(?:en)?|löptid(?:en)?|giltighetstid(?:en)?)"
    r"(?:\s+(?:är|blir))?\s*:?\s+(?:en\s+(?:period|tid)\s+(?:av|om|på)\s+)?"
    rf"(?P<n>{_NUMBER})\s+(?P<unit>år|års|månader|månaders|mån)(?![\w])"
    r"(?!\s+(?:och|eller)\s+(?:äldre|yngre|över|uppåt|mer))(?!\s+(?:gaml|fyll|sedan))"
    rf"|(?<![\w])(?P<cn>{_NUMBER}|[0-9]{{1,2}}-)årig[ta]?(?![\w])",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Period:
    start: int  # unit span, for evidence
    end: int
    valid_from: str | None
    valid_to: str | None


def _number(word: str) -> int:
    n = read_number(word)
    assert n is not None  # the pattern only matches numbers
    return n


def duration(text: str, start: int, end: int) -> int | None:
    """Months of the first duration in text[start:end] ("fem år" -> 60), if any."""
    unit_text = text[start:end]
    if not (_VALIDITY_CUE.search(unit_text) or _TRIAL.search(unit_text)):
        return None  # "Föreningen har funnits i tio år" is no agreement's duration
    for match in _DURATION.finditer(text, start, end):
        if match["cn"]:
            months = 12 * _number(match["cn"])
        else:
            n = _number(match["n"])
            months = 12 * n if match["unit"].casefold().startswith("år") else n
        if 0 < months <= 1200:
            return months
    return None


def add_months(iso: str, months: int) -> str | None:
    """The day before ``iso`` + ``months``: the last day of a period that long."""
    try:
        start = date.fromisoformat(iso)
        index = start.month - 1 + months
        year, month = start.year + index // 12, index % 12 + 1
        day = start.day
        while True:
            try:
                anniversary = date(year, month, day)
                break
            except ValueError:
                day -= 1  # 31 -> 30 ... in shorter months
        return (anniversary - timedelta(days=1)).isoformat()
    except (ValueError, OverflowError):
        return None


def period(text: str, start: int, end: int, dates: list[DateSpan]) -> Period | None:
    """The validity period one sentence names, if any."""
    unit_text = text[start:end]
    strong = _VALIDITY_CUE.search(unit_text) is not None
    weak = strong or _AGREEMENT_CUE.search(unit_text) is not None
    if not weak:
        return None
    full = [d for d in dates if d.iso is not None]
    ranges: list[tuple[str, str]] = []
    used: set[int] = set()
    for a, b in itertools.pairwise(full):
        gap = text[a.end : b.start]
        joined = _RANGE_GAP.fullmatch(gap) is not None or (
            re.fullmatch(r"\s+och\s+(?:den\s+)?", gap, re.IGNORECASE) is not None
            and _BETWEEN.search(text[start : a.start]) is not None
        )
        if joined and a.iso is not None and b.iso is not None and a.iso <= b.iso:
            ranges.append((a.iso, b.iso))
            used.update((a.start, b.start))
    for match in _YEAR_RANGE.finditer(text, start, end):
        if any(d.start < match.end() and match.start() < d.end for d in dates):
            continue  # part of a full date
        y1, y2 = int(match["y1"]), int(match["y2"])
        if y1 <= y2 <= y1 + 50:
            ranges.append((f"{y1:04d}-01-01", f"{y2:04d}-12-31"))
    if ranges:
        valid_from, valid_to = max(ranges)
        return Period(start, end, valid_from, valid_to)
    if not strong:
        return None
    froms: list[str] = []
    tos: list[str] = []
    for d in full:
        if d.start in used or d.iso is None:
            continue
        window = max(start, d.start - 40)
        for mark, target in ((_FROM_MARK, froms), (_TO_MARK, tos)):
            found = mark.search(text[window : d.start])
            if found is None:
                continue
            at = window + found.start()
            if found["own"] or _VALIDITY_WORD.search(text, max(start, at - _MARK_REACH), at):
                target.append(d.iso)
            break
    if not froms and not tos:
        return None
    first: str | None = max(froms) if froms else None
    later = [t for t in tos if first is None or t >= first]
    return Period(start, end, first, max(later) if later else None)


@dataclass(frozen=True)
class Validity:
    valid_from: str | None
    valid_to: str | None
    duration_months: int | None
    open_ended: bool
    evidence: dict[str, str]  # keys valid_from, valid_to, duration, open_ended


def read_validity(
    text: str, units: list[tuple[int, int]], unit_dates: list[list[DateSpan]]
) -> Validity:
    """The period ``text`` names, from its sentences ``units`` and the dates in each."""
    periods: list[Period] = []
    durations: list[tuple[int, int, int]] = []
    open_units: list[tuple[int, int]] = []
    for (a, b), dates in zip(units, unit_dates, strict=True):
        named = period(text, a, b, dates)  # "avtalstid 2022–2024" holds no full date
        if named is not None:
            periods.append(named)
        months = duration(text, a, b)
        if months is not None:
            durations.append((months, a, b))
        if _OPEN_ENDED.search(text, a, b) and _VALIDITY_CUE.search(text, a, b):
            open_units.append((a, b))

    evidence: dict[str, str] = {}
    valid_from = valid_to = None
    duration_months: int | None = None
    with_start = [p for p in periods if p.valid_from is not None]
    if with_start:
        best = max(with_start, key=lambda p: (p.valid_from or "", p.valid_to is not None))
        valid_from = best.valid_from
        evidence["valid_from"] = quote(text, best.start, best.end)
        same = [m for m, a, b in durations if (a, b) == (best.start, best.end)]
        distinct = {m for m, _, _ in durations}
        if best.valid_to is not None:
            valid_to = best.valid_to
            evidence["valid_to"] = evidence["valid_from"]
        elif same and valid_from is not None:
            duration_months = same[0]
            valid_to = add_months(valid_from, duration_months)
            if valid_to is not None:
                evidence["valid_to"] = evidence["valid_from"]
        else:
            ends = {p.valid_to for p in periods if p.valid_from is None and p.valid_to}
            ends = {e for e in ends if e is not None and e >= (valid_from or "")}
            if len(ends) == 1:
                valid_to = ends.pop()
                unit = next(p for p in periods if p.valid_from is None and p.valid_to == valid_to)
                evidence["valid_to"] = quote(text, unit.start, unit.end)
            elif len(distinct) == 1 and valid_from is not None:
                duration_months = distinct.pop()
                valid_to = add_months(valid_from, duration_months)
                if valid_to is not None:
                    _, a, b = durations[0]
                    evidence["valid_to"] = quote(text, a, b)
    else:
        ends_only = [p for p in periods if p.valid_to is not None]
        if ends_only:
            best = max(ends_only, key=lambda p: p.valid_to or "")
            valid_to = best.valid_to
            evidence["valid_to"] = quote(text, best.start, best.end)
    if duration_months is None and len({m for m, _, _ in durations}) == 1:
        duration_months = durations[0][0]
    if duration_months is not None:
        for m, a, b in durations:
            if m == duration_months:
                evidence["duration"] = quote(text, a, b)
                break
    open_ended = valid_to is None and bool(open_units)
    if open_ended:
        evidence["open_ended"] = quote(text, *open_units[0])
    return Validity(valid_from, valid_to, duration_months, open_ended, evidence)
