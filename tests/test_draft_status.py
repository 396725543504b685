"""A place whose only rules are a draft: beside the verdict, what the draft says of itself."""

from __future__ import annotations

import pytest
from conftest import assistant_over

from assistant.answers.drafts import draft_title
from assistant.api import Assistant

DRAFT = """---
municipality: Köping
title: Förslag till riktlinjer för idéburet offentligt partnerskap
doc_type: riktlinje
---
# Förslag till riktlinjer för idéburet offentligt partnerskap

Detta är ett förslag som är ute på remiss till och med den 1 mars 2027. Förslaget är inte
antaget och gäller inte ännu.

Fram till dess att riktlinjerna har antagits ingår kommunen inga nya partnerskap.

## Kriterier

- Organisationen ska ha funnits i minst två år.
- Verksamheten ska vara öppen för alla.

Frågor om förslaget skickas till kommunstyrelsen@koping.example.se.
"""


@pytest.fixture(scope="module")
def koping(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over(
        tmp_path_factory.mktemp("draft"), {"koping/koping-forslag-riktlinjer-iop.md": DRAFT}
    )


def test_the_draft_says_what_holds_until_it_is_adopted(koping: Assistant) -> None:
    answer = koping.answer(
        "Vi är en pensionärsförening i Köping sedan 1990 och vill starta en öppen "
        "måndagsträff med fika för ensamma äldre, gratis för alla. Kan vi söka IOP nu?"
    )
    assert "ingår kommunen inga nya partnerskap" in answer.answer, answer.answer


def test_a_page_asking_for_views_on_a_proposal_is_a_draft() -> None:
    assert draft_title("Tyck till om förslaget till riktlinjer för idéburet offentligt partnerskap")
    assert draft_title("Förslaget till riktlinjer för IOP")
    assert not draft_title("Idéburet offentligt partnerskap – tyck till om vår service")
    assert not draft_title("Riktlinjer för idéburet offentligt partnerskap")
