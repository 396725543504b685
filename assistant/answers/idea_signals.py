"""Signals read from a person's description of their idea, for the IOP eligibility verdict.

``read_signals("Vi är en PRO-förening i Kramfors och vill starta en träffpunkt för
äldre som är ensamma. Kan det bli ett IOP?")`` says: an idea description, by a
non-profit, on its own initiative, with a public benefit, for "äldre som är ensamma",
activity "en träffpunkt" - and for every True/False the phrase of the text it rests on.

The cue words live in ``assistant/data/idea_cues.yaml`` (syntax described there);
this module only compiles and applies them. Reading is lexical and deliberately
cautious: a signal that is not plainly said stays ``None``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

import yaml

__all__ = ["TRI_STATE_FIELDS", "IdeaSignals", "read_signals"]

TRI_STATE_FIELDS: tuple[str, ...] = (
    "nonprofit",
    "own_initiative",
    "market_exists",
    "municipality_buys_service",
    "detailed_control",
    "contributes_own_resources",
    "registered",
    "public_benefit",
)


@dataclass(frozen=True)
class IdeaSignals:
    """What a text says about an idea; ``None`` means the text does not say.

    ``evidence`` maps each field that is True or False (``is_idea_description`` only
    when True) to the phrase of the text it was read from, verbatim.
    """

    is_idea_description: bool = False
    nonprofit: bool | None = None
    own_initiative: bool | None = None
    market_exists: bool | None = None
    municipality_buys_service: bool | None = None
    detailed_control: bool | None = None
    contributes_own_resources: bool | None = None
    registered: bool | None = None
    public_benefit: bool | None = None
    target_group: str | None = None
    activity: str | None = None
    evidence: dict[str, str] = field(default_factory=dict)

    def said(self) -> dict[str, bool]:
        """The tri-state fields the text settles, with their values."""
        values = {name: getattr(self, name) for name in TRI_STATE_FIELDS}
        return {name: value for name, value in values.items() if value is not None}


# --- cue book ---------------------------------------------------------------------

# One character for one, so offsets in the folded text are offsets in the original.
_FOLD = str.maketrans("åäöéèüÅÄÖÉÈÜ’", "aaoeeuAAOEEU'")
_WORD_RE = re.compile(r"[\w'\-]+")
_SENTENCE_END_RE = re.compile(r"[.!?\n]")
_CLAUSE_END_RE = re.compile(r"[.,;:!?\n]")
_GAP_RE = re.compile(r"\.\.\.(\d*)")
_DEFAULT_GAP = 3
_NEGATION_WINDOW = 3
_HYPOTHETICAL_WINDOW = 4
_MAX_PHRASE_WORDS = 8


def _fold(s: str) -> str:
    return s.translate(_FOLD)


@dataclass(frozen=True)
class _Cue:
    phrase: str
    polarity: bool
    pattern: re.Pattern[str]
    words: frozenset[str]  # folded, lowercased cue words and their chat forms


@dataclass(frozen=True)
class _Extract:
    target_leads: frozenset[str]
    target_heads: tuple[str, ...]
    activity_verbs: tuple[re.Pattern[str], ...]
    target_stops: frozenset[str]
    activity_stops: frozenset[str]


@dataclass(frozen=True)
class _CueBook:
    signals: Mapping[str, tuple[_Cue, ...]]
    needs_self: frozenset[str]
    idea_questions: tuple[_Cue, ...]
    masks: tuple[_Cue, ...]
    negators: frozenset[str]
    clause_breaks: frozenset[str]
    hypothetical: tuple[str, ...]
    self_words: frozenset[str]
    self_phrases: tuple[str, ...]
    extract: _Extract


def _strings(raw: Any, where: str) -> list[str]:
    # An unquoted no/yes in YAML arrives as a bool: fail loudly instead of matching "False".
    if not isinstance(raw, list) or not all(isinstance(item, str) for item in raw):
        raise ValueError(f"idea_cues.yaml: {where} must be a list of quoted strings")
    return raw


def _word_pattern(word: str, chat: Mapping[str, Sequence[str]]) -> tuple[str, set[str]]:
    prefix, suffix = word.startswith("*"), word.endswith("*")
    core = _fold(word.strip("*").lower())
    forms = {core, *(_fold(v.lower()) for v in chat.get(core, ()))}
    body = "(?:" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) + ")"
    wild = r"[\w\-]*"
    return (wild if prefix else "") + body + (wild if suffix else ""), forms


def _compile(phrase: str, polarity: bool, chat: Mapping[str, Sequence[str]]) -> _Cue:
    parts: list[str] = []
    words: set[str] = set()
    gap: int | None = None
    for token in phrase.split():
        gap_match = _GAP_RE.fullmatch(token)
        if gap_match:
            if not parts:
                raise ValueError(f"idea_cues.yaml: cue {phrase!r} starts with a gap")
            gap = int(gap_match.group(1) or _DEFAULT_GAP)
            continue
        if parts:
            parts.append(r"\s+" + (rf"(?:[^\s.!?;]+\s+){{0,{gap}}}?" if gap else ""))
        gap = None
        pattern, forms = _word_pattern(token, chat)
        parts.append(pattern)
        words |= forms
    if not parts or gap is not None:
        raise ValueError(f"idea_cues.yaml: cue {phrase!r} is empty or ends with a gap")
    regex = re.compile(r"(?<![\w\-])" + "".join(parts) + r"(?![\w\-])", flags=re.IGNORECASE)
    return _Cue(phrase, polarity, regex, frozenset(words))


def _folded_set(words: Iterable[str]) -> frozenset[str]:
    return frozenset(_fold(w.lower()) for w in words)


@cache
def _book() -> _CueBook:
    """Parse and compile ``idea_cues.yaml`` once per process."""
    source = resources.files("assistant").joinpath("data/idea_cues.yaml")
    raw = yaml.safe_load(source.read_text(encoding="utf-8"))
    chat = {
        _fold(key.lower()): _strings(forms, f"chat_forms.{key}")
        for key, forms in raw["chat_forms"].items()
    }

    signals: dict[str, tuple[_Cue, ...]] = {}
    needs_self: set[str] = set()
    for name, spec in raw["signals"].items():
        if name != "is_idea_description" and name not in TRI_STATE_FIELDS:
            raise ValueError(f"idea_cues.yaml: unknown signal {name!r}")
        cues = [_compile(c, True, chat) for c in _strings(spec["true_cues"], name)]
        cues += [_compile(c, False, chat) for c in _strings(spec.get("false_cues", []), name)]
        signals[name] = tuple(cues)
        if spec.get("needs_self"):
            needs_self.add(name)

    markers = _strings(raw["self_markers"], "self_markers")
    ext = raw["extract"]
    keeps = _folded_set(_strings(ext["target_phrase_keeps"], "extract.target_phrase_keeps"))
    stops = _folded_set(_strings(ext["phrase_stops"], "extract.phrase_stops"))
    return _CueBook(
        signals=signals,
        needs_self=frozenset(needs_self),
        idea_questions=tuple(
            _compile(c, True, chat) for c in _strings(raw["idea_questions"], "idea_questions")
        ),
        masks=tuple(_compile(c, True, chat) for c in _strings(raw["masks"], "masks")),
        negators=_folded_set(_strings(raw["negators"], "negators")),
        clause_breaks=_folded_set(_strings(raw["clause_breaks"], "clause_breaks")),
        hypothetical=tuple(_fold(p.lower()) for p in _strings(raw["hypothetical"], "hypothetical")),
        self_words=_folded_set(m for m in markers if " " not in m),
        self_phrases=tuple(_fold(m.lower()) for m in markers if " " in m),
        extract=_Extract(
            target_leads=_folded_set(_strings(ext["target_leads"], "extract.target_leads")),
            target_heads=tuple(
                _fold(h.lower()) for h in _strings(ext["target_heads"], "extract.target_heads")
            ),
            activity_verbs=tuple(
                _compile(v, True, chat).pattern
                for v in _strings(ext["activity_verbs"], "extract.activity_verbs")
            ),
            target_stops=stops - keeps,
            activity_stops=stops,
        ),
    )


# --- hits ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Hit:
    start: int
    end: int
    polarity: bool
    self_context: bool


def _words(s: str) -> list[str]:
    return [w.lower() for w in _WORD_RE.findall(s)]


def _clause_words_before(folded: str, pos: int, book: _CueBook) -> list[str]:
    """Words of the clause that leads up to ``pos``, nearest last."""
    clause_start = max((m.end() for m in _CLAUSE_END_RE.finditer(folded, 0, pos)), default=0)
    words = _words(folded[clause_start:pos])
    breaks = [i for i, w in enumerate(words) if w in book.clause_breaks]
    return words[breaks[-1] + 1 :] if breaks else words


def _contains_phrase(words: Sequence[str], phrases: Iterable[str]) -> bool:
    joined = " " + " ".join(words) + " "
    return any(f" {p} " in joined for p in phrases)


def _negated(folded: str, start: int, end: int, cue: _Cue, book: _CueBook) -> bool:
    before = _clause_words_before(folded, start, book)[-_NEGATION_WINDOW:]
    gap_words = [w for w in _words(folded[start:end]) if w not in cue.words]
    return any(w in book.negators for w in (*before, *gap_words))


def _hypothetical(folded: str, start: int, book: _CueBook) -> bool:
    before = _clause_words_before(folded, start, book)[-_HYPOTHETICAL_WINDOW:]
    return _contains_phrase(before, book.hypothetical)


def _self_context(folded: str, start: int, end: int, book: _CueBook) -> bool:
    sentence_start = max((m.end() for m in _SENTENCE_END_RE.finditer(folded, 0, start)), default=0)
    words = _words(folded[sentence_start:end])
    return bool(book.self_words.intersection(words)) or _contains_phrase(words, book.self_phrases)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _keep_longest(hits: Sequence[_Hit]) -> list[_Hit]:
    """Of overlapping hits keep the longest: the more specific phrase speaks."""
    kept: list[_Hit] = []
    for hit in sorted(hits, key=lambda h: (-(h.end - h.start), h.start)):
        if not any(_overlaps((hit.start, hit.end), (k.start, k.end)) for k in kept):
            kept.append(hit)
    return sorted(kept, key=lambda h: h.start)


def _hits(
    folded: str,
    cues: Sequence[_Cue],
    book: _CueBook,
    masked: Sequence[tuple[int, int]],
    *,
    allow_hypothetical: bool,
) -> list[_Hit]:
    found: list[_Hit] = []
    for cue in cues:
        for m in cue.pattern.finditer(folded):
            start, end = m.start(), m.end()
            if any(s <= start and end <= e for s, e in masked):
                continue
            if _negated(folded, start, end, cue, book):
                continue
            if not allow_hypothetical and _hypothetical(folded, start, book):
                continue
            found.append(_Hit(start, end, cue.polarity, _self_context(folded, start, end, book)))
    return _keep_longest(found)


def _decide(hits: Sequence[_Hit]) -> _Hit | None:
    """The writer speaking of themselves wins, then the earliest statement."""
    if not hits:
        return None
    return min(hits, key=lambda h: (not h.self_context, h.start, -(h.end - h.start)))


# --- phrases ------------------------------------------------------------------------


def _phrase_after(folded: str, pos: int, stops: frozenset[str]) -> tuple[int, int] | None:
    """The span of words after ``pos`` up to a stop word or the end of the clause."""
    clause_end = _CLAUSE_END_RE.search(folded, pos)
    limit = clause_end.start() if clause_end else len(folded)
    start = end = None
    for count, m in enumerate(_WORD_RE.finditer(folded, pos, limit)):
        if count >= _MAX_PHRASE_WORDS or m.group().lower() in stops:
            break
        start = m.start() if start is None else start
        end = m.end()
    if start is None or end is None:
        return None
    return start, end


def _target_group(text: str, folded: str, book: _CueBook) -> str | None:
    ext = book.extract
    for m in _WORD_RE.finditer(folded):
        if m.group().lower() not in ext.target_leads:
            continue
        span = _phrase_after(folded, m.end(), ext.target_stops)
        if span is None:
            continue
        phrase = folded[span[0] : span[1]].lower()
        if _contains_phrase(_words(phrase), ext.target_heads):
            return text[span[0] : span[1]]
    return None


def _activity(text: str, folded: str, book: _CueBook) -> str | None:
    ext = book.extract
    for verb in ext.activity_verbs:
        for m in verb.finditer(folded):
            span = _phrase_after(folded, m.end(), ext.activity_stops)
            if span is not None:
                return text[span[0] : span[1]]
    return None


# --- reading -------------------------------------------------------------------------


def read_signals(text: str) -> IdeaSignals:
    """What ``text`` (Swedish, chat-style Swedish or simple English) says about an idea."""
    book = _book()
    folded = _fold(text)
    masked = [(m.start(), m.end()) for cue in book.masks for m in cue.pattern.finditer(folded)]

    decided: dict[str, _Hit] = {}
    all_hits: dict[str, list[_Hit]] = {}
    for name in TRI_STATE_FIELDS:
        all_hits[name] = _hits(
            folded, book.signals.get(name, ()), book, masked, allow_hypothetical=False
        )

    plan = [
        h
        for h in _hits(
            folded, book.signals["is_idea_description"], book, masked, allow_hypothetical=True
        )
        if h.polarity
    ]
    question = _hits(folded, book.idea_questions, book, masked, allow_hypothetical=True)
    supported = any(all_hits.values())
    idea_hit = plan[0] if plan else (question[0] if question and supported else None)
    is_idea = idea_hit is not None

    for name, hits in all_hits.items():
        if name in book.needs_self and not is_idea:
            hits = [h for h in hits if h.self_context]
        hit = _decide(hits)
        if hit is not None:
            decided[name] = hit

    evidence = {name: text[h.start : h.end] for name, h in decided.items()}
    if idea_hit is not None:
        evidence["is_idea_description"] = text[idea_hit.start : idea_hit.end]
    values = {name: h.polarity for name, h in decided.items()}
    return IdeaSignals(
        is_idea_description=is_idea,
        target_group=_target_group(text, folded, book) if is_idea else None,
        activity=_activity(text, folded, book) if is_idea else None,
        evidence=evidence,
        **values,
    )
