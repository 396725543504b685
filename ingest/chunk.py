"""Cut a cleaned document into retrievable passages, each with its page and heading path.

The input follows the light Markdown convention of ``assistant.core.documents``. A passage keeps
together what a reader needs at once: a list with the sentence (or heading) that leads
into it, a block of contact details with the sentence that introduces it. Passages never
cross pages and never split a sentence. Headings travel in ``Chunk.heading_path``, not in
the text; only a passage folded together from tiny sections names its inner headings in
its text, since its heading path is the part the sections share.
"""

from __future__ import annotations

import hashlib
import itertools
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal

from assistant.core.documents import Chunk, DocumentMeta, PageText

MAX_HEADING_CHARS = 90
TINY_CHARS = 80  # a passage shorter than this says too little to be retrieved on its own
_CONTACT_MAX_LINE = 120
_CONTACT_MAX_CHARS = 300

_MARKED_HEADING = re.compile(r"^(#{1,6})[ \t]+(.*?)[ \t#]*$")
_ITEM = re.compile(r"^\s*(?:([-*•–·▪●◦])|(\d{1,3}[.)]))\s+(\S.*?)\s*$")
_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_TABLE_RULE = re.compile(r"^\s*\|[\s:|-]*-{3,}[\s:|-]*\|\s*$")
_BOLD = re.compile(r"^(?:\*\*|__)(.+?)(?:\*\*|__)$")
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
_CONTACT_INTRO = re.compile(
    r"kontakt|frågor|hör av|ring |ringa|mejla|maila|e-post|vänd dig|vänd er|nås ", re.IGNORECASE
)
_WORD = re.compile(r"\S+")
_SPACE = re.compile(r"\s+")

_ENDERS = ".!?…"
_CLOSERS = "\"”’')]»"
_OPENERS = "\"“'(«["
# Swedish abbreviations that end in a period but rarely end a sentence.
_ABBREVIATIONS = frozenset(
    {
        "t.ex.", "bl.a.", "s.k.", "kl.", "ca.", "dvs.", "d.v.s.", "p.g.a.", "pga.", "fr.o.m.",
        "t.o.m.", "resp.", "nr.", "tel.", "jfr.", "f.d.", "inkl.", "exkl.", "enl.", "ang.",
        "st.", "kap.", "e.d.", "o.d.", "ev.", "mr.", "dr.", "prof.", "tf.", "adj.",
    }
)  # fmt: skip

Kind = Literal["heading", "paragraph", "list", "table"]


@dataclass(frozen=True)
class _Block:
    kind: Kind
    lines: tuple[str, ...]  # heading: (text,); list: items as "- x" / "1. x"; table: rows
    page: int | None
    level: int = 0  # 1..6 for headings; 0 marks a plain-text heading until levels are resolved

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


@dataclass(frozen=True)
class _Unit:
    """A piece the packer never cuts: a paragraph (part) or a list with its lead-in."""

    page: int | None
    text: str


@dataclass(frozen=True)
class _Heading:
    number: int  # tells apart sibling sections whose headings read the same
    text: str


Path = tuple[_Heading, ...]


@dataclass(frozen=True)
class _Draft:
    page: int | None
    path: Path  # the headings the whole passage stands under
    text: str
    end_path: Path  # the headings its last words stand under


def chunk_document(
    pages: Sequence[PageText],
    meta: DocumentMeta,
    source: str,
    doc_id: str,
    target_chars: int,
) -> list[Chunk]:
    """Split a document into passages of about ``target_chars`` characters, in order.

    Lists, tables and contact blocks stay whole with their lead-in up to twice the target,
    and are cut between items beyond it. A passage is longer than twice the target only
    when one item (with its lead-in) or one word is. A document with no text gives no
    chunks; a tiny one gives one.
    """
    if target_chars < 1:
        raise ValueError(f"target_chars must be positive, got {target_chars}")
    blocks = [block for page in pages for block in _parse_page(page.text, page.page)]
    blocks = _demote_empty_headings(_resolve_levels(blocks, meta.title))
    drafts = [
        draft
        for path, section in _sections(blocks)
        for draft in _section_drafts(path, section, target_chars)
    ]
    drafts = _merge_tiny(drafts, min(TINY_CHARS, target_chars // 2), 2 * target_chars)
    return [
        _to_chunk(draft, position, meta, source, doc_id) for position, draft in enumerate(drafts)
    ]


def chunk_id(doc_id: str, position: int, text: str) -> str:
    """The stable id of a passage: same document, place and text give the same id."""
    return hashlib.sha256(f"{doc_id}\n{position}\n{text}".encode()).hexdigest()[:32]


def _to_chunk(draft: _Draft, position: int, meta: DocumentMeta, source: str, doc_id: str) -> Chunk:
    return Chunk(
        chunk_id=chunk_id(doc_id, position, draft.text),
        doc_id=doc_id,
        source=source,
        position=position,
        text=draft.text,
        municipality=meta.municipality,
        title=meta.title,
        doc_type=meta.doc_type,
        date=meta.date,
        source_url=meta.source_url,
        page=draft.page,
        heading_path=tuple(heading.text for heading in draft.path),
    )


# --- parsing one page into blocks -------------------------------------------------------


def _parse_page(text: str, page: int | None) -> list[_Block]:
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


def _parse_group(lines: Sequence[str], page: int | None) -> list[_Block]:
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
    blocks = [_Block(kind, tuple(texts), page, level) for kind, texts, level in parts]
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
    """An indented line, or a lower-case line after an unfinished item, is a wrapped item."""
    if line[:2].isspace():
        return True
    stripped = line.strip()
    return stripped[:1].islower() and item[-1:] not in _ENDERS


def _promote_plain_heading(blocks: list[_Block]) -> list[_Block]:
    """A short line standing alone is a heading; so is a question line that opens a group."""
    if not blocks or blocks[0].kind != "paragraph" or not _heading_like(blocks[0].lines[0]):
        return blocks
    first = blocks[0]
    heading = _Block("heading", (_strip_bold(first.lines[0]),), first.page)
    if len(first.lines) == 1 and len(blocks) == 1:
        return [heading]
    if not first.lines[0].endswith("?"):
        return blocks
    rest = [replace(first, lines=first.lines[1:])] if len(first.lines) > 1 else []
    return [heading, *rest, *blocks[1:]]


def _heading_like(line: str) -> bool:
    text = _strip_bold(line.strip())
    if not text or len(text) > MAX_HEADING_CHARS or text[-1] in ".:;,…":
        return False
    if not (text[0].isupper() or text[0].isdigit()):
        return False
    letters = sum(char.isalpha() for char in text)
    if 2 * letters < len(text.replace(" ", "")):
        return False  # dates, numbers and codes
    return not (
        len(_sentence_spans(text)) > 1
        or _LABEL.match(text)
        or _EMAIL.search(text)
        or _URL.search(text)
        or _PHONE.search(text)
        or _CONTACT_LABEL.fullmatch(text)
    )


def _strip_bold(text: str) -> str:
    bold = _BOLD.match(text)
    return bold.group(1).strip() if bold else text


def _unmark_contact_names(blocks: list[_Block]) -> list[_Block]:
    """A short line between two contact paragraphs is a name in the block, not a heading."""
    return [
        _Block("paragraph", block.lines, block.page)
        if block.kind == "heading"
        and block.level == 0
        and 0 < i < len(blocks) - 1
        and _is_contact(blocks[i - 1])
        and _is_contact(blocks[i + 1])
        else block
        for i, block in enumerate(blocks)
    ]


def _merge_runs(blocks: list[_Block]) -> list[_Block]:
    """Items or rows separated only by blank lines are still one list or table."""
    merged: list[_Block] = []
    for block in blocks:
        last = merged[-1] if merged else None
        if last is not None and block.kind == last.kind and block.kind in ("list", "table"):
            merged[-1] = replace(last, lines=last.lines + block.lines)
        else:
            merged.append(block)
    return merged


# --- headings across the document ---------------------------------------------------------


def _resolve_levels(blocks: Sequence[_Block], title: str) -> list[_Block]:
    """Plain-text headings sit under the document title and beside the last marked heading."""
    resolved: list[_Block] = []
    last_marked = 0
    for i, block in enumerate(blocks):
        if block.kind == "heading" and block.level == 0:
            is_title = i == 0 or block.lines[0].casefold() == title.strip().casefold()
            block = replace(block, level=1 if is_title else max(2, last_marked))
        elif block.kind == "heading":
            last_marked = block.level
        resolved.append(block)
    return resolved


def _demote_empty_headings(blocks: Sequence[_Block]) -> list[_Block]:
    """A heading with nothing under it is text of the section it stands in."""
    demoted: list[_Block] = []
    for block, following in zip(blocks, [*blocks[1:], None], strict=False):
        empty = following is None or (
            following.kind == "heading" and following.level <= block.level
        )
        if block.kind == "heading" and empty:
            block = _Block("paragraph", block.lines, block.page)
        demoted.append(block)
    return demoted


def _sections(blocks: Sequence[_Block]) -> list[tuple[Path, list[_Block]]]:
    """Runs of non-heading blocks, each with the heading path above it."""
    stack: list[tuple[int, _Heading]] = []
    sections: list[tuple[Path, list[_Block]]] = []
    open_section = False
    for number, block in enumerate(blocks):
        if block.kind == "heading":
            while stack and stack[-1][0] >= block.level:
                stack.pop()
            stack.append((block.level, _Heading(number, block.lines[0])))
            open_section = False
            continue
        if not open_section:
            sections.append((tuple(heading for _, heading in stack), []))
            open_section = True
        sections[-1][1].append(block)
    return sections


# --- units and packing within a section ---------------------------------------------------


def _section_drafts(path: Path, blocks: Sequence[_Block], target: int) -> list[_Draft]:
    units = _units(blocks, target)
    return [
        _Draft(page, path, text, path)
        for page, page_units in itertools.groupby(units, key=lambda unit: unit.page)
        for text in _pack([unit.text for unit in page_units], target)
    ]


def _units(blocks: Sequence[_Block], target: int) -> list[_Unit]:
    units: list[_Unit] = []
    lead = ""  # the sentence that introduces the next list or contact block
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if block.kind == "paragraph" and not _is_contact(block):
            following = blocks[i + 1] if i + 1 < len(blocks) else None
            body, lead = _split_lead(block, following, target)
            units += [_Unit(block.page, text) for text in _paragraph_texts(body, target)]
            i += 1
            continue
        run = _contact_run(blocks, i) if block.kind == "paragraph" else [block]
        units += [_Unit(block.page, text) for text in _group_texts(run, lead, target)]
        lead = ""
        i += len(run)
    return units


def _split_lead(block: _Block, following: _Block | None, target: int) -> tuple[str, str]:
    """(body, lead): the last sentence leads into a list, or into contacts it introduces.

    Only on the same page: a lead-in copied onto the next page would be cited with the
    wrong page number.
    """
    if following is None or following.page != block.page:
        return block.text, ""
    if following.kind != "list" and not _is_contact(following):
        return block.text, ""
    body, last = _split_last_sentence(block.text)
    introduces = following.kind == "list" or last.endswith(":") or bool(_CONTACT_INTRO.search(last))
    if not introduces or len(last) > target:
        return block.text, ""
    return body, last


def _group_texts(run: Sequence[_Block], lead: str, target: int) -> list[str]:
    """A list, a table or a run of contact paragraphs, whole or in parts under its lead."""
    first = run[0]
    if first.kind == "table":
        header, rows = _table_header(first.lines)
        return _split_group(header, rows, "\n", "\n", target)
    if first.kind == "list":
        return _split_group(lead, first.lines, "\n", "\n\n", target)
    return _split_group(lead, [member.text for member in run], "\n\n", "\n\n", target)


def _contact_run(blocks: Sequence[_Block], start: int) -> list[_Block]:
    page = blocks[start].page
    run: list[_Block] = []
    for block in blocks[start:]:
        if block.page != page or not _is_contact(block):
            break
        run.append(block)
    return run


def _is_contact(block: _Block) -> bool:
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


def _table_header(rows: Sequence[str]) -> tuple[str, list[str]]:
    """The rows repeated above each part of a table that has to be split."""
    if len(rows) >= 3 and _TABLE_RULE.match(rows[1]):
        return "\n".join(rows[:2]), list(rows[2:])
    if len(rows) >= 2:
        return rows[0], list(rows[1:])
    return "", list(rows)


def _split_group(
    lead: str, items: Sequence[str], sep: str, lead_sep: str, target: int
) -> list[str]:
    """Whole up to twice the target, else balanced parts that each repeat the lead."""

    def render(part: Sequence[str]) -> str:
        body = sep.join(part)
        return f"{lead}{lead_sep}{body}" if lead else body

    whole = render(items)
    limit = 2 * target
    if len(whole) <= limit or len(items) < 2:
        return [whole]
    share = len(whole) / math.ceil(len(whole) / limit)
    overhead = len(lead) + len(lead_sep) if lead else 0
    parts: list[list[str]] = [[]]
    size = overhead
    for item in items:
        grown = size + (len(sep) if parts[-1] else 0) + len(item)
        if parts[-1] and (grown > limit or size >= share):
            parts.append([])
            grown = overhead + len(item)
        parts[-1].append(item)
        size = grown
    return [render(part) for part in parts]


def _pack(texts: Sequence[str], target: int) -> list[str]:
    packed: list[str] = []
    for text in texts:
        if packed and len(packed[-1]) + 2 + len(text) <= target:
            packed[-1] = f"{packed[-1]}\n\n{text}"
        else:
            packed.append(text)
    return packed


# --- sentences ----------------------------------------------------------------------------


def _paragraph_texts(text: str, target: int) -> list[str]:
    """A paragraph as is, or cut between sentences into parts of at most ``target``."""
    if len(text) <= target:
        return [text] if text else []
    spans = [
        piece
        for start, end in _sentence_spans(text)
        # a run of over twice the target without a sentence end is not prose: cut at words
        for piece in (
            _word_spans(text, start, end, target) if end - start > 2 * target else [(start, end)]
        )
    ]
    return [text[start:end] for start, end in _pack_spans(spans, target)]


def _split_last_sentence(text: str) -> tuple[str, str]:
    spans = _sentence_spans(text)
    if len(spans) < 2:
        return "", text
    return text[: spans[-2][1]], text[spans[-1][0] :]


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for gap in _SPACE.finditer(text):
        if gap.start() == 0 or gap.end() == len(text):
            continue
        if _is_boundary(text, gap.start(), gap.end()):
            spans.append((start, gap.start()))
            start = gap.end()
    spans.append((start, len(text)))
    return spans


def _is_boundary(text: str, gap_start: int, gap_end: int) -> bool:
    """Whether a sentence (or a kept line) ends at this stretch of whitespace."""
    following = text[gap_end : gap_end + 2].lstrip(_OPENERS)[:1]
    if not (following.isupper() or following.isdigit()):
        return False
    if "\n" in text[gap_start:gap_end]:
        return True
    end = gap_start
    while end > 0 and text[end - 1] in _CLOSERS:
        end -= 1
    if end == 0 or text[end - 1] not in _ENDERS:
        return False
    word_start = max(text.rfind(" ", 0, gap_start), text.rfind("\n", 0, gap_start)) + 1
    word = text[word_start:gap_start].lstrip(_OPENERS).casefold()
    is_initial = len(word) == 2 and word[0].isalpha()
    return word not in _ABBREVIATIONS and not is_initial


def _word_spans(text: str, start: int, end: int, limit: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for word in _WORD.finditer(text, start, end):
        if spans and word.end() - spans[-1][0] <= limit:
            spans[-1] = (spans[-1][0], word.end())
        else:
            spans.append((word.start(), word.end()))
    return spans


def _pack_spans(spans: Sequence[tuple[int, int]], limit: int) -> list[tuple[int, int]]:
    packed: list[tuple[int, int]] = []
    for start, end in spans:
        if packed and end - packed[-1][0] <= limit:
            packed[-1] = (packed[-1][0], end)
        else:
            packed.append((start, end))
    return packed


# --- tiny passages ------------------------------------------------------------------------


def _merge_tiny(drafts: Sequence[_Draft], tiny: int, limit: int) -> list[_Draft]:
    """Fold passages too short to stand alone into a neighbour on the same page."""
    merged = list(drafts)
    i = 0
    while i < len(merged):
        if len(merged[i].text) >= tiny:
            i += 1
            continue
        options = [
            j
            for j in (i - 1, i + 1)
            if 0 <= j < len(merged)
            and merged[j].page == merged[i].page
            and len(_join(merged[min(i, j)], merged[max(i, j)]).text) <= limit
        ]
        if not options:
            i += 1
            continue
        # the neighbour under the same headings first, then the one before
        j = max(options, key=lambda k: (_shared(merged[i].path, merged[k].path), k < i))
        first = min(i, j)
        merged[first : first + 2] = [_join(merged[first], merged[first + 1])]
        i = first
    return merged


def _join(before: _Draft, after: _Draft) -> _Draft:
    """One passage under the headings both share; the others go into the text."""
    shared = _shared(before.path, after.path)
    still_open = _shared(before.end_path, after.path)
    headings = [heading.text for heading in before.path[shared:]]
    inner = [heading.text for heading in after.path[still_open:]]
    parts = [*headings, before.text, *inner, after.text]
    return _Draft(before.page, before.path[:shared], "\n\n".join(parts), after.end_path)


def _shared(a: Path, b: Path) -> int:
    count = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        count += 1
    return count
