"""A cleaned document read as blocks (headings, paragraphs, lists, tables), and its blocks
grouped into sections under their heading paths; ``ingest.chunk`` packs them into passages.

The input follows the light Markdown convention of ``assistant.core.documents``. A short
line standing alone is a heading, unless it is data ("Tel: …") or a name inside a block of
contact details.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal

from assistant.core.contacts import NAME_WORD
from assistant.core.swedish.sentences import open_end_words, sentence_spans

MAX_HEADING_CHARS = 90
_CONTACT_MAX_LINE = 120
_CONTACT_MAX_CHARS = 300

_MARKED_HEADING = re.compile(r"^(#{1,6})[ \t]+(.*?)[ \t#]*$")
_ITEM = re.compile(r"^\s*(?:([-*•–·▪●◦])|(\d{1,3}[.)]))\s+(\S.*?)\s*$")
_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_BOLD = re.compile(r"^(?:\*\*|__)(.+?)(?:\*\*|__)$")
# A protocol's paragraph heading: "§ 18 Idéburet offentligt partnerskap med …".
_PARAGRAPH = re.compile(r"^§\s*\d+\b")
_LABEL = re.compile(r"^\S+:\s")  # "Tel: …", "Uppdaterad: …" are data lines, not headings
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL = re.compile(r"https?://|www\.", re.IGNORECASE)
_PHONE = re.compile(
    r"(?<![\d])(?:\+46[\s-]?\(?0?\)?|0)\d{1,4}[\s-]*\d{2,3}(?:[\s-]?\d{2,3}){1,3}(?!\d)"
)
_POSTAL = re.compile(r"(?m)^\s*\d{3}\s?\d{2}\s+[A-ZÅÄÖ]")
_CONTACT_WORD = re.compile(
    r"\b(?:tel|tfn|telefon\w*|mobil\w*|växel\w*|e-post|epost|mejl|e-mail|mail|fax|"
    r"\w*adress|kundtjänst|kontaktcenter)\b",
    re.IGNORECASE,
)
_CONTACT_LABEL = re.compile(
    r"(?:\w*adress|telefon\w*|tel|tfn|e-post|epost|mobil\w*|växel|fax|org\.?\s*nr.*)",
    re.IGNORECASE,
)
_ENDERS = ".!?…"

Kind = Literal["heading", "paragraph", "list", "table"]

_CARD_HEAD_LINES = 3  # a name, a title, a unit above a card's details
# A person's name on a line of its own (two or three capitalised words), or opening a
# line before a role and a unit: "Elin Mårtensson, utvecklare, kultur och fritid".
_PERSON = re.compile(rf"{NAME_WORD}(?: {NAME_WORD}){{1,2}}(?:,[^,]{{1,90}}){{0,2}}")


@dataclass(frozen=True)
class Block:
    kind: Kind
    lines: tuple[str, ...]  # heading: (text,); list: items as "- x" / "1. x"; table: rows
    page: int | None
    level: int = 0  # 1..6 for headings; 0 marks a plain-text heading until levels are resolved

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


@dataclass(frozen=True)
class Heading:
    number: int  # tells apart sibling sections whose headings read the same
    text: str


HeadingPath = tuple[Heading, ...]


# --- parsing one page into blocks -------------------------------------------------------


def parse_page(text: str, page: int | None) -> list[Block]:
    blocks = [block for group in _line_groups(text) for block in _parse_group(group, page)]
    return _merge_runs(_unmark_contact_names(blocks))


def _line_groups(text: str) -> list[list[str]]:
    """Lines grouped by blank lines, right-stripped (PDF text keeps trailing spaces)."""
    groups: list[list[str]] = [[]]
    for line in text.splitlines():
        if line.strip():
            groups[-1].append(line.rstrip())
        elif groups[-1]:
            groups.append([])
    return [group for group in groups if group]


def _parse_group(lines: Sequence[str], page: int | None) -> list[Block]:
    parts: list[tuple[Kind, list[str], int]] = []
    for line in lines:
        last = parts[-1] if parts else None
        open_item = last[1][-1] if last is not None and last[0] == "list" else None
        kind, content, level = _classify(line, open_item)
        if last is not None and kind == "wrap":
            last[1][-1] = f"{last[1][-1]} {content}"
        elif last is not None and kind == last[0] and kind != "heading":
            last[1].append(content)
        elif kind != "wrap":
            parts.append((kind, [content], level))
    blocks = [Block(kind, tuple(texts), page, level) for kind, texts, level in parts]
    return _promote_plain_heading(blocks)


def _classify(line: str, open_item: str | None) -> tuple[Kind | Literal["wrap"], str, int]:
    """What one line is: (kind, its text, heading level); "wrap" continues the open item."""
    marked = _MARKED_HEADING.match(line)
    if marked and (heading := _strip_bold(marked.group(2).strip())):
        return "heading", heading, len(marked.group(1))
    if _TABLE_ROW.match(line):
        return "table", line.strip(), 0
    if item := _ITEM.match(line):
        marker = "-" if item.group(1) else item.group(2)
        return "list", f"{marker} {item.group(3)}", 0
    if open_item is not None and _continues_item(open_item, line):
        return "wrap", line.strip(), 0
    return "paragraph", line.strip(), 0


def _continues_item(item: str, line: str) -> bool:
    """An indented line, or a lower-case line after an unfinished item, is a wrapped item;
    so is any line after an item cut at a comma or a conjunction ("Idéer från Söderbärke,
    Vad," › "Morgårdshammar och Hagge prioriteras.")."""
    if line[:2].isspace():
        return True
    stripped = line.strip()
    words = item.split()
    cut = item.rstrip().endswith(",") or (bool(words) and words[-1].lower() in open_end_words())
    if cut:
        # … unless the line stands as a heading of its own ("- Budget," › "Beslutsunderlag").
        return bool(stripped) and not _ITEM.match(line) and not _heading_like(stripped)
    return stripped[:1].islower() and item[-1:] not in _ENDERS


def _promote_plain_heading(blocks: list[Block]) -> list[Block]:
    """A short line standing alone is a heading; so is a question line that opens a group."""
    if not blocks or blocks[0].kind != "paragraph" or not _heading_like(blocks[0].lines[0]):
        return blocks
    first = blocks[0]
    heading = Block("heading", (_strip_bold(first.lines[0]),), first.page)
    if len(first.lines) == 1 and len(blocks) == 1:
        return [heading]
    # A question or a protocol's paragraph ("§ 19 Idéskiss från …" over "Dnr VON …")
    # opening a group heads the rest of it.
    if not (first.lines[0].endswith("?") or _PARAGRAPH.match(first.lines[0])):
        return blocks
    rest = [replace(first, lines=first.lines[1:])] if len(first.lines) > 1 else []
    return [heading, *rest, *blocks[1:]]


def _heading_like(line: str) -> bool:
    text = _strip_bold(line.strip())
    if not text or len(text) > MAX_HEADING_CHARS or text[-1] in ".:;,…":
        return False
    if not (text[0].isupper() or text[0].isdigit() or _PARAGRAPH.match(text)):
        return False
    letters = sum(char.isalpha() for char in text)
    if 2 * letters < len(text.replace(" ", "")):
        return False  # dates, numbers and codes
    return not (
        len(sentence_spans(text)) > 1
        or _LABEL.match(text)
        or _EMAIL.search(text)
        or _URL.search(text)
        or _PHONE.search(text)
        or _CONTACT_LABEL.fullmatch(text)
    )


def _strip_bold(text: str) -> str:
    bold = _BOLD.match(text)
    return bold.group(1).strip() if bold else text


def _unmark_contact_names(blocks: list[Block]) -> list[Block]:
    """Short lines that look like headings but belong to a contact card: one between two
    contact paragraphs, or a person's name (and the title lines after it) right above
    one ("Jonas Åhman" / "Samordnare civilsamhälle" / "Telefon: …")."""
    card_lines: set[int] = set()
    for i, block in enumerate(blocks):
        if not is_contact(block):
            continue
        above = i
        while above > 0 and i - above < _CARD_HEAD_LINES and _shape_heading(blocks[above - 1]):
            above -= 1
        names = [k for k in range(above, i) if _PERSON.fullmatch(blocks[k].text.strip())]
        if names:
            card_lines.update(range(names[0], i))
    return [
        Block("paragraph", block.lines, block.page)
        if _shape_heading(block)
        and (
            i in card_lines
            or (0 < i < len(blocks) - 1 and is_contact(blocks[i - 1]) and is_contact(blocks[i + 1]))
        )
        else block
        for i, block in enumerate(blocks)
    ]


def _shape_heading(block: Block) -> bool:
    """A heading only by its shape (a short line), not marked as one."""
    return block.kind == "heading" and block.level == 0


def _merge_runs(blocks: list[Block]) -> list[Block]:
    """Items or rows separated only by blank lines are still one list or table."""
    merged: list[Block] = []
    for block in blocks:
        last = merged[-1] if merged else None
        if last is not None and block.kind == last.kind and block.kind in ("list", "table"):
            merged[-1] = replace(last, lines=last.lines + block.lines)
        else:
            merged.append(block)
    return merged


# --- headings across the document ---------------------------------------------------------


def resolve_levels(blocks: Sequence[Block], title: str) -> list[Block]:
    """Plain-text headings sit under the document title and beside the last marked heading."""
    resolved: list[Block] = []
    last_marked = 0
    for i, block in enumerate(blocks):
        if block.kind == "heading" and block.level == 0:
            is_title = i == 0 or block.lines[0].casefold() == title.strip().casefold()
            block = replace(block, level=1 if is_title else max(2, last_marked))
        elif block.kind == "heading":
            last_marked = block.level
        resolved.append(block)
    return _under_paragraphs(resolved)


def _under_paragraphs(blocks: list[Block]) -> list[Block]:
    """A protocol's headings ("Ärendebeskrivning", "Beslut") at the level of its paragraph
    heading ("§ 18 Idéburet offentligt partnerskap med …") stand under it: what was
    decided is known by its paragraph."""
    out: list[Block] = []
    paragraph = 0  # the level of the paragraph heading the headings below stand under
    for block in blocks:
        if block.kind == "heading":
            if _PARAGRAPH.match(block.lines[0]):
                paragraph = block.level
            elif paragraph and block.level < paragraph:
                paragraph = 0  # a heading above the paragraphs ends them
            elif paragraph and block.level == paragraph:
                block = replace(block, level=paragraph + 1)
        out.append(block)
    return out


def demote_empty_headings(blocks: Sequence[Block]) -> list[Block]:
    """A heading with nothing under it is text of the section it stands in."""
    demoted: list[Block] = []
    for block, following in zip(blocks, [*blocks[1:], None], strict=False):
        empty = following is None or (
            following.kind == "heading" and following.level <= block.level
        )
        if block.kind == "heading" and empty:
            block = Block("paragraph", block.lines, block.page)
        demoted.append(block)
    return demoted


def sections(blocks: Sequence[Block]) -> list[tuple[HeadingPath, list[Block]]]:
    """Runs of non-heading blocks, each with the heading path above it."""
    stack: list[tuple[int, Heading]] = []
    sections: list[tuple[HeadingPath, list[Block]]] = []
    open_section = False
    for number, block in enumerate(blocks):
        if block.kind == "heading":
            while stack and stack[-1][0] >= block.level:
                stack.pop()
            stack.append((block.level, Heading(number, block.lines[0])))
            open_section = False
            continue
        if not open_section:
            sections.append((tuple(heading for _, heading in stack), []))
            open_section = True
        sections[-1][1].append(block)
    return sections


def is_contact(block: Block) -> bool:
    text = block.text
    return (
        block.kind == "paragraph"
        and len(text) <= _CONTACT_MAX_CHARS
        and all(len(line) <= _CONTACT_MAX_LINE for line in block.lines)
        and bool(
            _EMAIL.search(text)
            or _PHONE.search(text)
            or _CONTACT_WORD.search(text)
            or _POSTAL.search(text)
        )
    )
