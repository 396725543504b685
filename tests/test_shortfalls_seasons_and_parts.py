"""Rules read in more of the forms municipalities write them, and ideas read as askers tell
them: a table whose second column says what falls short of the rule beside it, a caption
that names a table, bullets drawn as ✅ and ❌, a list most of whose items say "ska", a place
a rule leaves out after its name ("… tätort ingår inte"), a season against a rule asking
for all year, a fee per month against a cap per year, a cap in a sentence that also names
the kommun, what the own contribution must partly be. A criterion is judged by the national
principle it is nearest only when it names that principle or one of its concepts, and an
asker's report of what they heard the rules say is no account of the idea. Texts written
for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from builders import make_chunk
from conftest import assistant_over

from assistant.answers.eligibility.composition import judge_composition
from assistant.answers.eligibility.concepts import Finding, age_spans, read_concepts
from assistant.answers.eligibility.criteria import Criterion, _candidates, criteria_of
from assistant.answers.eligibility.fee import fee_cap, judge_fee
from assistant.answers.eligibility.judge import FALLS_SHORT, assess, without_rules_heard
from assistant.answers.eligibility.season import judge_season
from assistant.answers.eligibility.shortfall import judge_shortfall
from assistant.answers.eligibility.where import judge_where, place_left_out
from assistant.api import Assistant
from assistant.core.swedish.sentences import split_units, strip_marker
from ingest.loaders.html import load_html

TODAY = date(2026, 12, 6)

PAGE = """<!doctype html><html lang="sv"><head><title>IOP – Bollebygds kommun</title></head>
<body><main>
<h1>Idéburet offentligt partnerskap</h1>
<p>Kommunen går vidare med en idé när allt i tabellen stämmer.</p>
<table>
  <caption>Villkor för IOP i Bollebygd</caption>
  <tr><th>Så här ska det vara</th><th>Det här räcker inte</th></tr>
  <tr><td>Verksamheten ska vara öppen för alla, även för den som inte är medlem.</td>
      <td>Att en icke-medlem får provträna en eller två gånger och sedan måste lösa
      medlemskap.</td></tr>
  <tr><td>Föreningen ska stå för minst 25 procent av kostnaden.</td>
      <td>Lokaler som kommunen redan hyr ut gratis till föreningen.</td></tr>
</table>
<h2>Kontakt</h2>
<p>Föreningsservice, telefon 033-43 01 00.</p>
</main></body></html>
"""


@pytest.fixture(scope="module")
def bollebygd(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over(tmp_path_factory.mktemp("short"), {"bollebygd/iop.html": PAGE})


def test_a_caption_leads_its_table_and_is_no_row_of_it() -> None:
    text = load_html(PAGE.encode()).text
    assert "Villkor för IOP i Bollebygd:" in text
    assert "| Villkor för IOP" not in text
    rows = [line for line in text.splitlines() if line.startswith("|")]
    assert rows[0] == "| Så här ska det vara | Det här räcker inte |"


def test_the_column_of_what_falls_short_is_no_part_of_the_rule(bollebygd: Assistant) -> None:
    rules = criteria_of(bollebygd.reader, ["Bollebygd"])
    assert [c.text for c in rules] == [
        "Verksamheten ska vara öppen för alla, även för den som inte är medlem.",
        "Föreningen ska stå för minst 25 procent av kostnaden.",
    ]
    assert rules[0].falls_short is not None
    assert rules[0].falls_short[0] == "Det här räcker inte"


def test_an_idea_told_as_what_falls_short_breaks_the_rule(bollebygd: Assistant) -> None:
    rules = criteria_of(bollebygd.reader, ["Bollebygd"])
    idea = (
        "Vi i Bollebygds Gympaklubb vill ha seniorgympa varje tisdag. Den som inte är medlem "
        "far provtrana tva ganger innan man maste losa medlemskap. Vi står för 30 procent."
    )
    result = assess(rules, idea, TODAY)
    (broken,) = [j for j in result.judgements if j.status == "not_met"]
    assert broken.concept == FALLS_SHORT
    assert "provtrana" in (broken.clause or "")
    assert result.label == "likely_not_eligible"
    # Open to everyone from the start: what falls short is not told.
    open_idea = (
        "Vi vill ha seniorgympa varje tisdag, öppen för alla, gratis. Vi står för 30 procent."
    )
    assert all(j.status != "not_met" for j in assess(rules, open_idea, TODAY).judgements)


def test_what_falls_short_is_read_in_the_same_sense_not_by_one_shared_word() -> None:
    cell = "Lokaler som kommunen redan hyr ut gratis till föreningen."
    assert judge_shortfall(cell, "Vi hyr en lokal av kommunen gratis och räknar den.") == (
        False,
        "Vi hyr en lokal av kommunen gratis och räknar den.",
    )
    # the premises denied, or only one word in common
    assert judge_shortfall(cell, "Vi får inga lokaler gratis, vi betalar hyran själva.") is None
    assert judge_shortfall(cell, "Vi har en stor lokal i byn.") is None


def _criterion(text: str, principle: str, concepts: tuple[str, ...] = ()) -> Criterion:
    chunk = make_chunk("ydre/riktlinjer.md", text, municipality="Ydre")
    findings = tuple(Finding(c, "stated", text) for c in concepts)
    return Criterion(text, text, chunk, principle, findings, frozenset())


def test_a_criterion_is_judged_by_a_principle_only_when_it_names_it() -> None:
    idea = (
        "Vi i Svinhults Seniorer vill ha boule varje måndag för alla över 65. Men kommunen "
        "har bett oss att ordna det."
    )
    # Nearest the initiative principle in meaning, but about a minute to attach.
    attach = _criterion("Protokollet från sammanslagningen ska då bifogas.", "initiative")
    (judged,) = [j for j in assess([attach], idea, TODAY).judgements if j.criterion]
    assert judged.status == "unknown"
    # The conflict is still said, as the national principle's.
    national = [j for j in assess([attach], idea, TODAY).judgements if j.criterion is None]
    assert any(j.principle == "initiative" and j.status == "not_met" for j in national)
    # A rule naming the principle's concept is judged by it.
    own = _criterion("Idén ska komma från föreningen själv.", "initiative", ("own_initiative",))
    (judged,) = [j for j in assess([own], idea, TODAY).judgements if j.criterion]
    assert judged.status == "not_met"


def test_not_wanting_something_is_no_lack_of_initiative() -> None:
    idea = (
        "Vi i Svinhults Seniorer (sedan 1990) vill ha boule varje måndag för alla över 65 här. "
        "Här bor många ensamma, så vi vill inte stänga ute någon."
    )
    result = assess([], idea, TODAY)
    assert all(j.principle != "initiative" or j.status == "met" for j in result.judgements)


def test_what_an_asker_heard_the_rules_say_is_no_account_of_the_idea() -> None:
    told = (
        "Kisa Boule bildades i mars 2025. Jag har hört att kommunen vill att föreningen har "
        "funnits i två år. Vi har 40 medlemmar och jag läste att det räcker med 15."
    )
    assert without_rules_heard(told) == (
        "Kisa Boule bildades i mars 2025. Vi har 40 medlemmar och jag"
    )
    concepts = {f.concept for f in read_concepts(without_rules_heard(told))}
    assert "commissioned" not in concepts


def test_an_age_is_read_after_har_fyllt_without_its_unit() -> None:
    assert age_spans("för alla som har fyllt 63 och slutat jobba") == [(63, 120)]
    assert age_spans("alla som fyllt 67") == [(67, 120)]
    # "från" still needs its unit: "från 1 april" is a date
    assert age_spans("från 1 april") == []


@pytest.mark.parametrize(
    ("told", "met"),
    [
        ("Vi vill ha kaffeträffar varje vecka från midsommar till mitten av augusti.", False),
        ("Vi vill ha båtturer på sommaren för äldre.", False),
        ("We would like to meet every week from May to September.", False),
        ("Vi vill ha träffar varje vecka hela året.", True),
        # when it starts is no season
        ("Vi vill starta i sommar med träffar varje vecka.", None),
    ],
)
def test_a_season_against_a_rule_asking_for_all_year(told: str, met: bool | None) -> None:
    for rule in (
        "Verksamheten ska pågå året runt.",
        "En verksamhet som bara finns under sommarsäsongen kan inte bli ett partnerskap.",
    ):
        judged = judge_season(rule, told)
        assert (None if judged is None else judged[0]) == met
    assert judge_season("Verksamheten ska vara öppen för alla.", told) is None


def test_a_fee_per_month_against_a_cap_per_year() -> None:
    cap = "Deltagarna får betala högst 500 kronor per år."
    all_year = "Vi tar 50 kr i månaden av varje deltagare, alla årets månader."
    assert judge_fee(cap, all_year) == (False, all_year)
    # within the cap even if every month is paid
    assert judge_fee(cap, "Vi tar 30 kr i månaden.") == (True, "Vi tar 30 kr i månaden.")
    # over only if every month is paid: not said
    assert judge_fee(cap, "Vi tar 50 kr i månaden.") is None
    # a price for a longer period within a cap for a shorter one
    assert judge_fee("Avgiften får vara högst 300 kronor per termin.", "Vi tar 200 kr om året.")[0]


def test_a_cap_in_a_sentence_that_names_the_kommun_in_another_clause() -> None:
    rule = (
        "Verksamheten ska bedrivas i Ydre kommun, deltagarna får betala högst 50 kronor per "
        "tillfälle och föreningen ska stå för minst 25 procent."
    )
    cap = fee_cap(rule)
    assert cap is not None and cap.amount == 50
    assert judge_fee(rule, "Deltagarna betalar 60 kronor varje gång.") is not None
    assert fee_cap("Kommunen betalar högst 200 000 kronor per år.") is None
    # an amount above which a rule rules fees out caps them too
    ruled = "Det här kan inte bli IOP: Mer än 40 kronor per tillfälle som deltagarna betalar."
    assert fee_cap(ruled) is not None and fee_cap(ruled).amount == 40  # type: ignore[union-attr]


def test_marks_drawn_as_bullets_are_list_items() -> None:
    units = split_units("Det här gäller:\n✅ Det ska vara gratis\n❌ Inte i tätorten\n✔️ Något")
    assert [u.is_list_item for u in units] == [False, True, True, True]
    assert strip_marker(units[2].text) == "Inte i tätorten"


def test_a_list_most_of_whose_items_say_ska_is_a_list_of_rules() -> None:
    post = make_chunk(
        "ydre/post.txt",
        "Det här gäller:\n"
        "✅ Träffarna ska vara öppna för alla som har fyllt 65 år\n"
        "✅ Det ska vara gratis att delta\n"
        "✅ Föreningen står för minst 15 procent av kostnaden\n"
        "✅ Föreningen ska ha bildats före 2025\n"
        "❌ Träffar i Österbymo tätort ingår inte den här gången",
        municipality="Ydre",
    )
    texts = [c.text for c in _candidates(post)]
    assert "Föreningen står för minst 15 procent av kostnaden" in texts
    assert "Träffar i Österbymo tätort ingår inte den här gången" in texts
    # one item saying "ska" beside a link is no list of rules
    links = make_chunk(
        "ydre/page.md",
        "- Verksamheten ska vara öppen för alla.\n- Läs mer om bidrag.\n- Se kalendern.",
        municipality="Ydre",
        heading_path=("IOP", "Det här gäller"),
    )
    assert [c.text for c in _candidates(links)] == ["Verksamheten ska vara öppen för alla."]


def test_a_place_left_out_after_its_name() -> None:
    rule = "Träffar i Österbymo tätort ingår inte den här gången."
    assert place_left_out(rule) == "Österbymo"
    assert judge_where(rule, "Vi vill ha ett café på biblioteket mitt i Österbymo.") == (
        False,
        "Vi vill ha ett café på biblioteket mitt i Österbymo.",
    )
    assert judge_where(rule, "Vi vill ha ett café i Hestra bygdegård.") is not None


def test_what_the_own_contribution_must_partly_be() -> None:
    rule = (
        "Minst hälften av den egna insatsen ska vara pengar eller lokal. Resten får vara "
        "ideellt arbete."
    )
    only_work = "Vi har inga pengar att lägga in, men vi jobbar ideellt så det blir 40 procent."
    assert judge_composition(rule, only_work) == (False, "Vi har inga pengar att lägga in")
    money = "Vi står för 40 procent, mest pengar och vår egen lokal, resten ideellt arbete."
    assert judge_composition(rule, money) == (True, "Vi står för 40 procent, mest pengar")
    # a rule accepting work alone asks nothing of it
    accepts = "En egen insats som enbart består av ideellt arbete godtas."
    assert judge_composition(accepts, only_work) is None


@pytest.mark.parametrize(
    ("told", "concept", "polarity"),
    [
        ("Kommunen köper inget liknande av någon annan.", "purchase", "denied"),
        ("Verksamheten ska vara öppen även för den som inte är medlem.", "open_to_all", "stated"),
        ("Den är inte öppen för den som inte är medlem.", "open_to_all", "denied"),
        ("Vi står för hyran för lokalen som vi betalar själva.", "self_paid", "stated"),
    ],
)
def test_concepts_read_in_more_wordings(told: str, concept: str, polarity: str) -> None:
    found = {f.concept: f.polarity for f in read_concepts(told)}
    assert found.get(concept) == polarity
    if concept == "self_paid":
        assert "grant" not in found  # the rent they pay is no grant asked for


def test_rent_asked_of_the_kommun_is_still_a_grant() -> None:
    found = {f.concept for f in read_concepts("Vi söker pengar till hyran för vår lokal.")}
    assert "grant" in found


@pytest.mark.parametrize(
    ("told", "concept"),
    [
        # a determiner after a noun or adjective negates no concept before it
        ("Ledarna jobbar ideellt, inga arvoden.", "volunteers"),
        ("Det är öppet för alla ingen anmälan behövs.", "open_to_all"),
    ],
)
def test_a_negating_determiner_only_negates_the_verb_whose_object_it_is(
    told: str, concept: str
) -> None:
    assert {f.concept: f.polarity for f in read_concepts(told)}.get(concept) == "stated"


def test_an_association_that_has_turned_25_is_no_age() -> None:
    assert age_spans("Vi är en idrottsförening som har fyllt 25 och vill ha läxhjälp") == []


def test_misreadings_a_review_found() -> None:
    # a season where the activity goes, not when it runs
    assert (
        judge_season(
            "Verksamheten ska pågå året runt.",
            "Vi träffas varje vecka, på sommaren är vi ute i parken.",
        )
        is None
    )
    assert (
        judge_season("Ni kan kontakta oss hela året.", "Vi vill ha båtturer bara på sommaren.")
        is None
    )
    # a price per year against a cap per term: maybe within, never broken by it alone
    assert (
        judge_fee("Avgiften får vara högst 300 kronor per termin.", "Vi tar 400 kr om året.")
        is None
    )
    # the kommun the subject across "och"
    assert (
        fee_cap("Kommunen bidrar och betalar högst 30 kronor per deltagare och tillfälle.") is None
    )
    # "mitt i veckan" is no centre
    rule = "Träffarna ska hållas utanför Lycksele tätort."
    assert judge_where(rule, "Vi vill ha fika på onsdagar mitt i veckan ute i byarna.") is None
    # a rule that accepts work alone
    accepts = (
        "Den egna insatsen ska vara minst 10 procent och kan bestå av ideellt arbete, lokal "
        "eller pengar."
    )
    assert judge_composition(accepts, "Allt i ideellt arbete, pengar har vi inte.") is None
    # what the kommun heard, and what an asker goes on to tell
    assert "bett oss" in without_rules_heard(
        "Kommunen har hört att vi är bra och har bett oss att ordna det."
    )
    assert without_rules_heard("Vi läste att ni kräver två år, och vi vill starta läxhjälp.") == (
        "och vi vill starta läxhjälp."
    )
    # News heard is no rule: it tells what the idea is about.
    news = "Vi har hört att kommunen ska stänga dagverksamheten, och vi vill ta över den."
    assert without_rules_heard(news) == news
    # a clause negating what the cell says
    cell = "Att en icke-medlem får provträna en eller två gånger och sedan måste lösa medlemskap."
    told = "Alla kan provträna hur många gånger som helst, ingen behöver lösa medlemskap."
    assert judge_shortfall(cell, told) is None


def test_a_cross_drawn_item_rules_out_what_it_names() -> None:
    post = make_chunk(
        "ydre/post2.txt",
        "Det här gäller:\n✅ Träffarna ska vara öppna för alla\n✅ Det ska vara gratis\n"
        "✅ Föreningen ska stå för 15 procent\n❌ Aktiviteter för barn under 12 år",
        municipality="Ydre",
    )
    crossed = [c for c in _candidates(post) if "barn under 12" in c.text]
    assert crossed and crossed[0].excludes
