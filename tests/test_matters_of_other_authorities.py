"""Matters other authorities decide (moms, insurance, criminal-record checks), and what a
kommun spends on IOP in all: asked about where a place's documents never name them (or
state no total), the answer is that the documents do not say; where they do, they answer.
Texts written for these tests."""

from __future__ import annotations

import pytest
from conftest import assistant_over

from assistant.api import Assistant

GUIDELINE = """---
municipality: {place}
title: Riktlinjer för idéburet offentligt partnerskap
doc_type: riktlinje
---
# Riktlinjer för idéburet offentligt partnerskap i {place}

Kommunen betalar ut sin del av partnerskapet två gånger per år. Föreningen ska ha minst
tio medlemmar och stå för minst 20 procent av kostnaden.

{extra}

## Kontakt

Frågor om IOP: {person}, utvecklingsledare, {email}
"""


@pytest.fixture(scope="module")
def places(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over(
        tmp_path_factory.mktemp("outside"),
        {
            "hylte/riktlinjer.md": GUIDELINE.format(
                place="Hylte",
                person="Eva Ek",
                email="eva.ek@hylte.se",
                extra="Kommunens del är högst 200 000 kronor per år för ett partnerskap.",
            ),
            "tibro/riktlinjer.md": GUIDELINE.format(
                place="Tibro",
                person="Bo Berg",
                email="bo.berg@tibro.se",
                extra="Föreningen ansvarar själv för att deltagare och volontärer är "
                "försäkrade under verksamheten. För 2026 har kommunen avsatt sammanlagt "
                "800 000 kronor till idéburna offentliga partnerskap.",
            ),
        },
    )


@pytest.mark.parametrize(
    "question",
    [
        "Måste vi lägga på moms på pengarna vi får från Hylte kommun i vårt IOP?",
        "Är våra frivilliga försäkrade genom Hylte kommun i vårt IOP om någon ramlar?",
        "Måste våra ledare visa utdrag ur belastningsregistret i ett IOP med Hylte kommun?",
        # what the kommun spends in all, where no document states a total
        "Hur mycket pengar lägger Hylte kommun på IOP sammanlagt varje år?",
        # … also when that is all a description asks
        "Vi är en förening i Hylte med 40 medlemmar som vill ha läxhjälp. Måste vi vara "
        "momsregistrerade för att få ett IOP?",
    ],
)
def test_a_matter_no_document_names_is_not_answered_from_other_passages(
    places: Assistant, question: str
) -> None:
    answer = places.answer(question)
    assert answer.abstained, answer.answer
    assert "Eva Ek" in answer.answer  # the way in to ask instead


def test_a_matter_the_documents_name_is_answered(places: Assistant) -> None:
    answer = places.answer("Är våra volontärer försäkrade i ett IOP med Tibro kommun?")
    assert not answer.abstained
    assert "försäkrade under verksamheten" in answer.answer
    total = places.answer("Hur mycket pengar lägger Tibro kommun på IOP sammanlagt varje år?")
    assert not total.abstained and "800 000 kronor" in total.answer


def test_a_matter_only_told_of_leaves_the_question_as_it_is(places: Assistant) -> None:
    # Told, not asked: the idea is judged.
    answer = places.answer(
        "Vi är en förening i Hylte med 40 medlemmar. Hyran och försäkringarna äter upp "
        "kassan, och ledarna har visat utdrag ur belastningsregistret. Vi vill ha läxhjälp "
        "varje vecka, gratis för alla. Kan det bli ett IOP?"
    )
    assert not answer.abstained and answer.verdict is not None
