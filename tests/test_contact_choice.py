"""Which card answers a contact question: the one in the asker's language when a page
repeats another's, and not the office the asker tells of having tried already."""

from __future__ import annotations

import pytest
from conftest import assistant_over
from test_hours import ENGLISH_PAGE, SWEDISH_PAGE

from assistant.answers.contacts import _already_tried
from assistant.api import Assistant
from assistant.core.contacts import ContactCard

SUPPORT_PAGE = """---
municipality: Hylte
title: Stöd till föreningar
---
# Stöd till föreningar

Hylte kommun stöttar föreningslivet med bidrag och idéburet offentligt partnerskap (IOP).

## Idéburet offentligt partnerskap

Kontakta Maria Fransson, utvecklingsstrateg, 0345-180 52, maria.fransson@hylte.se.

## Föreningsbidrag

Föreningsservice

Telefon 0345-180 40

foreningsservice@hylte.se
"""


CONTACT_LIST = """---
municipality: Vara
title: Idéburet offentligt partnerskap
---
# Idéburet offentligt partnerskap

Vara kommun kan ingå partnerskap med föreningar som vill möta ett behov i kommunen.

## Så går det till

Skicka er idéskiss till foreningsservice@vara.example.se. Vi svarar inom en månad.

## Kontakt

Helena Tjäder, föreningskonsulent, kultur- och fritidsförvaltningen, 0512-311 23, ht@vara.example.se

Mikael Bergqvist, utvecklingsledare, socialförvaltningen, 0512-312 47, mb@vara.example.se

Anna Lund, IOP-samordnare, kommunledningskontoret, 0512-310 00, anna.lund@vara.example.se

Föreningsservice: foreningsservice@vara.example.se
"""


@pytest.fixture(scope="module")
def places(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over(
        tmp_path_factory.mktemp("choice"),
        {
            "lulea/lulea-iop.md": SWEDISH_PAGE.format(place="Luleå", hours=""),
            "lulea/lulea-iop-english.md": ENGLISH_PAGE,
            "hylte/hylte-stod-till-foreningar.md": SUPPORT_PAGE,
            "vara/vara-iop.md": CONTACT_LIST,
        },
    )


def test_a_swedish_question_gets_the_card_of_the_swedish_page(places: Assistant) -> None:
    # The English page says when to call; the Swedish one is in the asker's language.
    answer = places.answer("Vem ska jag prata med om ett partnerskap i Luleå?")
    shown = [c for c in answer.contacts if c.name == "Lena Holm"]
    assert len(shown) == 1
    assert shown[0].phone == "0921-62 40 12"
    assert answer.citations[shown[0].citation - 1].source == "lulea/lulea-iop.md"
    assert "Monday" not in answer.answer


def test_the_office_the_asker_already_tried_is_not_given_again(places: Assistant) -> None:
    answer = places.answer(
        "Vem ska jag prata med på Hylte kommun om ett partnerskap? Jag ringde "
        "föreningsservice förra veckan men dom sa att dom mest sysslar med bidragen."
    )
    assert [c.name for c in answer.contacts] == ["Maria Fransson"]
    assert "0345-180 40" not in answer.answer


def test_an_office_only_named_in_the_question_is_still_given(places: Assistant) -> None:
    answer = places.answer("Vilket nummer har föreningsservice i Hylte kommun?")
    assert any(c.phone == "0345-180 40" for c in answer.contacts)


def test_the_office_the_question_names_comes_first(places: Assistant) -> None:
    # Each card's unit stands in its line after the role; the question names one of them.
    for unit, person in (
        ("socialförvaltningen", "Mikael Bergqvist"),
        ("kultur- och fritidsförvaltningen", "Helena Tjäder"),
    ):
        answer = places.answer(f"Vem på {unit} i Vara kan vi prata med om IOP?")
        assert answer.contacts[0].name == person
        assert f"**{person}**" in answer.answer


def _office(email: str | None = None, title: str | None = None) -> ContactCard:
    return ContactCard(kind="function", evidence="", span=(0, 0), email=email, title=title)


@pytest.mark.parametrize(
    ("card", "told", "tried"),
    [
        (_office("foreningsservice@hylte.se"), "Jag ringde föreningsservice förra veckan.", True),
        (
            _office("foreningsservice@hylte.se"),
            "Jag ringde föreningsservice men de kunde inte hjälpa mig.",
            True,
        ),
        # named without a call, or the call denied: nothing tried
        (_office("foreningsservice@x.se"), "Föreningsservice tipsade oss om IOP.", False),
        (_office("kontaktcenter@x.se"), "Vi har inte kontaktat kontaktcenter än.", False),
        (_office("foreningsbidrag@x.se"), "Vi får föreningsbidrag idag men vill ha IOP.", False),
        # a word every text uses names no office
        (_office("forening@x.se"), "Jag ringde en förening i går.", False),
    ],
)
def test_an_office_is_tried_only_when_the_asker_tells_of_a_call(
    card: ContactCard, told: str, tried: bool
) -> None:
    assert _already_tried(card, told) is tried
