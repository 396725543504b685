"""Build Enköping's remissvar as the PDF the municipality would publish.

The seed text (``scripts/seed_sources/enkoping-remissvar-iop-riktlinjer.txt``) came out of
a Word/PDF conversion and still carries its ``##``/``**`` marks. This script renders it
back into an A4 tjänsteskrivelse with a running header and "Sida N av M" footer, so that
the corpus holds one real, multi-page PDF for the loaders to read.

Run it from the checkout (``python scripts/build_enkoping_pdf.py``); the output is
byte-identical on every run with the same fpdf2 version.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from fpdf import FPDF

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SEED = ROOT / "scripts" / "seed_sources" / "enkoping-remissvar-iop-riktlinjer.txt"
DEFAULT_OUT = ROOT / "corpus" / "enkoping" / "enkoping-remissvar-iop-riktlinjer.pdf"

RUNNING_HEADER = "Enköpings kommun · Vård- och omsorgsförvaltningen · Tjänsteskrivelse"
AUTHOR = "Vård- och omsorgsförvaltningen, Enköpings kommun"
# Fixed so that rebuilding gives the same bytes. It is NOT the document's date (the
# remissvar is undated; its sidecar says date: null), so nothing may read it as one.
BUILD_DATE = datetime(2024, 1, 1, tzinfo=UTC)

FONT = "helvetica"
BODY_PT = 11.0
LINE_MM = 6.0  # ~1.5 line spacing at 11 pt
PARAGRAPH_GAP_MM = 3.0
HEADING_PT = {1: 15.0, 2: 12.5, 3: 11.0}

# The core fonts are latin-1 only; typographic punctuation gets its plain equivalent.
_LATIN1_FALLBACKS = str.maketrans(
    {
        "\u2013": "-",
        "\u2014": "-",
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2022": "-",
        "\u2026": "...",
        "\u00a0": " ",
    }
)

BlockKind = Literal["heading", "paragraph", "lines", "list"]


@dataclass(frozen=True)
class Block:
    """One rendered unit: a heading, a paragraph, hard-broken lines or a numbered list."""

    kind: BlockKind
    lines: tuple[str, ...]
    level: int = 0  # heading level, 1 = document title


def to_latin1(text: str) -> str:
    """Map typographic characters to latin-1; fail loudly on anything else."""
    mapped = text.translate(_LATIN1_FALLBACKS)
    mapped.encode("latin-1")  # raises UnicodeEncodeError naming the character
    return mapped


def strip_marks(text: str) -> str:
    """Remove the conversion's Markdown marks (``#`` prefixes, ``**`` bold)."""
    return re.sub(r"^#+\s*", "", text.replace("**", "")).strip()


def _classify(raw: list[str]) -> Block:
    """Turn one blank-line-separated group of seed lines into a block."""
    first = raw[0].strip()
    if len(raw) == 1 and first.startswith("#"):
        level = len(first) - len(first.lstrip("#"))
        return Block("heading", (strip_marks(first),), level=max(1, level - 1))
    if len(raw) == 1 and first.startswith("**") and first.endswith("**"):
        return Block("heading", (strip_marks(first),), level=3)
    if all(re.match(r"\d+\.\s", line.strip()) for line in raw):
        return Block("list", tuple(strip_marks(line) for line in raw))
    if any(line.endswith("  ") for line in raw[:-1]):  # Markdown hard line breaks
        return Block("lines", tuple(strip_marks(line) for line in raw))
    return Block("paragraph", (" ".join(strip_marks(line) for line in raw),))


def parse_seed(text: str) -> list[Block]:
    """Split the seed into blocks at blank lines."""
    blocks: list[Block] = []
    group: list[str] = []
    for line in [*text.splitlines(), ""]:
        if line.strip():
            group.append(line.rstrip("\n"))
        elif group:
            blocks.append(_classify(group))
            group = []
    return blocks


def document_title(blocks: list[Block]) -> str:
    """The first top-level heading: the remissvar's subject line."""
    for block in blocks:
        if block.kind == "heading" and block.level == 1:
            return block.lines[0]
    raise ValueError("the seed has no '## ' title heading")


class TjansteskrivelsePDF(FPDF):
    """A4 pages with the administration's running header and a page-count footer."""

    def header(self) -> None:
        self.set_font(FONT, size=8.5)
        self.set_text_color(90, 90, 90)
        self.set_y(12)
        self.cell(0, 5, to_latin1(RUNNING_HEADER), new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(160, 160, 160)
        self.line(self.l_margin, 18, self.w - self.r_margin, 18)
        self.set_text_color(0, 0, 0)
        self.set_y(self.t_margin)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font(FONT, size=8.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"Sida {self.page_no()} av {{nb}}", align="R")
        self.set_text_color(0, 0, 0)


def _render_heading(pdf: FPDF, block: Block) -> None:
    size = HEADING_PT[min(block.level, 3)]
    height = size * 0.55
    # Keep a heading on the same page as at least two lines of what follows it.
    if pdf.will_page_break(height + 2 * LINE_MM + PARAGRAPH_GAP_MM):
        pdf.add_page()
    pdf.ln(2.0 if block.level > 1 else 4.0)
    pdf.set_font(FONT, style="B", size=size)
    pdf.multi_cell(0, height, to_latin1(block.lines[0]), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(PARAGRAPH_GAP_MM)


def _render_body(pdf: FPDF, block: Block, front_matter: bool) -> None:
    pdf.set_font(FONT, size=BODY_PT - 1 if front_matter else BODY_PT)
    line_h = LINE_MM - 1 if front_matter else LINE_MM
    if block.kind == "list":
        for item in block.lines:
            number, _, rest = item.partition(" ")
            pdf.cell(8, line_h, number)
            pdf.multi_cell(0, line_h, to_latin1(rest.strip()), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.0)
    else:
        for line in block.lines:
            pdf.multi_cell(0, line_h, to_latin1(line), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5 if front_matter else PARAGRAPH_GAP_MM)


def render(blocks: list[Block]) -> FPDF:
    """Lay the blocks out as a tjänsteskrivelse."""
    pdf = TjansteskrivelsePDF(orientation="portrait", unit="mm", format="A4")
    pdf.set_margins(left=25, top=28, right=25)
    pdf.set_auto_page_break(auto=True, margin=25)
    pdf.set_creation_date(BUILD_DATE)
    pdf.set_title(to_latin1(document_title(blocks)))
    pdf.set_author(to_latin1(AUTHOR))
    pdf.set_subject("Tjänsteskrivelse")
    pdf.set_creator("scripts/build_enkoping_pdf.py")
    pdf.set_lang("sv-SE")
    pdf.add_page()
    seen_heading = False
    for block in blocks:
        if block.kind == "heading":
            seen_heading = True
            _render_heading(pdf, block)
        else:
            # The sender/recipient lines before the subject line are set smaller.
            _render_body(pdf, block, front_matter=not seen_heading)
    return pdf


def build(seed: Path = DEFAULT_SEED, out: Path = DEFAULT_OUT) -> Path:
    """Render ``seed`` to ``out`` and return the output path."""
    pdf = render(parse_seed(seed.read_text(encoding="utf-8")))
    out.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(out))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=Path, default=DEFAULT_SEED, help="seed text file")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="PDF to write")
    args = parser.parse_args(argv)
    out = build(args.seed, args.out)
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
