"""A form whose yes/no questions are the rules, plans told as a span of dates, an own share
counted in volunteer hours, prices told in two parts, rules the asker says the municipality
has, drafts filed as a "remiss", and wishes said to be wishes (issue 14). Texts are written
for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import assistant_over

from assistant.answers.answer_types import asks_which_exist
from assistant.answers.asks import read_asks
from assistant.answers.decisions import asks_decisions
from assistant.answers.drafts import filed_as_draft
from assistant.answers.eligibility.ages import judge_ages
from assistant.answers.eligibility.calls import is_call, names_call
from assistant.answers.eligibility.concepts import read_concepts
from assistant.answers.eligibility.fee import judge_fee, priced_by_period, told_prices
from assistant.answers.eligibility.judge import _only_may, _relaxes, without_rules_heard
from assistant.answers.eligibility.length import judge_length
from assistant.answers.eligibility.share import judge_share
from assistant.answers.eligibility.tenure import judge_tenure
from assistant.answers.ranking import _blank_field
from assistant.api import Assistant
from assistant.core.records import Turn

TODAY = date(2026, 12, 7)

FORM = """---
municipality: Sala
title: Ansökan om idéburet offentligt partnerskap
doc_type: mall
---
# Ansökan om idéburet offentligt partnerskap

Fyll i del A först. Svarar ni Nej på en av frågorna kan idén inte bli ett partnerskap med
kommunen.

## Del A. Frågor att svara på först

| Fråga | Ja | Nej |
| --- | --- | --- |
| 1. Har föreningen funnits i minst två år när ansökan lämnas in? | ☐ | ☐ |
| 2. Är deltagaravgiften högst 40 kronor per tillfälle? | ☐ | ☐ |
| 3. Pågår verksamheten i minst tolv månader i följd? | ☐ | ☐ |

## Del B. Föreningen

| Uppgift | Svar |
| --- | --- |
| Föreningens namn | |
| Organisationsnummer | |
"""

GUIDE = """---
municipality: Sala
title: Riktlinjer för idéburet offentligt partnerskap
doc_type: riktlinje
---
# Riktlinjer för idéburet offentligt partnerskap

## Krav

- Föreningen ska ha funnits i minst två år.
- Verksamheten ska vara öppen för alla.

## Önskemål

Utöver kraven har kommunen önskemål. De är inte krav.

- Föreningen bör ha minst 30 medlemmar.
"""

DRAFT = """---
municipality: Sala
title: Riktlinjer för idéburet offentligt partnerskap 2027
doc_type: remiss
---
# Riktlinjer för idéburet offentligt partnerskap 2027

## Krav

- Föreningen ska ha funnits i minst tio år.
"""


@pytest.fixture(scope="module")
def sala(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over(
        tmp_path_factory.mktemp("form"),
        {
            "sala/sala-ansokan-iop.md": FORM,
            "sala/sala-riktlinjer-iop.md": GUIDE,
            "sala/sala-riktlinjer-2027.md": DRAFT,
        },
    )


def test_a_forms_questions_are_rules_when_its_opening_says_a_no_stops_the_idea(
    sala: Assistant,
) -> None:
    # The text saying what a "Nej" means stands above the section of the table.
    answer = sala.answer(
        "Vi är en pensionärsförening i Sala sedan 1985 och vill ha en öppen träff varje "
        "tisdag. Vi tänkte ta 60 kronor per gång. Kan det bli ett IOP?"
    )
    assert answer.verdict is not None
    assert answer.verdict.label == "likely_not_eligible", answer.answer
    broken = [c.criterion for c in answer.verdict.criteria if c.status == "not_met"]
    assert any("40 kronor per tillfälle" in c for c in broken), broken


def test_a_draft_filed_as_a_remiss_sets_no_rules_whatever_its_title(sala: Assistant) -> None:
    answer = sala.answer(
        "Vi är en förening i Sala som bildades 2020 och vill starta en öppen sångstund "
        "varje vecka, gratis. Kan det bli ett IOP?"
    )
    assert answer.verdict is not None
    assert not any("tio år" in c.criterion for c in answer.verdict.criteria), answer.answer
    assert answer.verdict.label != "likely_not_eligible", answer.answer


def test_a_wish_in_the_checklist_is_said_to_be_a_wish(sala: Assistant) -> None:
    answer = sala.answer(
        "Vi är en förening i Sala sedan 1990 med 12 medlemmar och vill ha en öppen "
        "sångstund för alla varje vecka. Kan det bli ett IOP?"
    )
    assert answer.verdict is not None and answer.verdict.label != "likely_not_eligible"
    wished = [line for line in answer.answer.splitlines() if "30 medlemmar" in line]
    assert wished and all("Önskemål, inget krav:" in line for line in wished), answer.answer


def test_a_date_still_to_come_is_the_activitys_not_the_founding() -> None:
    rule = "Föreningen ska ha funnits i minst 18 månader när ansökan lämnas in."
    told = (
        "Vi i Byalaget (sedan 2004) vill ha boule varje torsdag från 1 juni till 31 oktober 2027."
    )
    found = judge_tenure(rule, told, TODAY)
    assert found is not None and found[0]


@pytest.mark.parametrize(
    ("told", "met"),
    [
        ("Vi vill ha boule varje torsdag från 1 juni till 31 oktober 2027.", False),
        ("Vi vill köra träffarna från 1 januari 2027 till 31 december 2027.", True),
        ("Vi vill ha öppet 2027-03-01–2028-02-28.", True),
        ("Vi vill ha skidträning från 1 november till 31 mars 2027.", False),
    ],
)
def test_a_plan_told_as_a_span_of_dates_is_its_length(told: str, met: bool) -> None:
    found = judge_length("Verksamheten ska pågå i minst tolv månader i följd.", told)
    assert found is not None and found[0] is met
    assert "från" in found[1] or "2027-03-01" in found[1]


def test_the_own_share_counted_in_hours_at_the_rules_rate() -> None:
    rule = (
        "Föreningen står för minst 10 procent av kostnaden. Ideellt arbete räknas med 200 "
        "kronor per timme."
    )
    told = (
        "Allt kostar ungefär 100 000 kr om året. Vi är fyra som kan ställa upp, sammanlagt "
        "cirka 40 timmar om året."
    )
    found = judge_share(rule, told)
    assert found is not None and not found[0]  # 8 000 of 100 000: 8 procent
    assert "40 timmar" in found[1]
    more = told.replace("40 timmar", "80 timmar")
    found = judge_share(rule, more)
    assert found is not None and found[0]
    # Without a rate the hours are not valued: nothing is judged.
    assert judge_share("Föreningen står för minst 10 procent av kostnaden.", told) is None


def test_a_price_in_two_parts_with_the_food_after_its_amount() -> None:
    told = "Vi tänkte ta 30 kr för själva träffen och så 20 kr för kaffe och kaka."
    assert [p.amount for p in told_prices(told)] == [30, 20]
    with_food = "Deltagarna betalar högst 40 kronor per tillfälle och fikat ingår i det."
    found = judge_fee(with_food, told)
    assert found is not None and not found[0]
    # A cap that does not count the food in is met by the price for taking part.
    found = judge_fee("Deltagarna betalar högst 40 kronor per tillfälle.", told)
    assert found is not None and found[0]


def test_a_rule_the_asker_says_the_municipality_has_is_no_account_of_the_idea() -> None:
    kept = without_rules_heard(
        "Föreningen har haft ett årsmöte. Men Sala kommun kräver ju tre år – räknas vi som nya?"
    )
    assert "tre år" not in kept and "räknas vi som nya" in kept
    assert "Vi kräver" in without_rules_heard("Vi kräver ingen avgift av någon.")
    # What the asker tells after the requirement stays; so does a need the asker has seen.
    kept = without_rules_heard("Kommunen kräver att vi har stadgar, vilket vi har sedan 2015.")
    assert "sedan 2015" in kept and "kräver" not in kept
    seen = "Vi har sett att många äldre i byn behöver sällskap."
    assert without_rules_heard(seen) == seen


def test_a_requirement_some_do_not_meet_is_no_exception() -> None:
    assert not _relaxes(
        "Föreningar som inte uppfyller kravet på minst två års verksamhet kan inte ingå IOP."
    )
    assert _relaxes(
        "En förening som har bildats genom sammanslagning uppfyller kravet på två års "
        "registrering om en av föreningarna hade varit registrerad i två år."
    )


def test_an_answer_to_a_draft_is_no_draft() -> None:
    title = "Remissvar från PRO Sala – förslag till nya riktlinjer för IOP"
    assert not filed_as_draft(title, "remissvar")
    assert not filed_as_draft(title, None)
    assert filed_as_draft("Förslag till nya riktlinjer för IOP", None)
    assert filed_as_draft("Riktlinjer för IOP 2027", "remiss")


def test_who_received_a_partnership_asks_for_no_contact() -> None:
    assert not read_asks("Vad beslutade nämnden i maj? Vem fick ja och vem fick nej?").contact
    assert read_asks("Vem får jag prata med om IOP i Sala?").contact
    assert read_asks("Vem fick ni ja från? Vem ska jag ringa?").contact


def test_a_forms_question_with_a_box_for_each_answer_is_no_evidence() -> None:
    assert _blank_field(
        "| 2. Har föreningen funnits i minst två år när ansökan lämnas in? | ☐ | ☐ |"
    )
    # A statement with one box states a rule; an answered row tells something.
    assert not _blank_field("| Föreningen har funnits i minst två år och har stadgar. | ☐ |")
    assert not _blank_field("| 2. Har föreningen funnits i två år? | Ja | Gå vidare till 3. |")


def test_which_iop_rules_asks_of_rules_not_of_partnerships() -> None:
    assert not asks_which_exist("Which IOP rules apply in Sala right now?")
    assert asks_which_exist("Which IOP does Sala have?")
    assert asks_which_exist("Har Sala några IOP i dag?")


def test_a_constituent_meeting_dates_the_founding() -> None:
    rule = "Föreningen ska ha funnits i minst 18 månader, räknat från det konstituerande mötet."
    told = "We held our constituent meeting in May 2023 and have an organisation number."
    found = judge_tenure(rule, told, TODAY)
    assert found is not None and found[0]
    late = "Vi höll vårt konstituerande möte i oktober 2026 och vill starta en träff."
    found = judge_tenure(rule, late, TODAY)
    assert found is not None and not found[0]


def test_a_note_on_a_draft_quotes_what_it_says_of_itself(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    draft = "\n".join(
        [
            "---",
            "municipality: Sala",
            "title: Nya riktlinjer för IOP",
            "doc_type: remiss",
            "---",
            "# Nya riktlinjer för IOP",
            "",
            "Förslaget är inte beslutat och gäller inte ännu. Synpunkter senast 1 mars 2027.",
            "",
            "## Krav",
            "",
            "- Föreningen ska ha minst 20 medlemmar.",
        ]
    )
    sala = assistant_over(tmp_path_factory.mktemp("note"), {"sala/sala-nya-riktlinjer.md": draft})
    answer = sala.answer(
        "Hur många medlemmar måste en förening ha enligt Salas nya riktlinjer för IOP?"
    )
    assert "Där står: ”Förslaget är inte beslutat och gäller inte ännu.”" in answer.answer, (
        answer.answer
    )


def test_how_old_one_must_be_lists_the_rule_on_whom_it_is_for(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    rules = "\n".join(
        [
            "---",
            "municipality: Sala",
            "title: Villkor för IOP",
            "doc_type: webbsida",
            "---",
            "# Villkor för IOP",
            "",
            "## Villkor",
            "",
            "| Villkor | Det här gäller |",
            "| --- | --- |",
            "| Organisation | Ideell förening med organisationsnummer. |",
            "| Plats | Verksamheten ska bedrivas i Sala kommun. |",
            "| Målgrupp | Personer som har fyllt 75 år och bor hemma. |",
            "| Öppen för alla | Alla i målgruppen ska kunna delta. |",
            "| Avgift | Deltagarna får betala högst 30 kronor per tillfälle. |",
            "| Egen insats | Föreningen ska stå för minst 15 procent av kostnaden. |",
            "| Annat stöd | Verksamheten får inte samtidigt få föreningsbidrag. |",
            "| Vinst | Verksamheten ska drivas utan vinstsyfte. |",
            "| Tid | Ett partnerskap gäller i minst ett och högst tre år. |",
        ]
    )
    sala = assistant_over(tmp_path_factory.mktemp("ages"), {"sala/sala-villkor-iop.md": rules})
    answer = sala.answer("Hur gammal måste man vara för att vara med i ett IOP i Sala?")
    assert "75 år" in answer.answer, answer.answer


CALL_RULES = """---
municipality: Sala
title: Kriterier för IOP
doc_type: webbsida
---
# Kriterier för IOP

## Kriterier

- Föreningen ska ha haft organisationsnummer i minst tre år.
- Deltagarna får betala högst 30 kronor per tillfälle.
- Föreningen ska stå för minst 20 procent av kostnaden.
"""

CALL = """---
municipality: Sala
title: "Utlysning: Sopplunch och samtal för äldre"
doc_type: nyhet
---
# Utlysning: Sopplunch och samtal för äldre

Nu kan föreningar skicka in idéer om sopplunch för äldre.

## Särskilda villkor i den här utlysningen

- Deltagarna får betala högst 70 kronor per lunch.
- Föreningen ska stå för minst 5 procent av kostnaden.
"""


@pytest.fixture(scope="module")
def called(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over(
        tmp_path_factory.mktemp("call"),
        {"sala/sala-kriterier-iop.md": CALL_RULES, "sala/sala-utlysning-sopplunch.md": CALL},
    )


def test_a_calls_conditions_replace_the_rules_they_change_for_an_idea_within_it(
    called: Assistant,
) -> None:
    answer = called.answer(
        "Vi är en förening i Sala med organisationsnummer sedan 2015. Vi vill skicka in en "
        "idé till utlysningen om sopplunch för äldre: lunch varje onsdag för 65 kronor, och "
        "vi står för 8 procent av kostnaden. Går det?"
    )
    assert answer.verdict is not None
    assert answer.verdict.label == "likely_eligible", answer.answer
    assert not any("30 kronor" in c.criterion for c in answer.verdict.criteria)


def test_an_idea_outside_a_call_is_held_to_the_general_rules(called: Assistant) -> None:
    answer = called.answer(
        "Vi är en förening i Sala med organisationsnummer sedan 2015 och vill starta en "
        "boulegrupp varje vecka. Det kostar 50 kronor per gång och vi står för 25 procent. "
        "Jag läste i nyheten om utlysningen att man får ta 70 kronor. Går det?"
    )
    assert answer.verdict is not None
    assert answer.verdict.label == "likely_not_eligible", answer.answer
    assert not any("70 kronor" in c.criterion for c in answer.verdict.criteria)


def test_a_call_is_told_by_its_title() -> None:
    assert is_call("Utlysning: Sopplunch och samtal för äldre")
    assert is_call("Inbjudan att lämna idéskiss – mötesplatser för äldre i byarna")
    assert not is_call("Inbjudan till dialogmöte om idéburet offentligt partnerskap")
    assert not is_call("Inbjudan till samråd om nya riktlinjer för IOP")
    assert not is_call("Call for comments on draft guidelines")
    assert not is_call("Riktlinjer för IOP")
    title = "Inbjudan att lämna idéskiss – mötesplatser för äldre i byarna"
    assert names_call(title, "Vi vill starta en mötesplats för äldre i vår by.")
    # The words every idea uses ("idéskiss", "lämna") do not name it.
    assert not names_call(title, "Vi vill lämna in en idéskiss om läxhjälp för barn.")


def test_a_merger_said_to_meet_the_requirement_counts_its_parts_time() -> None:
    rule = (
        "Föreningen ska ha varit registrerad i kommunens föreningsregister i minst två år. "
        "En förening som har bildats genom sammanslagning av två föreningar uppfyller kravet "
        "på två års registrering om en av dem hade varit registrerad i minst två år."
    )
    told = (
        "Sala Bygdeförening bildades i maj 2026 när Byalaget (sedan 1988) och Syföreningen "
        "slogs ihop, och den nya föreningen blev registrerad i föreningsregistret den 2 juni "
        "2026."
    )
    found = judge_tenure(rule, told, TODAY)
    assert found is not None and found[0]
    alone = told.replace("när Byalaget (sedan 1988) och Syföreningen slogs ihop", "")
    found = judge_tenure(rule, alone, TODAY)
    assert found is not None and not found[0]


def test_fees_for_a_period_in_the_plural_under_what_does_not_count() -> None:
    cell = "Terminsavgifter och årsavgifter, även när de räknat per gång blir under 40 kronor."
    told = "Vi tar 300 kr per termin för fikat, det blir bara 25 kr per gång."
    assert priced_by_period(cell, told) is not None
    # An amount the cell itself rules by ("En terminsavgift över 300 kronor") decides.
    assert priced_by_period("En terminsavgift över 400 kronor.", told) is None


def test_a_follow_up_joins_the_call_the_answer_before_named(called: Assistant) -> None:
    history = [
        Turn(role="user", content="Har Sala kommun någon utlysning om IOP just nu?"),
        Turn(
            role="assistant",
            content="Ja, en utlysning om sopplunch och samtal för äldre [1].",
        ),
    ]
    answer = called.answer(
        "Vi vill vara med i den. Vår förening har organisationsnummer sedan 2015, lunchen "
        "kostar 65 kronor och vi står för 8 procent av kostnaden. Klarar vi villkoren?",
        history,
    )
    assert answer.verdict is not None
    assert answer.verdict.label != "likely_not_eligible", answer.answer
    assert any("70 kronor" in c.criterion for c in answer.verdict.criteria)
    assert not any("30 kronor" in c.criterion for c in answer.verdict.criteria)


def test_a_partner_named_after_working_with_is_not_the_asker() -> None:
    assert not any(
        f.concept == "association"
        for f in read_concepts("Vi samarbetar inte med något studieförbund.")
    )
    said = read_concepts("Vi är en förening som samarbetar med kyrkan.")
    assert any(f.concept == "association" and f.polarity == "stated" for f in said)


def test_a_rule_telling_what_may_count_requires_nothing() -> None:
    assert _only_may("Det kan vara pengar, lokaler, material eller ideellt arbete.")
    assert not _only_may("Den egna insatsen ska vara pengar eller lokaler.")


def test_a_fee_that_counts_food_and_material_in() -> None:
    rule = (
        "Är avgiften högst 50 kronor per tillfälle? Räkna med allt som deltagaren betalar "
        "vid tillfället, även fika och material."
    )
    told = "Kaffe och kaka kostar 35 kr och garnet 25 kr varje gång."
    found = judge_fee(rule, told)
    assert found is not None and not found[0]


def test_an_idea_sent_to_the_places_one_call_in_other_words(called: Assistant) -> None:
    answer = called.answer(
        "Vi är en förening i Sala med organisationsnummer sedan 2015. Vi tänkte skicka vår "
        "idéskiss till kommunens omgång nu i vår: soppa varje onsdag för 65 kronor, och vi "
        "står för 8 procent av kostnaden. Räcker det?"
    )
    assert answer.verdict is not None
    assert any("70 kronor" in c.criterion for c in answer.verdict.criteria), answer.answer


def test_ages_as_a_participle_in_brackets() -> None:
    rule = "Verksamheten vänder sig till äldre (fyllda 67) eller unga (13–25 år)."
    found = judge_ages(rule, (), "Alla över 67 får komma.")
    assert found is not None and found[0]


MINUTES = """---
municipality: Sala
title: Socialnämnden – utdrag ur protokoll 2026-10-20
doc_type: protokoll
date: "2026-10-20"
---
# Socialnämnden – utdrag ur protokoll 2026-10-20

## § 41 Idéburet offentligt partnerskap med Kila Byalag

Dnr SN 2026/12

Socialnämnden beslutar

1. att ingå ett idéburet offentligt partnerskap med Kila Byalag om Kilaträffen,
2. att kommunens del är 120 000 kronor per år.

## § 40 Budget för 2027

Socialnämnden beslutar att fastställa budgeten för 2027.

## § 42 Ansökan från Föreningen Möklinta Grannar

Socialnämnden beslutar att inte ingå ett partnerskap med Föreningen Möklinta Grannar.

Föreningen har funnits i åtta månader. Enligt riktlinjerna ska en förening ha funnits i minst
två år. Nämnden ser positivt på idén.
"""


def test_what_a_body_decided_is_said_paragraph_by_paragraph(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    sala = assistant_over(
        tmp_path_factory.mktemp("minutes"),
        {"sala/sala-sn-protokoll-2026-10-20.md": MINUTES, "sala/sala-kriterier-iop.md": CALL_RULES},
    )
    answer = sala.answer(
        "Vad beslutade socialnämnden i Sala om IOP i oktober? Vilka fick ja och vilka fick nej?"
    )
    said = answer.answer
    assert "§ 41" in said and "120 000 kronor per år" in said, said
    assert "§ 42" in said and "minst två år" in said, said
    assert "ser positivt" not in said  # a refusal's reason, not its kind words
    assert "§ 40" not in said  # the budget is no partnership


def test_asking_who_decided_is_no_question_of_what_was_decided() -> None:
    assert asks_decisions("Vad beslutade socialnämnden i Sala i oktober?")
    assert asks_decisions("Vilka fick ja och vilka fick nej?")
    assert not asks_decisions("Vilka partnerskap finns, och vilken nämnd beslutade om läxhjälpen?")
    assert not asks_decisions("Vi beslutade på årsmötet att starta en träff. Hur söker vi?")
    assert not asks_decisions("När beslutade fullmäktige om riktlinjerna?")
