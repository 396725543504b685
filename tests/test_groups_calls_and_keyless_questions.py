"""A rule for one group in place of the general one, a call's share valued at the general
hourly rate, counts of meetings and untimed hours in numbers, decisions that cite the
rules, contacts labelled by matter, and ideas told in the asker's own words: members or
not, a participle of founding, annual meetings (issue 14). Texts are written for these
tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from builders import make_chunk
from conftest import assistant_over

from assistant.answers.answer_types import asked_types, holds
from assistant.answers.asks import asks_for_list
from assistant.answers.authority import speaks_for_others
from assistant.answers.drafts import draft_title, in_draft_section
from assistant.answers.eligibility.concepts import age_spans, read_concepts
from assistant.answers.eligibility.definitions import definitions_in
from assistant.answers.eligibility.fee import judge_fee, told_free
from assistant.answers.eligibility.judge import target_groups, without_rules_heard
from assistant.answers.eligibility.share import judge_share
from assistant.answers.eligibility.tenure import judge_tenure
from assistant.api import Assistant

TODAY = date(2026, 12, 7)

GUIDE = """---
municipality: Heby
title: Riktlinjer för idéburet offentligt partnerskap i Heby kommun
doc_type: riktlinje
---
# Riktlinjer för idéburet offentligt partnerskap i Heby kommun

## Krav

Föreningen ska vara en ideell förening med eget organisationsnummer. Föreningen ska ha
hållit minst två ordinarie årsmöten. Verksamheten ska rikta sig till äldre, unga eller
personer med funktionsnedsättning. Föreningen ska själv stå för minst 20 procent av
verksamhetens totala kostnad.

## Undantag

För verksamhet som riktar sig till personer med funktionsnedsättning räcker en egen insats
på minst 10 procent av verksamhetens totala kostnad.
"""

MINUTES = """---
municipality: Heby
title: Socialnämnden – protokollsutdrag 2026-09-22
doc_type: protokoll
---
# Socialnämnden – protokollsutdrag 2026-09-22

## § 85 Idéskiss från Heby Motorklubb – Garagekvällar

### Sammanfattning av ärendet

Enligt riktlinjerna ska föreningen ha hållit minst två ordinarie årsmöten, och ett
konstituerande möte räknas inte. Klubben har bara hållit ett årsmöte.

### Beslut

Socialnämnden beslutar att inte ingå partnerskap med Heby Motorklubb.
"""

PAGE = """---
municipality: Tierp
title: Föreningsbidrag, IOP eller upphandling
doc_type: webbsida
---
# Föreningsbidrag, IOP eller upphandling

Ett IOP kan aldrig ersätta en upphandling. Föreningar är välkomna att lämna anbud när
kommunen upphandlar.

## Kontakt

- Föreningsbidrag: Tomas Berg, föreningskonsulent, telefon 0293-181 22, forening@tierp.se
- Idéburet offentligt partnerskap: iop@tierp.se
- Upphandling: upphandling@tierp.se
"""

FORM = """---
municipality: Tierp
title: Idéskiss IOP
doc_type: mall
---
# Idéskiss IOP

## Allmänna villkor

1. Föreningen har funnits i minst tre år.
2. Deltagarna betalar högst 50 kronor per tillfälle.
3. Föreningen står för minst 10 procent av den totala kostnaden. Ideellt arbete räknas med
   220 kronor per timme.
"""

CALL = """---
municipality: Tierp
title: "Utlysning: digital vardag för äldre"
doc_type: dokument
---
# Utlysning: digital vardag för äldre

Kommunen vill ta del av föreningarnas idéer om hur äldre kan klara sin digitala vardag.

## Särskilda villkor i den här utlysningen

- Verksamheten ska vända sig till personer som har fyllt 70 år.
- Föreningen ska stå för minst 25 procent av den totala kostnaden (i stället för 10
  procent).
- Deltagandet ska vara helt avgiftsfritt.
"""


@pytest.fixture(scope="module")
def places(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over(
        tmp_path_factory.mktemp("groups"),
        {
            "heby/heby-riktlinjer-iop.md": GUIDE,
            "heby/heby-protokoll-2026-09-22.md": MINUTES,
            "tierp/tierp-bidrag-iop-upphandling.md": PAGE,
            "tierp/tierp-ideskiss-iop.md": FORM,
            "tierp/tierp-utlysning-digital-vardag.md": CALL,
        },
    )


def test_a_rule_for_the_ideas_own_group_holds_in_place_of_the_general_one(
    places: Assistant,
) -> None:
    told = (
        "Vi är en ideell förening i Heby med organisationsnummer och har haft årsmöte varje år "
        "sedan 2012. Vi vill ha en musikkväll varannan vecka för vuxna med intellektuell "
        "funktionsnedsättning, och vi står för 12 procent av kostnaden själva. Kan det bli ett IOP?"
    )
    answer = places.answer(told)
    assert answer.verdict is not None
    assert answer.verdict.label != "likely_not_eligible", answer.answer
    assert not any("20 procent" in c.criterion for c in answer.verdict.criteria)
    # … and for another group the general rule holds
    other = places.answer(told.replace("vuxna med intellektuell funktionsnedsättning", "äldre"))
    assert other.verdict is not None
    assert other.verdict.label == "likely_not_eligible", other.answer


def test_a_group_of_no_age_is_named_beside_groups_of_ages() -> None:
    assert "disability" in target_groups("för vuxna med intellektuell funktionsnedsättning")
    assert "disability" in target_groups("äldre, unga eller personer med funktionsnedsättning")
    assert target_groups("för pensionärer över 70") == {"elderly"}


def test_a_decision_citing_the_rules_repeats_them_where_the_guideline_states_them(
    places: Assistant,
) -> None:
    answer = places.answer(
        "Vi är en förening i Heby med organisationsnummer och vill ordna läxhjälp för unga. "
        "Kan det bli ett IOP?"
    )
    assert answer.verdict is not None
    assert answer.verdict.criteria
    assert not any("konstituerande" in c.criterion for c in answer.verdict.criteria)


def test_a_question_about_procurement_gets_the_procurement_mailbox(places: Assistant) -> None:
    answer = places.answer("Vem svarar på frågor när Tierps kommun upphandlar ledsagning?")
    assert "upphandling@tierp.se" in answer.answer, answer.answer
    assert "0293-181 22" not in answer.answer
    # … and a question about IOP the IOP mailbox, not the procurement one
    iop = places.answer("Vem kan vi kontakta om IOP i Tierp?")
    assert "upphandling@tierp.se" not in iop.answer, iop.answer


def test_a_calls_share_is_counted_at_the_general_rate_for_an_hour(places: Assistant) -> None:
    answer = places.answer(
        "Vår förening i Tierp bildades 2008 och vill ha digitalfika för alla över 70, helt "
        "gratis. Budgeten är 180 000 kr per år och vi lägger ca 160 ideella timmar. Räcker "
        "det för kommunens utlysning om digital vardag?"
    )
    assert answer.verdict is not None
    assert answer.verdict.label == "likely_not_eligible", answer.answer
    assert any(
        "25 procent" in c.criterion and c.status == "not_met" for c in answer.verdict.criteria
    )


def test_reading_about_a_call_does_not_put_the_idea_in_it(places: Assistant) -> None:
    told = (
        "Vi vill ha promenadgrupper för äldre två gånger i veckan. Nu har jag läst kommunens "
        "brev om utlysningen där det står att föreningen ska stå för minst 25 procent."
    )
    assert "utlysningen" not in without_rules_heard(told)
    answer = places.answer(
        "Vår förening i Tierp bildades 2015 och har organisationsnummer. " + told + " Vi tar "
        "30 kronor per gång och står för 12 procent av kostnaden. Går det med IOP?"
    )
    assert answer.verdict is not None
    assert not any("avgiftsfritt" in c.criterion for c in answer.verdict.criteria), answer.answer


def test_a_fee_for_a_term_over_its_meetings() -> None:
    rule = "Deltagarna får betala högst 40 kronor per tillfälle."
    dear = "det blir 8 träffar per termin och vi tar 360 kr per termin för färg och dukar."
    assert judge_fee(rule, dear) == (False, "och vi tar 360 kr per termin för färg och dukar.")
    cheap = dear.replace("360", "300")
    met = judge_fee(rule, cheap)
    assert met is not None and met[0]


def test_hours_with_no_period_beside_a_yearly_budget() -> None:
    rule = (
        "Föreningen ska stå för minst 25 procent. Ideellt arbete räknas med 220 kronor per timme."
    )
    told = "Budgeten är 180 000 kr per år och vi lägger ca 160 ideella timmar."
    judged = judge_share(rule, told)
    assert judged is not None and not judged[0]
    judged = judge_share(rule.replace("25 procent", "15 procent"), told)
    assert judged is not None and judged[0]


def test_a_share_said_after_a_comma_of_what_the_own_part_is() -> None:
    rule = "Föreningen ska själv stå för minst 20 procent av kostnaden."
    told = "Vår egen insats är bara ideella timmar, ungefär 25 procent av kostnaden."
    judged = judge_share(rule, told)
    assert judged is not None and judged[0]
    # … not a share of something else
    assert judge_share(rule, "Vi har 40 medlemmar, ungefär 25 procent av byn.") is None


@pytest.mark.parametrize(
    "told",
    [
        "Valskogs Bygdeförening (bildad 2008) vill ha digitalfika.",
        "Vi är Råda Bygdegårdsförening (sen 1961, ca 70 medlemmar) och vill ha en målarkurs.",
    ],
)
def test_a_founding_told_as_a_participle(told: str) -> None:
    rule = "Föreningen ska ha funnits i minst ett år räknat från bildandedatum."
    judged = judge_tenure(rule, told, TODAY)
    assert judged is not None and judged[0]


@pytest.mark.parametrize(
    ("told", "open_to_all"),
    [
        ("alla får vara med, medlem eller inte.", True),
        ("Alla ska kunna delta, oavsett om de är medlemmar i föreningen eller inte.", True),
        ("Alla får komma, och det kostar 100 kronor per termin.", True),
        ("alla medlemmar får komma", False),
        ("Endast medlemmar får delta, oavsett ålder.", False),
    ],
)
def test_members_and_others_alike(told: str, open_to_all: bool) -> None:
    said = {f.concept: f.polarity for f in read_concepts(told)}
    assert (said.get("open_to_all") == "stated") is open_to_all


def test_annual_meetings_make_an_association() -> None:
    said = {
        f.concept: f.polarity for f in read_concepts("Seniordansen har haft årsmöte varje vår.")
    }
    assert said.get("association") == "stated"
    # … annual meetings denied say nothing of what the group is
    said = {f.concept: f.polarity for f in read_concepts("Vi har inga stadgar än.")}
    assert "association" not in said


def test_a_fact_box_definition_after_its_own_term() -> None:
    text = (
        "Äldre Med äldre avses personer som har fyllt 67 år.\n"
        "Unga Med unga avses personer som har fyllt 13 men inte 21 år."
    )
    chunk = make_chunk("x/riktlinjer.pdf", text, municipality="Heby", heading_path=("Riktlinjer",))
    said = [(d.term, d.text) for d in definitions_in(chunk)]
    assert said == [
        ("äldre", "personer som har fyllt 67 år."),
        ("unga", "personer som har fyllt 13 men inte 21 år."),
    ]


def test_an_age_from_one_birthday_up_to_another() -> None:
    assert age_spans("personer som har fyllt 13 men inte 21 år") == [(13, 20)]
    assert age_spans("som har fyllt 67 år") == [(67, 120)]


def test_a_page_of_the_rules_and_a_draft_beside_them() -> None:
    title = "Idéburet offentligt partnerskap (IOP) – riktlinjer och förslag på remiss"
    assert not draft_title(title)
    assert draft_title("Riktlinjer för IOP – remissversion")
    assert in_draft_section((title, "Förslag till nya riktlinjer – på remiss till 31 januari"))
    assert not in_draft_section((title, "Riktlinjerna som gäller i dag"))


def test_a_consultation_answer_under_its_writers_letterhead_is_theirs() -> None:
    letter = replace(
        make_chunk("x/svar.txt", municipality="Heby"),
        doc_type="remissvar",
        title="HEBY PENSIONÄRSFÖRENING",
    )
    assert speaks_for_others(letter)
    # … a municipality's own answer is its own
    assert not speaks_for_others(replace(letter, title="Heby kommun"))


def test_free_beside_open_to_all_and_an_age_in_years_and_months() -> None:
    from assistant.answers.eligibility.tenure import told_months

    told = "Vi vill ha öppet hus varje tisdag, gratis och öppet för alla i byn."
    assert told_free(told) is not None
    assert told_free("Vi lånar skolans matsal gratis.") is None
    assert told_months("Vi startade föreningen för ett år och tre månader sedan.", TODAY) == 15


def test_when_it_must_be_in_asks_a_deadline_and_sending_is_a_step() -> None:
    assert "deadline" in asked_types("När måste idén vara inne?")
    assert holds("steps", "Föreningen skickar idéskissen till iop@heby.se.")
    assert not holds("steps", "Föreningen ska ha funnits i två år.")


ENGLISH = """---
municipality: Bromölla
title: Partnerships with associations (IOP)
doc_type: webbsida
---
# Partnerships with associations (IOP)

## Who can propose a partnership?

An IOP can be formed with a non-profit association. The association must

- have been registered for at least one year,
- have at least eight members,
- have adopted statutes at an annual meeting.

## What kind of activity?

- The activity must take place in Bromölla Municipality.
- It must be open to everyone in the target group.
- Participants may pay at most SEK 60 per occasion.
- Activities aimed mainly at tourists or at the staff of the car-testing companies are not
  covered.
"""

PARTNERS = """---
municipality: Bromölla
title: Pågående IOP
doc_type: webbsida
---
# Pågående IOP

Här ser du vilka idéburna offentliga partnerskap som Bromölla kommun har med föreningar just nu.

| Verksamhet | Förening | Period | Kommunens del |
| --- | --- | --- | --- |
| Näsum Träffpunkt | Näsums Bygdeförening | 2024-09-01 – 2027-08-31 | 120 000 kr |
| Fiska med unga | Valje Fiskevårdsförening | 2023-05-01 – 2026-04-30 | 40 000 kr |
"""

FAQ = """---
municipality: Bollebygd
title: Vanliga frågor om IOP
doc_type: faq
---
# Vanliga frågor om IOP

## Vem kan vi prata med?

Sara Eke, utvecklare för civilsamhället, svarar på frågor om IOP. Telefon 033-43 52 17.
"""

BOLLEBYGD_CALL = """---
municipality: Bollebygd
title: "Utlysning: mötesplatser för unga i Olsfors och Töllsjö"
doc_type: dokument
---
# Utlysning: mötesplatser för unga i Olsfors och Töllsjö

## Villkor i den här utlysningen

1. Verksamheten ska vända sig till unga 13–19 år.
2. Verksamheten ska vara avgiftsfri för deltagarna.

## Frågor om utlysningen

Johan Persson, fritidskonsulent, telefon 033-43 52 71.
"""


@pytest.fixture(scope="module")
def english(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over(
        tmp_path_factory.mktemp("english"),
        {
            "bromolla/bromolla-in-english.md": ENGLISH,
            "bromolla/bromolla-pagaende-iop.md": PARTNERS,
            "bollebygd/bollebygd-fragor.md": FAQ,
            "bollebygd/bollebygd-utlysning.md": BOLLEBYGD_CALL,
        },
    )


def test_an_english_lead_in_starts_each_item_of_its_list(english: Assistant) -> None:
    answer = english.answer(
        "What does an association need to fulfil to enter an IOP with Bromölla Municipality, "
        "and how much may we charge the participants?"
    )
    assert not answer.abstained, answer.answer
    assert "must have at least eight members" in answer.answer
    assert "SEK 60 per occasion" in answer.answer


def test_people_a_rule_leaves_out_by_its_verb(english: Assistant) -> None:
    answer = english.answer(
        "Hi, I chair the Winter Friends association in Bromölla, registered in 2019, with 25 "
        "members. Every winter engineers from the car-testing companies stay here for months, "
        "and many of them are lonely. We'd like weekly dinners for them, open to all, SEK 50 "
        "per occasion. Could this be an IOP?"
    )
    assert answer.verdict is not None
    assert answer.verdict.label == "likely_not_eligible", answer.answer
    broken = [c.criterion for c in answer.verdict.criteria if c.status == "not_met"]
    assert any("car-testing" in b for b in broken), broken


def test_which_partnerships_now_is_answered_from_the_table(english: Assistant) -> None:
    answer = english.answer("Which partnerships does Bromölla municipality have right now?")
    assert "Näsums Bygdeförening" in answer.answer, answer.answer


def test_a_village_the_table_places_elsewhere_that_one_places_documents_name(
    english: Assistant,
) -> None:
    answer = english.answer(
        "Vi är en bygdegårdsförening här i Olsfors och vill vara med i utlysningen om "
        "mötesplatser för unga, med öppet för 13–19-åringar. Två vuxna ledare över 25 är "
        "alltid på plats, och vi tar 20 kronor i entré. Går det?"
    )
    assert answer.verdict is not None, answer.answer
    assert answer.verdict.label == "likely_not_eligible"
    broken = [c.criterion for c in answer.verdict.criteria if c.status == "not_met"]
    assert broken and not any("13–19" in b for b in broken), broken


def test_the_calls_own_contact_for_a_question_about_the_call(english: Assistant) -> None:
    answer = english.answer(
        "Vi funderar på att söka i Bollebygds utlysning om mötesplatser för unga. Vem ska vi "
        "ringa om den? Alltså inte den som har hand om IOP i allmänhet."
    )
    assert "033-43 52 71" in answer.answer, answer.answer
    assert "033-43 52 17" not in answer.answer


def test_an_amount_in_another_currency_order_is_an_amount() -> None:
    assert holds("amount", "Participants may be charged no more than SEK 100 per month.")


def test_a_framed_notice_given_back_as_a_one_cell_row_is_sentences() -> None:
    from assistant.core.swedish.sentences import split_units

    units = split_units(
        "| Innan ni fyller i: Organisationen ska vara en ideell förening. En förening ska ha "
        "minst 30 medlemmar. |\n| Summa | 340 000 kr |"
    )
    assert [u.is_table_row for u in units] == [False, False, True]
    assert units[1].text.startswith("En förening ska ha minst 30 medlemmar")


FORM_ROWS = """---
municipality: Skurup
title: Idéskiss – idéburet offentligt partnerskap (IOP) med Skurups kommun
doc_type: mall
---
# Idéskiss – idéburet offentligt partnerskap (IOP)

## 3. Ekonomi

| Post | Belopp per år (kronor) |
| --- | --- |
| Verksamhetens totala kostnad | |
| Egen insats – minst 25 procent av den totala kostnaden | |
| Deltagaravgifter – högst 500 kronor per deltagare och kalenderår | |
"""


def test_a_forms_row_whose_label_bounds_what_is_filled_in(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    skurup = assistant_over(tmp_path_factory.mktemp("form"), {"skurup/ideskiss.md": FORM_ROWS})
    answer = skurup.answer(
        "Vi är en förening i Skurup med organisationsnummer och vill ha läxhjälp för barn. Vi "
        "står för 10 procent av kostnaden. Kan det bli ett IOP?"
    )
    assert answer.verdict is not None
    assert answer.verdict.label == "likely_not_eligible", answer.answer


def test_membership_required_of_those_taking_part() -> None:
    said = {
        f.concept: f.polarity
        for f in read_concepts(
            "Verksamheten får inte förutsätta att deltagarna är medlemmar i organisationen.",
            rule=True,
        )
    }
    assert said == {"members_only": "denied"}


def test_a_season_told_by_what_we_do_and_a_span_ending_at_a_named_event() -> None:
    from assistant.answers.eligibility.season import judge_season

    rule = "Verksamheten ska pågå året runt, minst 40 veckor per år."
    told = "Vi kör från midsommar fram till skolstarten i augusti, sen är det för kallt."
    judged = judge_season(rule, told)
    assert judged is not None and not judged[0]


AGES_AND_SHARE = """---
municipality: Hallstahammar
title: Riktlinjer för idéburet offentligt partnerskap
doc_type: riktlinje
---
# Riktlinjer för idéburet offentligt partnerskap

## Målgrupp

Verksamhet för äldre ska vara till för personer som har fyllt 65 år.

## Egen insats

Föreningen ska bidra med en egen insats som motsvarar minst 30 procent av verksamhetens totala
kostnad. Undantag: om verksamheten riktar sig till personer som har fyllt 80 år räcker det med
en egen insats på minst 15 procent.
"""


def test_a_groups_own_age_rule_does_not_replace_its_share_rule(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    place = assistant_over(
        tmp_path_factory.mktemp("ages"), {"hallstahammar/riktlinjer.md": AGES_AND_SHARE}
    )
    answer = place.answer(
        "SPF Seniorerna Hallstahammar har funnits sedan 1989. Vi vill ha en öppen boulekväll "
        "för alla som fyllt 70, varje tisdag. Vi står själva för en femtedel av kostnaden. Kan "
        "det bli ett IOP?"
    )
    assert answer.verdict is not None
    assert answer.verdict.label == "likely_not_eligible", answer.answer
    assert any(
        "30 procent" in c.criterion and c.status == "not_met" for c in answer.verdict.criteria
    )


@pytest.mark.parametrize(
    ("question", "listed"),
    [
        ("Vad krävs av en förening, och hur mycket får vi ta betalt av deltagarna?", True),
        ("What attachments must we send, how long may it be, and where do we send it?", False),
        ("Is the change already in force? When would the new rules apply?", False),
    ],
)
def test_a_part_naming_the_criteria_asks_for_the_list_beside_a_fact(
    question: str, listed: bool
) -> None:
    assert asks_for_list(question) is listed


@pytest.mark.parametrize(
    ("told", "concept", "polarity"),
    [
        ("I run a small company and want to start a café for seniors.", "company", "stated"),
        ("Solrosen AB är ett litet företag i Heby.", "company", "stated"),
        ("Engineers from the car-testing companies stay here for months.", "company", None),
        ("We are not sure whether members would want to pay.", "open_to_all", None),
    ],
)
def test_a_company_told_of_and_a_company_telling(
    told: str, concept: str, polarity: str | None
) -> None:
    said = {f.concept: f.polarity for f in read_concepts(told)}
    assert said.get(concept) == polarity


def test_a_count_of_members_required_is_no_membership_required() -> None:
    said = {
        f.concept for f in read_concepts("Det krävs minst 20 medlemmar i föreningen.", rule=True)
    }
    assert "members_only" not in said


def test_what_a_rule_leaves_out_for_a_noun_is_nobodys_group() -> None:
    from assistant.answers.eligibility.examples import judge_audience

    rule = "Kostnader för lokalhyra i Bromölla ingår inte."
    assert judge_audience(rule, False, "Vi är en förening i Bromölla och vill ordna fika.") is None


def test_role_ages_in_either_form_and_a_birthday_span_with_a_comma() -> None:
    from assistant.answers.eligibility.ages import without_role_ages

    assert without_role_ages("en vuxen ledare som är minst 20 år ska finnas") == ("en vuxen ledare")
    assert age_spans("personer som har fyllt 13 år, men inte 21 år") == [(13, 20)]


def test_a_heading_proposing_activities_is_no_draft_and_applying_is_no_step() -> None:
    assert not in_draft_section(("Riktlinjer", "Förslag på aktiviteter"))
    assert not holds("steps", "Endast ideella föreningar får söka.")


def test_a_question_typed_without_the_keys_reads_its_short_words_too() -> None:
    from assistant.answers.question import read_question

    assert read_question("Vad ar kraven for IOP i Heby?").text == "Vad är kraven för IOP i Heby?"


def test_a_permission_naming_a_group_rules_no_group_out() -> None:
    from assistant.answers.eligibility.judge import _permits

    assert _permits("Föräldrar, anhöriga och ledare får delta utan att räknas in i målgruppen.")
    assert not _permits("Verksamheten får bara vända sig till äldre.")
    assert not _permits("Verksamheten ska vända sig till äldre.")


def test_members_or_not_beside_a_free_price() -> None:
    said = {f.concept: f.polarity for f in read_concepts("dom är medlemmar eller inte")}
    assert said.get("open_to_all") == "stated"


def test_a_negation_does_not_reach_past_a_comma_in_a_description() -> None:
    said = {
        f.concept: f.polarity for f in read_concepts("det kostar inget att komma, alla är välkomna")
    }
    assert said.get("open_to_all") == "stated"
    assert said.get("fees") == "denied"


def test_an_organisations_years_of_activity_are_its_age() -> None:
    from assistant.answers.eligibility.tenure import required_age

    assert required_age("Organisationen har haft verksamhet i minst två år.") == 24
