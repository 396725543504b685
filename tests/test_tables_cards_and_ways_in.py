"""A table led by the sentence above it, a table comparing IOP with grants and procurement,
a contact card given line by line as paragraphs, a sentence wrapped before a contact
detail and phone hours asked (issue 14). Texts are written for these tests."""

from __future__ import annotations

from pathlib import Path

from conftest import assistant_over

from assistant.answers.comparison import asks_comparison, iop_cells
from ingest.clean import join_broken_lines
from ingest.contacts.cards import extract_contacts

HEADER = "| | Föreningsbidrag | IOP | Upphandling |"


def test_a_comparing_table_s_row_is_said_by_its_iop_cell() -> None:
    row = "| När söker man? | Senast 1 mars | 1–30 november | När upphandlingen annonseras |"
    assert iop_cells(row, HEADER) == "| När söker man? | 1–30 november |"
    # A table of one kind of support only is left whole.
    plain = "| Förening | Belopp |"
    assert iop_cells("| Boulevänner | 40 000 kr |", plain) == "| Boulevänner | 40 000 kr |"
    assert asks_comparison("Vad är skillnaden mellan föreningsbidrag och IOP?")
    assert not asks_comparison("När söker man IOP i Grums?")


def test_a_card_given_as_paragraphs_keeps_its_name_and_role() -> None:
    card = (
        "Karin Öst Berg\n\nSamordnare för civilsamhällesfrågor, kulturförvaltningen\n\n"
        "Telefon 0570-123 45 (telefontid tisdagar kl. 9–11)\n\nE-post iop@arvika.se"
    )
    [found] = extract_contacts(card, "Arvika")
    assert found.kind == "person" and found.name == "Karin Öst Berg"
    assert found.title is not None and found.title.startswith("Samordnare")
    # A label above a blank line names no one.
    [desk] = extract_contacts("Föreningsservice\n\nTelefon 0570-123 45\n\niop@arvika.se", "Arvika")
    assert desk.name is None


def test_a_sentence_wrapped_before_a_contact_detail_goes_on() -> None:
    wrapped = (
        "Frågor om förslaget besvaras av Nils Ek, utvecklingsstrateg på\n"
        "kommunledningsförvaltningen, telefon 0570-811 22."
    )
    assert "\n" not in join_broken_lines(wrapped)
    [found] = extract_contacts(join_broken_lines(wrapped), "Arvika")
    assert found.name == "Nils Ek" and found.phone == "0570-811 22"
    # A card's own lines stay apart.
    assert join_broken_lines("Nils Ek, samordnare\nnils.ek@arvika.se") == (
        "Nils Ek, samordnare\nnils.ek@arvika.se"
    )


PARTNERS = """# Pågående partnerskap

Arvika kommun har partnerskap med flera föreningar. Här ser du vilka som pågår.

| Partnerskap | Förening | Kommunens del per år |
| --- | --- | --- |
| Läxhjälp i Centrum | Föreningen Läxhjälp Arvika | 95 000 kronor |
| Sommarläger vid Glafsfjorden | Arvika Scoutkår | 120 000 kronor |
| Digitalt café | Seniornätverket Arvika | 60 000 kronor |
"""

SUPPORT = """# Stöd till föreningar

Det finns tre sätt att samarbeta ekonomiskt med kommunen.

| | Föreningsbidrag | IOP | Upphandling |
| --- | --- | --- | --- |
| När söker man? | Senast 1 mars | 1–30 november | När upphandlingen annonseras |
| Vem beslutar? | Kultur- och fritidsutskottet | Kommunstyrelsen | Enligt delegationsordningen |

## Kontakt

Karin Öst Berg

Samordnare för civilsamhällesfrågor, kulturförvaltningen

Telefon 0570-123 45 (telefontid tisdagar kl. 9–11)

E-post iop@arvika.se
"""


def test_tables_and_cards_answer_as_people_ask(tmp_path: Path) -> None:
    assistant = assistant_over(
        tmp_path, {"arvika/pagaende.md": PARTNERS, "arvika/stod.md": SUPPORT}
    )
    which = assistant.answer(
        "Which associations have partnerships with Arvika municipality at the moment?"
    )
    assert "Arvika Scoutkår" in which.answer and "Seniornätverket Arvika" in which.answer
    when = assistant.answer("När söker man IOP i Arvika och vem beslutar?")
    assert "1–30 november" in when.answer
    assert "Senast 1 mars" not in when.answer, when.answer
    compared = assistant.answer(
        "Vad är skillnaden mellan föreningsbidrag och IOP i Arvika, när söker man?"
    )
    assert "Senast 1 mars" in compared.answer, compared.answer
    who = assistant.answer("Vem på Arvika kommun kan jag prata med om IOP, och när svarar hon?")
    assert "Karin Öst Berg" in who.answer and "tisdagar" in who.answer
