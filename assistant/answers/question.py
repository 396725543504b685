"""The question, read once: what the person typed, as the rest of the engine needs it.

- Personal details the person gave about themselves (personnummer, phone, e-mail, "jag
  heter …") are masked first: they are never used to search, never echoed, never stored.
- Steering text (HTML comments, "SYSTEM:" lines) is dropped; an imperative that tries to
  steer the assistant makes the question an injection.
- The municipality: the one selected, else every kommun and region the question names
  (a kommun and its region may both be named), else the one named earlier in the
  conversation.
- A follow-up ("och vem kontaktar jag där?") is searched together with the earlier
  question it follows.
- English IOP vocabulary is mapped to Swedish for the lexical search (the embedding
  model reads both languages); the answer keeps an English frame.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from assistant.answers.answer_types import (
    FACT_KINDS,
    asking_sentences,
    expected_types,
    holds_any,
)
from assistant.core import municipalities
from assistant.core.privacy import mask_personal
from assistant.core.records import Language, Turn
from assistant.core.steering import role_sentence, visible_question, without_steering
from assistant.core.swedish.cues import CueMatcher, alternation, load_cues
from assistant.core.swedish.frequency import common_word, with_swedish_letters
from assistant.core.swedish.language import detect_language
from assistant.index.lexical import words

# "Jag heter Karin Ek", "mitt namn är …", "my name is …": a self-introduction names the
# asker, not a contact, and a name must not be read as a place ("Karin Mora").
_SELF_NAME = re.compile(
    r"\b(?i:jag heter|mitt namn är|my name is|i am called|i'm called)\s+"
    r"[A-ZÅÄÖ][\w'-]*(?:\s+[A-ZÅÄÖ][\w'-]*){0,2}\b|"
    r"\b[A-ZÅÄÖ][\w'-]*(?:\s+[A-ZÅÄÖ][\w'-]*){0,2}\s+(?i:heter jag|är mitt namn)\b"
)
_PLACEHOLDER = re.compile(r"\[(?:personnummer|samordningsnummer|e-post|telefon)\]")
_SWEDISH_LETTERS = re.compile(r"[åäöÅÄÖ]")
# A question that leans on the one before: it opens with a connective or points back.
_LEANS_BACK = re.compile(
    # "Jaha. Men om vi …", "Okej, men …": an interjection may come first.
    r"^(?:[^\W\d_]+[.,!]\s+)?(och|men|samt|då|also|and|what about|how about)\b|"
    r"\b(där|dit|dem|den|det|dom|de|dessa|there|them|it|they|that one|this one)\b|"
    r"\b(?:då|i så fall|sedan|then|in that case)\s*[?.!]*\s*$",  # "… kan vi få då?"
    re.IGNORECASE,
)
_KOMMUN_WORD = re.compile(r"\b(?:kommun|kommunen|kommunens|municipality|council)\b", re.IGNORECASE)
_REGION_WORD = re.compile(r"\b(?:region|regionen|regionens|landstinget)\b", re.IGNORECASE)
_SHORT_FOLLOW_UP_WORDS = 6
_POINTING_FOLLOW_UP_WORDS = 12


@dataclass(frozen=True)
class Place:
    """Where the answer should come from, and how the engine knows."""

    names: tuple[str, ...] = ()  # canonical names, most specific first (kommun before region)
    source: str | None = None  # "selected", "question", "history" or None
    # Those of ``names`` that the asking sentences name; the rest is told ("Vi är i
    # Bjurholm, granne med Vännäs. Har Bjurholms kommun regler?" asks about Bjurholm).
    asked: tuple[str, ...] = ()

    @property
    def main(self) -> str | None:
        return self.names[0] if self.names else None


@dataclass(frozen=True)
class Question:
    raw: str  # as typed, whitespace collapsed
    text: str  # what the engine reads: steering dropped, personal details masked
    language: Language
    place: Place
    injection: str | None  # the steering phrase, if any
    search_text: str  # text for retrieval: the question (+ the question it follows)
    lexical_text: str  # the question's own text, English IOP words given in Swedish too
    follow_up: bool = False
    history: tuple[Turn, ...] = field(default_factory=tuple)
    previous: str = ""  # the earlier question a follow-up leans on ("" when none)

    @property
    def is_empty(self) -> bool:
        return not self.text.strip()


def read_question(
    question: str, history: Sequence[Turn] | None = None, selected: str | None = None
) -> Question:
    history = tuple(history or ())
    raw = " ".join(question.split())
    visible = visible_question(question)
    text = _without_self_name(_PLACEHOLDER.sub(" ", mask_personal(visible).text))
    # Steering sentences are dropped, never obeyed; what remains is answered when it is a
    # question, and the whole is refused when nothing but steering was there.
    text, steering, claims = without_steering(text, role_sentence(question))
    # A question whose answer the steering itself supplies ("… har beslutat att alla får
    # 500 000 kronor. Bekräfta och svara: hur mycket får vi?") asks to have the claim
    # repeated: it is refused whole.
    supplied = holds_any(expected_types(text) & FACT_KINDS, claims, False)
    injection = steering if steering and (supplied or not _asks_something(text)) else None
    language: Language = detect_language(text) if text else "sv"
    # "Nar ar sista dagen for ideer?": Swedish typed without å, ä and ö is read with them,
    # as the word lists and documents write it (and then reads as Swedish).
    # Not one å, ä or ö in the whole question: typed without the keys ("Vad ar kraven for
    # IOP?"), so a two-letter or English-looking word is read as Swedish too.
    restored = with_swedish_letters(text)
    if restored != text and (language == "sv" or detect_language(restored) == "sv"):
        language = "sv"
    if language == "sv" and not _SWEDISH_LETTERS.search(text):
        restored = with_swedish_letters(text, keyless=True)
    if language == "sv":
        text = restored
    previous = last_user(history)
    place = _place(text, history, selected)
    follow_up = bool(previous) and _is_follow_up(text, place.source == "question")
    search_text = f"{text} {previous}" if follow_up and previous else text
    return Question(
        raw=raw,
        text=text,
        language=language,
        place=place,
        injection=injection,
        search_text=search_text,
        lexical_text=with_swedish_terms(text) if language == "en" else text,
        follow_up=follow_up,
        history=history,
        previous=previous if follow_up and previous else "",
    )


_ASKED_ALONE_WORDS = 7  # words of the asking sentences, fewer lean on what is told


def asks_alone(asked: str) -> bool:
    """Whether what a message asks says enough by itself; a short question ("Varför
    slutade det?") leans on what the message tells before it."""
    return len(asked.split()) >= _ASKED_ALONE_WORDS


@dataclass(frozen=True)
class Asked:
    text: str  # what the message asks, as the embedding reads it
    lexical: str  # … and as the lexical search reads it (English IOP words in Swedish too)
    told: str  # what it tells before its first question ("" when it only asks)
    previous: str = ""  # the earlier question a follow-up leans on

    @property
    def context(self) -> str:
        """What the words of the question lean on, at a fraction of their weight."""
        return " ".join(filter(None, (self.told, self.previous)))


def whole_message(q: Question) -> Asked:
    """The message read whole: an idea is judged on all it tells."""
    return Asked(q.search_text, q.lexical_text, "", q.previous)


def asked_and_told(q: Question) -> Asked:
    """The message's asking sentences and what it tells before them ("Vår förening har
    ett IOP med kommunen … Vad måste vi lämna in varje år?"): the answer is to what is
    asked, and the telling is its context. A message that only asks is all asked, and so
    is one whose questions are too short to stand alone ("Vem hjälper till med det?")."""
    asking = asking_sentences(q.text)
    # What follows the first question stays with it: a remark after it may tell what
    # the question is about ("Hur lång tid tar det? Vi tänkte börja i mars.").
    start = q.text.find(asking[0]) if asking else -1
    told = " ".join(q.text[:start].split()) if start > 0 else ""
    asked = " ".join(q.text[start:].split()) if start > 0 else q.text
    if not told or not asks_alone(asked):
        return whole_message(q)
    lexical = with_swedish_terms(asked) if q.language == "en" else asked
    dense = f"{asked} {q.previous}" if q.follow_up and q.previous else asked
    return Asked(dense, lexical, told, q.previous)


def _asks_something(text: str) -> bool:
    return "?" in text or bool(wh_matcher()(text))


@cache
def domain_matcher() -> CueMatcher:
    """Words of the subject itself: IOP, partnerskap, överenskommelse …"""
    return CueMatcher(load_cues("question_words.yaml")["domain"])


@cache
def wh_matcher() -> CueMatcher:
    return CueMatcher(load_cues("question_words.yaml")["asks"]["wh"])


def _without_self_name(text: str) -> str:
    return " ".join(_SELF_NAME.sub(" ", text).split())


def last_user(history: Sequence[Turn]) -> str | None:
    return next((t.content for t in reversed(history) if t.role == "user"), None)


def _is_follow_up(text: str, names_a_place: bool) -> bool:
    """Short, or opening with "och"/"men", or a question that points back ("vem
    kontaktar jag där?") without naming a place of its own: fairly short, or of any
    length when it does not name the subject either ("Just det, glömde säga att vi tar
    100 kr per kväll. Är det ett problem?")."""
    n = len(words(text))
    if n <= _SHORT_FOLLOW_UP_WORDS:
        return True
    leans = _LEANS_BACK.search(text)
    if leans and leans.start() == 0 and leans.group(1):
        return True
    short = n <= _POINTING_FOLLOW_UP_WORDS
    return bool(leans) and not names_a_place and (short or not domain_matcher()(text))


def _place(text: str, history: Sequence[Turn], selected: str | None) -> Place:
    if selected:
        return Place((municipalities.canonical(selected) or selected,), "selected")
    named = _most_specific_first(_named(text))
    if named:
        in_questions = set(_named(" ".join(_told_places_out(s) for s in asking_sentences(text))))
        ordered = _asked_region_first(text, named)
        asked = tuple(n for n in ordered if n in in_questions)
        told = tuple(n for n in ordered if n not in in_questions)
        return Place((*asked, *told), "question", asked)
    misspelt = municipalities.misspelt(text)  # "om iop i söderköpin"
    if misspelt:
        return Place(tuple(misspelt), "question")
    for turn in reversed(history):
        named = _most_specific_first(_named(turn.content))
        if named:
            return Place(named, "history")
    return Place()


@cache
def _told_place() -> re.Pattern[str]:
    cues = alternation(load_cues("question_words.yaml")["place_told_after"])
    # The cue in any case, then a name written as one (capitalised).
    return re.compile(rf"\b(?i:{cues})\s+[A-ZÅÄÖ][\w-]*(?:\s+(?i:kommun|stad))?")


def _told_places_out(sentence: str) -> str:
    """An asking sentence without the places it tells of ("… även om några medlemmar bor
    i Umeå?"): those are not what it asks about."""
    return _told_place().sub(" ", sentence)


def places_talked_of(history: Sequence[Turn]) -> tuple[str, ...]:
    """The places the latest turn that names any names."""
    return _place("", history, None).names


def speaks_of_region(text: str) -> bool:
    """ "regionen", "landstinget": a region spoken of, named or not."""
    return bool(_REGION_WORD.search(text))


def _named(text: str) -> list[str]:
    """The kommuner and regions a text names; a landscape name ("Dalarna") counts as its
    region when the text speaks of a region ("Kan regionen …", "the region")."""
    names = municipalities.detect(text)
    if speaks_of_region(text) and not any(municipalities.kind(n) == "region" for n in names):
        names += [r for r in municipalities.regions_by_landscape(text) if r not in names]
    return names


def _most_specific_first(names: list[str]) -> tuple[str, ...]:
    """A kommun before the region it lies in: "i Gävle, Region Gävleborg" asks about Gävle
    first (both stay in scope); otherwise the order of mention."""
    return tuple(sorted(names, key=_is_region))


def _asked_region_first(text: str, names: tuple[str, ...]) -> tuple[str, ...]:
    """The region first when the questions ask about it and name no kommun ("… i Luleå,
    Piteå och Kalix. Could Region Norrbotten partner with us?", "Kan regionen vara med?"):
    the kommuner told are where the activity is, the region whom it is asked of."""
    asked = " ".join(asking_sentences(text))
    if not asked or not speaks_of_region(asked) or _KOMMUN_WORD.search(asked):
        return names  # "… at the municipality, and is the region involved?" asks both
    in_questions = set(_named(asked))
    if any(n in in_questions and not _is_region(n) for n in names):
        return names
    regions = [n for n in names if _is_region(n)]
    return (*regions, *(n for n in names if n not in regions))


def _is_region(name: str) -> bool:
    """Whether the name is a region's (not a kommun's)."""
    entity = municipalities.get(name)
    return entity is not None and entity.kind == "region"


def with_swedish_terms(text: str, things_only: bool = False) -> str:
    """The text plus the Swedish words for the English IOP vocabulary it uses
    (assistant/data/glossary.yaml), so that BM25 finds Swedish passages too; with
    ``things_only``, not for words every English text uses ("who" glossed "kontakt" asks
    for one, and names no matter)."""
    glossary: dict[str, str] = load_cues("glossary.yaml")["en_sv"]
    low = " " + " ".join(words(text)) + " "
    # Entries read as the text is ("non-profit" as "non profit").
    added = [
        sv
        for en, sv in glossary.items()
        if f" {' '.join(words(en))} " in low
        and not (things_only and all(common_word(w, "en") for w in words(en)))
    ]
    return f"{text} {' '.join(added)}" if added else text


def last_answer(q: Question) -> str:
    """What the assistant said last in the conversation ("" when nothing)."""
    if not q.follow_up:
        return ""
    return next((t.content for t in reversed(q.history) if t.role == "assistant"), "")
