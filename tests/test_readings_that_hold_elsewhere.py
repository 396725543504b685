"""Readings that hold on documents written in other ways: a criteria table whose criterion
column is not the first, a call whose only "rule" is its title, an age only ages take
("som har fyllt 75 år"), a grant the association already gets, a denial that names what
there is instead, a compound that only ends like an example, a village written as the
first word of a club's name, and a question about a name no document writes."""

from __future__ import annotations

from datetime import date

import pytest
from builders import make_criterion
from conftest import assistant_over

from assistant.answers.eligibility.ages import judge_ages
from assistant.answers.eligibility.concepts import read_concepts
from assistant.answers.eligibility.counts import judge_counts, required_count
from assistant.answers.eligibility.criteria import criteria_of
from assistant.answers.eligibility.examples import judge_examples
from assistant.answers.eligibility.fee import judge_fee
from assistant.answers.eligibility.judge import assess
from assistant.api import Assistant
from assistant.core.localities import loose_localities

GUIDELINE = """---
municipality: Söderhamn
title: Bedömning av idéer om idéburet offentligt partnerskap
doc_type: riktlinje
---
# Bedömning av idéer om idéburet offentligt partnerskap

## Så bedömer vi er idé

| Det här lämnar ni in | Kriterium | Nr |
| --- | --- | --- |
| Årsmötesprotokoll. | Organisationen är en ideell förening sedan minst två år. | 1 |
| En budget med er egen insats. | Organisationen står för minst 20 procent av kostnaden. | 2 |
| En beskrivning av målgruppen. | Verksamheten vänder sig till personer som har fyllt 75 år. | 3 |
| Era bidrag. | Samma verksamhet får inte samtidigt ha föreningsbidrag från kommunen. | 4 |

Partnerskapet med Ljusne Kamratförening om promenadgrupper pågår 2025–2027.

Föreningar söker IOP med en idéskiss. Frågor om IOP: iop@soderhamn.example.se, telefon
0270-123 45.
"""

PRESS = """Söderhamns kommun tecknar IOP om promenadgrupper

Söderhamns kommun och Ljusne Kamratförening har tecknat ett idéburet offentligt
partnerskap om promenadgrupper för äldre i Ljusne.

För mer information, kontakta:
Britt Sandberg, ordförande, Ljusne Kamratförening
Telefon 070-111 22 33
"""

CALL = """---
municipality: Lekeberg
title: Vill ni göra något för äldre som är ensamma?
doc_type: brev
---
# Vill ni göra något för äldre som är ensamma?

Kommunen har inga antagna riktlinjer för IOP ännu. Vi vill ändå gärna höra era idéer
om mötesplatser i Fjugesta och i byarna runt omkring. Skicka en kort idéskiss till
iop@lekeberg.example.se senast den 30 april.
"""


@pytest.fixture(scope="module")
def places(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over(
        tmp_path_factory.mktemp("elsewhere"),
        {
            "soderhamn/soderhamn-bedomning.md": GUIDELINE,
            "soderhamn/soderhamn-pressmeddelande.txt": PRESS,
            "lekeberg/lekeberg-brev.md": CALL,
        },
    )


def test_the_column_a_table_header_names_as_the_criterion_comes_first(
    places: Assistant,
) -> None:
    texts = [c.text for c in criteria_of(places.reader, ["Söderhamn"])]
    assert any(t.startswith("Organisationen står för minst 20 procent") for t in texts)
    # What to hand in still stands beside it, after the rule.
    assert any("En budget med er egen insats" in t for t in texts)
    assert not any(t.startswith("En budget") for t in texts)


def test_a_title_saying_whom_a_call_is_for_sets_no_criteria_to_be_eligible_against(
    places: Assistant,
) -> None:
    answer = places.answer(
        "Vi är en ideell förening i Lekeberg sedan 2010 och vill starta en träff varje "
        "vecka för äldre som är ensamma, gratis och öppen för alla, med våra egna "
        "volontärer. Det är vår egen idé. Kan det bli ett IOP?"
    )
    assert answer.verdict is not None and answer.verdict.label == "unclear"


def test_an_age_only_ages_take_is_the_rule_s_age() -> None:
    rule = "Verksamheten vänder sig till personer som har fyllt 75 år."
    judged = judge_ages(rule, (), "träffar för dem som just gått i pension, 63 till 70 år")
    assert judged is not None and judged[0] is False
    assert judge_ages(rule, (), "träffar för dem som är över 80 år") == (
        True,
        "träffar för dem som är över 80 år",
    )
    # A length of time is no age.
    assert judge_ages("Partnerskapet gäller i minst två år.", (), "för 63 till 70 år") is None


_TODAY = date(2026, 12, 1)


def _conflicts(description: str) -> set[str | None]:
    assessment = assess([], description, _TODAY)
    return {j.principle for j in assessment.judgements if j.status == "not_met"}


def test_a_grant_the_association_gets_or_asks_about_is_no_grant_sought() -> None:
    gets = (
        "Vi får föreningsbidrag varje år för vår vanliga verksamhet. Nu vill vi starta "
        "en ny träff för ensamma äldre, öppen för alla. Förlorar vi verksamhetsbidraget "
        "om vi får ett IOP?"
    )
    assert "not_grant" not in _conflicts(gets)
    same = (
        "Vi får föreningsbidrag för våra promenadgrupper. Nu vill vi söka ett IOP också "
        "för samma promenadgrupper."
    )
    assert "not_grant" in _conflicts(same)
    assert "not_grant" in _conflicts("Vi vill att IOP:et blir ett driftbidrag till hyran.")


def test_a_denial_that_names_what_there_is_instead_breaks_no_principle() -> None:
    assert "own_contribution" not in _conflicts(
        "Vi vill ha ett café för ensamma. Vi har inga egna pengar alls, bara vår tid."
    )
    assert "own_contribution" in _conflicts(
        "Vi vill ha ett café för ensamma. Vi har inga egna pengar alls."
    )


def test_an_example_is_matched_as_a_word_or_a_compound_s_head_only() -> None:
    groups = "Verksamhet för andra grupper, till exempel äldre eller vuxna, kan inte bli ett IOP."
    assert judge_examples(groups, "Vi vill ha café för småbarnsföräldrar.") is None
    events = "Enstaka evenemang, till exempel resor och fester, kan inte bli ett IOP."
    judged = judge_examples(events, "Vi vill ordna sommarfester för ensamma.")
    assert judged is not None and judged[0] is False


@pytest.mark.parametrize(
    ("text", "village"),
    [
        ("Jag sitter i styrelsen för Bjästa Seniorgympa och undrar en sak.", "Bjästa"),
        ("Hej, det är Kvidinge Pensionärsgäng som skriver.", "Kvidinge"),
    ],
)
def test_a_village_written_first_in_a_club_s_name_is_read_loosely(text: str, village: str) -> None:
    assert [loc.name for loc in loose_localities(text)] == [village]


def test_a_surname_that_is_a_village_too_is_no_loose_place() -> None:
    assert loose_localities("Jag har pratat med Anna Sälen om det.") == []


def test_a_question_about_a_name_no_document_writes_says_so_with_the_contact(
    places: Assistant,
) -> None:
    unknown = places.answer("Har Ljusne Schackklubb fått ett IOP med Söderhamns kommun?")
    assert unknown.abstained
    known = places.answer("Hur länge pågår partnerskapet med Ljusne Kamratförening i Söderhamn?")
    assert not known.abstained
    assert "2025" in known.answer


def test_a_price_for_the_whole_term_is_held_against_a_cap_per_term() -> None:
    cap = "Deltagaravgifter får tas ut med högst 300 kronor per termin."
    assert judge_fee(cap, "Vi tänkte ta 150 kr för hela terminen för fika.") == (
        True,
        "Vi tänkte ta 150 kr för hela terminen för fika.",
    )
    judged = judge_fee(
        "Participants pay at most SEK 200 per term.", "We charge SEK 250 for the term."
    )
    assert judged is not None and judged[0] is False


def test_a_count_with_an_adjective_before_the_thing_counts_the_thing() -> None:
    rule = "Organisationen ska ha hållit minst två ordinarie årsmöten."
    judged = judge_counts(rule, "Vi bildades förra hösten och hade vårt första årsmöte i mars.")
    assert judged is not None and judged[0] is False
    # A noun ending like an adjective is the thing itself: "minst tre årsmöte bakom sig".
    held = "Organisationen har minst tre årsmöte bakom sig."
    assert required_count(held) == (3, "årsmöt")
    judged = judge_counts(held, "Vi har haft vårt första årsmöte i år.")
    assert judged is not None and judged[0] is False


def test_a_group_a_rule_rules_out_by_example_breaks_it_for_an_idea_for_that_group() -> None:
    rule = "Idéer för andra grupper, till exempel äldre, kan inte bli ett IOP under perioden."
    judged = judge_examples(rule, "Vi vill starta en träffpunkt för ensamma pensionärer.")
    assert judged is not None and judged[0] is False
    assert judge_examples(rule, "Vi vill starta ett café för småbarnsföräldrar.") is None
    # A service for a group is no group: "hemtjänst för äldre" rules out the service.
    service = "Sådant kommunen ansvarar för, till exempel hemtjänst för äldre, kan inte bli IOP."
    assert judge_examples(service, "Vi vill starta en träffpunkt för ensamma pensionärer.") is None


def test_a_rule_on_party_politics_is_not_broken_by_a_prayer() -> None:
    politics = make_criterion("Partipolitisk verksamhet kan aldrig ingå i ett IOP.")
    religion = make_criterion(
        "Ett trossamfund kan vara part, men då bara för verksamhet som inte innehåller "
        "religiös förkunnelse."
    )
    told = "Vi vill ha läxhjälp för barn och avslutar varje gång med en kort andakt."
    statuses = [j.status for j in assess([politics, religion], told, _TODAY).judgements[:2]]
    assert statuses == ["unknown", "not_met"]


@pytest.mark.parametrize(
    ("told", "concept"),
    [
        ("Vi träffas varannan tisdag i bygdegården.", "recurring"),
        ("We meet every other Thursday.", "recurring"),
        ("Caféet har öppet på onsdagarna.", "recurring"),
        ("Nu vill vi starta en läsecirkel.", "own_initiative"),
        ("Alla får komma, man måste inte vara med i gillet.", "open_to_all"),
    ],
)
def test_ways_of_telling_a_concept_in_other_word_orders(told: str, concept: str) -> None:
    assert concept in {f.concept for f in read_concepts(told) if f.polarity == "stated"}


def test_one_day_named_is_no_recurrence() -> None:
    assert "recurring" not in {f.concept for f in read_concepts("Vi ses på måndag i Folkets hus.")}


def test_an_association_s_own_person_is_offered_only_for_that_association(
    places: Assistant,
) -> None:
    general = places.answer("Vem kan jag prata med om IOP i Söderhamn?")
    assert "070-111 22 33" not in general.answer
    assert "iop@soderhamn.example.se" in general.answer
    named = places.answer("Hur når jag Ljusne Kamratförening i Söderhamn?")
    assert "070-111 22 33" in named.answer


@pytest.mark.parametrize(
    "question",
    [
        "Kan Gunnel och jag söka IOP i Söderhamn?",
        "What are the Guidelines for IOP in Söderhamn?",
        "Får Hyresgästföreningen söka IOP i Söderhamn?",
        "Hur länge pågår partnerskapet med Ljusne Kamratforening i Söderhamn?",
        "Kan Ljusne Syförening, där jag är ordförande, söka IOP i Söderhamn?",
        "Hur ansöker vi om IOP i Söderhamn? /Gunnel Ek, Ljusne Syförening",
    ],
)
def test_names_that_are_no_unknown_association_are_answered(
    places: Assistant, question: str
) -> None:
    assert not places.answer(question).abstained


def test_a_village_in_an_association_s_name_does_not_name_that_association(
    places: Assistant,
) -> None:
    answer = places.answer("Vem kan jag prata med om IOP i Ljusne?")
    assert "070-111 22 33" not in {c.phone for c in answer.contacts}


@pytest.mark.parametrize(
    ("description", "broken"),
    [
        ("Vi har inga egna pengar, men kommunen får gärna betala allt.", "own_contribution"),
        ("Vi är inte en förening, bara några grannar.", "idea_based"),
        ("Vi hoppas att vi får driftbidrag för lokalen.", "not_grant"),
        ("We hope we get a grant to cover the rent.", "not_grant"),
    ],
)
def test_what_still_breaks_a_principle(description: str, broken: str) -> None:
    assert broken in _conflicts(description)


def test_inclusive_wording_is_no_religious_influence() -> None:
    rule = make_criterion("Verksamheten ska vara fri från religiös och partipolitisk påverkan.")
    told = "Alla är välkomna oavsett religiös eller politisk uppfattning."
    assert assess([rule], told, _TODAY).judgements[0].status == "unknown"


def test_a_service_or_one_group_only_is_no_group_ruled_out() -> None:
    told = "Vi vill starta en träffpunkt för ensamma pensionärer."
    for rule in (
        "Kommunens lagstadgade uppgifter, till exempel äldreboenden, kan inte ingå i ett IOP.",
        "Verksamheten får inte rikta sig till enbart en grupp, till exempel pensionärer.",
    ):
        assert judge_examples(rule, told) is None


def test_a_short_first_part_still_makes_a_compound() -> None:
    events = "Enstaka evenemang, till exempel resor och fester, kan inte bli ett IOP."
    judged = judge_examples(events, "Vi vill ha byfester på sommaren.")
    assert judged is not None and judged[0] is False


def test_a_price_the_association_takes_for_the_year_is_a_fee() -> None:
    cap = "Deltagarna betalar högst 500 kronor per år."
    assert judge_fee(cap, "Vi tar 600 kr för hela året.") == (False, "Vi tar 600 kr för hela året.")
    assert judge_fee(cap, "Projektet kostar 200 000 kr om året.") is None


def test_a_period_from_one_year_is_no_age() -> None:
    rule = "Ett partnerskap kan tecknas för en period från 1 år upp till 4 år."
    assert judge_ages(rule, (), "träffar för äldre, 70 till 90 år") is None


def test_a_rule_keeping_non_members_out_is_no_openness() -> None:
    said = read_concepts("Den som inte är med i föreningen kan inte delta.")
    assert "open_to_all" not in {f.concept for f in said if f.polarity == "stated"}


def test_a_surname_after_a_lower_case_word_is_no_loose_place() -> None:
    assert loose_localities("Jag har pratat med Dalby på kommunen om vår idé.") == []


def test_a_cap_said_as_no_more_than_is_a_cap() -> None:
    rule = make_criterion("Deltagarna får inte betala mer än 30 kronor per tillfälle.")
    assert assess([rule], "Vi tar 20 kr för en macka.", _TODAY).judgements[0].status == "met"
    assert assess([rule], "Vi tar 40 kr per gång.", _TODAY).judgements[0].status == "not_met"


def test_a_rule_on_what_counts_bans_nothing() -> None:
    rule = make_criterion("Avgifterna räknas inte in i den egna insatsen.")
    assert assess([rule], "Vi tar 20 kr per gång.", _TODAY).judgements[0].status == "unknown"


def test_a_ban_on_fees_per_time_leaves_a_fee_per_term() -> None:
    rule = make_criterion("Det går inte att ta ut en avgift per gång.")
    per_term = "Det kostar 150 kr per termin och deltagare."
    assert assess([rule], per_term, _TODAY).judgements[0].status != "not_met"
    per_time = "Vi tar 20 kr per gång."
    assert assess([rule], per_time, _TODAY).judgements[0].status == "not_met"


def test_almost_none_is_some() -> None:
    assert "own_contribution" not in _conflicts("Vi har nästan inga egna pengar, men timmar.")


def test_a_pair_shares_its_noun_only_when_the_two_make_a_concept() -> None:
    said = read_concepts("Det blir ingen andakt eller politik, och ingen firma gör något sånt.")
    assert ("company", "stated") not in {(f.concept, f.polarity) for f in said}
