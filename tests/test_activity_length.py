"""The activity's planned length against a rule on how long it must run."""

from __future__ import annotations

from assistant.answers.eligibility.length import judge_length, required_months, told_months


def test_a_rule_on_how_long_the_activity_runs_is_read_in_months() -> None:
    assert required_months("Verksamheten ska pågå under minst två år.") == 24
    assert required_months("The activity must run for at least one year.") == 12
    # The organisation's own age is another rule; a cap is no least length.
    assert required_months("Föreningen ska ha bedrivit verksamhet i minst två år.") is None
    assert required_months("Ett partnerskap löper i högst fyra år.") is None
    # Ruling out projects of a few months asks for a year at the least.
    short = "Enstaka evenemang och kortare projekt på några månader kan inte bli ett partnerskap."
    assert required_months(short) == 12
    assert required_months("Short projects of a few months cannot become a partnership.") == 12
    assert required_months("Beslut kommer inom några månader.") is None
    assert (
        required_months("Partnerskapet kan inte starta förrän några månader efter beslut.") is None
    )
    assert (
        required_months("The partnership cannot start until a few months after the decision.")
        is None
    )


def test_only_a_planned_length_is_told() -> None:
    assert told_months("Vi tänker köra cirkeln i åtta veckor i vår.") == (
        2.0,
        "Vi tänker köra cirkeln i åtta veckor i vår.",
    )
    told = told_months("We would like to run a six-month project for new arrivals.")
    assert told is not None and told[0] == 6
    # An age, a past trial and a session's length tell no plan for the activity.
    assert told_months("Föreningen har funnits i fyra år.") is None
    assert told_months("Vi provade med en kör i två månader förra hösten.") is None
    assert told_months("Vi vill träffas varje tisdag i två timmar.") is None
    # When it starts, a camp that comes back each year and a pause are no length either.
    assert told_months("We want to start in two months.") is None
    assert told_months("Vi vill ha ett sommarläger i en vecka varje år.") is None
    assert told_months("Vi ska ha uppehåll i fyra veckor i juli.") is None


def test_a_plan_shorter_than_the_rule_breaks_it_and_a_longer_one_meets_it() -> None:
    rule = "Verksamheten ska vara långsiktig och pågå i minst ett år."
    short = judge_length(rule, "Vi vill ha läxhjälp i sex veckor under sommarlovet.")
    assert short is not None and short[0] is False and "sex veckor" in short[1]
    long = judge_length(rule, "Vi vill hålla på i tre år till att börja med.")
    assert long is not None and long[0] is True
    assert judge_length(rule, "Vi vill starta en stickcafé för äldre.") is None
