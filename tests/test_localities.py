"""Villages named instead of the kommun ("PRO Frånö", "Hej från Lugnvik"): read as places
only where written as one, and used to pick among the municipalities with documents."""

from __future__ import annotations

import pytest
from conftest import assistant_over

from assistant.api import Assistant
from assistant.core.localities import localities


def _read(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(found.name, found.kommuner) for found in localities(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hej, kassör i PRO Frånö här.", [("Frånö", ("Kramfors",))]),
        ("Vi bor uppe i Vidsel och vill starta en träff.", [("Vidsel", ("Älvsbyn",))]),
        ("We are a choir from Edsbyn.", [("Edsbyn", ("Ovanåker",))]),
        # a name in several kommuner gives them all
        ("Vi är en förening i Skänninge.", [("Skänninge", ("Mjölby", "Norrtälje"))]),
        # a club is named after its place, in the genitive too
        ("Vi är Visby Kanotklubb och undrar", [("Visby", ("Gotland",))]),
        ("Hej, Tommy i Hyltebruks Bandyklubb här.", [("Hyltebruk", ("Hylte",))]),
        # a kommun's name with the country around it
        ("Vi sitter i SPF Kramforsbygden.", [("Kramforsbygden", ("Kramfors",))]),
        # … and a village's
        ("Jag skriver från Vittangi-trakten.", [("Vittangi", ("Kiruna",))]),
        ("Vi bor i Bodafors-trakten.", [("Bodafors", ("Nässjö",))]),
        # a club's name may open a sentence
        ("Hej. Hölö IK här, vi undrar.", [("Hölö", ("Södertälje", "Värmdö"))]),
    ],
)
def test_a_village_written_as_a_place_gives_its_kommun(
    text: str, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Jag heter Anna Holm och vill veta mer.",  # a surname that is a village too
        "Vi vill vara med. Bro finns det?",  # a word at the start of a sentence
        "Det var roligt att vara med på. Vi ses!",  # "Vi" after "på" across a full stop
        "Vår förening bor i lägenheter.",  # lower case
        "Kramfors kommun har riktlinjer.",  # a kommun's own name is no locality
        "Jag ringde till Åsa på kommunen.",  # a given name that is a village too
        "Vi vill söka IOP Vi har funnits i tio år.",  # a word after an acronym
        "Vi åkte till Hyltebruks marknad.",  # a genitive is anything's but a club's
        "Vi är Visby Dansk förening.",  # "Dansk" ends in no club's mark "sk"
    ],
)
def test_words_and_names_that_are_villages_too_are_no_places(text: str) -> None:
    assert _read(text) == []


GUIDELINE = """---
municipality: {place}
title: Riktlinjer för idéburet offentligt partnerskap
doc_type: riktlinje
---
# Riktlinjer för idéburet offentligt partnerskap i {place}

{place} kan ingå idéburet offentligt partnerskap (IOP) med ideella föreningar.

## Kriterier

- Föreningen ska vara registrerad i kommunens föreningsregister.
- Verksamheten ska vara öppen för alla.

{extra}

## Kontakt

Frågor besvaras av {person}, {email}.
"""


@pytest.fixture(scope="module")
def two_kommuner(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over(
        tmp_path_factory.mktemp("localities"),
        {
            "kramfors/riktlinjer.md": GUIDELINE.format(
                place="Kramfors",
                person="Eva Ek",
                email="eva.ek@kramfors.se",
                extra="Vi ser gärna idéer som når Undrom och Gålsjö under vintern.",
            ),
            "lund/riktlinjer.md": GUIDELINE.format(
                place="Lund", person="Bo Berg", email="bo.berg@lund.se", extra=""
            ),
        },
    )


def test_a_village_of_a_kommun_with_documents_answers_from_them(two_kommuner: Assistant) -> None:
    answer = two_kommuner.answer(
        "Hej från PRO Frånö! Vi vill starta en promenadgrupp för alla äldre, vi står i "
        "föreningsregistret. Kan det bli ett IOP?"
    )
    assert answer.municipality == "Kramfors"
    assert answer.answer.startswith("Jag utgår från att Frånö ligger i Kramfors kommun")
    assert {c.municipality for c in answer.citations} == {"Kramfors"}


def test_a_village_of_a_kommun_without_documents_still_asks_which(
    two_kommuner: Assistant,
) -> None:
    answer = two_kommuner.answer(
        "Vi är ett byalag i Vidsel och vill starta en träffpunkt. Kan det bli ett IOP?"
    )
    assert answer.abstained
    assert "Vilken kommun" in answer.answer
    assert "Vidsel" not in answer.answer


def test_a_place_the_table_does_not_know_is_read_from_the_one_place_naming_it(
    two_kommuner: Assistant,
) -> None:
    answer = two_kommuner.answer("Vi bor ute i Undrom. Hur ansöker man om IOP?")
    assert answer.municipality == "Kramfors"
    assert answer.answer.startswith("Jag utgår från att Undrom ligger i Kramfors kommun")
    # Typed without å, ä and ö it is the same place.
    folded = two_kommuner.answer("Vi bor ute i Galsjo. Hur ansöker man om IOP?")
    assert folded.municipality == "Kramfors"
    # A name no document writes leaves the question open.
    unknown = two_kommuner.answer("Vi bor ute i Klockestrand. Hur ansöker man om IOP?")
    assert unknown.abstained and unknown.municipality is None


def test_placed_names_are_capitalised_words_after_a_word_of_place() -> None:
    from assistant.core.localities import placed_names

    assert placed_names("Vi bor här på Skaftö och i Gålsjö.") == ["Skaftö", "Gålsjö"]
    # A known locality, a kommun, a word at a sentence's start or an acronym is none.
    assert placed_names("Hej från Frånö i Kramfors. Vi i PRO undrar. På Lördag?") == []
    # An authority, a word of English or a building is no place.
    assert placed_names("Pengar från Tillväxtverket, möte i Medborgarhuset, svar in English.") == []
    # A club named after its place, as people say it: in the genitive, in the definite
    # form too ("Nyhamnsläget"), or not ("Julita Bygdegårdsförening"), also typed without
    # å, ä and ö.
    assert placed_names("Jag är kassör i Nyhamnslägets Byalag.") == ["Nyhamnsläget", "Nyhamnsläge"]
    assert placed_names("Gunnel Axelsson i Julita Bygdegårdsförening har ett nummer?") == ["Julita"]
    assert placed_names("hej, vi ar Ljustero Hembygdsforening har") == ["Ljustero"]
    # A name before another word is no club's place ("Kalle Anka", "Röda Korset").
    assert placed_names("Vi i Röda Korset undrar, skriver Kalle Anka.") == []


def test_the_place_asked_about_is_the_one_answered_for(two_kommuner: Assistant) -> None:
    # A kommun without documents asked about is not answered from its neighbour's told of.
    answer = two_kommuner.answer(
        "Vi är en byaförening i Sollefteå, granne med Kramfors. Har Sollefteå kommun några "
        "regler för IOP, och vem ringer vi där?"
    )
    assert answer.abstained
    assert "Sollefteå" in answer.answer
    assert "Eva Ek" not in answer.answer and "eva.ek@kramfors.se" not in answer.answer
    # … and the one asked about is answered for, whatever else is told.
    asked = two_kommuner.answer("Vi bor i Sollefteå. Kan vi få ett IOP i Kramfors?")
    assert asked.municipality == "Kramfors" and not asked.abstained
    # A place a question tells of ("bor i", "som i") is not what it asks about.
    for told in (
        "Vi är en förening i Kramfors. Kan vi söka IOP även om några medlemmar bor i Sollefteå?",
        "Vi är en förening i Kramfors. Gäller samma regler för IOP som i Sollefteå?",
    ):
        assert two_kommuner.answer(told).municipality == "Kramfors"


@pytest.mark.parametrize(
    "question",
    [
        # a club named after a village only the documents name
        "Hej, Undrom Byaförening här! Hur ansöker man om IOP?",
        # a kommun told only as where some members live, the activity in the village
        "Vi är 14 medlemmar, nio bor här och resten i Sollefteå. Vi vill ha språkkafé i "
        "Undrom. Hur ansöker man om IOP?",
    ],
)
def test_a_village_the_documents_name_places_the_question(
    two_kommuner: Assistant, question: str
) -> None:
    answer = two_kommuner.answer(question)
    assert answer.municipality == "Kramfors", answer.answer
    assert not answer.abstained
