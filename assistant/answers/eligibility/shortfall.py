"""What falls short of a rule, as a table beside it tells.

"| Det här krävs | Det här räcker inte |" sets a rule in one column and, in the other, what
people often take for meeting it: "Att den som inte är medlem får prova på några gånger
innan hen måste gå med i föreningen" beside "Verksamheten ska vara öppen för alla". An idea
told in the same words ("den som vill får hänga med två gånger och prova innan man blir
medlem") does not meet the rule, whatever else it says. Read by the words the two share,
not by a list: most of what the cell is about, told in one clause of the description, in
the same sense (a clause that negates what the cell says, "vi får inget lokalbidrag",
tells the opposite).
"""

from __future__ import annotations

from functools import cache

from assistant.answers.eligibility.areas import content_stems
from assistant.answers.eligibility.concepts import clauses, negations
from assistant.answers.question import with_swedish_terms
from assistant.answers.terms import domain_words
from assistant.core.municipalities import fold
from assistant.core.swedish.cues import load_cues
from assistant.core.swedish.frequency import common_word
from assistant.core.swedish.language import detect_language
from assistant.core.swedish.sentences import sentence_spans
from assistant.index import lexical

_LEAST_SHARED = 2  # one word in common is chance ("lokal")
_SHARE = 0.5  # … and at least this share of what the cell is about


def judge_shortfall(short: str, description: str) -> tuple[bool, str] | None:
    """(False, the clause telling what falls short), or None when no clause tells it. A
    cell of several sentences names several things ("Tid för styrelsemöten. Pengar från
    kommunen på annat sätt."): each on its own."""
    items = [short[a:b] for a, b in sentence_spans(short)]
    for item in items if len(items) > 1 else [short]:
        found = _told(item, description)
        if found is not None:
            return found
    return None


def _told(short: str, description: str) -> tuple[bool, str] | None:
    wanted = _stems(short)
    if len(wanted) < _LEAST_SHARED:
        return None
    english = detect_language(description) == "en"
    for clause in clauses(description):
        read = with_swedish_terms(clause) if english else clause
        told = _stems(read)
        shared = {w for w in wanted if any(lexical.same_stem(w, t) for t in told)}
        # … as many words of the clause: "lokalen" is one, though it begins "lokalbidrag".
        telling_words = {t for t in told if any(lexical.same_stem(w, t) for w in wanted)}
        # Two everyday words in common ("prova", "gånger") are chance unless more are
        # shared or one is a word of the matter ("lokalbidrag").
        everyday = all(common_word(w) for w in _words_of(read, shared))
        telling = len(shared) > _LEAST_SHARED or not everyday
        # A clause that negates where the cell does not tells the opposite ("… ingen
        # behöver lösa medlemskap", "kommunen hyr inte ut den gratis").
        if (
            len(shared) >= _LEAST_SHARED
            and len(telling_words) >= _LEAST_SHARED
            and telling
            and len(shared) >= _SHARE * len(wanted)
            and (_negated(short) or not _negated(read))
        ):
            return False, clause
    return None


def _stems(text: str) -> frozenset[str]:
    """What a text is about: its content words' stems, without the domain's own words
    (every text here speaks of "förening" and "verksamhet"), å/ä/ö folded as people type
    them without."""
    # A sentence's first word is no name ("Lokaler som kommunen …").
    opened = "".join(text[a:b][:1].lower() + text[a + 1 : b] + " " for a, b in sentence_spans(text))
    return frozenset(fold(s) for s in content_stems(opened)) - _domain_stems()


@cache
def _domain_stems() -> frozenset[str]:
    field = load_cues("criteria_words.yaml")["field_words"]
    return frozenset(fold(lexical.stem(w)) for w in (*domain_words(), *field))


def _negated(text: str) -> bool:
    return bool(negations(text)[1])


def _words_of(text: str, stems: set[str]) -> list[str]:
    """The words of a text whose stems are among the stems, as written ("styrelsemötena"
    for "styrelsemot", which the stemmer leaves apart)."""
    return [
        w
        for w in lexical.words(text)
        if any(lexical.same_stem(fold(lexical.stem(w)), s) for s in stems)
    ]
