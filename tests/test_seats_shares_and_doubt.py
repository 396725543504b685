"""Fees owed named beside fees, an area naming whom it acts on, a group within the ages a
rule names, doubt told of whether something holds, the seat an organisation has, an idea
partly held in another kommun, a share counted from what does not count, and an IOP desk
named at the end of a news item (issue 14). Texts are written for these tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from builders import make_chunk
from conftest import assistant_over

from assistant.answers.eligibility.areas import judge_area
from assistant.answers.eligibility.concepts import read_concepts, target_groups
from assistant.answers.eligibility.criteria import Criterion
from assistant.answers.eligibility.judge import assess
from assistant.answers.eligibility.seat import judge_seat
from assistant.answers.eligibility.share import judge_uncounted
from assistant.answers.eligibility.where import partly_elsewhere

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
    assert "undecided" in concepts("jag har ingen aning om vi står med i föreningsregistret")
    assert "undecided" in concepts("så jag vet faktiskt inte hur många som bor i kommunen")
    assert "undecided" in concepts("We don't know if we are registered.")
    assert "undecided" in concepts("Vi är osäkra på om vi är registrerade")
    # Knowing of no one else doubts nothing; knowing about a need is no doubt.
    assert "undecided" not in concepts("vi vet inte om någon annan förening som gör det")
    assert "undecided" not in concepts("vi vet om att det finns ett behov")
    rule = "Föreningen ska vara registrerad i kommunens föreningsregister."
    unsure = (
        "Vi vill ordna berättarkvällar för äldre varannan tisdag. Vi har aldrig sökt bidrag, "
        "så jag har ingen aning om vi står med i något föreningsregister."
    )
    assert judged(rule, unsure) == "unknown"
    assert assess([criterion(rule)], unsure, TODAY).label == "unclear"


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
