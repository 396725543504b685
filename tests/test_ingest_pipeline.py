"""The incremental ingest against real files: what is added, skipped, replaced and refused.

Every test builds its own corpus with the real PDF/DOCX/HTML builders and indexes it with
the fast deterministic ``hash`` embedder. "Gone everywhere" is checked in the catalogue,
in Chroma (ids and stored text) and through ``IndexReader.search``.
"""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from builders import make_docx, make_html, make_pdf, make_scanned_pdf
from conftest import SAMPLE_CORPUS, live_catalog, live_vectors, make_settings

import ingest.pipeline as pipeline
from assistant.core.settings import Settings
from assistant.index import generations
from assistant.index.catalog import Catalog
from assistant.index.embeddings import HashEmbeddings
from assistant.index.lexical import LexicalIndex
from assistant.index.reader import IndexReader
from assistant.index.vectorstore import VectorIndex
from ingest.pipeline import Indexer, IngestBusyError, content_hash, scan_corpus
from ingest.report import IngestReport

# Words that stand in one place only; their 5-letter prefixes (what the hash embedder
# and the BM25 prefixes see) are unique in these tests.
OLD_WORD = "blåbärssoppa"
NEW_WORD = "lingonsylten"
GONE_WORD = "hjortronkräm"

TXT_BODY = (
    "Idéburet offentligt partnerskap i Lunds kommun\n\n"
    "Lunds kommun samarbetar med idéburna organisationer inom ofrivillig ensamhet. "
    "Föreningen ska vara icke-vinstdrivande och bidra med egna resurser.\n\n"
    "Kontakta samordnaren för civilsamhällesfrågor om ni har frågor.\n"
)

# Names no municipality: a sidecar alone says whose it is (a text naming "Lunds kommun"
# filed as Malmö's would be a passage that speaks for another municipality).
NEUTRAL_BODY = (
    "Riktlinjer för idéburet offentligt partnerskap\n\n"
    "Kommunen samarbetar med idéburna organisationer inom ofrivillig ensamhet. "
    "Föreningen ska vara icke-vinstdrivande och bidra med egna resurser.\n"
)


# --- helpers -------------------------------------------------------------------------


def ingest(settings: Settings, **kwargs: Any) -> IngestReport:
    return Indexer(settings, HashEmbeddings()).run(**kwargs)


def write_txt(corpus: Path, rel: str, extra: str = "") -> Path:
    path = corpus / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(TXT_BODY + extra, encoding="utf-8")
    return path


def chroma_texts(settings: Settings) -> dict[str, str]:
    """Chunk id -> stored passage text, straight from Chroma."""
    got = live_vectors(settings)._collection.get(include=["documents"])
    return dict(zip(got["ids"], got["documents"], strict=True))


def chroma_metadata(settings: Settings) -> dict[str, dict[str, Any]]:
    got = live_vectors(settings)._collection.get(include=["metadatas"])
    return dict(zip(got["ids"], got["metadatas"], strict=True))


def found_texts(settings: Settings, query: str, municipalities: list[str] | None = None) -> str:
    """Everything a search returns, as one string (k larger than the whole test index)."""
    passages = IndexReader(settings, HashEmbeddings()).search(query, 50, municipalities)
    return "\n".join(p.chunk.text for p in passages)


def assert_consistent(settings: Settings) -> None:
    """Chroma holds exactly the catalogue's chunks, and each document its chunk_count."""
    catalog = live_catalog(settings)
    try:
        live = catalog.chunk_ids()
        assert live_vectors(settings).ids() == live
        for doc in catalog.documents():
            assert len(catalog.chunks_of(doc.source)) == doc.chunk_count, doc.source
    finally:
        catalog.close()


@pytest.fixture
def corpus(settings: Settings) -> Path:
    return settings.corpus_dir


@pytest.fixture
def mixed_corpus(corpus: Path) -> list[str]:
    """One file of every supported kind, with real structure; returns the relative paths."""
    for folder in ("lund", "malmo", "uppsala"):
        (corpus / folder).mkdir()
    make_pdf(
        corpus / "lund" / "riktlinjer.pdf",
        [
            ["# Riktlinjer för IOP", "Lunds kommun ingår partnerskap med idéburna föreningar."],
            ["# Kriterier", "- Föreningen är icke-vinstdrivande.", "- Verksamheten är öppen."],
        ],
        title="Riktlinjer för idéburet offentligt partnerskap",
    )
    make_docx(corpus / "malmo" / "vagledning.docx", title="Vägledning om IOP i Malmö stad")
    make_html(
        corpus / "uppsala" / "iop.html",
        "<h1>IOP i Uppsala kommun</h1><p>Uppsala kommun välkomnar initiativ från "
        "föreningar som vill samverka kring ofrivillig ensamhet.</p>",
    )
    write_txt(corpus, "lund/lund-iop.txt")
    (corpus / "allmant.md").write_text(
        "# Om IOP\n\nEtt idéburet offentligt partnerskap är en överenskommelse.\n",
        encoding="utf-8",
    )
    return sorted(f.rel for f in scan_corpus(corpus)[0])


# --- the incremental contract ----------------------------------------------------------


def test_first_run_adds_all_and_second_run_neither_parses_nor_embeds(
    settings: Settings, mixed_corpus: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert len(mixed_corpus) == 5
    first = ingest(settings)
    assert first.ok, first.failed
    assert sorted(first.added) == mixed_corpus
    assert first.updated == first.removed == first.unchanged == []
    assert first.chunks > len(mixed_corpus) - 1
    assert first.embedded == first.chunks
    assert_consistent(settings)

    def refuse(*_args: object) -> None:
        raise AssertionError("an unchanged file was parsed")

    monkeypatch.setattr(pipeline, "parse_file", refuse)
    second = ingest(settings)
    assert second.ok
    assert sorted(second.unchanged) == mixed_corpus
    assert second.added == second.updated == second.removed == []
    assert second.embedded == 0
    assert second.chunks == first.chunks
    assert not second.rebuilt


def test_touch_without_change_is_unchanged_and_the_new_stat_is_remembered(
    settings: Settings, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_txt(corpus, "lund/lund-iop.txt")
    ingest(settings)
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))

    def refuse(*_args: object) -> None:
        raise AssertionError("a touched but unchanged file was parsed")

    monkeypatch.setattr(pipeline, "parse_file", refuse)
    touched = ingest(settings)
    assert touched.unchanged == ["lund/lund-iop.txt"]
    assert touched.updated == [] and touched.embedded == 0

    # The new mtime is in the catalogue now: the next run does not even hash the file.
    monkeypatch.setattr(pipeline, "content_hash", refuse)
    again = ingest(settings)
    assert again.unchanged == ["lund/lund-iop.txt"]


def test_a_new_pipeline_version_reads_unchanged_files_again(
    settings: Settings, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # An upgrade that reads files better must reach files nobody has touched since.
    write_txt(corpus, "lund/lund-iop.txt")
    ingest(settings)
    assert ingest(settings).unchanged == ["lund/lund-iop.txt"]
    monkeypatch.setattr(pipeline, "PIPELINE_VERSION", pipeline.PIPELINE_VERSION + "-next")
    upgraded = ingest(settings)
    assert upgraded.updated == ["lund/lund-iop.txt"]
    assert ingest(settings).unchanged == ["lund/lund-iop.txt"]


def test_a_touched_but_unchanged_sidecar_is_remembered_too(
    settings: Settings, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_txt(corpus, "lund/lund-iop.txt")
    sidecar = path.with_name(path.name + ".meta.yaml")
    sidecar.write_text("municipality: Lund\ndoc_type: webbsida\n", encoding="utf-8")
    ingest(settings)
    stat = sidecar.stat()
    os.utime(sidecar, ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))

    def refuse(*_args: object) -> None:
        raise AssertionError("an unchanged file was parsed or hashed again")

    monkeypatch.setattr(pipeline, "parse_file", refuse)
    touched = ingest(settings)
    assert touched.unchanged == ["lund/lund-iop.txt"] and touched.embedded == 0

    monkeypatch.setattr(pipeline, "content_hash", refuse)
    again = ingest(settings)
    assert again.unchanged == ["lund/lund-iop.txt"]


def test_changed_file_is_updated_and_its_old_chunks_are_gone_everywhere(
    settings: Settings, corpus: Path
) -> None:
    path = write_txt(corpus, "lund/lund-iop.txt", f"\nTill fikat serveras {OLD_WORD}.\n")
    ingest(settings)
    catalog = live_catalog(settings)
    old_ids = {c.chunk_id for c in catalog.chunks_of("lund/lund-iop.txt")}
    catalog.close()
    assert OLD_WORD in found_texts(settings, f"Till fikat serveras {OLD_WORD}")

    path.write_text(TXT_BODY + f"\nTill fikat serveras {NEW_WORD}.\n", encoding="utf-8")
    report = ingest(settings)
    assert report.updated == ["lund/lund-iop.txt"]
    assert report.added == report.unchanged == [] and report.embedded >= 1

    catalog = live_catalog(settings)
    chunks = catalog.chunks_of("lund/lund-iop.txt")
    assert all(OLD_WORD not in c.text for c in chunks)
    assert any(NEW_WORD in c.text for c in chunks)
    assert catalog.document("lund/lund-iop.txt").sha256 == content_hash(  # type: ignore[union-attr]
        scan_corpus(corpus)[0][0]
    )
    catalog.close()
    stored = chroma_texts(settings)
    assert not old_ids - {c.chunk_id for c in chunks} & set(stored), "stale vectors left"
    assert all(OLD_WORD not in text for text in stored.values())
    assert OLD_WORD not in found_texts(settings, f"Till fikat serveras {OLD_WORD}")
    assert NEW_WORD in found_texts(settings, f"Till fikat serveras {NEW_WORD}")
    assert_consistent(settings)


def test_deleted_file_is_removed_with_its_chunks_everywhere(
    settings: Settings, corpus: Path
) -> None:
    write_txt(corpus, "lund/lund-iop.txt")
    gone = write_txt(corpus, "malmo/gammal.txt", f"\nVi bjuder på {GONE_WORD} i Malmö stad.\n")
    ingest(settings)
    assert GONE_WORD in found_texts(settings, GONE_WORD)

    gone.unlink()
    report = ingest(settings)
    assert report.removed == ["malmo/gammal.txt"]
    assert report.unchanged == ["lund/lund-iop.txt"]
    catalog = live_catalog(settings)
    assert catalog.document("malmo/gammal.txt") is None
    assert catalog.chunks_of("malmo/gammal.txt") == []
    catalog.close()
    assert all(GONE_WORD not in text for text in chroma_texts(settings).values())
    assert all(m["source"] != "malmo/gammal.txt" for m in chroma_metadata(settings).values())
    assert GONE_WORD not in found_texts(settings, GONE_WORD)
    reader = IndexReader(settings, HashEmbeddings())
    assert reader.lexical is not None
    assert set(reader.lexical.chunk_ids) == set(reader.chunks)
    assert_consistent(settings)


def test_sidecar_edit_reindexes_the_document_with_the_new_municipality(
    settings: Settings, corpus: Path
) -> None:
    rel = "inkommande/iop.txt"
    path = corpus / rel
    path.parent.mkdir()
    path.write_text(NEUTRAL_BODY, encoding="utf-8")
    sidecar = path.with_name(path.name + ".meta.yaml")
    sidecar.write_text("municipality: Lund\n", encoding="utf-8")
    ingest(settings)
    assert IndexReader(settings, HashEmbeddings()).search("ofrivillig ensamhet", 5, ["Lund"])

    sidecar.write_text("municipality: Malmö\n", encoding="utf-8")
    report = ingest(settings)
    assert report.updated == [rel]

    catalog = live_catalog(settings)
    assert catalog.document(rel).municipality == "Malmö"  # type: ignore[union-attr]
    assert {c.municipality for c in catalog.chunks_of(rel)} == {"Malmö"}
    catalog.close()
    # Chroma filters on its own metadata: it must follow the catalogue.
    assert {m["municipality"] for m in chroma_metadata(settings).values()} == {"Malmö"}
    reader = IndexReader(settings, HashEmbeddings())
    in_malmo = reader.search("ofrivillig ensamhet", 5, ["Malmö"])
    assert in_malmo and all(p.dense_rank is not None for p in in_malmo)
    assert reader.search("ofrivillig ensamhet", 5, ["Lund"]) == []


# --- bad files -------------------------------------------------------------------------


def _corrupt_pdf(path: Path) -> None:
    path.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nendobj\ntrasig")


def _truncated_pdf(path: Path) -> None:
    make_pdf(path, [["# Avtal", "Partnerskapet gäller i tre år."]] * 2)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _encrypted_pdf(path: Path) -> None:
    make_pdf(path, [["# Hemligt", "Bara för behöriga."]], encrypt_password="hemligt")


def _undecodable(path: Path) -> None:
    path.write_bytes(b"\x01\x02\x03 \x81\x8d\x8f\x90\x9d" * 200)


def _docx_that_is_text(path: Path) -> None:
    path.write_text("Det här är egentligen en textfil, inte ett Word-dokument.\n", "utf-8")


def _bad_sidecar(path: Path) -> None:
    path.write_text(TXT_BODY, encoding="utf-8")
    path.with_name(path.name + ".meta.yaml").write_text(
        "municipality: [Malmö\ntitle: Trasig\n", encoding="utf-8"
    )


def _oversized(path: Path) -> None:
    path.write_text(TXT_BODY * 200, encoding="utf-8")  # ~60 kB, over the 0.02 MB limit


BAD_FILES = {
    "corrupt_pdf": ("trasig.pdf", _corrupt_pdf, "corrupt"),
    "truncated_pdf": ("avkortad.pdf", _truncated_pdf, "corrupt"),
    "encrypted_pdf": ("krypterad.pdf", _encrypted_pdf, "encrypted"),
    "scanned_pdf": ("skannad.pdf", lambda p: make_scanned_pdf(p, 2), "no_text"),
    "empty_file": ("tom.txt", lambda p: p.write_bytes(b""), "empty"),
    "whitespace_file": ("blank.md", lambda p: p.write_text("\n  \n", "utf-8"), "empty"),
    "undecodable_text": ("binar.txt", _undecodable, "undecodable"),
    "oversized": ("stor.txt", _oversized, "too_large"),
    "docx_is_text": ("falsk.docx", _docx_that_is_text, "corrupt"),
    "bad_sidecar_yaml": ("med-trasig-sidecar.txt", _bad_sidecar, "bad_metadata"),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_bad_file_is_reported_and_the_good_files_are_indexed(tmp_path: Path, case: str) -> None:
    name, build, code = BAD_FILES[case]
    settings = make_settings(tmp_path, max_file_size_mb=0.02)
    corpus = settings.corpus_dir
    (corpus / "inkommande").mkdir(parents=True)
    write_txt(corpus, "lund/lund-iop.txt")
    make_html(corpus / "uppsala.html", "<h1>IOP i Uppsala kommun</h1><p>Välkommen.</p>")
    bad = corpus / "inkommande" / name
    build(bad)

    report = ingest(settings)
    assert sorted(report.added) == ["lund/lund-iop.txt", "uppsala.html"]
    assert [(f.path, f.code) for f in report.failed] == [(f"inkommande/{name}", code)]
    reason = report.failed[0].error
    assert 5 < len(reason) < 300 and "Traceback" not in reason and "\n" not in reason.strip()
    assert report.to_json()["failed"] == [
        {"path": f"inkommande/{name}", "error": reason, "code": code}
    ]
    catalog = live_catalog(settings)
    assert [(f.source, f.code) for f in catalog.failures()] == [(f"inkommande/{name}", code)]
    assert catalog.document(f"inkommande/{name}") is None
    catalog.close()
    assert_consistent(settings)

    # Still broken on the next run: still reported (so `iop ingest` keeps exiting 1).
    again = ingest(settings)
    assert [f.code for f in again.failed] == [code]
    assert sorted(again.unchanged) == ["lund/lund-iop.txt", "uppsala.html"]


def test_a_fixed_file_goes_in_and_its_failure_is_forgotten(
    settings: Settings, corpus: Path
) -> None:
    bad = corpus / "binar.txt"
    _undecodable(bad)
    assert [f.code for f in ingest(settings).failed] == ["undecodable"]
    write_txt(corpus, "binar.txt")
    fixed = ingest(settings)
    assert fixed.ok and fixed.added == ["binar.txt"]
    catalog = live_catalog(settings)
    assert catalog.failures() == []
    catalog.close()


def test_a_deleted_failing_file_leaves_no_failure_behind(settings: Settings, corpus: Path) -> None:
    _undecodable(corpus / "binar.txt")
    ingest(settings)
    (corpus / "binar.txt").unlink()
    assert ingest(settings).ok
    catalog = live_catalog(settings)
    assert catalog.failures() == []
    catalog.close()


def test_a_changed_document_that_now_fails_keeps_its_previous_version(
    settings: Settings, corpus: Path
) -> None:
    path = corpus / "lund" / "avtal.pdf"
    path.parent.mkdir()
    make_pdf(path, [["# Avtal om IOP", f"Parterna firar med {OLD_WORD} varje år."]])
    ingest(settings)
    catalog = live_catalog(settings)
    before = catalog.document("lund/avtal.pdf")
    ids_before = catalog.chunk_ids()
    catalog.close()

    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])  # a broken upload replaces the good file
    report = ingest(settings)
    assert [(f.path, f.code) for f in report.failed] == [("lund/avtal.pdf", "corrupt")]
    assert report.updated == report.removed == []

    catalog = live_catalog(settings)
    assert catalog.document("lund/avtal.pdf") == before
    assert catalog.chunk_ids() == ids_before
    catalog.close()
    assert live_vectors(settings).ids() == ids_before
    assert OLD_WORD in found_texts(settings, f"Parterna firar med {OLD_WORD}")


def test_unsupported_type_is_skipped_not_failed(settings: Settings, corpus: Path) -> None:
    write_txt(corpus, "lund/lund-iop.txt")
    (corpus / "lund" / "budget.xlsx").write_bytes(b"PK\x03\x04 not really a workbook")
    (corpus / "lund" / "lund-iop.txt.meta.yaml").write_text("municipality: Lund\n", "utf-8")
    (corpus / "README.md").write_text("# Om korpusen\n", encoding="utf-8")
    report = ingest(settings)
    assert report.ok
    assert report.skipped == ["lund/budget.xlsx"]
    assert report.added == ["lund/lund-iop.txt"]  # sidecar and README are not documents


# --- rebuilds --------------------------------------------------------------------------


def test_changing_the_embedding_model_rebuilds_and_so_does_rebuild(
    tmp_path: Path, mixed_corpus: list[str], settings: Settings
) -> None:
    first = ingest(settings)
    assert not first.rebuilt

    other = make_settings(tmp_path, embedding_model="hash-64")
    switched = Indexer(other, HashEmbeddings(dim=64)).run()
    assert switched.rebuilt
    assert sorted(switched.added) == mixed_corpus and switched.unchanged == []
    assert switched.embedded == switched.chunks == first.chunks
    assert live_vectors(other, HashEmbeddings(dim=64)).model == "hash-64"
    reader = IndexReader(other, HashEmbeddings(dim=64))
    assert reader.search("partnerskap", 3)  # 64-dimensional vectors answer queries

    same = Indexer(other, HashEmbeddings(dim=64)).run()
    assert not same.rebuilt and same.embedded == 0

    forced = Indexer(other, HashEmbeddings(dim=64)).run(rebuild=True)
    assert forced.rebuilt
    assert sorted(forced.added) == mixed_corpus
    assert forced.embedded == forced.chunks == first.chunks
    assert_consistent(other)


# --- provenance --------------------------------------------------------------------------


def test_pdf_chunks_carry_their_one_based_page(settings: Settings, corpus: Path) -> None:
    words = ["äppelmustfabriken", "cykelverkstaden", "snickarboden"]
    filler = (
        "Partnerskapet bygger på att båda parter bidrar med resurser och kunskap för att "
        "möta en samhällsutmaning. "
    )
    make_pdf(
        corpus / "sidor.pdf",
        [[f"# Del {n}", f"Verksamheten i {word} beskrivs här.", filler * 8] for n, word in
         enumerate(words, 1)],
    )  # fmt: skip
    settings = make_settings(settings.corpus_dir.parent, chunk_size=300)
    ingest(settings)
    catalog = live_catalog(settings)
    chunks = catalog.chunks_of("sidor.pdf")
    catalog.close()
    assert {c.page for c in chunks} == {1, 2, 3}
    for page, word in enumerate(words, 1):
        holding = [c for c in chunks if word in c.text]
        assert holding and all(c.page == page for c in holding), word
    stored = chroma_metadata(settings)
    assert {stored[c.chunk_id]["page"] for c in chunks} == {1, 2, 3}
    top = IndexReader(settings, HashEmbeddings()).search(f"Verksamheten i {words[1]}", 1)
    assert top[0].chunk.page == 2


def test_malmo_text_dropped_in_inkommande_without_sidecar_is_malmo(
    settings: Settings, corpus: Path
) -> None:
    (corpus / "inkommande").mkdir()
    shutil.copy(
        SAMPLE_CORPUS / "malmo" / "malmo-iop-ofrivillig-ensamhet.txt",
        corpus / "inkommande" / "ny-text.txt",
    )
    write_txt(corpus, "lund/lund-iop.txt")
    assert ingest(settings).ok
    catalog = live_catalog(settings)
    assert catalog.document("inkommande/ny-text.txt").municipality == "Malmö"  # type: ignore[union-attr]
    assert catalog.document("lund/lund-iop.txt").municipality == "Lund"  # type: ignore[union-attr]
    catalog.close()
    passages = IndexReader(settings, HashEmbeddings()).search("ofrivillig ensamhet", 50, ["Malmö"])
    assert passages and {p.chunk.source for p in passages} == {"inkommande/ny-text.txt"}


# --- runs that die half-way -----------------------------------------------------------
# A ``Killed`` raised at a chosen write stands in for SIGKILL there (tests/test_crash.py
# does the real thing at random moments): the live generation must be untouched and
# answer, and the next ordinary run must remove the half-built one and bring the index
# exactly in line with the corpus.


class Killed(BaseException):
    """Not an Exception: nothing in the pipeline may catch it, like a real kill."""


def die(monkeypatch: pytest.MonkeyPatch, owner: Any, name: str, after: bool = True) -> None:
    """Raise Killed at ``owner.name``: a method (``self`` first) or a module's function."""
    real = getattr(owner, name)

    def dying(*args: Any, **kwargs: Any) -> Any:
        if after:
            real(*args, **kwargs)
        raise Killed(f"{'after' if after else 'before'} {getattr(owner, '__name__', owner)}.{name}")

    monkeypatch.setattr(owner, name, dying)


def assert_index_is_corpus(settings: Settings) -> None:
    assert_consistent(settings)
    files = {f.rel: f for f in scan_corpus(settings.corpus_dir)[0]}
    catalog = live_catalog(settings)
    try:
        documents = {d.source: d for d in catalog.documents()}
        assert set(documents) == set(files)
        for rel, doc in documents.items():
            assert doc.sha256 == content_hash(files[rel]), rel
        generation = catalog.generation
    finally:
        catalog.close()
    reader = IndexReader(settings, HashEmbeddings())
    assert reader.lexical is not None and reader.lexical.generation == generation
    assert set(reader.lexical.chunk_ids) == set(reader.chunks)
    # Nothing half-built is left: the live generation and at most the one before it.
    live = generations.live(settings)
    assert live is not None
    assert all(g.number <= live.number for g in generations.on_disk(settings))


def half_built(settings: Settings) -> generations.Generation:
    """The generation a killed run left beside the live one."""
    live = generations.live(settings)
    (left,) = [g for g in generations.on_disk(settings) if live is None or g.number > live.number]
    return left


@pytest.mark.parametrize(
    ("owner", "name"),
    [(Catalog, "replace_document"), (VectorIndex, "upsert"), (LexicalIndex, "save"),
     (generations, "publish")],
    ids=["catalogue", "vectors", "bm25", "publish"],
)  # fmt: skip
def test_a_rebuild_killed_half_way_leaves_the_old_generation_live(
    settings: Settings,
    mixed_corpus: list[str],
    monkeypatch: pytest.MonkeyPatch,
    owner: Any,
    name: str,
) -> None:
    first = ingest(settings)
    before = generations.live(settings)
    reader = IndexReader(settings, HashEmbeddings())
    die(monkeypatch, owner, name, after=owner is not generations)
    with pytest.raises(Killed):
        ingest(settings, rebuild=True)
    monkeypatch.undo()
    # The old generation answers, whole: readers old and new never see an empty index.
    assert generations.live(settings) == before
    assert half_built(settings).name != before.name  # type: ignore[union-attr]
    assert_consistent(settings)
    for fresh in (reader, IndexReader(settings, HashEmbeddings())):
        fresh.refresh()
        assert not fresh.is_empty and len(fresh.chunks) == first.chunks
        assert "partnerskap" in "\n".join(
            p.chunk.text for p in fresh.search("idéburet offentligt partnerskap", 5)
        )

    # The next run removes the half-built generation; nothing changed, so it makes none.
    report = ingest(settings)
    assert report.ok and sorted(report.unchanged) == mixed_corpus and report.embedded == 0
    assert generations.live(settings) == before
    assert [g.name for g in generations.on_disk(settings)] == [before.name]  # type: ignore[union-attr]
    # Asked again, the rebuild goes through.
    rebuilt = ingest(settings, rebuild=True)
    assert rebuilt.rebuilt and sorted(rebuilt.added) == mixed_corpus
    assert rebuilt.embedded == rebuilt.chunks == first.chunks > 0
    assert_index_is_corpus(settings)
    assert "partnerskap" in found_texts(settings, "idéburet offentligt partnerskap")


def test_killed_between_the_vectors_and_the_catalogue_commit(
    settings: Settings, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_txt(corpus, "lund/lund-iop.txt", f"\nTill fikat serveras {OLD_WORD}.\n")
    ingest(settings)
    path.write_text(TXT_BODY + f"\nTill fikat serveras {NEW_WORD}.\n", encoding="utf-8")
    die(monkeypatch, Catalog, "replace_document", after=False)
    with pytest.raises(Killed):
        ingest(settings)
    monkeypatch.undo()
    # The new vectors are in the half-built generation only, ahead of its catalogue;
    # readers read the live one.
    left = half_built(settings)
    written = VectorIndex(settings, HashEmbeddings(), left).ids()
    assert len(written) > len(Catalog(left.catalog_path, create=False).chunk_ids())
    assert_consistent(settings)
    assert OLD_WORD in found_texts(settings, f"Till fikat serveras {OLD_WORD}")
    assert NEW_WORD not in found_texts(settings, f"Till fikat serveras {NEW_WORD}")

    report = ingest(settings)
    assert report.updated == ["lund/lund-iop.txt"]
    assert_index_is_corpus(settings)
    assert not left.root.exists()
    assert OLD_WORD not in found_texts(settings, f"Till fikat serveras {OLD_WORD}")
    assert NEW_WORD in found_texts(settings, f"Till fikat serveras {NEW_WORD}")


def test_stray_vectors_of_an_interrupted_sidecar_edit_are_not_reused_stale(
    settings: Settings, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Killed after writing vectors for municipality A; the sidecar then says B."""
    rel = "inkommande/iop.txt"
    path = corpus / rel
    path.parent.mkdir()
    path.write_text(NEUTRAL_BODY + f"\nTill fikat serveras {OLD_WORD}.\n", encoding="utf-8")
    sidecar = path.with_name(path.name + ".meta.yaml")
    sidecar.write_text("municipality: Lund\n", encoding="utf-8")
    die(monkeypatch, Catalog, "replace_document", after=False)
    with pytest.raises(Killed):
        ingest(settings)
    monkeypatch.undo()
    assert generations.live(settings) is None  # the first build died: nothing is live yet
    sidecar.write_text("municipality: Malmö\n", encoding="utf-8")
    assert ingest(settings).added == [rel]
    assert {m["municipality"] for m in chroma_metadata(settings).values()} == {"Malmö"}
    reader = IndexReader(settings, HashEmbeddings())
    assert reader.search(OLD_WORD, 5, ["Lund"]) == []
    in_malmo = reader.search(OLD_WORD, 5, ["Malmö"])
    assert in_malmo and in_malmo[0].dense_rank is not None


@pytest.mark.parametrize("step", ["replace_document", "remove_document"])
def test_killed_after_the_commit_leaves_the_old_generation_live(
    settings: Settings, corpus: Path, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    path = write_txt(corpus, "lund/lund-iop.txt", f"\nTill fikat serveras {OLD_WORD}.\n")
    ingest(settings)
    if step == "replace_document":
        path.write_text(TXT_BODY + f"\nTill fikat serveras {NEW_WORD}.\n", encoding="utf-8")
    else:
        path.unlink()
    die(monkeypatch, Catalog, step)
    with pytest.raises(Killed):
        ingest(settings)
    monkeypatch.undo()
    left = half_built(settings)
    written = VectorIndex(settings, HashEmbeddings(), left).ids()
    assert written > Catalog(left.catalog_path, create=False).chunk_ids()  # strays there
    assert OLD_WORD in found_texts(settings, f"Till fikat serveras {OLD_WORD}")  # live: old

    # The half-built generation is removed and the change made again.
    report = ingest(settings)
    assert report.ok
    if step == "replace_document":
        assert report.updated == ["lund/lund-iop.txt"] and report.embedded >= 1
    else:
        assert report.removed == ["lund/lund-iop.txt"] and report.embedded == 0
    assert_index_is_corpus(settings)
    assert OLD_WORD not in found_texts(settings, f"Till fikat serveras {OLD_WORD}")


def test_killed_before_the_bm25_files_are_written(
    settings: Settings, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_txt(corpus, "lund/lund-iop.txt", f"\nTill fikat serveras {OLD_WORD}.\n")
    ingest(settings)
    path.write_text(TXT_BODY + f"\nTill fikat serveras {NEW_WORD}.\n", encoding="utf-8")
    die(monkeypatch, LexicalIndex, "save", after=False)
    with pytest.raises(Killed):
        ingest(settings)
    monkeypatch.undo()
    reader = IndexReader(settings, HashEmbeddings())
    assert reader.lexical is not None  # the live generation's BM25, untouched
    assert [reader.chunks[h.chunk_id].text for h in reader.lexical.search(NEW_WORD, 3, None)
            if NEW_WORD in reader.chunks[h.chunk_id].text] == []  # fmt: skip

    report = ingest(settings)
    assert report.updated == ["lund/lund-iop.txt"] and report.embedded >= 1
    assert_index_is_corpus(settings)
    reader = IndexReader(settings, HashEmbeddings())
    assert reader.lexical is not None
    hits = reader.lexical.search(NEW_WORD, 3, None)
    assert hits and NEW_WORD in reader.chunks[hits[0].chunk_id].text


# --- concurrency -------------------------------------------------------------------------


@pytest.fixture
def running_ingest(settings: Settings) -> Iterator[threading.Event]:
    """An ingest held in the middle of its run (inside its progress callback)."""
    write_txt(settings.corpus_dir, "lund/lund-iop.txt")
    inside, release = threading.Event(), threading.Event()
    result: list[IngestReport] = []

    def hold(_name: str, _done: int, _total: int) -> None:
        inside.set()
        release.wait(30)

    worker = threading.Thread(
        target=lambda: result.append(Indexer(settings, HashEmbeddings()).run(progress=hold))
    )
    worker.start()
    assert inside.wait(30), "the first ingest never started"
    try:
        yield release
    finally:
        release.set()
        worker.join(30)
    assert result and result[0].added == ["lund/lund-iop.txt"]


def test_a_second_concurrent_ingest_is_refused(
    settings: Settings, running_ingest: threading.Event
) -> None:
    with pytest.raises(IngestBusyError):
        ingest(settings)
    running_ingest.set()


def test_the_lock_is_released_after_a_run(settings: Settings, corpus: Path) -> None:
    write_txt(corpus, "lund/lund-iop.txt")
    ingest(settings)
    assert ingest(settings).unchanged == ["lund/lund-iop.txt"]  # no IngestBusyError
