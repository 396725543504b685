"""Other forms of support beside a partnership: "Verksamheten får inte samtidigt få
aktivitetsbidrag eller utvecklingsstöd", "Samma verksamhet kan inte få både
föreningsbidrag och IOP". A description that tells of getting or seeking one of the
forms the rule rules out, for the same activity, breaks it ("så fortsätter vi söka
aktivitetsbidraget som vanligt").
"""

from __future__ import annotations

import re
from functools import cache

from assistant.answers.eligibility.concepts import clauses, negation_words
from assistant.answers.question import domain_matcher
from assistant.core.swedish.cues import load_cues, matcher
from assistant.core.swedish.sentences import sentence_spans
from assistant.index.lexical import stem, words

_COMPOUND = 2  # letters beyond the head a compound has at least ("lokalbidrag")
_HOPED_WITHIN = 2  # "hoppas att vi får": the hope a word or two before the verb


@cache
def _forms() -> dict[str, tuple[str, ...]]:
    raw = load_cues("criteria_words.yaml")["support_forms"]
    return {key: tuple(str(w).lower() for w in values) for key, values in raw.items()}


def names_procurement(text: str) -> bool:
    """Whether the text names procurement: its words in any case, its acronyms ("LOU")
    in capitals."""
    acronyms = "|".join(map(re.escape, load_cues("criteria_words.yaml")["procurement_acronyms"]))
    return bool(matcher("criteria_words.yaml", "procurement")(text)) or bool(
        re.search(rf"\b(?:{acronyms})\b", text)
    )


def support_form(word: str) -> bool:
    """A word naming a form of support: a compound of "bidrag" ("föreningsbidrag"), of
    "stöd" with what it supports as a form ("utvecklingsstöd", not "anhörigstöd"), or
    "grant". The head alone ("Kommunens bidrag") is the partnership's own money."""
    word = word.lower()
    forms = _forms()
    if word in forms["words"]:
        return True
    if any(word.endswith(h) and len(word) > len(h) + _COMPOUND for h in forms["heads"]):
        return True
    head = next((h for h in ("stödet", "stöd") if word.endswith(h)), None)
    return head is not None and word[: -len(head)] in forms["stöd_modifiers"]


def judge_support(rule: str, description: str) -> tuple[bool, str] | None:
    """(False, the clause) when the rule rules out other support and the description
    tells of getting or seeking a form it names; None otherwise."""
    said = words(rule)
    # A rule against support beside the partnership says it cannot be had at once ("får
    # inte samtidigt få", "kan inte både … och"); "Ett IOP ersätter inte
    # föreningsbidraget" rules nothing out.
    at_once = matcher("criteria_words.yaml", "at_once")
    if not (set(said) & negation_words() and (at_once(rule) or _gets_none(said))):
        return None
    forms = {stem(w) for w in said if support_form(w)}
    if not forms:
        return None
    # "föreningsbidrag" names every grant to associations (aktivitetsbidrag, lokalbidrag).
    umbrella = {stem(w) for w in _forms()["umbrella"]}
    clause = support_beside(description, None if forms & umbrella else forms)
    return None if clause is None else (False, clause)


def _gets_none(said: list[str]) -> bool:
    """ "Verksamheten får inte föreningsbidrag": a verb of receiving negated, a form of
    support just after (a checklist's statement of what the activity must not have)."""
    received = set(load_cues("criteria_words.yaml")["received"])
    # The form right after the negation ("får inte föreningsbidrag"), not after another
    # verb ("får inte ersätta aktivitetsbidraget").
    return any(
        w in received
        and i + 2 < len(said)
        and said[i + 1] in negation_words()
        and support_form(said[i + 2])
        for i, w in enumerate(said)
    )


def support_beside(description: str, forms: set[str] | None = None) -> str | None:
    """The clause telling of getting or seeking other support (of ``forms``, stems; any
    form when None) for the partnership's own activity, if any."""
    same = matcher("criteria_words.yaml", "same_activity")
    told = [
        sentence
        for start, end in sentence_spans(description)
        if "?" not in (sentence := description[start:end])  # "… vi redan har? /Patrik"
    ]
    # Only support for the partnership's own activity: told beside it ("genom ett IOP,
    # och så fortsätter vi söka aktivitetsbidraget …"), or the partnership said to be for
    # the same ("… ett IOP för samma fredagsträningar", "Kan vi göra om just den
    # träningen till ett IOP?", asked too); what another of the club's activities gets,
    # or support named only in a question, tells nothing against it.
    idiom = matcher("criteria_words.yaml", "same_not_activity")
    the_same = any(
        same(clause) and not idiom(clause) and (domain_matcher()(clause) or _names_form(clause))
        for clause in clauses(description)
    )
    for sentence in told:
        for clause in clauses(sentence):
            if not (the_same or domain_matcher()(clause)):
                continue  # "Vi vill ha ett IOP för fotbollen; juniorerna får bidrag."
            own = words(clause)
            if set(own) & negation_words():
                continue  # "vi söker inte föreningsbidrag för det"
            named = [stem(w) for w in own if support_form(w)]
            if named and (forms is None or set(named) & forms):
                return clause
    return None


def _names_form(clause: str) -> bool:
    return any(support_form(w) for w in words(clause))


def tells_received(clause: str, description: str) -> bool:
    """Whether a clause tells of a form of support the association gets ("Vi får
    föreningsbidrag varje år för vår vanliga verksamhet"): a verb of receiving before it,
    not after a hope or a modal ("vi hoppas att vi får driftbidrag"); or asks whether it
    keeps one ("Förlorar vi föreningsbidraget om …?"), which seeks none."""
    cues = load_cues("criteria_words.yaml")
    said = words(clause)
    kept = bool(set(cues["kept_support"]) & set(said)) and any(
        "?" in (sentence := description[start:end]) and clause in sentence
        for start, end in sentence_spans(description)
    )
    first = next((i for i, w in enumerate(said) if support_form(w)), None)
    if first is None:
        return False
    received, unless = set(cues["received"]), set(cues["received_unless_after"])
    got = any(
        w in received and not unless & set(said[max(0, i - _HOPED_WITHIN) : i])
        for i, w in enumerate(said[:first])
    )
    return kept or got
