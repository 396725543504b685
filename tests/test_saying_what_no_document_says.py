"""Questions about IOP that the documents cannot answer get no nearest sentences passed off
as an answer: an association no document of the place writes, or the partnerships of a
place whose documents name none."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import assistant_over

from assistant.answers.answer_types import asks_which_exist
from assistant.answers.partners import names_partner
from assistant.api import Assistant

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "question",
    [
        # No place named: no document of any place writes the association.
        "Har Pelarne Hantverksgille fått sitt partnerskap?",
        # A place's genitive and a word any text has: never written together.
        "Har Kristinebergs Vänner fått sitt IOP i Malmö?",
        # An acronym and a place: the documents never write them together.
        "Har PRO Limhamn fått sitt IOP godkänt av Malmö stad?",
        # … also when the place is the municipality itself: "Malmö" alone is no name.
        "Har PRO Malmö fått sitt IOP?",
    ],
)
def test_an_association_no_document_writes_is_not_answered_for(
    sample_assistant: Assistant, question: str
) -> None:
    answer = sample_assistant.answer(question)
    assert answer.abstained, answer.answer


def test_the_partnerships_of_a_place_whose_documents_name_none(
    sample_assistant: Assistant,
) -> None:
    # Malmö's page invites ideas; it names no partner. Lund's names its partners.
    assert sample_assistant.answer("Vilka föreningar har IOP med Malmö stad i dag?").abstained
    # "nåt IOP" in an idea asks of the idea, not which partnerships there are.
    idea = sample_assistant.answer(
        "Vi är en ideell förening i Malmö och vill ha samtalsgrupper för ensamma äldre varje "
        "vecka. Kan det bli nåt IOP med Malmö stad?"
    )
    assert not idea.abstained
    lund = sample_assistant.answer("Vilka IOP har Lunds kommun just nu?")
    assert not lund.abstained
    assert "Kvinnojouren" in lund.answer


@pytest.mark.parametrize(
    ("question", "which"),
    [
        ("Vilka föreningar har IOP med Malmö stad i dag?", True),
        ("Which associations does the municipality have partnerships with?", True),
        ("Vilka föreningar kan söka IOP i Lund?", False),
        ("Vilka föreningar har rätt att söka IOP i Malmö?", False),
        ("Vilka IOP-regler gäller i Malmö?", False),
        ("Vilka föreningar har Malung-Sälens kommun partnerskap med i dag?", True),
    ],
)
def test_asking_which_partners_there_are(question: str, which: bool) -> None:
    assert asks_which_exist(question) is which


PAGE = """---
municipality: Heby
title: Idéburet offentligt partnerskap i Heby
doc_type: webbsida
---
# Idéburet offentligt partnerskap i Heby

Föreningar kan föreslå ett partnerskap med kommunen om något de vill göra.

## Pågående partnerskap

- Tjejjouren Heby – samtalsstöd för unga tjejer (2024–2026)
"""


def test_a_list_of_partners_under_its_heading_names_them(tmp_path: Path) -> None:
    named = assistant_over(tmp_path / "named", {"heby/iop.md": PAGE})
    assert names_partner(named.reader, "Heby")
    # … or a partnership's card headed by its association.
    card = PAGE.split("## Pågående")[0] + "\n## Lingbo Byalag\n\n- Vad: skjuts för äldre\n"
    carded = assistant_over(tmp_path / "card", {"heby/iop.md": card})
    assert names_partner(carded.reader, "Heby")
    bare = PAGE.split("## Pågående")[0]
    unnamed = assistant_over(tmp_path / "bare", {"heby/iop.md": bare})
    assert not names_partner(unnamed.reader, "Heby")
