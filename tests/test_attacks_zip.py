"""Files that balloon once read: a .docx zip bomb, a table merged down hundreds of rows,
text over the limit in any format. Reduced forms of bench/attacks.py (docs/reliability.md):
each fails fast with a plain reason, stores nothing, and the other files are indexed."""

from __future__ import annotations

import struct
import time
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import docx
import pytest
from builders import make_docx, make_pdf
from conftest import live_catalog, make_settings

from assistant.core.settings import LoadLimits
from assistant.index.embeddings import HashEmbeddings
from ingest.errors import CorruptFileError, FileTooLargeError, TextTooLongError
from ingest.loaders import load
from ingest.pipeline import Indexer

MIB = 1024 * 1024
LIMITS = LoadLimits(max_bytes=25 * MIB, max_unpacked_bytes=10 * MIB, max_text_chars=200_000)


@pytest.fixture
def zip_bomb(tmp_path: Path, attacks: Any) -> Path:
    """A .docx of 40 MB of Word XML, deflated to about 0.2 MB as Word would."""
    path = tmp_path / "bomb.docx"
    attacks.docx_zip_bomb(path, 40 * MIB, zipfile.ZIP_DEFLATED)
    assert path.stat().st_size < 300_000
    return path


def test_a_docx_zip_bomb_is_refused_before_it_is_unpacked(
    zip_bomb: Path, measured: Callable[[], tuple[float, int]]
) -> None:
    with pytest.raises(FileTooLargeError) as caught:
        load(zip_bomb, LIMITS)
    assert caught.value.reason == (
        ".docx file unpacks to 40.8 MB, over the 10 MB limit (max_unpacked_mb)"
    )
    seconds, peak = measured()
    assert seconds < 1.0
    assert peak < 3 * MIB, f"{peak:,} bytes allocated"


def test_a_zip_directory_that_understates_the_size_gets_a_damaged_file_not_a_bomb(
    zip_bomb: Path, measured: Callable[[], tuple[float, int]]
) -> None:
    """A directory that understates document.xml's size, with the CRC of just that much
    so that zipfile's own check passes, slips under the unpacked-size limit. ZipFile.read,
    as python-docx calls it, would inflate all 40 MB before cutting; the bounded read
    stops at the declared size, and python-docx gets a cut-off XML part."""
    with zipfile.ZipFile(zip_bomb) as archive, archive.open("word/document.xml") as xml:
        prefix = xml.read(100_000)
    data = bytearray(zip_bomb.read_bytes())
    entry = data.index(b"PK\x01\x02")  # the first central directory entry
    lied = 0
    while entry != -1:
        name_length = struct.unpack_from("<H", data, entry + 28)[0]
        if data[entry + 46 : entry + 46 + name_length] == b"word/document.xml":
            struct.pack_into("<I", data, entry + 16, zlib.crc32(prefix))
            struct.pack_into("<I", data, entry + 24, len(prefix))  # uncompressed size
            lied += 1
        entry = data.find(b"PK\x01\x02", entry + 4)
    assert lied == 1
    zip_bomb.write_bytes(bytes(data))
    with zipfile.ZipFile(zip_bomb) as archive:
        assert sum(info.file_size for info in archive.infolist()) < LIMITS.max_unpacked_bytes
    with pytest.raises(CorruptFileError):
        load(zip_bomb, LIMITS)
    seconds, peak = measured()
    assert seconds < 1.0
    assert peak < 3 * MIB, f"{peak:,} bytes allocated"


def test_a_column_merged_down_the_rows_stops_at_the_text_limit(
    tmp_path: Path, attacks: Any, measured: Callable[[], tuple[float, int]]
) -> None:
    """One 100,000-character cell merged down 300 rows is 30 million characters of text
    from a file of a few dozen kilobytes; reading stops on the row that passes the limit."""
    bomb = tmp_path / "celler.docx"
    attacks.docx_merged_cells(bomb, 100_000, 300)
    assert bomb.stat().st_size < 60_000
    with pytest.raises(TextTooLongError) as caught:
        load(bomb, LIMITS)
    assert caught.value.reason == (
        "text is over the 200,000 character limit (max_text_chars); reading stopped at table row 3"
    )
    seconds, peak = measured()
    assert seconds < 1.0
    assert peak < 20 * MIB, f"{peak:,} bytes allocated"


def test_a_long_vertical_merge_is_read_in_one_pass(tmp_path: Path, attacks: Any) -> None:
    """python-docx's ``row.cells`` climbs to the top of a merge for every row: 900 rows
    took 43 s, and about 990 ended in a RecursionError ("damaged file")."""
    table = tmp_path / "lang.docx"
    attacks.docx_merged_cells(table, 40, 1_500)
    started = time.monotonic()
    text = load(table, LIMITS).text
    assert time.monotonic() - started < 2.0
    assert text.count("| Lunds kommun ingår idéburet offentligt p |") == 1_500


def test_merged_cells_read_as_python_docx_reads_them(tmp_path: Path) -> None:
    document = docx.Document()
    grid = document.add_table(rows=4, cols=3)
    for row in range(4):
        for column in range(3):
            grid.cell(row, column).text = f"r{row}c{column}"
    grid.cell(0, 0).merge(grid.cell(2, 0))  # down three rows
    grid.cell(1, 1).merge(grid.cell(1, 2))  # across two columns
    grid.cell(3, 1).merge(grid.cell(3, 2))
    path = tmp_path / "sammanslagen.docx"
    document.save(str(path))

    expected = []
    for row in docx.Document(str(path)).tables[0].rows:
        cells, seen = [], set()
        for cell in row.cells:
            if id(cell._tc) not in seen:
                seen.add(id(cell._tc))
                cells.append(" ".join(cell.text.split()))
        expected.append("| " + " | ".join(cells) + " |")
    assert expected[1].startswith("| r0c0 r1c0 r2c0 | r1c1 r1c2 |")  # the merge repeats
    assert load(path, LIMITS).text.splitlines() == expected


@pytest.mark.parametrize(
    ("name", "head"), [("lang.txt", ""), ("lang.md", "---\ntitle: Lång\n---\n# Lång\n\n")]
)
def test_text_over_the_limit_fails_in_any_format(tmp_path: Path, name: str, head: str) -> None:
    path = tmp_path / name
    path.write_text(head + "Lunds kommun ingår partnerskap.\n" * 200, "utf-8")
    with pytest.raises(TextTooLongError) as caught:
        load(path, replace(LIMITS, max_text_chars=5_000))
    assert caught.value.code == "too_much_text"
    assert caught.value.reason.endswith(
        " characters, over the 5,000 character limit (max_text_chars)"
    )
    assert load(path, replace(LIMITS, max_text_chars=10_000)).text


def test_a_pdf_stops_reading_at_the_page_that_passes_the_limit(tmp_path: Path) -> None:
    paragraph = "Föreningen bidrar med egna resurser till partnerskapet. " * 20
    pdf = make_pdf(tmp_path / "lang.pdf", [[paragraph] * 3 for _ in range(30)])
    with pytest.raises(TextTooLongError) as caught:
        load(pdf, replace(LIMITS, max_text_chars=8_000))
    assert caught.value.reason.endswith("; reading stopped at page 3")


def test_the_ingest_reports_the_bomb_keeps_its_old_version_and_indexes_the_rest(
    tmp_path: Path, attacks: Any
) -> None:
    settings = make_settings(tmp_path, max_unpacked_mb=10, max_text_chars=200_000)
    corpus = settings.corpus_dir
    (corpus / "lund").mkdir(parents=True)
    make_docx(corpus / "lund" / "riktlinjer.docx", title="Riktlinjer IOP")
    indexer = Indexer(settings, HashEmbeddings())
    first = indexer.run()
    assert first.added == ["lund/riktlinjer.docx"]
    catalog = live_catalog(settings)
    old = catalog.document("lund/riktlinjer.docx")
    assert old is not None and old.chunk_count > 0
    old_chunks = sorted(c.chunk_id for c in catalog.all_chunks())
    catalog.close()

    attacks.docx_zip_bomb(corpus / "lund" / "riktlinjer.docx", 40 * MIB, zipfile.ZIP_DEFLATED)
    attacks.docx_merged_cells(corpus / "lund" / "celler.docx", 100_000, 300)
    (corpus / "lund" / "lund-iop.txt").write_text(
        "Idéburet offentligt partnerskap i Lunds kommun.\n\nFöreningen bidrar.\n", "utf-8"
    )
    started = time.monotonic()
    report = indexer.run()
    assert time.monotonic() - started < 4.0
    assert report.added == ["lund/lund-iop.txt"]
    assert {(f.path, f.code) for f in report.failed} == {
        ("lund/riktlinjer.docx", "too_large"),
        ("lund/celler.docx", "too_much_text"),
    }
    assert all("limit" in f.error and "\n" not in f.error for f in report.failed)
    catalog = live_catalog(settings)
    assert catalog.document("lund/celler.docx") is None
    kept = catalog.document("lund/riktlinjer.docx")
    assert kept is not None and kept.sha256 == old.sha256  # the last good version answers
    assert set(old_chunks) <= {c.chunk_id for c in catalog.all_chunks()}
    catalog.close()


def test_the_limits_come_from_the_settings(tmp_path: Path) -> None:
    limits = make_settings(tmp_path, max_file_size_mb=2, max_unpacked_mb=1.5).load_limits
    assert limits == LoadLimits(2 * MIB, int(1.5 * MIB), 2_000_000)
