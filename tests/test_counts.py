"""A rule's least count of a thing ("minst två årsmöten") against the description's own."""

from __future__ import annotations

from assistant.answers.eligibility.counts import judge_counts, required_count

_RULE = "Organisationen ska ha hållit minst två årsmöten."


def test_a_rule_counts_the_word_after_its_number() -> None:
    assert required_count("Föreningar som har hållit minst två årsmöten kan söka.") == (
        2,
        "årsmöt",
    )
    # Units with readers of their own, a reach, a rate and a lone thing are no count here.
    assert required_count("Föreningen ska ha minst tio medlemmar.") is None
    assert required_count("Ni står för minst 20 procent av kostnaden.") is None
    assert required_count("Verksamheten ska pågå i minst två år.") is None
    assert required_count("Den ska nå minst tre av länets femton kommuner.") is None
    assert required_count("Verksamheten ska ha minst tre träffar per termin.") is None
    assert required_count("Minst en person ska vara kontaktperson.") is None


def test_the_askers_count_of_the_same_thing_is_compared() -> None:
    first = judge_counts(_RULE, "I mars hade vi vårt allra första årsmöte. Nu vill vi starta.")
    assert first is not None and first[0] is False
    assert judge_counts(_RULE, "Vi har haft tre årsmöten sedan starten.") == (
        True,
        "Vi har haft tre årsmöten sedan starten.",
    )
    # One held so far, whatever comes after it in the clause.
    held = judge_counts(_RULE, "Vi hade vårt första årsmöte i mars 2025, nästa blir i mars 2026.")
    assert held is not None and held[0] is False
    # A rate of times is no count; the first one someone else held is none of the asker's.
    assert judge_counts(_RULE, "Vi har årsmöte två gånger per år.") is None
    assert judge_counts(_RULE, "Vi planerade kommunens första årsmöte.") is None
    # Told by how many times, or by the first one the asker's group has held.
    twice = "Vi har haft årsmöte två gånger, våren 2024 och våren 2025."
    assert judge_counts(_RULE, twice) == (True, twice)
    once = judge_counts(_RULE, "Första årsmötet hade vi i mars 2025.")
    assert once is not None and once[0] is False


def test_a_rhythm_an_article_a_hedge_or_history_tells_no_count() -> None:
    assert judge_counts(_RULE, "Vi har ett årsmöte varje år.") is None
    assert judge_counts(_RULE, "Vi har ett årsmöte i mars där alla är välkomna.") is None
    assert judge_counts(_RULE, "Vi har kanske ett årsmöte i vår.") is None
    # An ordinal of long ago, or of one still to come, counts none held so far.
    assert judge_counts(_RULE, "Vårt första årsmöte var 1972.") is None
    assert judge_counts(_RULE, "Vårt andra årsmöte blir i höst.") is None
    # "andra" without the asker's own word is "other", no ordinal.
    assert judge_counts(_RULE, "Andra årsmöten i kommunen har vi inte besökt.") is None
    assert judge_counts(_RULE, "Vi har två styrelsemöten i månaden.") is None
