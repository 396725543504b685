"""Contact details written in ways the sample documents do not: a label before the name,
a sentence telling what the person does before the number, a press contact beside the
IOP contact, and a page whose only ways in stand in its footer. Texts written for these
tests."""

from __future__ import annotations

from pathlib import Path

from conftest import assistant_over

from assistant.answers.asks import asks_of
from assistant.answers.contacts import pick_people, unlisted_person
from assistant.answers.question import read_question
from ingest.clean import is_contact_line
from ingest.contacts.cards import extract_contacts
from ingest.loaders.html import load_html


def test_a_label_before_the_name_is_not_part_of_it() -> None:
    text = (
        "Mer information\n\nFrågor om IOP: Karin Ek Lund, utvecklingsstrateg,\n"
        "telefon 0143-153 99, iop@heby.se"
    )
    (card,) = extract_contacts(text, "Heby kommun")
    assert (card.name, card.title, card.phone) == (
        "Karin Ek Lund",
        "utvecklingsstrateg",
        "0143-153 99",
    )


def test_what_the_person_does_for_the_reader_leads_to_their_number() -> None:
    text = (
        "Nadja Berg Holm, föreningsutvecklare på kommunledningsförvaltningen, hjälper er gärna. "
        "Telefon 0224-361 15, telefontid tisdagar kl. 13–15."
    )
    (card,) = extract_contacts(text, "Heby kommun")
    assert card.name == "Nadja Berg Holm"
    # What someone did is no sign the number is theirs.
    told = "Per Svensson, ordförande, skrev under avtalet. Telefon 0224-123 45."
    (card,) = extract_contacts(told, "Heby kommun")
    assert card.name is None


NEWS = """---
municipality: Heby
title: Kommunen ser över reglerna för IOP
doc_type: nyhet
---
# Kommunen ser över reglerna för IOP

Föreningar som vill föreslå ett partnerskap kan skicka sin idéskiss senast den 1 mars.
Anna Lind Berg, föreningsutvecklare, svarar på frågor om idéskissen. Telefon 0224-361 20.

Presskontakt: Johan Ekvall, kommunikatör, 0224-361 99
"""


def test_the_press_contact_is_for_journalists(tmp_path: Path) -> None:
    assistant = assistant_over(tmp_path, {"heby/nyhet.md": NEWS})
    question = "Vem kan vår förening prata med om en idé? Inte pressen alltså."
    names = [c.card.name for c in pick_people(assistant.reader, ["Heby"], question, []).cards]
    assert names == ["Anna Lind Berg"]
    asked = "Vem är presskontakt för nyheten om IOP?"
    names = [c.card.name for c in pick_people(assistant.reader, ["Heby"], asked, []).cards]
    assert "Johan Ekvall" in names


PAGE = """<html><head><title>IOP i Heby</title></head><body>
<header><nav><a href="/">Start</a></nav></header>
<main><h1>Idéburet offentligt partnerskap</h1>
<p>Föreningar i Heby kan föreslå ett idéburet offentligt partnerskap med kommunen om något
som föreningen vill göra och som också bidrar till kommunens mål. Idéskisser som kommer in
senast den 31 mars prövas samlat, och besked lämnas inom fem veckor.</p></main>
<footer><h2>Kontakt</h2>
<p>Heby kontaktcenter: 08-555 591 00<br>E-post: hebykommun@heby.se</p>
<p>Föreningsservice (föreningsstöd och IOP): foreningsservice@heby.se</p>
<ul><li><a href="/kakor">Kakor</a></li></ul></footer>
</body></html>"""


def test_a_communications_title_is_no_press_contact(tmp_path: Path) -> None:
    page = (
        "---\nmunicipality: Heby\ntitle: IOP i Heby\n---\n# IOP i Heby\n\n"
        "Föreningar kan föreslå ett idéburet offentligt partnerskap med kommunen.\n\n"
        "Lisa Ek, kommunikatör, kultur- och fritidsförvaltningen, 0224-361 30\n"
    )
    assistant = assistant_over(tmp_path, {"heby/iop.md": page})
    question = "Vem kan vår förening prata med om IOP i Heby?"
    names = [c.card.name for c in pick_people(assistant.reader, ["Heby"], question, []).cards]
    assert names == ["Lisa Ek"]


def test_a_pages_only_ways_in_are_kept_from_its_footer() -> None:
    text = load_html(PAGE.encode()).pages[0].text
    # The contact centre's number, grouped as few write it, and the mailbox that says
    # what it is for; not the mailbox labelled only "E-post", nor the footer's links.
    assert "Heby kontaktcenter: 08-555 591 00" in text
    assert "Föreningsservice (föreningsstöd och IOP): foreningsservice@heby.se" in text
    assert "hebykommun@heby.se" not in text
    assert "Kakor" not in text
    assert is_contact_line("Täby kontaktcenter: 08-555 590 00")


def test_a_switchboard_the_asker_tried_is_not_what_they_ask_for() -> None:
    tried = "Vem ska jag ringa om IOP i Heby? Jag har försökt ringa växeln men kom fel."
    assert not asks_of(read_question(tried, [], None)).switchboard
    assert asks_of(read_question("Vad har Heby kommun för växelnummer?", [], None)).switchboard


def test_whom_a_sentence_says_answers_is_the_contact() -> None:
    text = (
        "Frågor om policyn och om idéburet offentligt partnerskap besvaras av Annika Wrede "
        "Sandström, samordnare för civilsamhället på kommunledningskontoret, telefon "
        "08-540 813 46, e-post civilsamhalle@osteraker.se. Frågor om föreningsbidrag besvaras "
        "av kultur- och fritidsförvaltningen."
    )
    (card,) = extract_contacts(text, "Österåkers kommun")
    assert (card.name, card.title, card.phone) == (
        "Annika Wrede Sandström",
        "samordnare",
        "08-540 813 46",
    )


ENGLISH = """<html lang="en"><head><title>Partnership with the municipality</title></head>
<body><main><h1>Partnership with the municipality</h1>
<h2>How do we apply?</h2>
<p>You can send a short description of your idea to iop@vannas.se at any time of the year.
Within six weeks you will hear whether the municipality wants to continue.</p>
<h2>Who can I talk to?</h2>
<p>Elin Marklund Sjödin, civil society coordinator<br>
Phone: +46 935 142 38 (Monday and Thursday, 13.00–15.00)<br>
E-mail: iop@vannas.se</p>
</main></body></html>"""


def test_a_named_contact_on_an_english_page_is_kept_over_its_bare_mailbox(
    tmp_path: Path,
) -> None:
    guideline = (
        "---\nmunicipality: Vännäs\ntitle: Riktlinjer för IOP\ndoc_type: riktlinje\n---\n"
        "# Riktlinjer för IOP\n\nIdéskissen skickas till iop@vannas.se.\n"
    )
    assistant = assistant_over(
        tmp_path, {"vannas/partnership.html": ENGLISH, "vannas/riktlinjer.md": guideline}
    )
    question = "Who can I talk to about a partnership with Vännäs municipality?"
    picked = pick_people(assistant.reader, ["Vännäs"], question, [], language="en").cards
    assert [c.card.name for c in picked] == ["Elin Marklund Sjödin"]
    # A Swedish asker gets the named person too, not the mailbox of a Swedish page.
    fråga = "Vem kan jag ringa på Vännäs kommun om idéburet offentligt partnerskap?"
    picked = pick_people(assistant.reader, ["Vännäs"], fråga, [], language="sv").cards
    assert [c.card.name for c in picked] == ["Elin Marklund Sjödin"]


def test_a_person_the_documents_give_no_details_for_gets_none(tmp_path: Path) -> None:
    news = (
        "---\nmunicipality: Katrineholm\ntitle: Måndagsträffen i Julita blir partnerskap\n"
        "doc_type: nyhet\n---\n# Måndagsträffen i Julita blir partnerskap\n\n"
        "Kommunen och Julita Bygdegårdsförening har ingått ett idéburet offentligt "
        "partnerskap om måndagsträffen. – Nu kan vi planera, säger Gunnel Axelsson, "
        "ordförande i Julita Bygdegårdsförening.\n\n"
        "Frågor om IOP: Camilla Wahlberg, utvecklingsledare, 0150-48 83 27, "
        "camilla.wahlberg@katrineholm.se\n"
    )
    assistant = assistant_over(tmp_path, {"katrineholm/nyhet.md": news})
    answer = assistant.answer(
        "Vad har Gunnel Axelsson i Julita Bygdegårdsförening för mobilnummer? Jag vill fråga "
        "henne hur de gjorde."
    )
    # Answered: no document gives her number, and the ways in they do give follow.
    assert not answer.abstained
    assert "inga egna kontaktuppgifter till Gunnel Axelsson" in answer.answer
    assert "Camilla Wahlberg" in answer.answer and "0150-48 83 27" in answer.answer
    # A signature after the question is the asker's.
    signed = "Kan det bli ett IOP, och vem beslutar om det? /Amira Haddad"
    assert unlisted_person(signed, assistant.reader, ["Katrineholm"]) is None
    asked = "Vad har Amira Haddad för nummer?"
    assert unlisted_person(asked, assistant.reader, ["Katrineholm"]) == "Amira Haddad"
    # Asking whom to contact, or about a named thing, asks for nobody's details.
    for whom in (
        "Vem ska jag kontakta om Idéburet Offentligt Partnerskap?",
        "Vem kontaktar jag på Coompanion Kronoberg?",
    ):
        assert unlisted_person(whom, assistant.reader, ["Katrineholm"]) is None
    # A person the documents do give details for is answered.
    listed = assistant.answer("Vad har Camilla Wahlberg för telefonnummer?")
    assert not listed.abstained and "0150-48 83 27" in listed.answer
