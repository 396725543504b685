"""Cut a cleaned document into retrievable passages, each with its page and heading path.

The input follows the light Markdown convention of ``assistant.core.documents``. A passage keeps
together what a reader needs at once: a list with the sentence (or heading) that leads
into it, a block of contact details with the sentence that introduces it. Passages never
cross pages and never split a sentence. Headings travel in ``Chunk.heading_path``, not in
the text; only a passage folded together from tiny sections names its inner headings in
its text, since its heading path is the part the sections share. The blocks and sections
come from ``ingest.blocks``; sentences from ``assistant.core.swedish.sentences``.
"""

from __future__ import annotations

import hashlib
import itertools
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.core.documents import Chunk, DocumentMeta, PageText
from assistant.core.swedish.sentences import sentence_spans
from ingest.blocks import (
    Block,
    HeadingPath,
    demote_empty_headings,
    is_contact,
    parse_page,
    resolve_levels,
    sections,
)

TINY_CHARS = 80  # a passage shorter than this says too little to be retrieved on its own

_TABLE_RULE = re.compile(r"^\s*\|[\s:|-]*-{3,}[\s:|-]*\|\s*$")
_CONTACT_INTRO = re.compile(
    r"kontakt|frågor|hör av|ring |ringa|mejla|maila|e-post|vänd dig|vänd er|nås ", re.IGNORECASE
)
_WORD = re.compile(r"\S+")
_CARD_HEAD_LINES = 3  # a name, a title, a unit
_CARD_HEAD_CHARS = 80


@dataclass(frozen=True)
class _Unit:
    """A piece the packer never cuts: a paragraph (part) or a list with its lead-in."""

    page: int | None
    text: str


@dataclass(frozen=True)
class _Draft:
    page: int | None
    path: HeadingPath  # the headings the whole passage stands under
    text: str
    end_path: HeadingPath  # the headings its last words stand under


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
    blocks = [block for page in pages for block in parse_page(page.text, page.page)]
    blocks = demote_empty_headings(resolve_levels(blocks, meta.title))
    drafts = [
        draft
        for path, section in sections(blocks)
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


# --- units and packing within a section ---------------------------------------------------


def _section_drafts(path: HeadingPath, blocks: Sequence[Block], target: int) -> list[_Draft]:
    units = _units(blocks, target)
    return [
        _Draft(page, path, text, path)
        for page, page_units in itertools.groupby(units, key=lambda unit: unit.page)
        for text in _pack([unit.text for unit in page_units], target)
    ]


def _units(blocks: Sequence[Block], target: int) -> list[_Unit]:
    units: list[_Unit] = []
    lead = ""  # the sentence that introduces the next list or contact block
    i = 0
    while i < len(blocks):
        block = blocks[i]
        head = _card_head(blocks, i)
        if head:
            # A name and a title on lines of their own stay with the details below them.
            lead = "\n\n".join(b.text for b in blocks[i : i + head])
            i += head
            continue
        if block.kind == "paragraph" and not is_contact(block):
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


def _card_head(blocks: Sequence[Block], start: int) -> int:
    """How many short one-line paragraphs from ``start`` head a contact block on the same
    page ("Jonas Åhman" / "Samordnare civilsamhälle" / "Telefon: …"); 0 when none do."""
    page = blocks[start].page
    n = 0
    while start + n < len(blocks) and n < _CARD_HEAD_LINES:
        block = blocks[start + n]
        if block.page != page or block.kind != "paragraph" or is_contact(block):
            break
        if len(block.lines) != 1 or len(block.text) > _CARD_HEAD_CHARS:
            return 0
        if block.text.rstrip().endswith((".", "!", "?")):
            return 0
        n += 1
    after = start + n
    if n and after < len(blocks) and blocks[after].page == page and is_contact(blocks[after]):
        return n
    return 0


def _split_lead(block: Block, following: Block | None, target: int) -> tuple[str, str]:
    """(body, lead): the last sentence leads into a list, or into contacts it introduces.

    Only on the same page: a lead-in copied onto the next page would be cited with the
    wrong page number.
    """
    if following is None or following.page != block.page:
        return block.text, ""
    if following.kind != "list" and not is_contact(following):
        return block.text, ""
    body, last = _split_last_sentence(block.text)
    introduces = following.kind == "list" or last.endswith(":") or bool(_CONTACT_INTRO.search(last))
    if not introduces or len(last) > target:
        return block.text, ""
    return body, last


def _group_texts(run: Sequence[Block], lead: str, target: int) -> list[str]:
    """A list, a table or a run of contact paragraphs, whole or in parts under its lead."""
    first = run[0]
    if first.kind == "table":
        header, rows = _table_header(first.lines)
        return _split_group(header, rows, "\n", "\n", target)
    if first.kind == "list":
        return _split_group(lead, first.lines, "\n", "\n\n", target)
    return _split_group(lead, [member.text for member in run], "\n\n", "\n\n", target)


def _contact_run(blocks: Sequence[Block], start: int) -> list[Block]:
    page = blocks[start].page
    run: list[Block] = []
    for block in blocks[start:]:
        if block.page != page or not is_contact(block):
            break
        run.append(block)
    return run


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


_QUESTION_CHARS = 200  # an FAQ's question is a line, not a paragraph that asks at its end


def _pack(texts: Sequence[str], target: int) -> list[str]:
    packed: list[str] = []
    for text in texts:
        if packed and len(packed[-1]) + 2 + len(text) <= target:
            packed[-1] = f"{packed[-1]}\n\n{text}"
            continue
        # An FAQ's question goes with its answer ("9. Finns det något som inte kan bli ett
        # IOP?" / "Ja. Engångsevenemang …"), not at the end of the passage before it.
        before, _, question = packed[-1].rpartition("\n\n") if packed else ("", "", "")
        # Only a question on a line of its own: a list of questions stays with its lead-in.
        single = "\n" not in question.strip() and not question.lstrip().startswith(("-", "*"))
        if (
            before
            and single
            and question.rstrip().endswith("?")
            and len(question) <= _QUESTION_CHARS
        ):
            packed[-1] = before
            text = f"{question}\n\n{text}"
        packed.append(text)
    return packed


# --- sentences ----------------------------------------------------------------------------


def _paragraph_texts(text: str, target: int) -> list[str]:
    """A paragraph as is, or cut between sentences into parts of at most ``target``."""
    if len(text) <= target:
        return [text] if text else []
    spans = [
        piece
        for start, end in sentence_spans(text)
        # a run of over twice the target without a sentence end is not prose: cut at words
        for piece in (
            _word_spans(text, start, end, target) if end - start > 2 * target else [(start, end)]
        )
    ]
    return [text[start:end] for start, end in _pack_spans(spans, target)]


def _split_last_sentence(text: str) -> tuple[str, str]:
    spans = sentence_spans(text)
    if len(spans) < 2:
        return "", text
    return text[: spans[-2][1]], text[spans[-1][0] :]


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


def _shared(a: HeadingPath, b: HeadingPath) -> int:
    count = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        count += 1
    return count
