"""Pages that tell of a draft, places abroad a rule leaves out, registration dates, rules in
defined phrases or scoped to another group, and contact cards under labels (issue 14).
Texts are written for these tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from builders import make_chunk
from conftest import assistant_over

from assistant.answers.authority import speaks_for_others
from assistant.answers.drafts import _drafted
from assistant.answers.eligibility.concepts import read_concepts
from assistant.answers.eligibility.definitions import defined_in, definitions_in
from assistant.answers.eligibility.judge import (
    _lifts_tenure,
    _relaxes,
    _scoped_to,
    without_rules_heard,
)
from assistant.answers.eligibility.residents import judge_residents
from assistant.answers.eligibility.support import judge_support, names_procurement
from assistant.answers.eligibility.tenure import judge_tenure
from assistant.answers.eligibility.where import judge_where
from assistant.answers.ranking import _blank_field
from assistant.answers.voices import in_other_voice
from assistant.api import Assistant
from assistant.core import municipalities
from ingest.contacts.cards import extract_contacts

TODAY = date(2026, 12, 7)


def test_a_page_telling_of_a_draft_of_new_rules_is_in_force() -> None:
    told = (
        "Här finns kommunens regler för IOP. Nya regler på gång. Ett förslag till nya "
        "riktlinjer är ute på remiss till och med den 1 mars 2027. Förslaget är inte "
        "antaget. Till dess gäller reglerna nedan."
    )
    assert not _drafted(told)
    own = "Förslag till nya riktlinjer för IOP. Förslaget är inte antaget och gäller inte ännu."
    assert _drafted(own)
    assert _drafted("Detta är ett utkast till nya riktlinjer för IOP. Utkastet är inte antaget.")
    assert _drafted("Nya riktlinjer för IOP – remissversion. Riktlinjerna är inte antagna.")
    assert _drafted("Detta dokument skickas på remiss till föreningarna. Synpunkter senast 1 maj.")


def test_a_place_abroad_a_rule_leaves_out_is_broken_by_an_idea_held_there() -> None:
    rule = (
        "Verksamheten ska bedrivas i Haparanda kommun. Träffar som hålls i Finland, till "
        "exempel i Torneå på andra sidan bron, omfattas inte."
    )
    abroad = (
        "Vi vill ha kaffe varje vecka för äldre från Haparanda, men den lokal vi kan låna "
        "ligger i Torneå, så alla träffar blir där."
    )
    found = judge_where(rule, abroad, "Haparanda")
    assert found is not None and not found[0]
    assert "Torneå" in found[1]
    home = "Vi vill ha kaffe varje vecka för äldre i Haparanda, i föreningens lokal."
    kept = judge_where(rule, home, "Haparanda")
    assert kept is None or kept[0]


def test_an_owner_named_in_a_rule_leaving_out_is_no_place() -> None:
    rule = "Verksamhet i Svenska kyrkans regi ingår inte."
    told = "Vi vill ha sångstund varje vecka, och vi får låna rum i Svenska kyrkans hus."
    assert judge_where(rule, told, "Haparanda") is None


def test_the_registration_date_counts_where_the_rule_says_so() -> None:
    rule = "Organisationsnumret ska ha tilldelats minst 24 månader innan idéskissen lämnas in."
    told = (
        "Vi bildade föreningen på ett möte i maj 2023, men organisationsnumret fick vi först "
        "den 2 april 2025. Vi tänker skicka idéskissen i januari 2027."
    )
    found = judge_tenure(rule, told, TODAY)
    assert found is not None and not found[0]
    older = told.replace("2 april 2025", "2 april 2024")
    found = judge_tenure(rule, older, TODAY)
    assert found is not None and found[0]


def test_a_latest_registration_date_is_read_off_the_registration() -> None:
    rule = "Föreningen ska ha registrerats hos Skatteverket senast den 30 juni 2026."
    told = (
        "Vi bildades på ett möte i mars 2026, men organisationsnumret från Skatteverket "
        "kom först den 10 augusti 2026."
    )
    found = judge_tenure(rule, told, TODAY)
    assert found is not None and not found[0]
    early = told.replace("10 augusti 2026", "10 maj 2026")
    found = judge_tenure(rule, early, TODAY)
    assert found is not None and found[0]


def test_a_glossary_table_without_a_header_under_a_lead_line() -> None:
    chunk = make_chunk(
        "sorsele-riktlinjer.pdf",
        "| Lokalt förankrad | att minst hälften av föreningens medlemmar är folkbokförda i "
        "Sorsele kommun. |\n| Äldre | personer som har fyllt 67 år. |",
        municipality="Sorsele",
        heading_path=("Riktlinjer för IOP", "I riktlinjerna betyder"),
    )
    found = definitions_in(chunk)
    assert [d.term for d in found] == ["Lokalt förankrad", "Äldre"]
    rule = "Föreningen ska vara lokalt förankrad enligt avsnitt 2."
    assert [d.term for d in defined_in(rule, found)] == ["Lokalt förankrad"]
    assert defined_in("Föreningen ska vara förankrad i bygden.", found) == ()


def test_members_living_abroad_do_not_live_in_the_kommun() -> None:
    rule = "Minst hälften av föreningens medlemmar ska vara folkbokförda i Sorsele kommun."
    told = "Vi är 30 medlemmar, men 20 av oss bor på norska sidan i Hattfjelldal."
    found = judge_residents(rule, told, "Sorsele")
    assert found is not None and not found[0]
    home = "Vi är 30 medlemmar, och 20 av oss bor i Sorsele."
    found = judge_residents(rule, home, "Sorsele")
    assert found is not None and found[0]


def test_members_living_here_and_the_rest_abroad() -> None:
    rule = "It must have at least ten members who are registered as living in Sorsele."
    told = "We have 31 members; 24 of them live in Sorsele and the rest in Norway."
    found = judge_residents(rule, told, "Sorsele")
    assert found is not None and found[0]


def test_many_occasions_a_year_recur() -> None:
    for told in ("Det blir 20 kvällar om året.", "We plan ten meetings a year."):
        assert "recurring" in {f.concept for f in read_concepts(told)}


def test_support_for_the_very_activity_asked_to_become_a_partnership() -> None:
    rule = "Samma verksamhet kan inte få både föreningsbidrag och IOP."
    told = (
        "Vi får aktivitetsbidrag för skidträningen på lördagarna. Kan vi göra om just den "
        "träningen till ett IOP?"
    )
    found = judge_support(rule, told)
    assert found is not None and not found[0]
    other = "Vi får aktivitetsbidrag för fotbollen. Kan vi få ett IOP för en ny läxhjälp?"
    assert judge_support(rule, other) is None


def test_a_forms_blank_fields_say_nothing() -> None:
    assert _blank_field("| Telefon och e-post | [ ] |")
    assert _blank_field("| Antal medlemmar | ☐ | ☐ |")
    assert _blank_field("Ort och datum: ______________")
    assert not _blank_field("| 2 | Föreningen har funnits i två år. | ☐ | ☐ |")
    assert not _blank_field("Skicka blanketten till iop@sorsele.se.")


def test_a_rule_opening_with_whose_activities_it_is_for() -> None:
    assert _scoped_to("För verksamhet för vuxna får deltagarna betala högst 300 kronor.") == {
        "adults"
    }
    assert _scoped_to("För att få IOP ska föreningen ha funnits i två år.") == set()
    assert _scoped_to("Verksamheten ska vara för vuxna.") == set()


def test_a_quoted_rule_is_no_account_of_the_idea() -> None:
    pasted = (
        "Jag har kopierat det här från kommunens sida: 'Från 2027 krävs ingen egen insats, "
        "och avgiften får vara 100 kronor per tillfälle.' Stämmer det?"
    )
    assert "100 kronor" not in without_rules_heard(pasted)
    named = "Vi vill starta 'Kaffe för alla' varje tisdag, 20 kr per gång."
    assert without_rules_heard(named) == named
    assert "We're" in without_rules_heard("We're a club and we'd like 'coffee for all' weekly.")


def test_a_place_whose_lower_case_is_an_everyday_phrase_after_a_word_of_place() -> None:
    assert municipalities.detect("vem har hand om iop i älvdalen") == []
    assert municipalities.capitalised("vem har hand om iop i älvdalen") == ["Älvdalen"]


def test_an_associations_answer_is_theirs_by_its_title_whatever_its_kind() -> None:
    chunk = make_chunk("sorsele-synpunkter.pdf", "Vi tackar för remissen.", "dokument")
    theirs = replace(chunk, title="Remissvar från Gargnäs Bygdeförening om riktlinjer för IOP")
    assert speaks_for_others(theirs)
    own = replace(chunk, title="Remissvar från Sorsele kommun om regionens förslag")
    assert not speaks_for_others(own)


def test_contact_lines_under_labels_and_names_with_marks() -> None:
    long_label = (
        "Frågor om riktlinjerna och om idéskisser: Maja Lindqvist Ahl, utvecklare "
        "civilsamhälle, telefon 0952-140 62, e-post iop@sorsele.se."
    )
    assert [(c.kind, c.name) for c in extract_contacts(long_label)] == [
        ("person", "Maja Lindqvist Ahl")
    ]
    marked = "Emir Hadžić Berg, strateg, telefon 0952-140 71, e-post emir.berg@sorsele.se."
    assert [c.name for c in extract_contacts(marked)] == ["Emir Hadžić Berg"]
    buyer = "Frågor om upphandling: Lars Rask, upphandlare, telefon 0952-140 90."
    assert [(c.kind, c.name) for c in extract_contacts(buyer)] == [("person", "Lars Rask")]


def test_a_list_of_labelled_contacts_and_the_pages_date_below_it() -> None:
    text = (
        "Kontakt\n\n"
        "- Föreningsbidrag: Petra Holm, fritidskonsulent, telefon 0952-140 40, "
        "e-post forening@sorsele.se\n"
        "- IOP: iop@sorsele.se\n"
        "- Upphandling: upphandling@sorsele.se\n\n"
        "Senast uppdaterad: 1 december 2026\n\n"
        "Växel: 0952-140 00\n"
        "kommun@sorsele.se"
    )
    cards = extract_contacts(text)
    assert [(c.kind, c.name, c.phone, c.email) for c in cards] == [
        ("person", "Petra Holm", "0952-140 40", "forening@sorsele.se"),
        ("function", None, None, "iop@sorsele.se"),
        ("function", None, None, "upphandling@sorsele.se"),
        ("switchboard", None, "0952-140 00", "kommun@sorsele.se"),
    ]


SORSELE_FAQ = """# Frågor och svar om IOP i Sorsele

## Vilka kan ingå ett partnerskap?

Ideella föreningar med organisationsnummer som har hållit minst ett årsmöte.

## Får vi ta betalt av deltagarna?

För verksamhet för vuxna får deltagarna betala högst 200 kronor per termin. För verksamhet
för barn och unga under 18 år får ingen avgift tas ut.

## Hur mycket ska föreningen bidra med?

Föreningen ska stå för minst 10 procent av kostnaden.

## Kontakt

- Föreningsbidrag: Petra Holm, fritidskonsulent, telefon 0952-140 40, e-post forening@sorsele.se
- IOP: iop@sorsele.se

Senast uppdaterad: 1 december 2026

Växel: 0952-140 00
"""

SORSELE_ANSWER = """# Remissvar från Gargnäs Bygdeförening om riktlinjer för IOP

Gargnäs Bygdeförening tackar för möjligheten att lämna synpunkter. Vi tycker att den
egna insatsen bör vara lägre för små föreningar i byarna.

Gunnar Strand, ordförande, telefon 070-311 42 58
"""

SORSELE_POST = """Sorsele kommun
Nu har vi ett nytt partnerskap med Blattnicksele Byaförening om en öppen träff för äldre! 🎉
Gilla · Kommentera · Dela

Ingrid Nyström
Vi i Ammarnäs vill också ha något sånt. Hur gör man? Vi är många som undrar. Ring mig
gärna på 070-522 18 34
Gilla · Svara · 3 d

Sorsele kommun
Hej Ingrid! Skicka en kort idéskiss till iop@sorsele.se så hör vi av oss.
Gilla · Svara · 3 d
"""


SORSELE_RULES = """# Riktlinjer för IOP i Sorsele kommun

## Krav

Det krävs att föreningen har bedrivit verksamhet i minst två år.

## Undantag

Kravet på två års verksamhet gäller inte en förening som har bildats genom sammanslagning
av två föreningar, om var och en av dem hade funnits i minst två år.
"""


ARJEPLOG_FAQ = """# Frågor och svar om IOP i Arjeplog

## Vad krävs av föreningen?

Föreningen ska ha hållit minst ett årsmöte. Föreningen ska stå för minst 10 procent av
kostnaden.
"""

ARJEPLOG_CALL = """# Inbjudan: mötesplatser för unga i Arjeplog

## Det här gäller i omgången

- Verksamheten ska vända sig till unga som är 13–19 år.
- Verksamheten ska pågå under minst 30 veckor per år.
"""


@pytest.fixture(scope="module")
def sorsele(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over(
        tmp_path_factory.mktemp("sorsele"),
        {
            "sorsele/sorsele-iop-fragor-och-svar.md": SORSELE_FAQ,
            "sorsele/sorsele-riktlinjer-iop.md": SORSELE_RULES,
            "sorsele/sorsele-synpunkter-gargnas.md": SORSELE_ANSWER,
            "sorsele/sorsele-facebook-partnerskap.txt": SORSELE_POST,
        },
    )


def test_a_fee_rule_for_adults_says_nothing_of_a_free_idea_for_the_young(
    sorsele: Assistant,
) -> None:
    answer = sorsele.answer(
        "Vår förening har funnits i tio år och har årsmöte varje vår. Vi vill ha gratis "
        "läxhjälp för unga 12–16 år i Sorsele varje vecka och står för 15 procent själva. "
        "Kan det bli ett IOP?"
    )
    assert answer.verdict is not None
    assert answer.verdict.label != "likely_not_eligible"
    assert "200 kronor per termin" not in answer.answer.split("Kommunens kriterier")[0]


def test_a_card_labelled_for_another_form_of_support_answers_no_iop_question(
    sorsele: Assistant,
) -> None:
    answer = sorsele.answer("Finns det någon handläggare för IOP i Sorsele som jag kan ringa?")
    assert "Petra Holm" not in [c.name for c in answer.contacts]
    assert "0952-140 40" not in answer.answer
    asked = sorsele.answer("Vem kan jag ringa om föreningsbidrag i Sorsele?")
    assert "0952-140 40" in asked.answer


def test_an_association_read_of_is_no_way_into_the_kommun(sorsele: Assistant) -> None:
    answer = sorsele.answer(
        "Vi har läst Gargnäs Bygdeförenings remissvar. Vem på Sorsele kommun ska vi prata "
        "med om vi vill föreslå ett partnerskap? Alltså inte Gargnäs."
    )
    assert "070-311 42 58" not in answer.answer
    assert "Gunnar Strand" not in [c.name for c in answer.contacts]


def test_a_commenters_number_is_never_given_back(sorsele: Assistant) -> None:
    answer = sorsele.answer(
        "Hej, jag skrev på kommunens inlägg om Blattnicksele. Hur söker vi ett sånt "
        "partnerskap i Sorsele? /Ingrid Nyström 070-522 18 34"
    )
    assert "070-522 18 34" not in answer.answer
    assert "Ingrid Nyström" not in [c.name for c in answer.contacts]


def test_an_exception_in_a_section_of_its_own_lifts_the_rule_it_names(
    sorsele: Assistant,
) -> None:
    merged = sorsele.answer(
        "I mars 2026 gick Gargnäs PRO (bildad 1975) och Sorsele SPF (bildad 1980) ihop "
        "till en ny förening. Vi vill ha en träffpunkt för äldre i Sorsele varje vecka, "
        "gratis, och vi står för 20 procent själva. Kan det bli ett IOP?"
    )
    assert merged.verdict is not None
    assert merged.verdict.label != "likely_not_eligible"
    new = sorsele.answer(
        "Vi bildade en ny förening i mars 2026. Vi vill ha en träffpunkt för äldre i "
        "Sorsele varje vecka, gratis, och vi står för 20 procent själva. Kan det bli ett IOP?"
    )
    assert new.verdict is not None and new.verdict.label == "likely_not_eligible"
    assert "Kravet på två års" not in new.answer.split("\n- ❌")[0]


def test_only_a_requirement_lifted_in_its_own_clause_is_an_exception() -> None:
    lifted = (
        "Kravet på två års verksamhet gäller inte en förening som bildats genom sammanslagning."
    )
    assert _relaxes(lifted) and _lifts_tenure(lifted)
    members = (
        "Kravet på minst 20 medlemmar gäller inte en förening som bildats genom sammanslagning."
    )
    assert _relaxes(members) and not _lifts_tenure(members)
    assert not _relaxes("Kravet är att föreningen har funnits i minst två år, utom för stiftelser.")
    assert not _relaxes("Villkoret gäller alla föreningar utom bolag.")


def test_everyday_phrases_name_no_place_and_lov_is_no_procurement() -> None:
    assert municipalities.capitalised("Vi vill ta till vara på idén.") == []
    assert municipalities.capitalised("Grejerna står i boden under trappan.") == []
    assert not names_procurement("Får vi lov att starta i januari?")
    assert names_procurement("Det är en upphandling enligt LOU.")


def test_the_same_way_is_no_same_activity_and_the_own_kommun_is_no_place_left_out() -> None:
    rule = "Samma verksamhet kan inte få både föreningsbidrag och IOP."
    told = "Vi får aktivitetsbidrag för fotbollen. Kan vi få ett IOP för läxhjälp på samma sätt?"
    assert judge_support(rule, told) is None
    where = "Verksamhet i Sorsele som redan får stöd från regionen omfattas inte."
    assert judge_where(where, "Vi vill ha boule i Sorsele varje vecka.", "Sorsele") is None


def test_a_registration_month_against_a_day_in_it_is_theirs_to_say() -> None:
    rule = "Föreningen ska ha registrerats hos Skatteverket senast den 15 juni 2026."
    told = "Vi bildades i mars 2026, men organisationsnumret fick vi i juni 2026."
    assert judge_tenure(rule, told, TODAY) is None


def test_a_comment_signed_with_its_writers_name_is_theirs() -> None:
    text = (
        "Sorsele kommun\nNytt partnerskap i Blattnicksele!\nGilla · Kommentera · Dela\n\n"
        "Ingrid Nyström\nRing mig gärna på 070-522 18 34 om ni vill ha hjälp.\n"
        "Ingrid Nyström\nGilla · Svara · 3 d\n"
    )
    chunk = replace(
        make_chunk("sorsele-facebook.txt", text, "inlägg", municipality="Sorsele"),
        title="Sorsele kommun",
    )
    at = text.index("070-522 18 34")
    assert in_other_voice(chunk, (at, at + 13))


def test_the_criteria_of_a_call_the_question_names_come_first(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    arjeplog = assistant_over(
        tmp_path_factory.mktemp("arjeplog"),
        {
            "arjeplog/arjeplog-iop-fragor-och-svar.md": ARJEPLOG_FAQ,
            "arjeplog/arjeplog-inbjudan-motesplatser-unga.md": ARJEPLOG_CALL,
        },
    )
    answer = arjeplog.answer(
        "Vår förening har funnits i tjugo år. Vi vill öppna bygdegården för unga 14–18 år "
        "två kvällar i veckan hela läsåret, gratis. Kan vi vara med i Arjeplogs kommuns "
        "inbjudan om mötesplatser för unga?"
    )
    assert answer.verdict is not None and answer.verdict.criteria
    assert "13–19 år" in answer.verdict.criteria[0].criterion
