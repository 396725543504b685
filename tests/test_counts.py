"""A rule's least count of a thing ("minst två årsmöten") against the description's own."""

from __future__ import annotations

from assistant.answers.eligibility.counts import judge_counts, required_count


def test_a_rule_counts_the_noun_after_its_number() -> None:
    least = required_count("Föreningar som har hållit minst två årsmöten kan söka.")
    assert least is not None and least[0] == 2 and "årsmöt" in least[1]
    # Units with readers of their own, a reach and a lone thing are no count here.
    assert required_count("Föreningen ska ha minst tio medlemmar.") is None
    assert required_count("Ni står för minst 20 procent av kostnaden.") is None
    assert required_count("Verksamheten ska pågå i minst två år.") is None
    assert required_count("Den ska nå minst tre av länets femton kommuner.") is None
    assert required_count("Minst en person ska vara kontaktperson.") is None


def test_the_askers_count_of_the_same_thing_is_compared() -> None:
    rule = "Organisationen ska ha hållit minst två årsmöten."
    first = judge_counts(rule, "I mars hade vi vårt allra första årsmöte. Nu vill vi starta.")
    assert first is not None and first[0] is False
    assert judge_counts(rule, "Vi har haft tre årsmöten sedan starten.") == (
        True,
        "Vi har haft tre årsmöten sedan starten.",
    )
    english = "The organisation must have held at least two annual meetings."
    told = judge_counts(english, "We held our first annual meeting in May.")
    assert told is not None and told[0] is False


def test_a_rhythm_a_hedge_or_another_thing_tells_no_count() -> None:
    rule = "Organisationen ska ha hållit minst två årsmöten."
    assert judge_counts(rule, "Vi har ett årsmöte varje år.") is None
    assert judge_counts(rule, "Vi har kanske ett årsmöte i vår.") is None
    # "andra" without the asker's own word is "other", no ordinal.
    assert judge_counts(rule, "Andra årsmöten i kommunen har vi inte besökt.") is None
    assert judge_counts(rule, "Vi har två styrelsemöten i månaden.") is None
