"""PDF loader: text per page, without running headers, footers and page numbers."""

from __future__ import annotations

import io
import itertools
import logging
import math
import re
import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import pdfplumber
import pypdf
from pypdf import errors as pypdf_errors

from assistant.core.documents import LoadedDocument, PageText
from assistant.core.settings import LoadLimits
from assistant.core.swedish.sentences import sentence_spans
from ingest.clean import join_broken_lines, normalise_list_markers
from ingest.errors import CorruptFileError, EncryptedFileError, IngestError, NoTextLayerError
from ingest.loaders.budget import TextBudget
from ingest.loaders.running import decision_lines, switchboard_parts

# Keep pypdf's warnings about damaged files off the console unless the application logs them.
logging.getLogger("pypdf").addHandler(logging.NullHandler())

NO_TEXT_LAYER = "PDF has no text layer — needs OCR"
NO_FONT_TEXT = "PDF text cannot be extracted (damaged content or fonts without a text mapping)"
ENCRYPTED = "PDF is encrypted (password protected)"

_EDGE_LINES = 3  # running headers and footers live in the first and last lines of a page
_PAGE_NUMBER = re.compile(
    r"(?:(?:sida|page|s\.)\s*\d+(?:\s*(?:av|of|/)\s*\d+|\s*\(\s*\d+\s*\))?"
    r"|\d+\s*\(\s*\d+\s*\)|[-–—]\s*\d+\s*[-–—]|\d+\s*(?:/|av|of)\s*\d+)",
    re.IGNORECASE,
)
_HEADING_SIZE_RATIO = 1.15
_PARAGRAPH_GAP_RATIO = 1.45
_MIN_WRAP_WIDTH = 40
_MAX_HEADING_LEVEL = 4
_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)
_FILE_NAME = re.compile(r"\.(?:docx?|pdf|odt|rtf|pptx?|xlsx?|indd|txt)$", re.IGNORECASE)
_PLACEHOLDER_TITLE = re.compile(
    r"^(?:untitled|namnlös|document|dokument|presentation|microsoft word|powerpoint)\b",
    re.IGNORECASE,
)
_PDF_DATE = re.compile(r"(?:D:)?(\d{4})-?(\d{2})-?(\d{2})")


@dataclass
class _Line:
    """One extracted line with what the glyphs on it looked like."""

    text: str = ""
    size: float = 0.0  # largest rendered font size on the line, 0 when unknown
    bold: bool | None = None  # every run on the line in a bold font
    y: float | None = None  # baseline of the first run, in page units (up is larger)
    sizes: list[float] = field(default_factory=list)


def load_pdf(data: bytes, limits: LoadLimits) -> LoadedDocument:
    """Read a PDF; pages keep their 1-based numbers, empty pages are left out. Reading stops
    once the text is over the limit; pypdf caps each decompressed stream (75 MB) itself."""
    if b"%PDF-" not in data[:1024]:
        raise CorruptFileError("not a PDF file (no %PDF header)")
    try:
        return _read(data, TextBudget(limits.max_text_chars))
    except IngestError:
        raise
    except pypdf_errors.FileNotDecryptedError as error:
        raise EncryptedFileError(ENCRYPTED) from error
    except pypdf_errors.DependencyError as error:
        raise EncryptedFileError(
            "PDF is encrypted with AES, which needs the 'cryptography' package to open"
        ) from error
    except Exception as error:  # pypdf raises many types on damaged files; all mean "damaged"
        raise CorruptFileError(_damage_reason(data)) from error


def _read(data: bytes, budget: TextBudget) -> LoadedDocument:
    reader = pypdf.PdfReader(io.BytesIO(data))
    if reader.is_encrypted and reader.decrypt("") == pypdf.PasswordType.NOT_DECRYPTED:
        raise EncryptedFileError(ENCRYPTED)
    raw_pages: list[list[_Line]] = []
    unreadable: list[int] = []
    with _RuledTables(data) as tables:
        for number, page in enumerate(reader.pages, 1):
            try:
                lines = _page_lines(page, budget, number)
                # Only a page read within the text budget is laid out for its tables.
                found = tables.on(page, number)
                raw_pages.append(_with_tables(lines, found))
            except IngestError:
                raise
            except Exception:  # one damaged page should not cost the document its others
                raw_pages.append([])
                unreadable.append(number)
    if len(unreadable) == len(raw_pages):
        raise CorruptFileError("PDF is damaged and no page could be read")
    if not any(line.text.strip() for lines in raw_pages for line in lines):
        raise NoTextLayerError(NO_FONT_TEXT if _uses_fonts(reader) else NO_TEXT_LAYER)
    pages, running = _without_running_lines(raw_pages)
    texts = _with_running_facts(_across_pages(_page_texts(pages)), running)
    metadata = _metadata(reader)
    if unreadable:
        metadata["unreadable_pages"] = ", ".join(map(str, unreadable))
    return LoadedDocument(
        pages=tuple(PageText(page=n, text=text) for n, text in enumerate(texts, 1) if text),
        title=_title(reader),
        metadata=metadata,
    )


def _uses_fonts(reader: pypdf.PdfReader) -> bool:
    """Whether any page declares a font, i.e. was meant to carry text rather than a scan."""
    for page in reader.pages:
        resources = _resolve(page.get("/Resources"))
        if isinstance(resources, dict) and resources.get("/Font"):
            return True
    return False


def _damage_reason(data: bytes) -> str:
    if b"%%EOF" not in data[-2048:]:
        return "PDF is damaged or truncated (the end of the file is missing)"
    return "PDF is damaged and could not be read"


# --- Reading lines with their font sizes -------------------------------------------------


def _page_lines(page: pypdf.PageObject, budget: TextBudget, number: int) -> list[_Line]:
    """The page's lines as pypdf extracts them, each with font size, boldness and position."""
    lines = [_Line()]

    def visit(text: Any, cm: Any, tm: Any, font: Any, font_size: Any) -> None:
        if not isinstance(text, str):
            return
        budget.spend(text, f"page {number}")
        matrix = _multiply(tm, cm)
        size = _as_float(font_size) * math.hypot(matrix[2], matrix[3])
        for index, piece in enumerate(text.split("\n")):
            if index:
                lines.append(_Line())
            _add_piece(lines[-1], piece, size, _is_bold(font), matrix[5])

    page.extract_text(visitor_text=visit)
    return [line for line in lines if line.text.strip()]


# --- Tables ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Table:
    """A ruled table: its vertical span in the page's units (pypdf's: up is larger), and
    its rows' cells."""

    low: float
    high: float
    rows: tuple[tuple[str, ...], ...]


# Path operators of a page's content stream: a rectangle, a line's start and end.
_PATH_OPERATOR = re.compile(rb"(?<![A-Za-z])(?:re|l|m)(?![A-Za-z])")
_RULES = 4  # a grid of rules needs at least this many paths; one rule under a title is none


def _draws_rules(page: pypdf.PageObject) -> bool:
    """Whether the page draws enough rules to hold a table. Finding tables lays a page out
    in full (about 45 ms a page); reading its content stream takes well under 1."""
    try:
        contents = page.get_contents()
        data = contents.get_data() if contents is not None else b""
    except Exception:  # a page pypdf cannot decode has no table for us either
        return False
    return len(_PATH_OPERATOR.findall(data)) >= _RULES


class _RuledTables:
    """The tables drawn with rules on a PDF's pages, as pdfplumber finds them. pypdf gives
    a table back line by line, its cells' wrapped lines interleaved; a table is read best
    as the grid it is drawn as. pdfplumber opens the file only for the first page that
    draws rules; a PDF it cannot read keeps pypdf's text."""

    def __init__(self, data: bytes) -> None:
        self._data = data
        self._pdf: Any = None
        self._failed = False

    def __enter__(self) -> _RuledTables:
        return self

    def __exit__(self, *_: object) -> None:
        if self._pdf is not None:
            self._pdf.close()

    def on(self, page: pypdf.PageObject, number: int) -> list[_Table]:
        if self._failed or not _draws_rules(page):
            return []
        try:
            if self._pdf is None:
                self._pdf = pdfplumber.open(io.BytesIO(self._data))
            laid_out = self._pdf.pages[number - 1]
            # pdfplumber measures from the page's top edge, pypdf up from its bottom.
            return _tables_of(laid_out, _as_float(page.mediabox.bottom) + float(laid_out.height))
        except Exception:  # a damaged PDF is judged by pypdf, which reads the text
            self._failed = True
            return []


def _tables_of(page: Any, top_edge: float) -> list[_Table]:
    found = []
    for table in page.find_tables():
        rows = tuple(cells for row in table.extract() if any(cells := tuple(map(_cell, row))))
        if len(rows) >= 2 and max(len(r) for r in rows) >= 2:
            _, top, _, bottom = table.bbox
            found.append(_Table(top_edge - bottom, top_edge - top, rows))
    return found


def _cell(text: str | None) -> str:
    return " ".join((text or "").split()).replace("|", "/")


_TABLE_SLACK = 2.0  # page units: a cell's baseline may sit on the table's bottom rule


def _with_tables(lines: list[_Line], tables: list[_Table]) -> list[_Line]:
    """The page's lines with each table's lines replaced by its rows, "| a | b |" (the
    form the other loaders give tables in), where the table begins."""
    if not tables:
        return lines
    out: list[_Line] = []
    placed: set[int] = set()
    for line in lines:
        inside = next(
            (
                i
                for i, t in enumerate(tables)
                if line.y is not None and t.low - _TABLE_SLACK <= line.y <= t.high + _TABLE_SLACK
            ),
            None,
        )
        if inside is None:
            out.append(line)
        elif inside not in placed:
            placed.add(inside)
            out += _table_lines(tables[inside])
    return out


def _table_lines(table: _Table) -> list[_Line]:
    width = max(len(row) for row in table.rows)
    rows = [list(row) + [""] * (width - len(row)) for row in table.rows]
    texts = ["| " + " | ".join(row) + " |" for row in rows]
    texts.insert(1, "|" + " --- |" * width)
    return [_Line(text=t) for t in texts]


def _add_piece(line: _Line, piece: str, size: float, bold: bool, y: float) -> None:
    line.text += piece
    if not piece.strip():
        return
    line.sizes.append(size)
    line.size = max(line.size, size)
    line.bold = bold if line.bold is None else line.bold and bold
    if line.y is None:
        line.y = y


def _multiply(tm: Any, cm: Any) -> list[float]:
    """Text matrix times current transformation matrix; identity where they are unusable."""
    try:
        a = [float(value) for value in tm[:6]]
        b = [float(value) for value in cm[:6]]
    except (TypeError, ValueError, IndexError):
        return [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]
    if len(a) < 6 or len(b) < 6:
        return [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]
    return [
        a[0] * b[0] + a[1] * b[2],
        a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2],
        a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4],
        a[4] * b[1] + a[5] * b[3] + b[5],
    ]


def _as_float(value: Any) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return 0.0
    return number if math.isfinite(number) else 0.0


def _is_bold(font: Any) -> bool:
    base_font = font.get("/BaseFont") if isinstance(font, dict) else None
    return bool(base_font) and bool(_BOLD_FONT.search(str(base_font)))


# --- Running headers, footers and page numbers ------------------------------------------


def _without_running_lines(pages: list[list[_Line]]) -> tuple[list[list[_Line]], list[str]]:
    """Drop page-number lines, and lines repeated at the top or bottom of most pages;
    also return the dropped running lines' texts (each once)."""
    pages = [[line for line in lines if not _is_page_number(line.text)] for lines in pages]
    with_text = [lines for lines in pages if lines]
    if len(with_text) < 2:
        return pages, []
    counts = Counter(
        signature
        for lines in with_text
        for signature in {_signature(line.text) for line in _edges(lines)}
    )
    running = {signature for signature, count in counts.items() if count > len(with_text) / 2}
    kept: list[list[_Line]] = []
    dropped: dict[str, None] = {}
    for lines in pages:
        kept.append([])
        for index, line in enumerate(lines):
            if _is_edge(index, len(lines)) and _signature(line.text) in running:
                dropped.setdefault(" ".join(line.text.split()))
            else:
                kept[-1].append(line)
    return kept, list(dropped)


def _across_pages(texts: list[str]) -> list[str]:
    """A sentence a page break cuts ("Redovisningen ska innehålla en" | "verksamhets-
    berättelse, en ekonomisk redovisning …") is read whole on the page it starts on: the
    rest of it, when the next page's first line continues it as a wrapped line would,
    moves back; the sentences after it stay on their page."""
    out = list(texts)
    for i in range(len(out) - 1):
        j = i + 1
        if not out[i].strip() or not out[j].strip():
            continue  # an empty or unreadable page between: nothing to join across
        last = out[i].rsplit("\n", 1)[-1]
        first, _, rest = out[j].partition("\n")
        spans = sentence_spans(first)
        end = spans[0][1] if spans else len(first)
        joined = join_broken_lines(f"{last}\n{first[:end]}")
        if "\n" not in joined:
            out[i] = out[i][: len(out[i]) - len(last)] + joined
            out[j] = "\n".join(part for part in (first[end:].strip(), rest) if part).strip()
    return out


def _with_running_facts(texts: list[str], running: list[str]) -> list[str]:
    """What the running lines say that the text needs, once: a meeting date before the
    first page's text, the switchboard after the last page's."""
    whole = "\n".join(texts)
    dated, board = decision_lines(running, whole), switchboard_parts(running, whole)
    filled = [i for i, text in enumerate(texts) if text.strip()]
    if not filled:
        return texts
    out = list(texts)
    if dated:
        out[filled[0]] = "\n".join(dated) + "\n\n" + out[filled[0]]
    if board:
        out[filled[-1]] = out[filled[-1]] + "\n\n" + "\n".join(board)
    return out


def _is_page_number(text: str) -> bool:
    return bool(_PAGE_NUMBER.fullmatch(text.strip()))


def _signature(text: str) -> str:
    """A line with its numbers blanked out, so "Sida 2" and "Sida 3" look the same."""
    return re.sub(r"\d+", "#", " ".join(text.split()).casefold())


def _edges(lines: Sequence[_Line]) -> list[_Line]:
    return [line for index, line in enumerate(lines) if _is_edge(index, len(lines))]


def _is_edge(index: int, count: int) -> bool:
    return index < _EDGE_LINES or index >= count - _EDGE_LINES


# --- From lines to the light Markdown convention ----------------------------------------


def _page_texts(pages: list[list[_Line]]) -> list[str]:
    all_lines = [line for lines in pages for line in lines]
    body_size = _body_size(all_lines)
    levels = _heading_levels(all_lines, body_size)
    line_gap = _typical_line_gap(pages, body_size)
    body_lengths = [len(line.text.strip()) for line in all_lines if _level(line, levels) == 0]
    wrap_width = max(body_lengths, default=0)
    width = wrap_width if wrap_width >= _MIN_WRAP_WIDTH else None
    return [_page_text(lines, levels, line_gap, width) for lines in pages]


def _page_text(
    lines: list[_Line], levels: _Headings | None, line_gap: float | None, width: int | None
) -> str:
    out: list[str] = []
    previous: _Line | None = None
    previous_level = 0
    for line in lines:
        text = " ".join(line.text.split())
        level = _level(line, levels) or _heading_goes_on(previous, previous_level, line)
        if level and level == previous_level and previous is not None and _close(previous, line):
            out[-2] += " " + text  # a heading wrapped over two lines
        elif level:
            out += ["", "#" * level + " " + text, ""]
        else:
            row, after_row = (
                text.startswith("|"),
                previous is not None and previous.text.startswith("|"),
            )
            if previous is not None and (
                _paragraph_break(previous, line, line_gap) or row != after_row
            ):
                out.append("")  # a table is a block of its own
            out.append(text)
        previous, previous_level = line, level
    text = join_broken_lines(normalise_list_markers("\n".join(out)), wrap_width=width)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def _body_size(lines: list[_Line]) -> float:
    """The font size that carries the most characters."""
    weights: Counter[float] = Counter()
    for line in lines:
        if line.size > 0:
            weights[round(line.size, 1)] += len(line.text.strip())
    return weights.most_common(1)[0][0] if weights else 0.0


@dataclass(frozen=True)
class _Headings:
    """Heading level per large font size; bold body-size lines get the level below (0: off)."""

    by_size: dict[float, int]
    bold_level: int


def _heading_levels(lines: list[_Line], body_size: float) -> _Headings | None:
    if body_size <= 0:
        return None
    large = sorted(
        {
            round(line.size, 1)
            for line in lines
            if line.size >= body_size * _HEADING_SIZE_RATIO and _title_like(line.text, 15)
        },
        reverse=True,
    )
    bold_chars = sum(len(line.text) for line in lines if line.bold)
    mostly_bold = bold_chars > sum(len(line.text) for line in lines) / 2
    return _Headings(
        by_size={size: min(rank, _MAX_HEADING_LEVEL) for rank, size in enumerate(large, 1)},
        bold_level=0 if mostly_bold else min(len(large) + 1, _MAX_HEADING_LEVEL),
    )


def _level(line: _Line, headings: _Headings | None) -> int:
    """The line's heading level, 0 for body text."""
    if headings is None:
        return 0
    size = round(line.size, 1)
    level = headings.by_size.get(size)
    if level and min(line.sizes, default=0) >= size * 0.9 and _title_like(line.text, 15):
        return level
    if headings.bold_level and line.bold and _title_like(line.text, 10):
        return headings.bold_level
    return 0


def _title_like(text: str, max_words: int) -> bool:
    """Short, starts with a capital, a section number or a protocol's "§", and is not a
    sentence or a lead-in."""
    text = " ".join(text.split())
    words = text.split()
    if not words or len(words) > max_words or len(text) > 120:
        return False
    opens = text[0].isupper() or text[0].isdigit() or text[0] == "§"
    if not opens or not any(c.isalpha() for c in text):
        return False
    return not text.endswith((".", ",", ";", ":")) or bool(re.fullmatch(r"[\d.]+", words[-1]))


def _typical_line_gap(pages: list[list[_Line]], body_size: float) -> float | None:
    gaps = [
        upper.y - lower.y
        for lines in pages
        for upper, lower in itertools.pairwise(lines)
        if upper.y is not None
        and lower.y is not None
        and upper.y > lower.y
        and abs(upper.size - body_size) < 0.5
        and abs(lower.size - body_size) < 0.5
    ]
    return statistics.median(gaps) if gaps else None


def _paragraph_break(previous: _Line, line: _Line, line_gap: float | None) -> bool:
    if line_gap is None or previous.y is None or line.y is None:
        return False
    gap = previous.y - line.y
    return gap <= 0 or gap > line_gap * _PARAGRAPH_GAP_RATIO


def _heading_goes_on(previous: _Line | None, level: int, line: _Line) -> int:
    """A heading wrapped mid-phrase goes on in lower case on the next line, in the same
    font ("Inbjudan att lämna idéer om partnerskap mot ofrivillig / ensamhet bland …")."""
    text = line.text.strip()
    if not level or previous is None or not text[:1].islower() or text.endswith("."):
        return 0
    same_font = round(line.size, 1) == round(previous.size, 1) and line.bold == previous.bold
    return level if same_font and _close(previous, line) and len(text.split()) <= 15 else 0


def _close(previous: _Line, line: _Line) -> bool:
    if previous.y is None or line.y is None:
        return line.text.strip()[:1].islower()
    return 0 < previous.y - line.y <= max(previous.size, line.size) * 1.6


# --- Title and dates ------------------------------------------------------------------------


def _title(reader: pypdf.PdfReader) -> str | None:
    raw = _info_value(reader, "/Title")
    title = " ".join(str(raw).split()) if raw is not None else ""
    if len(title) < 3 or not any(char.isalpha() for char in title):
        return None
    if _FILE_NAME.search(title) or _PLACEHOLDER_TITLE.match(title):
        return None
    if " " not in title and ("_" in title or any(char.isdigit() for char in title)):
        return None  # a file name such as "tjskr_2023_45" is not a title
    return title


def _metadata(reader: pypdf.PdfReader) -> dict[str, str]:
    created = _pdf_date(_info_value(reader, "/CreationDate"))
    return {"file_date": created} if created else {}


def _info_value(reader: pypdf.PdfReader, key: str) -> Any:
    try:
        info = reader.metadata
        return _resolve(info.get(key)) if info is not None else None
    except Exception:  # a broken /Info dictionary only costs us the title and date
        return None


def _pdf_date(raw: Any) -> str | None:
    """A PDF date string ("D:20230512103000+02'00'") as YYYY-MM-DD."""
    match = _PDF_DATE.match(str(raw).strip()) if raw is not None else None
    if not match:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3])).isoformat()
    except ValueError:
        return None


def _resolve(value: Any) -> Any:
    """The object behind an indirect reference; anything else as it is."""
    return value.get_object() if isinstance(value, pypdf.generic.IndirectObject) else value
