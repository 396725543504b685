"""Criteria a document labels line by line ("Krav: …" beside "Så här visar ni det: …"),
criteria in an appendix after a protocol's own heading, a page title that is no
sentence of its first paragraph, and a timetable answering a question in several parts."""

from __future__ import annotations

from pathlib import Path

from conftest import assistant_over

from assistant.answers.contacts import pick_people
from assistant.answers.eligibility.criteria import _labelled_sources, criteria_of
from assistant.answers.general import in_context
from assistant.answers.ranking import Evidence
from assistant.core.documents import Chunk

# A protocol whose criteria stand in an appendix, each under a numbered heading with a
# "Krav:" line and a line on how to show it; written for this test, in no sample's words.
PROTOCOL = """---
municipality: Heby
title: Protokollsutdrag kommunstyrelsen § 44 om idéburet offentligt partnerskap
doc_type: protokoll
---
# Kommunstyrelsen – utdrag ur protokoll

## Ärende

Kommunen har fått frågor från föreningar och tar därför fram regler för IOP. Under de
senaste åren har flera föreningar hört av sig med idéer om träffpunkter, läxhjälp och
promenadgrupper, men kommunen har saknat en gemensam ordning för hur idéerna tas emot,
vem som beslutar och hur ett partnerskap följs upp. Kommunledningskontoret har därför
tagit fram kriterier i dialog med föreningsrådet och med kommunens nämnder.

## Beslut

Kommunstyrelsen antar kriterierna i bilaga 2. De gäller från och med den 1 mars 2026
för alla nämnder, och kommunledningskontoret får i uppdrag att följa upp dem årligen.

# Bilaga 2 Kriterier för partnerskap i Heby kommun

Bilaga till protokollet, Dnr KS 2026/12. Skicka underlagen med ansökan.

## A. Storlek

Krav: Föreningen har minst 15 medlemmar.

Så här visar ni det: Ange hur många som ska vara med i verksamheten och vilka de är.

## B. Pengar

Krav: Föreningen står själv för minst en femtedel av kostnaden.

Så här visar ni det: Bifoga en budget där den egna insatsen ska vara med.
"""


def test_labelled_lines_say_which_are_the_criteria(tmp_path: Path) -> None:
    assistant = assistant_over(tmp_path, {"heby/kriterier.md": PROTOCOL})
    texts = [c.text for c in criteria_of(assistant.reader, ["Heby"])]
    # The appendix is a section of its own: its labelled requirements are criteria, the
    # label left off ...
    assert "Föreningen har minst 15 medlemmar." in texts
    assert "Föreningen står själv för minst en femtedel av kostnaden." in texts
    # ... and neither how to show them ("… som ska vara med …" says "ska") nor the
    # appendix's own opening lines are.
    assert not any("Så här visar ni det" in t or "ska vara med" in t for t in texts)
    assert not any("Skicka underlagen" in t or "Dnr" in t for t in texts)


VILLAGES = """---
municipality: Heby
title: Inbjudan om träffpunkter i byarna
doc_type: brev
---
# Inbjudan om träffpunkter i byarna

## Det här gäller för inbjudan

1. Idén ska komma från en ideell förening.
2. Träffarna ska hållas i en by utanför Heby tätort, till exempel i Östervåla eller Tärnsjö.
"""


def test_a_rule_that_leaves_a_place_out_is_a_criterion(tmp_path: Path) -> None:
    # Near no principle by meaning, it is still judged: where.py reads the place.
    assistant = assistant_over(tmp_path, {"heby/inbjudan.md": VILLAGES})
    texts = [c.text for c in criteria_of(assistant.reader, ["Heby"])]
    assert any("utanför Heby tätort" in t for t in texts)


def _chunk(text: str) -> Chunk:
    return Chunk(
        chunk_id="c1",
        doc_id="d1",
        source="heby/nyhet.md",
        position=0,
        text=text,
        municipality="Heby",
        title="Nyhet",
        doc_type="nyhet",
        date=None,
        source_url=None,
        page=None,
        heading_path=(),
    )


def _evidence(chunk: Chunk, text: str, position: int) -> Evidence:
    return Evidence(
        text=text,
        chunk=chunk,
        context="",
        lexical=1.0,
        dense=1.0,
        passage=1.0,
        score=1.0,
        position=position,
    )


def test_a_sentence_pointing_back_does_not_take_the_title_above_it() -> None:
    chunk = _chunk(
        "Partnerskapet om Träffpunkt Ån förlängs inte\n\n"
        "Det idéburna partnerskapet mellan kommunen och föreningen har löpt ut."
    )
    picked = _evidence(
        chunk, "Det idéburna partnerskapet mellan kommunen och föreningen har löpt ut.", 1
    )
    [out] = in_context([picked], [picked])
    assert out.text.startswith("Det idéburna")
    # A sentence that ends as one is still joined: "Det" points back to it.
    said = _chunk("Föreningen ordnar luncher. Det gör den varje tisdag.")
    back = _evidence(said, "Det gör den varje tisdag.", 1)
    [joined] = in_context([back], [back])
    assert joined.text == "Föreningen ordnar luncher. Det gör den varje tisdag."


# A call with its timetable as a table; the question asks for two of its dates.
CALL = """---
municipality: Heby
title: Utlysning av partnerskap för träffpunkter i byarna
doc_type: webbsida
---
# Utlysning av partnerskap för träffpunkter i byarna

Heby kommun söker föreningar som vill driva träffpunkter i byarna under två år.
Idéskissen skickas till kommunens funktionsbrevlåda iop@heby.example.se.

## Tidplan

| Datum | Vad händer |
| --- | --- |
| 20 april 2026 | Sista dag för idéskisser |
| 10 juni 2026 | Nämnden fattar beslut |
| 1 september 2026 | Träffpunkterna öppnar |
"""


def test_a_question_asking_when_for_several_things_gets_the_timetable(tmp_path: Path) -> None:
    assistant = assistant_over(tmp_path, {"heby/utlysning.md": CALL})
    answer = assistant.answer(
        "När ska idéskissen om partnerskap vara inne hos Heby kommun, och när öppnar "
        "träffpunkterna?"
    )
    assert not answer.abstained
    for date in ("20 april 2026", "10 juni 2026", "1 september 2026"):
        assert date in answer.answer


CONTACT_PAGE = """---
municipality: Heby
title: Kontakt äldreomsorg
doc_type: webbsida
---
# Vem ska jag kontakta?

## Stöd till dig som är anhörig

Lisa Ek, anhörigkonsulent

Telefon: 0224-100 20

## Förebyggande arbete och idéburet offentligt partnerskap

Karin Berg Holm, utvecklingsledare för förebyggande arbete inom äldreomsorgen

Telefon: 0224-100 62

Till Karin vänder sig föreningar som vill göra något tillsammans med kommunen.
"""


def test_an_association_asking_whom_to_call_gets_the_iop_contact_first(tmp_path: Path) -> None:
    # The question never says "IOP": an association wanting to work with the kommun is
    # asking about it in its own words; the office it tells of being helped by already
    # (by role, not by name) is not whom it asks for.
    assistant = assistant_over(tmp_path, {"heby/kontakt.md": CONTACT_PAGE})
    question = (
        "Min mamma har stöd av anhörigkonsulenten, men vår förening vill starta en träffpunkt "
        "för äldre i Heby. Vem ska jag ringa?"
    )
    told = question.split(" Vem")[0]  # what the message tells before it asks
    picked = pick_people(assistant.reader, ["Heby"], question, [], told=told)
    assert picked.cards[0].card.name == "Karin Berg Holm"


LISTED_LABELS = """---
municipality: Heby
title: Kriterier för IOP i Heby kommun
doc_type: riktlinje
---
# Kriterier för IOP i Heby kommun

Här står vad som gäller för föreningar som vill ingå ett partnerskap med kommunen och hur
de visar det när de skickar in sin idéskiss till kommunledningskontoret.

## Kriterier

- Krav: Föreningen står själv för minst en femtedel av kostnaden.
- Så här visar ni det: Bifoga en budget där den egna insatsen ska vara med.
- Krav: Föreningen har minst 15 medlemmar.
- Så här visar ni det: Ange antalet medlemmar vid årsskiftet.
"""


def test_labels_in_a_list_are_read_as_labels(tmp_path: Path) -> None:
    assistant = assistant_over(tmp_path, {"heby/kriterier.md": LISTED_LABELS})
    texts = [c.text for c in criteria_of(assistant.reader, ["Heby"])]
    assert any("minst en femtedel" in t for t in texts)
    assert not any("Bifoga en budget" in t for t in texts)


def test_one_labelled_line_does_not_make_a_labelled_document() -> None:
    # "Villkor: …" alone is a line of an agreement, not a document that labels its rules.
    one = _chunk("Verksamheten ska vara öppen för alla.\n\nVillkor: Avtalet gäller i tre år.")
    assert _labelled_sources([one]) == set()
    pair = _chunk("Krav: Föreningen har 15 medlemmar.\n\nSå här visar ni det: Ange antalet.")
    assert _labelled_sources([pair]) == {"heby/nyhet.md"}


def test_a_listed_criterion_is_quoted_verbatim_with_its_marker(tmp_path: Path) -> None:
    # The quote is the passage's own text: the evidence that repeats it is told apart by it.
    assistant = assistant_over(tmp_path, {"heby/inbjudan.md": VILLAGES})
    quotes = [c.quote for c in criteria_of(assistant.reader, ["Heby"])]
    assert any(q.startswith("2. Träffarna ska hållas") for q in quotes)


STAMPED = """---
municipality: Heby
title: IOP i Heby kommun
doc_type: webbsida
---
# IOP i Heby kommun

Heby kommun ingår idéburna offentliga partnerskap med föreningar som har en egen idé.

Ring Karin Berg Holm på 0224-100 62. Hon svarar i telefon på tisdagar kl. 9–11.

Senast uppdaterad: 9 januari 2026
"""


def test_a_page_stamp_answers_only_a_question_about_it(tmp_path: Path) -> None:
    assistant = assistant_over(tmp_path, {"heby/iop.md": STAMPED})
    asked = assistant.answer("När uppdaterades sidan om IOP i Heby kommun senast?")
    assert "9 januari 2026" in asked.answer
    other = assistant.answer("När svarar Karin Berg Holm i telefon om IOP i Heby kommun?")
    assert "9 januari 2026" not in other.answer
