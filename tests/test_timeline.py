"""Dates an answer adds (answers/timeline.py): a decision's date, paragraph and case
number; whether the agreement is in force; a note when a cited source has expired or is
old. The reader is a stand-in that holds documents with their time facts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from builders import make_chunk

from assistant.answers.citations import CitationBook
from assistant.answers.ranking import Evidence
from assistant.answers.timeline import freshness_note, in_force_first, time_facts_line
from assistant.core.documents import Chunk
from assistant.index.catalog import DocumentRow

_TODAY = date(2025, 6, 1)
_MAX_AGE = 3
_DECIDED_LINE = "Kommunstyrelsen beslutade den 14 mars 2023, § 47, dnr KS 2023/112."


def _document(source: str, **time: Any) -> DocumentRow:
    return DocumentRow(
        source=source,
        doc_id=source,
        size=1,
        mtime_ns=0,
        sha256="",
        municipality="Köping",
        title=source,
        doc_type="beslut",
        date=None,
        source_url=None,
        chunk_count=2,
        indexed_at=0.0,
        extra={"time": time},
    )


class _Reader:
    def __init__(self, documents: list[DocumentRow], chunks: list[Chunk]) -> None:
        self.documents = {d.source: d for d in documents}
        self.chunks = chunks

    def memo(self, key: object, compute: Callable[[], Any]) -> Any:
        return compute()

    def chunks_of_source(self, source: str) -> list[Chunk]:
        return [c for c in self.chunks if c.source == source]


def _evidence(chunk: Chunk, score: float = 1.0) -> Evidence:
    return Evidence(chunk.text, chunk, "", 0.0, 0.0, 1.0, score, 0)


_DECISION = _document(
    "koping/beslut.pdf",
    decided="2023-03-14",
    paragraphs=["§ 47"],
    diarienummer=["KS 2023/112"],
    valid_from="2023-04-01",
    valid_to="2026-03-31",
    evidence={"decided": _DECIDED_LINE, "valid_from": "Avtalet gäller 2023-04-01–2026-03-31."},
)
_FIRST = make_chunk("koping/beslut.pdf", "Föreningen driver en mötesplats.", position=0)
_SECOND = make_chunk(
    "koping/beslut.pdf",
    f"Bakgrund.\n{_DECIDED_LINE}\nAvtalet   gäller 2023-04-01–2026-03-31.",
    position=1,
)
_READER = _Reader([_DECISION], [_FIRST, _SECOND])


def _line(question: str, language: str = "sv") -> tuple[str, Chunk] | None:
    return time_facts_line(
        _READER,  # type: ignore[arg-type]
        [_evidence(_FIRST)],
        question,
        language,
        _TODAY,
        _MAX_AGE,
    )


def test_a_decision_is_known_by_its_date_paragraph_and_case_number() -> None:
    found = _line("När fattades beslutet om partnerskapet?")
    assert found is not None
    line, chunk = found
    assert line == "Beslutet fattades 2023-03-14. Paragraf: § 47. Diarienummer: KS 2023/112."
    assert chunk == _SECOND  # cited where the sentence stands, not the evidence's chunk


def test_only_the_asked_fact_is_given() -> None:
    found = _line("Vilket diarienummer har ärendet?")
    assert found is not None and found[0] == "Diarienummer: KS 2023/112."


def test_validity_says_whether_it_is_in_force_today() -> None:
    found = _line("Gäller avtalet fortfarande?")
    assert found is not None
    line, chunk = found
    assert "från 2023-04-01 till 2026-03-31" in line and "fortfarande i dag (1 juni 2025)" in line
    assert chunk == _SECOND  # found despite the spacing that differs
    english = _line("Is the agreement still valid?", "en")
    assert english is not None and "still in force today" in english[0]


def test_without_time_facts_there_is_no_line() -> None:
    reader = _Reader([_document("koping/riktlinjer.pdf")], [])
    chunk = make_chunk("koping/riktlinjer.pdf", "Riktlinjer.")
    found = time_facts_line(
        reader,  # type: ignore[arg-type]
        [_evidence(chunk)],
        "När beslutades det?",
        "sv",
        _TODAY,
        _MAX_AGE,
    )
    assert found is None


def _note(*documents: DocumentRow) -> str | None:
    book = CitationBook()
    for doc in documents:
        book.cite(make_chunk(doc.source, "text"))
    reader = _Reader(list(documents), [])
    return freshness_note(reader, book, "sv", _TODAY, _MAX_AGE)  # type: ignore[arg-type]


def test_an_expired_agreement_gets_a_note_naming_its_source_and_period() -> None:
    fresh = _document("koping/ny.pdf", decided="2025-01-10")
    ended = _document("koping/gammal.pdf", valid_from="2019-01-01", valid_to="2021-12-31")
    note = _note(fresh, ended)
    assert note is not None
    assert "källa [2]" in note and "från 1 januari 2019 till 31 december 2021" in note


def test_an_old_source_gets_a_note_and_a_fresh_one_none() -> None:
    note = _note(_document("koping/gammal.pdf", decided="2018-05-02"))
    assert note is not None and "2018-05-02" in note and "3 år" in note
    assert _note(_document("koping/ny.pdf", decided="2025-01-10")) is None
    # Old, but known to be in force: no warning.
    assert (
        _note(_document("koping/lang.pdf", valid_from="2018-01-01", valid_to="2030-12-31")) is None
    )


def test_a_draft_is_said_to_be_one_before_any_other_note() -> None:
    ended = _document("koping/gammal.pdf", valid_from="2019-01-01", valid_to="2021-12-31")
    titled = replace(_document("koping/forslag.docx"), title="Förslag: Riktlinjer för IOP")
    note = _note(ended, titled)
    assert note is not None and "källa [2] är ett förslag" in note
    # … or by what it says of itself at its start, whatever its title.
    plain = _document("koping/riktlinjer.docx", decided="2025-01-10")
    chunk = make_chunk(plain.source, "Riktlinjer för IOP. Riktlinjerna är inte antagna ännu.")
    book = CitationBook()
    book.cite(chunk)
    reader = _Reader([plain], [chunk])
    said = freshness_note(reader, book, "sv", _TODAY, _MAX_AGE)  # type: ignore[arg-type]
    assert said is not None and "förslag" in said
    assert _note(_document("koping/ny.pdf", decided="2025-01-10")) is None


def test_evidence_from_an_ended_agreement_yields_to_the_one_in_force() -> None:
    ended = _document("koping/gammal.pdf", valid_from="2019-01-01", valid_to="2021-12-31")
    current = _document("koping/ny.pdf", valid_from="2024-01-01", valid_to="2027-12-31")
    reader = _Reader([ended, current], [])
    old = _evidence(make_chunk("koping/gammal.pdf", "Gammalt."), score=1.0)
    new = _evidence(make_chunk("koping/ny.pdf", "Nytt."), score=0.9)
    ordered = in_force_first(reader, [old, new], _TODAY, _MAX_AGE)  # type: ignore[arg-type]
    assert [e.chunk.source for e in ordered] == ["koping/ny.pdf", "koping/gammal.pdf"]
    far_better = _evidence(make_chunk("koping/gammal.pdf", "Gammalt."), score=2.0)
    ordered = in_force_first(reader, [new, far_better], _TODAY, _MAX_AGE)  # type: ignore[arg-type]
    assert ordered[0] is far_better  # a soft penalty, not a hard order


def test_rules_in_force_telling_of_a_draft_are_no_draft_and_come_before_it() -> None:
    from assistant.answers.drafts import is_draft

    rules = _document("koping/regler.txt")
    proposal = _document("koping/forslag.docx")
    in_force = make_chunk(
        rules.source,
        "Regler för IOP. Antagna av kommunstyrelsen 2021-05-04. Ett förslag till nya "
        "riktlinjer är ute på remiss till och med mars. Till dess gäller dessa regler.",
    )
    drafted = make_chunk(
        proposal.source, "Riktlinjer för IOP. Detta förslag är ute på remiss och är inte antaget."
    )
    replacing = _document("koping/nya.docx")
    replaces = make_chunk(
        replacing.source,
        "Riktlinjer för IOP. De ersätter riktlinjerna som antogs av kommunfullmäktige 2017. "
        "Dokumentet är ute på remiss till och med mars.",
    )
    reader = _Reader([rules, proposal, replacing], [in_force, drafted, replaces])
    assert not is_draft(reader, rules.source)  # type: ignore[arg-type]
    assert is_draft(reader, proposal.source)  # type: ignore[arg-type]
    # The adoption of the rules a draft replaces does not make the draft adopted.
    assert is_draft(reader, replacing.source)  # type: ignore[arg-type]
    # The draft's sentence, though it scores a little higher, yields to the rules in force.
    ordered = in_force_first(
        reader,  # type: ignore[arg-type]
        [_evidence(drafted, score=1.0), _evidence(in_force, score=0.9)],
        _TODAY,
        _MAX_AGE,
    )
    assert [e.chunk.source for e in ordered] == [rules.source, proposal.source]
    # A news page is no rules in force: beside it the draft keeps its place.
    news = _document("koping/nyhet.txt")
    told = make_chunk(news.source, "Kommunen har fått in tolv idéskisser i år.")
    reader = _Reader([proposal, news], [drafted, told])
    ordered = in_force_first(
        reader,  # type: ignore[arg-type]
        [_evidence(drafted, score=1.0), _evidence(told, score=0.9)],
        _TODAY,
        _MAX_AGE,
    )
    assert [e.chunk.source for e in ordered] == [proposal.source, news.source]
