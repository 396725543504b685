"""A municipality with a Swedish guideline and a summary of it in English: each asker is
answered from the text they can read (a real index)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import assistant_over

from assistant.api import Assistant

GUIDELINE = """---
municipality: Nora
title: Riktlinjer för idéburet offentligt partnerskap
doc_type: riktlinje
---
# Riktlinjer för idéburet offentligt partnerskap i Nora kommun

## Kriterier

- Organisationen är en ideell förening som står i kommunens föreningsregister.
- Verksamheten är öppen för alla i målgruppen, även för den som inte är medlem.
- Organisationen står för minst 15 procent av kostnaden, till exempel med ideell tid.
- Initiativet kommer från organisationen och inte från kommunen.

## Så går det till

Ring samordnaren och berätta om er idé. Skicka sedan en idéskiss till iop@nora.example.se.
"""

SUMMARY = """---
municipality: Nora
title: Idea-based public partnership – summary in English
doc_type: webbsida
---
# Idea-based public partnership – summary in English

This page is a short summary of the municipality's Swedish guideline for partnerships
with associations. If anything differs, the Swedish guideline applies.

## Requirements

- The association must be a non-profit listed in the municipality's register of associations.
- The activity must be open to everyone in the target group, members or not.
- The association's own contribution must be at least 15 per cent of the cost.
- The idea must come from the association, not from the municipality.

## How to apply

Call the coordinator and tell us about your idea. Then send an idea sketch to
iop@nora.example.se.
"""

_IDEA_EN = (
    "We are a non-profit pensioners' association in Nora, listed in the register of "
    "associations. We would like to start a weekly meeting for lonely older people, open "
    "to everyone, run by volunteers. Could this become an IOP?"
)
_IDEA_SV = (
    "Vi är en ideell pensionärsförening i Nora och står i föreningsregistret. Vi vill "
    "starta en träff varje vecka för ensamma äldre, öppen för alla, med frivilliga som "
    "ledare. Kan det bli ett IOP?"
)


@pytest.fixture(scope="module")
def nora(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over(
        tmp_path_factory.mktemp("nora"),
        {
            "nora/nora-riktlinjer-iop.md": GUIDELINE,
            "nora/nora-iop-in-english.md": SUMMARY,
        },
    )


def test_an_english_asker_gets_the_criteria_the_municipality_wrote_in_english(
    nora: Assistant,
) -> None:
    answer = nora.answer(_IDEA_EN)
    assert answer.verdict is not None
    checked = [c.criterion for c in answer.verdict.criteria]
    assert checked and all("must" in c for c in checked), checked
    assert "The municipality's criteria:" in answer.answer
    assert "(in Swedish)" not in answer.answer


def test_a_swedish_asker_gets_the_swedish_criteria_not_the_translation(
    nora: Assistant,
) -> None:
    answer = nora.answer(_IDEA_SV)
    assert answer.verdict is not None
    checked = [c.criterion for c in answer.verdict.criteria]
    assert checked and not any("must" in c for c in checked), checked


def test_without_an_english_text_the_english_asker_is_told_the_criteria_are_swedish(
    tmp_path: Path,
) -> None:
    only_swedish = assistant_over(tmp_path, {"nora/nora-riktlinjer-iop.md": GUIDELINE})
    answer = only_swedish.answer(_IDEA_EN)
    assert answer.verdict is not None
    assert "(in Swedish)" in answer.answer
