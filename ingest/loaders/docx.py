"""Word (.docx) loader: headings, list items and table rows in document order."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator

import docx
from docx.document import Document
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from assistant.core.documents import LoadedDocument, PageText
from assistant.core.settings import LoadLimits
from ingest.errors import CorruptFileError, FileTooLargeError
from ingest.loaders.budget import TextBudget

NOT_A_DOCX = "not a valid .docx file (not a ZIP/Word document)"
_HEADING_STYLE = re.compile(r"^(?:heading|rubrik)\s*(\d)$", re.IGNORECASE)
_TITLE_STYLES = frozenset({"title", "rubrik"})
_BULLET_STYLE = re.compile(r"bullet|punkt", re.IGNORECASE)
_LIST_STYLE = re.compile(r"^(?:list (?:bullet|number)|punktlista|numrerad lista)", re.IGNORECASE)
_CONTAINERS = frozenset({qn("w:sdt"), qn("w:sdtContent"), qn("w:customXml")})
_READ_PIECE = 1024 * 1024
_PLACEHOLDER_TITLES = frozenset({"word document", "document", "dokument", "untitled", "namnlös"})

# (numId, level) -> numFmt from the numbering part, e.g. ("3", 0) -> "bullet"
NumberFormats = dict[tuple[str, int], str]


def load_docx(data: bytes, limits: LoadLimits) -> LoadedDocument:
    """Read a .docx file into the light Markdown convention, as one page."""
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise CorruptFileError(NOT_A_DOCX)
    unpacked = unpacked_copy(data, limits.max_unpacked_bytes)
    try:
        document = docx.Document(unpacked)
    except Exception as error:  # python-docx surfaces zip, XML and package errors as-is
        raise CorruptFileError("not a valid .docx file (damaged or not a Word document)") from error
    text = "\n".join(_render(document, TextBudget(limits.max_text_chars)))
    title = _title(document.core_properties.title)
    return LoadedDocument(pages=(PageText(page=None, text=text.strip()),), title=title)


def unpacked_copy(data: bytes, max_bytes: int) -> io.BytesIO:
    """The ZIP re-packed without compression, refused when it unpacks to over ``max_bytes``.

    The sizes checked first are the central directory's. ``zipfile`` stops each member at
    its declared size, but ``ZipFile.read`` (what python-docx calls) inflates a member
    whole before cutting it there: a directory that understates a size would still unpack
    the bomb in memory. So every member is read here in pieces of at most 1 MB, and
    python-docx gets only what that read returned.
    """
    out = io.BytesIO()
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = [info for info in archive.infolist() if not info.is_dir()]
            declared = sum(info.file_size for info in members)
            if declared > max_bytes:
                raise FileTooLargeError(
                    f".docx file unpacks to {_mb(declared)} MB, over the {_mb(max_bytes)} MB "
                    "limit (max_unpacked_mb)"
                )
            with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as copy:
                for info in members:
                    content = bytearray()
                    with archive.open(info) as member:
                        while piece := member.read(_READ_PIECE):
                            content += piece
                    copy.writestr(info.filename, bytes(content))
    except FileTooLargeError:
        raise
    except Exception as error:  # bad CRC, unknown compression, encrypted member, bad header
        raise CorruptFileError("not a valid .docx file (damaged ZIP archive)") from error
    out.seek(0)
    return out


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):,.1f}".removesuffix(".0")


def _render(document: Document, budget: TextBudget) -> Iterator[str]:
    """Lines of the document; a blank line between blocks, none inside a list or table."""
    formats = _number_formats(document)
    counters: dict[tuple[str, int], int] = {}
    previous_kind = ""
    for block in _blocks(document):
        if isinstance(block, Table):
            lines, kind = _table_rows(block, budget), "table"
        else:
            line, kind = _paragraph_line(block, formats, counters)
            lines = [line] if line else []
        if not lines:
            continue
        if kind != "table":
            budget.spend(lines[0], "a paragraph")
        if previous_kind and not (kind == previous_kind and kind in ("list", "table")):
            yield ""
        yield from lines
        previous_kind = kind


def _blocks(document: Document) -> Iterator[Paragraph | Table]:
    """Body paragraphs and tables in order, including those wrapped in content controls."""
    body = document._body

    def walk(element: BaseOxmlElement) -> Iterator[Paragraph | Table]:
        for child in element.iterchildren():
            if child.tag == qn("w:p"):
                yield Paragraph(child, body)
            elif child.tag == qn("w:tbl"):
                yield Table(child, body)
            elif child.tag in _CONTAINERS:
                yield from walk(child)

    return walk(document.element.body)


def _paragraph_line(
    paragraph: Paragraph, formats: NumberFormats, counters: dict[tuple[str, int], int]
) -> tuple[str, str]:
    # Manual line breaks (Shift+Enter) stay inside plain paragraphs: contact cards use them.
    broken_lines = [" ".join(line.split()) for line in paragraph.text.split("\n")]
    text = " ".join(line for line in broken_lines if line)
    if not text:
        return "", ""
    style = _style_name(paragraph)
    heading = _HEADING_STYLE.match(style)
    if heading:
        return "#" * max(1, min(int(heading[1]), 6)) + " " + text, "heading"
    if style.lower() in _TITLE_STYLES:
        return "# " + text, "heading"
    numbering = _numbering(paragraph)
    if numbering is None and _LIST_STYLE.match(style):
        numbering = (style, 0)
    if numbering is None:
        return "\n".join(line for line in broken_lines if line), "paragraph"
    fmt = formats.get(numbering) or ("bullet" if _BULLET_STYLE.search(style) else "decimal")
    if fmt in ("bullet", "none"):
        return "- " + text, "list"
    return f"{_next_number(counters, numbering)}. {text}", "list"


def _next_number(counters: dict[tuple[str, int], int], key: tuple[str, int]) -> int:
    num_id, level = key
    for deeper in [k for k in counters if k[0] == num_id and k[1] > level]:
        del counters[deeper]  # a shallower item restarts the numbering of sub-items
    counters[key] = counters.get(key, 0) + 1
    return counters[key]


def _numbering(paragraph: Paragraph) -> tuple[str, int] | None:
    """(numId, level) from the paragraph or its style chain; None when it is not a list item."""
    properties = [paragraph._p.pPr]
    style = paragraph.style
    while style is not None:
        properties.append(style.element.pPr)
        style = style.base_style
    for p_pr in properties:
        num_pr = p_pr.find(qn("w:numPr")) if p_pr is not None else None
        if num_pr is not None:
            num_id = _val(num_pr.find(qn("w:numId")))
            if num_id in (None, "0"):
                return None  # numId 0 means "numbering switched off"
            level = _val(num_pr.find(qn("w:ilvl")))
            return str(num_id), int(level) if level and level.isdigit() else 0
    return None


def _val(element: BaseOxmlElement | None) -> str | None:
    return element.get(qn("w:val")) if element is not None else None


def _number_formats(document: Document) -> NumberFormats:
    try:
        numbering = document.part.numbering_part.element
    except (KeyError, NotImplementedError):
        return {}
    abstract_formats: dict[str, dict[int, str]] = {}
    for abstract in numbering.findall(qn("w:abstractNum")):
        levels: dict[int, str] = {}
        for lvl in abstract.findall(qn("w:lvl")):
            fmt = lvl.find(qn("w:numFmt"))
            if fmt is not None:
                level = lvl.get(qn("w:ilvl"), "0")
                if level.isdigit():
                    levels[int(level)] = fmt.get(qn("w:val"), "decimal")
        abstract_formats[abstract.get(qn("w:abstractNumId"), "")] = levels
    formats: NumberFormats = {}
    for num in numbering.findall(qn("w:num")):
        abstract_id = num.find(qn("w:abstractNumId"))
        if abstract_id is None:
            continue
        for level, fmt in abstract_formats.get(abstract_id.get(qn("w:val"), ""), {}).items():
            formats[(num.get(qn("w:numId"), ""), level)] = fmt
    return formats


def _table_rows(table: Table, budget: TextBudget) -> list[str]:
    """A table's rows as "| a | b |" lines, a merged cell's text once per row it spans.

    Read from the XML in one pass: python-docx's ``row.cells`` walks up to the top of a
    vertical merge for every row, so a column merged down 900 rows took 43 s (and over
    about 990 rows, a RecursionError). The budget is spent cell by cell, since a merged
    cell's text comes back on every row of its span.
    """
    rows: list[str] = []
    above: dict[int, str] = {}  # grid column -> the text a vertical merge there continues
    for number, tr in enumerate(table._tbl.tr_lst, 1):
        cells: list[str] = []
        column = tr.grid_before
        for tc in tr.tc_lst:
            if tc.vMerge == "continue":
                text = above.get(column, "")
            else:
                text = " ".join(_Cell(tc, table).text.split()).replace("|", "/")
            for offset in range(tc.grid_span):
                above[column + offset] = text
            column += tc.grid_span
            budget.spend(text, f"table row {number}")
            cells.append(text)
        if any(cells):
            rows.append("| " + " | ".join(cells) + " |")
    return rows


def _style_name(paragraph: Paragraph) -> str:
    style = paragraph.style
    return (style.name or "") if style is not None else ""


def _title(raw: str | None) -> str | None:
    title = " ".join((raw or "").split())
    if len(title) < 3 or title.lower() in _PLACEHOLDER_TITLES:
        return None
    return title
