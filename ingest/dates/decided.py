"""When a decision was made: the date a decision word or label points at."""

from __future__ import annotations

import bisect
import re

from ingest.dates.spans import DateSpan, date_spans

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


def decision_date(
    text: str, start: int, end: int, dates: list[DateSpan]
) -> tuple[DateSpan, bool] | None:
    """The date a decision word in text[start:end] points at, and whether the word was a
    label ("Sammanträdesdatum"). A date right after the word wins over one before it."""
    starts = [d.start for d in dates]
    for pattern, is_label in ((_DECISION_LABEL, True), (_DECISION, False)):
        before_hit: DateSpan | None = None
        for word in pattern.finditer(text, start, end):
            i = bisect.bisect_left(starts, word.end())
            after = dates[i] if i < len(dates) else None
            if after is not None:
                gap = text[word.end() : after.start]
                if len(gap) <= _AFTER_WINDOW and not _NOT_THE_DECISION.search(gap):
                    return after, is_label
            if not _PAST_VERB.fullmatch(word.group()):
                continue  # "den 14 september … beslut ska fattas": a noun only looks ahead
            j = bisect.bisect_left(starts, word.start()) - 1  # dates never overlap words
            before = dates[j] if j >= 0 and dates[j].end <= word.start() else None
            if before is not None and before_hit is None:
                gap = text[before.end : word.start()]
                if len(gap) <= _BEFORE_WINDOW and not _NOT_THE_DECISION.search(gap):
                    before_hit = before
        if before_hit is not None:
            return before_hit, is_label
    return None


def decided_value(d: DateSpan, doc_date: str | None) -> str | None:
    if d.iso is not None:
        return d.iso
    if d.with_doc_year is not None and doc_date is not None and d.with_doc_year <= doc_date:
        return d.with_doc_year  # a past decision cannot postdate the text reporting it
    return None


def labelled_decision_date(line: str) -> str | None:
    """The labelled decision date a line gives, label and date only: "Sammanträdesdatum
    2023-05-22" out of "Sammanträdesdatum 2023-05-22 Sida 1 (2)"; None without one."""
    label = _DECISION_LABEL.search(line)
    if label is None:
        return None
    found = decision_date(line, label.start(), label.end(), date_spans(line, None))
    if found is None or not found[1] or found[0].iso is None:
        return None
    return line[label.start() : found[0].end]
