"""What a document says about time: when it was decided, how long it is valid, when it
was last updated, and which diarienummer and § numbers it carries.

Pure functions over text. ``read_time_facts`` reads one text (a whole document, or one
chunk of it) and returns ``TimeFacts``; every value comes with the sentence or line it was
read from in ``TimeFacts.evidence``, a verbatim substring of the text. A date that cannot
be read stays None: nothing is guessed. Date parsing itself is ``ingest.metadata``'s
(``parse_swedish_date``); this module only finds the spans and decides what they mean.

Rules, in short:

- decided: a date right after a decision word — "beslutade den 17 maj 2021", "Beslutet …
  fattades den 1 juni", "fullmäktiges beslut den …", "Sammanträdesdatum: 2023-06-01" — or
  right before a past-tense verb ("Den 17 maj 2021 beslutade fullmäktige"). A date after
  "att", "senast", "till", "från", "ska" … is the decision's content, a deadline or the
  future, not its date. A day and month without a year ("den 1 juni") takes the year
  of the document's own date; without a document date, or when that would put a past
  decision after the document itself, it stays None. A labelled date (Sammanträdesdatum,
  Beslutsdatum) wins over prose; among prose dates the latest wins.
- validity: "gäller från … till …", "för perioden 2024-06-01 – 2027-05-31", "gäller t.o.m.
  2025-12-31", "avtalstid 2022–2024" (whole years), "träder i kraft den …"; a duration
  ("tecknas för fem år", "under två års tid", "18 månader", "treårigt") plus a start gives
  the end (start + duration - 1 day). When a text names several periods (a renewal that
  mentions the old agreement), the one that starts last is taken. Dates without a year
  never set a period.
- updated / published: "Uppdaterad: 2019-03-04", "Senast granskad 12 mars 2024",
  "Publicerad 3 maj 2023" — a label that starts its line (or ends in a colon) followed by
  the date, or by a line holding only a date. An empty "Uppdaterad:" gives None.
- diarienummer: after "Dnr", "Diarienummer", "Diarienr", "Ärendenummer": "KS 2023/123",
  "SN 2022/0456", "VON-2023-00012" (the number only, without the label).
- paragraphs: "§ 47", "§§ 12-14", "paragraf 71", as written. Law references ("3 §
  kommunallagen", "2 kap. 3 §") are not decision paragraphs and are skipped.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from assistant.core.timefacts import TimeFacts, valid_iso
from ingest.metadata import _MONTH_PATTERN, parse_swedish_date

# --- finding spans -------------------------------------------------------------------

# IGNORECASE lets these match ASCII letters in month names, but their lower() is not
# ASCII, so the month lookup would fail. Scanning a same-length copy without them keeps
# every position valid for slicing the original text.
_CASE_TRAPS = str.maketrans({"ſ": "#", "ı": "#", "İ": "#"})

_DAY_MONTH = re.compile(
    rf"(?<![\w])(?P<day>[0-9]{{1,2}})(?::[ae])?\.?\s+(?P<month>{_MONTH_PATTERN})\b\.?"
    r"(?:,?\s+(?P<year>(?:19|20)[0-9]{2})(?![0-9]))?",
    re.IGNORECASE,
)
_NUMERIC_DATE = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}-[0-9]{1,2}-[0-9]{1,2}(?![0-9])")
_YEAR_RANGE = re.compile(
    r"(?<![\w/.:-])(?P<y1>(?:19|20)[0-9]{2})\s*"
    r"(?:–|—|-{1,2}|till\s+och\s+med|t\.?\s?o\.?\s?m\.?|till)\s*"
    r"(?P<y2>(?:19|20)[0-9]{2})(?![\w/:-]|\.[0-9])",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _Found:
    """A date-shaped span. ``iso`` only when the text writes a year and the date is real;
    ``with_doc_year`` for a day and month completed with the document's year."""

    start: int
    end: int
    iso: str | None
    with_doc_year: str | None = None


def _find_dates(scan: str, doc_year: int | None) -> list[_Found]:
    found: list[_Found] = []
    for match in _NUMERIC_DATE.finditer(scan):
        found.append(_Found(match.start(), match.end(), parse_swedish_date(match.group())))
    for match in _DAY_MONTH.finditer(scan):
        if match["year"]:
            found.append(_Found(match.start(), match.end(), parse_swedish_date(match.group())))
            continue
        completed = None
        if doc_year is not None:
            completed = parse_swedish_date(f"{match['day']} {match['month']} {doc_year}")
        found.append(_Found(match.start(), match.end(), None, completed))
    found.sort(key=lambda d: d.start)
    return found


_ABBREVIATIONS = frozenset(
    {
        "dnr",
        "nr",
        "kl",
        "ca",
        "t.ex",
        "bl.a",
        "m.m",
        "m.fl",
        "s",
        "st",
        "jfr",
        "resp",
        "dvs",
        "d.v.s",
        "p.g.a",
        "pga",
        "fr.o.m",
        "t.o.m",
        "o.s.v",
        "osv",
        "kap",
        "prop",
        "sfs",
        "ref",
        "tel",
        "tfn",
        "f.d",
        "ang",
        "enl",
        "inkl",
        "exkl",
        "avd",
        "mån",
        "tom",
        "from",
        "dir",
        "bet",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "okt",
        "nov",
        "dec",
    }
)
_SENTENCE_END = re.compile(r"[.!?]+[\"'”»)]*(?P<gap>\s+)(?=[\"'„”«(–-]?[A-ZÅÄÖ])")


def _units(scan: str) -> list[tuple[int, int]]:
    """Spans of sentences: every line, split further at sentence ends."""
    spans: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]+", scan):
        start = line.start()
        for end in _SENTENCE_END.finditer(scan, line.start(), line.end()):
            word = scan[start : end.start()].rsplit(None, 1)[-1:]
            token = word[0].casefold() if word else ""
            if token in _ABBREVIATIONS or len(token) == 1 or re.fullmatch(r"(?:\w\.)+\w", token):
                continue
            spans.append((start, end.start("gap")))
            start = end.end("gap")
        spans.append((start, line.end()))
    return [(a, b) for a, b in spans if scan[a:b].strip()]


def _evidence(text: str, start: int, end: int) -> str:
    return text[start:end].strip()


# --- decision date -------------------------------------------------------------------

_DECISION = re.compile(
    r"(?<![\w])(?:beslutade|beslutat|beslutades|beslutats|beslöt|beslöts|"
    r"fattade|fattades|fattats|antog|antogs|antagits|antagen|antagna|fastställde|"
    r"fastställdes|fastställts|fastställd|godkände|godkändes|godkänts|beslut|beslutet|"
    r"beslutad)(?![\w])",
    re.IGNORECASE,
)
# "Den 17 maj 2021 beslutade fullmäktige": only a finite past verb may follow its date.
_PAST_VERB = re.compile(
    r"beslutade|beslutades|beslöt|beslöts|fattade|fattades|antog|antogs|fastställde|"
    r"fastställdes|godkände|godkändes",
    re.IGNORECASE,
)
_DECISION_LABEL = re.compile(
    r"(?<![\w])(?:sammanträdesdatum|sammanträdesdag|beslutsdatum|datum\s+för\s+beslut"
    r"(?:et)?)(?![\w])",
    re.IGNORECASE,
)
# Words between a decision word and a date that make the date something else: the
# decision's content ("beslutade att … den 26 maj"), a deadline, a period or the future.
_NOT_THE_DECISION = re.compile(
    r"(?<![\w])(?:att|senast|före|innan|till|från|fr\.?\s?o\.?\s?m|t\.?\s?o\.?\s?m|efter|"
    r"gäller|gälla|ska|skall|kommer|kan|nästa|tidigare|sedan|fattas|tas|väntas|planeras|"
    r"förväntas)(?![\w])|[;?!]|\.\s",
    re.IGNORECASE,
)
_AFTER_WINDOW = 80
_BEFORE_WINDOW = 60


def _decision_date(
    scan: str, start: int, end: int, dates: list[_Found]
) -> tuple[_Found, bool] | None:
    """The date a decision word in scan[start:end] points at, and whether the word was a
    label ("Sammanträdesdatum"). A date right after the word wins over one before it."""
    starts = [d.start for d in dates]
    for pattern, is_label in ((_DECISION_LABEL, True), (_DECISION, False)):
        before_hit: _Found | None = None
        for word in pattern.finditer(scan, start, end):
            i = bisect.bisect_left(starts, word.end())
            after = dates[i] if i < len(dates) else None
            if after is not None:
                gap = scan[word.end() : after.start]
                if len(gap) <= _AFTER_WINDOW and not _NOT_THE_DECISION.search(gap):
                    return after, is_label
            if not _PAST_VERB.fullmatch(word.group()):
                continue  # "den 14 september … beslut ska fattas": a noun only looks ahead
            j = bisect.bisect_left(starts, word.start()) - 1  # dates never overlap words
            before = dates[j] if j >= 0 and dates[j].end <= word.start() else None
            if before is not None and before_hit is None:
                gap = scan[before.end : word.start()]
                if len(gap) <= _BEFORE_WINDOW and not _NOT_THE_DECISION.search(gap):
                    before_hit = before
        if before_hit is not None:
            return before_hit, is_label
    return None


def _decided_value(d: _Found, doc_date: str | None) -> str | None:
    if d.iso is not None:
        return d.iso
    if d.with_doc_year is not None and doc_date is not None and d.with_doc_year <= doc_date:
        return d.with_doc_year  # a past decision cannot postdate the text reporting it
    return None


# --- updated / published -------------------------------------------------------------

_UPDATED_LABEL = re.compile(
    r"(?<![\w])(?:(?:sidan|senast|sist|texten|innehållet)\s+)*"
    r"(?P<kind>uppdaterad|uppdaterades|uppdaterat|ändrad|ändrades|granskad|granskades|"
    r"reviderad|reviderades|publicerad|publicerades|publicerat)(?![\w])"
    r"(?:\s+senast)?(?P<colon>\s*:)?[ \t]*(?:den[ \t]+)?"
    r"(?:(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)[ \t]*,?[ \t]*)?",
    re.IGNORECASE,
)


def _labelled_line_dates(
    scan: str, dates: list[_Found], starts: list[int]
) -> tuple[list[tuple[str, str, int, int]], list[tuple[str, str, int, int]]]:
    """(iso, kind, evidence start, evidence end) for updated and published labels."""
    updated: list[tuple[str, str, int, int]] = []
    published: list[tuple[str, str, int, int]] = []
    by_start = {d.start: d for d in dates}
    for line in re.finditer(r"[^\n]+", scan):
        for label in _UPDATED_LABEL.finditer(scan, line.start(), line.end()):
            before = scan[line.start() : label.start()]
            dated_before = any(line.start() <= d.start and d.end <= label.start() for d in dates)
            if not (before.strip() == "" or dated_before or label["colon"]):
                continue
            found = by_start.get(label.end())
            ev_end = found.end if found else line.end()
            if found is None and scan[label.end() : line.end()].strip() == "":
                found, ev_end = _date_on_next_line(scan, line.end(), dates, starts)
            if found is None or found.iso is None:
                continue
            kind = label["kind"].casefold()
            target = published if kind.startswith("publicera") else updated
            target.append((found.iso, kind, line.start(), ev_end))
    return updated, published


def _date_on_next_line(
    scan: str, pos: int, dates: list[_Found], starts: list[int]
) -> tuple[_Found | None, int]:
    """A date standing alone on the line after ``pos`` (one blank line allowed)."""
    rest = re.match(r"\n(?:[ \t]*\n)?[ \t]*(?P<line>[^\n]*)", scan[pos:])
    if rest is None:
        return None, pos
    line_start = pos + rest.start("line")
    line_end = pos + rest.end("line")
    i = bisect.bisect_left(starts, line_start)
    if i < len(dates) and dates[i].start == line_start:
        d = dates[i]
        if scan[d.end : line_end].strip() == "":
            return d, d.end
    return None, pos


# --- validity ------------------------------------------------------------------------

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
_NUMBER_WORDS = {
    "en": 1,
    "ett": 1,
    "två": 2,
    "tre": 3,
    "fyra": 4,
    "fem": 5,
    "sex": 6,
    "sju": 7,
    "åtta": 8,
    "nio": 9,
    "tio": 10,
    "elva": 11,
    "tolv": 12,
}
_NUMBER = r"[0-9]{1,3}|" + "|".join(_NUMBER_WORDS)
_DURATION = re.compile(
    r"(?<![\w])(?:för|under|i|på|om|avtalstid(?:en)?|löptid(?:en)?|giltighetstid(?:en)?)"
    r"(?:\s+(?:är|blir))?\s*:?\s+(?:en\s+(?:period|tid)\s+(?:av|om|på)\s+)?"
    rf"(?P<n>{_NUMBER})\s+(?P<unit>år|års|månader|månaders|mån)(?![\w])"
    r"(?!\s+(?:och|eller)\s+(?:äldre|yngre|över|uppåt|mer))(?!\s+(?:gaml|fyll|sedan))"
    rf"|(?<![\w])(?P<cn>{_NUMBER}|[0-9]{{1,2}}-)årig[ta]?(?![\w])",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _Period:
    start: int  # unit span, for evidence
    end: int
    valid_from: str | None
    valid_to: str | None


def _number(word: str) -> int:
    word = word.casefold().rstrip("-")
    return int(word) if word.isdigit() else _NUMBER_WORDS[word]


def _duration(scan: str, start: int, end: int) -> int | None:
    """Months of the first duration in scan[start:end] ("fem år" -> 60), if any."""
    unit_text = scan[start:end]
    if not (_VALIDITY_CUE.search(unit_text) or _TRIAL.search(unit_text)):
        return None  # "Föreningen har funnits i tio år" is no agreement's duration
    for match in _DURATION.finditer(scan, start, end):
        if match["cn"]:
            months = 12 * _number(match["cn"])
        else:
            n = _number(match["n"])
            months = 12 * n if match["unit"].casefold().startswith("år") else n
        if 0 < months <= 1200:
            return months
    return None


def _add_months(iso: str, months: int) -> str | None:
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


def _period(scan: str, start: int, end: int, dates: list[_Found]) -> _Period | None:
    """The validity period one sentence names, if any."""
    unit_text = scan[start:end]
    strong = _VALIDITY_CUE.search(unit_text) is not None
    weak = strong or _AGREEMENT_CUE.search(unit_text) is not None
    if not weak:
        return None
    full = [d for d in dates if d.iso is not None]
    ranges: list[tuple[str, str]] = []
    used: set[int] = set()
    for a, b in itertools.pairwise(full):
        gap = scan[a.end : b.start]
        joined = _RANGE_GAP.fullmatch(gap) is not None or (
            re.fullmatch(r"\s+och\s+(?:den\s+)?", gap, re.IGNORECASE) is not None
            and _BETWEEN.search(scan[start : a.start]) is not None
        )
        if joined and a.iso is not None and b.iso is not None and a.iso <= b.iso:
            ranges.append((a.iso, b.iso))
            used.update((a.start, b.start))
    for match in _YEAR_RANGE.finditer(scan, start, end):
        if any(d.start < match.end() and match.start() < d.end for d in dates):
            continue  # part of a full date
        y1, y2 = int(match["y1"]), int(match["y2"])
        if y1 <= y2 <= y1 + 50:
            ranges.append((f"{y1:04d}-01-01", f"{y2:04d}-12-31"))
    if ranges:
        valid_from, valid_to = max(ranges)
        return _Period(start, end, valid_from, valid_to)
    if not strong:
        return None
    froms: list[str] = []
    tos: list[str] = []
    for d in full:
        if d.start in used or d.iso is None:
            continue
        window = max(start, d.start - 40)
        for mark, target in ((_FROM_MARK, froms), (_TO_MARK, tos)):
            found = mark.search(scan[window : d.start])
            if found is None:
                continue
            at = window + found.start()
            if found["own"] or _VALIDITY_WORD.search(scan, max(start, at - _MARK_REACH), at):
                target.append(d.iso)
            break
    if not froms and not tos:
        return None
    first: str | None = max(froms) if froms else None
    later = [t for t in tos if first is None or t >= first]
    return _Period(start, end, first, max(later) if later else None)


# --- diarienummer and paragraphs -----------------------------------------------------

_DNR = re.compile(
    r"(?<![\w])(?i:dnr|diarienummer|diarienr|diarie-nr|ärendenummer|ärendenr|ärende-nr)"
    r"\.?[ \t]*:?\s*"
    r"(?P<id>(?:[A-ZÅÄÖ]{1,8}[ ./-]?)?(?:19|20)[0-9]{2}[/.:-][0-9]{1,6}(?:[/.:-][0-9]{1,6})*"
    r"|(?:[A-ZÅÄÖ]{1,8}[ ./-]?)?[0-9]{1,6}/(?:19|20)[0-9]{2}(?![0-9]))",
)
_PARAGRAPH = re.compile(
    r"§§?[ \t]?[0-9]{1,4}(?:[ \t]?[-–][ \t]?[0-9]{1,4})?(?![0-9])"
    r"|(?<![\w])(?i:paragraf(?:erna)?)[ \t]+[0-9]{1,4}(?![0-9])",
)
_LAW_NUMBER_BEFORE = re.compile(r"(?:^|[\s(])[0-9]{1,3}[ \t]?$")
_LAW_AFTER = re.compile(
    r"[ \t,]*(?:(?:i|enligt|första|andra|tredje|st\.?|stycket|[0-9]+)[ \t]+){0,3}"
    r"\w*(?:lag|lagen|förordning\w*|balk\w*)(?![\w])",
    re.IGNORECASE,
)


def _paragraphs(scan: str, text: str) -> list[tuple[str, int]]:
    found: list[tuple[str, int]] = []
    for match in _PARAGRAPH.finditer(scan):
        if _LAW_NUMBER_BEFORE.search(scan[max(0, match.start() - 6) : match.start()]):
            continue  # "3 § kommunallagen", "2 kap. 3 §"
        if _LAW_AFTER.match(scan, match.end()):
            continue  # "paragraf 3 i förvaltningslagen"
        found.append((text[match.start() : match.end()], match.start()))
    return found


# --- reading -------------------------------------------------------------------------


def _unit_of(pos: int, units: list[tuple[int, int]], unit_starts: list[int]) -> tuple[int, int]:
    i = max(0, bisect.bisect_right(unit_starts, pos) - 1)
    return units[i] if units else (pos, pos)


def _dedupe(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(values))


def read_time_facts(text: str, doc_date: str | None) -> TimeFacts:
    """Everything ``text`` says about time. ``doc_date`` (YYYY-MM-DD) is the document's own
    date from ``DocumentMeta.date``; it only completes dates written without a year."""
    doc_date = valid_iso(doc_date)
    scan = text.translate(_CASE_TRAPS)
    dates = _find_dates(scan, int(doc_date[:4]) if doc_date else None)
    starts = [d.start for d in dates]
    units = _units(scan)
    unit_starts = [a for a, _ in units]
    evidence: dict[str, str] = {}

    def in_unit(a: int, b: int) -> list[_Found]:
        lo = bisect.bisect_left(starts, a)
        hi = bisect.bisect_left(starts, b)
        return [d for d in dates[lo:hi] if d.end <= b]

    # decided
    labelled: list[tuple[str, int, int]] = []
    prose: list[tuple[str, int, int]] = []
    periods: list[_Period] = []
    durations: list[tuple[int, int, int]] = []
    open_units: list[tuple[int, int]] = []
    for a, b in units:
        unit_dates = in_unit(a, b)
        if unit_dates:
            hit = _decision_date(scan, a, b, unit_dates)
            value = _decided_value(hit[0], doc_date) if hit is not None else None
            if hit is not None and value is not None:
                (labelled if hit[1] else prose).append((value, a, b))
        period = _period(scan, a, b, unit_dates)  # "avtalstid 2022–2024" holds no full date
        if period is not None:
            periods.append(period)
        months = _duration(scan, a, b)
        if months is not None:
            durations.append((months, a, b))
        if _OPEN_ENDED.search(scan, a, b) and _VALIDITY_CUE.search(scan, a, b):
            open_units.append((a, b))

    decided = None
    chosen = labelled or prose
    if chosen:
        decided, a, b = max(chosen, key=lambda item: item[0])
        evidence["decided"] = _evidence(text, a, b)

    # validity
    valid_from = valid_to = None
    duration_months: int | None = None
    with_start = [p for p in periods if p.valid_from is not None]
    if with_start:
        best = max(with_start, key=lambda p: (p.valid_from or "", p.valid_to is not None))
        valid_from = best.valid_from
        evidence["valid_from"] = _evidence(text, best.start, best.end)
        same = [m for m, a, b in durations if (a, b) == (best.start, best.end)]
        distinct = {m for m, _, _ in durations}
        if best.valid_to is not None:
            valid_to = best.valid_to
            evidence["valid_to"] = evidence["valid_from"]
        elif same and valid_from is not None:
            duration_months = same[0]
            valid_to = _add_months(valid_from, duration_months)
            if valid_to is not None:
                evidence["valid_to"] = evidence["valid_from"]
        else:
            ends = {p.valid_to for p in periods if p.valid_from is None and p.valid_to}
            ends = {e for e in ends if e is not None and e >= (valid_from or "")}
            if len(ends) == 1:
                valid_to = ends.pop()
                unit = next(p for p in periods if p.valid_from is None and p.valid_to == valid_to)
                evidence["valid_to"] = _evidence(text, unit.start, unit.end)
            elif len(distinct) == 1 and valid_from is not None:
                duration_months = distinct.pop()
                valid_to = _add_months(valid_from, duration_months)
                if valid_to is not None:
                    _, a, b = durations[0]
                    evidence["valid_to"] = _evidence(text, a, b)
    else:
        ends_only = [p for p in periods if p.valid_to is not None]
        if ends_only:
            best = max(ends_only, key=lambda p: p.valid_to or "")
            valid_to = best.valid_to
            evidence["valid_to"] = _evidence(text, best.start, best.end)
    if duration_months is None and len({m for m, _, _ in durations}) == 1:
        duration_months = durations[0][0]
    if duration_months is not None:
        for m, a, b in durations:
            if m == duration_months:
                evidence["duration"] = _evidence(text, a, b)
                break
    open_ended = valid_to is None and bool(open_units)
    if open_ended:
        evidence["open_ended"] = _evidence(text, *open_units[0])

    # updated / published
    updated_found, published_found = _labelled_line_dates(scan, dates, starts)
    updated = published = None
    if updated_found:
        updated, _, a, b = max(updated_found, key=lambda item: item[0])
        evidence["updated"] = _evidence(text, a, b)
    if published_found:
        published, _, a, b = max(published_found, key=lambda item: item[0])
        evidence["published"] = _evidence(text, a, b)

    # diarienummer and paragraphs
    dnr_hits = [(text[m.start("id") : m.end("id")], m.start()) for m in _DNR.finditer(scan)]
    diarienummer = _dedupe(value for value, _ in dnr_hits)
    if dnr_hits:
        evidence["diarienummer"] = _evidence(text, *_unit_of(dnr_hits[0][1], units, unit_starts))
    paragraph_hits = _paragraphs(scan, text)
    paragraphs = _dedupe(value for value, _ in paragraph_hits)
    if paragraph_hits:
        a, b = _unit_of(paragraph_hits[0][1], units, unit_starts)
        evidence["paragraphs"] = _evidence(text, a, b)

    return TimeFacts(
        decided=decided,
        valid_from=valid_from,
        valid_to=valid_to,
        updated=updated,
        published=published,
        diarienummer=diarienummer,
        paragraphs=paragraphs,
        duration_months=duration_months,
        open_ended=open_ended,
        doc_date=doc_date,
        evidence=evidence,
    )


# --- combining and judging -----------------------------------------------------------

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
