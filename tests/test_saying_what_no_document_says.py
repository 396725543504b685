"""Questions about IOP that the documents cannot answer get no nearest sentences passed off
as an answer: a thing they never name, or an association no document of the place writes."""

from __future__ import annotations

import pytest

from assistant.api import Assistant

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "question",
    [
        # The thing asked about is one no document names; the other words any text has.
        "Måste man betala moms på pengarna från Malmö stad i ett IOP?",
        "Kassören undrar om vi ska lägga på moms när Lunds kommun betalar ut pengarna.",
    ],
)
def test_a_thing_no_document_names_is_not_answered(
    sample_assistant: Assistant, question: str
) -> None:
    answer = sample_assistant.answer(question)
    assert answer.abstained, answer.answer


def test_asking_for_a_date_with_a_verb_the_documents_lack_is_still_answered(
    sample_assistant: Assistant,
) -> None:
    # "antog" may stand nowhere; the question asks for a date, which the documents give.
    answer = sample_assistant.answer("När antog Kramfors kommun sina riktlinjer för IOP?")
    assert not answer.abstained, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        # No place named: no document of any place writes the association.
        "Har Pelarne Hantverksgille fått sitt partnerskap?",
        # A word the documents use ("vänner") beside a place: never written together.
        "Har Kristinebergs Vänner fått sitt IOP i Malmö?",
        # Words that are only an acronym and a place: the documents never write them
        # together.
        "Har PRO Limhamn fått sitt IOP godkänt av Malmö stad?",
    ],
)
def test_an_association_no_document_writes_is_not_answered_for(
    sample_assistant: Assistant, question: str
) -> None:
    answer = sample_assistant.answer(question)
    assert answer.abstained, answer.answer
