"""A rule's own exception, and whether an idea may fall under it.

"Verksamheten når invånare i minst fyra av länets 13 kommuner. Det gäller inte
verksamhet som ger stöd till patienter och närstående …": an idea of support for
närstående in two kommuner is not broken by the number; whether the exception covers it
is the region's to say. An idea naming a word of the exception that the rule's own
sentences do not use may fall under it.
"""

from __future__ import annotations

from assistant.answers.eligibility.ages import rule_spans
from assistant.answers.eligibility.areas import content_stems, told_in
from assistant.answers.eligibility.concepts import age_spans, tells_an_exception
from assistant.answers.terms import domain_words
from assistant.core.swedish.cues import matcher
from assistant.core.swedish.frequency import common_word
from assistant.core.swedish.sentences import sentence_spans


def exception_covers(rule: str, description: str) -> bool:
    sentences = [rule[a:b] for a, b in sentence_spans(rule)]
    # A merger's exception is judged by the years of the merged parts (tenure.py).
    merger = matcher("criteria_words.yaml", "merger")
    excepted = [s for s in sentences if tells_an_exception(s) and not merger(s)]
    if not excepted:
        return False
    # An exception for an age ("om verksamheten riktar sig till personer som har fyllt 80
    # år räcker det med …") covers only an idea for people that old.
    ages = age_spans(" ".join(excepted))
    allowed, left_out = rule_spans(rule)
    if ages and allowed and left_out:
        # A rule on whom it is for leaving ages out ("… barn 6–19 år eller den som fyllt
        # 65 år. Gäller inte verksamhet för vuxna 20–64 år") narrows its group; it exempts
        # no one (ages.py reads the ages left out).
        return False
    if ages:
        told = age_spans(description)
        return bool(told) and all(
            any(low >= lo and high <= hi for lo, hi in ages) for low, high in told
        )
    rest = " ".join(s for s in sentences if s not in excepted)
    own = content_stems(rest.lower())  # its first words too ("Verksamheten når …")
    domain = domain_words()

    def leave(word: str) -> bool:
        # Words every text uses ("exempel", "ansvar", "stöd") say nothing of what it covers.
        # … nor do the domain's words in any form ("föreningar" for "förening").
        lowered = word.lower()
        of_domain = lowered in domain or any(lowered.startswith(d) for d in domain if len(d) > 4)
        return (
            of_domain
            or bool(matcher("criteria_words.yaml", "exceptions")(word))
            or common_word(word)
        )

    stems = {stem for s in excepted for stem in content_stems(s, leave)} - own
    return told_in(stems, description) is not None
