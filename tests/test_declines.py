"""A place that enters no IOP at all says so; then no idea fits there, whatever its grant
pages ask of associations, and the answer says why in the place's own words."""

from __future__ import annotations

import pytest
from conftest import assistant_over

from assistant.answers.declines import declines_sentence
from assistant.api import Assistant


@pytest.mark.parametrize(
    "sentence",
    [
        "Emmaboda kommun ingår inte idéburna offentliga partnerskap.",
        "Vi arbetar inte med IOP i dag.",
        "The municipality does not use IOP.",
    ],
)
def test_a_place_saying_it_enters_no_iop_declines(sentence: str) -> None:
    assert declines_sentence(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Kommunen ingår inte IOP med vinstdrivande företag.",  # rules out partners
        "Kommunen erbjuder inte IOP till företag.",
        "IOP är inte ett köp av tjänst.",  # says what IOP is
        "Kommunen ingår IOP med föreningar.",
        "Vi använder inte IOP för sådant som kan upphandlas.",
        "Kommunen har ännu inga antagna riktlinjer för IOP.",  # a draft's place, not a no
        "Kommunen tecknar inte IOP retroaktivt.",  # says how, not whether
        "Kommunen ingår inte IOP per automatik.",
        "Vi föreslår att kommunen inte ingår IOP.",  # a proposal
    ],
)
def test_rules_about_partnerships_do_not_decline_them(sentence: str) -> None:
    assert not declines_sentence(sentence)


PAGE = """---
municipality: Emmaboda
title: IOP och föreningsbidrag
---
# IOP och föreningsbidrag

Emmaboda kommun ingår inte idéburna offentliga partnerskap. Kommunen stöttar i stället
föreningslivet med föreningsbidrag.

## Villkor för föreningsbidrag

- Föreningen ska ha minst 10 medlemmar.
- Föreningen ska vara öppen för alla och arbeta demokratiskt.
"""


@pytest.fixture(scope="module")
def emmaboda(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over(tmp_path_factory.mktemp("declines"), {"emmaboda/iop.md": PAGE})


def test_an_idea_where_the_place_enters_no_iop_is_not_eligible(emmaboda: Assistant) -> None:
    answer = emmaboda.answer(
        "Vi är en pensionärsförening med 112 medlemmar och vill starta en träffpunkt för "
        "alla äldre i Emmaboda, gratis, i tre år. Kan det bli ett IOP?"
    )
    assert answer.verdict is not None
    assert answer.verdict.label == "likely_not_eligible"
    [criterion] = answer.verdict.criteria
    assert criterion.criterion == "Emmaboda kommun ingår inte idéburna offentliga partnerskap."
    assert criterion.status == "not_met"
    assert "minst 10 medlemmar" not in answer.answer  # a grant's condition, no criterion
