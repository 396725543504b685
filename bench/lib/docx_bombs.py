"""Word files that balloon once read, for bench/attacks.py and tests/test_attacks_zip.py:
a ZIP bomb (document.xml of a gigabyte) and a table column merged down hundreds of rows
(one huge cell that comes back on every row)."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable
from pathlib import Path

import docx

_PARAGRAPH = (
    "<w:p><w:r><w:t>Lunds kommun ingår idéburet offentligt partnerskap med föreningar "
    "inom ofrivillig ensamhet.</w:t></w:r></w:p>"
).encode()


def docx_with_body(path: Path, body: Iterable[bytes], compression: int, size: int) -> None:
    """A .docx of python-docx's template whose ``<w:body>`` starts with ``body``, streamed
    into the ZIP in pieces (``size``: about how many bytes, for the ZIP64 choice)."""
    template = io.BytesIO()
    docx.Document().save(template)
    with zipfile.ZipFile(template) as source, zipfile.ZipFile(path, "w") as target:
        for info in source.infolist():
            if info.filename != "word/document.xml":
                target.writestr(info.filename, source.read(info), zipfile.ZIP_DEFLATED)
                continue
            head, marker, tail = source.read(info).partition(b"<w:body>")
            member = zipfile.ZipInfo(info.filename, date_time=info.date_time)
            member.compress_type = compression
            with target.open(member, "w", force_zip64=size > 2**31 - 2**20) as out:
                out.write(head + marker)
                for piece in body:
                    out.write(piece)
                out.write(tail)


def docx_zip_bomb(path: Path, unpacked: int, compression: int = zipfile.ZIP_LZMA) -> None:
    """A .docx whose document.xml is ``unpacked`` bytes of one repeated paragraph. LZMA
    (which ``zipfile`` reads) packs a gigabyte into about 150 KB; deflate, what Word
    writes, into about 3.4 MB."""
    count = unpacked // len(_PARAGRAPH)
    block = _PARAGRAPH * 10_000
    pieces = [block] * (count // 10_000) + [_PARAGRAPH * (count % 10_000)]
    docx_with_body(path, pieces, compression, unpacked)


def docx_merged_cells(path: Path, cell_chars: int, rows: int) -> None:
    """A .docx of one table column merged down ``rows`` rows: its one cell of
    ``cell_chars`` characters comes back once per row (``rows * cell_chars`` characters
    of text) from a file of a few dozen kilobytes."""
    sentence = "Lunds kommun ingår idéburet offentligt partnerskap. "
    text = (sentence * (cell_chars // len(sentence) + 1))[:cell_chars]
    top = (
        '<w:tbl><w:tblGrid><w:gridCol w:w="9000"/></w:tblGrid><w:tr><w:tc><w:tcPr>'
        f'<w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>'
        "</w:tr>"
    ).encode()
    below = b"<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc></w:tr>" * (rows - 1)
    docx_with_body(path, [top, below, b"</w:tbl><w:p/>"], zipfile.ZIP_DEFLATED, len(text))
