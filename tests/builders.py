"""Builders of small but real PDF, DOCX and HTML files for tests and benchmarks.

Every builder writes one file at ``path`` and returns that path. Texts are Swedish with
å ä ö; the PDFs use fpdf2's built-in Helvetica in Windows-1252, which also has • and –.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

import docx
from fpdf import FPDF

from assistant.answers.eligibility.concepts import read_concepts, target_groups
from assistant.answers.eligibility.criteria import Criterion
from assistant.core.documents import Chunk

# Boilerplate that make_html puts around the main content; none of it may reach the index.
COOKIE_TEXT = "Vi använder kakor för att webbplatsen ska fungera bra för dig."
NAV_TEXTS = ("Bygga och bo", "Kultur och fritid", "Kommun och politik")
BREADCRUMB_TEXT = "Startsida"
FOOTER_TEXT = "Exempelkommun, Storgatan 1, 123 45 Exempelstad, växel 0123-456 00"

DOCX_HEADING = "Riktlinjer för idéburet offentligt partnerskap"
DOCX_PARAGRAPHS = (
    "Ett IOP är en överenskommelse mellan kommunen och en idéburen organisation.",
    "Följande steg gäller när en förening vill ingå ett partnerskap.",
)
DOCX_NUMBERED = ("Föreningen kontaktar förvaltningen.", "Parterna för en dialog.")
DOCX_BULLETS = ("Verksamheten är icke-vinstdrivande.", "Initiativet kommer från föreningen.")
DOCX_TABLE = (("Part", "Ansvar"), ("Kommunen", "Ekonomiskt stöd"), ("Föreningen", "Volontärer"))

_PDF_CREATED = datetime(2023, 5, 12, 10, 30, tzinfo=UTC)


def make_chunk(
    source: str,
    text: str = "text",
    doc_type: str = "dokument",
    date: str | None = None,
    position: int = 0,
    municipality: str | None = "Köping",
    heading_path: tuple[str, ...] = (),
) -> Chunk:
    """A chunk as the index holds it, for the engine's pure functions."""
    return Chunk(
        chunk_id=f"{source}#{position}",
        doc_id=source,
        source=source,
        position=position,
        text=text,
        municipality=municipality,
        title=source,
        doc_type=doc_type,
        date=date,
        source_url=None,
        page=None,
        heading_path=heading_path,
    )


# A table in a PDF: rows of cells, the first row the heading row.
Table = tuple[tuple[str, ...], ...]


def make_pdf(
    path: Path,
    pages: Sequence[Sequence[str | Table]],
    header: str | None = None,
    footer_pages: bool = True,
    title: str | None = None,
    encrypt_password: str | None = None,
    created: datetime | None = _PDF_CREATED,
) -> Path:
    """Write a text PDF: one list of paragraphs per page.

    A paragraph starting with ``# `` is a bold 15 pt heading; ``- `` or ``1. `` starts a
    bullet or numbered item (a bullet is drawn as "•"); a tuple of rows is a table drawn
    with rules, its first row the heading row; any other string is a body
    paragraph that wraps at the margin, and a ``\\n`` inside it forces a line break there.
    ``header`` is repeated at the top of every page, ``footer_pages`` puts "Sida N av M"
    at the bottom, ``title`` goes into /Title, ``encrypt_password`` sets a user password.
    """
    pdf = _PagedPdf(header=header, footer_pages=footer_pages)
    pdf.core_fonts_encoding = "windows-1252"
    if title is not None:
        pdf.set_title(title)
    if created is not None:
        pdf.set_creation_date(created)
    if encrypt_password is not None:
        pdf.set_encryption(
            owner_password=encrypt_password + "-owner", user_password=encrypt_password
        )
    for paragraphs in pages:
        pdf.add_page()
        for paragraph in paragraphs:
            _write_paragraph(pdf, paragraph)
    pdf.output(str(path))
    return path


def make_scanned_pdf(path: Path, page_count: int = 1) -> Path:
    """Write a PDF whose pages hold only drawn shapes, like a scan: no text layer."""
    pdf = FPDF()
    for _ in range(page_count):
        pdf.add_page()
        pdf.set_fill_color(200, 200, 200)
        pdf.rect(20, 20, 170, 40, style="F")
        for row in range(12):
            pdf.rect(20, 70 + row * 8, 150 - (row % 3) * 20, 3, style="F")  # "lines of text"
    pdf.output(str(path))
    return path


def make_docx(
    path: Path,
    title: str | None = None,
    heading: str = DOCX_HEADING,
    paragraphs: Sequence[str] = DOCX_PARAGRAPHS,
    numbered: Sequence[str] = DOCX_NUMBERED,
    bullets: Sequence[str] = DOCX_BULLETS,
    table: Sequence[Sequence[str]] = DOCX_TABLE,
    contact_lines: Sequence[str] = (),
) -> Path:
    """Write a Word file: a Heading 1, paragraphs, a Heading 2 with a numbered list, a
    bullet list, a table, a closing paragraph "Tabellen ovan gäller från 2024." and, when
    given, one last paragraph with ``contact_lines`` separated by manual line breaks."""
    document = docx.Document()
    if title is not None:
        document.core_properties.title = title
    document.add_heading(heading, level=1)
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    document.add_heading("Så går det till", level=2)
    for item in numbered:
        document.add_paragraph(item, style="List Number")
    for item in bullets:
        document.add_paragraph(item, style="List Bullet")
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for row_index, row in enumerate(table):
            for column, value in enumerate(row):
                grid.cell(row_index, column).text = value
    document.add_paragraph("Tabellen ovan gäller från 2024.")
    if contact_lines:
        card = document.add_paragraph(contact_lines[0])
        for line in contact_lines[1:]:
            run = card.add_run()
            run.add_break()
            run.add_text(line)
    document.save(str(path))
    return path


def make_html(
    path: Path,
    main_html: str,
    with_boilerplate: bool = True,
    title: str = "Idéburet offentligt partnerskap - Exempelkommun",
    canonical: str | None = None,
) -> Path:
    """Write a UTF-8 web page with ``main_html`` inside <main><article>.

    With boilerplate, a cookie banner, a navigation menu, breadcrumbs and a site footer
    (the texts in COOKIE_TEXT, NAV_TEXTS, BREADCRUMB_TEXT, FOOTER_TEXT) surround it.
    """
    head = f"<title>{title}</title>"
    if canonical:
        head += f'<link rel="canonical" href="{canonical}">'
    chrome_top = chrome_bottom = ""
    if with_boilerplate:
        menu = "".join(f'<li><a href="/{i}">{text}</a></li>' for i, text in enumerate(NAV_TEXTS))
        chrome_top = (
            f'<div id="cookie-banner" class="cookie-consent"><p>{COOKIE_TEXT}</p>'
            "<button>Godkänn kakor</button></div>"
            f'<header><nav class="main-menu"><ul>{menu}</ul></nav></header>'
            f'<nav class="breadcrumbs" aria-label="Brödsmulor"><ol><li><a href="/">'
            f"{BREADCRUMB_TEXT}</a></li><li>IOP</li></ol></nav>"
        )
        chrome_bottom = (
            f'<footer class="site-footer"><p>{FOOTER_TEXT}</p>'
            '<ul><li><a href="/kakor">Om kakor</a></li>'
            '<li><a href="/tillganglighet">Tillgänglighet</a></li></ul></footer>'
        )
    page = (
        f'<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8">{head}</head><body>'
        f"{chrome_top}<main><article>{main_html}</article></main>{chrome_bottom}</body></html>"
    )
    path.write_text(page, encoding="utf-8")
    return path


class _PagedPdf(FPDF):
    """FPDF with an optional running header and a "Sida N av M" footer."""

    def __init__(self, header: str | None, footer_pages: bool) -> None:
        super().__init__()
        self._running_header = header
        self._footer_pages = footer_pages

    def header(self) -> None:
        if self._running_header:
            self.set_font("helvetica", size=9)
            self.cell(0, 8, self._running_header, new_x="LMARGIN", new_y="NEXT")
            self.ln(4)

    def footer(self) -> None:
        if self._footer_pages:
            self.set_y(-15)
            self.set_font("helvetica", size=9)
            self.cell(0, 8, f"Sida {self.page_no()} av {{nb}}", align="C")


def _write_paragraph(pdf: FPDF, paragraph: str | Table) -> None:
    if isinstance(paragraph, tuple):
        pdf.set_font("helvetica", size=10)
        with pdf.table(first_row_as_headings=True) as table:
            for cells in paragraph:
                row = table.row()
                for cell in cells:
                    row.cell(cell)
        pdf.ln(4)
        return
    if paragraph.startswith("# "):
        pdf.set_font("helvetica", style="B", size=15)
        pdf.multi_cell(0, 7, paragraph[2:], new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
        return
    pdf.set_font("helvetica", size=11)
    if paragraph.startswith("- "):
        paragraph = "• " + paragraph[2:]
    pdf.multi_cell(0, 6, paragraph, new_x="LMARGIN", new_y="NEXT")
    is_item = paragraph.startswith("• ") or (paragraph[:1].isdigit() and ". " in paragraph[:4])
    pdf.ln(1 if is_item else 4)


def make_criterion(text: str, principle: str | None = None) -> Criterion:
    """A criterion read from ``text`` as the engine reads one, of a Köping guideline."""
    return Criterion(
        text=text,
        quote=text,
        chunk=make_chunk("koping/riktlinjer.pdf", text),
        principle=principle,
        findings=tuple(read_concepts(text, rule=True)),
        groups=frozenset(target_groups(text)),
    )
