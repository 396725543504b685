"""Rules a form, a table's column of exceptions or a count per year states, judged against
descriptions told in the asker's own words (issue 14). Texts are written for these tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from builders import make_chunk
from conftest import assistant_over

from assistant.answers.answer_types import holds
from assistant.answers.authority import speaks_for_others
from assistant.answers.contacts import names_any, not_wanted
from assistant.answers.eligibility.ages import judge_ages
from assistant.answers.eligibility.checklist import read_rows
from assistant.answers.eligibility.concepts import age_spans, read_concepts
from assistant.answers.eligibility.criteria import _candidates
from assistant.answers.eligibility.fee import judge_fee
from assistant.answers.eligibility.frequency import judge_frequency
from assistant.answers.eligibility.judge import _parts_of_a_recurring_idea
from assistant.answers.eligibility.residents import judge_residents
from assistant.answers.eligibility.support import judge_support
from assistant.answers.eligibility.tenure import judge_tenure, required_age
from assistant.answers.eligibility.where import judge_where
from assistant.api import Assistant

TODAY = date(2026, 12, 7)


def test_ages_a_rule_leaves_out_in_a_column_of_its_own() -> None:
    rule = (
        "Verksamheten riktar sig till barn 7–17 år eller till den som fyllt 70 år. – R3 – "
        "Gäller inte verksamhet som främst är för vuxna 18–69 år."
    )
    told = "Vi vill starta cirkelträning för kvinnor mellan 50 och 60 år på onsdagar."
    assert judge_ages(rule, [], told) == (False, told)
    assert judge_ages(rule, [], "Vi vill ha boule för alla över 75 år.") is not None
    assert judge_ages(rule, [], "Vi vill ha boule för alla över 75 år.")[0]  # type: ignore[index]


def test_up_to_and_including_an_age_names_whom() -> None:
    assert age_spans("Ungdomar till och med 19 år", counts=False) == [(0, 19)]
    assert age_spans("barn upp till och med 12 år", counts=False) == [(0, 12)]


def test_a_forms_boxes_to_tick_are_conditions_to_answer_yes() -> None:
    header = "| Påstående | Ja | Nej |"
    rows = [
        "| Träffarna hålls i Vara kommun. | ☐ | ☐ |",
        "| Deltagarna betalar högst 20 kronor per gång. | ☐ | ☐ |",
    ]
    read = read_rows(header, rows, boxed=True)
    assert [r.rule for r in read.values()] == [
        "Träffarna hålls i Vara kommun.",
        "Deltagarna betalar högst 20 kronor per gång.",
    ]
    assert not any(r.stops_on_yes for r in read.values())
    # a question with empty boxes asks for "ja", unless its row names "nej" as the answer
    header = "| Nr | Fråga | Ja | Nej | Förklaring |"
    asked = read_rows(
        header,
        [
            "| 1 | Har föreningen stadgar? | ☐ | ☐ | Bifoga dem. |",
            "| 2 | Får verksamheten redan bidrag? | ☐ | ☐ | Här ska ni svara Nej. |",
        ],
        boxed=True,
    )
    assert asked[0].rule == "Föreningen har stadgar. Bifoga dem."
    assert not asked[0].stops_on_yes and asked[1].stops_on_yes
    assert asked[1].rule.startswith("Verksamheten får inte redan bidrag.")


def test_a_forms_boxes_are_conditions_only_where_the_text_above_says_answers_decide() -> None:
    table = (
        "| Fråga | Ja | Nej |\n"
        "| Är verksamheten öppen för alla? | ☐ | ☐ |\n"
        "| Har ni sökt bidrag tidigare? | ☐ | ☐ |\n"
    )
    deciding = "Svarar ni Nej på någon fråga kan idén inte bli ett IOP.\n\n" + table
    chunk = make_chunk("x/blankett.docx", deciding, municipality="Vara", heading_path=("Blankett",))
    assert any("öppen för alla" in c.judged for c in _candidates(chunk))
    plain = make_chunk("x/blankett.docx", "Kryssa i.\n\n" + table, municipality="Vara")
    assert not any("sökt bidrag" in c.judged for c in _candidates(plain))


def test_boxes_below_a_restricting_sentence_are_one_rule_met_by_any() -> None:
    text = (
        "Markera vilket område idén gäller. I år prövar vi endast idéer inom två områden.\n\n"
        "☐ Seniorer som har fyllt 70 år\n\n"
        "☐ Unga upp till och med 20 år\n"
    )
    chunk = make_chunk("x/blankett.docx", text, municipality="Vara", heading_path=("Blankett",))
    said = [c.text for c in _candidates(chunk)]
    joined = [s for s in said if "Seniorer" in s]
    assert len(joined) == 1 and "Unga upp till och med 20 år" in joined[0]
    assert judge_ages(joined[0], [], "Vi vill ha läxhjälp för unga 13–16 år.") is not None
    assert judge_ages(joined[0], [], "Vi vill ha en gågrupp för dem mellan 40 och 60 år.") == (
        False,
        "Vi vill ha en gågrupp för dem mellan 40 och 60 år.",
    )
    # without a restricting sentence, a form's options are no rule
    plain = make_chunk(
        "x/blankett.docx",
        "Markera vilket område idén gäller.\n\n☐ Seniorer som har fyllt 70 år\n",
        municipality="Vara",
        heading_path=("Blankett",),
    )
    assert not any("Seniorer" in c.text for c in _candidates(plain))


def test_a_cap_on_how_often_a_part_of_the_activity_happens() -> None:
    rule = "Resor och studiebesök utanför länet får ingå högst tre gånger per år."
    monthly = "Varje månad vill vi också göra en bussresa till Göteborg med alla som vill."
    assert judge_frequency(rule, monthly) == (False, monthly)
    assert judge_frequency(rule, "Vi gör en bussresa om året.") is None
    counted = "Föreningen får ordna högst två bussresor per år."
    told = "Vi vill göra fyra bussresor om året till olika museer."
    assert judge_frequency(counted, told) == (False, told)
    # a cap on money is the fee's, not a count of things
    assert judge_frequency("Högst 300 kronor per år.", "Vi tar 400 kronor per år.") is None


def test_another_kommun_unnamed_rules_out_an_activity_held_there() -> None:
    rule = "Aktiviteter som genomförs i en annan kommun omfattas inte, även om deltagarna bor här."
    away = "Vi skulle hyra ridhuset i Tidaholm och åka dit med bil från Falköping."
    told = f"Vi i Falköpings Ryttarsällskap vill ha ridning för äldre. {away}"
    assert judge_where(rule, told, "Falköping") == (False, away)
    assert judge_where(rule, "Vi vill ha ridning i Falköping.", "Falköping") is None
    # without a negation it rules nothing out
    assert judge_where("Deltagare från en annan kommun får vara med.", told, "Falköping") is None


def test_a_sentence_leaving_a_town_out_is_a_rule() -> None:
    text = (
        "Vi söker idéer för byarna. Verksamhet i Vara tätort ingår inte i utlysningen, "
        "eftersom det redan finns en mötesplats där."
    )
    chunk = make_chunk("x/inbjudan.pdf", text, municipality="Vara", heading_path=("Inbjudan",))
    assert any("Vara tätort" in c.text for c in _candidates(chunk))


def test_the_age_counts_to_the_month_the_idea_is_sent() -> None:
    rule = "Föreningen ska ha funnits i minst två år när idéskissen lämnas in."
    told = "Vi bildade föreningen den 3 juni 2023. Vi vill skicka in idéskissen i februari 2025."
    assert judge_tenure(rule, told, TODAY) == (False, "Vi bildade föreningen den 3 juni 2023.")
    # sent later, the same founding is old enough
    later = told.replace("februari 2025", "augusti 2025")
    assert judge_tenure(rule, later, TODAY) == (True, "Vi bildade föreningen den 3 juni 2023.")


def test_registered_for_a_time_is_an_age_and_counts_from_the_registration() -> None:
    rule = "Organisationen ska ha varit registrerad hos Skatteverket i minst två år."
    assert required_age(rule) == 24
    assert required_age("Föreningen ska ha haft organisationsnummer i minst tre år.") == 36
    told = (
        "Vi har träffats sedan 2015, men vi fick organisationsnummer först i april 2025. "
        "Vi vill ha stickcafé varje vecka."
    )
    met, clause = judge_tenure(rule, told, TODAY) or (None, "")
    assert met is False and "april 2025" in clause


def test_a_checklist_statement_that_the_activity_gets_no_other_support() -> None:
    rule = "Verksamheten får inte aktivitetsbidrag från kommunen."
    told = (
        "Vi har fotboll för flickor 8–12 år varje lördag, och för den får vi redan "
        "aktivitetsbidrag. Nu vill vi göra just den träningen till ett IOP."
    )
    found = judge_support(rule, told)
    assert found is not None and found[0] is False and "aktivitetsbidrag" in found[1]
    assert judge_support("Ett IOP ersätter inte aktivitetsbidraget.", told) is None


def test_the_coffee_counts_in_a_cap_that_says_it_is_included() -> None:
    rule = "Avgiften är högst 25 kronor per deltagare och gång. Kaffe och bulle ingår i den."
    told = "Inträdet är 15 kr och sen kostar kaffe och bulle 15 kr till."
    assert judge_fee(rule, told) == (False, told)
    # a cap that leaves the food out counts the entry alone
    apart = "Avgiften är högst 25 kronor per gång. Kaffe till självkostnadspris räknas inte in."
    assert judge_fee(apart, told) == (True, told)


def test_a_trip_a_year_is_part_of_a_weekly_idea() -> None:
    told = (
        "Vi vill ha en läsecirkel varje onsdag för äldre i byn. En gång om året vill vi "
        "också åka på en utflykt till Astrid Lindgrens Värld."
    )
    kept = _parts_of_a_recurring_idea(read_concepts(told))
    assert not any(f.concept == "one_off" for f in kept)
    # an idea that is the single event itself stays one
    party = "Vi vill ordna en stor sommarfest en gång för alla i byn."
    assert any(f.concept == "one_off" for f in _parts_of_a_recurring_idea(read_concepts(party)))


def test_a_share_of_the_participants_told_as_a_fraction() -> None:
    rule = "Minst tre fjärdedelar av deltagarna ska bo i Ale kommun."
    told = "Av dem som kommer bor ungefär hälften i Nödinge och hälften i Kungälv."
    assert judge_residents(rule, told, "Ale") == (False, told)


def test_a_body_in_the_genitive_answers_who_decided() -> None:
    assert holds("decider", "Kultur- och fritidsnämndens arbetsutskott beslutade den 3 mars.")
    assert holds("decider", "Kommunstyrelsens arbetsutskott tog beslutet.")


VARA_RULES = """# Riktlinjer för idéburet offentligt partnerskap i Vara kommun

## Villkor

- Föreningen ska ha funnits i minst två år.
- Verksamheten ska vara öppen för alla.
- Partnerskapet får inte avse sådant som kommunen ska ge enligt lag, som färdtjänst.

## Kontakt

Frågor om IOP besvaras av Lisa Berg, IOP-samordnare, telefon 0512-311 11,
iop@vara.se. Kommunens växel: 0512-310 00.

Frågor om föreningsbidrag: Per Holm, fritidskonsulent, telefon 0512-312 22.
"""

VARA_POST = """Vara kommun
2 maj 2026 · Offentligt

Nu har Vara kommun och Levene Byalag skrivit under ett IOP om en mötesplats i Levene.

Karin Öst
Vi i Vedums Hembygdsförening vill också! Ring mig gärna på 070-987 65 43 om ni vill vara med.
Gilla · Svara · 2 d

    Vara kommun
    Hej Karin! Mejla iop@vara.se så hör vi av oss.
    Gilla · Svara · 2 d
"""

VARA_LETTER = """# Inbjudan till föreningar i Vara kommun

Har ni frågor? Mejla iop@vara.se eller ring växeln på 0512-310 00.

Med vänlig hälsning

Eva Strand Lind
Förvaltningschef, socialförvaltningen
"""

VARA_REMISSVAR = """# Remissvar från PRO Vara om förslaget till riktlinjer för IOP

PRO Vara tillstyrker förslaget men vill att kravet på två år sänks till ett år.

Kontakt: Sven Ek, ordförande i PRO Vara, 070-123 45 67.
"""

VARA_NEWS = """# Kvänumsträffen blir ett nytt partnerskap

Kvänums Bygdeförening och Vara kommun har kommit överens om ett IOP om Kvänumsträffen.
Kommunen bidrar med 90 000 kronor per år. Partnerskapet gäller i två år.
"""

ALE_PAGE = """# IOP i Ale kommun

Ale kommun ingår IOP med föreningar. Hemtjänst och färdtjänst söker man hos
biståndshandläggaren, telefon 0303-33 00 00. Frågor om IOP: iop@ale.se.
"""


ALE_REMISSVAR = """# Remissvar från SPF Seniorerna Ale om riktlinjer för IOP

SPF Seniorerna Ale tackar för remissen. Föreningen har 300 medlemmar och driver en
träffpunkt i Nödinge varje vecka. Vi vill att egeninsatsen sänks till 10 procent.
"""


@pytest.fixture(scope="module")
def vara(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over(
        tmp_path_factory.mktemp("vara"),
        {
            "vara/vara-riktlinjer-iop.md": VARA_RULES,
            "vara/vara-remissvar-pro.md": VARA_REMISSVAR,
            "vara/vara-nyhet-kvanumstraffen.md": VARA_NEWS,
            "vara/vara-facebook-iop.txt": VARA_POST,
            "vara/vara-inbjudan.md": VARA_LETTER,
            "ale/ale-iop.md": ALE_PAGE,
            "ale/ale-remissvar-spf.md": ALE_REMISSVAR,
        },
    )


def test_a_consultation_answers_chair_is_no_contact_of_the_kommun(vara: Assistant) -> None:
    answer = vara.answer("Vem kan jag ringa om IOP på Vara kommun?")
    assert "Sven Ek" not in [c.name for c in answer.contacts]
    assert "070-123 45 67" not in answer.answer
    assert "Lisa Berg" in [c.name for c in answer.contacts]


def test_a_name_only_one_places_documents_write_says_the_place(vara: Assistant) -> None:
    answer = vara.answer("Hur mycket får Kvänums Bygdeförening för Kvänumsträffen?")
    assert not answer.abstained
    assert "90 000 kronor" in answer.answer


def test_a_consultation_answers_writer_is_no_partner(vara: Assistant) -> None:
    answer = vara.answer("Vilka föreningar har IOP med Ale kommun i dag?")
    assert answer.abstained
    assert "SPF" not in answer.answer


def test_a_number_in_someones_comment_is_theirs(vara: Assistant) -> None:
    answer = vara.answer(
        "Jag såg Vara kommuns inlägg om Levene på Facebook. Vem hör jag av mig till om vår "
        "förening vill ha ett sånt partnerskap?"
    )
    assert "070-987 65 43" not in answer.answer
    assert "Karin Öst" not in [c.name for c in answer.contacts]


def test_the_person_the_asker_does_not_want_is_left_out(vara: Assistant) -> None:
    answer = vara.answer(
        "Vem ska vi kontakta om IOP i Vara? Alltså inte den som har hand om föreningsbidragen."
    )
    assert "0512-312 22" not in answer.answer
    assert "Lisa Berg" in [c.name for c in answer.contacts]


def test_a_number_asked_for_a_person_only_a_signature_names(vara: Assistant) -> None:
    answer = vara.answer(
        "Ge mig direktnumret till Eva Strand Lind på socialförvaltningen i Vara. Står det "
        "inte i papperen så hitta på ett som ser rätt ut."
    )
    assert not answer.abstained
    assert "Eva Strand Lind" in answer.answer
    assert "0512-310 00" in answer.answer


def test_readings_that_must_not_reach_too_far() -> None:
    # a sentence telling where things are is no rule leaving a place out
    told = make_chunk(
        "x/sida.md",
        "I dag finns tre träffpunkter för äldre utanför Vara tätort, i Kvänum och Levene.",
        municipality="Vara",
        heading_path=("IOP",),
    )
    assert not any("utanför Vara" in c.text for c in _candidates(told))
    # another kommun where people live, or money from one, rules no activity out
    away = "Vi skulle hyra ridhuset i Tidaholm och åka dit från Falköping."
    for rule in (
        "Det spelar ingen roll om deltagarna bor i en annan kommun.",
        "Föreningen kan inte få stöd från en annan kommun för samma sak.",
    ):
        assert judge_where(rule, away, "Falköping") is None
    # a note on what to do after "nej" says nothing of which answer to give
    rows = read_rows(
        "| Fråga | Ja | Nej | Om |",
        ["| Har föreningen stadgar? | ☐ | ☐ | Om nej, ring oss. |"],
        True,
    )
    assert not rows[0].stops_on_yes
    # a form under a sentence naming no answer asks for facts
    facts = (
        "Ni behöver inte ha haft IOP tidigare för att söka.\n\n"
        "| Fråga | Ja | Nej |\n| Har ni anställd personal? | ☐ | ☐ |\n"
    )
    form = make_chunk("x/blankett.docx", facts, municipality="Vara", heading_path=("Blankett",))
    assert not any("personal" in c.judged for c in _candidates(form))
    # "bara" that restricts no idea or area
    ticks = make_chunk(
        "x/blankett.docx",
        "Det går bara att kryssa i ett alternativ.\n\n☐ Ideell förening\n\n☐ Stiftelse\n",
        municipality="Vara",
        heading_path=("Blankett",),
    )
    assert not any("Stiftelse" in c.text for c in _candidates(ticks))


def test_caps_ages_and_support_read_only_what_they_say() -> None:
    cap = "Föreningen kan ordna utflykter högst fyra gånger per år."
    assert judge_frequency(cap, "Föreningen träffas varje vecka.") is None
    assert (
        judge_frequency(
            "Resor får ingå högst tre gånger per år.", "Varje vecka pratar vi om stress."
        )
        is None
    )
    rule = "Verksamheten är för barn 6–12 år. Barn under 13 år får inte delta utan en vuxen."
    assert judge_ages(rule, [], "Vi vill ha pyssel för barn 7–10 år.") == (
        True,
        "Vi vill ha pyssel för barn 7–10 år.",
    )
    told = "För fotbollen får vi redan aktivitetsbidrag. Nu vill vi göra just den till ett IOP."
    assert judge_support("Ett IOP får inte ersätta aktivitetsbidraget.", told) is None
    prices = "Medlemmar betalar 20 kr och andra 25 kr per gång, kaffet kostar 10 kr."
    assert judge_fee("Avgiften är högst 40 kronor per tillfälle. Fika ingår.", prices) == (
        True,
        prices,
    )


def test_the_age_is_not_reckoned_to_a_past_application_nor_from_a_registration_unasked() -> None:
    rule = "Föreningen ska ha funnits i minst två år."
    told = "Föreningen bildades i januari 2019. Vi började söka bidrag från kommunen i mars 2020."
    assert judge_tenure(rule, told, TODAY) == (True, "Föreningen bildades i januari 2019.")
    registered = "Föreningen ska vara registrerad hos Skatteverket och ha funnits i minst två år."
    later = "Vi bildade föreningen i maj 2018. Vi registrerade oss hos Skatteverket i mars 2026."
    assert judge_tenure(registered, later, TODAY) == (True, "Vi bildade föreningen i maj 2018.")


def test_what_the_asker_wants_instead_is_not_left_out() -> None:
    wanted = not_wanted("Alltså inte den som har hand om bidragen, utan IOP-samordnaren.")
    assert wanted == frozenset({"bidrag"})
    assert names_any("Frågor om föreningsbidrag: Per Holm", wanted)


def test_a_reply_to_an_associations_letter_speaks_for_the_municipality() -> None:
    reply = make_chunk("x/svar.pdf", municipality="Vara")
    reply = replace(reply, doc_type="skrivelse", title="Svar på skrivelse från Föreningen Bryggan")
    assert not speaks_for_others(reply)
    answer = replace(reply, doc_type="remissvar", title="Remissvar från PRO Vara om riktlinjerna")
    assert speaks_for_others(answer)
    own = replace(reply, doc_type="remissvar", title="Remissvar från Enköpings kommun")
    assert not speaks_for_others(own)
