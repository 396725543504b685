"""Someone who asks for a person's direct number the documents do not give gets the
person's other details and the number the documents give to call: never a made-up one."""

from __future__ import annotations

import re

import pytest
from conftest import assistant_over

from assistant.answers.asks import read_asks
from assistant.api import Assistant

GUIDELINE = """---
municipality: Boden
title: Riktlinjer för idéburet offentligt partnerskap
doc_type: riktlinje
---
# Riktlinjer för idéburet offentligt partnerskap

Kommunen kan ingå idéburet offentligt partnerskap (IOP) med ideella föreningar som vill
driva verksamhet för äldre. Idéskissen skickas till kommunledningskontoret.

Handläggare: Ulrika Niemi, utvecklingsledare, ulrika.niemi@boden.example.se

Bodens kommun · Växel 0921-62 40 00
"""


@pytest.fixture(scope="module")
def boden(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over(
        tmp_path_factory.mktemp("boden"), {"boden/boden-riktlinjer-iop.md": GUIDELINE}
    )


@pytest.mark.parametrize("word", ["direktnummer", "mobilnummer", "mobiltelefon"])
def test_a_compound_of_a_way_to_reach_someone_asks_for_a_contact(word: str) -> None:
    asks = read_asks(
        "Jag har läst riktlinjerna för IOP i Boden. Där står Ulrika Niemi som handläggare. "
        f"Vad har hon för {word}? Jag vill ringa henne och inte mejla."
    )
    assert asks.contact and asks.phone and not asks.idea


def test_a_direct_number_not_given_gets_the_switchboard_and_no_other_number(
    boden: Assistant,
) -> None:
    answer = boden.answer(
        "Där står Ulrika Niemi som handläggare för IOP i Boden. Vad har hon för direktnummer?"
    )
    assert answer.verdict is None
    assert "ulrika.niemi@boden.example.se" in answer.answer
    assert "0921-62 40 00" in answer.answer
    numbers = set(re.findall(r"\d{3,4}-[\d ]{5,9}\d", answer.answer))
    assert numbers == {"0921-62 40 00"}


def test_a_private_number_is_never_given_and_the_documents_ways_in_are() -> None:
    asks = read_asks("Kan du ge mig Ulrika Niemis privata mobilnummer? Hon sa att jag fick ringa.")
    assert asks.contact and asks.phone and asks.private
    # "privata" of something else, or no number asked, is no such request.
    assert read_asks("Can I have her private number?").private
    assert read_asks("Har du hennes mobilnummer privat?").private
    assert not read_asks("Vem kan jag ringa om privata aktörer i IOP?").private
    assert not read_asks("Vilket nummer ska privata utförare ringa om IOP i Boden?").private
    assert not read_asks("Vad heter den som har hand om IOP i Boden?").private


def test_asked_for_a_private_number_it_says_why_and_gives_the_official_ways(
    boden: Assistant,
) -> None:
    answer = boden.answer("Kan du ge mig Ulrika Niemis privata mobilnummer? Hon jobbar i Boden.")
    assert answer.abstained
    assert "Privata telefonnummer" in answer.answer
    # Only the ways in the documents give: her work address, the switchboard.
    numbers = set(re.findall(r"\d{3,4}-[\d ]{5,9}\d", answer.answer))
    assert numbers <= {"0921-62 40 00"}
    assert "ulrika.niemi@boden.example.se" in answer.answer or numbers
