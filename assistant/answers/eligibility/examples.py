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
from assistant.answers.eligibility.where import leaves_out, left_out_verb
from assistant.core import municipalities
from assistant.core.swedish.cues import alternation, load_cues, matcher
from assistant.core.swedish.frequency import common_word, used_whole
from assistant.index.lexical import Analyzer, is_stopword, stem, words

_ITEM_WORDS = 3  # an example is a noun and a few words ("studiecirklar för medlemmar")
_STEM_CHARS = 4  # shorter stems match too much ("res" of "resor" in "resurser")
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
    """The target groups a rule rules out by example when it speaks of other groups than
    its own ("Idéer för andra grupper, till exempel äldre, kan inte bli ett IOP"), each
    named by a group's own word ("äldreboenden" is a service, "enbart en grupp, till
    exempel pensionärer" rules out having one group only)."""
    if not matcher("criteria_words.yaml", "other_groups")(rule):
        return frozenset()
    groups = load_cues("iop_principles.yaml")["target_groups"]
    items = {i.lower() for i in _ruled_out_items(rule)}
    return frozenset(
        name for name, spec in groups.items() if items & {w.lower() for w in spec["words"]}
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
        if not _headed_by(word, example) or any(w in negations for w in said[:i]):
            continue
        if not _had() & set(said[max(0, i - _HAD_WITHIN) : i]):
            return True
    return False


def _headed_by(word: str, example: str) -> bool:
    """The word is the example or a compound with it as head ("seriespelet" of "spel",
    "byfester" of "fest"); "föräldrar" ends in "äldr" but is a word of its own, and
    "småbarnsföräldrar" is headed by it."""
    word_stem = stem(word)
    if word_stem == example:
        return True
    if not word_stem.endswith(example):
        return False
    parts = _analyzer().split_compound(word)
    if parts:
        return stem(parts[-1]) == example
    # No split known: a word general Swedish uses whole is its own head.
    first = word_stem[: -len(example)]
    return not (is_stopword(first) or used_whole(word) or common_word(word))


@cache
def _analyzer() -> Analyzer:
    return Analyzer()


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


_AUDIENCE_WORDS = 4  # "turister och besökare", "barn och unga"
_AUDIENCE_CHARS = 5  # shorter words say too little of whom ("alla", "unga")


@cache
def _audience() -> re.Pattern[str]:
    before = alternation(load_cues("criteria_words.yaml")["audience_before"])
    word = r"(?!(?:som|who|that)\b)[^\W\d_]+\s*"  # up to a relative clause
    return re.compile(rf"(?<!\w)(?:{before})\s+((?:{word}){{1,{_AUDIENCE_WORDS}}})", re.I)


def _whom(text: str) -> list[str]:
    """The stems of the people an activity is for, as ``text`` says ("för turisterna och
    sommargästerna" → turist, sommargäst); general words say nobody in particular."""
    out: list[str] = []
    skip = tuple(load_cues("criteria_words.yaml")["audience_not"])
    for found in _audience().finditer(text):
        # "pensionärer som redan får stöd via PRO-bidraget" rules out some of them only.
        if re.match(r"\s*(?:som|who|that)\b", text[found.end(1) :], re.IGNORECASE):
            continue
        for word in words(found.group(1)):
            if is_stopword(word) or common_word(word) or len(word) < _AUDIENCE_CHARS:
                continue
            if not stem(word).startswith(skip):
                out.append(stem(word))
    return out


def judge_audience(rule: str, excludes: bool, description: str) -> tuple[bool, str] | None:
    """(False, the clause) when the rule rules out an activity for some people ("Verksamhet
    som mest vänder sig till turister och besökare") and the description's activity is for
    them ("båtturer för turisterna och sommargästerna")."""
    ruled = _whom(rule) if excludes else []
    left_out = _whom_left_out(rule)
    if not (ruled or left_out):
        return None
    for clause in clauses(description):
        said = words(clause)
        if set(said) & negation_words():
            continue
        # "i styrelsen för Föreningen Matglädje" names who asks, not whom it is for.
        if any(_headed_by(w, r) for w in _whom(_without_names(clause)) for r in ruled):
            return False, clause
        # "Activities aimed mainly at … the staff of the winter car-testing companies are
        # not covered": a rare word of those it names, in the description, is for them.
        rare = {stem(w) for w in words(_without_names(clause)) if _uncommon(w)}
        if rare & left_out:
            return False, clause
    return None


@lru_cache(maxsize=_REMEMBERED)
def _whom_left_out(rule: str) -> frozenset[str]:
    """The stems of the rare words naming whom a rule leaves out by its verb, between
    whom an activity is said to be aimed at and the verb ("Activities aimed mainly at
    tourists, at second-home owners or at the staff of the winter car-testing companies
    are not covered"); names of places and people are no one's group."""
    if not leaves_out(rule):
        return frozenset()
    aimed = _aimed_at().search(rule)
    verb = left_out_verb().search(rule, aimed.end()) if aimed else None
    if aimed is None or verb is None:
        return frozenset()
    span = _without_names(rule[aimed.end() : verb.start()])
    return frozenset(
        stem(w)
        for w in words(span)
        if len(w) >= _AUDIENCE_CHARS and _uncommon(w) and not is_stopword(w)
    )


@cache
def _aimed_at() -> re.Pattern[str]:
    cues = alternation(load_cues("criteria_words.yaml")["audience_aimed"])
    return re.compile(rf"(?<!\w)(?:{cues})(?!\w)", re.IGNORECASE)


def _uncommon(word: str) -> bool:
    """A word neither Swedish nor English uses at every turn ("tourists", "testing"; not
    "staff", "companies")."""
    return not common_word(word) and not common_word(word, "en")
