"""The claim-by-claim check of an LLM-written answer against the passages it cites.

Pure: text in, text out, no model, no index. ``check(text, passages, verdict_label,
language)`` splits the model's text into sentences (a Markdown list item is one
sentence; ``[n]`` markers stay with their sentence) and keeps a sentence only when

- it cites at least one passage, and every ``[n]`` it carries is a given passage;
- every e-mail address, phone number, URL, date, year, amount, diarienummer, paragraph
  (§) number and other long number in it stands in a passage it cites (up to spacing
  and case; a date may be written another way, an amount with another unit): ``llm.facts``;
- it names no kommun or region that none of its cited passages belongs to or names;
- it makes no blanket promise ("Alla föreningar beviljas IOP", "ni kommer att få",
  "garanterat"), and no eligibility claim the engine's verdict does not make:
  ``llm.claims``, with the cue phrases in ``assistant/data/check_cues.yaml``.

Whether enough survived is the caller's call (see ``llm.writer``): ``CheckResult`` says
what was kept and what was dropped and why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from assistant.answers.llm.claims import claim_agrees, eligibility_claim, has_promise
from assistant.answers.llm.facts import unsupported_fact
from assistant.core import municipalities
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
    unsupported = unsupported_fact(_MARKER.sub(" ", sentence), cited)
    if unsupported is not None:
        kind, value = unsupported
        return f"unsupported_{kind}:{value}"
    foreign = None if owners is None else _foreign_body(sentence, numbers, cited, owners)
    if foreign is not None:
        return f"other_municipality:{foreign}"
    plain = _plain(sentence)
    if has_promise(plain):
        return "promise"
    claim = eligibility_claim(plain)
    if claim is not None and not claim_agrees(claim, verdict):
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
