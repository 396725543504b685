"""Rules read in more of the forms municipalities write them: a share of the members who
must live in the kommun, kinds listed together that cannot apply, a fee cap against an
activity told free or a count of times per term, an association known by its name, a
guide whose steps have headings of their own (read as "heading: text"), a table that
compares IOP with a grant and with procurement column by column, an FAQ answer listing
what cannot be an IOP, and what a partnership gets told in a post about it. Texts written
for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import assistant_over

from assistant.answers.eligibility.criteria import _candidates, criteria_of
from assistant.answers.eligibility.examples import judge_audience
from assistant.answers.eligibility.fee import fee_cap, judge_fee, times_per, told_free
from assistant.answers.eligibility.judge import assess
from assistant.answers.eligibility.party import excluded_kinds, judge_party
from assistant.answers.eligibility.residents import judge_residents, required_resident_share
from assistant.api import Assistant
from ingest.chunk import _pack

HALF = "Minst hälften av medlemmarna ska vara folkbokförda i Vännäs kommun."


@pytest.mark.parametrize(
    ("rule", "share"),
    [
        (HALF, 50),
        ("En majoritet av medlemmarna ska bo i kommunen.", 51),
        ("At least 75 percent of the members must live in the municipality.", 75),
        # A count of members, or a share of something else, is no share of residents.
        ("Föreningen ska ha minst 12 medlemmar.", None),
        ("Föreningen står för minst hälften av kostnaden.", None),
    ],
)
def test_the_share_of_members_a_rule_asks_to_live_in_the_kommun(
    rule: str, share: int | None
) -> None:
    assert required_resident_share(rule) == share


@pytest.mark.parametrize(
    ("told", "met"),
    [
        # five of 22 live here; most live in another kommun
        (
            "Vi är 22 medlemmar, men de flesta bor inne i Umeå, bara fem av oss är skrivna här.",
            False,
        ),
        # nine of fourteen live here, the rest elsewhere
        ("Vi är 14 medlemmar och nio av dem bor här i kommunen, resten i Umeå.", True),
        # three of twelve live in another kommun: nine at home
        ("Vi är 12 medlemmar och tre av oss bor i Umeå.", True),
        ("We have 40 members and most of them live in Umeå.", False),
        ("Vi är 30 medlemmar, nästan alla bor i byn.", True),
    ],
)
def test_where_the_members_live_is_held_against_the_share(told: str, met: bool) -> None:
    judged = judge_residents(HALF, told)
    assert judged is not None and judged[0] is met


def test_members_not_said_to_live_anywhere_say_nothing_of_the_share() -> None:
    assert judge_residents(HALF, "Vi är 20 medlemmar och alla får komma.") is None
    assert judge_residents("Föreningen ska ha minst 12 medlemmar.", "Alla bor i byn.") is None


def test_kinds_listed_together_each_cannot_apply() -> None:
    rule = "Stiftelser och bolag kan inte söka, inte heller ett bolag som ägs av en förening."
    assert excluded_kinds(rule) == [("stift",), ("bolag",)]
    # Whose board the asker sits on is the asker's.
    told = "Jag sitter i styrelsen för Stiftelsen Jocks Bygdegård. Vi vill ha soppluncher."
    assert judge_party(rule, told) is not None
    # A foundation told of beside the asker's association is not the asker.
    told = "Stiftelsen bildades 1990 och ger oss pengar, men vi är en ideell förening."
    assert judge_party(rule, told) is None
    # Renting from one says nothing of the asker.
    assert judge_party(rule, "Vi hyr lokalen av Stiftelsen Jocks Bygdegård.") is None


CAP = "Avgiften till deltagarna får vara högst 300 kronor per termin."


def test_a_price_per_time_counted_over_the_times_told_for_a_term() -> None:
    told = "Hantverkscirkel ungefär 15 gånger på hösten och 15 på våren. Vi tar 30 kr per gång."
    assert times_per("term", told) == 15
    judged = judge_fee(CAP, told)
    assert judged is not None and judged[0] is False
    # Eight times of 30 kronor stay within 300 a term: nothing is broken.
    assert judge_fee(CAP, "Vi träffas 8 gånger per termin och tar 30 kr per gång.") is None


def test_an_activity_told_free_is_within_a_cap() -> None:
    assert told_free("Vi vill ordna boule, och alla får vara med gratis.") is not None
    assert told_free("Det kostar ingenting att vara med.") is not None
    # Unpaid work is no price, and a price told is no free activity.
    assert told_free("Vi jobbar gratis med allt.") is None
    assert told_free("Det är gratis att vara medlem men kaffet kostar 20 kr.") is None


GUIDE = """<!DOCTYPE html>
<html lang="sv"><head><title>Så går det till – IOP 2026 – Tranemo kommun</title></head>
<body><main>
<h1>Så går det till – idéburet offentligt partnerskap 2026</h1>
<p>Tranemo kommun tar emot idéer om idéburet offentligt partnerskap (IOP) en gång per år.</p>
<ol>
  <li><h2>Kolla att föreningen kan söka</h2>
    <p>Föreningen ska vara en ideell förening, ha funnits i minst ett år och ha minst 10
    medlemmar. Avgiften till deltagarna får vara högst 300 kronor per termin. Föreningen
    står själv för minst 10 procent av kostnaden.</p></li>
  <li><h2>Skicka in er idéskiss</h2><p>Senast måndag 30 mars 2026.</p></li>
</ol>
</main></body></html>
"""

COMPARED = """---
municipality: Dals-Ed
title: Policy för samverkan med civilsamhället
doc_type: riktlinje
---
# Policy för samverkan med civilsamhället

Kommunen samverkar med föreningar genom föreningsbidrag, idéburet offentligt partnerskap
och upphandling.

| | Föreningsbidrag | Idéburet offentligt partnerskap (IOP) | Upphandling (LOU) |
| --- | --- | --- | --- |
{rows}
""".format(
    rows="\n".join(
        (
            "| Krav på organisationen | Minst ett år och minst 10 medlemmar. "
            "| Verksamhet i minst tre år och minst 25 medlemmar. | Enligt upphandlingen. |",
            "| Deltagare och avgift | Föreningen bestämmer själv. "
            "| Öppen för alla. Högst 50 kronor per tillfälle. | Kommunen bestämmer. |",
        )
    )
)


POST = """Tranemo kommun
3 mars 2026 · Offentligt

Första IOP:t i Tranemo är påskrivet! I går skrev Ljungsarps Byaförening och kommunen på
vårt första idéburna offentliga partnerskap, om en mötesplats i bygdegården.

Avtalet gäller från 1 april 2026 till 31 mars 2029 och kommunen går in med 95 000 kr om året.

Kommentarer
Måste man inte ha funnits i fem år för att få sånt här?
Nej, det räcker att föreningen har funnits i ett år.
"""


@pytest.fixture(scope="module")
def forms(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over(
        tmp_path_factory.mktemp("forms"),
        {
            "tranemo/iop-sa-gar-det-till.html": GUIDE,
            "tranemo/tranemo-facebook-forsta-iop.txt": POST,
            "dals-ed/policy.md": COMPARED,
        },
    )


def test_the_steps_of_a_guide_are_items_read_with_their_heading(
    forms: Assistant,
) -> None:
    texts = [c.text for c in criteria_of(forms.reader, ["Tranemo"])]
    # Each step is an item read as its heading and its text, the heading no rule of its own.
    assert texts[0].startswith("Kolla att föreningen kan söka: Föreningen ska vara")
    assert "högst 300 kronor per termin" in texts[0]
    assert not any("##" in t or "Skicka in" in t for t in texts)
    # A rule stating several things caps the fee in the sentence that says so.
    cap = fee_cap(texts[0])
    assert cap is not None and (cap.amount, cap.unit) == (300, "term")
    # Free of charge, a known kind, one year old with eleven members: within every rule.
    judged = assess(
        criteria_of(forms.reader, ["Tranemo"]),
        "Vi bildade Brottby Boulevänner i januari 2025 och hade vårt första årsmöte nu i "
        "januari. Vi är 11 medlemmar. Vi vill ordna boule och fika för pensionärer i Brottby "
        "två gånger i veckan, och alla får vara med gratis. Våra timmar blir ungefär 10 procent "
        "av kostnaden.",
    )
    assert judged.label == "likely_eligible"


def test_only_the_iop_column_of_a_compared_table_is_the_partnerships_rules(
    forms: Assistant,
) -> None:
    texts = [c.text for c in criteria_of(forms.reader, ["Dals-Ed"])]
    assert any(t.startswith("Krav på organisationen: Verksamhet i minst tre år") for t in texts)
    assert not any("Minst ett år och minst 10 medlemmar" in t for t in texts)
    assert not any("Kommunen bestämmer" in t for t in texts)
    # The grant's lower numbers do not make a young, small association eligible.
    judged = assess(
        criteria_of(forms.reader, ["Dals-Ed"]),
        "Vår förening bildades för två år sedan och har 12 medlemmar. Vi vill ha en "
        "promenadgrupp varje vecka, öppen för alla och gratis.",
    )
    assert judged.label == "likely_not_eligible"


def test_what_a_partnership_gets_and_for_how_long_comes_from_the_partnerships_document(
    forms: Assistant,
) -> None:
    answer = forms.answer(
        "Har Tranemo kommun något IOP med någon förening? Vad får de och hur länge gäller det?"
    )
    assert "31 mars 2029" in answer.answer and "95 000 kr om året" in answer.answer
    # A question in the comments holds no answer to how long.
    assert "fem år" not in answer.answer


RULING_OUT = (
    "9. Finns det något som inte kan bli ett IOP? Verksamhet som mest vänder sig till "
    "turister och besökare i stället för till oss som bor här."
)


def test_an_activity_for_the_people_a_rule_rules_out_breaks_it() -> None:
    told = "I sommar vill vi köra guidade båtturer på älven för turisterna och sommargästerna."
    judged = judge_audience(RULING_OUT, True, told)
    assert judged is not None and judged[0] is False
    # Others, a denial, or a rule that rules nothing out say nothing of it.
    assert judge_audience(RULING_OUT, True, "Vi vill ha träffar för pensionärer i byn.") is None
    assert judge_audience(RULING_OUT, True, "Det är inte för turister utan för oss här.") is None
    assert judge_audience(RULING_OUT, False, told) is None
    # The asker's association, named, is who asks, not whom the activity is for.
    members = (
        "Vad kan inte bli ett IOP?: Verksamhet som bara är till för föreningens egna medlemmar"
    )
    named = "Jag sitter i styrelsen för Föreningen Matglädje i Lidköping."
    assert judge_audience(members, True, named) is None


FAQ = """---
municipality: Tranemo
title: Frågor och svar om IOP
doc_type: faq
---
# Frågor och svar om IOP

**8. Hur mycket måste föreningen stå för själv?**
Minst 10 procent av den totala kostnaden.

**9. Finns det något som inte kan bli ett IOP?**
Ja. Engångsevenemang som en marknadsdag eller en festival. Verksamhet som mest vänder sig
till turister och besökare i stället för till oss som bor här.
"""


def test_the_answer_to_what_cannot_be_an_iop_rules_out_each_thing_it_names(
    tmp_path: Path,
) -> None:
    assistant = assistant_over(tmp_path, {"tranemo/faq.md": FAQ})
    (chunk,) = assistant.reader.chunks_of_municipality("Tranemo")
    ruled = [c.text.split("? ", 1)[1] for c in _candidates(chunk) if c.excludes]
    assert ruled == [
        "Engångsevenemang som en marknadsdag eller en festival.",
        "Verksamhet som mest vänder sig till turister och besökare i stället för till oss "
        "som bor här.",
    ]


def test_an_faq_question_goes_with_its_answer_into_the_next_passage() -> None:
    question = "9. Finns det något som inte kan bli ett IOP?"
    packed = _pack(["A" * 150, question, "Ja. " + "B" * 150], 200)
    assert packed == ["A" * 150, f"{question}\n\nJa. " + "B" * 150]


def test_a_heading_and_the_next_paragraph_make_no_partners_name() -> None:
    from assistant.answers.partners import names_a_partner

    assert not names_a_partner("Lättläst\n\nFöreningen har en idé och kommunen hjälper.", ())
    assert names_a_partner("Vi har ett partnerskap med Orsa Hembygdsförening.", ())


def test_ages_only_partly_within_a_rules_leave_the_verdict_open() -> None:
    from assistant.answers.eligibility.ages import only_overlap

    rule = (
        "B2 Målgrupp och ålder – Ett partnerskap i Surahammar kan gälla barn och unga 6–20 år "
        "eller seniorer som har fyllt 65 år."
    )
    assert only_overlap(rule, "Vi vill starta en kvällsträff för unga mellan 16 och 24 år.")
    assert not only_overlap(rule, "Vi vill starta en kvällsträff för unga mellan 13 och 19 år.")
    assert not only_overlap(rule, "Vi vill ha en träff för pensionärer över 70 år.")


def test_readings_hold_against_wordings_they_were_not_built_for() -> None:
    from assistant.answers.eligibility.ages import _ages
    from assistant.answers.eligibility.judge import _names_a_club
    from assistant.answers.outside import _matters

    # How long something lasts is no age, whom a partnership may be for is.
    assert _ages("Ett partnerskap för barn och unga gäller i 1–3 år.", each=True) == []
    assert _ages("Föreningen har funnits i 5–10 år och vänder sig till äldre.") == []
    # The rule's own kommun is home, also when the rule says only "i kommunen"; a denial
    # or "utanför" tells no share; "alla som bor i byn är välkomna" is about who may join.
    rule = "Minst hälften av medlemmarna ska vara folkbokförda i kommunen."
    assert judge_residents(rule, "Vi är 20 medlemmar och 15 av oss bor i Vännäs.", "Vännäs") == (
        True,
        "Vi är 20 medlemmar och 15 av oss bor i Vännäs.",
    )
    assert judge_residents(rule, "De flesta bor inte i Vännäs.", "Vännäs") is None
    assert judge_residents(rule, "Nästan alla bor utanför kommunen.", "Vännäs") is None
    assert judge_residents(rule, "Alla som bor i byn är välkomna.", "Vännäs") is None
    assert (
        required_resident_share(
            "Minst hälften av medlemmarna ska vara över 65 år, och verksamheten ska bedrivas "
            "för dem som bor i kommunen."
        )
        is None
    )
    # "kan inte ansöka om IOP" applies for something; it is no condition.
    assert excluded_kinds("Privatpersoner och företag kan inte ansöka om IOP.") == [
        ("privatperson",),
        ("företag",),
    ]
    # Only some of an audience ruled out: those the relative clause names.
    rule = "IOP kan inte användas för: Aktiviteter för pensionärer som redan får stöd."
    assert judge_audience(rule, True, "Vi vill ha träffar för pensionärer som är ensamma.") is None
    # Not free when denied, and free premises are no free activity.
    assert told_free("Det är inte kostnadsfritt för deltagarna.") is None
    assert told_free("Vi får låna lokalen gratis.") is None
    assert told_free("Det blir ingen avgift för deltagarna.") is not None
    # The asker's own association by its name, not one it works with.
    assert _names_a_club("Vi bildade Brottby Boulevänner i januari 2025")
    assert not _names_a_club("Vi är några grannar som vill samarbeta med Byalaget")
    # "försäkra" (assure) is no insurance.
    assert not any(p.search("Kan ni försäkra oss om att det går?") for p in _matters().values())


def test_a_list_of_questions_stays_with_its_lead_in() -> None:
    listed = "Innan ni söker, fundera på följande:\n\n- Vilka vill ni nå?\n- Hur länge?"
    assert _pack(["A" * 150, listed, "B" * 190], 200) == ["A" * 150, listed, "B" * 190]
