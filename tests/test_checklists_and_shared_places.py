"""Criteria asked as a yes/no checklist, a kommun whose rules stand in another's joint
guidelines, a region named by its county's words, and questions about other municipal
matters that only name a village the documents list."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import assistant_over

from assistant.answers.decide import _place_words, unnamed_matter
from assistant.answers.eligibility.ages import judge_ages, without_role_ages
from assistant.answers.eligibility.checklist import as_rule, read_rows, yes_no_columns
from assistant.answers.eligibility.criteria import criteria_of
from assistant.answers.eligibility.fee import fee_cap
from assistant.answers.eligibility.judge import assess
from assistant.answers.eligibility.members import judge_members
from assistant.answers.eligibility.tenure import founded_by, judge_tenure
from assistant.answers.eligibility.where import judge_where, place_left_out
from assistant.answers.question import read_question
from assistant.answers.terms import QueryWord, domain_words
from assistant.api import Assistant
from assistant.core.texts import text

# A checklist in other words than any document the engine was built on: the onward cell
# is "Fortsätt med nästa rad", and one question stops on "Ja".
CHECKLIST = """---
municipality: Tranemo
title: Checklista inför idéskiss om IOP
doc_type: riktlinje
---
# Checklista inför idéskiss om IOP

Gå igenom raderna innan ni skickar in er idé.

| Kontrollfråga | Ja | Nej |
| --- | --- | --- |
| Har organisationen bedrivit verksamhet i minst tre år? | Fortsätt med nästa rad. | Vänta. |
| Är ni minst 20 medlemmar? | Fortsätt med nästa rad. | Ni kan inte söka IOP. |
| Tar ni betalt mer än 30 kronor per träff av deltagarna? | Inget IOP. | Fortsätt med nästa rad. |
| Har föreningen själv kommit på idén? | Fortsätt med nästa rad. | Då är det ett uppdrag. |

Frågor om IOP besvaras av Lena Holm, föreningskonsulent, telefon 0325-123 45,
lena.holm@tranemo.example.se.
"""

JOINT = """---
municipality: Arboga
title: Gemensamma riktlinjer för IOP i Arboga och Kungsör
doc_type: riktlinje
---
# Gemensamma riktlinjer för IOP i Arboga och Kungsör

Riktlinjerna gäller för båda kommunerna. Föreningen ska ha funnits i minst två år.

Kontakt i Kungsör: Tomas Berg, fritidsstrateg, 0227-600 100, tomas.berg@kungsor.example.se.
Kontakt i Arboga: Jenny Lund, föreningskonsulent, 0589-870 00, jenny.lund@arboga.example.se.
"""

CONTACTS = """---
municipality: Sölvesborg
title: Kontakt kultur och fritid
doc_type: webbsida
---
# Kontakt kultur och fritid

Vi hjälper föreningar i hela kommunen, i Sölvesborg, Mjällby, Hällevik och Norje.

Frågor om idéburet offentligt partnerskap (IOP): Hassan Jaber, föreningsutvecklare,
0456-816 00, hassan.jaber@solvesborg.example.se.

Växel: 0456-810 00.
"""


CALL = """---
municipality: Hjo
title: Inbjudan till idéer om träffpunkter för äldre
doc_type: brev
---
# Inbjudan till idéer om träffpunkter för äldre

Många äldre i byarna kring Hjo känner sig ensamma när mörkret kommer och hösten är lång.
Träffpunkterna ska vara öppna för personer som är 70 år eller äldre.

## Tidplan

| När | Vad |
| --- | --- |
| 4 mars 2026 | Informationsträff i Guldkroksskolans aula. |
| 20 april 2026 | Sista dag för idéskisser. |
| 9 september 2026 | Omsorgsnämnden beslutar om partnerskapen. |
"""


@pytest.fixture(scope="module")
def places(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over(
        tmp_path_factory.mktemp("checklists"),
        {
            "tranemo/tranemo-checklista.md": CHECKLIST,
            "arboga/arboga-kungsor-riktlinjer.md": JOINT,
            "solvesborg/solvesborg-kontakt.md": CONTACTS,
            "hjo/hjo-inbjudan.md": CALL,
        },
    )


HEADER = "| Fråga | Om ni svarar ja | Om ni svarar nej |"


def test_a_header_with_a_column_for_each_answer_makes_a_checklist() -> None:
    assert yes_no_columns(HEADER) == (1, 2)
    assert yes_no_columns("| Question | Yes | No |") == (1, 2)
    assert yes_no_columns("| Krav | Så visar ni det |") is None
    assert yes_no_columns("| Ja eller nej | Kommentar |") is None


def test_the_cell_most_rows_repeat_sends_on_and_the_other_stops() -> None:
    rows = [
        "| 1. Har ni stadgar? | Gå vidare till fråga 2. | Skriv stadgar först. |",
        "| 2. Kostar det mer än 50 kronor? | Då kan det inte bli IOP. | Gå vidare till fråga 3. |",
        "| 3. Finns verksamheten i kommunen? | Bra, skicka idéskissen! | Den måste finnas här. |",
    ]
    read = read_rows(HEADER, rows)
    assert [read[i].stops_on_yes for i in range(3)] == [False, True, False]
    assert read[0].shown == "1. Har ni stadgar? – Om ni svarar nej: Skriv stadgar först."
    assert read[1].rule == "Det kostar inte mer än 50 kronor."


@pytest.mark.parametrize(
    ("question", "negate", "rule"),
    [
        ("3. Har föreningen minst 25 medlemmar?", False, "Föreningen har minst 25 medlemmar."),
        ("Skulle kommunen betala per besök?", True, "Kommunen skulle inte betala per besök."),
        (
            "Ska verksamheten finnas i kommunen? Det går bra i byarna.",
            False,
            "Verksamheten ska finnas i kommunen. Det går bra i byarna.",
        ),
        ("Inget frågetecken här", False, "Inget frågetecken här"),
    ],
)
def test_a_yes_no_question_is_judged_as_its_statement(
    question: str, negate: bool, rule: str
) -> None:
    assert as_rule(question, negate) == rule


def test_every_row_of_a_checklist_is_a_criterion_judged_the_right_way(places: Assistant) -> None:
    criteria = criteria_of(places.reader, ["Tranemo"])
    rules = [c.rule for c in criteria]
    assert "Organisationen har bedrivit verksamhet i minst tre år." in rules
    assert "Ni tar inte betalt mer än 30 kronor per träff av deltagarna." in rules
    # What is shown is the document's question and what the stopping answer means.
    shown = [c.text for c in criteria]
    assert "Är ni minst 20 medlemmar? – Nej: Ni kan inte söka IOP." in shown
    idea = (
        "Vi har funnits sedan 2010 och är 35 medlemmar. Vi vill ordna promenader varje "
        "vecka som vi själva har kommit på, och vi tar 50 kronor per träff."
    )
    judged = assess(criteria, idea, date(2026, 12, 6)).judgements
    statuses = {j.criterion.rule: j.status for j in judged if j.criterion is not None}
    assert statuses["Ni tar inte betalt mer än 30 kronor per träff av deltagarna."] == "not_met"
    assert statuses["Organisationen har bedrivit verksamhet i minst tre år."] == "met"


def test_an_idea_breaking_a_checklist_row_is_not_eligible(places: Assistant) -> None:
    answer = places.answer(
        "Vi är en syförening i Tranemo sedan 2001, vi är 12 st. Vi vill starta ett "
        "lagningskafé varje vecka som vi kom på själva, gratis för alla. Kan det bli IOP?"
    )
    assert answer.verdict is not None
    assert answer.verdict.label == "likely_not_eligible"
    assert any(
        "20 medlemmar" in c.criterion and c.status == "not_met" for c in answer.verdict.criteria
    )


def test_a_cap_said_with_words_between_its_negation_and_more_than_is_a_cap() -> None:
    cap = fee_cap("Det kostar inte deltagarna mer än 40 kronor per tillfälle att vara med.")
    assert cap is not None and cap.amount == 40
    assert fee_cap("Deltagarna ska inte betala mer än 20 kronor per gång.") is not None
    assert fee_cap("Det kostar mer än 40 kronor.") is None


@pytest.mark.parametrize(
    ("told", "met"),
    [
        ("vi är 17 st som betalar avgiften.", False),
        ("Vi har funnits sen 2009 och är 41 st som har betalt medlemsavgiften.", True),
        ("Vi är tolv, mest damer.", False),
    ],
)
def test_a_size_told_without_the_word_members_is_the_count(told: str, met: bool) -> None:
    judged = judge_members("Föreningen ska ha minst 25 medlemmar.", told)
    assert judged is not None and judged[0] is met


def test_people_in_the_board_are_no_count_of_members() -> None:
    assert (
        judge_members("Föreningen ska ha minst 25 medlemmar.", "vi är 3 personer i styrelsen")
        is None
    )


def test_a_kommun_in_another_s_joint_guidelines_is_answered_from_them(places: Assistant) -> None:
    answer = places.answer("Vi är en förening i Kungsör. Vem ska vi ringa om ett partnerskap?")
    assert not answer.abstained
    intro = text("sv", "shared", municipality="Kungsör", organisation="Arboga kommun")
    assert answer.answer.startswith(intro)
    assert "Tomas Berg" in [c.name for c in answer.contacts]


def test_a_kommun_no_document_is_about_still_has_none(places: Assistant) -> None:
    answer = places.answer("Vem ska vi ringa om IOP i Köping?")
    assert answer.abstained
    assert "Köping" in answer.answer


def test_a_region_named_by_its_county_s_words_is_that_region() -> None:
    q = read_question("Vem kontaktar man på regionen i Västra Götaland om IOP?", [], None)
    assert q.place.names == ("Västra Götalandsregionen",)
    q = read_question("Kan regionen i Dalarna ingå IOP?", [], None)
    assert q.place.names == ("Region Dalarna",)


@pytest.mark.parametrize(
    "question",
    [
        "Vi ska bygga ett uterum på sommarstugan i Hällevik. Behöver vi bygglov från "
        "Sölvesborgs kommun, och vem ringer jag om det?",
        "Min mamma i Norje klarar sig inte själv längre. Hur ansöker man om hemtjänst i "
        "Sölvesborg?",
    ],
)
def test_another_municipal_matter_naming_a_listed_village_gets_no_iop_official(
    places: Assistant, question: str
) -> None:
    answer = places.answer(question)
    assert answer.abstained
    assert "Hassan Jaber" not in answer.answer
    assert "0456-816 00" not in answer.answer


def test_an_iop_question_naming_a_listed_village_is_answered(places: Assistant) -> None:
    answer = places.answer("Vi är en förening i Hällevik. Vem ska vi prata med om IOP?")
    assert not answer.abstained
    assert "Hassan Jaber" in [c.name for c in answer.contacts]


def test_a_question_in_dated_parts_is_answered_by_the_dated_sentences(places: Assistant) -> None:
    answer = places.answer(
        "När är informationsträffen om träffpunkter för äldre i Hjo, och när beslutar nämnden?"
    )
    assert "4 mars 2026" in answer.answer
    assert "9 september 2026" in answer.answer
    # A season said in passing answers no "när", nor does the rule on ages: the
    # question asks for dates only.
    assert "hösten är lång" not in answer.answer
    assert "70 år" not in answer.answer


@pytest.mark.parametrize(
    ("told", "met"),
    [
        ("Vår byaförening bildades i januari 2024 och vill ordna träffar.", False),
        ("Vi bildades 2019 och vill ordna träffar.", True),
        ("Föreningen startade i mars 2023.", True),
        ("Föreningen grundades 2025.", False),
        # The association's founding, not its choir's, is the earliest told.
        ("Vi startade kören 2025, föreningen bildades 1990.", True),
    ],
)
def test_a_latest_founding_date_is_held_against_the_founding_told(told: str, met: bool) -> None:
    rule = "Föreningen ska ha bildats senast den 31 december 2023."
    assert founded_by(rule) == date(2023, 12, 31)
    judged = judge_tenure(rule, told, date(2026, 12, 6))
    assert judged is not None and judged[0] is met


def test_a_founding_before_a_year_ends_the_year_before() -> None:
    assert founded_by("Organisationen ska ha grundats före 2024.") == date(2023, 12, 31)
    assert founded_by("Föreningen ska ha grundats före den 1 juli 2024.") == date(2024, 6, 30)
    assert founded_by("Föreningen ska ha funnits i minst två år.") is None


OUTSIDE = (
    "Träffarna ska hållas i en by utanför Vilhelmina tätort, till exempel i Dikanäs eller Saxnäs."
)


@pytest.mark.parametrize(
    ("told", "met"),
    [
        ("Vi vill ha soppkafé i vår lokal på Storgatan, mitt i centrum av Vilhelmina.", False),
        ("Vår byaförening i Dikanäs vill ha träffar varje vecka.", True),
        ("Vi vill ordna träffar i bygdegården i Latikberg.", True),
        # Where the activity is decides, not where its people come from.
        ("Vi vill ha soppkafé i Vilhelmina centrum för äldre från Dikanäs och Saxnäs.", False),
        ("Vi är en förening från Dikanäs som vill ha träffar i Vilhelmina tätort.", False),
        ("Vi träffas i Ansgarskyrkan mitt i centrum av Vilhelmina.", False),
    ],
)
def test_a_place_a_rule_leaves_out_is_held_against_where_the_activity_is(
    told: str, met: bool
) -> None:
    assert place_left_out(OUTSIDE) == "Vilhelmina"
    judged = judge_where(OUTSIDE, told)
    assert judged is not None and judged[0] is met


def test_a_kommun_named_alone_says_nothing_of_where_in_it() -> None:
    assert judge_where(OUTSIDE, "Vi är en förening i Vilhelmina och vill ha träffar.") is None
    assert place_left_out("Föreningen får inte ta ut avgifter.") is None


def test_a_repeated_answer_saying_inte_is_the_one_that_stops() -> None:
    rows = [
        "| 1 | Har ni stadgar? | Bra. | Då passar IOP inte er. |",
        "| 2 | Är idén er egen? | Fint, fortsätt. | Då passar IOP inte er. |",
        "| 3 | Tar ni mer än 40 kr per gång? | Då passar IOP inte er. | Bra. |",
    ]
    read = read_rows("| Nr | Fråga | Ja | Nej |", rows)
    assert [read[i].stops_on_yes for i in range(3)] == [False, False, True]
    assert read[0].rule == "Ni har stadgar."
    assert read[2].rule == "Ni tar inte mer än 40 kr per gång."


def test_an_onward_answer_that_says_inte_later_still_sends_on() -> None:
    rows = [
        "| Har ni stadgar? | Gå vidare till fråga 2. | Skriv stadgar först. |",
        "| Tar ni mer än 40 kr? | Inget IOP. | Gå vidare till fråga 3. Ingen avgift går inte. |",
        "| Är idén er egen? | Gå vidare till fråga 4. | Då är det ett uppdrag. |",
    ]
    read = read_rows(HEADER, rows)
    assert [read[i].stops_on_yes for i in range(3)] == [False, True, False]


def test_a_question_with_a_reflexive_or_its_own_negation_turns_whole() -> None:
    assert as_rule("Riktar sig verksamheten till äldre?", False) == (
        "Verksamheten riktar sig till äldre."
    )
    assert as_rule("Tar ni inte emot bidrag från andra?", True) == (
        "Ni tar emot bidrag från andra."
    )


def test_a_form_with_boxes_to_tick_is_no_checklist_of_answers() -> None:
    rows = ["| 1. Har ni stadgar? | ☐ | ☐ |", "| 2. Finns ni i registret? | ☐ | ☐ |"]
    assert read_rows("| Fråga | Ja | Nej |", rows) == {}


def test_a_thing_only_told_about_the_asker_is_not_what_the_contact_is_for(
    places: Assistant,
) -> None:
    answer = places.answer(
        "Jag är 81 år och inte så bra på datorn. Finns det nån på Sölvesborgs kommun jag "
        "kan ringa om att min förening vill samarbeta med kommunen?"
    )
    assert not answer.abstained
    assert "Hassan Jaber" in [c.name for c in answer.contacts]


def test_a_name_something_is_paid_to_is_no_place() -> None:
    assert "fristaden" not in _place_words("Hur betalar kommunen ut pengarna till Fristaden?")
    assert "eneryda" in _place_words("Min pappa i Eneryda klarar sig inte själv.")


def test_the_domain_s_words_are_known_without_their_accent() -> None:
    assert {"idé", "ide", "ideburet"} <= domain_words()


def _word(word: str, weight: float) -> QueryWord:
    return QueryWord(word, word, frozenset({word}), frozenset(), weight, False)


PARKING = (
    "Hej, min pappa har svårt att gå och behöver parkeringstillstånd för rörelsehindrade i "
    "Kumla. Vem ska jag ringa på kommunen?"
)


def test_a_contact_for_a_matter_the_documents_never_name_is_for_that_matter() -> None:
    told = [
        _word("svårt", 3.8),
        _word("gå", 3.5),
        _word("behöver", 2.9),
        _word("parkeringstillstånd", 0.0),
        _word("rörelsehindrade", 0.0),
    ]
    # Words any text has say nothing of what the contact is for.
    assert unnamed_matter(PARKING, told, frozenset())
    # What is told about the asker is not what the asking sentence asks about.
    asker = "Jag är inte så bra på datorn. Vem kan jag ringa om att vår förening vill samarbeta?"
    topic = [_word("datorn", 0.0), _word("förening", 0.7), _word("samarbeta", 2.4)]
    assert not unnamed_matter(asker, topic, frozenset())


def test_an_age_said_of_a_leader_is_no_target_group() -> None:
    rule = "Minst en vuxen ledare som är 20 år eller äldre och som har visat registerutdrag."
    assert without_role_ages(rule) == "Minst en vuxen ledare."
    assert judge_ages(rule, (), "Vi vill ha fredagskvällar för ungdomar 13–19 år.") is None


def test_the_middle_of_town_is_the_kommun_s_own_town_when_that_is_left_out() -> None:
    rule = "Det får inte vara i Gällivare centrum."
    assert place_left_out(rule) == "Gällivare"
    judged = judge_where(rule, "Vi vill ha LAN-kvällar i Folkets hus mitt i stan.")
    assert judged is not None and judged[0] is False
    # A village's own centre is that village.
    judged = judge_where(rule, "Vi vill ha träffar mitt i byn i Nattavaara.")
    assert judged is not None and judged[0] is True
