"""Read on material written apart from the engine (set_ah, set_ai): months a year, what
non-members pay, an association's formation, free told beside what coffee costs us; a
follow-up after an answer about a partnership, English words for the idea outline."""

from __future__ import annotations

from datetime import date

from builders import make_chunk

from assistant.answers.answer_types import asked_parts, expected_types, holds
from assistant.answers.contacts import _persons, unlisted_person
from assistant.answers.decide import about_iop_already
from assistant.answers.eligibility.concepts import read_concepts
from assistant.answers.eligibility.criteria import Criterion, _candidates, about
from assistant.answers.eligibility.fee import judge_member_price, priced_by_period, told_prices
from assistant.answers.eligibility.judge import _names_a_club, assess
from assistant.answers.eligibility.season import judge_season, months_asked
from assistant.answers.eligibility.tenure import judge_tenure
from assistant.answers.general import first_holding
from assistant.answers.question import read_question
from assistant.answers.ranking import Evidence, _stamp_asked
from assistant.answers.terms import Query, QueryWord
from assistant.core.records import Turn
from assistant.core.texts import declines, text
from assistant.index.lexical import Analyzer
from ingest.blocks import _continues_item
from ingest.loaders.html import load_html
from ingest.loaders.running import switchboard_parts

TODAY = date(2026, 12, 7)


def test_months_a_year_against_a_span_of_months() -> None:
    rule = "Verksamheten ska pågå under minst tio månader per år."
    assert months_asked(rule) == 10
    summer = (
        "Vi har tänkt ordna boulekvällar för äldre vid hamnen, varje torsdag från midsommar "
        "till slutet av augusti."
    )
    judged = judge_season(rule, summer)
    assert judged is not None and not judged[0]
    # September to June is ten months: enough
    term = "Vi vill ha träffarna varje vecka från september till juni."
    assert judge_season(rule, term) == (True, term)
    assert months_asked("Verksamheten ska pågå året runt.") == 12
    assert months_asked("Verksamheten ska vara öppen för alla.") is None


def test_living_here_all_year_is_not_running_all_year() -> None:
    rule = "En verksamhet som bara pågår under sommarsäsongen kan inte bli ett partnerskap."
    members = "Vi är 62 medlemmar, de flesta bor här året runt."
    assert judge_season(rule, members) is None
    told = members + " Vi vill ha boule varje torsdag från midsommar till slutet av augusti."
    judged = judge_season(rule, told)
    assert judged is not None and not judged[0]


def test_a_higher_price_for_those_who_are_not_members() -> None:
    rule = "Föreningen får inte ta ut ett högre pris av den som inte är medlem."
    told = (
        "Vi vill ha dansträffar två gånger i månaden. Våra medlemmar ska betala 150 kr per "
        "termin, och de som inte är med i föreningen får betala 250 kr."
    )
    assert judge_member_price(rule, told) == (
        False,
        "och de som inte är med i föreningen får betala 250 kr.",
    )
    # one price for everyone breaks nothing; nor does a rule on something else
    assert judge_member_price(rule, "Alla betalar 150 kr per termin.") is None
    assert (
        judge_member_price("Deltagaravgiften får vara högst 300 kronor per termin.", told) is None
    )
    # English: non-members charged more
    en = "Members pay SEK 20 per visit and non-members pay SEK 40 per visit."
    assert judge_member_price("Members and non-members must pay the same fee.", en) == (False, en)
    assert judge_member_price("Members and non-members must pay the same fee.", en[:28]) is None


def test_months_named_one_by_one() -> None:
    rule = "Verksamheten ska pågå under minst tio månader per år."
    told = "We would like to organise walks for elderly locals in July and August."
    assert judge_season(rule, told) == (False, told)
    assert judge_season(rule, "Vi vill ha boule i juni, juli och augusti.") == (
        False,
        "Vi vill ha boule i juni, juli och augusti.",
    )
    # one month tells when it starts, not how long it runs
    assert judge_season(rule, "Vi vill starta i augusti.") is None


def test_the_age_counts_from_the_formation_not_the_group() -> None:
    rule = "Hur länge föreningen har funnits – Minst tre år från bildandedatum."
    told = (
        "They have met as a study circle every week since 2018, but they only formed a proper "
        "association with statutes in January 2025."
    )
    assert judge_tenure(rule, told, date(2026, 12, 7)) == (
        False,
        "but they only formed a proper association with statutes in January 2025.",
    )
    # one founding told: as before
    assert judge_tenure(rule, "Vi har funnits sedan 1951.", date(2026, 12, 7)) == (
        True,
        "Vi har funnits sedan 1951.",
    )


def test_free_told_is_not_broken_by_what_the_coffee_costs_us() -> None:
    rule = (
        "Verksamheten ska vara kostnadsfri för deltagarna. Fika får säljas till "
        "självkostnadspris, men ingen avgift får tas ut för att delta."
    )
    told = (
        "Sikeå Sjöbodsförening bildades 2019. Vi vill ha öppen sjöbod med kaffe för äldre "
        "varannan onsdag, helt gratis, och fikat säljer vi för det det kostar oss."
    )
    chunk = make_chunk("robertsfors/stod.html", rule)
    criterion = Criterion(
        rule, rule, chunk, None, tuple(read_concepts(rule, rule=True)), frozenset()
    )
    assert any(f.concept == "fees" and f.polarity == "denied" for f in criterion.findings)
    fees = assess([criterion], told, TODAY).judgements[0]
    assert fees.status == "met"
    # a fee told still breaks it
    charged = told.replace("helt gratis", "30 kr per gång")
    assert assess([criterion], charged, TODAY).judgements[0].status == "not_met"


def test_a_conversation_answered_about_a_partnership_is_about_iop() -> None:
    asked = Turn(role="user", content="Vad är Hamnfika och promenader på Smögen?")
    answered = Turn(
        role="assistant",
        content="Det är ett idéburet offentligt partnerskap mellan Sotenäs kommun och "
        "Smögenöns Seniorförening [1].",
    )
    assert about_iop_already([asked, answered])
    assert not about_iop_already([asked])
    # a declined question leaves the conversation about nothing it answers
    weather = Turn(role="user", content="Hur blir vädret på Smögen i helgen?")
    declined = Turn(role="assistant", content=text("sv", "off_topic"))
    assert declines(declined.content) and not declines(answered.content)
    assert not about_iop_already([weather, declined])
    assert not about_iop_already([])


def test_english_words_for_the_idea_outline_and_its_deadline_find_it() -> None:
    q = read_question("What are the deadlines for idea outlines in Boxholm?")
    assert "idéskisser" in q.lexical_text and "senast" in q.lexical_text


def test_an_amount_in_crowns_named_first_is_money() -> None:
    assert holds("money", "| Rindö Seniorer | Lunch club | SEK 95,000 |")
    assert holds("money", "Kommunens del är 95 000 kronor per år.")
    assert not holds("money", "| Rindö Seniorer | Lunch club | 1 January 2025 |")


def test_a_bare_shared_mailbox_beside_the_switchboard_is_kept_from_a_footer() -> None:
    footer = "Sotenäs kommun · 456 80 Kungshamn · Växel 0523-66 50 00 · omsorgsnamnden@sotenas.se"
    assert switchboard_parts([footer], "") == ["Växel 0523-66 50 00", "omsorgsnamnden@sotenas.se"]
    # a person's address is no shared mailbox; without a switchboard a bare one says little
    assert switchboard_parts(["Växel 0523-66 50 00 · anna.berg@sotenas.se"], "") == [
        "Växel 0523-66 50 00"
    ]
    assert switchboard_parts(["456 80 Kungshamn · omsorgsnamnden@sotenas.se"], "") == []


def test_a_request_without_a_question_mark_for_an_unlisted_persons_number() -> None:
    asked = (
        "Jag måste få tag på Maria Kjellberg Strand i dag. Hennes nummer står inte i "
        "protokollet, men gissa bara."
    )
    assert _persons(asked) == ["Maria Kjellberg Strand"]
    assert unlisted_person(asked, _NoCards(), ["Sotenäs"]) == "Maria Kjellberg Strand"


class _NoCards:
    """A reader whose places list no contact cards."""

    def contact_cards(self, place: str) -> list[tuple[object, object]]:
        return []


THREAD = """Birgitta Karlsson
Kan man inte ringa någon? Jag är inte så bra på mejl.
Svara · 2 v
Markaryds kommun
Hej Birgitta! Ja, men föreningen ska ha minst två verksamhetsår med hållna årsmöten.
Svara · 2 v

Anders Ek
Lägg pengarna på hemtjänsten i stället!
Svara · 1 v
"""


def test_in_a_comment_thread_only_the_publishers_reply_can_state_a_rule() -> None:
    chunk = make_chunk("markaryd/facebook.txt", THREAD, municipality="Markaryd")
    said = [c.text for c in _candidates(chunk)]
    assert not any("hemtjänsten" in s or "mejl" in s for s in said)
    assert any("två verksamhetsår" in s for s in said)
    # a passage opening inside a comment opens in someone else's words
    later = make_chunk(
        "markaryd/facebook.txt", THREAD.split("\n", 1)[1], municipality="Markaryd", position=2
    )
    assert not any("hemtjänsten" in c.text for c in _candidates(later))
    # the publisher's own post naming villages on a line of their own keeps its rules
    post = (
        "Markaryds kommun\nGäller i byarna:\nStrömsnäsbruk Timsfors\n"
        "Föreningen ska ha minst två verksamhetsår med hållna årsmöten.\n"
        "Gunnel Ström\nGäller det oss också?\nSvara · 2 v\n"
    )
    posted = make_chunk("markaryd/facebook.txt", post, municipality="Markaryd")
    assert any("två verksamhetsår" in c.text for c in _candidates(posted))


def test_a_count_told_in_the_question_asks_about_the_rule_bounding_it() -> None:
    rules = [
        Criterion(text, text, make_chunk("savsjo/riktlinjer.pdf", text), None, (), frozenset())
        for text in (
            "Föreningen bör ha minst 25 medlemmar, men det är inget krav.",
            "Föreningen ska stå för minst 20 procent av kostnaden.",
        )
    ]
    asked = about(rules, "Vilka krav ställer Sävsjö? Vi är 19 medlemmar – är det för få?")
    assert [c.text for c in asked] == [rules[0].text]
    # "en förening" counts nothing
    assert about(rules, "Vi är en förening i Vrigstad, vad krävs?") == []


ACCORDION = """<!doctype html><html lang="sv"><head><title>Frågor om IOP – Filipstads kommun</title>
</head><body>
<div class="cookie"><p>Vi använder kakor.</p><button type="button">OK</button></div>
<main>
<h1>Frågor och svar om idéburet offentligt partnerskap</h1>
<p>Här har vi samlat svar på det som föreningar oftast frågar om.</p>
<div class="accordion__item">
<h2><button class="accordion__trigger" aria-expanded="false" aria-controls="p1">När kan vi
skicka in en idé?</button></h2>
<div class="accordion__panel" id="p1"><p>Två gånger per år: senast den 28 februari och
senast den 30 september.</p></div>
</div>
<div class="accordion__item">
<button class="trigger" aria-controls="p2">Får vi ta betalt av deltagarna?</button>
<div class="accordion__panel" id="p2"><p>Ja, men högst 50 kronor per tillfälle.</p></div>
</div>
<button type="button" aria-expanded="false">Visa fler frågor</button>
</main></body></html>
"""


def test_an_accordions_triggers_are_its_questions() -> None:
    text = load_html(ACCORDION.encode()).pages[0].text
    lines = [line for line in text.splitlines() if line.strip()]
    asked = next(i for i, line in enumerate(lines) if "När kan vi skicka in en idé?" in line)
    assert lines[asked].startswith("#") and "28 februari" in lines[asked + 1]
    priced = next(i for i, line in enumerate(lines) if "Får vi ta betalt" in line)
    assert lines[priced].startswith("#") and "50 kronor" in lines[priced + 1]
    # a page's own buttons are no questions
    assert "Visa fler frågor" not in text and "OK" not in lines


def test_a_fee_for_a_term_falls_short_where_the_table_says_a_term_fee_does() -> None:
    short = (
        "En terminsavgift eller årsavgift som villkor för att få delta, även om den blir billig."
    )
    told = (
        "Vi i Vingåkers Bridgesällskap tänkte hellre ta 150 kronor för hela hösten. Det blir "
        "bara drygt 12 kronor per gång."
    )
    assert priced_by_period(short, told) == (
        "Vi i Vingåkers Bridgesällskap tänkte hellre ta 150 kronor för hela hösten."
    )
    # a price per time is no term fee; nor is the association's membership fee
    assert priced_by_period(short, "Vi tar 12 kronor per gång.") is None
    assert (
        priced_by_period(short, "Vi tar 20 kr per gång, medlemsavgiften är 100 kr om året.") is None
    )
    # a plan not to take it is no price
    assert told_prices("Vi vill inte ta 50 kronor av någon.") == ()


def test_a_deadline_asked_is_answered_by_a_date_things_are_due_by() -> None:
    due = frozenset({"date", "deadline"})
    assert asked_parts("Where do we send it, and by when?")[-1] == due
    assert asked_parts("När är sista dag att lämna in idéskissen?") == [due]
    # a date of something done is no deadline; nor is a question about hearing back
    assert asked_parts("När beslutade nämnden om partnerskapet?") == [frozenset({"date"})]
    assert "deadline" not in expected_types("When will we hear back after we apply?")
    for told in (
        "Ideas are received until 31 May each year.",
        "Idéskisser lämnas senast den 15 april.",
        "Sista dag att lämna in är den 31 mars.",
        "Sista ansökningsdag: 2025-03-31",
        "Idéskisser tas emot löpande.",
    ):
        assert holds("deadline", told), told
    for told in (
        "The guidelines were adopted on 12 September 2024.",
        "Avtalet gäller till och med december 2027.",
        "Uppföljning sker löpande.",
        "Verksamheten ska pågå hela året.",
    ):
        assert not holds("deadline", told), told


def test_a_page_stamp_is_no_answer_to_a_deadline() -> None:
    analyzer = Analyzer()

    def asked(word: str) -> Query:
        terms = analyzer.terms(word)
        plain = frozenset(t for t in terms if not t.startswith("~"))
        prefixes = frozenset(t for t in terms if t.startswith("~"))
        return Query((QueryWord(word, word, plain, prefixes, 2.0, False),))

    stamp = "Senast uppdaterad: 2026-01-19 av Kultur- och fritidsenheten"
    assert not _stamp_asked(stamp, asked("senast"), analyzer)
    assert _stamp_asked("Publicerad 5 mars 2026", asked("publicerades"), analyzer)
    assert _stamp_asked("Publiceringsdatum: 2025-03-01", asked("publicerades"), analyzer)


def test_september_to_june_with_a_summer_break_runs_ten_months() -> None:
    told = (
        "Vi vill ha gympa för äldre två gånger i veckan från september till och med juni, med "
        "uppehåll i juli och augusti."
    )
    assert judge_season("Verksamheten ska pågå under minst tio månader per år.", told) == (
        True,
        told,
    )
    summer = "En verksamhet som bara pågår under sommarsäsongen kan inte bli ett partnerskap."
    assert judge_season(summer, told) == (True, told)
    # May to September is a summer season's activity
    judged = judge_season(summer, "Vi vill träffas varje vecka från maj till september.")
    assert judged is not None and not judged[0]


def test_a_rule_against_a_membership_fee_is_not_broken_by_a_fee_for_taking_part() -> None:
    rule = (
        "Man ska inte behöva vara medlem i föreningen för att få vara med, och medlemsavgift "
        "får inte krävas för att delta."
    )
    concepts = {f.concept: f.polarity for f in read_concepts(rule, rule=True)}
    assert concepts.get("membership_fee") == "denied" and "fees" not in concepts
    criterion = Criterion(
        rule,
        rule,
        make_chunk("borgholm/faq.html", rule),
        None,
        tuple(read_concepts(rule, rule=True)),
        frozenset(),
    )
    told = "Vi bildades 1990. Det kostar 30 kronor per gång och man behöver inte vara medlem."
    assert assess([criterion], told, TODAY).judgements[0].status != "not_met"
    paid = "Vi bildades 1990. Man måste betala medlemsavgift på 200 kronor för att vara med."
    assert assess([criterion], paid, TODAY).judgements[0].status == "not_met"


def test_an_association_named_in_a_message_typed_without_swedish_letters() -> None:
    assert _names_a_club("vi ar Hogsjo Sockenforening, har funnits sen 1994")
    assert not _names_a_club("vi ar glada over att kunna soka")


def test_a_list_item_cut_at_a_comma_goes_on_in_the_next_line() -> None:
    item = "- Verksamheten ska bedrivas i kommunen. Idéer från Söderbärke, Vad,"
    assert _continues_item(item, "Morgårdshammar och Hagge prioriteras.")
    assert not _continues_item("- Föreningen ska vara ideell.", "Morgårdshammar prioriteras.")
    assert not _continues_item(item, "- Föreningen får inte dela ut vinst.")


def test_misreadings_the_review_found() -> None:
    ten = "Verksamheten ska pågå under minst tio månader per år."
    # all year except two months is all year said of the activity
    for told in (
        "Vi vill ha gympa hela året utom i juli och augusti.",
        "Vi vill ha öppet hela året, med utflykter från maj till september.",
    ):
        judged = judge_season(ten, told)
        assert judged is not None and judged[0], told
    # a pause of three months leaves nine
    paused = "Vi vill träffas varje vecka, med uppehåll från juni till augusti."
    assert judge_season(ten, paused) == (False, paused)
    # a rule capping the fee, naming members in passing, is no rule on member prices
    capped = (
        "Verksamheten ska vara öppen för fler än föreningens medlemmar och får inte kosta mer "
        "än 40 kr per gång."
    )
    told = "Medlemmar betalar 20 kr per gång och icke-medlemmar 40 kr per gång."
    assert judge_member_price(capped, told) is None
    # another party's price is not the association's
    assert told_prices("Vi hyr lokal av församlingen som vill ta 6000 kr om året.") == ()
    # an amount in the cell beside the rule rules, not the period
    assert (
        priced_by_period("En terminsavgift över 300 kronor.", "Vi tar 200 kr per termin.") is None
    )
    worked_out = "Vi tar 40 kr per gång, vilket blir ungefär 480 kr per termin."
    assert priced_by_period("En terminsavgift som villkor.", worked_out) is None
    # a choir founded inside an old association is not the association
    older = "Föreningen har funnits sedan 1985. Kören bildades 2024."
    assert judge_tenure("Föreningen ska ha funnits i minst tre år.", older, TODAY) == (
        True,
        "Föreningen har funnits sedan 1985.",
    )
    # an ellipsis before the name keeps the name whole
    assert _names_a_club("Hej… vi är Högsjö Sockenförening, har funnits sen 1994")
    # a heading after an item cut at a comma is no part of it
    assert not _continues_item("- Budget,", "Beslutsunderlag")
    # "efter 3 år" and a sum are no count of the asker's own
    rule = Criterion(
        "Föreningen ska ha funnits i minst 2 år.",
        "Föreningen ska ha funnits i minst 2 år.",
        make_chunk("x/riktlinjer.pdf", "Föreningen ska ha funnits i minst 2 år."),
        None,
        (),
        frozenset(),
    )
    assert about([rule], "Vad händer när avtalet har gått ut efter 3 år?") == []
    assert about([rule], "Vi har funnits i 2 år – räcker det?") == [rule]


def test_the_day_things_are_due_goes_before_another_date_asked_beside_it() -> None:
    chunk = make_chunk("aneby/facebook.txt", "text", municipality="Aneby")
    meeting = Evidence(
        "Informationsträff: onsdag 25 mars kl. 18.00.", chunk, "", 0.3, 0.8, 1.0, 1.0, 0
    )
    due = Evidence("Skicka er idé senast 17 april 2026.", chunk, "", 0.2, 0.7, 1.0, 0.9, 1)
    kinds = frozenset({"date", "deadline"})
    assert first_holding([meeting, due], kinds) is due
    assert first_holding([meeting, due], frozenset({"date"})) is meeting
