"""The guideline is cited before a decision that repeats it; newest first within a kind."""

from __future__ import annotations

import pytest
from builders import make_chunk
from conftest import make_settings

from assistant.answers.authority import by_authority, doc_type_rank, pairs_by_authority
from assistant.api import Assistant
from assistant.core.documents import DOC_TYPES
from assistant.core.texts import text
from ingest.pipeline import Indexer


def test_every_known_doc_type_has_its_own_rank() -> None:
    ranks = [doc_type_rank(t) for t in DOC_TYPES]
    assert len(set(ranks)) == len(DOC_TYPES)
    assert max(ranks) < doc_type_rank("something-new")


def test_guideline_before_web_page_before_decision_whatever_the_file_names() -> None:
    chunks = [
        make_chunk("koping/a-beslut-iop-1.docx", doc_type="beslut", date="2025-03-01"),
        make_chunk("koping/b-protokoll.pdf", doc_type="protokoll", date="2025-06-01"),
        make_chunk(
            "koping/z-riktlinjer-iop.pdf", doc_type="riktlinje", date="2021-01-01", position=2
        ),
        make_chunk(
            "koping/z-riktlinjer-iop.pdf", doc_type="riktlinje", date="2021-01-01", position=1
        ),
        make_chunk("koping/m-iop.html", doc_type="webbsida", date=None),
    ]
    order = [(c.source, c.position) for c in by_authority(chunks)]
    assert order == [
        ("koping/z-riktlinjer-iop.pdf", 1),
        ("koping/z-riktlinjer-iop.pdf", 2),
        ("koping/m-iop.html", 0),
        ("koping/a-beslut-iop-1.docx", 0),
        ("koping/b-protokoll.pdf", 0),
    ]


def test_newest_first_within_a_kind_and_undated_last() -> None:
    chunks = [
        make_chunk("x/old.pdf", doc_type="beslut", date="2019-05-02"),
        make_chunk("x/undated.pdf", doc_type="beslut", date=None),
        make_chunk("x/new.pdf", doc_type="beslut", date="2024-11-30"),
    ]
    assert [c.source for c in by_authority(chunks)] == ["x/new.pdf", "x/old.pdf", "x/undated.pdf"]


def test_pairs_keep_their_order_within_one_chunk() -> None:
    decision, guideline = (
        make_chunk("x/a.docx", doc_type="beslut"),
        make_chunk("x/b.pdf", doc_type="riktlinje"),
    )
    pairs = [("case officer", decision), ("first", guideline), ("second", guideline)]
    assert [p for p, _ in pairs_by_authority(pairs)] == ["first", "second", "case officer"]


# -- in answers ---------------------------------------------------------------------------
DOCS = {
    # File names chosen so that the decision sorts first, as in many real folders.
    "koping-a-beslut-iop-bryggan.md": (
        "beslut",
        "Beslut om IOP med Föreningen Bryggan",
        "Nämnden bedömer att följande kriterier är uppfyllda:\n\n"
        "- Initiativet kommer från den idéburna organisationen.\n"
        "- Det finns ingen marknad för verksamheten.\n\n"
        "Handläggare: Per Ek, per.ek@koping.example.se, 070-174 06 11\n",
    ),
    "koping-b-iop-webbsida.md": (
        "webbsida",
        "IOP i Köpings kommun",
        "Har er förening en idé om IOP? Kontakta IOP-samordnaren.\n\n"
        "Anna Berg: anna.berg@koping.example.se\n",
    ),
    "koping-c-riktlinjer-iop.md": (
        "riktlinje",
        "Riktlinjer för IOP i Köpings kommun",
        "Följande kriterier gäller för IOP:\n\n"
        "- Initiativet kommer från den idéburna organisationen.\n"
        "- Det finns ingen marknad för verksamheten.\n\n"
        "Kontakt: IOP-samordnare Anna Berg, anna.berg@koping.example.se, 070-174 06 10\n",
    ),
}


@pytest.fixture(scope="module")
def koping(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    root = tmp_path_factory.mktemp("koping")
    folder = root / "corpus" / "koping"
    folder.mkdir(parents=True)
    for name, (doc_type, title, body) in DOCS.items():
        front = f"---\nmunicipality: Köping\ntitle: {title}\ndoc_type: {doc_type}\n---\n"
        (folder / name).write_text(front + f"# {title}\n\n" + body, encoding="utf-8")
    settings = make_settings(root)
    report = Indexer(settings).run()
    assert report.ok, report.failed
    return Assistant(settings)


def test_contacts_lead_with_the_guideline_and_name_each_person_once(koping: Assistant) -> None:
    answer = koping.answer("Vem ska vår förening kontakta om IOP i Köping?")
    # The decision's case officer is the contact for that one partnership, not for IOP.
    assert [c.name for c in answer.contacts] == ["Anna Berg"]
    anna = answer.contacts[0]
    assert (anna.email, anna.phone) == ("anna.berg@koping.example.se", "070-174 06 10")
    cited = {c.id: c.source for c in answer.citations}
    assert cited[anna.citation] == "koping/koping-c-riktlinjer-iop.md"
    assert text("sv", "contacts_more") in answer.answer
    assert "per.ek" not in answer.answer
    lead = koping.explain("Vem ska vår förening kontakta om IOP i Köping?").lead
    assert lead is not None and text("sv", "contacts_more") in lead  # the app shows it


def test_the_case_officer_comes_when_the_question_names_the_partnership(
    koping: Assistant,
) -> None:
    answer = koping.answer("Vem kan vi kontakta om IOP-avtalet med Föreningen Bryggan i Köping?")
    assert [c.name for c in answer.contacts] == ["Anna Berg", "Per Ek"]
    assert text("sv", "contacts_more") not in answer.answer


def test_contacts_for_a_subject_the_documents_do_not_cover_are_not_given_as_its_own(
    koping: Assistant,
) -> None:
    answer = koping.answer("Vem ska jag kontakta om snöröjning i Köping?")
    assert answer.abstained
    # Snow clearing is no IOP matter: the municipality itself is the way in, not the
    # official who handles partnerships.
    assert answer.answer.startswith(text("sv", "off_topic"))
    assert "Köpings kommun" in answer.answer
    assert not any(c.name == "Anna Berg" for c in answer.contacts)
    assert "070-174 06 10" not in answer.answer


def test_criteria_are_cited_from_the_guideline(koping: Assistant) -> None:
    answer = koping.answer("Vilka kriterier gäller för IOP i Köping?")
    assert "Det finns ingen marknad för verksamheten." in answer.answer
    sources = {c.source for c in answer.citations}
    assert "koping/koping-c-riktlinjer-iop.md" in sources
    assert "koping/koping-a-beslut-iop-bryggan.md" not in sources
