"""Fees owed named beside fees, an area naming whom it acts on, a group within the ages a
rule names, doubt told of whether something holds, the seat an organisation has, an idea
partly held in another kommun, a share counted from what does not count, and an IOP desk
named at the end of a news item (issue 14). Texts are written for these tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from builders import make_chunk
from conftest import assistant_over

from assistant.answers.decide import asked_year, of_other_years
from assistant.answers.eligibility.areas import judge_area
from assistant.answers.eligibility.calls import names_call
from assistant.answers.eligibility.concepts import read_concepts, target_groups
from assistant.answers.eligibility.criteria import Criterion
from assistant.answers.eligibility.judge import assess
from assistant.answers.eligibility.seat import judge_seat
from assistant.answers.eligibility.share import judge_uncounted
from assistant.answers.eligibility.where import partly_elsewhere
from assistant.answers.general import in_context
from assistant.answers.ranking import Evidence
from assistant.core.documents import Chunk
from assistant.core.hours import hours_beside
from assistant.core.swedish.sentences import sentence_spans

TODAY = date(2026, 12, 7)


def criterion(rule: str, place: str = "Heby", text: str | None = None) -> Criterion:
    return Criterion(
        rule,
        rule,
        make_chunk("heby/villkor.docx", text or rule, municipality=place),
        None,
        tuple(read_concepts(rule, rule=True)),
        frozenset(target_groups(rule)),
    )


def judged(rule: str, description: str, place: str = "Heby") -> str:
    return assess([criterion(rule, place)], description, TODAY).judgements[0].status


def concepts(text: str) -> set[str]:
    return {f.concept for f in read_concepts(text)}


def test_fees_owed_are_no_fee_for_taking_part() -> None:
    debts = (
        "Organisationen får inte ha obetalda skulder till kommunen eller obetalda skatter "
        "och avgifter."
    )
    charged = "Vi vill ordna sångstunder för äldre. Det kostar 150 kr för hela terminen."
    assert judged(debts, charged) != "not_met"
    # A ban on fees itself still rules them out.
    assert judged("Deltagarna får inte betala några avgifter.", charged) == "not_met"


def test_an_area_acting_on_a_group_is_met_by_an_idea_for_that_group() -> None:
    rule = (
        "Den ska ligga inom något av kommunens tre prioriterade områden: barn och unga upp "
        "till 25 år, äldre som lever med ofrivillig ensamhet samt inkludering av nyanlända."
    )
    idea = "Vi vill starta en cykelskola för nyanlända vuxna på lördagar."
    assert judge_area(rule, idea) == (True, idea)
    assert judged(rule, idea) == "met"
    # An idea for adults in none of the areas leaves the rule open or breaks it.
    other = "Vi vill starta en cykelskola för vuxna på lördagar."
    assert judged(rule, other) != "met"


def test_a_group_within_the_ages_a_rule_names_meets_it() -> None:
    rule = "Verksamheten ska rikta sig till personer som har fyllt 18 år."
    assert judged(rule, "Vi vill ha en samtalsgrupp varje måndag för vuxna.") == "met"
    assert judged(rule, "Vi vill ha läxhjälp varje måndag för barn.") == "not_met"


def test_doubt_whether_something_holds_leaves_its_clause_open() -> None:
    assert "doubted" in concepts("jag har ingen aning om vi står med i föreningsregistret")
    assert "doubted" in concepts("så jag vet faktiskt inte hur många som bor i kommunen")
    assert "doubted" in concepts("We don't know if we are registered.")
    assert "doubted" in concepts("Vi är osäkra på om vi är registrerade")
    # Knowing of no one else doubts nothing; knowing about a need, or having a good idea
    # how many will come, is no doubt.
    assert "doubted" not in concepts("vi vet inte om någon annan förening som gör det")
    assert "doubted" not in concepts("vi vet om att det finns ett behov")
    assert "doubted" not in concepts("We have a good idea how many will come.")
    rule = "Föreningen ska vara registrerad i kommunens föreningsregister."
    unsure = (
        "Vi vill ordna berättarkvällar för äldre varannan tisdag. Vi har aldrig sökt bidrag, "
        "så jag har ingen aning om vi står med i något föreningsregister."
    )
    assert judged(rule, unsure) == "unknown"
    assert assess([criterion(rule)], unsure, TODAY).label == "unclear"
    # A doubt about the answer asked for names nothing the rules ask: the idea is judged.
    sure = (
        "Vi är en förening och vill ordna berättarkvällar för äldre som är ensamma varannan "
        "tisdag, öppet för alla. Vi står i kommunens föreningsregister."
    )
    for doubt in ("Jag vet inte om det här kan bli IOP.", "We are not sure if this counts."):
        label = assess([criterion(rule)], f"{sure} {doubt}", TODAY).label
        assert label == assess([criterion(rule)], sure, TODAY).label, doubt
    # A doubt reaches what it names, joined by "och" without a new statement.
    both = "Vi vet inte om det blir gratis och bara för medlemmar."
    read = {f.concept: f.clause for f in read_concepts(both)}
    assert read["members_only"] == read["doubted"]


def test_a_seat_in_another_kommun_breaks_a_rule_on_the_seat() -> None:
    rule = "Föreningen ska vara en ideell förening med säte i Munkedals kommun."
    away = "Föreningen har sitt säte i Uddevalla enligt stadgarna."
    assert judge_seat(rule, away, "Munkedal") == (False, away)
    home = "Föreningen har sitt säte i Hällevadsholm."
    assert judge_seat(rule, home, "Munkedal") == (True, home)
    # "i kommunen" is the rule's own kommun; members living elsewhere say nothing.
    own = "Organisationen ska ha sitt säte i kommunen."
    assert judge_seat(own, away, "Munkedal") == (False, away)
    assert judge_seat(own, "Många av oss bor i Uddevalla.", "Munkedal") is None
    assert judged(rule, away, "Munkedal") == "not_met"


def test_an_idea_partly_held_in_another_kommun_is_for_the_kommun_to_judge() -> None:
    rule = "Verksamheten ska bedrivas i Härryda kommun, till exempel i Mölnlycke."
    partly = (
        "Varannan vecka går vi i Mölnlycke och varannan vecka åker vi in till Delsjöområdet "
        "i Göteborg."
    )
    assert partly_elsewhere(rule, partly, "Härryda")
    assert not partly_elsewhere(rule, "Vi går varje vecka i Mölnlycke.", "Härryda")
    # Where members live is not where the activity is.
    assert not partly_elsewhere(rule, "Många av oss bor i Göteborg.", "Härryda")
    idea = (
        "Mölnlycke Naturvänner, bildad 2012, vill ordna guidade naturpromenader för seniorer "
        f"varje vecka. {partly} Vi står för 30 procent med ideella timmar."
    )
    assert assess([criterion(rule, "Härryda")], idea, TODAY).label != "likely_eligible"


def test_a_share_counted_from_what_does_not_count_is_what_remains() -> None:
    share = "Your organisation must cover at least 25 percent of the total cost."
    passage = (
        f"{share} Volunteer work is valued at SEK 250 per hour. Fees paid by participants, "
        "paid work and grants from the municipality do not count as your own contribution."
    )
    told = (
        "Our own share would be 30 percent of the cost: 20 percent comes from the "
        "participants' fees and 10 percent is volunteer hours."
    )
    result = judge_uncounted(share, passage, told)
    assert result is not None and result[0] is False
    swedish = "Föreningen ska stå för minst 10 procent av kostnaden."
    rules = f"{swedish} Deltagaravgifter och bidrag från kommunen räknas inte som egen insats."
    enough = "Vi står för 30 procent av kostnaden, varav 15 procent är avgifter från deltagarna."
    assert judge_uncounted(swedish, rules, enough) == (True, enough)
    # A table's row is read cell by cell; a share said to hold none of it is no such share.
    row = (
        "| Egen insats | Minst 20 procent av kostnaden. | Bidrag från kommunen räknas inte "
        "som egen insats. |"
    )
    none = "Vi står för 25 procent av kostnaden med ideellt arbete, inga pengar från kommunen."
    assert judge_uncounted("Minst 20 procent av kostnaden.", row, none) is None
    # Nothing counted that may not be: the share alone judges.
    assert judge_uncounted(swedish, rules, "Vi står för 30 procent med ideella timmar.") is None
    whole = assess([criterion(share, "Härryda", passage)], told, TODAY)
    assert whole.judgements[0].status == "not_met"


NEWS = """# Nytt partnerskap med Skene IF

Marks kommun och Skene IF har tecknat ett idéburet offentligt partnerskap om fredagskvällar
för unga i Skenehallen.

Frågor om idéburet offentligt partnerskap: Petra Gunnarsson Wik, civilsamhällesstrateg,
telefon 0320-21 74 36, e-post iop@mark.se.
"""

GUIDE = """# Riktlinjer för idéburet offentligt partnerskap i Marks kommun

Organisationen lämnar en idéskiss till iop@mark.se. Kommunen tar emot idéskisser två gånger
per år.

Marks kommun · Växel 0320-21 80 00
"""

CALL = """# Utlysning: Språk och gemenskap 2026

Lilla Edets kommun bjuder in föreningar att lämna idéer om språkcaféer för nyanlända.

Kontakt för utlysningen: Amir Haddad Lund, integrationsstrateg, telefon 0520-65 97 42,
iop@lillaedet.se.
"""

LETTER = """# Information om IOP till föreningarna i Lilla Edet

Vill ni prata med någon om er idé innan ni skriver? Ring kommunens växel och be att få
tala med någon som arbetar med IOP.

Lilla Edets kommun · Växel 0520-65 90 00 · iop@lillaedet.se
"""


def test_the_iop_desk_named_in_a_news_item_and_the_switchboard_a_letter_sends_to(
    tmp_path: Path,
) -> None:
    assistant = assistant_over(
        tmp_path,
        {
            "mark/nyhet-skene.md": NEWS,
            "mark/nyhet-skene.md.meta.yaml": "municipality: Mark\ndoc_type: nyhet\n",
            "mark/riktlinjer-iop.md": GUIDE,
            "mark/riktlinjer-iop.md.meta.yaml": "municipality: Mark\ndoc_type: riktlinje\n",
            "lilla-edet/information-iop.md": LETTER,
            "lilla-edet/utlysning-sprak.md": CALL,
        },
    )
    desk = assistant.answer("Vem på Marks kommun kan jag prata med om IOP?")
    # Whom to contact, not only a sentence quoted.
    assert "Petra Gunnarsson Wik" in [c.name for c in desk.contacts], desk.answer
    sent = assistant.answer(
        "Vi har en idé om träffar för äldre, inte något om nyanlända. Vem på Lilla Edets "
        "kommun ska vi prata med om IOP innan vi skriver något?"
    )
    assert "0520-65 90 00" in [c.phone for c in sent.contacts], sent.answer


RULES = """# Riktlinjer för idéburet offentligt partnerskap i Marks kommun

## Förutsättningar

Organisationen ska ha ett organisationsnummer och ska ha varit registrerad hos Skatteverket
i minst tre år när idéskissen lämnas in. Det är registreringsdatumet som räknas, inte
datumet då föreningen bildades.

Verksamheten får inte innehålla religiös förkunnelse. Det gäller även när partnern är ett
trossamfund.

Det krävs att organisationen bidrar med minst 20 procent av kostnaden.
"""

TABLE = """# Villkor för idéburet offentligt partnerskap i Härryda kommun

| Villkor | Det här gäller | Det här räknas inte |
| --- | --- | --- |
| Föreningens ålder | Föreningen ska ha bildats minst 18 månader innan idéskissen kommer in. \
| Tid som ett nätverk eller en studiecirkel fanns innan föreningen bildades. |
| Egen insats | Minst 25 procent av den totala kostnaden. | Avgifter från deltagarna. |
"""


def broken(answer: str) -> str:
    """The lines of the rules the idea breaks."""
    return "\n".join(line for line in answer.splitlines() if line.startswith("- ❌"))


def test_a_broken_rule_is_said_with_what_qualifies_it(tmp_path: Path) -> None:
    assistant = assistant_over(
        tmp_path, {"mark/riktlinjer-iop.md": RULES, "harryda/villkor-iop.md": TABLE}
    )
    registered = assistant.answer(
        "Vi höll vårt första möte 2019 men fick organisationsnummer först i augusti 2025. Vi "
        "vill starta en läsklubb för barn varje onsdag och står för 25 procent. Kan det bli "
        "ett IOP med Marks kommun?"
    )
    assert registered.verdict is not None
    assert registered.verdict.label == "likely_not_eligible", registered.answer
    # The reason quotes the rule with it; it is no criterion of its own.
    assert "registreringsdatumet som räknas" in broken(registered.answer), registered.answer
    assert "❔ Det är registreringsdatumet" not in registered.answer
    prayer = assistant.answer(
        "Vi är en församling, ett registrerat trossamfund sedan 1962. Vi vill ha öppen "
        "idrottshall för unga på fredagar och avslutar varje kväll med andakt och bön. Vi står "
        "för 25 procent. Kan det bli ett IOP med Marks kommun?"
    )
    assert "även när partnern är ett trossamfund" in broken(prayer.answer), prayer.answer
    young = assistant.answer(
        "Vi har träffats som en Facebookgrupp sedan 2019 men bildade föreningen i november "
        "2025. Vi vill ha öppen lekverksamhet på lördagar och står för en tredjedel. Kan det "
        "bli ett IOP med Härryda kommun?"
    )
    assert "Tid som ett nätverk" in broken(young.answer), young.answer


def test_a_part_of_the_day_to_reach_someone_is_their_hours() -> None:
    card = (
        "Malin Strömberg Ek, utvecklingsledare för civilsamhälle, telefon 0524-181 63. "
        "Malin svarar helst på förmiddagar."
    )
    found = hours_beside(card, (0, card.index("63.") + 2), "Malin Strömberg Ek")
    assert found is not None and card[found[0] : found[1]] == "Malin svarar helst på förmiddagar"
    # When a group meets is no one's hours.
    group = "Anna Berg, telefon 0524-181 63. Vi träffas på eftermiddagarna."
    assert hours_beside(group, (0, group.index("63.") + 2), "Anna Berg") is None


def evidence(chunk: Chunk, text: str, position: int = 0) -> Evidence:
    return Evidence(text, chunk, "", 1.0, 1.0, 1.0, 1.0, position)


def test_a_sentence_naming_what_the_one_before_counts_goes_with_it() -> None:
    counted = "Med Fredag i Skene har Marks kommun fem idéburna offentliga partnerskap."
    named = "De övriga är Läxhjälp i Kinna med Föreningen Kinna Läsfrämjare."
    chunk = make_chunk("mark/nyhet.md", f"{counted} {named}", municipality="Mark")
    [joined] = in_context([evidence(chunk, counted)], [])
    assert joined.text == f"{counted} {named}"
    # A sentence that counts nothing is not joined by "De …" after it.
    plain = "Kommunen har fattat beslut om partnerskapet."
    other = make_chunk("mark/nyhet.md", f"{plain} De börjar i mars.", municipality="Mark")
    [alone] = in_context([evidence(other, plain)], [])
    assert alone.text == plain


def test_a_doubt_reaches_its_own_words_only() -> None:
    told = (
        "Vi har tänkt att bara vi som betalar medlemsavgift får komma, annars vet vi inte hur "
        "många det blir och försäkringen gäller bara medlemmar."
    )
    read = {f.concept: f.clause for f in read_concepts(told)}
    # The doubt leaves the number open, not who may come nor what the insurance covers.
    assert read["members_only"] == "och försäkringen gäller bara medlemmar."
    assert read["membership_fee"].endswith("får komma, annars")


def test_a_seat_not_asked_for_is_not_judged() -> None:
    away = "Föreningen har sitt säte i Uddevalla enligt stadgarna."
    for rule in (
        "Föreningen behöver inte ha sitt säte i Munkedal, men verksamheten ska bedrivas här.",
        "Organisationen bör också ha sitt säte i Munkedals kommun, men det är verksamheten "
        "som måste finnas här.",
        "Föreningens säte får ligga i en annan kommun.",
    ):
        assert judge_seat(rule, away, "Munkedal") is None, rule


def test_the_kommuner_a_rule_names_and_an_owner_s_name_are_not_elsewhere() -> None:
    both = "Organisationen har bedrivit verksamhet i Arboga eller Kungsör i minst tre år."
    assert not partly_elsewhere(both, "Vi vill ha kurser i Kungsör varje tisdag.", "Arboga")
    owner = "Jag är ordförande i Kungsörs Trädgårdssällskap och vill ha kurser varje tisdag."
    only = "Verksamheten ska bedrivas i Arboga kommun."
    assert not partly_elsewhere(only, owner, "Arboga")
    assert partly_elsewhere(only, "Varannan vecka träffas vi i Köping.", "Arboga")
    # A region's kommuner are its own.
    region = "Verksamheten ska bedrivas i Region Örebro län."
    assert not partly_elsewhere(region, "Vi ses i Karlskoga och i Nora.", "Region Örebro län")


def test_what_counts_towards_a_rule_is_shown_with_it_but_not_judged(tmp_path: Path) -> None:
    fees = """# Villkor för idéburet offentligt partnerskap i Arboga kommun

## Villkor

Deltagaravgifter får tas ut med högst 150 kronor per månad och deltagare. Avgifterna räknas
inte som egen insats.

Organisationen ska själv stå för minst 10 procent av verksamhetens totala kostnad.
"""
    assistant = assistant_over(tmp_path, {"arboga/villkor-iop.md": fees})
    dear = assistant.answer(
        "Vi är en trädgårdsförening i Arboga och vill ha odlingskurser varje tisdag för "
        "nyanlända. Det kostar 300 kr i månaden och vi står för 11 procent. Kan det bli IOP "
        "med Arboga kommun?"
    )
    # Still a fee rule: 300 kronor a month breaks it, said with what the fees count for.
    assert dear.verdict is not None and dear.verdict.label == "likely_not_eligible"
    assert "räknas inte som egen insats" in broken(dear.answer), dear.answer


def test_an_english_question_names_a_call_by_its_swedish_title() -> None:
    title = "Utlysning: Mötesplatser för äldre 2026"
    assert names_call(title, "Can we apply in the call for a meeting place for older people?")
    assert not names_call(title, "Can we apply in the call for sports projects?")


def test_a_sum_for_another_year_does_not_answer_the_year_asked() -> None:
    assert asked_year(["Hur mycket har kommunen avsatt till nya partnerskap under 2027?"]) == 2027
    # A year told, not asked about.
    assert asked_year(["Vi har funnits sedan 2019, hur mycket kan vi få?"]) is None
    assert of_other_years("Kommunstyrelsen har för 2026 avsatt 400 000 kronor.", 2027)
    # A span covers the years between; a passage naming no year may hold any year's rule.
    assert not of_other_years("185 000 kronor per år, 2026-03-01 – 2029-02-28.", 2027)
    assert not of_other_years("Kommunens del är högst 200 000 kronor per år.", 2027)


BUDGET = """# Idéburet offentligt partnerskap i Karlsborgs kommun

Kommunstyrelsen har för 2026 avsatt 400 000 kronor till nya partnerskap. En förening som vill
ingå ett partnerskap lämnar en idéskiss till iop@karlsborg.se.
"""


def test_a_year_no_document_speaks_of_is_not_answered(tmp_path: Path) -> None:
    assistant = assistant_over(tmp_path, {"karlsborg/iop.md": BUDGET})
    later = assistant.answer("Hur mycket har Karlsborgs kommun avsatt till partnerskap under 2027?")
    assert later.abstained and "400 000" not in later.answer, later.answer
    now = assistant.answer("Hur mycket har Karlsborgs kommun avsatt till partnerskap under 2026?")
    assert not now.abstained and "400 000 kronor" in now.answer, now.answer


def test_a_comparison_with_nothing_to_compare_with_goes_with_the_sentence_before() -> None:
    limit = "Kultur- och fritidsnämnden beslutar om partnerskap upp till 200 000 kronor per år."
    higher = "Vid högre belopp beslutar kommunstyrelsen."
    chunk = make_chunk("staffanstorp/faq.html", f"{limit} {higher}", municipality="Staffanstorp")
    [joined] = in_context([evidence(chunk, higher, 1)], [])
    assert joined.text == f"{limit} {higher}"
    # Compared within itself, it stands alone.
    whole = "Vid högre belopp än 200 000 kronor beslutar kommunstyrelsen."
    other = make_chunk("staffanstorp/faq.html", f"{limit} {whole}", municipality="Staffanstorp")
    [alone] = in_context([evidence(other, whole, 1)], [])
    assert alone.text == whole


def test_what_the_review_found_is_read_as_meant() -> None:
    # The municipality's part told beside the own share is no part of it.
    share = "Föreningen ska stå för minst 20 procent av kostnaden."
    rules = f"{share} Bidrag från kommunen räknas inte som egen insats."
    rest = (
        "Vi står för 30 procent av kostnaden med ideellt arbete. Resten, 70 procent, söker vi "
        "som bidrag från kommunen."
    )
    assert judge_uncounted(share, rules, rest) is None
    # A table row read cell by cell: the counting cell beside the share's.
    row = "| Egen insats | Minst 20 procent av kostnaden. | Avgifter räknas inte som egen insats. |"
    fees = "Vi står för 25 procent av kostnaden, varav 10 procent är avgifter."
    assert judge_uncounted("Minst 20 procent av kostnaden.", row, fees) == (False, fees)
    # Fees banned beside debts in a rule of their own are still banned.
    both = "Föreningen får inte ha skatteskulder och verksamheten får inte ta ut avgifter."
    assert "fees" in {f.concept for f in read_concepts(both, rule=True)}
    # A seat in one of the kommuner named, or a seat that is one way of two, breaks nothing.
    either = "Föreningen ska ha sitt säte i Munkedal eller Sotenäs."
    sotenas = "Föreningen har sitt säte i Sotenäs."
    assert judge_seat(either, sotenas, "Munkedal") == (True, sotenas)
    or_active = "Föreningen ska ha sitt säte eller bedriva verksamhet i kommunen."
    assert judge_seat(or_active, "Vi har säte i Uddevalla.", "Munkedal") is None
    # What was done before, or where the idea came from, places no activity.
    rule = "Verksamheten ska bedrivas i Härryda kommun."
    past = "Vi har gjort samma sak i Göteborg sedan 2015. Vi vill ha promenader varje vecka."
    assert not partly_elsewhere(rule, past, "Härryda")
    # An area's object ends at the next preposition.
    areas = "Den ska ligga inom något av kommunens områden: förebyggande av ohälsa i kommunen."
    assert judge_area(areas, "Vi vill ha schack för vuxna i kommunen.") == (False, "")
    # A place open in the mornings is no one's hours.
    place = "Anna Berg, telefon 0524-181 63. Mötesplatsen är öppen på förmiddagar."
    assert hours_beside(place, (0, place.index("63.") + 2), "Anna Berg") is None


def test_a_counting_sentence_stating_a_rule_in_numbers_is_a_rule_of_its_own(
    tmp_path: Path,
) -> None:
    rules = """# Villkor för idéburet offentligt partnerskap i Arboga kommun

## Villkor

Organisationen ska ha funnits i minst två år. Avgifter från deltagarna räknas inte som egen
insats och organisationen ska själv stå för minst 20 procent av kostnaden.
"""
    assistant = assistant_over(tmp_path, {"arboga/villkor-iop.md": rules})
    low = assistant.answer(
        "Vi är en förening i Arboga sedan 2010 och vill ha kurser varje tisdag för "
        "nyanlända. Vi står för 10 procent av kostnaden. Kan det bli IOP med Arboga kommun?"
    )
    assert low.verdict is not None and low.verdict.label == "likely_not_eligible", low.answer
    assert "minst 20 procent" in broken(low.answer), low.answer


def test_one_partnership_s_contact_in_a_news_item_is_not_the_iop_desk(tmp_path: Path) -> None:
    news = """# Nytt partnerskap med Kinna IF

Marks kommun och Kinna IF har tecknat ett idéburet offentligt partnerskap om läxhjälp.

Kontaktperson för partnerskapet: Lisa Holm, fritidskonsulent, telefon 0320-21 70 11.
"""
    assistant = assistant_over(
        tmp_path,
        {
            "mark/nyhet-kinna.md": news,
            "mark/nyhet-kinna.md.meta.yaml": "municipality: Mark\ndoc_type: nyhet\n",
            "mark/riktlinjer-iop.md": GUIDE,
            "mark/riktlinjer-iop.md.meta.yaml": "municipality: Mark\ndoc_type: riktlinje\n",
        },
    )
    desk = assistant.answer("Vem på Marks kommun kan jag prata med om IOP?")
    assert "Lisa Holm" not in [c.name for c in desk.contacts], desk.answer


def test_a_quoted_unit_ends_at_its_markers() -> None:
    said = (
        "Lilla Edets kommun · Växel 0520-65 90 00 [1] Ring kommunens växel och be att få "
        "tala med någon. [1]"
    )
    spans = [said[a:b] for a, b in sentence_spans(said, citations=True)]
    assert spans == [
        "Lilla Edets kommun · Växel 0520-65 90 00 [1]",
        "Ring kommunens växel och be att få tala med någon. [1]",
    ]
    # A source list's markers open their line and end nothing.
    listed = "[1] Exempel kommun, 2021"
    assert sentence_spans(listed, citations=True) == [(0, len(listed))]
