"""Criteria asked as a yes/no checklist, a kommun whose rules stand in another's joint
guidelines, a region named by its county's words, and questions about other municipal
matters that only name a village the documents list."""

from __future__ import annotations

import pytest
from conftest import assistant_over

from assistant.answers.question import read_question
from assistant.api import Assistant
from assistant.core.texts import text

# A checklist in other words than any document the engine was built on: the onward cell
# is "Fortsätt med nästa rad", and one question stops on "Ja".
CHECKLIST = """---
municipality: Tranemo
title: Checklista inför idéskiss om IOP
doc_type: riktlinje
---
# Checklista inför idéskiss om IOP

Gå igenom raderna innan ni skickar in er idé.

| Kontrollfråga | Ja | Nej |
| --- | --- | --- |
| Har organisationen bedrivit verksamhet i minst tre år? | Fortsätt med nästa rad. | Vänta. |
| Är ni minst 20 medlemmar? | Fortsätt med nästa rad. | Ni kan inte söka IOP. |
| Tar ni betalt mer än 30 kronor per träff av deltagarna? | Inget IOP. | Fortsätt med nästa rad. |
| Har föreningen själv kommit på idén? | Fortsätt med nästa rad. | Då är det ett uppdrag. |

Frågor om IOP besvaras av Lena Holm, föreningskonsulent, telefon 0325-123 45,
lena.holm@tranemo.example.se.
"""

JOINT = """---
municipality: Arboga
title: Gemensamma riktlinjer för IOP i Arboga och Kungsör
doc_type: riktlinje
---
# Gemensamma riktlinjer för IOP i Arboga och Kungsör

Riktlinjerna gäller för båda kommunerna. Föreningen ska ha funnits i minst två år.

Kontakt i Kungsör: Tomas Berg, fritidsstrateg, 0227-600 100, tomas.berg@kungsor.example.se.
Kontakt i Arboga: Jenny Lund, föreningskonsulent, 0589-870 00, jenny.lund@arboga.example.se.
"""

CONTACTS = """---
municipality: Sölvesborg
title: Kontakt kultur och fritid
doc_type: webbsida
---
# Kontakt kultur och fritid

Vi hjälper föreningar i hela kommunen, i Sölvesborg, Mjällby, Hällevik och Norje.

Frågor om idéburet offentligt partnerskap (IOP): Hassan Jaber, föreningsutvecklare,
0456-816 00, hassan.jaber@solvesborg.example.se.

Växel: 0456-810 00.
"""


@pytest.fixture(scope="module")
def places(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over(
        tmp_path_factory.mktemp("checklists"),
        {
            "tranemo/tranemo-checklista.md": CHECKLIST,
            "arboga/arboga-kungsor-riktlinjer.md": JOINT,
            "solvesborg/solvesborg-kontakt.md": CONTACTS,
        },
    )


def test_a_kommun_in_another_s_joint_guidelines_is_answered_from_them(places: Assistant) -> None:
    answer = places.answer("Vi är en förening i Kungsör. Vem ska vi ringa om ett partnerskap?")
    assert not answer.abstained
    intro = text("sv", "shared", municipality="Kungsör", organisation="Arboga kommun")
    assert answer.answer.startswith(intro)
    assert "Tomas Berg" in [c.name for c in answer.contacts]


def test_a_kommun_no_document_is_about_still_has_none(places: Assistant) -> None:
    answer = places.answer("Vem ska vi ringa om IOP i Köping?")
    assert answer.abstained
    assert "Köping" in answer.answer


def test_a_region_named_by_its_county_s_words_is_that_region() -> None:
    q = read_question("Vem kontaktar man på regionen i Västra Götaland om IOP?", [], None)
    assert q.place.names == ("Västra Götalandsregionen",)
    q = read_question("Kan regionen i Dalarna ingå IOP?", [], None)
    assert q.place.names == ("Region Dalarna",)


@pytest.mark.parametrize(
    "question",
    [
        "Vi ska bygga ett uterum på sommarstugan i Hällevik. Behöver vi bygglov från "
        "Sölvesborgs kommun, och vem ringer jag om det?",
        "Min mamma i Norje klarar sig inte själv längre. Hur ansöker man om hemtjänst i "
        "Sölvesborg?",
    ],
)
def test_another_municipal_matter_naming_a_listed_village_gets_no_iop_official(
    places: Assistant, question: str
) -> None:
    answer = places.answer(question)
    assert answer.abstained
    assert "Hassan Jaber" not in answer.answer
    assert "0456-816 00" not in answer.answer


def test_an_iop_question_naming_a_listed_village_is_answered(places: Assistant) -> None:
    answer = places.answer("Vi är en förening i Hällevik. Vem ska vi prata med om IOP?")
    assert not answer.abstained
    assert "Hassan Jaber" in [c.name for c in answer.contacts]
