"""Questions that ask for one fact (a date, a period, the parties) or for two things at
once are answered with the sentence that states it, wherever the document puts it: a
timetable row, the last line of a news item, a list under its own heading, or a
protocol's running header. The documents are invented for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from builders import make_pdf
from conftest import REAL_MODEL, make_settings

from assistant.api import Assistant
from assistant.index.embeddings import make_embeddings
from ingest.pipeline import Indexer

pytestmark = pytest.mark.integration

PAGE = """# Seniorsatsningen Aktiva dagar i Ludvika

Socialnämnden i Ludvika bjuder in föreningar att ingå idéburet offentligt partnerskap (IOP)
inom satsningen Aktiva dagar för äldre.

## Villkor

1. Föreningen är ideell och finns i föreningsregistret.
2. Verksamheten är öppen för alla som är 70 år eller äldre.
3. Föreningen planerar och leder aktiviteterna själv.

## Tidplan

| Datum | Vad händer |
| --- | --- |
| 3 september 2025 | Informationsträff i Folkets hus |
| 20 oktober 2025 | Sista dag för intresseanmälan |
| 1 februari 2026 | Partnerskapen startar |

## Pågående partnerskap

- Kafé Gemenskap – öppen mötesplats, tillsammans med Röda Korset Ludvika (sedan 2023)
- Promenadgruppen – stavgång, tillsammans med SPF Seniorerna Ludvika (sedan 2024)

## Kontakt

Maria Ek, utvecklingsledare, telefon 0240-860 00 00, maria.ek@ludvika.example.se
"""

NEWS = """Ludvika kommun startar digitalt kafé

Ludvika kommun och föreningen Seniornätet Ludvika startar ett digitalt kafé för seniorer
inom ramen för ett idéburet offentligt partnerskap.

Kaféet har öppet på biblioteket varje onsdag. Handledarna arbetar ideellt.

Kommunen bidrar med 90 000 kronor per år. Partnerskapet pågår till och med den 30 juni 2027.
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    root = tmp_path_factory.mktemp("facts")
    folder = root / "corpus" / "ludvika"
    folder.mkdir(parents=True)
    (folder / "ludvika-aktiva-dagar.md").write_text(PAGE, "utf-8")
    (folder / "ludvika-nyhet-digitalt-kafe.txt").write_text(NEWS, "utf-8")
    paragraphs = [
        "§ 45 Riktlinjer för idéburet offentligt partnerskap",
        "Diarienummer KS 2024/211",
        "Kommunstyrelsen beslutar att anta riktlinjer för idéburet offentligt partnerskap.",
    ]
    make_pdf(
        folder / "ludvika-ks-protokoll.pdf",
        [paragraphs, ["Riktlinjerna gäller från och med den 1 januari 2025."]],
        header="Kommunstyrelsen · Sammanträdesdatum 2024-11-18",
    )
    settings = make_settings(root, embedding_model=REAL_MODEL)
    embeddings = make_embeddings(REAL_MODEL)
    assert Indexer(settings, embeddings).run().ok
    return Assistant(settings, embeddings, clock=lambda: date(2026, 12, 3))


def test_a_deadline_question_gets_the_deadline_not_the_criteria(assistant: Assistant) -> None:
    answer = assistant.answer("När måste vi ha anmält intresse till Aktiva dagar i Ludvika?")
    assert "20 oktober 2025" in answer.answer
    assert "föreningsregistret" not in answer.answer


def test_a_question_in_two_parts_gets_both(assistant: Assistant) -> None:
    answer = assistant.answer("Vad är det digitala kaféet i Ludvika och hur länge pågår det?")
    assert "digitalt kafé" in answer.answer
    assert "30 juni 2027" in answer.answer


def test_which_partnerships_names_the_parties(assistant: Assistant) -> None:
    answer = assistant.answer("Vilka IOP har Ludvika kommun?")
    assert "Röda Korset Ludvika" in answer.answer
    assert "SPF Seniorerna Ludvika" in answer.answer


def test_a_protocols_date_stands_in_its_running_header(assistant: Assistant) -> None:
    answer = assistant.answer("När antogs riktlinjerna i Ludvika och vilket diarienummer har de?")
    assert "2024-11-18" in answer.answer
    assert answer.answer.count("KS 2024/211") == 1


def test_beside_a_verdict_stands_what_the_documents_say_on_the_idea(assistant: Assistant) -> None:
    answer = assistant.answer(
        "Vi är en ideell förening i Ludvika och vill ordna ett digitalt kafé för seniorer "
        "med frivilliga handledare varje vecka. Kan det bli ett IOP med kommunen?"
    )
    assert answer.verdict is not None
    # The partnership the documents tell of that is closest to the idea, cited.
    assert "Seniornätet Ludvika" in answer.answer


def test_a_question_beside_an_idea_gets_its_fact(assistant: Assistant) -> None:
    answer = assistant.answer(
        "Vi är en ideell förening i Ludvika och vill ordna stavgång för alla över 70 med "
        "frivilliga ledare varje vecka. Kan det bli ett IOP? När är sista dag att anmäla sig?"
    )
    assert answer.verdict is not None
    assert "20 oktober 2025" in answer.answer  # the timetable row, beside the verdict
