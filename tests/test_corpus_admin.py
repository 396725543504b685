"""What the staff page does to the corpus folder (assistant/staff/corpus_files.py,
uploads.py, sidecars.py, document_status.py): safe file names, uploads that write all or
nothing, sidecars checked with the ingest's own rules, deletions, and the overview of
files against the index."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml
from conftest import make_settings

from assistant.core.settings import LoadLimits
from assistant.staff import corpus_files, document_status, sidecars, uploads
from assistant.staff.corpus_files import (
    EmptyUploadError,
    FileTooLargeError,
    InvalidMetadataError,
    NameTakenError,
    NotInCorpusError,
    UnknownMunicipalityError,
    UnreadableUploadError,
    UnsafeFileNameError,
    UnsupportedTypeError,
)
from ingest.pipeline import Indexer
from ingest.sidecar import read_sidecar

TEXT = (
    "# IOP i Uddevalla kommun\n\n"
    "Uddevalla kommun ingår idéburet offentligt partnerskap med föreningar. "
    "Ansökan lämnas till kultur- och fritidsförvaltningen.\n"
).encode()
MB = 1024 * 1024
LIMITS = LoadLimits(max_bytes=MB, max_unpacked_bytes=10 * MB, max_text_chars=1_000_000)


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "corpus"
    (path / "kramfors").mkdir(parents=True)
    (path / "kramfors" / "befintlig.txt").write_text("Kramfors kommun och IOP.\n", "utf-8")
    return path


# -- names ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("Riktlinjer för IOP.pdf", "riktlinjer-for-iop.pdf"),
        ("ÅÄÖ-beslut 2023.DOCX", "aao-beslut-2023.docx"),
        ("Protokoll 10:00 (slutlig).md", "protokoll-10-00-slutlig.md"),
        ("  iop\u00a0sida.html ", "iop-sida.html"),
        ("ﬁl.txt", "fil.txt"),  # NFKC: the ligature is two letters
        ("e\u0301tude.txt", "etude.txt"),  # a combining accent goes
    ],
)
def test_names_are_normalised_to_a_safe_charset(name: str, safe: str) -> None:
    assert corpus_files.sanitise_file_name(name) == safe


@pytest.mark.parametrize(
    "name",
    [
        "../../etc/passwd.txt",
        "..\\x.pdf",
        "/abs.txt",
        "C:\\Windows\\x.txt",
        "C:x.txt",
        "kramfors/ny.txt",
        "a\uff0fb.txt",  # a fullwidth solidus turns into "/" under NFKC
        "..txt",
        "a..b.txt",
        ".dold.txt",
        "nul\x00.txt",
        "",
        "README.md",
        "---.txt",
    ],
)
def test_unsafe_names_are_refused(name: str) -> None:
    with pytest.raises(UnsafeFileNameError):
        corpus_files.sanitise_file_name(name)


@pytest.mark.parametrize("name", ["virus.exe", "x.doc", "noter", "x.txt.meta.yaml", "a.yaml"])
def test_unsupported_types_are_refused(name: str) -> None:
    with pytest.raises(UnsupportedTypeError) as caught:
        corpus_files.sanitise_file_name(name)
    assert ".pdf" in caught.value.detail  # the message lists what is accepted


def test_target_is_the_municipality_slug_folder(corpus: Path) -> None:
    assert corpus_files.target_path(corpus, "Upplands Väsby", "x.txt") == (
        corpus / "upplands-vasby" / "x.txt"
    )
    assert corpus_files.target_path(corpus, "malmö stad", "x.txt") == corpus / "malmo" / "x.txt"
    with pytest.raises(UnknownMunicipalityError):
        corpus_files.target_path(corpus, "Atlantis", "x.txt")


# -- uploads ----------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["../../etc/passwd.txt", "..\\x.pdf", "/abs.txt"])
def test_path_traversal_uploads_write_nothing(corpus: Path, tmp_path: Path, name: str) -> None:
    before = _files(tmp_path)
    with pytest.raises(UnsafeFileNameError) as caught:
        uploads.save_upload(corpus, "Uddevalla", name, TEXT, limits=LIMITS)
    assert caught.value.name == name  # the message names the file
    assert _files(tmp_path) == before
    assert not (corpus / "uddevalla").exists()


def test_oversized_upload_writes_nothing(corpus: Path, tmp_path: Path) -> None:
    before = _files(tmp_path)
    with pytest.raises(FileTooLargeError) as caught:
        uploads.save_upload(
            corpus, "Uddevalla", "stor.txt", b"x" * 101, limits=LoadLimits(100, MB, 1_000_000)
        )
    assert caught.value.name == "stor.txt"
    assert _files(tmp_path) == before
    # The same check without the bytes in hand (the page checks the size first).
    with pytest.raises(FileTooLargeError):
        uploads.check_upload(corpus, "Uddevalla", "stor.txt", 26 * MB, 25 * MB)


def test_unreadable_and_empty_uploads_write_nothing(corpus: Path, tmp_path: Path) -> None:
    before = _files(tmp_path)
    with pytest.raises(UnreadableUploadError) as caught:
        uploads.save_upload(corpus, "Lund", "trasig.pdf", b"%PDF-1.4 garbage", limits=LIMITS)
    assert caught.value.name == "trasig.pdf" and caught.value.detail
    with pytest.raises(EmptyUploadError):
        uploads.save_upload(corpus, "Lund", "tom.txt", b"", limits=LIMITS)
    with pytest.raises(UnreadableUploadError):
        uploads.save_upload(corpus, "Lund", "blank.txt", b"  \n\n ", limits=LIMITS)
    assert _files(tmp_path) == before


def test_upload_writes_file_and_sidecar(corpus: Path) -> None:
    saved = uploads.save_upload(
        corpus,
        "uddevalla",
        "IOP i Uddevalla.txt",
        TEXT,
        limits=LIMITS,
        metadata={"title": "IOP: så går det till", "date": "2024-05-02"},
    )
    assert saved.rel == "uddevalla/iop-i-uddevalla.txt"
    assert saved.path.read_bytes() == TEXT
    assert not saved.replaced
    assert read_sidecar(saved.path) == {
        "municipality": "Uddevalla",
        "title": "IOP: så går det till",
        "date": "2024-05-02",
    }
    leftovers = [p for p in corpus.rglob(".*")]
    assert leftovers == []  # no temporary files stay behind


def test_a_taken_name_is_refused_unless_replacing(corpus: Path) -> None:
    first = uploads.save_upload(
        corpus, "Uddevalla", "iop.txt", TEXT, limits=LIMITS, metadata={"doc_type": "riktlinje"}
    )
    newer = TEXT + "Ny mening om uppföljning varje år.\n".encode()
    with pytest.raises(NameTakenError) as caught:
        uploads.save_upload(corpus, "Uddevalla", "IOP.txt", newer, limits=LIMITS)
    assert caught.value.name == "iop.txt"
    assert first.path.read_bytes() == TEXT  # untouched
    again = uploads.save_upload(corpus, "Uddevalla", "IOP.txt", newer, limits=LIMITS, replace=True)
    assert again.replaced and again.path == first.path
    assert first.path.read_bytes() == newer
    assert read_sidecar(first.path)["doc_type"] == "riktlinje"  # earlier metadata kept


def test_invalid_upload_metadata_names_the_field_and_writes_nothing(
    corpus: Path, tmp_path: Path
) -> None:
    before = _files(tmp_path)
    with pytest.raises(InvalidMetadataError) as caught:
        uploads.save_upload(
            corpus, "Uddevalla", "iop.txt", TEXT, limits=LIMITS, metadata={"date": "2 maj"}
        )
    assert caught.value.field == "date"
    assert _files(tmp_path) == before


# -- sidecars ---------------------------------------------------------------------------
def test_write_sidecar_round_trips_through_the_ingest_rules(corpus: Path) -> None:
    rel = "kramfors/befintlig.txt"
    sidecars.write_sidecar(
        corpus,
        rel,
        {
            "municipality": "kramfors kommun",
            "title": "Nej",  # YAML 1.1 would read this as false
            "doc_type": "Riktlinje",
            "date": None,  # the document has no date
            "source_url": "",  # not set: left out
        },
    )
    path = corpus / rel
    assert read_sidecar(path) == {
        "municipality": "Kramfors",
        "title": "Nej",
        "doc_type": "riktlinje",
        "date": None,
    }
    assert sidecars.read_metadata(corpus, rel) == read_sidecar(path)


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"date": "2023-13-01"}, "date"),
        ({"date": "igår"}, "date"),
        ({"municipality": "Atlantis"}, "municipality"),
        ({"doc_type": "roman"}, "doc_type"),
        ({"source_url": "ftp://x.se/a"}, "source_url"),
        ({"title": "två\nrader"}, "title"),
        ({"author": "Anna"}, "author"),
    ],
)
def test_invalid_sidecar_values_name_the_field_and_keep_the_old(
    corpus: Path, values: dict[str, str], field: str
) -> None:
    rel = "kramfors/befintlig.txt"
    sidecars.write_sidecar(corpus, rel, {"title": "Gammal titel"})
    sidecar = corpus / (rel + ".meta.yaml")
    old = sidecar.read_bytes()
    with pytest.raises(InvalidMetadataError) as caught:
        sidecars.write_sidecar(corpus, rel, values)
    assert caught.value.field == field
    assert sidecar.read_bytes() == old


def test_sidecar_of_a_missing_or_outside_document_is_refused(corpus: Path) -> None:
    with pytest.raises(NotInCorpusError):
        sidecars.write_sidecar(corpus, "kramfors/finns-inte.txt", {"title": "x"})
    with pytest.raises(NotInCorpusError):
        sidecars.write_sidecar(corpus, "../utanfor.txt", {"title": "x"})
    assert not (corpus.parent / "utanfor.txt.meta.yaml").exists()


# -- deletion ---------------------------------------------------------------------------
def test_delete_removes_the_file_and_its_sidecar(corpus: Path) -> None:
    saved = uploads.save_upload(corpus, "Uddevalla", "iop.txt", TEXT, limits=LIMITS)
    deleted = corpus_files.delete_document(corpus, saved.rel)
    assert {p.name for p in deleted} == {"iop.txt", "iop.txt.meta.yaml"}
    assert list((corpus / "uddevalla").iterdir()) == []
    with pytest.raises(NotInCorpusError):
        corpus_files.delete_document(corpus, saved.rel)  # already gone


@pytest.mark.parametrize(
    "rel",
    [
        "../corpus-syskon/x.txt",
        "/etc/passwd.txt",
        "kramfors/../../x.txt",
        "kramfors/befintlig.txt.meta.yaml",
        "kramfors/.dold.txt",
        "",
    ],
)
def test_delete_refuses_anything_but_a_corpus_document(
    corpus: Path, tmp_path: Path, rel: str
) -> None:
    sibling = tmp_path / "corpus-syskon"
    sibling.mkdir()
    (sibling / "x.txt").write_text("x", "utf-8")
    before = _files(tmp_path)
    with pytest.raises(NotInCorpusError):
        corpus_files.delete_document(corpus, rel)
    assert _files(tmp_path) == before


def test_a_symlink_out_of_the_corpus_is_not_followed(corpus: Path, tmp_path: Path) -> None:
    outside = tmp_path / "hemligt"
    outside.mkdir()
    (outside / "x.txt").write_text("hemligt", "utf-8")
    os.symlink(outside, corpus / "uddevalla")
    with pytest.raises(NotInCorpusError):
        corpus_files.delete_document(corpus, "uddevalla/x.txt")
    with pytest.raises(UnsafeFileNameError):
        uploads.save_upload(corpus, "Uddevalla", "y.txt", TEXT, limits=LIMITS)
    assert sorted(p.name for p in outside.iterdir()) == ["x.txt"]


# -- overview ---------------------------------------------------------------------------
def test_overview_shows_index_state_per_file(corpus: Path, tmp_path: Path) -> None:
    settings = make_settings(tmp_path, corpus)
    uploads.save_upload(corpus, "Uddevalla", "iop.txt", TEXT, limits=LIMITS)
    assert {r.source: r.state for r in document_status.document_overview(settings)} == {
        "kramfors/befintlig.txt": "new",
        "uddevalla/iop.txt": "new",
    }
    assert not settings.index_path.exists()  # looking creates no index

    assert Indexer(settings).run().ok
    rows = {r.source: r for r in document_status.document_overview(settings)}
    assert {s: r.state for s, r in rows.items()} == {
        "kramfors/befintlig.txt": "indexed",
        "uddevalla/iop.txt": "indexed",
    }
    assert rows["uddevalla/iop.txt"].municipality == "Uddevalla"
    assert rows["uddevalla/iop.txt"].chunks and rows["uddevalla/iop.txt"].indexed_at

    sidecars.write_sidecar(corpus, "kramfors/befintlig.txt", {"title": "Ny titel"})
    corpus_files.delete_document(corpus, "uddevalla/iop.txt")
    (corpus / "lund").mkdir()
    (corpus / "lund" / "trasig.pdf").write_bytes(b"%PDF-1.4 not really")
    states = {r.source: r.state for r in document_status.document_overview(settings)}
    assert states == {
        "kramfors/befintlig.txt": "changed",
        "uddevalla/iop.txt": "removed",
        "lund/trasig.pdf": "new",
    }

    Indexer(settings).run()
    rows = {r.source: r for r in document_status.document_overview(settings)}
    assert set(rows) == {"kramfors/befintlig.txt", "lund/trasig.pdf"}
    assert rows["kramfors/befintlig.txt"].title == "Ny titel"
    assert rows["lund/trasig.pdf"].state == "failed"
    assert rows["lund/trasig.pdf"].error  # the ingest's reason, shown on the page
    assert rows["lund/trasig.pdf"].municipality == "Lund"


def test_sidecar_yaml_is_plain(corpus: Path) -> None:
    sidecars.write_sidecar(corpus, "kramfors/befintlig.txt", {"title": "Å: ö"})
    text = (corpus / "kramfors" / "befintlig.txt.meta.yaml").read_text("utf-8")
    assert yaml.safe_load(text) == {"title": "Å: ö"}
    assert "Å" in text  # readable for staff, not \\u escapes
