"""A kind of organisation ruled out by a later verb of its sentence, summer weeks asked and
planned by week number, a free activity with a capped exception, an own part that holds
the rent, whom an activity serves, which partners a place has and what was decided, and
a contact card in English (issue 14). Texts are written for these tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from builders import make_chunk
from conftest import assistant_over

from assistant.answers.answer_types import asks_which_exist, expected_types, holds
from assistant.answers.decisions import asks_decisions
from assistant.answers.eligibility.concepts import age_spans, read_concepts, target_groups
from assistant.answers.eligibility.criteria import Criterion
from assistant.answers.eligibility.fee import judge_fee
from assistant.answers.eligibility.judge import assess
from assistant.answers.eligibility.length import judge_length, required_months
from assistant.answers.eligibility.party import excluded_kinds, judge_party
from assistant.answers.eligibility.residents import (
    judge_residents,
    required_resident_share,
    residents_at_limit,
)
from assistant.answers.eligibility.share import judge_share
from assistant.answers.eligibility.shortfall import judge_shortfall
from assistant.answers.general import is_question
from assistant.answers.partners import names_a_partner
from assistant.api import Assistant
from assistant.core import municipalities
from assistant.core.records import Turn
from assistant.core.swedish.numbers import read_number
from ingest.contacts.cards import extract_contacts


def test_a_kind_is_ruled_out_by_a_later_verb_of_its_sentence() -> None:
    rule = (
        "Ett skifteslag är en samfällighet enligt lag och kan därför aldrig själv vara "
        "part, men en byaförening kan det."
    )
    assert excluded_kinds(rule) == [("skifteslag",)]
    found = judge_party(rule, "Vårt skifteslag vill ordna slåtterdagar för barn i byn.")
    assert found is not None and found[0] is False
    # Being a partner and not able to do something else rules out no kind.
    assert excluded_kinds("Föreningen är part och kan inte överlåta avtalet.") == []


RULE_WEEKS = (
    "Lägret ska pågå under minst fem av sommarlovets veckor (vecka 26–33) och en helg i "
    "månaden under hösten."
)


def test_weeks_asked_of_a_summer_are_held_against_the_weeks_planned() -> None:
    assert required_months(RULE_WEEKS) == pytest.approx(1.25)
    short = judge_length(RULE_WEEKS, "Vi vill hålla dagläger vecka 28 till 30 i Färnebo.")
    assert short is not None and short[0] is False
    long = judge_length(RULE_WEEKS, "We'd like to run the camp in weeks 26 to 32 each day.")
    assert long is not None and long[0] is True


RULE_FREE = (
    "Deltagandet ska vara kostnadsfritt. För en heldagsresa får föreningen ta ut högst "
    "80 kronor per deltagare."
)


def test_a_free_rule_with_a_capped_exception_breaks_on_a_dearer_price() -> None:
    dearer = judge_fee(RULE_FREE, "Vi tänkte ta 120 kr i månaden av varje deltagare.")
    assert dearer is not None and dearer[0] is False
    free = judge_fee(RULE_FREE, "Vi vill ha pysselkvällar, gratis för alla.")
    assert free is not None and free[0] is True


def test_an_own_part_that_holds_the_rent_is_no_grant_asked() -> None:
    told = "Vi vill ha boccia varje fredag. Vår egen del blir cirka 30 procent, mest hyran."
    share = judge_share("Föreningen ska stå för minst 20 procent av kostnaden.", told)
    assert share is not None and share[0] is True
    concepts = {f.concept for f in read_concepts("vår egen del blir cirka 30 procent, mest hyran")}
    assert "grant" not in concepts


def test_an_activity_for_people_of_no_age_group_serves_someone() -> None:
    concepts = {f.concept for f in read_concepts("We want to run a sewing circle for women.")}
    assert "served" in concepts
    english = read_concepts("We are in the municipality's register of associations.")
    assert {"registered", "association"} <= {f.concept for f in english}


def test_which_partners_are_asked_for_when_a_question_points_back() -> None:
    assert asks_which_exist("Vilka föreningar är det och vad gör de?")
    assert not asks_which_exist("Vilka föreningar är det som får söka?")
    assert "parties" in expected_types("Med vilken förening?")


def test_an_association_asked_for_comments_is_no_partner() -> None:
    listed = "- Hembygdsrådet\n- Lövångers Byaförening\n- Samtliga nämnder"
    assert not names_a_partner(listed, ("Remissinstanser",))
    told = "Kommunen har ingått partnerskap med Lövångers Byaförening om en träffpunkt."
    assert names_a_partner(told, ())


def test_what_was_decided_is_asked_by_which_and_a_decision_word() -> None:
    assert asks_decisions("Vilka nya partnerskap beslutade nämnden om i maj?")
    assert not asks_decisions("Vilka partnerskap finns, och vilken nämnd beslutade om dem?")


def test_a_quoted_speaker_is_no_party() -> None:
    quote = "Det här är vad IOP är till för, säger Karin Lundgren, kommunstyrelsens ordförande."
    assert not holds("parties", quote)
    assert holds("parties", "Kommunen och Lövångers Byaförening har skrivit under avtalet.")


def test_an_english_card_names_the_person_whose_clause_holds_commas() -> None:
    text = (
        "Contact\nLeyla Ahmadi Strand, civil society coordinator, answers questions in "
        "English, Arabic and Swedish. Phone +46 8 555 102 30, Mondays 10.00–12.00."
    )
    cards = extract_contacts(text, "Salems kommun", "Contact")
    assert [(c.name, c.title) for c in cards] == [
        ("Leyla Ahmadi Strand", "civil society coordinator")
    ]


ENGLISH_PAGE = (
    "---\nmunicipality: Heby\ntitle: Partnership with associations – in English\n"
    "doc_type: webbsida\n---\n# Partnership with associations – in English\n\n"
    "Associations may propose an idea-based public partnership to Heby municipality.\n\n"
    "## Contact\n\n"
    # One line, as a web page's paragraph is read.
    "Leyla Ahmadi Strand, civil society coordinator, answers questions in English, Arabic "
    "and Swedish. Phone 0224-361 40, Mondays 10.00–12.00.\n"
)

SWEDISH_PAGE = """---
municipality: Heby
title: Partnerskap med föreningar
doc_type: webbsida
---
# Partnerskap med föreningar

Föreningar kan föreslå ett idéburet offentligt partnerskap (IOP) till Heby kommun.

## Kontakt om partnerskap

Frågor om partnerskap: Per Holm, föreningsutvecklare, telefon 0224-361 22.
"""


@pytest.fixture(scope="module")
def heby(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    root: Path = tmp_path_factory.mktemp("heby")
    return assistant_over(
        root, {"heby/partnership-english.md": ENGLISH_PAGE, "heby/iop.md": SWEDISH_PAGE}
    )


def test_an_english_question_gets_the_english_pages_contact_first(heby: Assistant) -> None:
    answer = heby.answer("Who at Heby municipality can I talk to about a partnership?")
    first = answer.contacts[0]
    assert first.name == "Leyla Ahmadi Strand"


MINUTES = """---
municipality: Heby
title: Kultur- och fritidsnämnden – protokollsutdrag 2026-03-10
doc_type: protokoll
---
# Kultur- och fritidsnämnden – protokollsutdrag

## § 31 Idéburet offentligt partnerskap med Östervåla Bygdegårdsförening

Kultur- och fritidsnämnden beslutar att ingå ett idéburet offentligt partnerskap med
Östervåla Bygdegårdsförening om verksamheten Torsdagscafé för äldre.

## § 32 Idéskiss från Heby Frisbeeklubb

Kultur- och fritidsnämnden beslutar att inte gå vidare med idéskissen från Heby Frisbeeklubb.

### Skäl för beslutet

Klubben bildades i augusti 2025 och har alltså funnits i mindre än två år. Nämnden ser
gärna en ny idéskiss längre fram.

## § 33 Idéskiss från Morgongåva Motorsällskap

Kultur- och fritidsnämnden beslutar att inte gå vidare med idéskissen från Morgongåva
Motorsällskap.

### Skäl för beslutet

Idéskissen avser främst köp av en släpvagn, och investeringar kan inte bli partnerskap.
"""


@pytest.fixture(scope="module")
def minutes(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    root: Path = tmp_path_factory.mktemp("minutes")
    return assistant_over(root, {"heby/protokoll.md": MINUTES, "heby/iop.md": SWEDISH_PAGE})


def test_why_some_got_no_is_answered_by_the_refusals_and_their_reasons(
    minutes: Assistant,
) -> None:
    answer = minutes.answer("Varför fick frisbeeklubben nej av nämnden i Heby?").answer
    assert "mindre än två år" in answer  # under "Skäl för beslutet", in no word of cause
    assert "Östervåla" not in answer  # the approval is not asked about


def test_which_new_partnerships_were_decided_lists_the_minutes_decisions(
    minutes: Assistant,
) -> None:
    answer = minutes.answer("Vilka nya partnerskap beslutade nämnden i Heby om i mars?").answer
    assert "Östervåla Bygdegårdsförening" in answer and "Heby Frisbeeklubb" in answer


def test_a_forms_question_row_is_no_answer() -> None:
    assert is_question("| Hur ofta och under vilken tid på året? | |")
    assert not is_question("| Avgift | Högst 50 kronor per gång |")


def test_each_thing_a_not_counted_cell_names_is_held_against_the_idea() -> None:
    cell = (
        "Tid för styrelsemöten och föreningens egen administration. Pengar som föreningen "
        "får från kommunen på annat sätt, till exempel föreningsbidrag."
    )
    told = "Vår egen insats är 30 procent, och där ingår timmarna för styrelsemötena."
    found = judge_shortfall(cell, told)
    assert found is not None and found[0] is False
    assert judge_shortfall(cell, "Vi står för 30 procent med ledartimmar på träffarna.") is None


def test_residents_told_roughly_at_the_limit_neither_meet_nor_break_it() -> None:
    rule = "Minst hälften av medlemmarna ska vara folkbokförda i Heby kommun."
    told = "Vi är 40 medlemmar och ungefär hälften bor i Heby, resten i Sala."
    assert judge_residents(rule, told, "Heby") is None
    exact = judge_residents(rule, told.replace("ungefär ", ""), "Heby")
    assert exact is not None and exact[0] is True


def test_a_share_told_roughly_at_the_limit_is_the_one_planned_for() -> None:
    share = "Organisationen ska stå för minst 25 procent av kostnaden."
    planned = judge_share(share, "Vi står för cirka 25 procent själva.")
    assert planned is not None and planned[0] is True
    under = judge_share(share, "Vi står för cirka 15 procent själva.")
    assert under is not None and under[0] is False


COUNCIL_ANSWER = """---
municipality: Heby
title: Remissvar från Föreningsrådet i Heby – förslag till nya riktlinjer för IOP
doc_type: remissvar
---
# Remissvar

Föreningsrådet i Heby samlar 30 föreningar i kommunen och lämnar här sina synpunkter på
förslaget till nya riktlinjer för idéburet offentligt partnerskap.

Vi föreslår att kravet på antal medlemmar sänks till tio.

Kontakt för föreningsrådet: Gunnel Åkesson, sekreterare, telefon 070-331 28 45
"""


@pytest.fixture(scope="module")
def council(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    root: Path = tmp_path_factory.mktemp("council")
    return assistant_over(root, {"heby/remissvar.md": COUNCIL_ANSWER, "heby/iop.md": SWEDISH_PAGE})


def test_a_council_of_associations_is_no_way_into_the_municipality(council: Assistant) -> None:
    answer = council.answer(
        "Vem på Heby kommun kan jag prata med om partnerskap? Jag menar inte "
        "föreningsrådet, utan någon på kommunen."
    )
    assert "070-331 28 45" not in answer.answer
    assert [c.name for c in answer.contacts] == ["Per Holm"]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Går det att få IOP med Gullspang? /Sven-Olof Berg 0506-120 47", ["Gullspång"]),
        ("Hälsningar /Anna Mora", []),
        ("Vi har verksamhet i Sala, Berg och Åre.", ["Sala", "Berg", "Åre"]),
    ],
)
def test_a_signatures_surname_is_no_place_and_a_bare_name_is_one(
    text: str, places: list[str]
) -> None:
    assert municipalities.detect(text) == places


def test_a_share_asked_in_money_is_not_met_in_hours_or_by_an_empty_till() -> None:
    rule = "Minst 10 procent av kostnaden ska utgöras av egna pengar, till exempel medlemsavgifter."
    broke = judge_share(
        rule, "Vi har inga pengar i kassan, men vi står för 40 procent i ideella timmar."
    )
    assert broke is not None and broke[0] is False
    assert judge_share(rule, "Vi står för 40 procent med ideella timmar.") is None
    met = judge_share(rule, "Vi står för 15 procent i egna pengar och resten i ideella timmar.")
    assert met is not None and met[0] is True


ROW_FEES = (
    "Avgifter – Deltagaravgiften får vara högst 40 kronor per tillfälle. Verksamhet för barn "
    "och unga 7–19 år ska vara avgiftsfri."
)


def test_a_sentence_scoped_to_a_group_rules_on_that_groups_fee_only() -> None:
    older = (
        "Vi är Tärnsjö Bygdelag, bildat 1990, 40 medlemmar. Vi vill ha pratcafé varannan "
        "tisdag för alla som fyllt 70, 30 kr per gång. Vi står för 25 procent själva."
    )
    young = older.replace("alla som fyllt 70", "barn 8–12 år")
    assert status_of(ROW_FEES, older) == "met"
    assert status_of(ROW_FEES, young) == "not_met"


def status_of(rule: str, description: str) -> str:
    """How one criterion, as a table row gives it, is judged against the description."""
    criterion = Criterion(
        rule,
        rule,
        make_chunk("heby/villkor.docx", rule, municipality="Heby"),
        None,
        tuple(read_concepts(rule, rule=True)),
        frozenset(target_groups(rule)),
    )
    return assess([criterion], description, date(2026, 12, 7)).judgements[0].status


@pytest.mark.parametrize(
    ("text", "number"),
    [("arton", 18), ("tjugofem", 25), ("fyrtiotvå", 42), ("twenty-five", 25), ("sjutton", 17)],
)
def test_numbers_in_words_past_twelve_are_read(text: str, number: int) -> None:
    assert read_number(text) == number


def test_pupils_named_by_school_year_or_stage_have_ages() -> None:
    assert age_spans("simträning för elever i årskurs 7–9") == [(13, 15)]
    assert target_groups("läxhjälp för högstadieelever") == {"young"}
    assert "association" in {f.concept for f in read_concepts("Vi är Tärnsjö Bygdelag.")}


def test_enough_members_meet_half_a_rule_that_also_asks_where_they_live() -> None:
    rule = "Föreningen ska ha minst 20 medlemmar, och minst hälften av dem ska bo i Heby kommun."
    assert required_resident_share(rule) == 50
    open_ = "Vi är 31 medlemmar, men jag vet inte hur många som bor kvar i kommunen."
    assert status_of(rule, open_) == "unknown"
    told = "Vi är 31 medlemmar och 25 av dem bor i Heby."
    assert status_of(rule, told) == "met"


def test_a_form_telling_how_to_answer_sets_no_free_rule() -> None:
    rule = (
        "Är avgiften för deltagarna högst 50 kronor per tillfälle? Räkna med allt som "
        "deltagaren betalar. Ingen avgift räknas som Ja."
    )
    found = judge_fee(rule, "Vi vill ha sittgympa. Kaffet kostar 20 kronor, gympan är gratis.")
    assert found is not None and found[0] is True


def test_why_one_named_association_got_no_is_answered_for_it_alone(minutes: Assistant) -> None:
    history = [
        Turn(role="user", content="Vad beslutade kultur- och fritidsnämnden i Heby om IOP i mars?"),
        Turn(role="assistant", content="Nämnden beslutade om två idéskisser [1]."),
    ]
    answer = minutes.answer("Varför fick frisbeeklubben nej? Kan de söka igen senare?", history)
    assert "mindre än två år" in answer.answer and "ny idéskiss" in answer.answer
    assert "Östervåla" not in answer.answer and "släpvagn" not in answer.answer


def test_the_askers_own_no_and_a_singular_which_ask_no_decisions() -> None:
    assert not asks_decisions("Om vi fick nej förra året, kan vi söka igen?")
    assert not asks_decisions("Which committee decided on the partnership?")
    assert asks_decisions("Varför fick motorsällskapet och frisbeeklubben nej?")


def test_a_permitted_kind_with_a_restriction_of_its_own_is_not_ruled_out() -> None:
    assert (
        excluded_kinds("Trossamfund kan vara part men kan inte använda pengarna till mission.")
        == []
    )
    assert excluded_kinds("Stiftelser kan vara part, och det är inte ett krav med medlemmar.") == []


def test_a_clock_time_after_a_weekly_rhythm_is_no_span_of_weeks() -> None:
    rule = "Verksamheten ska pågå under minst sex månader."
    found = judge_length(rule, "Vi vill ses en gång per vecka 18-20 i ett år.")
    assert found is not None and found[0] is True


def test_less_money_is_not_none_and_a_share_in_money_told_stands() -> None:
    rule = "Minst 10 procent av kostnaden ska utgöras av egna pengar."
    found = judge_share(
        rule, "Vi har inte så mycket pengar, men vi står för 20 procent i egna pengar."
    )
    assert found is not None and found[0] is True


def test_a_lower_share_for_the_oldest_holds_for_an_idea_only_for_them() -> None:
    rule = (
        "Föreningen ska stå för minst 30 procent av kostnaden. Undantag: om verksamheten "
        "riktar sig till personer som har fyllt 85 år räcker det med minst 10 procent."
    )
    oldest = "Vi vill besöka de som har passerat 85 och bor ensamma. Vår egen del blir 12 procent."
    assert status_of(rule, oldest) == "met"
    younger = oldest.replace("passerat 85", "fyllt 70")
    assert status_of(rule, younger) == "not_met"


def test_one_word_of_the_idea_is_no_match_for_two_of_a_not_counted_cell() -> None:
    cell = "En lokal som föreningen får lokalbidrag för, eller som kommunen redan betalar."
    told = "Med lokalen och alla ideella timmar står vi för ungefär 35 procent av kostnaden."
    assert judge_shortfall(cell, told) is None


def test_a_point_told_roughly_at_its_limit_leaves_the_verdict_open() -> None:
    rule = "Minst hälften av medlemmarna ska vara folkbokförda i Heby kommun."
    told = (
        "Vi är Tärnsjö Bygdelag, bildat 1990, med 40 medlemmar, och ungefär hälften bor i "
        "Heby. Vi vill ha pratcafé varje tisdag för äldre som är ensamma, gratis för alla."
    )
    assert residents_at_limit(rule, told, "Heby") is not None
    assert assess_label(rule, told) == "unclear"
    assert assess_label(rule, told.replace("ungefär hälften", "30 av dem")) == "likely_eligible"


def assess_label(rule: str, description: str) -> str:
    criterion = Criterion(
        rule,
        rule,
        make_chunk("heby/villkor.docx", rule, municipality="Heby"),
        None,
        tuple(read_concepts(rule, rule=True)),
        frozenset(target_groups(rule)),
    )
    return assess([criterion], description, date(2026, 12, 7)).label
