"""What a rule rules out by example: "IOP kan inte användas till föreningens ordinarie
verksamhet för medlemmarna, till exempel träningar, seriespel, tävlingar och
medlemsmöten." The municipality's own examples are its words for what it will not fund;
a description that names one of them ("pengar till våra vanliga träningar och till
seriespelet") breaks the rule, in the description's words, whatever the principle behind
it. A description that denies it ("vi har inga tävlingar") does not.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from assistant.answers.eligibility.concepts import (
    clauses,
    group_clause,
    negation_words,
    target_groups,
)
from assistant.core import municipalities
from assistant.core.swedish.cues import alternation, load_cues, matcher
from assistant.core.swedish.frequency import rare_word
from assistant.index.lexical import is_stopword, stem, words

_ITEM_WORDS = 3  # an example is a noun and a few words ("studiecirklar för medlemmar")
_STEM_CHARS = 4  # shorter stems match too much ("res" of "resor" in "resurser")
_FIRST_PART = 3  # the shortest first part of a compound ("bad|resor")
_REMEMBERED = 256
_SPLIT = re.compile(r"\s*(?:,|\boch\b|\beller\b|\bsamt\b|\band\b|\bor\b)\s*", re.IGNORECASE)


@cache
def _marker() -> re.Pattern[str]:
    phrases = alternation(load_cues("criteria_words.yaml")["examples"])
    return re.compile(rf"(?<!\w)(?:{phrases})(?!\w)\s*:?\s*", re.IGNORECASE)


@lru_cache(maxsize=_REMEMBERED)
def _ruled_out_items(rule: str) -> tuple[str, ...]:
    """The items a rule lists after "till exempel", if it rules them out."""
    found = _marker().search(rule)
    if found is None:
        return ()
    # The sentence rules out what it lists: "kan inte användas till …, till exempel …",
    # "Enstaka evenemang, till exempel resor och fester, kan inte bli partnerskap".
    start = max(rule.rfind(". ", 0, found.start()) + 1, 0)
    sentence = re.split(r"[.;!?]\s", rule[start:] + " ")[0]
    sentence = _not_ruling().sub(" ", sentence)
    if not matcher("criteria_words.yaml", "excluding")(sentence):
        return ()
    listed = re.split(r"[.;:!?()]|\s[–—]\s", rule[found.end() :])[0]
    # "hälso- och sjukvård": the first part of a pair is no word of its own.
    return tuple(
        i.strip() for i in _SPLIT.split(listed) if i.strip() and not i.strip().endswith("-")
    )


@lru_cache(maxsize=_REMEMBERED)
def ruled_out_examples(rule: str) -> tuple[str, ...]:
    """The stems of the examples a rule rules out, if it rules something out by example."""
    items = _ruled_out_items(rule)
    if len(items) < 2:
        return ()  # one thing after "till exempel" is an illustration, not a list
    stems = []
    lead = frozenset(load_cues("criteria_words.yaml")["example_lead_words"])
    for item in items:
        said = [w for w in words(item) if not is_stopword(w) and w not in lead]
        if not said or len(item.split()) > _ITEM_WORDS:
            continue
        head = stem(said[0])
        if len(head) >= _STEM_CHARS:
            stems.append(head)
    return tuple(dict.fromkeys(stems))


def ruled_out_groups(rule: str) -> frozenset[str]:
    """The target groups a rule rules out by example, each named in a word of its own
    ("Idéer för andra grupper, till exempel äldre, kan inte bli ett IOP"); "hemtjänst för
    äldre" is a service, not a group."""
    return frozenset(
        g for item in _ruled_out_items(rule) if len(item.split()) == 1 for g in target_groups(item)
    )


@cache
def _not_ruling() -> re.Pattern[str]:
    phrases = alternation(load_cues("criteria_words.yaml")["example_not_ruling"])
    return re.compile(rf"(?<!\w)(?:{phrases})(?!\w)", re.IGNORECASE)


_HAD_WITHIN = 2


@cache
def _had() -> frozenset[str]:
    return frozenset(load_cues("criteria_words.yaml")["example_had"])


def _names(clause: str, example: str) -> bool:
    """The clause names the example, as a word or a compound's head ("seriespelet"), as
    what the activity does: no negation before it, and not what people have ("äldre som
    har hemtjänst")."""
    said = words(_without_names(clause))
    negations = negation_words()
    for i, word in enumerate(said):
        if not _headed_by(stem(word), example) or any(w in negations for w in said[:i]):
            continue
        if not _had() & set(said[max(0, i - _HAD_WITHIN) : i]):
            return True
    return False


def _headed_by(word_stem: str, example: str) -> bool:
    """The word is the example or a compound with it as head ("seriespelet" of "spel",
    "sommarresor" of "resor"); "föräldrar" ends in "äldr" but "för" is no first part."""
    if not word_stem.endswith(example):
        return False
    first = word_stem[: -len(example)]
    if not first:
        return True
    first = first[:-1] if first.endswith("s") and len(first) > _FIRST_PART else first
    return len(first) >= _FIRST_PART and not is_stopword(first) and not rare_word(first)


_CAPITALISED = re.compile(r"\b[A-ZÅÄÖ][\w-]*")
_ITEM_START = re.compile(r"(?:^|\n)\s*(?:[-*•]|\d+[.)])?\s*$")  # "- Färdtjänst åt äldre"


def _without_names(clause: str) -> str:
    """The clause without the words of names in it ("sekreterare i Stiftelsen Hults
    Kyrkskola" names no school the activity runs): capitalised, not opening a sentence."""
    return _CAPITALISED.sub(
        lambda m: (
            m.group()
            if municipalities.sentence_start(clause, m.start())
            or _ITEM_START.search(clause[: m.start()])
            else " "
        ),
        clause,
    )


def judge_examples(rule: str, description: str) -> tuple[bool, str] | None:
    """(False, the clause) when the description names an example the rule rules out, or
    is for a group it rules out ("ensamma pensionärer" where "äldre" are)."""
    examples = ruled_out_examples(rule)
    groups = ruled_out_groups(rule)
    if not (examples or groups):
        return None
    for clause in clauses(description):
        if any(_names(clause, example) for example in examples):
            return False, clause
    served = group_clause(description)
    if groups and served is not None and groups & target_groups(served):
        return False, served
    return None
