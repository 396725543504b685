"""Someone who wants to call: a polite request for a direct number is a contact question;
a number no document gives is said to be missing, with the ways in the documents do
give (an answer, not a refusal); a document that sends callers to the switchboard gets
its number shown; a contact block's next paragraph naming the person tells when they
answer. Texts written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import assistant_over

from assistant.answers.asks import read_asks
from assistant.api import Assistant
from assistant.core.hours import hours_beside

PAGE = """<!doctype html><html lang="sv"><head><title>Stöd till föreningar – Ydre kommun</title>
</head><body><main>
<h1>Stöd till föreningar</h1>
<h2>Föreningsbidrag</h2>
<p>Föreningsbidrag söks senast 31 mars.</p>
<p>Tove Lindqvist, föreningskonsulent, 0381-661 47, foreningsbidrag@ydre.se</p>
<h2>Idéburet offentligt partnerskap</h2>
<p>Idéer om IOP skickas till iop@ydre.se. Ring växeln om du vill bli kopplad till någon som
arbetar med IOP.</p>
<p>Handläggare för IOP är Petra Sund, utvecklingsstrateg.</p>
<h2>Kontakt</h2>
<p>Ydre kommun, Växel 0381-661 00</p>
</main></body></html>
"""


@pytest.fixture(scope="module")
def ydre(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over(tmp_path_factory.mktemp("call"), {"ydre/stod.html": PAGE})


def test_a_polite_request_for_a_direct_number_asks_for_a_contact() -> None:
    asks = read_asks("Kan du ge mig direktnumret till Petra Sund på kommunen?", True)
    assert asks.contact and asks.phone
    # A polite request for something else asks for no contact.
    assert not read_asks("Kan du ge mig ett exempel på ett IOP?", True).contact


def test_a_number_no_document_gives_is_said_missing_beside_the_ways_in(ydre: Assistant) -> None:
    answer = ydre.answer("Kan du ge mig direktnumret till Petra Sund i Ydre? Det gäller IOP.")
    assert not answer.abstained
    assert "inga egna kontaktuppgifter till Petra Sund" in answer.answer
    assert "0381-661 00" in answer.answer  # the switchboard, the number given to call


def test_a_document_sending_callers_to_the_switchboard_gets_its_number(ydre: Assistant) -> None:
    answer = ydre.answer("Vem ringer jag om IOP i Ydre kommun? Jag vill prata med en person.")
    assert "Ring växeln" in answer.answer
    assert "0381-661 00" in answer.answer


def test_the_next_paragraph_naming_the_person_tells_when_they_answer(tmp_path: Path) -> None:
    text = (
        "Malin Berg\n\nFöreningsutvecklare\n\nTelefon: 0381-661 72\n\n"
        "E-post: malin.berg@ydre.se\n\nMalin svarar i telefon måndag–torsdag kl. 8.30–11.30."
        "\n\nSenast uppdaterad: 9 februari 2026"
    )
    end = text.index("@ydre.se") + len("@ydre.se")
    found = hours_beside(text, (0, end), "Malin Berg")
    assert found is not None
    assert text[found[0] : found[1]] == "Malin svarar i telefon måndag–torsdag kl. 8.30–11.30"
    # A paragraph about something else after the card says nothing of when to call.
    other = "Malin Berg, 0381-661 72\n\nÖppet hus onsdagar kl. 10–12 på biblioteket."
    assert hours_beside(other, (0, other.index("72") + 2), "Malin Berg") is None
    # Another Malin is someone else.
    namesake = "Malin Berg, 0381-661 72\n\nMalin Andersson svarar tisdagar kl. 13–15."
    assert hours_beside(namesake, (0, namesake.index("72") + 2), "Malin Berg") is None


def test_whom_to_call_in_any_words_is_answered_with_the_contacts(ydre: Assistant) -> None:
    answer = ydre.answer("vem ska jag ringa om iop i ydre?? har ni namn o nummer")
    assert not answer.abstained
    assert "iop@ydre.se" in answer.answer


def test_a_question_mostly_in_words_no_document_uses_is_about_something_else(
    ydre: Assistant,
) -> None:
    answer = ydre.answer("Kan du ge mig ett bra recept på kladdkaka till vår förenings vårfest?")
    assert answer.abstained
    assert "Jag kan bara svara på frågor om IOP" in answer.answer


FORM = """---
municipality: Ydre
title: Ansökan om IOP – Ydre kommun
doc_type: blankett
---
# Ansökan om IOP

## Så går det till

1. Fyll i blanketten och skicka den till iop@ydre.se senast 15 mars eller 15 oktober.
2. Inom fyra veckor blir ni inbjudna till ett dialogmöte.
3. Nämnden beslutar i juni respektive december.

## Föreningen

Skriv föreningens namn och organisationsnummer.

## Bilagor

Skicka med det här:

- ☐ Stadgar
- ☐ Senaste årsmötesprotokoll
- ☐ Senaste verksamhetsberättelse
"""


def test_the_part_asking_for_several_things_gets_its_own_whole_list(tmp_path: Path) -> None:
    ydre = assistant_over(tmp_path, {"ydre/ansokan.md": FORM})
    answer = ydre.answer(
        "Vi ska söka IOP hos Ydre kommun. Vilka bilagor ska med, vart skickar vi den, och "
        "när är nästa sista dag?"
    )
    for attachment in ("Stadgar", "Senaste årsmötesprotokoll", "Senaste verksamhetsberättelse"):
        assert attachment in answer.answer
