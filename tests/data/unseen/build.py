"""Build the PDF and Word documents of the unseen evaluation sets.

Every binary file under ``set_a/corpus``, ``set_b/corpus``, ``set_c/corpus``,
``set_d/corpus``, ``set_f/corpus``, ``set_h/corpus``, ``set_i/corpus``, ``set_j/corpus``,
``set_k/corpus``, ``set_l/corpus``, ``set_m/corpus``, ``set_n/corpus``, ``set_o/corpus``,
``set_p/corpus``, ``set_q/corpus``, ``set_r/corpus``, ``set_s/corpus``, ``set_t/corpus``,
``set_u/corpus``, ``set_v/corpus``, ``set_w/corpus``, ``set_x/corpus``, ``set_y/corpus``,
``set_z/corpus``, ``set_aa/corpus``, ``set_ab/corpus``, ``set_ac/corpus``, ``set_ad/corpus``,
``set_ae/corpus``, ``set_af/corpus``, ``set_ag/corpus``, ``set_ah/corpus``, ``set_ai/corpus``,
``set_aj/corpus``, ``set_ak/corpus``, ``set_al/corpus``, ``set_am/corpus``, ``set_an/corpus``, ``set_ao/corpus``, ``set_ap/corpus``, ``set_aq/corpus``, ``set_ar/corpus``, ``set_as/corpus``, ``set_at/corpus``, ``set_au/corpus``, ``set_av/corpus``, ``set_aw/corpus``, ``set_ax/corpus``, ``set_ay/corpus`` and ``set_az/corpus`` is written by this script from text held in Python, so
that the material can be regenerated and reviewed as text.
The HTML, Markdown and plain-text documents and the sidecars (``*.meta.yaml``) are ordinary files
in the corpus folders and are not touched.

The text of those documents is kept per set in ``set_a/documents.py``,
``set_b/documents.py``, ``set_c/documents.py``, ``set_d/documents.py``,
``set_f/documents.py``, ``set_h/documents.py``, ``set_i/documents.py``,
``set_j/documents.py``, ``set_k/documents.py``, ``set_l/documents.py``,
``set_m/documents.py``, ``set_n/documents.py``, ``set_o/documents.py``,
``set_p/documents.py``, ``set_q/documents.py``, ``set_r/documents.py``,
``set_s/documents.py``, ``set_t/documents.py``, ``set_u/documents.py``,
``set_v/documents.py``, ``set_w/documents.py``, ``set_x/documents.py``,
``set_y/documents.py``, ``set_z/documents.py``, ``set_aa/documents.py``,
``set_ab/documents.py``, ``set_ac/documents.py``, ``set_ad/documents.py``,
``set_ae/documents.py``, ``set_af/documents.py``, ``set_ag/documents.py``,
``set_ah/documents.py``, ``set_ai/documents.py``, ``set_aj/documents.py``,
``set_ak/documents.py``, ``set_al/documents.py``, ``set_am/documents.py``,
``set_an/documents.py``, ``set_ao/documents.py``, ``set_ap/documents.py``, ``set_aq/documents.py``, ``set_ar/documents.py``, ``set_as/documents.py``, ``set_at/documents.py``, ``set_au/documents.py``, ``set_av/documents.py``, ``set_aw/documents.py``, ``set_ax/documents.py``, ``set_ay/documents.py`` and ``set_az/documents.py`` (set_c is the check set: engine authors do
not read it).
All municipal texts are invented for testing. Municipality names are real;
people, phone numbers, e-mail addresses, decisions and partnerships are not.

Usage (from the checkout)::

    .venv/bin/python tests/data/unseen/build.py            # write the files
    .venv/bin/python tests/data/unseen/build.py --check    # also check the questions

``--check`` extracts the text of every document of each set and verifies that
each question's expected sources exist and each expected fact stands verbatim
(case- and space-insensitive) in the set's documents.

Needs fpdf2 and python-docx (both in the project's venv). The PDFs use DejaVu
Sans when it is installed and fall back to the latin-1 core font otherwise.
"""

from __future__ import annotations

import argparse
import importlib.util
import io
import json
import re
import sys
import zipfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # the checkout: bench/lib is shared with the scoring

from bench.lib.plain_text import plain_text  # noqa: E402

FIXED_DATE = datetime(2024, 11, 1, tzinfo=UTC)  # build date, NOT a document date

DEJAVU_DIRS = [
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/dejavu"),
    Path("/usr/local/share/fonts"),
]


# --------------------------------------------------------------------------------------
# A tiny document model: a list of blocks rendered to PDF or DOCX
# --------------------------------------------------------------------------------------


@dataclass
class Doc:
    path: str  # relative to HERE
    title: str
    blocks: list[tuple] = field(default_factory=list)
    header_left: str = ""
    header_right: list[str] = field(default_factory=list)
    footer_lines: list[str] = field(default_factory=list)
    page_numbers: bool = True
    author: str = ""
    letterhead: bool = False


# Block kinds:
#   ("h1", text) ("h2", text) ("h3", text) ("p", text) ("small", text) ("bold", text)
#   ("ol", [items]) ("ul", [items]) ("lines", [lines])
#   ("table", widths, rows)   first row is the heading row
#   ("kv", [(key, value), ...])  two-column fact box without heading row
#   ("box", text)  framed notice


# The documents' text lives with each set (set_a/documents.py, set_b/documents.py,
# set_c/documents.py, set_d/documents.py, set_f/documents.py, set_h/documents.py,
# set_i/documents.py, set_j/documents.py, set_k/documents.py, set_l/documents.py,
# set_m/documents.py, set_n/documents.py, set_o/documents.py, set_p/documents.py,
# set_q/documents.py, set_r/documents.py, set_s/documents.py, set_t/documents.py,
# set_u/documents.py, set_v/documents.py, set_w/documents.py, set_x/documents.py,
# set_y/documents.py, set_z/documents.py, set_aa/documents.py, set_ab/documents.py,
# set_ac/documents.py, set_ad/documents.py, set_ae/documents.py, set_af/documents.py,
# set_ag/documents.py, set_ah/documents.py, set_ai/documents.py, set_aj/documents.py,
# set_ak/documents.py, set_al/documents.py, set_am/documents.py, set_an/documents.py,
# set_ao/documents.py, set_ap/documents.py, set_aq/documents.py, set_ar/documents.py,
# set_as/documents.py, set_at/documents.py, set_au/documents.py, set_av/documents.py,
# set_aw/documents.py, set_ax/documents.py, set_ay/documents.py, set_az/documents.py), so that reading the generator does not show anyone the check set's
# documents.
SETS = (
    "set_a",
    "set_b",
    "set_c",
    "set_d",
    "set_e",
    "set_f",
    "set_g",
    "set_h",
    "set_i",
    "set_j",
    "set_k",
    "set_l",
    "set_m",
    "set_n",
    "set_o",
    "set_p",
    "set_q",
    "set_r",
    "set_s",
    "set_t",
    "set_u",
    "set_v",
    "set_w",
    "set_x",
    "set_y",
    "set_z",
    "set_aa",
    "set_ab",
    "set_ac",
    "set_ad",
    "set_ae",
    "set_af",
    "set_ag",
    "set_ah",
    "set_ai",
    "set_aj",
    "set_ak",
    "set_al",
    "set_am",
    "set_an",
    "set_ao",
    "set_ap",
    "set_aq",
    "set_ar",
    "set_as",
    "set_at",
    "set_au",
    "set_av",
    "set_aw",
    "set_ax",
    "set_ay",
    "set_az",
)


def load_docs(set_name: str) -> list[Doc]:
    path = HERE / set_name / "documents.py"
    spec = importlib.util.spec_from_file_location(f"unseen_{set_name}_documents", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return [Doc(**{**d, "path": f"{set_name}/{d['path']}"}) for d in module.DOCS]


# --------------------------------------------------------------------------------------
# PDF rendering (fpdf2)
# --------------------------------------------------------------------------------------

_LATIN1 = str.maketrans(
    {"–": "-", "—": "-", "’": "'", "”": '"', "“": '"', "…": "...", "ž": "z", "ć": "c"}
)


def _find_dejavu() -> tuple[Path, Path] | None:
    for d in DEJAVU_DIRS:
        regular, bold = d / "DejaVuSans.ttf", d / "DejaVuSans-Bold.ttf"
        if regular.exists() and bold.exists():
            return regular, bold
    return None


def render_pdf(doc: Doc, out: Path) -> None:
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    fonts = _find_dejavu()

    class PDF(FPDF):
        def header(self) -> None:
            self.set_font(FONT, "B", 13 if doc.letterhead else 9)
            self.set_text_color(30, 30, 30)
            y0 = self.get_y()
            self.cell(100, 6, T(doc.header_left))
            if doc.header_right:
                self.set_font(FONT, "", 8.5)
                self.set_xy(120, y0)
                for i, line in enumerate(doc.header_right):
                    self.set_x(120)
                    label = line
                    if i == len(doc.header_right) - 1 and doc.page_numbers and not doc.letterhead:
                        label = f"{line}    Sida {self.page_no()} ({{nb}})"
                    self.cell(75, 4.5, T(label), align="R", new_x="LMARGIN", new_y="NEXT")
            elif doc.page_numbers:
                self.set_font(FONT, "", 8.5)
                self.cell(0, 6, T(f"Sida {self.page_no()} av {{nb}}"), align="R")
            self.set_y(max(self.get_y(), y0 + 8) + 2)
            self.set_draw_color(120, 120, 120)
            self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
            self.ln(6)

        def footer(self) -> None:
            n = len(doc.footer_lines) + (1 if doc.letterhead else 0)
            self.set_y(-12 - 4 * n)
            self.set_draw_color(160, 160, 160)
            self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
            self.ln(1.5)
            self.set_font(FONT, "", 7.5)
            self.set_text_color(80, 80, 80)
            for line in doc.footer_lines:
                self.cell(0, 4, T(line), align="C", new_x="LMARGIN", new_y="NEXT")
            if doc.letterhead:
                self.cell(0, 4, T(f"Sida {self.page_no()} av {{nb}}"), align="C")

    pdf = PDF(format="A4")
    if fonts:
        FONT = "dejavu"
        pdf.add_font(FONT, "", str(fonts[0]))
        pdf.add_font(FONT, "B", str(fonts[1]))

        def T(s: str) -> str:
            return s

    else:
        FONT = "helvetica"

        def T(s: str) -> str:
            return s.translate(_LATIN1)

    pdf.set_title(T(doc.title))
    pdf.set_author(T(doc.author))
    pdf.set_lang("sv-SE")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, margin=28)
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin

    for block in doc.blocks:
        kind = block[0]
        pdf.set_text_color(0, 0, 0)
        if kind == "pagebreak":
            pdf.add_page()
        elif kind in ("h1", "h2", "h3"):
            size = {"h1": 15, "h2": 12, "h3": 10.5}[kind]
            pdf.ln(2 if kind != "h1" else 0)
            pdf.set_font(FONT, "B", size)
            pdf.multi_cell(width, size * 0.5, T(block[1]), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "bold":
            pdf.set_font(FONT, "B", 10.5)
            pdf.multi_cell(width, 5.5, T(block[1]), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "small":
            pdf.set_font(FONT, "", 9)
            pdf.set_text_color(70, 70, 70)
            pdf.multi_cell(width, 4.8, T(block[1]), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "p":
            pdf.set_font(FONT, "", 10.5)
            pdf.multi_cell(width, 5.5, T(block[1]), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind == "lines":
            pdf.set_font(FONT, "", 10.5)
            for line in block[1]:
                pdf.multi_cell(width, 5.5, T(line), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind in ("ol", "ul"):
            pdf.set_font(FONT, "", 10.5)
            for i, item in enumerate(block[1], 1):
                mark = f"{i}." if kind == "ol" else "–"
                pdf.cell(8, 5.5, T(mark))
                pdf.multi_cell(width - 8, 5.5, T(item), new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            pdf.ln(2)
        elif kind == "box":
            pdf.set_font(FONT, "B", 10.5)
            pdf.set_fill_color(245, 235, 200)
            pdf.multi_cell(
                width,
                5.5,
                T(block[1]),
                border=1,
                fill=True,
                padding=2,
                new_x="LMARGIN",
                new_y="NEXT",
            )
            pdf.ln(3)
        elif kind == "kv":
            pdf.set_font(FONT, "", 9.5)
            with pdf.table(
                col_widths=(30, 70),
                first_row_as_headings=False,
                line_height=5,
                borders_layout="HORIZONTAL_LINES",
            ) as table:
                for key, value in block[1]:
                    row = table.row()
                    row.cell(T(key), style=FontFace(emphasis="BOLD"))
                    row.cell(T(value))
            pdf.ln(4)
        elif kind == "table":
            widths, rows = block[1], block[2]
            pdf.set_font(FONT, "", 9.5)
            with pdf.table(
                col_widths=widths,
                line_height=5,
                text_align="LEFT",
                headings_style=FontFace(emphasis="BOLD", fill_color=(225, 225, 225)),
            ) as table:
                for r in rows:
                    row = table.row()
                    for c in r:
                        row.cell(T(c))
            pdf.ln(4)
        else:  # pragma: no cover - a typo in the block list
            raise ValueError(f"unknown block {kind!r}")

    out.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(out))


# --------------------------------------------------------------------------------------
# DOCX rendering (python-docx)
# --------------------------------------------------------------------------------------


def _add_page_field(paragraph) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    run = paragraph.add_run()
    for tag, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if tag:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), tag)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)


def render_docx(doc: Doc, out: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    d = Document()
    styles = d.styles
    styles["Normal"].font.name = "Calibri"
    styles["Normal"].font.size = Pt(11)

    section = d.sections[0]
    hp = section.header.paragraphs[0]
    hp.text = doc.header_left
    hp.runs[0].font.size = Pt(9)
    fp = section.footer.paragraphs[0]
    fp.text = "  ".join(doc.footer_lines) + "  ·  Sida "
    fp.runs[0].font.size = Pt(8)
    _add_page_field(fp)
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    for block in doc.blocks:
        kind = block[0]
        if kind == "h1":
            d.add_heading(block[1], level=1)
        elif kind == "h2":
            d.add_heading(block[1], level=2)
        elif kind == "h3":
            d.add_heading(block[1], level=3)
        elif kind == "p":
            d.add_paragraph(block[1])
        elif kind == "small":
            p = d.add_paragraph()
            r = p.add_run(block[1])
            r.font.size = Pt(9)
            r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
        elif kind == "bold":
            d.add_paragraph().add_run(block[1]).bold = True
        elif kind == "lines":
            for line in block[1]:
                d.add_paragraph(line)
        elif kind == "ol":
            for item in block[1]:
                d.add_paragraph(item, style="List Number")
        elif kind == "ul":
            for item in block[1]:
                d.add_paragraph(item, style="List Bullet")
        elif kind == "box":
            t = d.add_table(rows=1, cols=1)
            t.style = "Table Grid"
            cell = t.rows[0].cells[0]
            cell.text = ""
            cell.paragraphs[0].add_run(block[1]).bold = True
            d.add_paragraph()
        elif kind == "kv":
            t = d.add_table(rows=0, cols=2)
            t.style = "Light List"
            for key, value in block[1]:
                cells = t.add_row().cells
                cells[0].text = ""
                cells[0].paragraphs[0].add_run(key).bold = True
                cells[1].text = value
            d.add_paragraph()
        elif kind == "table":
            rows = block[2]
            t = d.add_table(rows=0, cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                cells = t.add_row().cells
                for cell, text in zip(cells, r, strict=True):
                    cell.text = ""
                    run = cell.paragraphs[0].add_run(text)
                    run.bold = i == 0
            d.add_paragraph()
        elif kind == "pagebreak":
            d.add_page_break()
        else:  # pragma: no cover
            raise ValueError(f"unknown block {kind!r}")

    cp = d.core_properties
    cp.title = doc.title
    cp.author = doc.author
    cp.last_modified_by = doc.author
    cp.created = FIXED_DATE.replace(tzinfo=None)
    cp.modified = FIXED_DATE.replace(tzinfo=None)
    cp.revision = 1

    buf = io.BytesIO()
    d.save(buf)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(_fixed_zip(buf.getvalue()))


def _fixed_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed timestamps so that rebuilding gives the same bytes."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 11, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


# --------------------------------------------------------------------------------------
# Text extraction and the question check
# --------------------------------------------------------------------------------------


def _norm(s: str) -> str:
    return re.sub(r"\s+", "", s).casefold()


def check_set(set_dir: Path) -> int:
    def read(corpus: Path) -> dict[str, str]:
        return {
            p.name.rsplit(".", 1)[0]: plain_text(p)
            for p in corpus.rglob("*")
            if p.is_file()
            and not p.name.startswith(".")
            and not p.name.endswith(".meta.yaml")
            and p.name != "README.md"
        }

    docs = read(set_dir / "corpus")
    if not docs:  # a set about the shipped corpus (set_e, set_g) keeps only a .gitkeep
        docs = read(HERE.parents[2] / "corpus")
    all_text = _norm("\n".join(docs.values()))
    problems = 0
    ids = set()
    for line in (set_dir / "questions.jsonl").read_text("utf-8").splitlines():
        if not line.strip():
            continue
        q = json.loads(line)
        qid = q["id"]
        if qid in ids:
            print(f"{set_dir.name} {qid}: duplicate id")
            problems += 1
        ids.add(qid)
        for src in q.get("expected_sources", []):
            if src not in docs:
                print(f"{set_dir.name} {qid}: expected source {src!r} is not a document")
                problems += 1
        facts = q.get("expected_facts", [])
        if len(facts) > 3:
            print(f"{set_dir.name} {qid}: more than 3 facts")
            problems += 1
        src_text = _norm("\n".join(docs.get(s, "") for s in q.get("expected_sources", [])))
        for fact in facts:
            if _norm(fact) not in all_text:
                print(f"{set_dir.name} {qid}: fact {fact!r} is not in any document")
                problems += 1
            elif src_text and _norm(fact) not in src_text:
                print(f"{set_dir.name} {qid}: fact {fact!r} is not in the expected sources")
                problems += 1
        for key in (
            "id",
            "question",
            "kind",
            "municipality",
            "expected_sources",
            "expected_facts",
            "expected_verdict",
        ):
            if key not in q:
                print(f"{set_dir.name} {qid}: missing field {key}")
                problems += 1
    print(f"{set_dir.name}: {len(ids)} questions, {len(docs)} documents, {problems} problem(s)")
    return problems


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="also check the question files")
    args = ap.parse_args(argv)
    present = [s for s in SETS if (HERE / s / "documents.py").exists()]
    for doc in (d for s in present for d in load_docs(s)):
        out = HERE / doc.path
        if out.suffix == ".pdf":
            render_pdf(doc, out)
        else:
            render_docx(doc, out)
        print(f"wrote {out.relative_to(HERE)}")
    if args.check:
        problems = sum(check_set(HERE / s) for s in SETS if (HERE / s / "questions.jsonl").exists())
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
