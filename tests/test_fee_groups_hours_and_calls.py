"""A fee for one group said as what the group pays, hours of volunteer work asked a year,
an age in decades, registration years told in short, a call named by one word, a call's
own conditions beside general rules in another language, a form's empty rows and a
partnership named by what it is about (issue 14). Texts are written for these tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from builders import make_chunk
from conftest import assistant_over

from assistant.answers.answer_types import asks_which_exist
from assistant.answers.eligibility.ages import without_role_ages
from assistant.answers.eligibility.calls import names_call
from assistant.answers.eligibility.concepts import age_spans, read_concepts, target_groups
from assistant.answers.eligibility.contribution import judge_hours, required_hours
from assistant.answers.eligibility.criteria import Criterion
from assistant.answers.eligibility.fee import free_rule, judge_fee
from assistant.answers.eligibility.judge import assess
from assistant.answers.eligibility.residents import (
    judge_residents,
    required_resident_share,
    residents_at_limit,
)
from assistant.answers.eligibility.tenure import judge_tenure
from assistant.core.swedish.sentences import blank_cell

TODAY = date(2026, 12, 7)


def criterion(rule: str, place: str = "Heby", source: str = "heby/villkor.docx") -> Criterion:
    return Criterion(
        rule,
        rule,
        make_chunk(source, rule, municipality=place),
        None,
        tuple(read_concepts(rule, rule=True)),
        frozenset(target_groups(rule)),
    )


def judged(rule: str, description: str) -> str:
    return assess([criterion(rule)], description, TODAY).judgements[0].status


RULE_FEES = "Avgifter – Högst 50 kronor per tillfälle. Barn under 16 år deltar avgiftsfritt."


def test_what_one_group_pays_says_nothing_of_who_may_come() -> None:
    older = "Vi vill ordna sittgympa för pensionärer varje onsdag, gratis för alla."
    assert judged(RULE_FEES, older) == "met"
    priced = "Vi vill ordna sittgympa för pensionärer. Det kostar 30 kr per gång."
    assert judged(RULE_FEES, priced) == "met"
    dearer = "Vi vill ordna sittgympa för pensionärer. Det kostar 80 kr per gång."
    assert judged(RULE_FEES, dearer) == "not_met"
    # Said as a requirement of the group itself, a price for the children breaks it.
    children = "Barn och unga under 18 år ska delta gratis."
    paid = "Vi vill ha fotbollsskola för barn 8–12 år, 20 kr per gång."
    assert judged(children, paid) == "not_met"
    assert judged(children, "Vi vill ha dans för seniorer, 20 kr per gång.") == "unknown"
    # Whom a later sentence's fee is for is that sentence's to say.
    two = "Barn under 12 år deltar med en vuxen. Avgiften får vara högst 50 kr per tillfälle."
    assert judged(two, "Vi vill ha dans för seniorer, 80 kr per gång.") == "not_met"


def test_a_ban_continued_by_inte_heller_is_still_a_free_rule() -> None:
    rule = "Verksamheten ska vara avgiftsfri. Inga avgifter får tas ut, inte heller för fika."
    assert free_rule(rule)
    assert not free_rule("Verksamheten behöver inte vara avgiftsfri.")
    assert not free_rule("Verksamheten behöver inte heller vara avgiftsfri.")
    broken = judge_fee(rule, "Vi tänkte ta 20 kr per gång för fikat.")
    assert broken is not None and broken[0] is False


def test_a_sum_a_year_for_taking_part_is_a_fee() -> None:
    rule = "Föreningen får ta ut högst 400 kronor per deltagare och kalenderår."
    within = judge_fee(rule, "Det kostar 250 kr per år att vara med.")
    assert within is not None and within[0] is True
    over = judge_fee(rule, "Det kostar 600 kr om året att delta.")
    assert over is not None and over[0] is False
    # A budget for a year is no price.
    assert judge_fee(rule, "Budgeten är 90 000 kr om året.") is None


RULE_HOURS = "Ett partnerskap förutsätter att föreningen lägger minst 120 ideella timmar per år."


def test_hours_asked_a_year_are_met_by_hours_not_money() -> None:
    assert required_hours(RULE_HOURS) == 120
    assert required_hours("Föreningen ska lägga minst 10 timmar i månaden.") == 120
    met = judge_hours(RULE_HOURS, "Vi räknar med ungefär 200 ideella timmar om året.")
    assert met is not None and met[0] is True
    short = "Vi orkar bara 60 timmar om året, men vi kan lägga in 20 000 kr i stället."
    broken = judge_hours(RULE_HOURS, short)
    assert broken is not None and broken[0] is False
    assert judged(RULE_HOURS, short) == "not_met"
    # Hours each are no total, nor are hours open.
    assert judge_hours(RULE_HOURS, "Vi lägger 3 timmar i veckan var.") is None
    assert judge_hours(RULE_HOURS, "Caféet har öppet 2 timmar i veckan med frivilliga.") is None
    assert required_hours("Verksamheten ska pågå minst 2 timmar i veckan.") is None


def test_ages_told_in_decades() -> None:
    assert age_spans("det är mest folk i 30–50-årsåldern") == [(30, 59)]
    assert age_spans("de flesta är i 70-årsåldern") == [(70, 79)]
    assert age_spans("most of them are in their 40s") == [(40, 49)]
    assert age_spans("barn i 10–12-årsåldern") == [(10, 12)]
    rule = (
        "Partnerskap ingås bara för verksamhet för barn upp till 15 år eller för personer "
        "som har fyllt 67 år."
    )
    told = "Vi vill ha kurser för nyblivna hundägare, mest folk i 30–50-årsåldern."
    assert judged(rule, told) == "not_met"


def test_a_leaders_age_after_a_ratio_is_the_leaders() -> None:
    said = without_role_ages("Det ska finnas minst en ledare per åtta barn som har fyllt 20 år.")
    assert age_spans(said) == []
    kept = without_role_ages("Det ska finnas en ledare per tio barn under 12 år.")
    assert age_spans(kept) == [(0, 12)]


RULE_REGISTERED = "Minst två år från registreringsdatum hos Skatteverket till ansökan."


def test_an_age_counted_from_registration_reads_the_registration() -> None:
    late = "Vi har träffats sedan 2010, men fick org.nummer först i maj 2025."
    found = judge_tenure(RULE_REGISTERED, late, TODAY)
    assert found is not None and found[0] is False
    early = judge_tenure(RULE_REGISTERED, "Föreningen (registrerad 2018) har 30 medlemmar.", TODAY)
    assert early is not None and early[0] is True
    # A year to come is no registration told.
    assert judge_tenure(RULE_REGISTERED, "Vi blir registrerade 2027.", TODAY) is None
    # A registration named elsewhere in the rule does not start its age.
    founded = "Föreningen ska ha funnits i minst två år. Intyg från Skatteverket ska bifogas."
    told = "Föreningen bildades 2015. Vi fick org.nummer först i maj 2025."
    kept = judge_tenure(founded, told, TODAY)
    assert kept is not None and kept[0] is True


def test_more_than_half_and_roughly_half() -> None:
    rule = "Minst 10 medlemmar, och mer än hälften av medlemmarna ska vara folkbokförda i Heby."
    assert required_resident_share(rule) == 51
    rough = "Vi är 20 medlemmar, ungefär hälften bor i Heby och hälften i Sala."
    assert judge_residents(rule, rough, "Heby") is None
    assert residents_at_limit(rule, rough, "Heby") is not None
    short = judge_residents(rule, "Vi är 20 medlemmar och hälften bor i Heby.", "Heby")
    assert short is not None and short[0] is False


def test_all_members_told_living_here_meet_a_count_of_residents() -> None:
    rule = "Föreningen ska ha minst 8 medlemmar som bor i Heby kommun."
    found = judge_residents(rule, "Vi har 40 medlemmar och alla bor här i kommunen.", "Heby")
    assert found is not None and found[0] is True
    assert judge_residents(rule, "Vi har 10 medlemmar och alla bor i Sala.", "Heby") is None
    open_to = "Vi har 20 medlemmar och träffarna är öppna för alla boende i kommunen."
    assert judge_residents(rule, open_to, "Heby") is None


def test_an_asker_who_does_not_know_leaves_the_verdict_open() -> None:
    rule = "Minst hälften av deltagarna ska vara folkbokförda i Heby."
    told = (
        "Vår förening (registrerad 2015, 40 medlemmar) vill ha sångstunder för äldre i "
        "Heby varje vecka, gratis. Vi har ingen aning om hur många av dem som bor här."
    )
    assert assess([criterion(rule)], told, TODAY).label == "unclear"


def test_a_call_of_one_topic_word_is_named_by_it() -> None:
    title = "Utlysning: Sommarlov i Heby 2026"
    assert names_call(title, "Vi vill ha sommarlovsaktiviteter för barn i Östervåla.")
    assert not names_call(title, "Vi vill ha stickcafé för pensionärer.")


def test_a_form_row_left_to_fill_in_is_no_answer(tmp_path: Path) -> None:
    assert blank_cell("[Skriv här]") and blank_cell("____") and blank_cell("……")
    assert not blank_cell("[1]") and not blank_cell("275 000 kronor")
    form = (
        "# Idéskiss IOP\n\n| Föreningens namn | [Skriv här] |\n| --- | --- |\n"
        "| Kommunens del per år | [Skriv här] |\n| Avtalstid | [Skriv här] |\n"
    )
    news = (
        "# Nytt partnerskap om gamla skolan i Byn\n\nKommunen och Byns Byaförening har "
        "ingått ett partnerskap om gamla skolan. Kommunen bidrar med 85 000 kronor per år. "
        "Partnerskapet gäller till 30 april 2029.\n"
    )
    assistant = assistant_over(tmp_path, {"heby/ideskiss.md": form, "heby/nyhet.md": news})
    answer = assistant.answer(
        "Hur mycket får föreningen för partnerskapet om gamla skolan och hur länge gäller det?",
        municipality="Heby",
    )
    assert "Skriv här" not in answer.answer
    assert "85 000 kronor" in answer.answer


def test_which_association_asked_between_commas_points_back() -> None:
    asked = "Vilken förening är det, hur mycket pengar får de och hur länge gäller det?"
    assert asks_which_exist(asked)
    assert not asks_which_exist("Vilken förening kan söka, och hur gör man?")


def test_a_shared_need_is_asked_where_the_municipality_does_not_write_it_out() -> None:
    rules = [
        "Föreningen ska vara registrerad i kommunens föreningsregister.",
        "Föreningen ska ha hållit minst två årsmöten.",
        "Verksamheten ska vara öppen för alla, även för den som inte är medlem.",
        "Ett enstaka arrangemang kan inte bli ett partnerskap.",
    ]
    told = (
        "Vår hembygdsförening har funnits sedan 1978, har haft årsmöte varje år och finns i "
        "föreningsregistret. Vi vill ha ett öppet berättarcafé om bygdens historia för alla "
        "som vill komma, varannan vecka, och vi lägger 200 ideella timmar om året."
    )
    criteria = [criterion(r) for r in rules]
    assert assess(criteria, told, TODAY).label == "unclear"
    lonely = told.replace("för alla som vill komma", "för äldre som sitter ensamma hemma")
    assert assess(criteria, lonely, TODAY).label == "likely_eligible"


CALL = """# Utlysning: Sommarlov i Heby 2026

Heby kommun söker föreningar som vill ordna aktiviteter för barn under sommarlovet.

## Villkor för utlysningen

- Aktiviteterna ska vara till för barn och unga 7–15 år.
- Verksamheten ska vara helt avgiftsfri, inte heller mat får kosta något.
- Föreningens egen insats ska vara minst 25 procent av kostnaden.
"""

GENERAL_EN = """# Partnerships with associations in Heby

## Criteria

- The association must have existed for at least 12 months.
- Participants may be charged at most SEK 20 per occasion.
- The association must contribute at least 15 percent of the total cost.
- It must be open to everyone in the target group.
"""


def test_a_call_in_swedish_does_not_hide_general_rules_in_english(tmp_path: Path) -> None:
    assistant = assistant_over(
        tmp_path,
        {
            "heby/heby-utlysning-sommarlov-2026.md": CALL,
            "heby/heby-partnerships-english.md": GENERAL_EN,
        },
    )
    outside = assistant.answer(
        "Vår pensionärsförening, registrerad 2002 med 60 medlemmar, vill ha stavgång för "
        "alla varje måndag året runt. Det kostar 20 kr per gång och vi står för 20 procent. "
        "Kan det bli IOP med Heby kommun?"
    )
    assert outside.verdict is not None
    assert outside.verdict.label != "likely_not_eligible", outside.answer
    assert "15 percent" in outside.answer
    within = assistant.answer(
        "Vår hembygdsförening vill ha sommarlovsaktiviteter för barn 7–15 år. Vi tar 40 kr "
        "per dag för lunchen och står för 30 procent. Kan vi söka från Heby kommun?"
    )
    assert within.verdict is not None and within.verdict.label == "likely_not_eligible"
    assert "avgiftsfri" in within.answer
