"""The claim-by-claim check of an LLM-written answer against the passages it cites.

Pure: text in, text out, no model, no index. ``check(text, passages, verdict_label,
language)`` splits the model's text into sentences (a Markdown list item is one
sentence; ``[n]`` markers stay with their sentence) and keeps a sentence only when

- it cites at least one passage, and every ``[n]`` it carries is a given passage;
- every e-mail address, phone number, URL, date, year, amount, diarienummer, paragraph
  (§) number and other long number in it stands in a passage it cites (up to spacing
  and case; a date may be written another way, an amount with another unit);
- it makes no blanket promise ("Alla föreningar beviljas IOP", "ni kommer att få",
  "garanterat"), and no eligibility claim the engine's verdict does not make.

Cue phrases live in ``assistant/data/check_cues.yaml``. Whether enough survived is the
caller's call (see ``llm.py``): ``CheckResult`` says what was kept and what was dropped
and why.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import cache, lru_cache
from importlib import resources
from typing import Any

import yaml

from assistant.core import municipalities
from assistant.core.contacts import find_emails, find_phones, stands_in
from assistant.core.swedish.dates import find_dates
from assistant.core.swedish.sentences import Unit, split_units

__all__ = ["CheckResult", "check", "cited_numbers", "split_sentences"]


@dataclass
class CheckResult:
    text: str  # the kept sentences, in order, paragraphs and list lines kept
    kept: list[str] = field(default_factory=list)
    dropped: list[tuple[str, str]] = field(default_factory=list)  # (sentence, reason)

    @property
    def total(self) -> int:
        return len(self.kept) + len(self.dropped)

    @property
    def kept_share(self) -> float:
        return len(self.kept) / self.total if self.total else 0.0


# -- sentences ------------------------------------------------------------------------

_MARKER = re.compile(r"\[(\s*\d+\s*(?:[,;–-]\s*\d+\s*)*)\]")


def split_sentences(text: str) -> list[Unit]:
    """Sentences of paragraphs and each Markdown list item, with exact offsets."""
    return split_units(text, citations=True)


def cited_numbers(sentence: str) -> list[int]:
    """The passage numbers a sentence cites: [1], [1, 2], [2-3], [1][4]."""
    numbers: list[int] = []
    for m in _MARKER.finditer(sentence):
        for part in re.split(r"[,;]", m.group(1)):
            bounds = [int(x) for x in re.split(r"[–-]", part) if x.strip()]
            if len(bounds) == 2 and 0 < bounds[1] - bounds[0] <= 20:
                numbers.extend(range(bounds[0], bounds[1] + 1))
            else:
                numbers.extend(bounds)
    return list(dict.fromkeys(numbers))


# -- the check ------------------------------------------------------------------------


def check(
    text: str,
    passages: dict[int, str],
    verdict_label: str | None,
    language: str = "sv",
    owners: dict[int, str | None] | None = None,
) -> CheckResult:
    """Keep the sentences of ``text`` that the cited ``passages`` bear out.

    ``passages`` maps citation numbers to the quote text the reader sees.
    ``verdict_label`` is the engine's (``likely_eligible``, ``likely_not_eligible``,
    ``unclear``) or None when the engine made no verdict. ``language`` is the answer's;
    cues of both languages apply. ``owners`` maps citation numbers to the municipality
    whose document it is: a sentence that names a kommun or region must cite that
    body's own document or a passage that names it ("Per Holm på Ystads kommun [1]"
    with [1] from Mora is dropped).
    """
    sentences = split_sentences(text)
    kept: list[Unit] = []
    dropped: list[tuple[str, str]] = []
    for sentence in sentences:
        reason = _reason_to_drop(sentence.text, passages, verdict_label, owners)
        if reason is None:
            kept.append(sentence)
        else:
            dropped.append((sentence.text, reason))
    return CheckResult(text=_join(text, kept), kept=[s.text for s in kept], dropped=dropped)


def _reason_to_drop(
    sentence: str,
    passages: dict[int, str],
    verdict: str | None,
    owners: dict[int, str | None] | None,
) -> str | None:
    if re.match(r"^\s*(?:[-*•+]\s+)?\[\s*\d", sentence):
        return "source_list"  # "[1] Malmö stad, …": the app lists the sources itself
    numbers = cited_numbers(sentence)
    if not numbers:
        return "no_citation"
    unknown = [n for n in numbers if n not in passages]
    if unknown:
        return "unknown_citation:" + ",".join(str(n) for n in unknown)
    cited = [passages[n] for n in numbers]
    unsupported = _unsupported_fact(_MARKER.sub(" ", sentence), cited)
    if unsupported is not None:
        kind, value = unsupported
        return f"unsupported_{kind}:{value}"
    foreign = None if owners is None else _foreign_body(sentence, numbers, cited, owners)
    if foreign is not None:
        return f"other_municipality:{foreign}"
    plain = _plain(sentence)
    if _has_promise(plain):
        return "promise"
    claim = _eligibility_claim(plain)
    if claim is not None and not _claim_agrees(claim, verdict):
        return f"contradicts_verdict:{claim}"
    return None


def _foreign_body(
    sentence: str, numbers: list[int], cited: list[str], owners: dict[int, str | None]
) -> str | None:
    """A kommun or region the sentence names that none of its sources speaks for or of."""
    named = municipalities.detect(_MARKER.sub(" ", sentence))
    if not named:
        return None
    allowed = {owners.get(n) for n in numbers}.union(*(_bodies_named(p) for p in cited))
    return next((name for name in named if name not in allowed), None)


@lru_cache(maxsize=512)
def _bodies_named(passage: str) -> frozenset[str]:
    # Streaming re-checks the whole text at every finished sentence: detect once per quote.
    return frozenset(municipalities.detect(passage))


def _join(text: str, kept: list[Unit]) -> str:
    """The kept sentences with the original breaks between them (space, line, paragraph)."""
    parts: list[str] = []
    previous: Unit | None = None
    for s in kept:
        if previous is not None:
            gap = text[previous.end : s.start]
            if "\n\n" in gap.replace("\r", "") or (
                "\n" in gap and previous.is_list_item != s.is_list_item
            ):
                parts.append("\n\n")
            elif "\n" in gap or s.is_list_item:
                parts.append("\n")
            else:
                parts.append(" ")
        parts.append(s.text)
        previous = s
    return "".join(parts).strip()


def _plain(sentence: str) -> str:
    """Lowercase, without markers, Markdown emphasis and extra spaces."""
    s = _MARKER.sub(" ", sentence)
    s = re.sub(r"[*_`#>]+", " ", s)
    s = s.replace("’", "'")
    return " ".join(s.lower().split())


# -- facts: values that must stand in a cited passage ---------------------------------

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
_NUMBER = r"(?P<num>\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?:,\d+)?|\d+(?:[,.]\d+)?)"
_UNITS: dict[str, tuple[str, Decimal]] = {
    "kr": ("money", Decimal(1)),
    "kronor": ("money", Decimal(1)),
    "sek": ("money", Decimal(1)),
    ":-": ("money", Decimal(1)),
    "tkr": ("money", Decimal(1000)),
    "ksek": ("money", Decimal(1000)),
    "tusen": ("money", Decimal(1000)),
    "thousand": ("money", Decimal(1000)),
    "mkr": ("money", Decimal(1_000_000)),
    "mnkr": ("money", Decimal(1_000_000)),
    "msek": ("money", Decimal(1_000_000)),
    "miljon": ("money", Decimal(1_000_000)),
    "miljoner": ("money", Decimal(1_000_000)),
    "million": ("money", Decimal(1_000_000)),
    "millions": ("money", Decimal(1_000_000)),
    "mdkr": ("money", Decimal(1_000_000_000)),
    "miljard": ("money", Decimal(1_000_000_000)),
    "miljarder": ("money", Decimal(1_000_000_000)),
    "billion": ("money", Decimal(1_000_000_000)),
    "%": ("percent", Decimal(1)),
    "procent": ("percent", Decimal(1)),
    "percent": ("percent", Decimal(1)),
}
_UNIT = "|".join(re.escape(u) for u in sorted(_UNITS, key=len, reverse=True))
_AMOUNT = re.compile(
    r"(?<![\w,.])" + _NUMBER + r"\s*(?P<unit>" + _UNIT + r")(?P<tail>\s+(?:kr|kronor|sek)\b)?"
    r"(?![\wåäö])"
    r"|\b(?:sek|kr)\s*(?P<num2>\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+|\d+)\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?<![\d/.:-])(?:19|20)\d{2}(?![\d])")
_LONG_NUMBER = re.compile(r"(?<![\w])\+?\d[\d \u00a0\-–/()]{4,}\d(?![\w])")


def _unsupported_fact(sentence: str, cited: list[str]) -> tuple[str, str] | None:
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
    for written, _e164 in find_phones(work):
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
    out = []
    for m in _AMOUNT.finditer(text):
        raw = m.group("num") or m.group("num2")
        unit = (m.group("unit") or "kr").lower()
        kind, factor = _UNITS[unit]
        value = _number(raw)
        if value is None:
            continue
        out.append(((kind, (value * factor).normalize()), m.span()))
    return out


def _number(raw: str) -> Decimal | None:
    s = raw.replace("\u00a0", " ").replace("\u202f", " ")
    if re.fullmatch(r"\d{1,3}(?:[ .]\d{3})+(?:,\d+)?", s):
        s = re.sub(r"[ .]", "", s).replace(",", ".")
    elif re.fullmatch(r"\d{1,3}(?:,\d{3})+", s):
        s = s.replace(",", "")
    else:
        s = s.replace(" ", "").replace(",", ".")
    try:
        return Decimal(s)
    except InvalidOperation:
        return None


# -- cues: promises and eligibility claims --------------------------------------------


@cache
def _cues() -> dict[str, Any]:
    raw = resources.files("assistant").joinpath("data/check_cues.yaml").read_text("utf-8")
    data: dict[str, Any] = yaml.safe_load(raw)
    compiled: dict[str, Any] = dict(data)
    for key in ("promises", "eligible", "not_eligible"):
        patterns = [p for language in data[key].values() for p in language]
        compiled[key] = [re.compile(p, re.IGNORECASE) for p in patterns]
    compiled["negations"] = {w.lower() for w in data["negations"]}
    compiled["hedges"] = {w.lower() for w in data["hedges"]}
    return compiled


def cue_notes() -> dict[str, dict[str, str]]:
    """The short notes in ``check_cues.yaml`` (``notes.<language>.<key>``)."""
    notes: dict[str, dict[str, str]] = _cues()["notes"]
    return notes


_WORD = re.compile(r"[\wåäö']+", re.IGNORECASE)


def _words(s: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(s)]


def _negated_in(words: Iterable[str]) -> bool:
    negations = _cues()["negations"]
    return any(w in negations or w.endswith("n't") for w in words)


def _has_promise(plain: str) -> bool:
    cues = _cues()
    window = int(cues["negation_window"])
    for pattern in cues["promises"]:
        for m in pattern.finditer(plain):
            before = _words(plain[: m.start()])[-window:]
            inside = _words(m.group())
            after = _words(plain[m.end() :])[:2]
            if not (_negated_in(before) or _negated_in(inside) or _negated_in(after)):
                return True
    return False


def _eligibility_claim(plain: str) -> str | None:
    """ "eligible", "not_eligible", "mixed", or None for a sentence that claims neither."""
    cues = _cues()
    hedge_window = int(cues["hedge_window"])
    negation_window = int(cues["negation_window"])
    claims: set[str] = set()
    for kind in ("not_eligible", "eligible"):
        for pattern in cues[kind]:
            for m in pattern.finditer(plain):
                before = _words(plain[: m.start()])
                if any(w in cues["hedges"] for w in before[-hedge_window:]):
                    continue
                if kind == "not_eligible":
                    claims.add("not_eligible")
                    continue
                inside = _words(m.group())
                after = _words(plain[m.end() :])[:2]
                near_before = before[-negation_window:]
                if _negated_in(inside) or _negated_in(after) or _negated_in(near_before):
                    claims.add("not_eligible")
                else:
                    claims.add("eligible")
    if len(claims) > 1:
        return "mixed"  # "uppfyller X men inte Y": agrees with no verdict
    return claims.pop() if claims else None


def _claim_agrees(claim: str, verdict: str | None) -> bool:
    if verdict == "likely_eligible":
        return claim == "eligible"
    if verdict == "likely_not_eligible":
        return claim == "not_eligible"
    return False  # "unclear" or no verdict: the model may not judge the idea
