"""Rules that stand beside other things: an FAQ written as a definition list under a note
on new rules out for consultation, a policy whose föreningsbidrag chapter comes before its
IOP chapter, rules on who cannot be a party and on support beside the partnership."""

from __future__ import annotations

import pytest
from builders import make_chunk
from conftest import assistant_over

from assistant.answers.eligibility.ages import judge_ages
from assistant.answers.eligibility.concepts import read_concepts
from assistant.answers.eligibility.criteria import _candidates, criteria_of
from assistant.answers.eligibility.examples import judge_examples
from assistant.answers.eligibility.party import excluded_kinds, judge_party
from assistant.answers.eligibility.support import judge_support
from assistant.answers.eligibility.verdict import _description
from assistant.answers.question import read_question
from assistant.api import Assistant
from assistant.core.records import Turn

FAQ = """<!DOCTYPE html>
<html lang="sv"><head><title>Frågor och svar om IOP – Orust kommun</title></head>
<body><main>
<h1>Frågor och svar om idéburet offentligt partnerskap</h1>
<p>Ett förslag till nya riktlinjer för IOP är ute på remiss till den 1 maj. Tills de
har beslutats gäller svaren på den här sidan.</p>
<h2>Vem kan vara med?</h2>
<dl>
  <dt>Vilka organisationer kan ingå ett IOP?</dt>
  <dd>Ideella föreningar och stiftelser som har funnits i minst två år.</dd>
  <dt>Får vi ta betalt av deltagarna?</dt>
  <dd>Ja, högst 20 kronor per tillfälle.</dd>
  <dt>Vi vill ordna en kulturnatt en helg i augusti. Kan det bli ett IOP?</dt>
  <dd>Nej. Enstaka evenemang kan inte bli ett IOP.</dd>
</dl>
<h2>Kontakt</h2>
<dl><dt>E-post</dt><dd>iop@orust.example.se</dd></dl>
</main></body></html>
"""

POLICY = """---
municipality: Sotenäs
title: Policy för stöd till föreningslivet och idéburet offentligt partnerskap
doc_type: policy
---
# Policy för stöd till föreningslivet och idéburet offentligt partnerskap

## 2 Grundvillkor för föreningsbidrag

För att kunna få föreningsbidrag ska en förening

- ha minst 20 medlemmar,
- ha sitt säte i kommunen.

## 3 Idéburet offentligt partnerskap

### 3.1 Villkor

1. Organisationen är en ideell förening eller en stiftelse. En sameby är ingen ideell
   förening och kan därför inte vara part.
2. Verksamheten får inte samtidigt få aktivitetsbidrag eller utvecklingsstöd från kommunen.
3. Organisationen har bedrivit verksamhet i minst ett år.
"""


@pytest.fixture(scope="module")
def places(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over(
        tmp_path_factory.mktemp("beside"),
        {"orust/orust-iop-fragor-och-svar.html": FAQ, "sotenas/sotenas-policy.md": POLICY},
    )


def test_an_faq_in_a_definition_list_under_a_note_on_new_rules_sets_rules(
    places: Assistant,
) -> None:
    # The page tells of a draft of new rules; it is not one itself.
    texts = [c.text for c in criteria_of(places.reader, ["Orust"])]
    assert any("Enstaka evenemang kan inte bli ett IOP" in t for t in texts)
    # An answer is a rule with its question; the question alone is none.
    assert any(t.startswith("Får vi ta betalt") and "högst 20 kronor" in t for t in texts)
    assert not any(t.endswith("?") for t in texts)
    answer = places.answer(
        "Vi i Orust vill ordna en stor sillafest nere vid hamnen en lördag i juli, gratis för "
        "alla. Kan det bli ett IOP?"
    )
    assert answer.verdict is not None and answer.verdict.label == "likely_not_eligible"
    # … while a weekly meeting is no single event.
    weekly = places.answer(
        "Vi i Orust vill starta en träff för äldre en kväll i veckan, gratis för alla. "
        "Kan det bli ett IOP?"
    )
    assert weekly.verdict is not None and weekly.verdict.label != "likely_not_eligible"


def test_a_policy_s_föreningsbidrag_chapter_sets_no_iop_criteria(places: Assistant) -> None:
    texts = [c.text for c in criteria_of(places.reader, ["Sotenäs"])]
    assert not any("20 medlemmar" in t or "säte" in t for t in texts)
    assert any("aktivitetsbidrag" in t for t in texts)


def test_support_the_rule_rules_out_beside_the_partnership(places: Assistant) -> None:
    answer = places.answer(
        "Vi är en fotbollsklubb i Sotenäs och får aktivitetsbidrag för knattegruppen varje "
        "termin. Nu vill vi ha ett IOP för samma grupp och fortsätta söka aktivitetsbidraget "
        "som vanligt. Går det?"
    )
    assert answer.verdict is not None and answer.verdict.label == "likely_not_eligible"
    assert "aktivitetsbidrag" in answer.answer


def test_a_kind_that_cannot_be_a_party(places: Assistant) -> None:
    answer = places.answer(
        "Vår sameby i Sotenäs vill starta fritidsverksamhet för unga en helg i månaden. "
        "Kan samebyn få ett IOP?"
    )
    assert answer.verdict is not None and answer.verdict.label == "likely_not_eligible"
    assert "sameby" in answer.answer.lower()


@pytest.mark.parametrize(
    ("rule", "kinds"),
    [
        ("Bolag kan inte vara part.", [("bolag",)]),
        ("Politiska partier kan inte vara part.", [("politisk", "parti")]),
        ("Companies cannot be partners.", [("compani",)]),
        ("En sameby är ingen ideell förening och kan därför inte vara part.", [("sameby",)]),
        # Only some of a kind, the organisation itself, or a rule of another thing.
        ("Föreningar kan inte vara part om de inte är registrerade.", []),
        ("Verksamheten får inte vara vinstdrivande.", []),
        ("Det kan inte vara ett IOP.", []),
    ],
)
def test_kinds_a_rule_says_cannot_be_a_party(rule: str, kinds: list[tuple[str, ...]]) -> None:
    assert excluded_kinds(rule) == kinds


def test_a_description_breaks_a_party_rule_only_naming_itself_so() -> None:
    rule = "Bolag kan inte vara part."
    assert judge_party(rule, "Vi är ett litet bolag som vill hjälpa äldre.") is not None
    assert judge_party("Companies cannot be partners.", "We are a small company.") is not None
    # Renting from one, or denying being one, says nothing against it.
    assert judge_party(rule, "Vi hyr lokalen av ett bolag. Vi är inget bolag.") is None


def test_other_support_is_broken_only_when_told_as_had_or_sought() -> None:
    rule = "Verksamheten får inte samtidigt få aktivitetsbidrag eller utvecklingsstöd."
    told = "Vi vill ha ett IOP och fortsätta få aktivitetsbidrag för samma grupp."
    assert judge_support(rule, told) is not None
    assert judge_support(rule, "Vi vill ha ett IOP och söker inte aktivitetsbidrag.") is None
    assert judge_support(rule, "Vi vill ha ett IOP. Vi får lokalbidrag för klubbstugan.") is None
    # Support for another of the club's activities, or a question, says nothing of it.
    other = "Vi får aktivitetsbidrag för juniorerna. Nu vill vi starta fredagsfotboll."
    assert judge_support(rule, other) is None
    assert judge_support(rule, "Krockar ett IOP med aktivitetsbidraget vi har? /Patrik") is None
    # A rule allowing support rules nothing out.
    assert judge_support("Föreningen kan få aktivitetsbidrag.", "Vi får aktivitetsbidrag.") is None


def test_a_name_in_the_description_is_no_example_the_rule_rules_out() -> None:
    rule = (
        "Verksamheten ska komplettera och inte ersätta det som kommunen ansvarar för, till "
        "exempel hemtjänst, skola eller färdtjänst."
    )
    told = "Jag är sekreterare i Stiftelsen Hults Kyrkskola. Vi vill starta ett berättarkafé."
    assert judge_examples(rule, told) is None
    assert judge_examples(rule, "Vi vill köra färdtjänst åt kommunen.") is not None


def test_a_rule_referring_back_reads_with_the_sentence_it_refers_to() -> None:
    chunk = make_chunk(
        "kiruna/kiruna-iop.md",
        "## Vad kan ett partnerskap handla om?\n\nUnder 2026 ingår kommunen partnerskap inom "
        "två områden: mötesplatser för seniorer från 65 år och fritid för unga 13–25 år. "
        "Idéer inom andra områden kan inte bli ett IOP under den här perioden.",
        doc_type="riktlinje",
    )
    [rule] = [c.text for c in _candidates(chunk) if "andra områden" in c.text]
    assert rule.startswith("Under 2026 ingår kommunen partnerskap inom två områden")
    # Each group's ages apart: 50–64 is neither 65 and over nor 13–25.
    judged = judge_ages(rule, (), "En mötesplats för alla mellan 50 och 64, medlem eller inte.")
    assert judged is not None and judged[0] is False


def test_a_list_under_what_the_municipality_presupposes_is_its_criteria() -> None:
    chunk = make_chunk(
        "tierp/tierp-iop.md",
        "Det här förutsätter vi:\n\n- Att ni har bedrivit verksamhet i minst två hela "
        "kalenderår.\n- Att ni själva står för minst 20 procent av kostnaden.",
        doc_type="riktlinje",
    )
    texts = [c.text for c in _candidates(chunk)]
    assert any("två hela kalenderår" in t for t in texts)
    assert any("minst 20 procent" in t for t in texts)


def test_what_someone_else_requires_tells_nothing_of_the_idea() -> None:
    told = (
        "Vi har aldrig fått nåt pensionärsbidrag – dom kräver 30 medlemmar över 65, och "
        "vanligt föreningsbidrag kräver 20."
    )
    assert "grant" not in {f.concept for f in read_concepts(told)}
    assert "grant" in {f.concept for f in read_concepts("Vi vill ha föreningsbidrag till hyran.")}


def test_a_section_headed_by_another_form_of_support_holds_no_iop_rules() -> None:
    rules = "För att kunna få föreningsbidrag ska en förening\n\n- ha minst 20 medlemmar,\n"
    bidrag = make_chunk(
        "sotenas/policy.md",
        rules,
        heading_path=("Policy", "2 Grundvillkor för föreningsbidrag"),
        doc_type="policy",
    )
    assert _candidates(bidrag) == []
    # A lead-in naming the grant says so under a heading that does not ...
    led = make_chunk(
        "sotenas/policy.md", rules, heading_path=("Policy", "2 Grundvillkor"), doc_type="policy"
    )
    assert _candidates(led) == []
    # ... while a list under the IOP chapter, or under an activity that supports ("3.1
    # Anhörigstöd"), is the partnership's.
    for heading in ("5 Idéburet offentligt partnerskap", "3.1 Anhörigstöd"):
        iop = make_chunk(
            "sotenas/policy.md",
            "Organisationen ska\n\n- ha minst 20 medlemmar,\n",
            heading_path=("Policy", heading, "Villkor"),
            doc_type="policy",
        )
        assert [c.text for c in _candidates(iop)] != []


@pytest.mark.parametrize(
    ("told", "single"),
    [
        ("Vi vill göra en stor sillafest nere vid hamnen en lördag i juli.", True),
        ("Vi vill åka på en dagsresa till Ullared med de äldre.", True),
        ("Vi har öppet hus en dag på lördagarna under hela hösten.", False),
        ("Vi träffas en eftermiddag i veckan.", False),
        ("Vi har en träff på torsdagar med te.", False),
    ],
)
def test_one_occasion_is_a_single_event_unless_it_recurs(told: str, single: bool) -> None:
    assert ("one_off" in {f.concept for f in read_concepts(told)}) is single


def test_a_follow_up_telling_another_idea_is_judged_alone() -> None:
    history = [
        Turn(role="user", content="Vi vill ordna en stor julfest i Mora. Kan det bli ett IOP?"),
        Turn(role="assistant", content="Troligen inte: enstaka arrangemang kan inte bli IOP."),
    ]
    instead = read_question("Men om vi istället gör en träff varannan vecka hela året?", history)
    assert "julfest" not in _description(instead)
    more = read_question("Vi kan också ta 20 kronor för fikat, går det?", history)
    assert "julfest" in _description(more)
