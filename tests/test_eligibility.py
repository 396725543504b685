"""Finding a municipality's IOP criteria in its passages (assistant/eligibility.py)."""

from __future__ import annotations

from builders import make_chunk

from assistant.answers.eligibility import find_criteria

GUIDELINE = """Följande kriterier gäller för IOP:
- Initiativet kommer från den idéburna organisationen.
- Det finns ingen marknad för verksamheten.
Organisationen måste vara registrerad i kommunens föreningsregister sedan minst ett år."""

DECISION = """Nämnden bedömer att villkoren är uppfyllda:
- Initiativet kommer från den idéburna organisationen.
- Det finns ingen marknad för verksamheten.
Ett IOP-avtal tecknas med Föreningen Bryggan."""


def test_a_criterion_repeated_in_a_decision_is_cited_from_the_guideline() -> None:
    # The decision's file name sorts first; the guideline still speaks for the criteria.
    decision = make_chunk("koping/a-beslut-iop-1.docx", DECISION, doc_type="beslut")
    guideline = make_chunk("koping/z-riktlinjer-iop.pdf", GUIDELINE, doc_type="riktlinje")
    found = find_criteria([decision, guideline])
    assert [c.text for c in found] == [
        "Initiativet kommer från den idéburna organisationen.",
        "Det finns ingen marknad för verksamheten.",
        "Organisationen måste vara registrerad i kommunens föreningsregister sedan minst ett år.",
    ]
    assert {c.chunk.source for c in found} == {"koping/z-riktlinjer-iop.pdf"}
    assert [c.kind for c in found] == ["list", "list", "requirement"]


def test_a_decision_alone_still_gives_its_criteria() -> None:
    decision = make_chunk("koping/a-beslut-iop-1.docx", DECISION, doc_type="beslut")
    assert len(find_criteria([decision])) == 2


def test_requirements_for_a_grant_or_a_booking_are_not_iop_criteria() -> None:
    grant = make_chunk(
        "koping/foreningsbidrag.html",
        "För att få föreningsbidrag måste föreningen ha minst 15 medlemmar och vara "
        "registrerad i kommunens föreningsregister.",
        doc_type="webbsida",
    )
    booking_list = make_chunk(
        "koping/lokaler.html",
        "Villkor för lokalbokning:\n- Bokningen görs av en myndig person.\n"
        "- Lokalen lämnas städad.",
        doc_type="webbsida",
    )
    under_heading = make_chunk(
        "koping/bidrag.html",
        "Föreningen måste ha haft årsmöte och lämnat verksamhetsberättelse i tid.",
        doc_type="webbsida",
        heading_path=("Föreningsbidrag",),
    )
    assert find_criteria([grant, booking_list, under_heading]) == []


def test_a_requirement_that_ties_a_grant_to_iop_is_an_iop_criterion() -> None:
    both = make_chunk(
        "koping/riktlinjer.pdf",
        "Ett partnerskap måste hållas isär från föreningsbidrag som organisationen redan får.",
        doc_type="riktlinje",
    )
    assert len(find_criteria([both])) == 1
